"""Who follows an article learns at once that it changed: the event streams wait on this instead of polling.

Narrations run in threads (or, distributed, in other processes) and the event streams in the event loop: a change
wakes each stream following that article through its own loop (call_soon_threadsafe). A stream also looks again
every `interval_s` on its own, so a change told nobody (another process writing the embedded database, a
notification lost while PostgreSQL reconnected) delays an update and loses nothing."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator

LOOK_AGAIN_S = 1.0


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


class ArticleEvents:
    """The embedded service: its store calls `changed` after each change it commits."""

    interval_s = LOOK_AGAIN_S

    def __init__(self) -> None:
        self._followers: dict[str, set[tuple[asyncio.AbstractEventLoop, Changes]]] = {}
        self._lock = threading.Lock()

    def changed(self, article_id: str) -> None:
        """Wakes every stream following this article (callable from any thread)."""
        with self._lock:
            followers = list(self._followers.get(article_id, ()))
        for loop, changes in followers:
            with contextlib.suppress(RuntimeError):  # that loop has closed: its stream is gone
                loop.call_soon_threadsafe(changes.event.set)

    @contextlib.asynccontextmanager
    async def follow(self, article_id: str) -> AsyncIterator[Changes]:
        """Subscribed before the stream first reads the article, so no change falls between read and wait."""
        follower = (asyncio.get_running_loop(), Changes(self.interval_s))
        with self._lock:
            self._followers.setdefault(article_id, set()).add(follower)
        try:
            yield follower[1]
        finally:
            with self._lock:
                followers = self._followers.get(article_id, set())
                followers.discard(follower)
                if not followers:
                    self._followers.pop(article_id, None)

    def close(self) -> None:
        pass
