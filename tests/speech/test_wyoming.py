"""Piper over Wyoming: a real Wyoming server process (the wyoming package's server around the local Piper engine)
on a loopback port, and the engine as a client of it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.article import parse_article
from app.config import VoiceProfile, VoiceRoles
from app.errors import EngineUnavailableError, SynthesisError
from app.speech.audio import AudioFormat
from app.speech.cache import ClipCache
from app.speech.casting import CastVoice, part_of
from app.speech.plan import plan_narration
from app.speech.render import Renderer
from app.speech.selection import EngineSelector
from app.speech.wyoming_engine import WyomingEngine, _mono_int16
from app.speechtext import speech_article
from tests.command import narrateur
from tests.paths import ROOT
from tests.speech.fakes import FakeEngine
from tests.speech.piper_voices import JOE, joe_folder

SENTENCE = "The alliance remains fundamental for the United States and for the whole transatlantic community."
ARTICLE = (
    "Les alliés se retrouvent à Bruxelles\n\n"
    "Les ministres de la Défense de l'alliance se réunissent à Bruxelles pour parler des budgets militaires.\n\n"
    "« L'alliance reste fondamentale pour les États-Unis », a dit Jim Mattis à la presse.\n\n"
    "« Je suis absolument certain que nous y arriverons », a répondu Jens Stoltenberg.\n\n"
    "La réunion doit durer deux jours et se terminer par une déclaration commune des ministres."
).encode()


class WyomingServer:
    def __init__(self, voices: Path, *options: str) -> None:
        self.log = voices.parent / f"requests-{id(self)}.jsonl"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.speech.wyoming_server",
                "--voices-dir",
                str(voices),
                "--log",
                str(self.log),
                *options,
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self.process.stdout.readline()
        assert line.startswith("listening on "), f"the Wyoming server did not start: {line!r}"
        self.port = int(line.split()[-1])

    def requests(self) -> list[dict]:
        return [json.loads(line) for line in self.log.read_text().splitlines()] if self.log.exists() else []

    def stop(self) -> None:
        self.process.stdin.close()  # the server ends when its standard input closes
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def voices(tmp_path_factory) -> Path:
    return joe_folder(tmp_path_factory.mktemp("wyoming") / "voices")


@pytest.fixture(scope="module")
def server(voices):
    started = WyomingServer(voices, "--chunk-samples", "512")
    yield started
    started.stop()


def engine_for(port: int, **options) -> WyomingEngine:
    return WyomingEngine("127.0.0.1", port, **{"language": "en", "timeout_s": 60, **options})


def article():
    return speech_article(parse_article(ARTICLE))


def renderer(tmp_path: Path, piper, gtts_answers: bool = False) -> Renderer:
    gtts = FakeEngine("gtts", fail_after=None if gtts_answers else 0)
    return Renderer(
        ClipCache(tmp_path / "cache", 10**9),
        AudioFormat(),
        EngineSelector(FakeEngine("espeak"), gtts, 60, piper=piper),
        VoiceRoles(),
        False,
    )


@pytest.mark.slow
def test_the_server_describes_its_voices(server):
    (voice,) = engine_for(server.port).server_voices()
    assert (voice.name, voice.version, voice.languages, voice.speaker_names) == (JOE, "1.0.0", ("en_US",), ())


@pytest.mark.slow
def test_speech_arrives_in_many_chunks_and_comes_out_whole(server):
    pcm = engine_for(server.port).synthesize(SENTENCE, VoiceProfile())
    assert pcm.sample_rate_hz == 22050 and pcm.samples.dtype == np.int16
    assert 0.5 * len(SENTENCE) / 15 < pcm.duration_ms / 1000 < 2 * len(SENTENCE) / 15
    assert len(pcm.samples) > 20 * 512  # more than twenty chunks joined


@pytest.mark.slow
def test_a_narration_over_wyoming_says_where_it_was_spoken(server, tmp_path):
    narration = renderer(tmp_path, engine_for(server.port)).render(article(), "auto")
    assert narration.engine == "piper"
    assert narration.engine_note.startswith(
        f"auto: Piper voice {JOE} (1 speaker) over Wyoming at 127.0.0.1:{server.port}, since"
    )
    assert len(narration.timeline.segments) == len(article().segments)
    assert all(s.end_ms > s.start_ms for s in narration.timeline.segments)


def test_a_french_voice_is_looked_for_by_default_and_its_absence_said(server, tmp_path):
    engine = engine_for(server.port, language="fr")
    assert engine.probe() == (
        False,
        f"The Wyoming server at 127.0.0.1:{server.port} has no voice speaking fr: it offers: {JOE}.",
    )
    narration = renderer(tmp_path, engine).render(article(), "auto")
    assert (
        narration.engine == "espeak"
        and f"the Wyoming server at 127.0.0.1:{server.port} has no voice speaking fr" in narration.engine_note
    )


def test_an_unreachable_server_is_one_sentence(tmp_path):
    engine = engine_for(9, timeout_s=5)
    with pytest.raises(
        EngineUnavailableError,
        match=r"^The Wyoming server at 127.0.0.1:9 cannot be reached: ConnectionRefusedError; check NARRATEUR_WYOMING_HOST",
    ):
        engine.synthesize(SENTENCE, VoiceProfile())
    narration = renderer(tmp_path, engine).render(article(), "auto")
    assert narration.engine == "espeak" and "cannot be reached" in narration.engine_note


@pytest.mark.slow
def test_a_server_failing_mid_way_restarts_the_whole_narration_with_espeak(voices, tmp_path):
    failing = WyomingServer(voices, "--fail-after", "2")
    espeak = FakeEngine("espeak")
    selector = EngineSelector(
        espeak, FakeEngine("gtts", fail_after=0), 60, piper=engine_for(failing.port, max_parallel=1)
    )
    try:
        narration = Renderer(ClipCache(tmp_path / "cache", 10**9), AudioFormat(), selector, VoiceRoles(), False).render(
            article(), "auto"
        )
    finally:
        failing.stop()
    assert narration.engine == "espeak"
    assert "piper failed mid-way (The Wyoming server at" in narration.engine_note
    assert "the voice model stopped answering" in narration.engine_note
    assert "the whole narration was redone with espeak" in narration.engine_note
    # Not a mix: espeak-ng spoke every sentence, none of the two the server did speak was kept.
    assert len(espeak.calls) == sum(
        1
        for p in plan_narration(article(), [VoiceProfile()] * len(article().segments), "espeak", AudioFormat(), False)
        if p.kind == "speech"
    )


@pytest.mark.slow
def test_each_part_asks_for_its_own_speaker_of_a_multi_speaker_voice(voices, tmp_path):
    many = WyomingServer(voices, "--pretend-speakers", "20")
    try:
        engine = engine_for(many.port)
        assert len(engine.voice().speaker_names) == 20
        narration = renderer(tmp_path, engine).render(article(), "piper")
        asked = many.requests()
    finally:
        many.stop()
    by_text = {r["text"]: r["speaker"] for r in asked}
    spoken = article().segments
    cast = engine.cast(article(), VoiceRoles())
    assert all(isinstance(v, CastVoice) for v in cast)
    speakers = {}
    for segment, voice in zip(spoken, cast, strict=False):
        speakers.setdefault(part_of(segment.kind, segment.speaker), set()).add(voice.speaker_name)
    assert all(len(names) == 1 for names in speakers.values())
    assert set(speakers) == {"narrator", "attribution", "jim mattis", "jens stoltenberg"}
    assert len({next(iter(names)) for names in speakers.values()}) == len(speakers)  # every part its own speaker
    assert {r["voice"] for r in asked} == {JOE} and set(by_text.values()) == {next(iter(n)) for n in speakers.values()}
    assert narration.engine == "piper"


@pytest.mark.parametrize(
    "audio,width,channels,expected",
    [
        (np.array([1000, -1000], dtype=np.int16).tobytes(), 2, 1, [1000, -1000]),
        (np.array([1000, 3000, -1000, -3000], dtype=np.int16).tobytes(), 2, 2, [2000, -2000]),
        (np.array([65536 * 1000], dtype=np.int32).tobytes(), 4, 1, [1000]),
        (bytes([128, 255, 0]), 1, 1, [0, 32512, -32768]),
    ],
)
def test_chunks_of_any_width_and_channels_become_mono_16_bit(audio, width, channels, expected):
    assert _mono_int16(audio, width, channels).tolist() == expected


def test_a_chunk_of_unknown_shape_is_refused():
    with pytest.raises(SynthesisError, match="unknown shape"):
        _mono_int16(b"\0\0\0", 2, 1)


@pytest.mark.slow
def test_voices_list_shows_the_servers_voices(server, tmp_path):
    env = {
        "NARRATEUR_VOICES_DIR": str(tmp_path / "none"),
        "NARRATEUR_WYOMING_HOST": "127.0.0.1",
        "NARRATEUR_WYOMING_PORT": str(server.port),
    }
    result = narrateur("voices", "list", env=env)
    assert result.returncode == 0, result.stderr
    assert (
        f"Voices of the Wyoming server at 127.0.0.1:{server.port} (used instead of the folder):\n  {JOE}: en_US, 1 speaker"
        in result.stdout
    )
    env["NARRATEUR_WYOMING_PORT"] = "9"
    down = narrateur("voices", "list", env=env)
    assert (
        down.returncode == 0
        and "The Wyoming server at 127.0.0.1:9 cannot be reached: ConnectionRefusedError" in down.stdout
    )
