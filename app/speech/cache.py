"""The clip cache: encoded MP3 clips under a content hash, written atomically, verified on read, bounded by LRU.

A clip is one file, `<key>.clip`: a line of JSON (size, checksum, frame count, where its sound lies) then the MP3
frames. It appears whole or not at all (temp file, then rename); one whose size or checksum disagrees with its
record is removed and made again. One file per clip keeps the file-system work per clip small.
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
from dataclasses import dataclass
from pathlib import Path

from app.config import VoiceProfile
from app.errors import OutputError
from app.speech.audio import AudioFormat, ClipLayout, EncodedClip

FORMAT_VERSION = 1


@dataclass(frozen=True)
class StoredClip(ClipLayout):
    """A clip in the cache: its file, and where its MP3 frames start in it (after the record line)."""

    path: Path = Path()
    data_offset: int = 0
    size_bytes: int = 0
    sha256: str = ""

    @property
    def key(self) -> str:
        return self.path.stem

    def read(self) -> bytes:
        with open(self.path, "rb") as file:
            file.seek(self.data_offset)
            return file.read()


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
        self._folders: set[Path] = set()

    # -- reading ------------------------------------------------------------------------------------------------

    def get(self, key: str) -> StoredClip | None:
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        record, _, data = raw.partition(b"\n")
        try:
            meta = json.loads(record)
        except ValueError:
            meta = {}
        if (
            not isinstance(meta, dict)
            or meta.get("version") != FORMAT_VERSION
            or len(data) != meta.get("size_bytes")
            or hashlib.sha256(data).hexdigest() != meta.get("sha256")
        ):
            self._discard(key)
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # the file's mtime is the clip's last use, for LRU eviction
        fields = {name: meta[name] for name in StoredClip.__dataclass_fields__ if name not in ("path", "data_offset")}
        return StoredClip(path=path, data_offset=len(record) + 1, **fields)

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
        path = self._path(key)
        meta = {
            "version": FORMAT_VERSION,
            "size_bytes": len(clip.mp3),
            "sha256": hashlib.sha256(clip.mp3).hexdigest(),
            "frame_count": clip.frame_count,
            "samples_per_frame": clip.samples_per_frame,
            "sample_rate_hz": clip.sample_rate_hz,
            "sound_start_samples": clip.sound_start_samples,
            "sound_samples": clip.sound_samples,
        }
        record = json.dumps(meta).encode("utf-8")
        try:
            self._folder(path.parent)
            # No fsync here: a clip damaged by a crash fails its checksum on read and is made again.
            atomic_write(path, record + b"\n" + clip.mp3, durable=False, make_folder=False)
        except OSError as error:
            raise OutputError(f"The clip cache at {self.folder} cannot be written", error.strerror) from None
        self._grow(len(clip.mp3))
        fields = {k: v for k, v in meta.items() if k != "version"}
        return StoredClip(path=path, data_offset=len(record) + 1, **fields)

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
        return sum(path.stat().st_size for path in self.folder.glob("*/*.clip"))

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
        for path in self.folder.glob("*/*.clip"):
            with contextlib.suppress(OSError):
                stat = path.stat()
                records.append((stat.st_mtime, path.stem, stat.st_size))
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

    def _path(self, key: str) -> Path:
        if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
            raise ValueError("a clip key is a sha256 hex digest")
        return self.folder / key[:2] / f"{key}.clip"

    def _folder(self, folder: Path) -> None:
        if folder not in self._folders:
            folder.mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)

    def _discard(self, key: str) -> None:
        with contextlib.suppress(OSError):
            self._path(key).unlink()

    def _key_lock(self, key: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(key, threading.Lock())

    @contextlib.contextmanager
    def _file_lock(self, key: str) -> Iterator[None]:
        """Across processes (the service and a command line sharing the cache), one lock file per shard."""
        lock_path = self.folder / key[:2] / ".lock"
        self._folder(lock_path.parent)
        with open(lock_path, "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def atomic_write(path: Path, data: bytes, durable: bool = True, make_folder: bool = True) -> None:
    """Temp file in the same folder, flushed, then renamed: readers see the old file or the new, never half."""
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            if durable:
                os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
