"""Narration jobs: a bounded pool of worker threads renders queued articles and publishes their files.

Workers never run on the web server's event loop. State lives in the store, so a restart resumes every
queued or interrupted job, and the clips already in the cache make the resumed render quick. Each job has a
wall-time budget; deleting its article or stopping the service cancels it between two clips. A job that fails
or is cancelled leaves no file behind."""

from __future__ import annotations

import logging
import queue
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from app.article.model import Article, article_from_script
from app.deadline import Deadline
from app.errors import (
    DiskFullError,
    NarrateurError,
    NarrationTimeoutError,
    NotFoundError,
    StorageError,
    WorkCancelledError,
)
from app.library.repair import RECORD_JSON, narration_record
from app.library.store import FINAL, ArticleRecord, Store
from app.publish.folder import MP3_NAME, OPENING_MP3, publish_folder
from app.publish.mp3 import write_chapter_mp3
from app.publish.published import Publications
from app.services import Services
from app.speech.clips import CHARS_PER_SECOND
from app.speech.render import Narration

log = logging.getLogger(__name__)
OPENING_S = 20
"""Seconds of speech published first: long enough to outlast the rest of the render of most articles."""


@dataclass(frozen=True)
class LiveProgress:
    done: int
    total: int
    chapter: str | None


class NarrationJobs:
    def __init__(
        self,
        store: Store,
        services: Services,
        publications: Publications,
        workers: int,
        timeout_s: float = float("inf"),
        *,
        transient: tuple[type[Exception], ...] = (),
        before_render: Callable[[ArticleRecord, Article, Deadline], None] | None = None,
    ) -> None:
        self.store = store
        self.services = services
        self.publications = publications
        self.transient = transient
        """Failures that are raised for the job to be tried again (the queue's workers) rather than recorded."""
        self.before_render = before_render
        """Called as a narration starts rendering (the queue's workers share a long one with the others)."""
        self.worker_count = workers
        self.timeout_s = timeout_s
        """Wall time a narration may take before it is stopped and marked failed."""
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._running: dict[str, Deadline] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._live: dict[str, LiveProgress] = {}

    def progress_of(self, article_id: str) -> LiveProgress | None:
        """The narration's progress as its clip threads report it, fresher than the store's (None when idle)."""
        return self._live.get(article_id)

    def start(self) -> None:
        for index in range(self.worker_count):
            thread = threading.Thread(target=self._work, name=f"narration-{index}", daemon=True)
            thread.start()
            self._threads.append(thread)
        if self.store.unwritable:
            return  # nothing can be narrated: the library is only served
        for article_id in self.store.resume_interrupted():
            self._queue.put(article_id)

    def submit(self, article_id: str) -> None:
        self._queue.put(article_id)

    def cancel(self, article_id: str) -> None:
        """Stops the article's narration if it is running (its article was deleted)."""
        with self._lock:
            deadline = self._running.get(article_id)
        if deadline is not None:
            deadline.cancel()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Cancels the running narrations (they are queued again, for the next start) and ends the workers."""
        self._stopping.set()
        with self._lock:
            for deadline in self._running.values():
                deadline.cancel()
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join(timeout_s)

    def folder(self, article_id: str) -> Path:
        """Where the narration's files are written before they are published."""
        return self.publications.staging(article_id)

    def published(self, article_id: str) -> bool:
        return self.publications.exists(article_id, MP3_NAME)

    def _work(self) -> None:
        while not self._stopping.is_set():
            article_id = self._queue.get()
            if article_id is None or self._stopping.is_set():
                return
            try:
                self.run(article_id)
            except Exception:  # noqa: BLE001 - a worker thread must survive anything one job does
                log.exception("narration %s: its state could not be recorded", article_id)

    def run(self, article_id: str, deadline: Deadline | None = None) -> None:
        """Narrates one article in this thread, unless it is being narrated already; `stop` cancels it."""
        deadline = deadline or self.deadline()
        with self._lock:
            if article_id in self._running:
                return
            self._running[article_id] = deadline
        try:
            self.narrate(article_id, deadline)
        finally:
            with self._lock:
                self._running.pop(article_id, None)
                self._live.pop(article_id, None)

    def deadline(self) -> Deadline:
        """A narration's budget of wall time."""
        return Deadline(
            self.timeout_s,
            lambda: NarrationTimeoutError(
                f"The narration took longer than {self.timeout_s:g} s and was stopped",
                "the article is very long; raise NARRATEUR_NARRATION_TIMEOUT_S to narrate it",
            ),
        )

    def narrate(self, article_id: str, deadline: Deadline) -> None:
        """Renders and publishes one queued article, and records how that ended."""
        try:
            record = self.store.get(article_id)
        except NotFoundError:
            return  # deleted while queued
        if record.status in FINAL:
            return
        self.store.mark_rendering(article_id)
        folder = self.folder(article_id)
        try:
            self._render_and_publish(record, folder, deadline)
        except WorkCancelledError:
            if self._stopping.is_set():
                log.info("narration %s stopped by the shutdown: it resumes at the next start", article_id)
                self.store.mark_queued(article_id)
            else:
                log.info("narration %s stopped: its article was deleted", article_id)
            self._discard(article_id)
            if self._stopping.is_set() and self.transient:
                raise  # the queue gives it to another worker
        except self.transient as error:
            log.warning("narration %s interrupted, to be tried again: %s", article_id, error)
            shutil.rmtree(folder, ignore_errors=True)
            raise
        except NarrateurError as error:
            log.warning("narration %s failed: %s", article_id, error)
            self._fail(article_id, folder, str(error))
        except Exception as error:  # noqa: BLE001 - a job must end in a recorded state, never vanish
            log.exception("narration %s failed unexpectedly", article_id)
            self._fail(article_id, folder, f"The narration failed unexpectedly ({type(error).__name__}).")

    def _render_and_publish(self, record: ArticleRecord, folder: Path, deadline: Deadline) -> None:
        article = article_from_script(record.script)
        renderer, show = self.services.renderer, self.services.show
        total = len(article.segments)

        reported = [-1]
        reporting = threading.Lock()

        def progress(done: int, _total: int, chapter: str) -> None:
            # Clip threads report in any order, and the full render recounts the first chapter's clips: a
            # listener sees progress only go forward.
            with reporting:
                if done <= reported[0]:
                    return
                reported[0] = done
                self._live[record.id] = LiveProgress(done, total, chapter)
                try:
                    self.store.progress(record.id, done, total, chapter)
                except StorageError:
                    pass  # progress is a courtesy: a busy or full disk must not fail the narration for it

        published = datetime.now(timezone.utc)
        if self.before_render is not None:
            self.before_render(record, article, deadline)
        made_early = 0
        with renderer.cache.holding():  # the clips stay where they are until every file is written
            opening = opening_of(article)
            if opening is not None:
                # The opening alone, first: a listener starts within a second while the rest renders. Its clips
                # are the same as the whole narration's, so the full render below takes them from the cache.
                early = renderer.render(opening, record.engine_requested, progress, deadline)
                made_early = early.clips_made
                opening_file = folder / OPENING_MP3
                # No cover in it: only the listening page plays it, and drawing one would delay the first sound.
                self._with_room(lambda: write_chapter_mp3(opening_file, opening, early, 0, show, published, None))
                self.publications.share(record.id, OPENING_MP3)
                self.store.mark_opening_ready(record.id)
            narration = renderer.render(article, record.engine_requested, progress, deadline)
            deadline.check()
            timeline = narration.timeline.to_dict()
            files = self._with_room(lambda: self._publish(folder, article, narration, record, timeline, published))
        log.info(
            "narration %s: %d clips made, %d from the cache",
            record.id,
            made_early + narration.clips_made,
            len({clip.key for clip in narration.clips}) - made_early - narration.clips_made,
        )
        if not self._still_wanted(record.id, folder):
            return
        self.publications.publish(record.id)
        if not self._still_wanted(record.id, folder):
            return
        self.store.mark_ready(
            record.id,
            narration.engine,
            narration.engine_note,
            narration.timeline.duration_ms,
            timeline,
            files.mp3_bytes,
        )

    def _publish(
        self,
        folder: Path,
        article: Article,
        narration: Narration,
        record: ArticleRecord,
        timeline: dict,
        published: datetime,
    ):
        show = self.services.show
        summary = narration_record(
            record, narration.engine, narration.engine_note, narration.timeline.duration_ms, timeline, published
        )
        return publish_folder(folder, article, narration, show, published, extra={RECORD_JSON: summary})

    def _with_room(self, write):
        """Writes; when the disk is full, the clip cache makes room and the write is tried once more."""
        try:
            return write()
        except DiskFullError:
            log.warning("the disk is full while publishing: evicting clips to make room")
            self.services.renderer.cache.free_disk(0)
            return write()

    def _fail(self, article_id: str, folder: Path, sentence: str) -> None:
        self._discard(article_id)  # first: on a full disk, that is the room the record needs
        if self._still_wanted(article_id, folder):
            self.store.mark_failed(article_id, sentence)

    def _discard(self, article_id: str) -> None:
        shutil.rmtree(self.folder(article_id), ignore_errors=True)
        self.publications.remove(article_id)

    def _still_wanted(self, article_id: str, folder: Path) -> bool:
        """An article deleted while it rendered leaves no files behind."""
        try:
            self.store.get(article_id)
            return True
        except NotFoundError:
            self._discard(article_id)
            return False


def opening_of(article: Article) -> Article | None:
    """The article cut after the first segments worth OPENING_S of speech (within its first chapter), or None
    when that is the whole article. Played while the rest renders, it must start fast and outlast the wait."""
    first = article.chapters[0]
    wanted, chars, count = OPENING_S * CHARS_PER_SECOND, 0, 0
    while count < len(first.segments) and chars < wanted:
        chars += len(first.segments[count].speech_text or first.segments[count].text)
        count += 1
    if len(article.chapters) == 1 and count == len(first.segments):
        return None
    return replace(article, chapters=(replace(first, segments=first.segments[:count]),))
