"""The library in PostgreSQL (psycopg 3): the same store, the same schema and migrations as the SQLite one.

Every API and worker process shares it. Writes are serialized by one transaction-level advisory lock, so the
checks the SQLite store makes under BEGIN IMMEDIATE (an id taken, a full queue) hold across processes too. Each
change notifies `narrateur_articles` with the article's id when it commits: every API replica hears it (LISTEN)
and tells the browsers following that article. A restarted or unreachable server is waited for, within a bound:
the pool replaces dead connections and each operation is tried again until the server answers."""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import psycopg_pool

from app.errors import ConfigError, StorageError
from app.library.migrations import SCHEMA_VERSION, upgrade
from app.library.store import Store

log = logging.getLogger(__name__)
CHANNEL = "narrateur_articles"
WRITE_LOCK = 0x6E617272  # "narr": the advisory lock every write transaction takes
MIGRATION_LOCK = 0x6E61726D
RETRY_FIRST_S = 0.2
RETRY_MAX_S = 2.0


class _Row(tuple):
    """A row read by name or by position, as sqlite3.Row is (the shared store code uses both)."""

    _names: dict[str, int]

    def __new__(cls, values, names: dict[str, int]):
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key):
        return super().__getitem__(self._names[key] if isinstance(key, str) else key)


def _row_factory(cursor):
    names = {column.name: index for index, column in enumerate(cursor.description or ())}
    return lambda values: _Row(values, names)


class _Connection:
    """A psycopg connection that takes the store's SQL as written for SQLite (`?` placeholders)."""

    def __init__(self, raw: psycopg.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: tuple = ()):
        return self.raw.execute(sql.replace("?", "%s"), parameters)


class PostgresStore(Store):
    def __init__(self, url: str, pool_size: int = 8, retry_s: float = 60.0) -> None:
        self.path = Path("PostgreSQL")  # named in the store's messages (a name, not a file)
        self._on_change = lambda _article_id: None  # every process hears the change by NOTIFY instead
        self.retry_s = retry_s
        """How long an operation waits for an unreachable server before it fails."""
        self._pool = psycopg_pool.ConnectionPool(
            url,
            min_size=1,
            max_size=pool_size,
            open=False,
            check=psycopg_pool.ConnectionPool.check_connection,
            kwargs={"autocommit": True, "row_factory": _row_factory},
            name="narrateur-library",
        )
        try:
            self._pool.open(wait=True, timeout=retry_s)
        except psycopg_pool.PoolTimeout:
            raise StorageError(
                "The library's PostgreSQL database cannot be reached", "check NARRATEUR_DATABASE_URL and the server"
            ) from None
        self._retrying(self._migrate)()
        self.unwritable = None

    def close(self) -> None:
        self._pool.close()

    # The store's SQL only calls execute(): the adapter stands in for sqlite3.Connection (hence the ignores).
    @contextmanager
    def _connect(self, writing: bool = False) -> Iterator[_Connection]:  # type: ignore[override]
        with self._pool.connection(timeout=self.retry_s) as raw:
            yield _Connection(raw)

    @contextmanager
    def _transaction(self) -> Iterator[_Connection]:  # type: ignore[override]
        with self._pool.connection(timeout=self.retry_s) as raw, raw.transaction():
            raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield _Connection(raw)

    def _changed(self, connection: _Connection, article_id: str) -> None:
        connection.execute("SELECT pg_notify(?, ?)", (CHANNEL, article_id))

    def _migrate(self) -> None:
        with self._pool.connection() as raw, raw.transaction():
            raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))  # replicas starting together
            raw.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = raw.execute("SELECT version FROM schema_version").fetchone()
            current = row[0] if row else 0
            if current > SCHEMA_VERSION:
                raise ConfigError(
                    f"The PostgreSQL library was written by a newer Narrateur (schema {current})",
                    "upgrade Narrateur or use another NARRATEUR_DATABASE_URL",
                )
            upgrade(_Connection(raw), current)

    def _retrying(self, operation: Callable) -> Callable:
        @functools.wraps(operation)
        def attempt(*args, **kwargs):
            deadline = time.monotonic() + self.retry_s
            pause = RETRY_FIRST_S
            while True:
                try:
                    return operation(*args, **kwargs)
                except (psycopg.OperationalError, psycopg_pool.PoolTimeout) as error:
                    if time.monotonic() + pause > deadline:
                        raise StorageError("The library's PostgreSQL database cannot be reached", str(error)) from None
                    log.warning("PostgreSQL unreachable (%s): trying again in %.1f s", error, pause)
                    time.sleep(pause)
                    pause = min(pause * 2, RETRY_MAX_S)

        return attempt


