"""The clip cache: encoded MP3 clips under a content hash, written atomically, verified on read, bounded by LRU.

A clip is one file, `<key>.clip`: a line of JSON (size, checksum, frame count, where its sound lies) then the MP3
frames. It appears whole or not at all (temp file, then rename); one whose size or checksum disagrees with its
record is removed and made again. One file per clip keeps the file-system work per clip small.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.config import VoiceProfile
from app.errors import DiskFullError, OutputError
from app.files import write_atomically
from app.speech.audio import AudioFormat, ClipLayout, EncodedClip

log = logging.getLogger(__name__)
FORMAT_VERSION = 1
DISK_MARGIN_BYTES = 8_000_000
"""Room a full disk is given back by eviction beyond the clip being written: the narration's files follow."""


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
            "voice": voice.as_dict() if voice else None,
            "text": text,
            "format": audio_format.key,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def clip_record(clip: EncodedClip) -> dict[str, Any]:
    """The line of JSON a clip file starts with (its MP3 frames follow): what reading it back needs."""
    return {
        "version": FORMAT_VERSION,
        "size_bytes": len(clip.mp3),
        "sha256": hashlib.sha256(clip.mp3).hexdigest(),
        "frame_count": clip.frame_count,
        "samples_per_frame": clip.samples_per_frame,
        "sample_rate_hz": clip.sample_rate_hz,
        "sound_start_samples": clip.sound_start_samples,
        "sound_samples": clip.sound_samples,
    }


