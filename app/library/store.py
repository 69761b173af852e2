"""The library's SQLite store: articles, their scripts and timelines, and the state of their narration jobs.

One file under the data folder, WAL mode, a versioned schema; every change is one transaction, so a crash
leaves each article either before or after a change, never half-way."""

from __future__ import annotations

import builtins
import json
import logging
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path

from app.errors import ConfigError, DamagedArticleError, DiskFullError, NotFoundError, QueueFullError, StorageError
from app.library.migrations import SCHEMA_VERSION, upgrade

log = logging.getLogger(__name__)


class Status(StrEnum):
    """Where an article's narration stands; the values are what the database and the JSON hold."""

    QUEUED = "queued"
    RENDERING = "rendering"
    READY = "ready"
    FAILED = "failed"


FINAL = (Status.READY, Status.FAILED)
"""The statuses a narration ends in: nothing changes them but a new narration."""
UNFINISHED = (Status.QUEUED, Status.RENDERING)
"""The statuses of a narration waiting for a worker or being made."""


@dataclass(frozen=True)
class ArticleRecord:
    id: str
    title: str
    source_url: str | None
    script: dict
    engine_requested: str
    status: Status
    done_segments: int
    total_segments: int
    current_chapter: str | None
    opening_ready: bool
    """The opening of the narration is playable (published before the whole of it)."""
    engine_used: str | None
    engine_note: str | None
    error: str | None
    duration_ms: int | None
    timeline: dict | None
    mp3_bytes: int | None
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class Store:
    def __init__(self, path: Path, on_change: Callable[[str], None] | None = None) -> None:
        """`on_change(article_id)` is called after every change to an article (the event streams follow it)."""
        self.path = Path(path)
        self._on_change = on_change or (lambda _article_id: None)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(f"The data folder {self.path.parent} cannot be created", error.strerror) from None
        self._write_lock = threading.Lock()
        self._migrate()
        # SQLite removes the WAL files when its last connection closes, and must create them again to read:
        # on a full disk it cannot. One idle connection for the store's life keeps them, so reading always works.
        try:
            self._keeper = sqlite3.connect(self.path, check_same_thread=False)
            self._keeper.execute("SELECT COUNT(*) FROM articles").fetchone()  # opens (so creates) the WAL files
        except sqlite3.Error as error:
            raise storage_error(error, self.path, False) from None
        self.unwritable = self._write_problem()
        """Why the database cannot be written (None when it can): the library is then served read-only."""
        if self.unwritable:
            log.error(
                "the library database %s cannot be written (%s): the library is served, new narrations are refused",
                self.path,
                self.unwritable,
            )

    def _write_problem(self) -> str | None:
        """Why nothing can be written, if so (a full disk is not such a reason: it passes)."""
        try:
            with self._connect(writing=True) as connection:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    connection.execute("UPDATE schema_version SET version = version")
                finally:
                    connection.execute("ROLLBACK")
        except StorageError as error:
            return error.probable_cause or str(error)
        except DiskFullError:
            pass
        return None

    def close(self) -> None:
        self._keeper.close()

    def _changed(self, connection, article_id: str) -> None:
        """Called inside each transaction that changes an article (a store shared between processes tells them)."""

    @contextmanager
    def _connect(self, writing: bool = False) -> Iterator[sqlite3.Connection]:
        connection = None
        try:
            connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed change
            yield connection
        except sqlite3.Error as error:
            raise storage_error(error, self.path, writing) from None
        finally:
            if connection is not None:
                connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._write_lock, self._connect(writing=True) as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    def transaction(self):
        """One write transaction on the library's database, for the stages that keep their tables there."""
        return self._transaction()

    def reading(self):
        """A connection to read the library's database."""
        return self._connect()

    def _migrate(self) -> None:
        with self._connect(writing=True) as connection:
            connection.execute("PRAGMA journal_mode = WAL")
        with self._transaction() as connection:
            connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = connection.execute("SELECT version FROM schema_version").fetchone()
            current = row["version"] if row else 0
            if current > SCHEMA_VERSION:
                raise ConfigError(
                    f"The database {self.path} was written by a newer Narrateur (schema {current})",
                    "upgrade Narrateur or use another NARRATEUR_DATA_DIR",
                )
            upgrade(connection, current)  # statement by statement: executescript would commit the transaction

    # -- reading ------------------------------------------------------------------------------------------------

    def get(self, article_id: str) -> ArticleRecord:
        with self._connect() as connection:
            row = connection.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"No article with id {article_id!r}")
        return _record(row)

    def list(self) -> builtins.list[ArticleRecord]:
        """Every article that can be read; a damaged row is left out (and logged), never fails the list."""
        with self._connect() as connection:
            rows = connection.execute("SELECT * FROM articles ORDER BY created_at DESC").fetchall()
        records = []
        for row in rows:
            try:
                records.append(_record(row))
            except DamagedArticleError as error:
                log.error("%s", error)
        return records

    def ids(self) -> set[str]:
        with self._connect() as connection:
            return {row[0] for row in connection.execute("SELECT id FROM articles")}

    def unfinished(self) -> builtins.list[str]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT id FROM articles WHERE status IN (?, ?) ORDER BY created_at", UNFINISHED
            ).fetchall()
        return [row["id"] for row in rows]

    def count_unfinished(self) -> int:
        with self._connect() as connection:
            return connection.execute("SELECT COUNT(*) FROM articles WHERE status IN (?, ?)", UNFINISHED).fetchone()[0]

    # -- writing ------------------------------------------------------------------------------------------------

    def add(
        self,
        article_id: str,
        title: str,
        source_url: str | None,
        script: dict,
        engine: str,
        total: int,
        max_unfinished: int | None = None,
    ) -> bool:
        """Adds a queued article; False when an article with this id exists already (nothing changes then).
        With `max_unfinished`, a new article finding that many queued or rendering is refused (QueueFullError):
        the count and the insert are one transaction, so concurrent requests cannot both pass the check."""
        stamp = now()
        with self._transaction() as connection:
            if connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                return False
            _check_room(connection, max_unfinished)
            connection.execute(
                "INSERT INTO articles (id, title, source_url, script_json, engine_requested, status,"
                " total_segments, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    title,
                    source_url,
                    json.dumps(script, ensure_ascii=False),
                    engine,
                    Status.QUEUED,
                    total,
                    stamp,
                    stamp,
                ),
            )
            self._changed(connection, article_id)
            return True

    def requeue(
        self,
        article_id: str,
        engine: str | None = None,
        *,
        max_unfinished: int | None = None,
        script: dict | None = None,
    ) -> None:
        """Narrates an article again (failed, missing its files, or damaged: then `script` replaces its own),
        with another engine if one is given; refused like a new article when `max_unfinished` are waiting."""
        fields = {
            "status": Status.QUEUED,
            "error": None,
            "done_segments": 0,
            "opening_ready": 0,
            "timeline_json": None,
            "updated_at": now(),
        }
        if script is not None:
            fields["script_json"] = json.dumps(script, ensure_ascii=False)
        if engine is not None:
            fields["engine_requested"] = engine
        with self._transaction() as connection:
            _check_room(connection, max_unfinished)
            assignments = ", ".join(f"{name} = ?" for name in fields)
            connection.execute(f"UPDATE articles SET {assignments} WHERE id = ?", (*fields.values(), article_id))
            self._changed(connection, article_id)
        self._on_change(article_id)

    def mark_queued(self, article_id: str) -> None:
        """A narration stopped by a shutdown waits for the next start."""
        self._update(article_id, status=Status.QUEUED)

    def adopt(self, record: dict) -> bool:
        """Adds a ready article from its published record (a database rebuilt from the folders)."""
        with self._transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO articles (id, title, source_url, script_json, engine_requested, status,"
                " done_segments, total_segments, opening_ready, engine_used, engine_note, duration_ms,"
                " timeline_json, mp3_bytes, created_at, updated_at, published_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                (
                    record["id"],
                    record["title"],
                    record.get("source_url"),
                    json.dumps(record["script"], ensure_ascii=False),
                    record.get("engine_requested", "auto"),
                    Status.READY,
                    record["total_segments"],
                    record["total_segments"],
                    record.get("engine_used"),
                    record.get("engine_note"),
                    record["duration_ms"],
                    json.dumps(record["timeline"]),
                    record["mp3_bytes"],
                    record["created_at"],
                    now(),
                    record["published_at"],
                ),
            )
            return cursor.rowcount == 1

    def mark_rendering(self, article_id: str) -> None:
        self._update(article_id, status=Status.RENDERING)

    def progress(self, article_id: str, done: int, total: int, chapter: str | None) -> None:
        self._update(article_id, done_segments=done, total_segments=total, current_chapter=chapter)

    def mark_opening_ready(self, article_id: str) -> None:
        self._update(article_id, opening_ready=1)

    def mark_ready(
        self, article_id: str, engine: str, note: str, duration_ms: int, timeline: dict, mp3_bytes: int
    ) -> None:
        self._update(
            article_id,
            status=Status.READY,
            engine_used=engine,
            engine_note=note,
            duration_ms=duration_ms,
            timeline_json=json.dumps(timeline),
            mp3_bytes=mp3_bytes,
            published_at=now(),
            error=None,
        )

    def mark_failed(self, article_id: str, error: str) -> None:
        self._update(article_id, status=Status.FAILED, error=error, opening_ready=0)

    def statuses(self) -> dict[str, str]:
        """Every article's status by id (read even when a row's other columns are damaged)."""
        with self._connect() as connection:
            return {row[0]: row[1] for row in connection.execute("SELECT id, status FROM articles")}

    def resume_interrupted(self) -> builtins.list[str]:
        """At start-up: narrations a crash or restart interrupted go back in the queue."""
        with self._transaction() as connection:
            connection.execute(
                "UPDATE articles SET status = ?, updated_at = ? WHERE status = ?",
                (Status.QUEUED, now(), Status.RENDERING),
            )
        return self.unfinished()

    def delete(self, article_id: str) -> None:
        with self._transaction() as connection:
            if connection.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount == 0:
                raise NotFoundError(f"No article with id {article_id!r}")
            self._changed(connection, article_id)
        self._on_change(article_id)

    def _update(self, article_id: str, **fields) -> None:
        fields["updated_at"] = now()
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self._transaction() as connection:
            connection.execute(f"UPDATE articles SET {assignments} WHERE id = ?", (*fields.values(), article_id))
            self._changed(connection, article_id)
        self._on_change(article_id)


