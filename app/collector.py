"""The cyclic garbage collector while a command loads: off, then on again once what it needs is loaded.

Start-up makes many objects that live as long as the process (modules, tables, compiled expressions) and no
garbage cycles: the collector would only walk them again and again, about a tenth of the imports' time. A
command run inside another process (the tests run `main` in theirs) leaves the collector as it found it."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def off_while_loading() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def loaded() -> None:
    """What is loaded stays for the whole command: the collector, back on, leaves it alone from now on."""
    gc.freeze()
    gc.enable()


def leaving() -> None:
    """The process ends now: tearing the interpreter down frees every object it holds, and the collections of that
    tear-down would first walk them all (about 40 ms of CPU after a narration, on the user's wait). Frozen, they are
    left alone. Only for a whole process, whose last act this is (app.cli.run)."""
    gc.freeze()
