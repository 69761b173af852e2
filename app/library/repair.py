"""The library heals at start-up: the database and the published folders are made to agree.

Each published folder holds `narration.json`, the article's record (script, timeline, engine), written before
its audio. So a database that was damaged or lost is rebuilt from the folders; a folder that is no narration
is removed rather than served; a ready article whose audio is missing is narrated again."""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.library.store import ArticleRecord, Status, Store, storage_error
from app.publish.folder import MP3_NAME
from app.regexes import compiled

log = logging.getLogger(__name__)
RECORD_JSON = "narration.json"
RECORD_VERSION = 1
ARTICLE_ID = compiled(r"[0-9a-f]{16}")


@dataclass(frozen=True)
class Repairs:
    adopted: int = 0
    """Folders whose article was missing from the database, added back as ready."""
    removed: int = 0
    """Folders that were no narration (or a failed one's leftovers), removed."""
    requeued: int = 0
    """Ready articles whose audio was missing, narrated again."""


def narration_record(
    record: ArticleRecord, engine: str, note: str, duration_ms: int, timeline: dict, published: datetime
) -> bytes:
    """What a folder says about its narration, enough to rebuild its row."""
    document = {
        "version": RECORD_VERSION,
        "id": record.id,
        "title": record.title,
        "source_url": record.source_url,
        "script": record.script,
        "engine_requested": record.engine_requested,
        "engine_used": engine,
        "engine_note": note,
        "duration_ms": duration_ms,
        "timeline": timeline,
        "total_segments": record.total_segments,
        "created_at": record.created_at.isoformat(),
        "published_at": published.isoformat(timespec="milliseconds"),
    }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def set_aside_if_damaged(database: Path) -> Path | None:
    """Moves a database that fails SQLite's integrity check aside (kept, never deleted), so that a new one is
    started and rebuilt from the folders; returns where it went."""
    problem = _damage(database)
    if not problem:
        return None
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    log.error("the library database %s is damaged (%s): set aside as %s, and rebuilt", database, problem, aside)
    for suffix in ("", "-wal", "-shm"):
        source = database.with_name(database.name + suffix)
        if source.exists():
            shutil.move(source, aside.with_name(aside.name + suffix))
    return aside


def _damage(database: Path) -> str | None:
    """What SQLite's quick_check finds wrong with the file, if anything (None for a sound or new one)."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(database, timeout=30)
        try:
            findings = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
            connection.execute("SELECT COUNT(*) FROM articles").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return None  # a database that was never finished: the migration completes it
        if "readonly" in str(error) or "locked" in str(error) or "unable to open" in str(error):
            raise storage_error(error, database, True) from None
        return str(error)
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if findings == ["ok"] else "; ".join(findings[:3])


def repair_library(store: Store, published_root: Path) -> Repairs:
    statuses = store.statuses()
    adopted = removed = requeued = 0
    published_root.mkdir(parents=True, exist_ok=True)
    for folder in sorted(published_root.iterdir()):
        if not folder.is_dir() or not ARTICLE_ID.fullmatch(folder.name):
            _remove(folder)  # a temp file or a folder no article could own
            removed += 1
            continue
        _remove_partial_files(folder)
        status = statuses.get(folder.name)
        if status is None and _adopt(store, folder):
            adopted += 1
        elif status is None or status == Status.FAILED:
            _remove(folder)
            removed += 1
    for article_id, status in statuses.items():
        if status == Status.READY and not (published_root / article_id / MP3_NAME).is_file():
            store.requeue(article_id)
            requeued += 1
    repairs = Repairs(adopted, removed, requeued)
    if repairs != Repairs():
        log.warning(
            "library repaired at start-up: %d narrations restored from their folders, %d stray folders removed, "
            "%d narrations missing their audio queued again",
            adopted,
            removed,
            requeued,
        )
    return repairs


def _adopt(store: Store, folder: Path) -> bool:
    audio = folder / MP3_NAME
    try:
        record = json.loads((folder / RECORD_JSON).read_text(encoding="utf-8"))
        if record.get("version") != RECORD_VERSION or record.get("id") != folder.name or not audio.is_file():
            return False
        return store.adopt(record | {"mp3_bytes": audio.stat().st_size})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def _remove_partial_files(folder: Path) -> None:
    for partial in folder.glob(".*.part"):
        with contextlib.suppress(OSError):
            partial.unlink()


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()
