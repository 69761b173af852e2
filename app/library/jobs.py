"""Narration jobs: a bounded pool of worker threads renders queued articles and publishes their files.

Workers never run on the web server's event loop. State lives in the store, so a restart resumes every
queued or interrupted job, and the clips already in the cache make the resumed render quick."""

from __future__ import annotations

import logging
import queue
import shutil
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from app.article.model import article_from_script
from app.errors import NarrateurError, NotFoundError
from app.library.store import Store
from app.publish import chapter_mp3_name, publish_folder
from app.publish.cover import cover_jpeg
from app.publish.mp3 import write_chapter_mp3
from app.services import Services
from app.speech.timeline import Timeline

log = logging.getLogger("narrateur.jobs")


@dataclass(frozen=True)
class LiveProgress:
    done: int
    total: int
    chapter: str | None


class NarrationJobs:
    def __init__(self, store: Store, services: Services, published_root: Path, workers: int) -> None:
        self.store = store
        self.services = services
        self.published_root = Path(published_root)
        self.worker_count = workers
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._running: set[str] = set()
        self._lock = threading.Lock()
        self.live: dict[str, LiveProgress] = {}

    def start(self) -> None:
        for index in range(self.worker_count):
            thread = threading.Thread(target=self._work, name=f"narration-{index}", daemon=True)
            thread.start()
            self._threads.append(thread)
        for article_id in self.store.resume_interrupted():
            self._queue.put(article_id)

    def submit(self, article_id: str) -> None:
        self._queue.put(article_id)

    def stop(self, timeout_s: float = 30.0) -> None:
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join(timeout_s)

    def folder(self, article_id: str) -> Path:
        return self.published_root / article_id

    def _work(self) -> None:
        while True:
            article_id = self._queue.get()
            if article_id is None:
                return
            with self._lock:
                if article_id in self._running:
                    continue
                self._running.add(article_id)
            try:
                self._narrate(article_id)
            finally:
                with self._lock:
                    self._running.discard(article_id)
                    self.live.pop(article_id, None)

    def _narrate(self, article_id: str) -> None:
        try:
            record = self.store.get(article_id)
        except NotFoundError:
            return  # deleted while queued
        if record.status in ("ready", "failed"):
            return
        self.store.mark_rendering(article_id)
        article = article_from_script(record.script)
        total = len(article.segments)
        renderer, show = self.services.renderer, self.services.show
        folder = self.folder(article_id)

        def progress(done: int, _total: int, chapter: str) -> None:
            self.live[article_id] = LiveProgress(done, total, chapter)
            self.store.progress(article_id, done, total, chapter)

        try:
            published = datetime.now(timezone.utc)
            if len(article.chapters) > 1:
                # The first chapter alone, first: a listener can start while the rest renders. Its clips are
                # the same as in the whole narration, so the full render below reuses them from the cache.
                first = replace(article, chapters=article.chapters[:1])
                early = renderer.render(first, record.engine_requested, progress)
                cover = cover_jpeg(article.title, show.name)
                write_chapter_mp3(folder / chapter_mp3_name(0), first, early, 0, show, published, cover)
                self.store.first_chapter_ready(article_id)
            narration = renderer.render(article, record.engine_requested, progress)
            with renderer.cache.pinned([clip.key for clip in narration.clips]):  # no eviction while publishing
                files = publish_folder(folder, article, narration, show, published)
            if not self._still_wanted(article_id, folder):
                return
            self.store.mark_ready(
                article_id, narration.engine, narration.engine_note, narration.timeline.duration_ms,
                timeline_json(narration.timeline), files.mp3_bytes,
            )
        except NarrateurError as error:
            log.warning("narration %s failed: %s", article_id, error)
            if self._still_wanted(article_id, folder):
                self.store.mark_failed(article_id, str(error))
        except Exception as error:  # noqa: BLE001 - a job must end in a recorded state, never vanish
            log.exception("narration %s failed unexpectedly", article_id)
            if self._still_wanted(article_id, folder):
                self.store.mark_failed(article_id, f"The narration failed unexpectedly ({type(error).__name__}).")

    def _still_wanted(self, article_id: str, folder: Path) -> bool:
        """An article deleted while it rendered leaves no files behind."""
        try:
            self.store.get(article_id)
            return True
        except NotFoundError:
            shutil.rmtree(folder, ignore_errors=True)
            return False


def timeline_json(timeline: Timeline) -> dict:
    return {
        "duration_ms": timeline.duration_ms,
        "chapters": [{"title": c.title, "start_ms": c.start_ms, "end_ms": c.end_ms} for c in timeline.chapters],
        "segments": [
            {"start_ms": s.start_ms, "end_ms": s.end_ms, "chapter": s.chapter_index, "sentences": [list(t) for t in s.sentences]}
            for s in timeline.segments
        ],
    }
