"""The gTTS engine against a local fake of Google's endpoint: success, 429, 500, a timeout, a malformed answer."""

import pytest

from app.config import VoiceProfile
from app.errors import EngineUnavailableError, SynthesisError
from app.speech.gtts_engine import GttsEngine
from tests.speech.fake_google import FakeGoogle

TEXT = "Le secrétaire américain à la Défense a parlé mercredi."


def engine(fake: FakeGoogle, **kwargs) -> GttsEngine:
    return GttsEngine(base_url=fake.url, backoff_base_s=0.01, sleep=lambda s: None, **kwargs)


def test_success_sends_french_with_the_voice_accent():
    with FakeGoogle() as fake:
        pcm = engine(fake).synthesize(TEXT, VoiceProfile(gtts_tld="ca"))
    assert fake.requests[0]["lang"] == "fr" and fake.requests[0]["tld"] == "ca"
    assert fake.requests[0]["text"] == TEXT
    assert pcm.duration_ms == pytest.approx(len(TEXT) * 60, rel=0.1)


def test_pitch_speed_and_filter_shaping_change_the_clip():
    with FakeGoogle() as fake:
        plain = engine(fake).synthesize(TEXT, VoiceProfile())
        shaped = engine(fake).synthesize(TEXT, VoiceProfile(speed_factor=1.25, pitch_semitones=-3, lowpass_hz=300))
    assert shaped.duration_ms == pytest.approx(plain.duration_ms / 1.25, rel=0.05)
    # The 220 Hz tone's 660 Hz harmonic is cut by the low-pass filter: less energy overall.
    assert float((shaped.samples.astype(float) ** 2).mean()) < float((plain.samples.astype(float) ** 2).mean()) * 0.9


@pytest.mark.parametrize("failures", [["429"], ["500", "500"], ["429", "500", "429"]])
def test_retries_on_429_and_5xx(failures):
    with FakeGoogle(script=failures) as fake:
        engine(fake, retries=3).synthesize(TEXT, VoiceProfile())
    assert len(fake.requests) == len(failures) + 1


def test_gives_up_with_one_clear_error():
    with FakeGoogle(script=["500"] * 10) as fake, pytest.raises(EngineUnavailableError) as raised:
        engine(fake, retries=2).synthesize(TEXT, VoiceProfile())
    assert len(fake.requests) == 3
    assert str(raised.value) == "Google's speech service failed after 3 attempts: HTTP 500."


def test_timeout_is_retried_then_reported():
    with (
        FakeGoogle(script=["slow", "slow"]) as fake,
        pytest.raises(EngineUnavailableError, match="no answer within 0.3 s"),
    ):
        engine(fake, retries=1, timeout_s=0.3).synthesize(TEXT, VoiceProfile())


def test_malformed_answer():
    with FakeGoogle(script=["malformed"]) as fake, pytest.raises(SynthesisError, match="without audio"):
        engine(fake).synthesize(TEXT, VoiceProfile())


def test_unreachable_service_probe_says_why():
    answers, why = GttsEngine(base_url="http://127.0.0.1:9", retries=0).probe()
    assert not answers and "could not be reached" in why
