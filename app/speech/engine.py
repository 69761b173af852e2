"""The one Protocol every speech engine implements."""

from __future__ import annotations

from typing import Protocol

from app.config import VoiceProfile
from app.speech.audio import Pcm


class SpeechEngine(Protocol):
    name: str
    """Recorded with each narration and part of each clip's cache key."""
    max_parallel: int
    """How many clips it can usefully synthesize at once."""
    cpu_bound: bool
    """True when it synthesizes on this machine's CPU: its clips are then made in worker processes."""

    def synthesize(self, text: str, voice: VoiceProfile) -> Pcm:
        """Speaks French text; raises SynthesisError (or EngineUnavailableError) when it cannot."""
        ...
