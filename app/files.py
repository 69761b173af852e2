"""Writing a file whole or not at all: a temp file beside the target, then a rename (used by speech and publish)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomically(path: Path, chunks: Iterable[bytes], durable: bool = True) -> int:
    """Streams chunks to `path`: readers see the old file or the new one, never half, and on any failure nothing
    is left behind (an OSError is raised as it is). `durable` syncs the data to disk before the rename. Returns the
    bytes written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    written = 0
    try:
        with os.fdopen(handle, "wb") as file:
            for chunk in chunks:
                file.write(chunk)
                written += len(chunk)
            file.flush()
            if durable:
                os.fsync(file.fileno())
        os.chmod(temp, 0o644)  # as any file written without a temp (mkstemp makes it private)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return written
