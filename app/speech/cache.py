"""The clip cache: encoded MP3 clips under a content hash, written atomically, verified on read, bounded by LRU.

A clip is two files: `<key>.mp3` and `<key>.json`, the latter written last, so its presence means the clip is
whole. A clip whose size or checksum disagrees with its record is removed and made again.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from app.config import VoiceProfile
from app.errors import OutputError
from app.speech.audio import AudioFormat, EncodedClip

FORMAT_VERSION = 1


@dataclass(frozen=True)
class StoredClip:
    path: Path
    size_bytes: int
    sha256: str
    frame_count: int
    samples_per_frame: int
    sample_rate_hz: int
    sound_start_samples: int
    sound_samples: int

    @property
    def decoded_samples(self) -> int:
        return self.frame_count * self.samples_per_frame

    def read(self) -> bytes:
        return self.path.read_bytes()


def clip_key(engine: str, voice: VoiceProfile | None, text: str, audio_format: AudioFormat) -> str:
    """Engine, voice, words and format: any change makes a different clip."""
    material = json.dumps(
        {
            "v": FORMAT_VERSION,
            "engine": engine,
            "voice": voice.model_dump() if voice else None,
            "text": text,
            "format": audio_format.key,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class ClipCache:
    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._pinned: dict[str, int] = {}
        self._size_bytes: int | None = None

    # -- reading ------------------------------------------------------------------------------------------------

    def get(self, key: str) -> StoredClip | None:
        mp3, record = self._paths(key)
        try:
            meta = json.loads(record.read_text(encoding="utf-8"))
            data = mp3.read_bytes()
        except (OSError, ValueError):
            self._discard(key)
            return None
        if meta.get("version") != FORMAT_VERSION or len(data) != meta.get("size_bytes") or hashlib.sha256(data).hexdigest() != meta.get("sha256"):
            self._discard(key)
            return None
        with contextlib.suppress(OSError):
            os.utime(record)  # the record's mtime is the clip's last use, for LRU eviction
        fields = {name: meta[name] for name in StoredClip.__dataclass_fields__ if name != "path"}
        return StoredClip(path=mp3, **fields)

    def get_or_make(self, key: str, make: Callable[[], EncodedClip]) -> tuple[StoredClip, bool]:
        """The cached clip, or a new one made exactly once even when many threads or processes ask at once.
        Returns the clip and whether it was made now."""
        found = self.get(key)
        if found:
            return found, False
        with self._key_lock(key), self._file_lock(key):
            found = self.get(key)
            if found:
                return found, False
            return self.put(key, make()), True

    # -- writing ------------------------------------------------------------------------------------------------

    def put(self, key: str, clip: EncodedClip) -> StoredClip:
        mp3, record = self._paths(key)
        mp3.parent.mkdir(parents=True, exist_ok=True)
        stored = StoredClip(
            path=mp3,
            size_bytes=len(clip.mp3),
            sha256=hashlib.sha256(clip.mp3).hexdigest(),
            frame_count=clip.frame_count,
            samples_per_frame=clip.samples_per_frame,
            sample_rate_hz=clip.sample_rate_hz,
            sound_start_samples=clip.sound_start_samples,
            sound_samples=clip.sound_samples,
        )
        meta = {k: v for k, v in asdict(stored).items() if k != "path"} | {"version": FORMAT_VERSION}
        try:
            atomic_write(mp3, clip.mp3)
            atomic_write(record, json.dumps(meta).encode("utf-8"))
        except OSError as error:
            raise OutputError(f"The clip cache at {self.folder} cannot be written", error.strerror) from None
        self._grow(len(clip.mp3))
        return stored

    # -- eviction -----------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def pinned(self, keys: list[str]) -> Iterator[None]:
        """Clips a running narration needs are never evicted under it."""
        with self._locks_guard:
            for key in keys:
                self._pinned[key] = self._pinned.get(key, 0) + 1
        try:
            yield
        finally:
            with self._locks_guard:
                for key in keys:
                    self._pinned[key] -= 1
                    if not self._pinned[key]:
                        del self._pinned[key]

    def size_bytes(self) -> int:
        return sum(path.stat().st_size for path in self.folder.glob("*/*.mp3"))

    def _grow(self, added: int) -> None:
        with self._locks_guard:
            if self._size_bytes is None:
                self._size_bytes = self.size_bytes()
            else:
                self._size_bytes += added
            over = self._size_bytes > self.max_bytes
        if over:
            self.evict()

    def evict(self) -> None:
        """Removes the least recently used clips until the cache is 90% of its bound."""
        records = []
        for record in self.folder.glob("*/*.json"):
            with contextlib.suppress(OSError):
                mp3 = record.with_suffix(".mp3")
                records.append((record.stat().st_mtime, record.stem, mp3.stat().st_size if mp3.exists() else 0))
        total = sum(size for _, _, size in records)
        with self._locks_guard:
            pinned = set(self._pinned)
        for _, key, size in sorted(records):
            if total <= self.max_bytes * 0.9:
                break
            if key not in pinned:
                self._discard(key)
                total -= size
        with self._locks_guard:
            self._size_bytes = total

    # -- helpers ------------------------------------------------------------------------------------------------

    def _paths(self, key: str) -> tuple[Path, Path]:
        if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
            raise ValueError("a clip key is a sha256 hex digest")
        folder = self.folder / key[:2]
        return folder / f"{key}.mp3", folder / f"{key}.json"

    def _discard(self, key: str) -> None:
        for path in self._paths(key)[::-1]:
            with contextlib.suppress(OSError):
                path.unlink()

    def _key_lock(self, key: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(key, threading.Lock())

    @contextlib.contextmanager
    def _file_lock(self, key: str) -> Iterator[None]:
        lock_path = self._paths(key)[0].with_suffix(".lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        with open(lock_path, "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def atomic_write(path: Path, data: bytes) -> None:
    """Temp file in the same folder, flushed, then renamed: readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