class ClipCache:
    """Clips under `folder`, at most `max_bytes` of them.

    A narration pins the clips it needs until it is published. When pinned clips alone fill the bound, the
    narration's further clips are kept aside in a spill folder (outside the cache) until it releases them; then
    they join the cache as its most recent clips, older ones making room. When the disk itself is full, the
    least recently used clips go first; only then does a write fail, with one sentence."""

    def __init__(self, folder: Path, max_bytes: int, spill_folder: Path | None = None) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self._spill_root = Path(spill_folder) if spill_folder else Path(tempfile.gettempdir()) / "narrateur-spill"
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._pinned: dict[str, int] = {}
        self._spilled: dict[str, Path] = {}
        self._size_bytes: int | None = None
        self._folders: set[Path] = set()
        self._holds = threading.local()

    # -- reading ------------------------------------------------------------------------------------------------

    def get(self, key: str) -> StoredClip | None:
        found = self._read(self._path(key), counted=True)
        if found is None:
            with self._locks_guard:
                spilled = self._spilled.get(key)
            if spilled is not None:
                found = self._read(spilled, counted=False)
        return found

    def _read(self, path: Path, counted: bool) -> StoredClip | None:
        """The clip in this file, if whole; a damaged one is removed (and uncounted, when `counted` in the size)."""
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
            with contextlib.suppress(OSError):
                path.unlink()  # made again by whoever needs it
                if counted:
                    self._grow(-len(raw))
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
        meta = clip_record(clip)
        record = json.dumps(meta).encode("utf-8")
        data = record + b"\n" + clip.mp3
        if self._reserve(len(data)):
            path = self._path(key)
            try:
                self._write(path, data)
            except BaseException:
                self._grow(-len(data))
                raise
        else:
            path = self._spill(key, data)
        fields = {k: v for k, v in meta.items() if k != "version"}
        return StoredClip(path=path, data_offset=len(record) + 1, **fields)

    def _write(self, path: Path, data: bytes) -> None:
        """Writes a clip; a full disk first evicts the least recently used clips, then fails in one sentence."""
        try:
            self._folder(path.parent)
            # No fsync here: a clip damaged by a crash fails its checksum on read and is made again.
            write_atomically(path, [data], durable=False)
            return
        except OSError as error:
            if error.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise self._unwritable(error) from None
        log.warning("the disk holding the clip cache %s is full: evicting clips", self.folder)
        self.free_disk(len(data))
        try:
            write_atomically(path, [data], durable=False)
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(
                    f"The disk is full: the clip cache at {self.folder} cannot store new audio",
                    "free some space on that disk",
                ) from None
            raise self._unwritable(error) from None

    def _unwritable(self, error: OSError) -> OutputError:
        return OutputError(f"The clip cache at {self.folder} cannot be written", error.strerror or str(error))

    # -- the bound, pins and spilled clips ----------------------------------------------------------------------

    @contextlib.contextmanager
    def pinned(self, keys: list[str]) -> Iterator[None]:
        """Clips a running narration needs are never evicted under it."""
        with self._locks_guard:
            for key in keys:
                self._pinned[key] = self._pinned.get(key, 0) + 1
        try:
            yield
        finally:
            holds = getattr(self._holds, "stack", None)
            if holds:
                holds[-1].extend(keys)
            else:
                self._release(keys)

    @contextlib.contextmanager
    def holding(self) -> Iterator[None]:
        """Pins released in this block, in this thread, are released only when the block ends: a narration's
        clips stay where they are from its render until its files are published."""
        stack = self._holds.__dict__.setdefault("stack", [])
        held: list[str] = []
        stack.append(held)
        try:
            yield
        finally:
            stack.pop()
            if stack:
                stack[-1].extend(held)
            else:
                self._release(held)

    def _release(self, keys: list[str]) -> None:
        released = []
        with self._locks_guard:
            for key in keys:
                self._pinned[key] -= 1
                if not self._pinned[key]:
                    del self._pinned[key]
                    if key in self._spilled:
                        released.append((key, self._spilled.pop(key)))
        for key, path in released:
            self._adopt(key, path)

    def size_bytes(self) -> int:
        return sum(path.stat().st_size for path in self.folder.glob("*/*.clip"))

    def _reserve(self, size: int) -> bool:
        """Counts `size` more bytes in the cache if they fit under the bound, evicting unpinned clips if needed.
        False when pinned clips leave no room (the clip is then spilled)."""
        for attempt in range(2):
            with self._locks_guard:
                if self._size_bytes is None:
                    self._size_bytes = self.size_bytes()
                if self._size_bytes + size <= self.max_bytes:
                    self._size_bytes += size
                    return True
            if attempt == 0:
                self.evict(min(self.max_bytes * 0.9, self.max_bytes - size))
        return False

    def _grow(self, added: int) -> None:
        with self._locks_guard:
            if self._size_bytes is not None:
                self._size_bytes = max(0, self._size_bytes + added)

    def evict(self, target_bytes: float | None = None) -> None:
        """Removes the least recently used unpinned clips until the cache holds at most `target_bytes`
        (90% of its bound by default). The count kept in memory (clips being written included) is what is
        compared; the files on disk say which clips are the oldest."""
        target = self.max_bytes * 0.9 if target_bytes is None else target_bytes
        with self._locks_guard:
            pinned = set(self._pinned)
            if self._size_bytes is None:
                self._size_bytes = self.size_bytes()
        evicted, freed = 0, 0
        for _, key, size in self._clips_by_age():
            with self._locks_guard:
                if self._size_bytes <= target:
                    break
            if key not in pinned and self._discard(key):
                self._grow(-size)
                evicted, freed = evicted + 1, freed + size
        if evicted:
            log.info(
                "clip cache %s: %d least recently used clips evicted (%d bytes), under its bound of %d bytes",
                self.folder,
                evicted,
                freed,
                self.max_bytes,
            )

    def free_disk(self, needed_bytes: int) -> None:
        """Evicts unpinned clips, least recently used first, until the disk holding the cache has room for
        `needed_bytes` and a margin (a full disk makes room with clips before anything fails)."""
        wanted = needed_bytes + DISK_MARGIN_BYTES
        with self._locks_guard:
            pinned = set(self._pinned)
        evicted, freed = 0, 0
        for _, key, size in self._clips_by_age():
            if _free_bytes(self.folder) >= wanted:
                break
            if key not in pinned and self._discard(key):
                self._grow(-size)
                evicted, freed = evicted + 1, freed + size
        log.info("clip cache %s: %d clips evicted (%d bytes) to free the disk", self.folder, evicted, freed)

    def _clips_by_age(self) -> list[tuple[float, str, int]]:
        records = []
        for path in self.folder.glob("*/*.clip"):
            with contextlib.suppress(OSError):
                stat = path.stat()
                records.append((stat.st_mtime, path.stem, stat.st_size))
        return sorted(records)

    def _spill(self, key: str, data: bytes) -> Path:
        folder = self._spill_folder()
        path = folder / f"{key}.clip"
        try:
            write_atomically(path, [data], durable=False)
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(
                    f"The disk is full: {folder} cannot hold a narration's audio", "free some space on that disk"
                ) from None
            raise OutputError(f"The folder {folder} cannot be written", error.strerror or str(error)) from None
        with self._locks_guard:
            self._spilled[key] = path
        return path

    def _spill_folder(self) -> Path:
        """This process's spill folder; those of processes that are gone are removed."""
        folder = self._spill_root / str(os.getpid())
        if folder not in self._folders:
            if self._spill_root.is_dir():
                for other in self._spill_root.iterdir():
                    if other.name.isdigit() and other != folder and not _running(int(other.name)):
                        shutil.rmtree(other, ignore_errors=True)
            folder.mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)
        return folder

    def _adopt(self, key: str, spilled: Path) -> None:
        """A released spilled clip joins the cache if room can be made for it, else it is dropped."""
        try:
            size = spilled.stat().st_size
            if self._reserve(size):
                target = self._path(key)
                self._folder(target.parent)
                try:
                    os.replace(spilled, target)
                except OSError:
                    self._grow(-size)
                    raise
        except OSError:
            pass
        with contextlib.suppress(OSError):
            spilled.unlink()

    # -- helpers ------------------------------------------------------------------------------------------------

    def _path(self, key: str) -> Path:
        if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
            raise ValueError("a clip key is a sha256 hex digest")
        return self.folder / key[:2] / f"{key}.clip"

    def _folder(self, folder: Path) -> None:
        if folder not in self._folders:
            folder.mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)

    def _discard(self, key: str) -> bool:
        """Removes a clip's file; False when it was gone already (another thread or process removed it)."""
        try:
            self._path(key).unlink()
            return True
        except OSError:
            return False

    def _key_lock(self, key: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(key, threading.Lock())

    @contextlib.contextmanager
    def _file_lock(self, key: str) -> Iterator[None]:
        """Across processes (the service and a command line sharing the cache), a lock on the shard's folder
        itself: a lock file in each shard was one more file to create per new shard, as dear as the clip."""
        folder = self.folder / key[:2]
        try:
            self._folder(folder)
            handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError as error:
            raise self._unwritable(error) from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            os.close(handle)


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
