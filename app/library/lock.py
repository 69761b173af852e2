"""One data folder, one service: a lock file that a second process finds taken."""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from app.errors import DataFolderInUseError, OutputError

LOCK_NAME = "narrateur.lock"


class DataFolderLock:
    """An exclusive POSIX lock on `<data folder>/narrateur.lock`, holding the owner's process id.

    POSIX record locks belong to the process: the speech workers it forks do not inherit them, and the kernel
    drops the lock the moment the process dies, even by kill -9, so a restart never finds a stale one."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self._descriptor: int | None = None

    def acquire(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as error:
            raise OutputError(f"The data folder {self.folder} cannot be written", error.strerror) from None
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            owner = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(descriptor)
            raise DataFolderInUseError(
                f"Another Narrateur (process {owner}) is already using the data folder {self.folder}: "
                "stop it, or give this one another NARRATEUR_DATA_DIR"
            ) from None
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        self._descriptor = descriptor

    def release(self) -> None:
        if self._descriptor is not None:
            with contextlib.suppress(OSError):
                os.close(self._descriptor)  # closing drops the lock; the file stays, harmless
            self._descriptor = None
