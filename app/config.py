"""Settings read from the environment (prefix NARRATEUR_) and an optional .env; bad values fail at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from app.errors import ConfigError
from app.log_choices import LogFormat, LogLevel
from app.settings_fields import Checked, Secret, SettingError, environment_values, setting

EngineName = Literal["auto", "espeak", "gtts", "piper"]
ENGINE_NAMES: tuple[str, ...] = get_args(EngineName)


@dataclass(frozen=True, kw_only=True)
class VoiceProfile(Checked):
    """How one voice sounds on each engine. Roles and quote voices are settings (NARRATEUR_VOICES, JSON)."""

    espeak_voice: str = setting(
        "fr", pattern=r"[a-z]{2}(-[a-z]{2})?(\+[A-Za-z0-9]+)?", shape="an espeak-ng voice such as fr or fr+m3"
    )
    espeak_pitch: int = setting(50, ge=0, le=99)
    espeak_rate_wpm: int = setting(165, ge=80, le=450)
    gtts_tld: str = setting("fr", pattern=r"[a-z.]{2,10}", shape="a Google domain ending such as fr or ca")
    gtts_slow: bool = False
    speed_factor: float = setting(1.0, ge=0.7, le=1.4)
    """Tempo change applied after gTTS (espeak-ng sets its rate directly)."""
    pitch_semitones: float = setting(0.0, ge=-6, le=6)
    """Pitch shift applied after gTTS (espeak-ng sets its pitch directly)."""
    highpass_hz: int = setting(0, ge=0, le=1000)
    """Tone colour after gTTS: cut below this frequency (0 = off)."""
    lowpass_hz: int = setting(0, ge=0, le=12000)
    """Tone colour after gTTS: cut above this frequency (0 = off)."""


@dataclass(frozen=True, kw_only=True)
class VoiceRoles(Checked):
    """A voice per role; quoted speakers take quote voices in turn, each keeping one for the whole article."""

    narrator: VoiceProfile = VoiceProfile(espeak_voice="fr+m3", espeak_pitch=45, espeak_rate_wpm=165)
    heading: VoiceProfile = VoiceProfile(
        espeak_voice="fr+m1", espeak_pitch=35, espeak_rate_wpm=150, speed_factor=0.95, pitch_semitones=-1.0
    )
    attribution: VoiceProfile = VoiceProfile(
        espeak_voice="fr+m7", espeak_pitch=55, espeak_rate_wpm=175, speed_factor=1.05, pitch_semitones=-2.0
    )
    quotes: tuple[VoiceProfile, ...] = (
        VoiceProfile(espeak_voice="fr+f3", espeak_pitch=60, espeak_rate_wpm=160, gtts_tld="ca"),
        VoiceProfile(espeak_voice="fr+m2", espeak_pitch=68, espeak_rate_wpm=158, pitch_semitones=2.0, highpass_hz=180),
        VoiceProfile(espeak_voice="fr+f2", espeak_pitch=52, espeak_rate_wpm=162, gtts_tld="ca", pitch_semitones=-2.0),
        VoiceProfile(espeak_voice="fr+m5", espeak_pitch=38, espeak_rate_wpm=160, pitch_semitones=-3.0, lowpass_hz=6000),
    )


# Constant bit rates LAME accepts for MPEG-2 Layer III (the 16-24 kHz sample rates speech uses).
MPEG2_BITRATES_KBPS = (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)


@dataclass(frozen=True, kw_only=True)
class Settings(Checked):
    data_dir: Path = Path("./data")
    cache_dir: Path = Path("./audio_cache")
    engine: EngineName = "auto"
    lexicon_path: Path | None = None

    sample_rate_hz: Literal[16000, 22050, 24000] = 22050
    bitrate_kbps: int = setting(64, one_of=MPEG2_BITRATES_KBPS)
    loudness_target_lufs: float = setting(-16.0, ge=-30.0, le=-10.0)
    true_peak_ceiling_dbtp: float = setting(-1.0, ge=-6.0, le=0.0)
    chapter_chime: bool = True
    voices: VoiceRoles = setting(factory=VoiceRoles)
    cache_max_mb: int = setting(2048, ge=10)

    show_name: str = "Narrateur"
    show_author: str = "Narrateur"
    public_base_url: str | None = setting(
        None,
        pattern=r"https?://[^\s/?#]+(/[^\s?#]*)?",
        shape="an http(s) address such as https://example.org/narrateur",
    )
    """Absolute links in the feed; unset, each request's own scheme and host."""
    admin_token: Secret | None = setting(None, min_length=16)
    """When set, deleting and retrying need it (API: Authorization: Bearer; forms: asked once per browser)."""

    max_input_bytes: int = setting(2_000_000, ge=1000)
    narration_workers: int = setting(2, ge=1, le=16)
    max_queued_jobs: int = setting(50, ge=1)
    narrations_per_client_per_hour: int = setting(60, ge=1)
    parse_timeout_s: float = setting(30.0, gt=0, le=3600)
    """Wall time and CPU time one page may take to be read (found in its page, its speech text written)."""
    parse_slots: int = setting(factory=lambda: os.cpu_count() or 2, ge=1, le=64)
    """Pages read at once; more wait their turn."""
    narration_timeout_s: float = setting(3600.0, gt=0)
    """Wall time one narration may take before it is stopped and marked failed."""

    fetch_timeout_s: float = setting(10.0, gt=0)
    fetch_max_bytes: int = setting(5_000_000, ge=1000)
    fetch_max_redirects: int = setting(5, ge=0, le=20)
    allow_private_urls: bool = False

    source_interval_s: float = setting(1800.0, ge=1, le=7 * 24 * 3600)
    """How often a new source's feed is polled, unless it is added with its own interval."""
    source_retry_s: float = setting(300.0, gt=0)
    """Wait before an item that failed is tried again; doubled at each attempt."""
    source_max_attempts: int = setting(5, ge=1, le=20)
    """Attempts at an item before it is left failed (shown with its error)."""
    source_polling: bool = True
    """Whether the service polls its sources itself (off: `narrateur sources run` from cron does it)."""

    gtts_probe_ttl_s: float = setting(300.0, ge=0)
    gtts_timeout_s: float = setting(10.0, gt=0)
    gtts_retries: int = setting(3, ge=0, le=10)
    gtts_concurrency: int = setting(8, ge=1, le=32)
    gtts_base_url: str | None = None
    """Send gTTS requests here instead of translate.google.<tld> (a proxy, or the test suite's fake)."""
    cors_origins: list[str] = setting(factory=list)
    log_level: LogLevel = setting("info", exclude=True)
    """What `narrateur serve` logs: debug, info, warning or error and above (--log-level)."""
    log_format: LogFormat = setting("text", exclude=True)
    """How `narrateur serve` writes its log on standard error: text, or json (one object per line; --log-format)."""

    voices_dir: Path = Path("./voices")
    """Piper voices, each as NAME.onnx and NAME.onnx.json (`narrateur voices download NAME` puts them there)."""
    piper_voice: str | None = setting(None, pattern=r"[A-Za-z0-9_.-]+", shape="a voice name such as fr_FR-siwis-medium")
    """The Piper voice to speak with; by default the first French voice installed (or offered over Wyoming)."""
    voices_base_url: str = "https://huggingface.co/rhasspy/piper-voices/resolve/main"
    """Where `narrateur voices download` fetches voices (the layout of rhasspy/piper-voices, with voices.json)."""
    wyoming_host: str | None = None
    """A Wyoming text-to-speech server (e.g. wyoming-piper); when set, the piper engine speaks through it."""
    wyoming_port: int = setting(10200, ge=1, le=65535)
    wyoming_timeout_s: float = setting(30.0, gt=0)
    wyoming_concurrency: int = setting(2, ge=1, le=16)

    # -- Distributed mode: all unset is the embedded default (SQLite, local folders, in-process workers) --------
    database_url: Secret | None = setting(
        None,
        pattern=r"postgres(ql)?://\S+",
        shape="a PostgreSQL URL, such as postgresql://narrateur:secret@db:5432/narrateur",
        exclude=True,
    )
    """PostgreSQL (postgresql://user:password@host:port/name): the library lives there and narrations go on its
    job queue (procrastinate), rendered by `narrateur worker` processes; `narrateur serve` then runs the API only."""
    database_pool_size: int = setting(8, ge=2, le=100, exclude=True)
    """Connections each process keeps to PostgreSQL."""
    worker_concurrency: int = setting(2, ge=1, le=16, exclude=True)
    """Narrations one `narrateur worker` process renders at once (each spreads its clips over every core; two
    overlap one's storage round trips with the other's synthesis, as the embedded service's two workers do)."""
    worker_heartbeat_s: float = setting(5.0, gt=0, le=300, exclude=True)
    """How often a worker says it is alive."""
    worker_stalled_s: float = setting(30.0, gt=0, le=3600, exclude=True)
    """A worker silent this long is taken for dead: its narrations are given to another worker."""
    job_attempts: int = setting(8, ge=1, le=50, exclude=True)
    """Tries a narration gets when the database or the object storage fails under it (then it is said failed)."""
    split_min_clips: int = setting(60, ge=2, exclude=True)
    """A narration with at least this many clips to make is shared by chapter batches between the workers."""
    s3_bucket: str | None = setting(
        None, pattern=r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", shape="an S3 bucket name such as narrateur", exclude=True
    )
    """S3-compatible object storage for the published files and a clip cache shared by every worker."""
    s3_endpoint_url: str | None = setting(
        None,
        pattern=r"https?://[^\s/?#]+(/[^\s?#]*)?",
        shape="an http(s) address such as http://minio:9000",
        exclude=True,
    )
    """The storage's address (MinIO, Ceph, moto…); unset, AWS's own for the region."""
    s3_region: str = setting("us-east-1", pattern=r"[a-z0-9-]{2,32}", shape="a region such as eu-west-3", exclude=True)
    s3_access_key_id: Secret | None = setting(None, exclude=True)
    s3_secret_access_key: Secret | None = setting(None, exclude=True)
    s3_prefix: str = setting(
        "", pattern=r"([A-Za-z0-9._-]+/)*", shape="a key prefix ending in / such as narrateur/", exclude=True
    )
    """Keys start with this (e.g. `narrateur/`), so one bucket can hold several services."""

    @property
    def distributed(self) -> bool:
        """Jobs on the PostgreSQL queue and the library in PostgreSQL, rather than embedded."""
        return self.database_url is not None

    @property
    def database_path(self) -> Path:
        return self.data_dir / "narrateur.sqlite3"

    @property
    def published_dir(self) -> Path:
        return self.data_dir / "articles"


# What a JSON setting should look like, for the sentence that refuses one that is not JSON.
JSON_EXAMPLES = {
    "cors_origins": '["https://example.org"]',
    "voices": '{"narrator": {"espeak_voice": "fr+m3"}}',
}


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, then .env, then defaults (`overrides` first of all); one sentence if wrong."""
    values: dict[str, object] = dict(environment_values(Settings, "NARRATEUR_", Path(".env")))
    values.update(overrides)
    try:
        return Settings(**values)  # type: ignore[arg-type]
    except SettingError as error:
        name = "NARRATEUR_" + error.path[0].upper()
        if error.problem == "not JSON" and len(error.path) == 1:
            example = JSON_EXAMPLES.get(error.path[0], "[]")
            raise ConfigError(f"Invalid setting {name}: it must be JSON, such as {example}") from None
        where = ".".join(error.path[1:]) or "it"  # a voice inside NARRATEUR_VOICES is named by its path
        raise ConfigError(f"Invalid setting {name}: {where} {error.problem}") from None
