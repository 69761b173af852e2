"""Piper over the Wyoming protocol (a wyoming-piper server): its voices, synthesis, the streamed chunks gathered."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from dataclasses import dataclass

import numpy as np

from app.article.model import Article
from app.config import VoiceProfile, VoiceRoles
from app.errors import EngineUnavailableError, SynthesisError
from app.speech.audio import Pcm
from app.speech.casting import CastVoice, cast_article
from app.speech.ffmpeg import run_ffmpeg
from app.speech.voice_files import FRENCH


@dataclass(frozen=True)
class ServerVoice:
    name: str
    version: str | None
    languages: tuple[str, ...]
    speaker_names: tuple[str, ...]
    """Empty for a voice with one speaker."""

    def speaks(self, language: str) -> bool:
        return any(code == language or code.split("_")[0] == language for code in self.languages)


class WyomingEngine:
    name = "piper"
    cpu_bound = False

    def __init__(
        self,
        host: str,
        port: int,
        voice_name: str | None = None,
        language: str = FRENCH,
        timeout_s: float = 30.0,
        max_parallel: int = 2,
        info_ttl_s: float = 60.0,
        clock=time.monotonic,
    ) -> None:
        self.host, self.port = host, port
        self.voice_name = voice_name
        self.language = language
        self.timeout_s = timeout_s
        self.max_parallel = max_parallel
        self.info_ttl_s = info_ttl_s
        self._clock = clock
        self._voices: tuple[float, list[ServerVoice]] | None = None
        self._lock = threading.Lock()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    # -- the server's voices ------------------------------------------------------------------------------------

    def server_voices(self) -> list[ServerVoice]:
        """The server's voices, asked again once info_ttl_s has passed (servers install voices while running)."""
        with self._lock:
            if self._voices is None or self._clock() - self._voices[0] > self.info_ttl_s:
                self._voices = (self._clock(), asyncio.run(self._describe()))
            return self._voices[1]

    def voice(self) -> ServerVoice:
        voices = self.server_voices()
        for voice in voices:
            if (voice.name == self.voice_name) if self.voice_name else voice.speaks(self.language):
                return voice
        wanted = f"voice named {self.voice_name}" if self.voice_name else f"voice speaking {self.language}"
        offered = ", ".join(v.name for v in voices) or "none"
        raise EngineUnavailableError(f"The Wyoming server at {self.address} has no {wanted}", f"it offers: {offered}")

    def probe(self) -> tuple[bool, str]:
        try:
            return True, f"the Wyoming server at {self.address} offers the Piper voice {self.voice().name}"
        except EngineUnavailableError as error:
            return False, str(error)

    def describe(self) -> str:
        voice = self.voice()
        count = max(1, len(voice.speaker_names))
        return f"Piper voice {voice.name} ({count} speaker{'s' if count > 1 else ''}) over Wyoming at {self.address}"

    def cast(self, article: Article, roles: VoiceRoles) -> list[VoiceProfile]:
        voice = self.voice()
        return cast_article(
            article, roles, f"wyoming:{voice.name}@{voice.version or 'unversioned'}", voice.speaker_names
        )

    # -- speaking -----------------------------------------------------------------------------------------------

    def synthesize(self, text: str, voice: VoiceProfile) -> Pcm:
        server_voice = self.voice()
        speaker = voice.speaker_name if isinstance(voice, CastVoice) and server_voice.speaker_names else None
        pcm = asyncio.run(self._synthesize(text, server_voice.name, speaker))
        speed = 1.0 / voice.length_scale if isinstance(voice, CastVoice) else voice.speed_factor
        return _shape(pcm, voice.pitch_semitones, speed)

    async def _synthesize(self, text: str, voice_name: str, speaker: str | None) -> Pcm:
        from wyoming.audio import AudioChunk, AudioStart, AudioStop
        from wyoming.error import Error
        from wyoming.tts import Synthesize, SynthesizeVoice

        request = Synthesize(text=text, voice=SynthesizeVoice(name=voice_name, speaker=speaker))
        chunks, rate = [], None
        async with self._session() as client:
            await client.write_event(request.event())
            while True:
                event = await self._read(client)
                if AudioStart.is_type(event.type):
                    rate = AudioStart.from_event(event).rate
                elif AudioChunk.is_type(event.type):
                    chunk = AudioChunk.from_event(event)
                    rate = rate or chunk.rate
                    if chunk.rate != rate:
                        raise SynthesisError(f"The Wyoming server at {self.address} changed sample rate within a clip")
                    chunks.append(_mono_int16(chunk.audio, chunk.width, chunk.channels))
                elif AudioStop.is_type(event.type):
                    break
                elif Error.is_type(event.type):
                    raise SynthesisError(
                        f"The Wyoming server at {self.address} refused a segment", Error.from_event(event).text
                    )
        if rate is None:
            raise SynthesisError(f"The Wyoming server at {self.address} sent no audio for a segment")
        return Pcm(np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16), rate)

    async def _describe(self) -> list[ServerVoice]:
        from wyoming.info import Describe, Info

        async with self._session() as client:
            await client.write_event(Describe().event())
            while True:
                event = await self._read(client)
                if Info.is_type(event.type):
                    info = Info.from_event(event)
                    break
        return [
            ServerVoice(
                name=voice.name,
                version=voice.version,
                languages=tuple(voice.languages),
                speaker_names=tuple(speaker.name for speaker in voice.speakers or ()),
            )
            for program in info.tts
            for voice in program.voices
            if voice.installed
        ]

    # -- transport ----------------------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _session(self):
        from wyoming.client import AsyncTcpClient

        client = AsyncTcpClient(self.host, self.port, connect_timeout=self.timeout_s, read_timeout=self.timeout_s)
        try:
            await client.connect()
        except (OSError, asyncio.TimeoutError) as error:
            raise EngineUnavailableError(
                f"The Wyoming server at {self.address} cannot be reached",
                f"{type(error).__name__}; check NARRATEUR_WYOMING_HOST and NARRATEUR_WYOMING_PORT",
            ) from None
        try:
            yield client
        finally:
            with contextlib.suppress(OSError):  # the server may have closed first: nothing is left to release
                await client.disconnect()

    async def _read(self, client):
        try:
            event = await client.read_event()
        except asyncio.TimeoutError:
            raise SynthesisError(
                f"The Wyoming server at {self.address} did not answer within {self.timeout_s:g} s"
            ) from None
        except OSError as error:
            raise SynthesisError(f"The connection to the Wyoming server at {self.address} broke", str(error)) from None
        if event is None:
            raise SynthesisError(f"The Wyoming server at {self.address} closed the connection mid-answer")
        return event


