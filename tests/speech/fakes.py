"""Small real implementations of the speech Protocol, for tests that do not need a real voice."""

from __future__ import annotations

import threading

import numpy as np

from app.config import VoiceProfile
from app.errors import SynthesisError
from app.speech.audio import Pcm

SAMPLE_RATE_HZ = 22050


def tone(duration_ms: float, sample_rate_hz: int = SAMPLE_RATE_HZ, frequency_hz: float = 220.0) -> Pcm:
    """A syllable-like tone: a voiced sound modulated four times a second, so loudness gating sees speech."""
    t = np.arange(int(duration_ms * sample_rate_hz / 1000)) / sample_rate_hz
    envelope = 0.55 + 0.45 * np.sin(2 * np.pi * 4 * t)
    signal = 0.2 * envelope * (np.sin(2 * np.pi * frequency_hz * t) + 0.3 * np.sin(2 * np.pi * 3 * frequency_hz * t))
    return Pcm(np.round(signal * 32767).astype(np.int16), sample_rate_hz)


class FakeEngine:
    """Speaks any text as a tone 70 ms per character, pitched by the voice; counts what it was asked."""

    def __init__(self, name: str = "fake", ms_per_char: float = 70.0, fail_after: int | None = None) -> None:
        self.name = name
        self.max_parallel = 4
        self.cpu_bound = False  # counts its calls in this process
        self.ms_per_char = ms_per_char
        self.fail_after = fail_after
        self.calls: list[tuple[str, VoiceProfile]] = []
        self._lock = threading.Lock()

    def synthesize(self, text: str, voice: VoiceProfile) -> Pcm:
        with self._lock:
            self.calls.append((text, voice))
            count = len(self.calls)
        if self.fail_after is not None and count > self.fail_after:
            raise SynthesisError(f"{self.name} stopped answering")
        return tone(len(text) * self.ms_per_char, frequency_hz=120 + voice.espeak_pitch * 3)

    def probe(self) -> tuple[bool, str]:
        return self.fail_after != 0, "fake probe"
