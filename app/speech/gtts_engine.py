"""gTTS: Google Translate's French voices. gTTS packages the requests; we send them with timeouts and retries.

gTTS's own sender has no retry and opens a session per request; using its request bodies with our own
transport keeps Google's protocol in gTTS's hands and gives us backoff, jitter and a test seam (`base_url`).
"""

from __future__ import annotations

import base64
import logging
import random
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.config import VoiceProfile
from app.errors import EngineUnavailableError, SynthesisError
from app.regexes import compiled
from app.speech.audio import Pcm
from app.speech.ffmpeg import run_ffmpeg

if TYPE_CHECKING:
    import requests

# gTTS, requests, pydub and miniaudio load on the first request to Google: a narration spoken by another engine,
# and every command that never speaks, does not pay for importing them.

log = logging.getLogger(__name__)
RPC_PATH = "/_/TranslateWebserverUi/data/batchexecute"
AUDIO_LINE = compiled(r'jQ1olc","\[\\"(.*?)\\"]')
RETRYABLE_STATUS = {429, 500, 502, 503, 504}


class GttsEngine:
    name = "gtts"
    cpu_bound = False

    def __init__(
        self,
        timeout_s: float = 10.0,
        retries: int = 3,
        max_parallel: int = 8,
        base_url: str | None = None,
        backoff_base_s: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.timeout_s = timeout_s
        self.retries = retries
        self.max_parallel = max_parallel
        self.base_url = base_url.rstrip("/") if base_url else None
        self.backoff_base_s = backoff_base_s
        self._sleep = sleep
        self._sessions = threading.local()

    def synthesize(self, text: str, voice: VoiceProfile) -> Pcm:
        from gtts import gTTS

        tts = gTTS(text, lang="fr", tld=voice.gtts_tld, slow=voice.gtts_slow, lang_check=False)
        try:
            bodies = tts.get_bodies()
        except AssertionError:
            raise SynthesisError("gTTS found nothing to say in a segment", "its speech text has no words") from None
        mp3 = b"".join(self._send(body, voice.gtts_tld, self.retries, self.timeout_s) for body in bodies)
        return _decode(mp3, voice)

    def probe(self) -> tuple[bool, str]:
        """A quick check that Google answers: one short request, no retry (narrations may run meanwhile, so
        the engine's own retries and timeout are left as they are)."""
        from gtts import gTTS

        voice = VoiceProfile()
        try:
            body = gTTS("Bonjour.", lang="fr", tld=voice.gtts_tld, lang_check=False).get_bodies()[0]
            _decode(self._send(body, voice.gtts_tld, retries=0, timeout_s=min(self.timeout_s, 3.0)), voice)
            return True, "Google's speech service answered"
        except SynthesisError as error:
            return False, str(error)

    # -- transport ----------------------------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        import requests

        if not hasattr(self._sessions, "session"):
            self._sessions.session = requests.Session()
        return self._sessions.session

    def _url(self, tld: str) -> str:
        return (self.base_url or f"https://translate.google.{tld}") + RPC_PATH

    def _send(self, body: str, tld: str, retries: int, timeout_s: float) -> bytes:
        import requests
        from gtts import gTTS

        cause = "no attempt was made"
        retry_after_s = None
        for attempt in range(retries + 1):
            if attempt:
                wait_s = self._backoff_s(attempt, retry_after_s)
                log.debug("gTTS attempt %d of %d failed (%s): retrying in %.1f s", attempt, retries + 1, cause, wait_s)
                self._sleep(wait_s)
            try:
                response = self._session().post(
                    self._url(tld),
                    data=body,
                    headers={**gTTS.GOOGLE_TTS_HEADERS, "X-Google-Tld": tld},
                    timeout=timeout_s,
                )
            except requests.Timeout:
                cause, retry_after_s = f"no answer within {timeout_s:g} s", None
                continue
            except requests.ConnectionError:
                cause, retry_after_s = "the service could not be reached", None
                continue
            if response.status_code in RETRYABLE_STATUS:
                cause = f"HTTP {response.status_code}"
                retry_after_s = _retry_after(response) if response.status_code == 429 else None
                continue
            if response.status_code >= 400:
                raise SynthesisError(f"Google's speech service refused the request (HTTP {response.status_code})")
            return _audio_from(response.text)
        attempts = retries + 1
        raise EngineUnavailableError(
            f"Google's speech service failed after {attempts} attempt{'s' if attempts > 1 else ''}", cause
        )

    def _backoff_s(self, attempt: int, retry_after_s: float | None) -> float:
        if retry_after_s is not None:  # Google said when to come back (429 with Retry-After)
            return min(retry_after_s, 30.0)
        # Exponential backoff with full jitter spreads retries from parallel requests apart.
        return random.uniform(0.5, 1.5) * self.backoff_base_s * 2 ** (attempt - 1)


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.replace(".", "", 1).isdigit() else None


def _audio_from(answer: str) -> bytes:
    for line in answer.splitlines():
        if "jQ1olc" in line:
            match = AUDIO_LINE.search(line)
            if match:
                try:
                    return base64.b64decode(match.group(1), validate=True)
                except ValueError:
                    break
    raise SynthesisError("Google's speech service answered without audio", "the answer was not in the expected form")


GOOGLE_RATE_HZ = 24000


def _decode(mp3: bytes, voice: VoiceProfile) -> Pcm:
    """MP3 from Google → mono PCM shaped into the voice.

    Unshaped voices (the narrator's) decode in-process with miniaudio; shaped ones go through one ffmpeg run
    (pitch by asetrate, tempo by atempo, tone by high/low-pass filters), whose C filters are far faster than
    shaping sample by sample in Python."""
    import miniaudio
    import numpy as np
    from pydub import AudioSegment

    try:
        decoded = miniaudio.decode(
            mp3, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=GOOGLE_RATE_HZ
        )
    except miniaudio.DecodeError:
        raise SynthesisError("Google's speech service sent audio that cannot be decoded") from None
    segment = AudioSegment(data=decoded.samples.tobytes(), sample_width=2, frame_rate=GOOGLE_RATE_HZ, channels=1)
    filters = _voice_filters(voice)
    if filters:
        shaped = run_ffmpeg(
            [
                "-f",
                "s16le",
                "-ar",
                str(GOOGLE_RATE_HZ),
                "-ac",
                "1",
                "-i",
                "pipe:0",
                "-af",
                ",".join(filters),
                "-f",
                "s16le",
                "-ac",
                "1",
                "-ar",
                str(GOOGLE_RATE_HZ),
                "pipe:1",
            ],
            segment.raw_data,
            timeout_s=30,
        )
        # ffmpeg was asked for the same format back: a new segment of the shaped samples, in that format.
        segment = AudioSegment(
            data=shaped, sample_width=segment.sample_width, frame_rate=segment.frame_rate, channels=segment.channels
        )
    return Pcm(np.frombuffer(segment.raw_data, dtype=np.int16).copy(), segment.frame_rate)


def _voice_filters(voice: VoiceProfile) -> list[str]:
    filters = []
    if voice.pitch_semitones or voice.speed_factor != 1.0:
        pitch = 2 ** (voice.pitch_semitones / 12)
        # asetrate shifts pitch and tempo together; atempo then sets the tempo the voice asks for.
        filters += [
            f"asetrate={GOOGLE_RATE_HZ}*{pitch:.5f}",
            f"aresample={GOOGLE_RATE_HZ}",
            f"atempo={voice.speed_factor / pitch:.5f}",
        ]
    if voice.highpass_hz:
        filters.append(f"highpass=f={voice.highpass_hz}")
    if voice.lowpass_hz:
        filters.append(f"lowpass=f={voice.lowpass_hz}")
    return filters