def _mono_int16(audio: bytes, width: int, channels: int) -> np.ndarray:
    kinds = {1: np.uint8, 2: np.int16, 4: np.int32}
    if width not in kinds or channels < 1 or len(audio) % (width * channels):
        raise SynthesisError(f"A Wyoming server sent audio of an unknown shape ({width} bytes × {channels} channels)")
    samples = np.frombuffer(audio, dtype=kinds[width]).astype(np.float64)
    if width == 1:
        samples = (samples - 128) * 256
    elif width == 4:
        samples /= 65536
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    return np.clip(np.round(samples), -32768, 32767).astype(np.int16)


def _shape(pcm: Pcm, pitch_semitones: float, speed_factor: float) -> Pcm:
    """Pitch and tempo for parts that share a speaker: a server takes no length scale, so ffmpeg shapes them."""
    if not pitch_semitones and speed_factor == 1.0:
        return pcm
    rate, pitch = pcm.sample_rate_hz, 2 ** (pitch_semitones / 12)
    filters = f"asetrate={rate}*{pitch:.5f},aresample={rate},atempo={speed_factor / pitch:.5f}"
    shaped = run_ffmpeg(
        [
            "-f",
            "s16le",
            "-ar",
            str(rate),
            "-ac",
            "1",
            "-i",
            "pipe:0",
            "-af",
            filters,
            "-f",
            "s16le",
            "-ac",
            "1",
            "-ar",
            str(rate),
            "pipe:1",
        ],
        pcm.samples.tobytes(),
        timeout_s=30,
    )
    return Pcm(np.frombuffer(shaped, dtype=np.int16).copy(), rate)
