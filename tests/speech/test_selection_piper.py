"""auto: gTTS when Google answers, else Piper when a voice of the language is installed, else espeak-ng; the reason
is said, and a fallback always redoes the whole narration."""

from __future__ import annotations

import pytest

from app.config import VoiceRoles, load_settings
from app.errors import ConfigError, UnknownEngineError
from app.speech.audio import AudioFormat
from app.speech.cache import ClipCache
from app.speech.piper_engine import PiperEngine
from app.speech.render import Renderer
from app.speech.selection import EngineSelector
from tests.speech.fakes import FakeEngine
from tests.speech.helpers import seed_article
from tests.speech.piper_voices import JOE, joe_folder

DOWN = FakeEngine("gtts", fail_after=0)  # its probe says Google does not answer


@pytest.fixture(scope="module")
def voices(tmp_path_factory):
    return joe_folder(tmp_path_factory.mktemp("voices"))


def test_google_first_with_piper_as_the_fallback(voices):
    gtts, piper = FakeEngine("gtts"), PiperEngine(voices, language="en")
    choice = EngineSelector(FakeEngine("espeak"), gtts, 60, piper=piper).choose("auto")
    assert choice.engine is gtts and choice.fallback is piper
    assert choice.reason == "auto: Google's speech service answered"


def test_piper_when_google_is_silent_and_a_voice_of_the_language_is_there(voices):
    piper = PiperEngine(voices, language="en")
    choice = EngineSelector(FakeEngine("espeak"), DOWN, 60, piper=piper).choose("auto")
    assert choice.engine is piper and choice.fallback.name == "espeak"
    assert choice.reason == f"auto: Piper voice {JOE} (en_US, 1 speaker) on this machine, since fake probe"


def test_espeak_when_no_french_piper_voice_is_installed_and_both_reasons_said(voices):
    espeak = FakeEngine("espeak")
    choice = EngineSelector(espeak, DOWN, 60, piper=PiperEngine(voices)).choose("auto")
    assert choice.engine is espeak and choice.fallback is None
    assert choice.reason == (
        f"auto: espeak-ng, since fake probe and no Piper voice speaking fr is installed in {voices}: "
        "run `narrateur voices download fr_FR-siwis-medium` or set NARRATEUR_VOICES_DIR"
    )


def test_google_falls_back_to_espeak_when_piper_has_no_voice(voices):
    espeak = FakeEngine("espeak")
    assert EngineSelector(espeak, FakeEngine("gtts"), 60, piper=PiperEngine(voices)).choose("auto").fallback is espeak
    assert EngineSelector(espeak, DOWN, 60).choose("auto").reason.endswith("and no Piper engine is set up")


def test_piper_by_name_and_unknown_names():
    with pytest.raises(UnknownEngineError, match="Unknown engine 'kokoro': use auto, espeak, gtts or piper"):
        EngineSelector(FakeEngine("espeak"), DOWN, 60).choose("kokoro")
    assert load_settings(engine="piper").engine == "piper"
    with pytest.raises(ConfigError, match="NARRATEUR_WYOMING_PORT"):
        load_settings(wyoming_port=70000)


@pytest.mark.slow
def test_google_failing_mid_way_redoes_everything_with_piper(voices, tmp_path):
    gtts, piper = FakeEngine("gtts", fail_after=3), PiperEngine(voices, JOE, language="en")
    renderer = Renderer(
        ClipCache(tmp_path / "cache", 10**9),
        AudioFormat(),
        EngineSelector(FakeEngine("espeak"), gtts, 60, piper=piper),
        VoiceRoles(),
        False,
    )
    try:
        narration = renderer.render(seed_article(), "auto")
    finally:
        renderer.workers.close()
    assert narration.engine == "piper"
    assert narration.engine_note.startswith("gtts failed mid-way (gtts stopped answering")
    assert narration.engine_note.endswith("the whole narration was redone with piper")
    assert narration.clips_made > len(seed_article().segments)
