"""The clip cache shared by every worker of a cluster: object storage keyed by content hash, a local cache in front.

A clip missing here is looked for in the shared store, under a cluster-wide lock on its key: so one sentence is
synthesized once across the cluster, whichever workers need it at the same moment; the others wait for it and
download it. A clip read from the shared store is checked like one read from the disk (size and checksum of its
MP3 frames) before it is used; a damaged one is made again."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from app.speech.audio import EncodedClip
from app.speech.cache import FORMAT_VERSION, ClipCache, StoredClip, clip_record

log = logging.getLogger(__name__)


class SharedStore(Protocol):
    """Blobs by name (object storage: app/publish/object_storage.py)."""

    def get(self, name: str) -> bytes | None: ...
    def put(self, name: str, data: bytes) -> None: ...


class ClusterLocks(Protocol):
    """A lock per key that one process of the cluster holds at a time (app/library/postgres_store.py)."""

    def exclusive(self, key: str) -> AbstractContextManager[None]: ...


def shared_name(key: str) -> str:
    return f"clips/{key[:2]}/{key}.clip"


class SharedClipCache(ClipCache):
    def __init__(
        self,
        folder: Path,
        max_bytes: int,
        shared: SharedStore,
        locks: ClusterLocks,
        spill_folder: Path | None = None,
    ) -> None:
        super().__init__(folder, max_bytes, spill_folder)
        self.shared = shared
        self.locks = locks

    def get_or_make(self, key: str, make: Callable[[], EncodedClip]) -> tuple[StoredClip, bool]:
        found = self.get(key)
        if found:
            return found, False
        with self._key_lock(key), self._file_lock(key):
            found = self.get(key)
            if found:
                return found, False
            with self.locks.exclusive(key):
                downloaded = _decoded(self.shared.get(shared_name(key)))
                if downloaded is not None:
                    return self.put(key, downloaded), False
                clip = make()
                stored = self.put(key, clip)
                self.shared.put(shared_name(key), _encoded(clip))
                return stored, True


def _encoded(clip: EncodedClip) -> bytes:
    """The clip as the local cache writes it: a line of JSON, then the MP3 frames."""
    return json.dumps(clip_record(clip)).encode("utf-8") + b"\n" + clip.mp3


def _decoded(raw: bytes | None) -> EncodedClip | None:
    """The clip in a shared blob, or None when there is none or it is damaged (then it is made again)."""
    if raw is None:
        return None
    record, _, data = raw.partition(b"\n")
    try:
        meta = json.loads(record)
        if (
            meta["version"] != FORMAT_VERSION
            or len(data) != meta["size_bytes"]
            or hashlib.sha256(data).hexdigest() != meta["sha256"]
        ):
            raise ValueError("size or checksum")
        return EncodedClip(
            frame_count=meta["frame_count"],
            samples_per_frame=meta["samples_per_frame"],
            sample_rate_hz=meta["sample_rate_hz"],
            sound_start_samples=meta["sound_start_samples"],
            sound_samples=meta["sound_samples"],
            mp3=data,
        )
    except (ValueError, KeyError, TypeError) as error:
        log.warning("a shared clip is damaged (%s): it is made again", error)
        return None
