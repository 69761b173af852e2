"""Choosing the engine of a narration.

auto means gTTS when Google answers (remembered a while), else Piper when a French voice is installed (or offered
by the Wyoming server), else espeak-ng. The reason is recorded with the narration, and an engine that fails
mid-way is replaced by the next one for the whole narration, never for part of it.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from app.config import ENGINE_NAMES
from app.errors import EngineUnavailableError, UnknownEngineError
from app.speech.engine import SpeechEngine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EngineChoice:
    engine: SpeechEngine
    reason: str
    fallback: SpeechEngine | None = None
    """Used for the whole narration again if the engine fails mid-way (auto only)."""


class EngineSelector:
    def __init__(
        self, espeak: SpeechEngine, gtts, probe_ttl_s: float = 300.0, clock=time.monotonic, piper=None
    ) -> None:
        self.espeak = espeak
        self.gtts = gtts
        self.piper = piper
        """A Piper engine, local or over Wyoming (it has `probe()` and `describe()`); None when there is none."""
        self.probe_ttl_s = probe_ttl_s
        self._clock = clock
        self._probe: tuple[float, bool, str] | None = None
        self._lock = threading.Lock()
        self._auto_engine: str | None = None
        """The engine auto chose last: a fallback is logged when it begins and ends, not at every narration."""

    def choose(self, requested: str) -> EngineChoice:
        if requested not in ENGINE_NAMES:
            raise UnknownEngineError(f"Unknown engine {requested!r}: use auto, espeak, gtts or piper")
        if requested == "espeak":
            return EngineChoice(self.espeak, "espeak-ng was asked for")
        if requested == "gtts":
            return EngineChoice(self.gtts, "gTTS was asked for")
        if requested == "piper":
            ready, why = self._piper_ready()
            if not ready:
                raise EngineUnavailableError("Piper was asked for but cannot speak", why)
            return EngineChoice(self.piper, f"Piper was asked for: {why}")
        answers, google_why = self._google_answers()
        ready, piper_why = self._piper_ready()
        if answers:
            choice = EngineChoice(
                self.gtts, "auto: Google's speech service answered", fallback=self.piper if ready else self.espeak
            )
        elif ready:
            choice = EngineChoice(self.piper, f"auto: {piper_why}, since {_clause(google_why)}", fallback=self.espeak)
        else:
            choice = EngineChoice(self.espeak, f"auto: espeak-ng, since {_clause(google_why)} and {_clause(piper_why)}")
        self._log_change(choice)
        return choice

    def _log_change(self, choice: EngineChoice) -> None:
        with self._lock:
            previous, self._auto_engine = self._auto_engine, choice.engine.name
        if previous == choice.engine.name:
            return
        if choice.engine is not self.gtts:
            log.warning("the auto engine falls back to %s (%s)", choice.engine.name, choice.reason)
        elif previous is not None:
            log.info("the auto engine speaks with gTTS again: Google's speech service answers")

    def _piper_ready(self) -> tuple[bool, str]:
        """Whether Piper can speak, and how it would (the voice, where) or why not."""
        if self.piper is None:
            return False, "no Piper engine is set up"
        ready, why = self.piper.probe()
        if not ready:
            return False, why
        try:
            return True, self.piper.describe()
        except EngineUnavailableError as error:  # the voice went away between the two looks
            return False, str(error)

    def _google_answers(self) -> tuple[bool, str]:
        with self._lock:
            now = self._clock()
            if self._probe is None or now - self._probe[0] > self.probe_ttl_s:
                answers, why = self.gtts.probe()
                self._probe = (now, answers, why)
            return self._probe[1], self._probe[2]


def _clause(sentence: str) -> str:
    """A sentence made into a clause: no capital, no full stop ("Piper is not installed." → "piper is not …")."""
    return sentence[:1].lower() + sentence[1:].rstrip(".") if sentence else sentence
