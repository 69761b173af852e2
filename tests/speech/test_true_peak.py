"""Block true peaks oversampled only where needed: never under the real true peak, exact wherever it counts."""

import numpy as np
import pytest
import soxr

from app.speech.true_peak import BLOCK, OVERSAMPLING, BlockPeaks
from tests.speech.fakes import tone

RATE = 22050


def bright_sounds() -> dict[str, np.ndarray]:
    """Sounds whose peaks between samples run well above their samples' peaks."""
    t = np.arange(RATE) / RATE
    quarter_rate = np.sin(2 * np.pi * RATE / 4 * t + np.pi / 4)  # every sample 3 dB under the wave's crest
    noise = np.random.default_rng(7).standard_normal(RATE)
    bursts = np.where((t * 5) % 1 < 0.1, quarter_rate, 0.05 * noise)  # loud bright bursts in quiet noise
    return {
        "quarter rate at 45°": 0.6 * quarter_rate,
        "white noise": 0.2 * noise,
        "9 kHz tone": 0.7 * np.sin(2 * np.pi * 9000 * t + 0.3),
        "bursts": 0.7 * bursts,
        "speech-like tone": tone(1000).samples / 32768,
    }


def oversampled_block_peaks(samples: np.ndarray) -> np.ndarray:
    blocks = -(-samples.size // BLOCK)
    padded = np.zeros(blocks * BLOCK, dtype=samples.dtype)
    padded[: samples.size] = samples
    return np.abs(soxr.resample(padded, 1, OVERSAMPLING)).reshape(blocks, -1).max(axis=1)


@pytest.mark.parametrize("name", list(bright_sounds()))
@pytest.mark.parametrize("limit_of_highest", [0.1, 0.5, 0.9])
def test_block_peaks_are_exact_above_the_limit_and_never_under_the_true_peak(name, limit_of_highest):
    samples = bright_sounds()[name].astype(np.float32)
    truth = oversampled_block_peaks(samples)
    limit = limit_of_highest * truth.max()
    peaks = BlockPeaks(samples).below(np.full(truth.size, limit, dtype=np.float32))
    assert np.all(peaks >= truth * 0.9999)
    over = truth > limit
    assert over.any()
    assert np.allclose(peaks[over], truth[over], rtol=1e-4)


def test_only_blocks_near_the_limit_are_oversampled():
    samples = bright_sounds()["bursts"].astype(np.float32)
    peaks = BlockPeaks(samples)
    peaks.below(np.full(peaks.blocks, 0.6, dtype=np.float32))
    assert 0 < peaks.exact.mean() < 0.5  # the bursts and their edges, not the quiet noise between them
