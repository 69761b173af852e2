"""espeak-ng through its C library: no process per clip, PCM straight from the synthesis callback."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading

from app.config import VoiceProfile
from app.errors import EngineUnavailableError, SynthesisError
from app.speech.audio import Pcm

SONAME = "libespeak-ng.so.1"
AUDIO_OUTPUT_SYNCHRONOUS = 2
POS_CHARACTER = 1
ESPEAK_CHARS_UTF8 = 1
PARAM_RATE, PARAM_PITCH = 1, 3
SYNTH_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


class _Library:
    """libespeak-ng keeps one synthesizer per process: one loaded handle, used under one lock."""

    _instance: _Library | None = None
    _guard = threading.Lock()

    def __init__(self) -> None:
        try:
            self.lib = _load_library()
        except OSError:
            raise EngineUnavailableError(
                "espeak-ng is not installed", "install the Debian package espeak-ng (scripts/setup does)"
            ) from None
        self.lock = threading.Lock()
        self.sample_rate_hz = self.lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, None, 0)
        if self.sample_rate_hz <= 0:
            raise EngineUnavailableError("espeak-ng failed to start", "its voice data may be missing")
        self.chunks: list[bytes] = []
        self._callback = SYNTH_CALLBACK(self._collect)  # kept referenced: the library calls it later
        self.lib.espeak_SetSynthCallback(self._callback)
        self.pid = os.getpid()

    def _collect(self, wav, count, _events) -> int:
        if wav and count > 0:
            self.chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    @classmethod
    def get(cls) -> _Library:
        with cls._guard:
            if cls._instance is None or cls._instance.pid != os.getpid():
                cls._instance = cls()
            return cls._instance


def _load_library() -> ctypes.CDLL:
    """The library by its Debian name first: find_library runs `ldconfig -p`, a process, in every speech worker."""
    try:
        return ctypes.CDLL(SONAME)
    except OSError:
        return ctypes.CDLL(ctypes.util.find_library("espeak-ng") or SONAME)


class EspeakEngine:
    name = "espeak"
    cpu_bound = True

    def __init__(self) -> None:
        # Clips are made in worker processes (one per core); twice as many requests in flight keep every
        # worker busy while the caller stores the clip it just received.
        self.max_parallel = 2 * (os.cpu_count() or 2)

    def synthesize(self, text: str, voice: VoiceProfile) -> Pcm:
        library = _Library.get()
        encoded = text.encode("utf-8")
        with library.lock:
            if library.lib.espeak_SetVoiceByName(voice.espeak_voice.encode("ascii")) != 0:
                raise SynthesisError(f"espeak-ng has no voice {voice.espeak_voice!r}", "check NARRATEUR_VOICES")
            library.lib.espeak_SetParameter(PARAM_RATE, voice.espeak_rate_wpm, 0)
            library.lib.espeak_SetParameter(PARAM_PITCH, voice.espeak_pitch, 0)
            library.chunks = []
            status = library.lib.espeak_Synth(
                ctypes.c_char_p(encoded), len(encoded) + 1, 0, POS_CHARACTER, 0, ESPEAK_CHARS_UTF8, None, None
            )
            library.lib.espeak_Synchronize()
            chunks, library.chunks = library.chunks, []
        if status != 0:
            raise SynthesisError(f"espeak-ng failed to speak a segment (error {status})")
        import numpy as np  # here, in the speech workers: the command's process does without it

        samples = np.frombuffer(b"".join(chunks), dtype=np.int16).copy()
        return Pcm(samples, library.sample_rate_hz)
