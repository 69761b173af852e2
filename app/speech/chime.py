"""A short generated chime that marks a chapter start: two soft sine notes, no downloaded asset."""

from __future__ import annotations

import numpy as np

from app.speech.audio import Pcm

NOTES_HZ = (659.25, 987.77)  # E5 then B5: a rising fifth, bright but gentle
NOTE_MS = 170
LEVEL_DBFS = -20.0


def chime(sample_rate_hz: int) -> Pcm:
    length = int(sample_rate_hz * NOTE_MS / 1000)
    t = np.arange(length) / sample_rate_hz
    # A fast attack and exponential decay, like a struck bell; no edge steps, so no clicks.
    envelope = np.minimum(1.0, t / 0.008) * np.exp(-t / 0.06)
    notes = [np.sin(2 * np.pi * f * t) * envelope for f in NOTES_HZ]
    tail = np.zeros(int(sample_rate_hz * 0.12))
    signal = np.concatenate([notes[0], notes[1], tail]) * 10 ** (LEVEL_DBFS / 20)
    return Pcm(np.round(signal * 32767).astype(np.int16), sample_rate_hz)
