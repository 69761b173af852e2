"""Making one clip: engine speech → plausibility check → shared rate → mastering → MP3 frames.

The audio stack (numpy, soxr, libebur128, LAME) loads with the first clip made, in the process that makes it:
with a local engine those are the speech workers, and the command's own process never pays for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.config import VoiceProfile
from app.errors import AudioError
from app.speech.audio import AudioFormat, EncodedClip, Pcm

if TYPE_CHECKING:
    from app.speech.engine import SpeechEngine

# French read aloud runs at about 12 to 17 characters a second; far outside that, the engine misfired.
CHARS_PER_SECOND = 14.0


def speech_clip(engine: SpeechEngine, text: str, voice: VoiceProfile, audio_format: AudioFormat) -> EncodedClip:
    from app.speech.encode import encode_clip
    from app.speech.mastering import master
    from app.speech.resample import resample

    pcm = engine.synthesize(text, voice)
    if pcm.samples.size == 0:
        raise AudioError(f"{engine.name} produced no audio for: {text[:60]!r}")
    pcm = master(resample(pcm, audio_format.sample_rate_hz), audio_format)
    check_plausible(pcm, text, engine.name)
    return encode_clip(pcm, audio_format)


def check_plausible(pcm: Pcm, text: str, engine_name: str) -> None:
    expected_ms = 1000 * len(text) / CHARS_PER_SECOND
    if len(text) >= 25 and pcm.duration_ms < expected_ms * 0.25:
        raise AudioError(
            f"{engine_name} produced {pcm.duration_ms / 1000:.1f} s of audio for {len(text)} characters",
            "the clip is far too short for its text and would truncate the narration",
        )
    if pcm.duration_ms > expected_ms * 4 + 4000:
        raise AudioError(
            f"{engine_name} produced {pcm.duration_ms / 1000:.1f} s of audio for {len(text)} characters",
            "the clip is far too long for its text",
        )


def silence_clip(duration_ms: int, audio_format: AudioFormat) -> EncodedClip:
    from app.speech.encode import encode_clip

    return encode_clip(Pcm.silence(duration_ms, audio_format.sample_rate_hz), audio_format)


def chime_clip(audio_format: AudioFormat) -> EncodedClip:
    from app.speech.chime import chime
    from app.speech.encode import encode_clip

    return encode_clip(chime(audio_format.sample_rate_hz), audio_format)


def load_audio_stack() -> None:
    """Loads what making a clip needs: called before forking the speech workers, which then share it."""
    import app.speech.chime
    import app.speech.encode
    import app.speech.mastering
    import app.speech.resample  # noqa: F401
