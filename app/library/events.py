"""Telling the event streams that an article changed: in one process, they look again at a steady pace."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

POLL_S = 0.5


class Changes:
    """One stream's subscription to one article."""

    def __init__(self, interval_s: float) -> None:
        self.interval_s = interval_s
        self.event = asyncio.Event()

    async def next(self) -> bool:
        """Returns when the article may have changed: True when told so, False after `interval_s` regardless."""
        try:
            await asyncio.wait_for(self.event.wait(), self.interval_s)
            return True
        except TimeoutError:
            return False
        finally:
            self.event.clear()


class PollingEvents:
    """The embedded service: its own jobs write progress in the same process, so a look every half second is
    all a stream needs."""

    interval_s = POLL_S

    @asynccontextmanager
    async def follow(self, article_id: str) -> AsyncIterator[Changes]:
        yield Changes(self.interval_s)

    def close(self) -> None:
        pass
