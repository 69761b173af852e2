"""True peaks per block of samples, oversampled only where they could reach the ceiling.

Peaks between samples (what a true-peak meter and a decoder see) run above the sample peaks of bright voices such
as Piper's, so the limiter looks at the signal oversampled 4×. Oversampling a whole clip was the dearest step of
mastering, yet most blocks of speech (its quieter half, the gaps between words) sit far under the ceiling: there an
upper bound drawn from the sample peaks serves as well, and only the blocks whose bound could reach the ceiling
are oversampled.
"""

from __future__ import annotations

import numpy as np
import soxr

BLOCK = 64
"""Samples per block: the limiter's unit."""
OVERSAMPLING = 4
SAMPLE_PEAK_MARGIN = 2.0
"""A block's true peak is taken to be at most this many times (6 dB) the sample peak of the block and its two
neighbours. Speech from espeak-ng measured at most 2.2 dB above it (the seed's clips, 39,481 blocks louder than
-60 dBFS; 2.75 dB counting the near-silent ones); only energy near the Nyquist frequency at full scale goes
further, which no voice has. tests/speech/test_mastering.py masters bright sounds and checks their true peak."""
CONTEXT_BLOCKS = 2
"""Blocks (128 samples) either side of the oversampled ones: enough for soxr's filter to give the values it gives
on the whole signal."""


class BlockPeaks:
    """The true peak of every block of `samples`, exact where asked, an upper bound elsewhere."""

    def __init__(self, samples: np.ndarray) -> None:
        self.blocks = -(-samples.size // BLOCK)
        # The clip in whole blocks, with CONTEXT_BLOCKS of silence either side: every block has its context.
        self.padded = np.zeros((self.blocks + 2 * CONTEXT_BLOCKS) * BLOCK, dtype=samples.dtype)
        self.padded[CONTEXT_BLOCKS * BLOCK : CONTEXT_BLOCKS * BLOCK + samples.size] = samples
        sample_peaks = _block_peaks(self.padded, BLOCK)
        around = np.maximum(np.maximum(sample_peaks[:-2], sample_peaks[1:-1]), sample_peaks[2:])
        self.peaks = around[CONTEXT_BLOCKS - 1 : CONTEXT_BLOCKS - 1 + self.blocks] * np.float32(SAMPLE_PEAK_MARGIN)
        self.exact = np.zeros(self.blocks, dtype=bool)

    def below(self, limits: np.ndarray) -> np.ndarray:
        """Every block's peak: exact for the blocks whose bound exceeds their limit, so a limiter comparing them
        with the limits acts exactly as on fully oversampled peaks."""
        wanted = ~self.exact & (self.peaks > limits)
        if wanted.any():
            self._oversample(np.flatnonzero(wanted))
        return self.peaks

    def _oversample(self, blocks: np.ndarray) -> None:
        """Oversamples these blocks in one soxr call: each run of them with CONTEXT_BLOCKS of its own neighbours
        either side, the runs laid end to end; the joins fall in the contexts, whose peaks are dropped."""
        firsts, lasts = _runs(blocks, gap=2 * CONTEXT_BLOCKS)
        # Block numbers in self.padded (the clip's block b is padded block b + CONTEXT_BLOCKS), run after run.
        lengths = lasts - firsts + 1 + 2 * CONTEXT_BLOCKS
        run_starts = np.cumsum(lengths) - lengths
        within = np.arange(lengths.sum()) - np.repeat(run_starts, lengths)
        laid = np.repeat(firsts, lengths) + within
        oversampled = soxr.resample(self.padded.reshape(-1, BLOCK)[laid].reshape(-1), 1, OVERSAMPLING)
        peaks = _block_peaks(oversampled, oversampled.size // laid.size)
        inner = (within >= CONTEXT_BLOCKS) & (within < np.repeat(lengths, lengths) - CONTEXT_BLOCKS)
        self.peaks[laid[inner] - CONTEXT_BLOCKS] = peaks[inner]
        self.exact[laid[inner] - CONTEXT_BLOCKS] = True


def _block_peaks(samples: np.ndarray, size: int) -> np.ndarray:
    """The largest magnitude in each block of `size` samples: the highest and the lowest sample, two reductions
    without a copy of the signal (np.abs would make one)."""
    blocks = samples.reshape(-1, size)
    return np.maximum(blocks.max(axis=1), -blocks.min(axis=1))


def _runs(blocks: np.ndarray, gap: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted block numbers as the first and last blocks of runs, joining runs at most `gap` blocks apart (the
    blocks between are oversampled too: no dearer than the contexts they would need)."""
    breaks = np.flatnonzero(np.diff(blocks) > gap + 1)
    return np.concatenate(([blocks[0]], blocks[breaks + 1])), np.concatenate((blocks[breaks], [blocks[-1]]))
