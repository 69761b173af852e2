"""Mastering one clip: trim the engine's silences, level it to the loudness target, limit its peaks, fade its edges.

Level-matching every clip to the target makes the whole narration meet it too, since pauses are gated out of
integrated loudness.
"""

from __future__ import annotations

import numpy as np
import pyebur128

from app.errors import AudioError
from app.speech.audio import AudioFormat, Pcm
from app.speech.true_peak import BLOCK as LIMITER_BLOCK
from app.speech.true_peak import BlockPeaks

SILENCE_THRESHOLD_DBFS = -45.0
EDGE_MARGIN_MS = 15.0
FADE_MS = 6.0
# MP3 encoding overshoots sample peaks a little; the limiter keeps this much below the true-peak ceiling.
ENCODER_HEADROOM_DB = 0.4
# Limiting lowers loudness a little; a second pass of make-up gain brings the clip back to the target.
LEVELING_PASSES = 2
# Gating blocks that straddle a clip and the pause after it count in the programme's loudness but not in the
# clip's own, so a narration of clips at the target measures about 0.6 LU under it; clips aim that much higher
# (still well inside ±2 LU) so the whole meets the target. tests/speech/test_loudness.py measures both.
PROGRAMME_COMPENSATION_DB = 0.6


def master(pcm: Pcm, audio_format: AudioFormat) -> Pcm:
    # float32 halves the memory traffic of every step; libebur128 measures loudness in double precision. Every
    # step below makes new arrays or works in place on arrays made here: the engine's samples are never written.
    samples = np.multiply(pcm.samples, np.float32(1 / 32768), dtype=np.float32)
    samples = trim_silence(samples, pcm.sample_rate_hz)
    if samples.size == 0:
        raise AudioError("The engine produced only silence for a segment")
    ceiling = 10 ** ((audio_format.true_peak_ceiling_dbtp - ENCODER_HEADROOM_DB) / 20)
    target = audio_format.loudness_target_lufs + PROGRAMME_COMPENSATION_DB
    gain_db = target - loudness_lufs(samples, pcm.sample_rate_hz)
    # Oversampling is the dearest step: done once, on the clip as it came, and only where a block could reach the
    # ceiling; the block peaks then follow every gain applied since (`applied`, per block).
    true_peaks = BlockPeaks(samples)
    applied = np.ones(true_peaks.blocks, dtype=np.float32)
    for _ in range(LEVELING_PASSES):
        if abs(gain_db) < 0.2:
            break
        gain = np.float32(10 ** (gain_db / 20))
        raised = samples * gain
        applied *= gain
        peaks = true_peaks.below(ceiling / applied) * applied
        samples, block_gains = limit_peaks(raised, ceiling, peaks)
        applied *= block_gains
        # What the limiter took off, from the energy it removed: measuring loudness again would cost a
        # K-weighted pass for a number this close to it (tests/speech/test_mastering.py checks the result).
        gain_db = 10 * np.log10(_energy(raised) / max(_energy(samples), 1e-12))
    samples = fade_edges(samples, pcm.sample_rate_hz)
    samples *= np.float32(32767)
    return Pcm(np.rint(samples, out=samples).astype(np.int16), pcm.sample_rate_hz)


def _energy(samples: np.ndarray) -> float:
    return float(np.dot(samples, samples)) / max(1, samples.size)


def trim_silence(samples: np.ndarray, sample_rate_hz: int) -> np.ndarray:
    loud = np.abs(samples) > 10 ** (SILENCE_THRESHOLD_DBFS / 20)
    first = int(loud.argmax()) if loud.size else 0  # the first loud sample, without listing them all
    if not loud.size or not loud[first]:
        return samples[:0]
    last = loud.size - 1 - int(loud[::-1].argmax())
    margin = int(sample_rate_hz * EDGE_MARGIN_MS / 1000)
    return samples[max(0, first - margin) : last + margin + 1]


def loudness_lufs(samples: np.ndarray, sample_rate_hz: int) -> float:
    """Integrated loudness (ITU-R BS.1770, libebur128); clips shorter than one gating block fall back to RMS."""
    if samples.size >= sample_rate_hz * 0.4:
        state = pyebur128.R128State(1, sample_rate_hz, pyebur128.MeasurementMode.MODE_I)
        # libebur128 takes float32 as it is (and widens each sample to double itself): no float64 copy.
        dtype = samples.dtype if samples.dtype in (np.float32, np.float64) else np.float64
        state.add_frames(np.ascontiguousarray(samples, dtype=dtype), samples.size)
        value = pyebur128.get_loudness_global(state)
        if np.isfinite(value):
            return float(value)
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if samples.size else 0.0
    if rms <= 1e-6:
        raise AudioError("The engine produced only silence for a segment")
    return 20 * np.log10(rms) - 0.691 + 3.0  # RMS of speech sits about 3 dB under its K-weighted loudness


def limit_peaks(samples: np.ndarray, ceiling: float, peaks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A look-around block limiter: each block's gain is the smallest its neighbours need, ramped linearly to the
    next block's, so no sample exceeds the ceiling and the gain never jumps (no clicks).

    `peaks` are the blocks' true peaks (true_peak.BlockPeaks); returns the limited samples and the largest gain
    each block received (what its peak is now bounded by, times its peak before)."""
    if samples.size == 0 or peaks.max() <= ceiling:
        return samples, np.ones_like(peaks)
    count = samples.size
    blocks = peaks.size
    padded = np.zeros(blocks * LIMITER_BLOCK, dtype=samples.dtype)
    padded[:count] = samples
    needed = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9))
    gain = needed.copy()
    for shift in (1, 2):
        gain[shift:] = np.minimum(gain[shift:], needed[:-shift])
        gain[:-shift] = np.minimum(gain[:-shift], needed[shift:])
    # Within a block the gain ramps towards the next block's; both are at most what this block needs. Only the
    # blocks whose gain or next gain is under 1 change (in speech, the loud syllables and their neighbours).
    following = np.append(gain[1:], gain[-1])
    ramp = np.arange(LIMITER_BLOCK, dtype=np.float32) / LIMITER_BLOCK
    changed = np.flatnonzero((gain < 1) | (following < 1))
    start, step = gain[changed], following[changed] - gain[changed]
    per_sample = (start[:, None] + step[:, None] * ramp[None, :]).astype(samples.dtype)
    in_blocks = padded.reshape(blocks, LIMITER_BLOCK)
    in_blocks[changed] *= per_sample
    limited = padded[:count]
    return np.clip(limited, -ceiling, ceiling, out=limited), np.maximum(gain, following)


def fade_edges(samples: np.ndarray, sample_rate_hz: int) -> np.ndarray:
    length = min(int(sample_rate_hz * FADE_MS / 1000), samples.size // 2)
    if length <= 1:
        return samples
    ramp = np.linspace(0.0, 1.0, length, dtype=samples.dtype)
    samples = samples.copy()
    samples[:length] *= ramp
    samples[-length:] *= ramp[::-1]
    return samples
