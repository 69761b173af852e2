"""The library's schema, as migrations both stores apply (SQLite embedded, PostgreSQL distributed).

Each migration is plain SQL that both engines accept (TEXT timestamps in ISO 8601, INTEGER flags), so an article
reads the same from either; a store records the version it reached in `schema_version`."""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 3
MIGRATIONS = {
    1: """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        source_url TEXT,
        script_json TEXT NOT NULL,
        engine_requested TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'rendering', 'ready', 'failed')),
        done_segments INTEGER NOT NULL DEFAULT 0,
        total_segments INTEGER NOT NULL,
        current_chapter TEXT,
        first_chapter_ready INTEGER NOT NULL DEFAULT 0,
        engine_used TEXT,
        engine_note TEXT,
        error TEXT,
        duration_ms INTEGER,
        timeline_json TEXT,
        mp3_bytes INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        published_at TEXT
    );
    CREATE INDEX articles_status ON articles (status);
    CREATE INDEX articles_created ON articles (created_at);
    """,
    # Sources (app/sources/): publishers' feeds followed, and each of their items seen once.
    2: """
    CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        feed_url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        engine TEXT NOT NULL,
        interval_s REAL NOT NULL,
        etag TEXT,
        last_modified TEXT,
        polled_at TEXT,
        next_poll_at TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE source_items (
        source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        link TEXT,
        content TEXT,
        title TEXT NOT NULL,
        published TEXT,
        status TEXT NOT NULL CHECK (status IN ('skipped', 'pending', 'submitted', 'done', 'failed')),
        article_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        error TEXT,
        seen_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (source_id, item_key)
    );
    CREATE INDEX source_items_status ON source_items (status, next_attempt_at);
    CREATE INDEX source_items_article ON source_items (article_id);
    """,
    # The early file is the opening (its first seconds), no longer the whole first chapter.
    3: "ALTER TABLE articles RENAME COLUMN first_chapter_ready TO opening_ready;",
}


def upgrade(connection: Any, current: int) -> None:
    """Takes a schema at version `current` to SCHEMA_VERSION inside the caller's transaction, its version
    recorded; `connection.execute` takes SQLite's `?` placeholders (the PostgreSQL store adapts them)."""
    for statement in statements(current):
        connection.execute(statement)
    if current == 0:
        connection.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
    elif current < SCHEMA_VERSION:
        connection.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))


def statements(current: int) -> list[str]:
    """The statements that take a schema at version `current` to SCHEMA_VERSION, one by one (so they run inside
    the caller's transaction)."""
    return [
        statement.strip()
        for version in range(current + 1, SCHEMA_VERSION + 1)
        for statement in MIGRATIONS[version].split(";")
        if statement.strip()
    ]
