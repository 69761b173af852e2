"""Who follows an article learns at once that it changed: the event streams wait on this instead of polling.

Narrations run in threads and the event streams in the event loop: a change wakes each stream through its own
loop (call_soon_threadsafe). Streams still look again every few seconds on their own, for changes made by
another process.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator


class ArticleChanges:
    def __init__(self) -> None:
        self._followers: dict[str, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}
        self._lock = threading.Lock()

    def changed(self, article_id: str) -> None:
        """Wakes every stream following this article (callable from any thread)."""
        with self._lock:
            followers = list(self._followers.get(article_id, ()))
        for loop, event in followers:
            with contextlib.suppress(RuntimeError):  # that loop has closed: its stream is gone
                loop.call_soon_threadsafe(event.set)

    @contextlib.contextmanager
    def following(self, article_id: str) -> Iterator[asyncio.Event]:
        """An event set whenever the article changes (clear it before looking at the article again)."""
        follower = (asyncio.get_running_loop(), asyncio.Event())
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
