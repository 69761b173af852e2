"""Writing published files whole or not at all: a temp file beside the target, then a rename."""

from __future__ import annotations

import errno
from collections.abc import Iterable
from pathlib import Path

from app import files
from app.errors import DiskFullError, OutputError


def write_atomically(path: Path, chunks: Iterable[bytes]) -> int:
    """Streams chunks to `path`, synced to disk; on any failure nothing is left behind and the error is one
    sentence. Returns the bytes written."""
    try:
        return files.write_atomically(Path(path), chunks)
    except OSError as error:
        raise _write_error(Path(path), error) from None


def _write_error(path: Path, error: OSError) -> OutputError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(
            f"The disk is full: {path.name} cannot be written in {path.parent}", "free some space on that disk"
        )
    return OutputError(f"Cannot write {path}", error.strerror or str(error))
