"""Sample-rate conversion (soxr) so clips from any engine share the narration's rate."""

from __future__ import annotations

import numpy as np
import soxr

from app.speech.audio import Pcm


def resample(pcm: Pcm, sample_rate_hz: int) -> Pcm:
    if pcm.sample_rate_hz == sample_rate_hz:
        return pcm
    samples = soxr.resample(pcm.samples.astype(np.float32) / 32768.0, pcm.sample_rate_hz, sample_rate_hz)
    return Pcm(np.clip(np.round(samples * 32767), -32768, 32767).astype(np.int16), sample_rate_hz)
