"""The library in PostgreSQL: the same store as SQLite, with the same schema, on a real server."""

from __future__ import annotations

import threading

import psycopg
import pytest

from app.errors import ConfigError, NotFoundError, QueueFullError
from app.library.migrations import SCHEMA_VERSION
from app.library.postgres_store import AdvisoryLocks, PostgresStore
from app.library.store import Store

pytestmark = pytest.mark.slow  # the distributed mode: a PostgreSQL server

SCRIPT = {"title": "Titre", "chapters": [{"title": "Titre", "segments": [{"kind": "title", "text": "Titre"}]}]}


def test_same_schema_as_sqlite(database_url, tmp_path):
    PostgresStore(database_url)
    Store(tmp_path / "db.sqlite3")
    with psycopg.connect(database_url) as connection:
        assert connection.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        columns = [
            row[0]
            for row in connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles' ORDER BY ordinal_position"
            )
        ]
    import sqlite3

    sqlite_columns = [row[1] for row in sqlite3.connect(tmp_path / "db.sqlite3").execute("PRAGMA table_info(articles)")]
    assert columns == sqlite_columns


def test_reopening_keeps_everything_and_ids_are_unique(database_url):
    store = PostgresStore(database_url)
    assert store.add("0123456789abcdef", "Titre", None, SCRIPT, "espeak", 1)
    assert not store.add("0123456789abcdef", "Titre", None, SCRIPT, "espeak", 1)
    record = PostgresStore(database_url).get("0123456789abcdef")
    assert (record.title, record.status, record.script) == ("Titre", "queued", SCRIPT)


def test_states_progress_and_deletion(database_url):
    store = PostgresStore(database_url)
    for article_id in ("a" * 16, "b" * 16, "c" * 16):
        store.add(article_id, "Titre", None, SCRIPT, "espeak", 1)
    store.mark_rendering("a" * 16)
    store.progress("a" * 16, 1, 3, "Chapitre")
    store.mark_ready("b" * 16, "espeak", "asked", 1000, {"chapters": []}, 1234)
    assert store.get("a" * 16).current_chapter == "Chapitre" and store.get("b" * 16).mp3_bytes == 1234
    assert store.resume_interrupted() == ["a" * 16, "c" * 16]
    assert store.statuses() == {"a" * 16: "queued", "b" * 16: "ready", "c" * 16: "queued"}
    store.delete("c" * 16)
    with pytest.raises(NotFoundError):
        store.get("c" * 16)
    with pytest.raises(NotFoundError):
        store.delete("c" * 16)


def test_queue_bound_holds_across_processes_racing(database_url):
    """Two stores (as two API replicas) adding at once never pass the bound together."""
    stores = [PostgresStore(database_url), PostgresStore(database_url)]
    outcomes = []

    def add(index: int) -> None:
        try:
            outcomes.append(stores[index % 2].add(f"{index:016x}", "T", None, SCRIPT, "espeak", 1, max_unfinished=5))
        except QueueFullError:
            outcomes.append("full")

    threads = [threading.Thread(target=add, args=(index,)) for index in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count(True) == 5 and outcomes.count("full") == 7
    assert stores[0].count_unfinished() == 5


def test_newer_schema_is_refused(database_url):
    PostgresStore(database_url)
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(ConfigError, match="newer Narrateur"):
        PostgresStore(database_url)


def test_changes_are_notified(database_url):
    store = PostgresStore(database_url)
    with psycopg.connect(database_url, autocommit=True) as listener:
        listener.execute("LISTEN narrateur_articles")
        store.add("d" * 16, "Titre", None, SCRIPT, "espeak", 1)
        store.progress("d" * 16, 1, 1, None)
        heard = [note.payload for note in listener.notifies(timeout=5, stop_after=2)]
    assert heard == ["d" * 16, "d" * 16]


def test_a_restarted_server_is_waited_for(postgres_server, database_url):
    store = PostgresStore(database_url)
    store.add("e" * 16, "Titre", None, SCRIPT, "espeak", 1)
    postgres_server.stop()
    restart = threading.Timer(1.0, postgres_server.start)
    restart.start()
    try:
        store.mark_rendering("e" * 16)  # waits for the server, then writes
    finally:
        restart.join()
    assert store.get("e" * 16).status == "rendering"


def test_advisory_locks_exclude_across_processes(database_url):
    first, second = AdvisoryLocks(database_url), AdvisoryLocks(database_url)
    order = []
    key = "ab" * 32
    with first.exclusive(key):
        waiter = threading.Thread(target=lambda: second.exclusive(key).__enter__() or order.append("second"))
        waiter.start()
        waiter.join(0.5)
        order.append("first")
    waiter.join(10)
    assert order == ["first", "second"]
