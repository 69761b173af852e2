"""A time budget for one piece of work (a fetch, a parse, a narration) that also ends when the work is cancelled."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from app.errors import NarrateurError, TimeLimitError, WorkCancelledError


class Deadline:
    """Shared by the one who waits (a request, a job) and the work it started, across threads.

    The work calls `check()` between its steps and gives `remaining()` as the timeout of anything that blocks;
    the waiter calls `cancel()` when nobody wants the result any more (the client left, the article was deleted,
    the service is stopping)."""

    def __init__(
        self, seconds: float, expired: Callable[[], NarrateurError] | None = None, within: Deadline | None = None
    ) -> None:
        self.seconds = seconds
        """Seconds of wall time, from now."""
        self._ends_at = time.monotonic() + seconds
        self._cancelled = threading.Event()
        self._reason = ""
        self._expired = expired or (lambda: TimeLimitError(f"The work took longer than {seconds:g} s and was stopped"))
        self._within = within
        """A larger piece of work this one is part of: when it ends, so does this."""

    def remaining(self) -> float:
        """Seconds left (0 when expired or cancelled)."""
        if self.cancelled:
            return 0.0
        left = max(0.0, self._ends_at - time.monotonic())
        return min(left, self._within.remaining()) if self._within else left

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self._ends_at or bool(self._within and self._within.expired)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set() or bool(self._within and self._within.cancelled)

    def cancel(self, reason: str = "The work was stopped because nobody waits for it any more") -> None:
        self._reason = reason
        self._cancelled.set()

    def check(self) -> None:
        """Raises when the work should stop: WorkCancelledError, or the error of the deadline that passed."""
        if self._cancelled.is_set():
            raise WorkCancelledError(self._reason)
        if self._within and self._within.cancelled:
            self._within.check()
        if time.monotonic() >= self._ends_at:
            raise self._expired()
        if self._within:
            self._within.check()
