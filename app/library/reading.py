"""Reading an article (finding it in the page, writing its speech text) in a worker process of its own.

A page is untrusted input: however it is built, reading it must end. Each reading runs in a fresh process
forked from a small, single-threaded fork server (safe to fork, whatever threads the service runs), with a
bound on its CPU time and memory set by the kernel, and a wall-time deadline kept by the service: when the
deadline passes, or the client leaves, the process is killed and its CPU is free again at once."""

from __future__ import annotations

import logging
import multiprocessing
import resource
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.article import Article, parse_article
from app.deadline import Deadline
from app.errors import BusyError, InputError, NarrateurError, ParseTimeoutError
from app.speechtext import load_lexicon, speech_article

log = logging.getLogger(__name__)
MEMORY_LIMIT_BYTES = 4 * 1024**3
"""Address space a reading may use: far more than any article needs, far less than the machine has."""
POLL_S = 0.1
"""How often the service looks at a reading's deadline while it waits for it."""
PRELOADED = [
    "app.library.reading",
    "app.article.structure",
    "app.article.plain_text",
    "app.article.html_page",
    "trafilatura",
    "app.speechtext",
]
"""Everything a reading imports, loaded once in the fork server: each reading forked from it starts ready."""


@dataclass(frozen=True)
class Reading:
    """What to read, and how: everything the worker process needs (it shares nothing else with the service)."""

    source: bytes | str
    input_format: str = "auto"
    source_url: str | None = None
    max_bytes: int = 2_000_000
    lexicon_path: Path | None = None


def script_of(reading: Reading) -> Article:
    """The article with its speech text (runs in the worker process)."""
    article = parse_article(reading.source, reading.input_format, reading.max_bytes, reading.source_url)  # type: ignore[arg-type]
    return speech_article(article, lexicon=load_lexicon(reading.lexicon_path))


def _worker(connection, function: Callable[..., Any], argument: Any, cpu_s: int) -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    try:
        outcome: tuple[str, Any] = ("done", function(argument))
    except NarrateurError as error:
        outcome = ("error", error)
    except MemoryError:
        outcome = ("memory", None)
    except BaseException as error:  # noqa: BLE001 - reported to the service, which logs it
        outcome = ("crash", f"{type(error).__name__}: {error}")
    connection.send(outcome)
    connection.close()


class PageReaders:
    """At most `slots` readings at once; each bounded to `timeout_s` of wall time and of CPU time."""

    def __init__(self, slots: int, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self._slots = threading.BoundedSemaphore(slots)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOADED)

    def start(self) -> None:
        """Starts the fork server now, so that its imports are done before the first article arrives (without
        this, the first reading of a fresh service waits for them: most of its time to first audio)."""
        from multiprocessing import forkserver

        forkserver.ensure_running()

    def read(self, reading: Reading, within: Deadline | None = None) -> Article:
        return self.run(script_of, reading, within)

    def run(self, function: Callable[..., Any], argument: Any, within: Deadline | None = None) -> Any:
        """`function(argument)` in a worker process (both picklable, the function importable by name)."""
        deadline = Deadline(self.timeout_s, self._too_long, within)
        self._take_slot(deadline)
        try:
            return self._run(function, argument, deadline)
        finally:
            self._slots.release()

    def _take_slot(self, deadline: Deadline) -> None:
        while not self._slots.acquire(timeout=min(POLL_S, max(deadline.remaining(), 0.001))):
            if deadline.cancelled:
                deadline.check()
            if deadline.remaining() <= 0:
                raise BusyError("Too many articles are being read at once: try again in a few seconds")

    def _run(self, function: Callable[..., Any], argument: Any, deadline: Deadline) -> Any:
        receiver, sender = self._context.Pipe(duplex=False)
        cpu_s = max(1, round(self.timeout_s))
        process = self._context.Process(target=_worker, args=(sender, function, argument, cpu_s), daemon=True)
        process.start()
        sender.close()
        try:
            while not receiver.poll(min(POLL_S, max(deadline.remaining(), 0.001))):
                if deadline.cancelled or deadline.remaining() <= 0:
                    log.warning(
                        "reading stopped after %.1f s: %s",
                        self.timeout_s - deadline.remaining(),
                        "the client left" if deadline.cancelled else "its deadline passed",
                    )
                    deadline.check()
                if not process.is_alive() and not receiver.poll(0):
                    raise self._died(process.exitcode)
            try:
                kind, value = receiver.recv()
            except EOFError:
                process.join(5)
                raise self._died(process.exitcode) from None
        finally:
            receiver.close()
            if process.is_alive():
                process.kill()
            process.join(5)
        if kind == "done":
            return value
        if kind == "error":
            raise value
        if kind == "memory":
            raise InputError("The page is too large to read: reading it needed more memory than Narrateur allows")
        log.error("reading a page failed unexpectedly: %s", value)
        raise InputError("The page could not be read", "the reader failed unexpectedly; the error was logged")

    def _too_long(self) -> ParseTimeoutError:
        return ParseTimeoutError(
            f"Reading the page took longer than {self.timeout_s:g} s and was stopped",
            "the page is too large or too complex to narrate",
        )

    def _died(self, exitcode: int | None) -> NarrateurError:
        if exitcode == -signal.SIGXCPU:
            return self._too_long()
        if exitcode == -signal.SIGKILL:  # the kernel's out-of-memory killer, most likely
            return InputError("The page is too large to read: reading it needed more memory than Narrateur allows")
        log.error("the process reading a page ended with status %s", exitcode)
        return InputError("The page could not be read", "the reader stopped unexpectedly; the error was logged")
