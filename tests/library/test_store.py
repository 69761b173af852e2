"""The SQLite store: a real file, WAL mode, a versioned schema, one transaction per change, resumable jobs."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.errors import ConfigError, NotFoundError
from app.library.migrations import MIGRATIONS, SCHEMA_VERSION
from app.library.store import Store

SCRIPT = {"title": "Titre", "chapters": [{"title": "Titre", "segments": [{"kind": "title", "text": "Titre"}]}]}


def test_real_file_in_wal_mode_with_schema_version(tmp_path):
    Store(tmp_path / "db.sqlite3")
    connection = sqlite3.connect(tmp_path / "db.sqlite3")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_reopening_keeps_everything(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    assert store.add("0123456789abcdef", "Titre", None, SCRIPT, "espeak", 1)
    assert not store.add("0123456789abcdef", "Titre", None, SCRIPT, "espeak", 1)  # same id: nothing changes
    again = Store(tmp_path / "db.sqlite3")
    record = again.get("0123456789abcdef")
    assert (record.title, record.status, record.script) == ("Titre", "queued", SCRIPT)


def test_interrupted_jobs_resume_finished_ones_stay(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    for article_id in ("a" * 16, "b" * 16, "c" * 16):
        store.add(article_id, "Titre", None, SCRIPT, "espeak", 1)
    store.mark_rendering("a" * 16)
    store.mark_ready("b" * 16, "espeak", "asked", 1000, {"chapters": []}, 1234)
    assert Store(tmp_path / "db.sqlite3").resume_interrupted() == ["a" * 16, "c" * 16]
    assert store.get("a" * 16).status == "queued" and store.get("b" * 16).status == "ready"


def test_a_library_of_the_first_schema_is_upgraded_with_its_articles(tmp_path):
    connection = sqlite3.connect(tmp_path / "db.sqlite3")
    connection.executescript(MIGRATIONS[1])
    connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    connection.execute("INSERT INTO schema_version (version) VALUES (1)")
    connection.execute(
        "INSERT INTO articles (id, title, script_json, engine_requested, status, total_segments, first_chapter_ready,"
        " created_at, updated_at) VALUES ('0123456789abcdef', 'Titre', ?, 'espeak', 'rendering', 1, 1, ?, ?)",
        (json.dumps(SCRIPT), "2026-11-26T10:00:00+00:00", "2026-11-26T10:00:00+00:00"),
    )
    connection.commit()
    record = Store(tmp_path / "db.sqlite3").get("0123456789abcdef")
    assert (record.title, record.status, record.opening_ready) == ("Titre", "rendering", True)
    assert connection.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path):
    Store(tmp_path / "db.sqlite3")
    connection = sqlite3.connect(tmp_path / "db.sqlite3")
    connection.execute("UPDATE schema_version SET version = 99")
    connection.commit()
    with pytest.raises(ConfigError, match="newer Narrateur"):
        Store(tmp_path / "db.sqlite3")


def test_unknown_ids(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    with pytest.raises(NotFoundError):
        store.get("f" * 16)
    with pytest.raises(NotFoundError):
        store.delete("f" * 16)
