"""Waiting for something to happen without guessing how long it takes: poll it, within a generous deadline."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def eventually(condition: Callable[[], T], timeout_s: float = 30, what: str = "the condition") -> T:
    """The first truthy value `condition()` returns, polled every 10 ms; fails naming `what` after `timeout_s`.

    The deadline only bounds a failing test: a passing one returns as soon as the condition holds, however
    loaded the machine is."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout_s} s")
        time.sleep(0.01)


SERVER_POLL_S = 0.02
"""How often a test's HTTP server (socketserver's serve_forever) looks for a shutdown request: its default, half
a second, made every test that stops a local server wait up to that long."""
