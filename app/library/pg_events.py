"""Telling every API replica's event streams that an article changed: PostgreSQL LISTEN/NOTIFY.

The PostgreSQL store notifies `narrateur_articles` with the article's id whenever a change commits, whichever
process made it (a worker's progress, another replica's deletion). One listening connection per replica wakes
the streams following that article at once; a stream also looks again every few seconds, so a notification
lost while the connection was being re-established delays an update and loses nothing."""

from __future__ import annotations

import logging
import threading

import psycopg

from app.library.events import ArticleEvents
from app.library.postgres_store import CHANNEL

log = logging.getLogger(__name__)
FALLBACK_S = 5.0
RECONNECT_S = 1.0


class PostgresEvents(ArticleEvents):
    """An API replica: changes heard from PostgreSQL, whichever process made them."""

    interval_s = FALLBACK_S

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.listening = threading.Event()
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
                            self.changed(note.payload)
            except psycopg.Error as error:
                if self.listening.is_set():
                    log.warning("article events: the PostgreSQL connection was lost (%s), reconnecting", error)
                self.listening.clear()
                self._stop.wait(RECONNECT_S)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(3)
