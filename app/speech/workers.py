"""Worker processes for engines that synthesize on this machine's CPU.

espeak-ng holds one synthesizer per process and the loudness meter holds the GIL, so threads cannot use
both cores; worker processes can. They are forked once and reused, so a narration pays no start-up cost."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from app.errors import AudioError


def _ready() -> int:
    return os.getpid()


def _die_with_parent(parent: int) -> None:
    """A worker must not outlive its service: a watchdog ends it as soon as its parent is gone."""
    # Forked from a server, a worker inherits its signal handlers (uvicorn's catch SIGTERM); restore the
    # defaults, and leave Ctrl+C to the parent, which shuts the pool down itself.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Forked from a command loading with the collector off (app/collector.py); a worker lives long, so it collects,
    # but what it inherited lives as long as it does: frozen, the collector never walks it (its first collection
    # would walk every loaded module's objects, copying the pages it touches away from the parent's).
    gc.freeze()
    gc.enable()

    def watch() -> None:
        # Polling the parent id, not prctl(PR_SET_PDEATHSIG): that fires when the forking *thread* ends.
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


class ClipWorkers:
    def __init__(self, count: int | None = None) -> None:
        self.count = count or os.cpu_count() or 2
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Forks the workers now. Call it before starting threads: forking a threaded process is unsafe."""
        self._started()

    def _started(self) -> ProcessPoolExecutor:
        """The pool, forked if needed (read under the lock: another thread may be restarting it)."""
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    self.count,
                    mp_context=multiprocessing.get_context("fork"),
                    initializer=_die_with_parent,
                    initargs=(os.getpid(),),
                )
                # With fork, the first task forks every worker, at once and before returning; nothing waits for
                # them to answer (the command loads the rest meanwhile).
                self._pool.submit(_ready)
            return self._pool

    def submit(self, function, *args) -> Future:
        pool = self._started()
        try:
            return pool.submit(function, *args)
        except BrokenProcessPool:
            self._restart()
            raise AudioError("A speech worker process died", "it was restarted; narrate the article again") from None

    def _restart(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