class AdvisoryLocks:
    """Locks held by one process of the cluster at a time: PostgreSQL session advisory locks on a pool of their
    own, so holders never starve the library of connections. A process that dies drops its locks with its
    connections, so no lock outlives its holder."""

    def __init__(self, url: str, size: int = 8, retry_s: float = 60.0) -> None:
        self.retry_s = retry_s
        # Opened on first use: the pool's threads must not exist yet when the speech workers are forked.
        self._pool = psycopg_pool.ConnectionPool(
            url,
            min_size=1,
            max_size=size,
            open=False,
            check=psycopg_pool.ConnectionPool.check_connection,
            kwargs={"autocommit": True},
            name="narrateur-locks",
        )
        self._opened = False
        self._opening = threading.Lock()

    @contextlib.contextmanager
    def exclusive(self, key: str) -> Iterator[None]:
        number = _lock_number(key)
        connection = self._acquire(number)
        try:
            yield
        finally:
            with contextlib.suppress(psycopg.Error):  # a dead connection took the lock with it
                connection.execute("SELECT pg_advisory_unlock(%s)", (number,))
            self._pool.putconn(connection)

    def _acquire(self, number: int) -> psycopg.Connection:
        """A connection holding the lock; an unreachable server is waited for, within `retry_s`."""
        with self._opening:
            if not self._opened:
                self._pool.open(wait=False)
                self._opened = True
        deadline = time.monotonic() + self.retry_s
        pause = RETRY_FIRST_S
        while True:
            try:
                connection = self._pool.getconn(timeout=self.retry_s)
                try:
                    connection.execute("SELECT pg_advisory_lock(%s)", (number,))
                    return connection
                except BaseException:
                    self._pool.putconn(connection)
                    raise
            except (psycopg.OperationalError, psycopg_pool.PoolTimeout) as error:
                if time.monotonic() + pause > deadline:
                    raise StorageError("The cluster's PostgreSQL database cannot be reached", str(error)) from None
                log.warning("PostgreSQL unreachable for a lock (%s): trying again in %.1f s", error, pause)
                time.sleep(pause)
                pause = min(pause * 2, RETRY_MAX_S)

    def close(self) -> None:
        self._pool.close()


def _lock_number(key: str) -> int:
    """A signed 64-bit advisory lock number from a hex key (a clip's sha256)."""
    return int(key[:16], 16) - (1 << 63)


def _retried(operation: Callable) -> Callable:
    @functools.wraps(operation)
    def retried(self: PostgresStore, *args, **kwargs):
        return self._retrying(functools.partial(operation, self))(*args, **kwargs)

    return retried


# Every operation of the store is tried again while the server restarts (each is one transaction: a retried one
# either never happened or is re-checked inside its own transaction, as `add` checks the id it inserts).
for _name in (
    "get",
    "list",
    "ids",
    "unfinished",
    "count_unfinished",
    "add",
    "requeue",
    "mark_queued",
    "adopt",
    "mark_rendering",
    "progress",
    "mark_opening_ready",
    "mark_ready",
    "mark_failed",
    "statuses",
    "resume_interrupted",
    "delete",
):
    setattr(PostgresStore, _name, _retried(getattr(Store, _name)))
