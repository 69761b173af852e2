"""The library's schema, as migrations both stores apply (SQLite embedded, PostgreSQL distributed).

Each migration is plain SQL that both engines accept (TEXT timestamps in ISO 8601, INTEGER flags), so an article
reads the same from either; a store records the version it reached in `schema_version`."""

from __future__ import annotations

SCHEMA_VERSION = 1
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
}


def statements(current: int) -> list[str]:
    """The statements that take a schema at version `current` to SCHEMA_VERSION, one by one (so they run inside
    the caller's transaction)."""
    return [
        statement.strip()
        for version in range(current + 1, SCHEMA_VERSION + 1)
        for statement in MIGRATIONS[version].split(";")
        if statement.strip()
    ]
