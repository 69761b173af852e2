"""Choosing the engine of a narration: auto means gTTS when Google answers (remembered a while), else espeak-ng."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from app.errors import UnknownEngineError
from app.speech.engine import SpeechEngine

ENGINE_NAMES = ("auto", "espeak", "gtts")


@dataclass(frozen=True)
class EngineChoice:
    engine: SpeechEngine
    reason: str
    fallback: SpeechEngine | None = None
    """Used for the whole narration again if the engine fails mid-way (auto only)."""


class EngineSelector:
    def __init__(self, espeak: SpeechEngine, gtts, probe_ttl_s: float = 300.0, clock=time.monotonic) -> None:
        self.espeak = espeak
        self.gtts = gtts
        self.probe_ttl_s = probe_ttl_s
        self._clock = clock
        self._probe: tuple[float, bool, str] | None = None
        self._lock = threading.Lock()

    def choose(self, requested: str) -> EngineChoice:
        if requested not in ENGINE_NAMES:
            raise UnknownEngineError(f"Unknown engine {requested!r}: use auto, espeak or gtts")
        if requested == "espeak":
            return EngineChoice(self.espeak, "espeak-ng was asked for")
        if requested == "gtts":
            return EngineChoice(self.gtts, "gTTS was asked for")
        answers, why = self._google_answers()
        if answers:
            return EngineChoice(self.gtts, "auto: Google's speech service answered", fallback=self.espeak)
        return EngineChoice(self.espeak, f"auto: espeak-ng, since {why[0].lower() + why[1:].rstrip('.')}")

    def _google_answers(self) -> tuple[bool, str]:
        with self._lock:
            now = self._clock()
            if self._probe is None or now - self._probe[0] > self.probe_ttl_s:
                answers, why = self.gtts.probe()
                self._probe = (now, answers, why)
            return self._probe[1], self._probe[2]
