"""Telling every API replica's event streams that an article changed: PostgreSQL LISTEN/NOTIFY.

The PostgreSQL store notifies `narrateur_articles` with the article's id whenever a change commits, whichever
process made it (a worker's progress, another replica's deletion). One listening connection per replica wakes
the streams following that article at once; a stream also looks again every few seconds, so a notification
lost while the connection was being re-established delays an update and loses nothing."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import psycopg

from app.library.events import Changes
from app.library.postgres_store import CHANNEL

log = logging.getLogger(__name__)
FALLBACK_S = 5.0
RECONNECT_S = 1.0


class PostgresEvents:
    interval_s = FALLBACK_S

    def __init__(self, url: str) -> None:
        self.url = url
        self.listening = threading.Event()
        self._followers: dict[str, set[tuple[asyncio.AbstractEventLoop, Changes]]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="article-events", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=5) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        for note in connection.notifies(timeout=1.0):
                            self._wake(note.payload)
            except psycopg.Error as error:
                if self.listening.is_set():
                    log.warning("article events: the PostgreSQL connection was lost (%s), reconnecting", error)
                self.listening.clear()
                self._stop.wait(RECONNECT_S)

    def _wake(self, article_id: str) -> None:
        with self._lock:
            followers = list(self._followers.get(article_id, ()))
        for loop, changes in followers:
            loop.call_soon_threadsafe(changes.event.set)

    @asynccontextmanager
    async def follow(self, article_id: str) -> AsyncIterator[Changes]:
        """Subscribed before the stream first reads the article, so no change falls between read and wait."""
        follower = (asyncio.get_running_loop(), Changes(self.interval_s))
        with self._lock:
            self._followers.setdefault(article_id, set()).add(follower)
        try:
            yield follower[1]
        finally:
            with self._lock:
                self._followers[article_id].discard(follower)
                if not self._followers[article_id]:
                    del self._followers[article_id]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(3)
