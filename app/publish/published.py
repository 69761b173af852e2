"""Where narrations are published, and how a published file is read back: folders on this machine's disk.

A narration writes its files into a staging folder; publishing makes them what the service serves, the main MP3
last (its presence means done). Here the staging folder is the published folder itself, so publishing has
nothing left to do; object storage (object_storage.py) keeps the same interface and uploads instead."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from typing import Protocol

import anyio

from app.publish.folder import MP3_NAME


@dataclass(frozen=True)
class LocalFile:
    """A published file on disk: what an HTTP answer needs (size, validators) and its bytes on demand."""

    path: Path
    size: int
    etag: str
    modified_s: float

    @classmethod
    def at(cls, path: Path) -> LocalFile | None:
        try:
            stat = path.stat()  # metadata is in memory for a file this hot; the content may not be
        except OSError:
            return None
        if not S_ISREG(stat.st_mode):
            return None
        return cls(path, stat.st_size, f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"', stat.st_mtime)

    async def read(self, offset: int, length: int) -> memoryview:
        """`length` bytes at `offset`: in place when the page cache has them all, else in a worker thread."""
        descriptor = os.open(self.path, os.O_RDONLY)
        try:
            buffer = bytearray(length)
            try:
                got = os.preadv(descriptor, [buffer], offset, os.RWF_NOWAIT)
            except (BlockingIOError, OSError, AttributeError):
                got = 0
            if got < length:  # not all in the page cache: the disk is read in a worker thread
                got += await anyio.to_thread.run_sync(os.preadv, descriptor, [memoryview(buffer)[got:]], offset + got)
            return memoryview(buffer)[:got]
        finally:
            os.close(descriptor)


class LocalPublications:
    """Published narrations as folders `<root>/<article id>/`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def staging(self, article_id: str) -> Path:
        return self.root / article_id

    def share(self, article_id: str, name: str) -> None:
        """A file written in the staging folder is served from now on (it is already where it is served)."""

    def publish(self, article_id: str) -> None:
        """Every file written in the staging folder is served from now on (they are already there)."""

    def exists(self, article_id: str, name: str = MP3_NAME) -> bool:
        return (self.root / article_id / name).is_file()

    async def file(self, article_id: str, name: str) -> LocalFile | None:
        return LocalFile.at(self.root / article_id / name)

    def remove(self, article_id: str) -> None:
        shutil.rmtree(self.root / article_id, ignore_errors=True)

    def close(self) -> None:
        pass


class Publications(Protocol):
    """Where narrations are published: folders here, or objects in a bucket (object_storage.py)."""

    def staging(self, article_id: str) -> Path: ...
    def share(self, article_id: str, name: str) -> None: ...
    def publish(self, article_id: str) -> None: ...
    def exists(self, article_id: str, name: str = MP3_NAME) -> bool: ...
    async def file(self, article_id: str, name: str): ...
    def remove(self, article_id: str) -> None: ...
    def close(self) -> None: ...
