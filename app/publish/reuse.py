"""Narrations kept whole for `narrateur narrate`, found again by a hash of everything that made them.

Narrating an article again with every clip cached still assembles, tags and draws a cover, and first loads the
article and audio stacks: as long as the hand pipeline takes. When the article, the settings, the engine's
inputs and Narrateur's own code are all the same, the MP3 it made is the MP3 it would make: it is copied.

The key covers the article's bytes and format, the engine asked for, every setting but the folders and the admin
token, the lexicon's content, the Piper voices installed, and the size and date of every module of the app.
Under `auto`, a narration made while Google answered is reused (its clips would be too); one made with a local
voice because Google did not answer is reused only while that answer is remembered (NARRATEUR_GTTS_PROBE_TTL_S),
as the service does. A voice served over Wyoming can change on its server: those narrations are never reused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import app
from app.config import Settings

FOLDER = "narrations"
KEEP = 16
"""Narrations kept (the most recently used); about a megabyte each for a usual article."""
MP3, CHAPTERS, TRANSCRIPT, SUMMARY = "narration.mp3", "chapters.json", "transcript.vtt", "summary.json"
FORMAT_VERSION = 2
SUMMARY_FIELDS = ("title", "duration_ms", "chapters", "engine", "engine_note", "made_at", "mp3_sha256")
NOT_IN_KEY = ("data_dir", "cache_dir", "admin_token")
"""Where files go and who may delete them change nothing in the narration."""


@dataclass(frozen=True)
class KeptNarration:
    folder: Path
    summary: dict
    """SUMMARY_FIELDS: the article's title, duration_ms, chapters (their count), engine, engine_note, made_at (Unix
    time) and the MP3's mp3_sha256."""

    @property
    def mp3(self) -> Path:
        return self.folder / MP3

    def file(self, name: str) -> Path:
        return self.folder / name


def narration_key(source: bytes, input_format: str, engine: str, settings: Settings) -> str | None:
    """The narration's identity, or None when it must be made again every time (a Wyoming voice)."""
    if settings.wyoming_host and engine in ("auto", "piper"):
        return None
    material = {
        "v": FORMAT_VERSION,
        "source": hashlib.sha256(source).hexdigest(),
        "format": input_format,
        "engine": engine,
        "settings": {k: v for k, v in settings.as_dict().items() if k not in NOT_IN_KEY},
        "lexicon": _file_digest(settings.lexicon_path) if settings.lexicon_path else None,
        "voices": _listing(settings.voices_dir, (".onnx", ".json")) if engine in ("auto", "piper") else None,
        "code": _listing(Path(app.__file__).parent, (".py",), recursive=True),
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode("utf-8")).hexdigest()


def find(cache_dir: Path, key: str, engine: str, probe_ttl_s: float) -> KeptNarration | None:
    """The kept narration with this key, whole and still valid; None otherwise (a damaged one is removed)."""
    folder = Path(cache_dir) / FOLDER / key
    try:
        summary = json.loads((folder / SUMMARY).read_text(encoding="utf-8"))
        whole = all(name in summary for name in SUMMARY_FIELDS) and (
            hashlib.sha256((folder / MP3).read_bytes()).hexdigest() == summary["mp3_sha256"]
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not whole:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    # Under auto, a local voice stood in for Google only because Google did not answer when it was made.
    if engine == "auto" and summary.get("engine") != "gtts" and time.time() - summary["made_at"] > probe_ttl_s:
        return None
    with contextlib.suppress(OSError):
        os.utime(folder)  # most recently used: kept longest
    return KeptNarration(folder, summary)


def keep(cache_dir: Path, key: str, files: dict[str, Path | bytes], summary: dict) -> None:
    """Keeps a narration's files (name → path to copy, or content) and its summary, all or nothing.

    Best effort: a narration that cannot be kept (disk full, read-only cache) is simply made again next time."""
    store = Path(cache_dir) / FOLDER
    try:
        store.mkdir(parents=True, exist_ok=True)
        temp = Path(tempfile.mkdtemp(dir=store, prefix=".part-"))
    except OSError:
        return
    try:
        for name, content in files.items():
            if isinstance(content, Path):
                shutil.copyfile(content, temp / name)
            else:
                (temp / name).write_bytes(content)
        summary = {**summary, "mp3_sha256": hashlib.sha256((temp / MP3).read_bytes()).hexdigest()}
        (temp / SUMMARY).write_text(json.dumps(summary), encoding="utf-8")
        os.replace(temp, store / key)  # whole or not there; another process keeping the same one wins alike
    except OSError:
        pass
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    _forget_oldest(store)


def _forget_oldest(store: Path) -> None:
    try:
        kept = sorted((entry.stat().st_mtime, entry.path) for entry in os.scandir(store) if entry.is_dir())
    except OSError:
        return
    for _, path in kept[:-KEEP]:
        shutil.rmtree(path, ignore_errors=True)


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None  # the narration itself says what is wrong with the file


def _listing(folder: Path, suffixes: tuple[str, ...], recursive: bool = False) -> list[tuple[str, int, int]]:
    """(name, size, modification time) of the files: a changed file changes the key without being read."""
    found: list[tuple[str, int, int]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        if recursive and entry.is_dir() and not entry.name.startswith((".", "__")):
            found += [(f"{entry.name}/{n}", s, m) for n, s, m in _listing(Path(entry.path), suffixes, True)]
        elif entry.name.endswith(suffixes) and entry.is_file():
            stat = entry.stat()
            found.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return sorted(found)
