"""A real Wyoming text-to-speech server, built from the wyoming package's server classes around the local Piper
engine, as wyoming-piper is. The tests start it as a process: `python -m tests.speech.wyoming_server --voices-dir D`.

It prints `listening on PORT` once it accepts connections, streams each clip as many small AudioChunk events,
and ends when its standard input closes (so it never outlives the test that started it).

Two options stand in for what no package here ships or what a test must provoke: `--pretend-speakers N` offers
each voice as N named speakers (all spoken by the voice's one speaker; each request's speaker is logged, so a
test sees what the client asked for), and `--fail-after N` answers an Error event after N syntheses.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import threading
from functools import partial
from pathlib import Path

from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.error import Error
from wyoming.event import Event
from wyoming.info import Attribution, Describe, Info, TtsProgram, TtsVoice, TtsVoiceSpeaker
from wyoming.server import AsyncEventHandler, AsyncTcpServer
from wyoming.tts import Synthesize

from app.config import VoiceProfile
from app.speech.piper_engine import PiperEngine
from app.speech.voice_files import installed_voices


class ServerState:
    def __init__(self, args: argparse.Namespace) -> None:
        self.voices = {voice.name: voice for voice in installed_voices(Path(args.voices_dir))}
        self.engines = {
            name: PiperEngine(Path(args.voices_dir), name, voice.language) for name, voice in self.voices.items()
        }
        self.chunk_samples = args.chunk_samples
        self.pretend_speakers = args.pretend_speakers
        self.fail_after = args.fail_after
        self.log = Path(args.log) if args.log else None
        self.count = 0

    def info(self) -> Info:
        attribution = Attribution(name="rhasspy", url="https://github.com/rhasspy/piper")
        voices = [
            TtsVoice(
                name=name,
                attribution=attribution,
                installed=True,
                description=name,
                version="1.0.0",
                languages=[voice.language],
                speakers=[TtsVoiceSpeaker(name=f"s{i}") for i in range(self.pretend_speakers)] or None,
            )
            for name, voice in self.voices.items()
        ]
        program = TtsProgram(
            name="piper", attribution=attribution, installed=True, description="Piper", version="1.0.0", voices=voices
        )
        return Info(tts=[program])


class PiperHandler(AsyncEventHandler):
    def __init__(self, state: ServerState, *args) -> None:
        super().__init__(*args)
        self.state = state

    async def handle_event(self, event: Event) -> bool:
        if Describe.is_type(event.type):
            await self.write_event(self.state.info().event())
        elif Synthesize.is_type(event.type):
            await self._synthesize(Synthesize.from_event(event))
        return True

    async def _synthesize(self, request: Synthesize) -> None:
        state = self.state
        state.count += 1
        name = request.voice.name if request.voice else None
        if state.log:
            with state.log.open("a", encoding="utf-8") as log:
                log.write(
                    json.dumps(
                        {"text": request.text, "voice": name, "speaker": request.voice and request.voice.speaker}
                    )
                    + "\n"
                )
        if state.fail_after is not None and state.count > state.fail_after:
            await self.write_event(Error(text="the voice model stopped answering").event())
            return
        if name not in state.engines:
            await self.write_event(Error(text=f"no voice named {name}").event())
            return
        pcm = await asyncio.to_thread(state.engines[name].synthesize, request.text, VoiceProfile())
        rate = pcm.sample_rate_hz
        await self.write_event(AudioStart(rate=rate, width=2, channels=1).event())
        for start in range(0, len(pcm.samples), state.chunk_samples):
            chunk = pcm.samples[start : start + state.chunk_samples].tobytes()
            await self.write_event(AudioChunk(rate=rate, width=2, channels=1, audio=chunk).event())
        await self.write_event(AudioStop().event())


def _end_with_parent() -> None:
    sys.stdin.read()
    os._exit(0)


async def main(args: argparse.Namespace) -> None:
    state = ServerState(args)
    server = AsyncTcpServer("127.0.0.1", args.port)
    await server.start(partial(PiperHandler, state))
    port = server._server.sockets[0].getsockname()[1]  # the port the system chose: wyoming keeps its server private
    print(f"listening on {port}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--voices-dir", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--chunk-samples", type=int, default=1024)
    parser.add_argument("--pretend-speakers", type=int, default=0)
    parser.add_argument("--fail-after", type=int, default=None)
    parser.add_argument("--log")
    threading.Thread(target=_end_with_parent, daemon=True).start()
    asyncio.run(main(parser.parse_args()))