def _check_room(connection: sqlite3.Connection, max_unfinished: int | None) -> None:
    if max_unfinished is None:
        return
    waiting = connection.execute("SELECT COUNT(*) FROM articles WHERE status IN (?, ?)", UNFINISHED).fetchone()[0]
    if waiting >= max_unfinished:
        raise QueueFullError("Too many narrations are waiting: try again in a few minutes")


def storage_error(error: sqlite3.Error, path: Path, writing: bool) -> StorageError | DiskFullError:
    """One sentence for what SQLite reports, naming the file and what to do."""
    text = str(error)
    full = "full" in text or (writing and "disk I/O error" in text and _disk_full(path))
    if full:
        return DiskFullError(f"The disk is full: the library at {path} cannot be saved", "free some space on that disk")
    action = "written" if writing or "readonly" in text else "read"
    log.error("library database %s: %s", path, text)
    return StorageError(f"The library's database {path} cannot be {action}", text)


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1_000_000
    except OSError:
        return False


def _record(row: sqlite3.Row) -> ArticleRecord:
    try:
        return _decoded(row)
    except (ValueError, TypeError, KeyError) as error:
        raise DamagedArticleError(
            f"The article {row['id']} is damaged in the library and cannot be read: delete it and narrate it again"
        ) from error


def _decoded(row: sqlite3.Row) -> ArticleRecord:
    parse = lambda value: datetime.fromisoformat(value) if value else None  # noqa: E731
    script = json.loads(row["script_json"])
    timeline = json.loads(row["timeline_json"]) if row["timeline_json"] else None
    if not isinstance(script, dict) or not isinstance(script.get("chapters"), list):
        raise ValueError("the script is not an article")
    if timeline is not None and not isinstance(timeline, dict):
        raise ValueError("the timeline is not a timeline")
    return ArticleRecord(
        id=row["id"],
        title=row["title"],
        source_url=row["source_url"],
        script=script,
        engine_requested=row["engine_requested"],
        status=Status(row["status"]),
        done_segments=row["done_segments"],
        total_segments=row["total_segments"],
        current_chapter=row["current_chapter"],
        opening_ready=bool(row["opening_ready"]),
        engine_used=row["engine_used"],
        engine_note=row["engine_note"],
        error=row["error"],
        duration_ms=row["duration_ms"],
        timeline=timeline,
        mp3_bytes=row["mp3_bytes"],
        created_at=datetime.fromisoformat(row["created_at"]),  # NOT NULL in the schema
        updated_at=datetime.fromisoformat(row["updated_at"]),
        published_at=parse(row["published_at"]),
    )
