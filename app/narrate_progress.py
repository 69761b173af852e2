"""What `narrateur narrate` shows while it works: a progress bar per input on standard error when that is a
terminal (segments done, the engine speaking, the time left), nothing when it is not; -q silences everything
but the errors, -v adds the log."""

from __future__ import annotations

import sys
import threading
from typing import TextIO


class Display:
    """Bars, summary lines and error lines; the bars only on a terminal (rich is loaded only then)."""

    def __init__(self, quiet: bool = False, verbose: bool = False, stderr: TextIO | None = None) -> None:
        self.quiet = quiet
        self._stderr = stderr or sys.stderr
        self._lock = threading.Lock()
        self._progress = None
        if not quiet and self._stderr.isatty():
            self._progress = _bars(self._stderr)
        _configure_log(quiet, verbose, self._progress)

    def __enter__(self) -> Display:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def track(self, label: str) -> Bar:
        if self._progress is None:
            return Bar()
        return Bar(self._progress, self._progress.add_task(_shorten(label), total=None, engine="", start=True))

    def summary(self, line: str) -> None:
        """One line per input on standard output (above the bars, when they are shown)."""
        if self.quiet:
            return
        with self._lock:
            if self._progress is not None and sys.stdout.isatty():
                self._progress.console.print(line, highlight=False, markup=False, soft_wrap=True)
            else:
                print(line, flush=True)

    def error(self, line: str) -> None:
        with self._lock:
            if self._progress is not None:
                self._progress.console.print(line, highlight=False, markup=False, soft_wrap=True)
            else:
                print(line, file=self._stderr, flush=True)


class Bar:
    """One input's bar; without a terminal every call does nothing."""

    def __init__(self, progress=None, task=None) -> None:
        self._progress = progress
        self._task = task

    def stage(self, label: str, engine: str = "") -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=_shorten(label), engine=engine)

    def advance(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=done, total=total)
            if done == total:
                self._progress.refresh()  # drawn at once: a fast render may end before the next 10 Hz refresh

    def finish(self) -> None:
        if self._progress is not None:
            self._progress.remove_task(self._task)


def _shorten(label: str, width: int = 28) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _bars(stream: TextIO):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=stream, force_terminal=True)
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(bar_width=14),
        MofNCompleteColumn(),
        TextColumn("segments"),
        TextColumn("[cyan]{task.fields[engine]}"),
        TimeRemainingColumn(compact=True),
        TextColumn("left"),
        console=console,
        redirect_stdout=False,
        redirect_stderr=False,
        transient=True,
    )


def _configure_log(quiet: bool, verbose: bool, progress) -> None:
    """-v: the log at INFO on standard error (above the bars); otherwise the command set errors only
    (app.log_choices.errors_only_log)."""
    if not verbose:
        return
    import logging

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if progress is not None:
        from rich.logging import RichHandler

        handler: logging.Handler = RichHandler(console=progress.console, show_path=False)
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
