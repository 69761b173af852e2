"""`narrateur …` run in this process: `app.cli.main(argv)` with its own arguments, standard streams, environment
and current folder, as a whole process would get them, in milliseconds instead of a Python start-up per case.

Each run leaves the process as it found it: environment, current folder, standard streams and the root logger's
level and handlers (`narrate -v` and `serve` configure the root logger)."""

from __future__ import annotations

import contextlib
import io
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli import main


@dataclass(frozen=True)
class Finished:
    """What a person sees of one command: its exit status and the text of its standard output and error."""

    returncode: int
    stdout: str
    stderr: str


def narrateur(*args: str, stdin: bytes = b"", cwd: Path | None = None, env: dict[str, str] | None = None) -> Finished:
    """Runs `narrateur ARGS` in this process; `env` adds to (never replaces) the environment."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch, root_logger_restored():
        for name, value in (env or {}).items():
            patch.setenv(name, value)
        if cwd is not None:
            patch.chdir(cwd)
        patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(list(args))
            except SystemExit as stop:  # argparse: --help, or arguments it refuses
                status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return Finished(status, out.getvalue(), err.getvalue())


@contextlib.contextmanager
def root_logger_restored() -> Iterator[None]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
