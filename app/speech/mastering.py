"""Mastering one clip: trim the engine's silences, level it to the loudness target, limit its peaks, fade its edges.

Level-matching every clip to the target makes the whole narration meet it too, since pauses are gated out of
integrated loudness.
"""

from __future__ import annotations

import numpy as np
import pyebur128
import soxr

from app.errors import AudioError
from app.speech.audio import AudioFormat, Pcm

SILENCE_THRESHOLD_DBFS = -45.0
EDGE_MARGIN_MS = 15.0
FADE_MS = 6.0
LIMITER_BLOCK = 64
TRUE_PEAK_OVERSAMPLING = 4
# MP3 encoding overshoots sample peaks a little; the limiter keeps this much below the true-peak ceiling.
ENCODER_HEADROOM_DB = 0.4
# Limiting lowers loudness a little; a second pass of make-up gain brings the clip back to the target.
LEVELING_PASSES = 2
# Gating blocks that straddle a clip and the pause after it count in the programme's loudness but not in the
# clip's own, so a narration of clips at the target measures about 0.6 LU under it; clips aim that much higher
# (still well inside ±2 LU) so the whole meets the target. tests/speech/test_loudness.py measures both.
PROGRAMME_COMPENSATION_DB = 0.6


def master(pcm: Pcm, audio_format: AudioFormat) -> Pcm:
    # float32 halves the memory traffic of every step; loudness is measured in float64 by libebur128.
    samples = pcm.samples.astype(np.float32) / np.float32(32768.0)
    samples = trim_silence(samples, pcm.sample_rate_hz)
    if samples.size == 0:
        raise AudioError("The engine produced only silence for a segment")
    ceiling = 10 ** ((audio_format.true_peak_ceiling_dbtp - ENCODER_HEADROOM_DB) / 20)
    target = audio_format.loudness_target_lufs + PROGRAMME_COMPENSATION_DB
    gain_db = target - loudness_lufs(samples, pcm.sample_rate_hz)
    peaks = None
    for _ in range(LEVELING_PASSES):
        if abs(gain_db) < 0.2:
            break
        gain = np.float32(10 ** (gain_db / 20))
        raised = samples * gain
        # Oversampling is the dearest step: done once, then the block peaks follow every gain applied since.
        peaks = block_true_peaks(samples) * gain if peaks is None else peaks * gain
        samples, peaks = limit_peaks(raised, ceiling, peaks)
        # What the limiter took off, from the energy it removed: measuring loudness again would cost a
        # K-weighted pass for a number this close to it (tests/speech/test_mastering.py checks the result).
        gain_db = 10 * np.log10(_energy(raised) / max(_energy(samples), 1e-12))
    samples = fade_edges(samples, pcm.sample_rate_hz)
    return Pcm(np.round(samples * np.float32(32767)).astype(np.int16), pcm.sample_rate_hz)


def _energy(samples: np.ndarray) -> float:
    return float(np.dot(samples, samples)) / max(1, samples.size)


def trim_silence(samples: np.ndarray, sample_rate_hz: int) -> np.ndarray:
    loud = np.flatnonzero(np.abs(samples) > 10 ** (SILENCE_THRESHOLD_DBFS / 20))
    if loud.size == 0:
        return samples[:0]
    margin = int(sample_rate_hz * EDGE_MARGIN_MS / 1000)
    return samples[max(0, loud[0] - margin) : loud[-1] + margin + 1]


def loudness_lufs(samples: np.ndarray, sample_rate_hz: int) -> float:
    """Integrated loudness (ITU-R BS.1770, libebur128); clips shorter than one gating block fall back to RMS."""
    if samples.size >= sample_rate_hz * 0.4:
        state = pyebur128.R128State(1, sample_rate_hz, pyebur128.MeasurementMode.MODE_I)
        state.add_frames(np.ascontiguousarray(samples, dtype=np.float64), samples.size)
        value = pyebur128.get_loudness_global(state)
        if np.isfinite(value):
            return float(value)
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if samples.size else 0.0
    if rms <= 1e-6:
        raise AudioError("The engine produced only silence for a segment")
    return 20 * np.log10(rms) - 0.691 + 3.0  # RMS of speech sits about 3 dB under its K-weighted loudness


def block_true_peaks(samples: np.ndarray) -> np.ndarray:
    """The highest level in each block of LIMITER_BLOCK samples, between samples too.

    Peaks between samples (what a true-peak meter and a decoder see) run above the sample peaks of bright voices
    such as Piper's, so the signal is looked at oversampled."""
    blocks = -(-samples.size // LIMITER_BLOCK)
    padded = np.zeros(blocks * LIMITER_BLOCK, dtype=samples.dtype)
    padded[: samples.size] = samples
    oversampled = soxr.resample(padded, 1, TRUE_PEAK_OVERSAMPLING)
    return np.abs(oversampled).reshape(blocks, -1).max(axis=1)


def limit_peaks(samples: np.ndarray, ceiling: float, peaks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A look-around block limiter: each block's gain is the smallest its neighbours need, ramped linearly to the
    next block's, so no sample exceeds the ceiling and the gain never jumps (no clicks).

    `peaks` are the blocks' true peaks (block_true_peaks); returns the limited samples and their blocks' peaks,
    bounded by the largest gain each block received."""
    if samples.size == 0 or peaks.max() <= ceiling:
        return samples, peaks
    count = samples.size
    blocks = peaks.size
    padded = np.zeros(blocks * LIMITER_BLOCK, dtype=samples.dtype)
    padded[:count] = samples
    needed = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9))
    gain = needed.copy()
    for shift in (1, 2):
        gain[shift:] = np.minimum(gain[shift:], needed[:-shift])
        gain[:-shift] = np.minimum(gain[:-shift], needed[shift:])
    # Within a block the gain ramps towards the next block's; both are at most what this block needs.
    following = np.append(gain[1:], gain[-1])
    ramp = np.arange(LIMITER_BLOCK, dtype=np.float32) / LIMITER_BLOCK
    per_sample = (gain[:, None] + (following - gain)[:, None] * ramp[None, :]).astype(samples.dtype)
    limited = (padded.reshape(blocks, LIMITER_BLOCK) * per_sample).reshape(-1)[:count]
    return np.clip(limited, -ceiling, ceiling), peaks * np.maximum(gain, following)


def fade_edges(samples: np.ndarray, sample_rate_hz: int) -> np.ndarray:
    length = min(int(sample_rate_hz * FADE_MS / 1000), samples.size // 2)
    if length <= 1:
        return samples
    ramp = np.linspace(0.0, 1.0, length, dtype=samples.dtype)
    samples = samples.copy()
    samples[:length] *= ramp
    samples[-length:] *= ramp[::-1]
    return samples
