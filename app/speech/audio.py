"""Audio value objects: PCM from an engine, an encoded MP3 clip, and the format every clip shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class AudioFormat:
    """What every clip of a narration shares, so their MP3 frames can be concatenated byte for byte."""

    sample_rate_hz: int = 22050
    bitrate_kbps: int = 64
    loudness_target_lufs: float = -16.0
    true_peak_ceiling_dbtp: float = -1.0

    @property
    def key(self) -> str:
        loudness = f"{self.loudness_target_lufs:+.1f}lufs-{self.true_peak_ceiling_dbtp:+.1f}dbtp"
        return f"{self.sample_rate_hz}hz-{self.bitrate_kbps}k-{loudness}"


@dataclass(frozen=True)
class Pcm:
    """Mono 16-bit samples."""

    samples: np.ndarray
    sample_rate_hz: int

    @property
    def duration_ms(self) -> float:
        return 1000.0 * len(self.samples) / self.sample_rate_hz

    @staticmethod
    def silence(duration_ms: float, sample_rate_hz: int) -> Pcm:
        import numpy as np  # where clips are made; the command's own process never loads numpy

        return Pcm(np.zeros(int(round(duration_ms * sample_rate_hz / 1000)), dtype=np.int16), sample_rate_hz)


@dataclass(frozen=True)
class ClipLayout:
    """Where a clip's sound sits in its MP3 frames once decoded: all the timeline needs to know of a clip."""

    frame_count: int
    samples_per_frame: int
    sample_rate_hz: int
    sound_start_samples: int
    """Samples before the clip's own sound starts (the encoder's delay)."""
    sound_samples: int
    """Samples of the clip's own sound (what the engine said, mastered)."""

    @property
    def decoded_samples(self) -> int:
        return self.frame_count * self.samples_per_frame


@dataclass(frozen=True)
class EncodedClip(ClipLayout):
    """A clip's MP3 frames, fresh from the encoder."""

    mp3: bytes = b""
