"""MPEG audio frame headers: counting frames is how a clip's decoded length is known exactly."""

from __future__ import annotations

from dataclasses import dataclass

from app.config import MPEG2_BITRATES_KBPS

BITRATES_KBPS = {
    # (MPEG-1, Layer III) and (MPEG-2/2.5, Layer III) bit-rate tables, index 1-14.
    1: (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: MPEG2_BITRATES_KBPS,
}
SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


@dataclass(frozen=True)
class FrameScan:
    frame_count: int
    samples_per_frame: int
    sample_rate_hz: int
    bitrate_kbps: int
    complete: bool
    """False when the data ends inside a frame or holds bytes that are not frames (a truncated file)."""


def scan_frames(data: bytes) -> FrameScan:
    """Walks Layer III frame headers from the start; constant-bit-rate clips only need the first header."""
    offset, count = 0, 0
    samples_per_frame = sample_rate = bitrate = 0
    while offset + 4 <= len(data):
        header = int.from_bytes(data[offset : offset + 4], "big")
        if header >> 21 != 0x7FF:
            return FrameScan(count, samples_per_frame, sample_rate, bitrate, False)
        version = (header >> 19) & 0b11
        layer = (header >> 17) & 0b11
        bitrate_index = (header >> 12) & 0b1111
        rate_index = (header >> 10) & 0b11
        padding = (header >> 9) & 1
        if version == 1 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
            return FrameScan(count, samples_per_frame, sample_rate, bitrate, False)
        mpeg1 = version == 3
        bitrate = BITRATES_KBPS[1 if mpeg1 else 2][bitrate_index - 1]
        sample_rate = SAMPLE_RATES[version][rate_index]
        samples_per_frame = 1152 if mpeg1 else 576
        length = (144 if mpeg1 else 72) * bitrate * 1000 // sample_rate + padding
        if offset + length > len(data):
            return FrameScan(count, samples_per_frame, sample_rate, bitrate, False)
        offset += length
        count += 1
    return FrameScan(count, samples_per_frame, sample_rate, bitrate, offset == len(data) and count > 0)
