"""Writing published files whole or not at all: a temp file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app.errors import DiskFullError, OutputError


def write_atomically(path: Path, chunks: Iterable[bytes]) -> int:
    """Streams chunks to `path`; on any failure nothing is left behind. Returns the bytes written."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise _write_error(path, error) from None
    written = 0
    try:
        with os.fdopen(handle, "wb") as file:
            for chunk in chunks:
                file.write(chunk)
                written += len(chunk)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise _write_error(path, error) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return written


def _write_error(path: Path, error: OSError) -> OutputError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(
            f"The disk is full: {path.name} cannot be written in {path.parent}", "free some space on that disk"
        )
    return OutputError(f"Cannot write {path}", error.strerror or str(error))
