"""Piper voices on disk: each is NAME.onnx (the model) beside NAME.onnx.json (its config), in the voices folder."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from app.errors import ConfigError, EngineUnavailableError
from app.regexes import compiled

VOICE_NAME = compiled(
    r"^(?P<language>[a-z]{2,3}_[A-Z]{2})-(?P<dataset>[A-Za-z0-9_]+)-(?P<quality>x_low|low|medium|high)$"
)
"""How Piper names its voices: language_REGION-dataset-quality, e.g. fr_FR-siwis-medium."""
FRENCH = "fr"


@dataclass(frozen=True)
class InstalledVoice:
    name: str
    """The file stem, e.g. fr_FR-siwis-medium."""
    model_path: Path
    config_path: Path
    language: str
    """As the voice's config says, e.g. fr_FR."""
    quality: str | None
    sample_rate_hz: int
    speaker_names: tuple[str, ...]
    """One name per speaker id, in id order (ids as text where the voice names none)."""
    size_bytes: int

    @property
    def speaker_count(self) -> int:
        return len(self.speaker_names)

    def speaks(self, language: str) -> bool:
        """`fr` matches fr_FR and fr_BE; `fr_FR` only itself."""
        return self.language == language or self.language.split("_")[0] == language

    def sha256(self) -> str:
        return file_sha256(self.model_path)


def read_voice(model_path: Path) -> InstalledVoice:
    """The voice whose model is at model_path; ConfigError when its config is missing or unreadable."""
    config_path = model_path.with_name(model_path.name + ".json")
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        count = int(config.get("num_speakers", 1))
        language = config.get("language", {}).get("code") or model_path.stem.split("-")[0]
        sample_rate_hz = int(config["audio"]["sample_rate"])
        by_id = {int(i): str(name) for name, i in (config.get("speaker_id_map") or {}).items()}
    except FileNotFoundError:
        raise ConfigError(f"The Piper voice {model_path.stem} has no {config_path.name} beside it") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise ConfigError(f"The config of the Piper voice {model_path.stem} cannot be read", str(config_path)) from None
    match = VOICE_NAME.match(model_path.stem)
    return InstalledVoice(
        name=model_path.stem,
        model_path=model_path,
        config_path=config_path,
        language=str(language),
        quality=config.get("audio", {}).get("quality") or (match.group("quality") if match else None),
        sample_rate_hz=sample_rate_hz,
        speaker_names=tuple(by_id.get(i, str(i)) for i in range(max(1, count))),
        size_bytes=model_path.stat().st_size,
    )


def installed_voices(folder: Path) -> list[InstalledVoice]:
    """Every complete voice in the folder, by name; a voice whose config is missing or broken is left out."""
    voices = []
    for model_path in sorted(Path(folder).glob("*.onnx")):
        try:
            voices.append(read_voice(model_path))
        except (ConfigError, OSError):
            continue
    return voices


def find_voice(folder: Path, name: str | None = None, language: str = FRENCH) -> InstalledVoice:
    """The named voice, or else the first installed voice speaking the language."""
    voices = installed_voices(folder)
    if name:
        for voice in voices:
            if voice.name == name:
                return voice
        raise EngineUnavailableError(
            f"The Piper voice {name} is not installed in {folder}", f"run `narrateur voices download {name}`"
        )
    for voice in voices:
        if voice.speaks(language):
            return voice
    raise EngineUnavailableError(
        f"No Piper voice speaking {language} is installed in {folder}",
        "run `narrateur voices download fr_FR-siwis-medium` or set NARRATEUR_VOICES_DIR",
    )


_hashes: dict[tuple[str, int, int], str] = {}
_hashes_lock = threading.Lock()


def file_sha256(path: Path) -> str:
    """A model's hash goes into every clip's cache key; it is remembered while the file stays the same."""
    stat = os.stat(path)
    identity = (str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns)
    with _hashes_lock:
        known = _hashes.get(identity)
    if known:
        return known
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    with _hashes_lock:
        _hashes[identity] = digest.hexdigest()
    return _hashes[identity]
