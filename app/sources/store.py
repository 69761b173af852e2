"""Sources and their items, in the library's own SQLite database (its schema's second migration).

An item is keyed by its source and its entry's identity, so it is seen once whatever becomes of its entry.
Its status: skipped (old when the source was added), pending (to narrate, now or at `next_attempt_at`),
submitted (its narration is in the library), done, or failed (after its last attempt)."""

from __future__ import annotations

import builtins
import hashlib
import sqlite3
from dataclasses import dataclass

from app.errors import NotFoundError
from app.library.store import Store
from app.sources.feeds import FeedEntry


def source_id(feed_url: str) -> str:
    """Same feed, same id: adding a source twice finds the first."""
    return hashlib.sha256(feed_url.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class SourceRecord:
    id: str
    feed_url: str
    title: str
    engine: str
    interval_s: float
    etag: str | None
    last_modified: str | None
    polled_at: str | None
    next_poll_at: str
    failures: int
    """Polls that failed in a row."""
    error: str | None
    """Why the last poll failed (None once one succeeds)."""
    created_at: str
    counts: dict[str, int]
    """Items by status."""


@dataclass(frozen=True)
class ItemRecord:
    source_id: str
    key: str
    title: str
    link: str | None
    content: str | None
    published: str | None
    status: str
    article_id: str | None
    attempts: int
    next_attempt_at: str | None
    error: str | None


class SourceStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- sources ------------------------------------------------------------------------------------------------

    def add(
        self,
        feed_url: str,
        title: str,
        engine: str,
        interval_s: float,
        entries: tuple[FeedEntry, ...],
        to_narrate: int,
        now: str,
        validators: tuple[str | None, str | None],
        next_poll_at: str,
    ) -> bool:
        """Follows a feed: its entries are recorded as seen, the `to_narrate` newest as pending. False (and
        nothing changes) when it is followed already."""
        identifier = source_id(feed_url)
        with self.store.transaction() as connection:
            if connection.execute("SELECT 1 FROM sources WHERE id = ?", (identifier,)).fetchone():
                return False
            connection.execute(
                "INSERT INTO sources (id, feed_url, title, engine, interval_s, etag, last_modified, polled_at,"
                " next_poll_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (identifier, feed_url, title, engine, interval_s, *validators, now, next_poll_at, now),
            )
            for index, entry in enumerate(entries):
                _insert_item(connection, identifier, entry, "pending" if index < to_narrate else "skipped", now)
        return True

    def get(self, identifier: str) -> SourceRecord:
        with self.store.reading() as connection:
            row = connection.execute("SELECT * FROM sources WHERE id = ?", (identifier,)).fetchone()
            if row is None:
                raise NotFoundError(f"No source with id {identifier!r}")
            return _source(row, _counts(connection, identifier))

    def list(self) -> builtins.list[SourceRecord]:
        with self.store.reading() as connection:
            rows = connection.execute("SELECT * FROM sources ORDER BY created_at").fetchall()
            return [_source(row, _counts(connection, row["id"])) for row in rows]

    def delete(self, identifier: str) -> None:
        """Stops following the source (its narrations stay in the library)."""
        with self.store.transaction() as connection:
            if connection.execute("DELETE FROM sources WHERE id = ?", (identifier,)).rowcount == 0:
                raise NotFoundError(f"No source with id {identifier!r}")

    def due(self, now: str | None) -> builtins.list[SourceRecord]:
        """Sources whose next poll has come (all of them when `now` is None)."""
        return [source for source in self.list() if now is None or source.next_poll_at <= now]

    def polled(self, identifier: str, now: str, next_poll_at: str, validators=None, title: str | None = None) -> None:
        """A poll succeeded (validators and title are None when the feed answered 304 Not Modified)."""
        fields: dict[str, object] = {"polled_at": now, "next_poll_at": next_poll_at, "failures": 0, "error": None}
        if validators is not None:
            fields["etag"], fields["last_modified"] = validators
        if title:
            fields["title"] = title
        self._update_source(identifier, fields)

    def poll_failed(self, identifier: str, error: str, failures: int, now: str, next_poll_at: str) -> None:
        fields = {"polled_at": now, "next_poll_at": next_poll_at, "failures": failures, "error": error}
        self._update_source(identifier, fields)

    def _update_source(self, identifier: str, fields: dict[str, object]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self.store.transaction() as connection:
            connection.execute(f"UPDATE sources SET {assignments} WHERE id = ?", (*fields.values(), identifier))

    # -- items --------------------------------------------------------------------------------------------------

    def add_entries(self, identifier: str, entries: tuple[FeedEntry, ...], now: str) -> int:
        """Records the entries not seen before as pending; returns how many were new."""
        with self.store.transaction() as connection:
            if not connection.execute("SELECT 1 FROM sources WHERE id = ?", (identifier,)).fetchone():
                return 0  # removed while it was being polled
            return sum(_insert_item(connection, identifier, entry, "pending", now) for entry in entries)

    def items(
        self, identifier: str | None = None, statuses: tuple[str, ...] | None = None
    ) -> builtins.list[ItemRecord]:
        query, arguments = "SELECT * FROM source_items WHERE 1 = 1", []
        if identifier is not None:
            query += " AND source_id = ?"
            arguments.append(identifier)
        if statuses:
            query += f" AND status IN ({', '.join('?' * len(statuses))})"
            arguments.extend(statuses)
        with self.store.reading() as connection:
            rows = connection.execute(query + " ORDER BY published DESC, seen_at DESC", arguments).fetchall()
        return [_item(row) for row in rows]

    def due_items(self, now: str | None) -> builtins.list[ItemRecord]:
        """Pending items whose time has come (all pending ones when `now` is None), oldest first."""
        items = self.items(statuses=("pending",))
        due = [item for item in items if now is None or item.next_attempt_at is None or item.next_attempt_at <= now]
        return list(reversed(due))

    def submitted(self, item: ItemRecord, article_id: str, now: str) -> None:
        self._update_item(item, {"status": "submitted", "article_id": article_id, "updated_at": now})

    def done(self, item: ItemRecord, now: str) -> None:
        self._update_item(item, {"status": "done", "error": None, "next_attempt_at": None, "updated_at": now})

    def skipped(self, item: ItemRecord, now: str) -> None:
        """Its narration was deleted from the library: it is not narrated again."""
        self._update_item(item, {"status": "skipped", "updated_at": now})

    def failed(self, item: ItemRecord, error: str, attempts: int, next_attempt_at: str | None, now: str) -> None:
        """One more failed attempt: pending again at `next_attempt_at`, or failed for good when it is None."""
        status = "pending" if next_attempt_at else "failed"
        fields = {"status": status, "error": error, "attempts": attempts, "next_attempt_at": next_attempt_at}
        self._update_item(item, fields | {"updated_at": now})

    def retry(self, identifier: str, now: str) -> int:
        """Failed items of a source pending again, with their attempts counted anew."""
        with self.store.transaction() as connection:
            return connection.execute(
                "UPDATE source_items SET status = 'pending', attempts = 0, next_attempt_at = NULL, updated_at = ?"
                " WHERE source_id = ? AND status = 'failed'",
                (now, identifier),
            ).rowcount

    def article_ids(self, identifier: str) -> set[str]:
        """The library's articles narrated from this source: its podcast."""
        with self.store.reading() as connection:
            rows = connection.execute(
                "SELECT article_id FROM source_items WHERE source_id = ? AND article_id IS NOT NULL", (identifier,)
            ).fetchall()
        return {row[0] for row in rows}

    def _update_item(self, item: ItemRecord, fields: dict[str, object]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self.store.transaction() as connection:
            connection.execute(
                f"UPDATE source_items SET {assignments} WHERE source_id = ? AND item_key = ?",
                (*fields.values(), item.source_id, item.key),
            )


def _insert_item(connection: sqlite3.Connection, identifier: str, entry: FeedEntry, status: str, now: str) -> bool:
    cursor = connection.execute(
        "INSERT INTO source_items (source_id, item_key, link, content, title, published, status,"
        " seen_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, item_key) DO NOTHING",
        (identifier, entry.key, entry.link, entry.content, entry.title, entry.published, status, now, now),
    )
    return cursor.rowcount == 1


def _counts(connection: sqlite3.Connection, identifier: str) -> dict[str, int]:
    rows = connection.execute(
        "SELECT status, COUNT(*) FROM source_items WHERE source_id = ? GROUP BY status", (identifier,)
    ).fetchall()
    return {row[0]: row[1] for row in rows}


def _source(row: sqlite3.Row, counts: dict[str, int]) -> SourceRecord:
    return SourceRecord(**{key: row[key] for key in row.keys()}, counts=counts)


def _item(row: sqlite3.Row) -> ItemRecord:
    return ItemRecord(
        source_id=row["source_id"],
        key=row["item_key"],
        title=row["title"],
        link=row["link"],
        content=row["content"],
        published=row["published"],
        status=row["status"],
        article_id=row["article_id"],
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"],
        error=row["error"],
    )
