"""A narration worker of the distributed mode: takes jobs from the queue and narrates them, shares a long narration
with the other workers, and gives back to the queue the jobs of workers that died.

Each job narrates the way the embedded service does (NarrationJobs): what differs is only what happens around it.
A failure of the database or the object storage is raised for the queue to try the job again later (exponential
backoff), up to NARRATEUR_JOB_ATTEMPTS; deleting the article aborts its job between two clips; stopping the worker
(SIGTERM) puts its narrations back in the queue for another worker."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from datetime import datetime, timedelta, timezone

from app.article.model import article_from_script
from app.config import Settings
from app.deadline import Deadline
from app.errors import NarrateurError, NotFoundError, StorageError, WorkCancelledError
from app.library.jobs import NarrationJobs
from app.library.queue import CLIPS_QUEUE, CLIPS_TASK, NARRATE_TASK, QUEUE, NarrationQueue
from app.library.store import FINAL, ArticleRecord, Store

log = logging.getLogger(__name__)
SHARES = 4
"""A long narration is cut into this many shares of clips: the job makes the first, idle workers the others."""
TRANSIENT = (StorageError, WorkCancelledError)
"""What makes a job worth trying again: the database or the storage failed, or its worker stopped."""
ABORT_POLL_S = 0.5


class NarrationWorker:
    def __init__(self, settings: Settings, store: Store, jobs: NarrationJobs, queue: NarrationQueue) -> None:
        self.settings = settings
        self.store = store
        self.jobs = jobs
        self.queue = queue
        """A sync connection to the queue, for the shares this worker defers and its sweeps."""
        self.renderer = jobs.services.renderer
        self.stopping = threading.Event()

    def register(self, app) -> None:
        """The tasks this worker runs, on the queue's (async) app."""
        from procrastinate import RetryStrategy

        retry = RetryStrategy(
            max_attempts=self.settings.job_attempts, exponential_wait=2, retry_exceptions=list(TRANSIENT)
        )

        @app.task(name=NARRATE_TASK, queue=QUEUE, pass_context=True, retry=retry)
        def narrate(context, article_id: str) -> None:
            self.narrate(context, article_id)

        @app.task(name=CLIPS_TASK, queue=CLIPS_QUEUE, pass_context=True, retry=retry)
        def clips(context, article_id: str, engine: str, index: int, count: int) -> None:
            self.make_share(context, article_id, engine, index, count)

    # -- jobs ---------------------------------------------------------------------------------------------------

    def narrate(self, context, article_id: str) -> None:
        deadline = self.jobs.deadline()
        with _aborted_when_asked(context, deadline):
            try:
                self.jobs.run(article_id, deadline)
            except TRANSIENT:
                if self.stopping.is_set() or context.job.attempts + 1 < self.settings.job_attempts:
                    raise
                self._give_up(article_id)

    def make_share(self, context, article_id: str, engine: str, index: int, count: int) -> None:
        try:
            record = self.store.get(article_id)
        except NotFoundError:
            return  # deleted meanwhile
        if record.status in FINAL:
            return  # its narration finished without this share
        article = article_from_script(record.script)
        deadline = self.jobs.deadline()
        with _aborted_when_asked(context, deadline):
            try:
                share = self.renderer.share(article, engine, index, count)
                made = self.renderer.make(article, engine, share, deadline)
            except WorkCancelledError:
                if self.stopping.is_set():
                    raise  # another worker makes it
                return  # its article was deleted
            except StorageError:
                raise
            except NarrateurError as error:  # the narration's own job meets it again, and records it
                log.warning("narration %s, share %d of %d: %s", article_id, index + 1, count, error)
                return
        log.info("narration %s, share %d of %d: %d clips made", article_id, index + 1, count, made)

    def share_out(self, record: ArticleRecord, article, deadline: Deadline) -> None:
        """Before a long narration renders: its clips are cut into shares, the others deferred to idle workers;
        this job makes the first share, then renders, finding the rest made (or making what is left)."""
        engine = record.engine_requested
        if len(self.renderer.share(article, engine, 0, 1)) < self.settings.split_min_clips:
            return
        for index in range(1, SHARES):
            self.queue.defer_share(record.id, engine, index, SHARES)
        made = self.renderer.make(article, engine, self.renderer.share(article, engine, 0, SHARES), deadline)
        log.info("narration %s, share 1 of %d: %d clips made", record.id, SHARES, made)

    def _give_up(self, article_id: str) -> None:
        log.error("narration %s failed after %d attempts", article_id, self.settings.job_attempts)
        try:
            self.jobs.publications.remove(article_id)  # what an attempt uploaded before it failed
            self.store.mark_failed(
                article_id, "The narration failed: the database or the object storage stayed unreachable"
            )
        except StorageError:
            pass  # the sweep queues it again once the database answers

    # -- sweeps -------------------------------------------------------------------------------------------------

    async def give_back_stalled(self, app) -> None:
        """Jobs held by workers whose heartbeat stopped (killed, lost) go back in the queue, at a steady pace.

        Only once this worker has itself reached the database without a break for as long as a heartbeat may
        be missing: after an outage, every worker's heartbeat is old, and the living must have had the time to
        beat again before anyone is taken for dead."""
        reachable_since = time.monotonic()
        while True:
            await asyncio.sleep(self.settings.worker_heartbeat_s)
            asked = time.monotonic()
            try:
                await app.job_manager.check_connection_async()
            except Exception as error:  # noqa: BLE001 - the next round tries again
                log.warning("stalled jobs could not be looked for: %s", error)
                reachable_since = time.monotonic()
                continue
            if time.monotonic() - asked > self.settings.worker_heartbeat_s:
                reachable_since = time.monotonic()  # the answer waited for the server: it was away
            if time.monotonic() - reachable_since < self.settings.worker_stalled_s:
                continue
            try:
                stalled = await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=self.settings.worker_stalled_s)
                for job in stalled:
                    try:
                        await app.job_manager.retry_job(job)
                        log.warning("job %s (%s) of a worker that stopped answering: given back", job.id, job.lock)
                    except Exception:  # noqa: BLE001 - another worker gave it back first
                        pass
                await app.job_manager.prune_stalled_workers(self.settings.worker_stalled_s)
            except Exception as error:  # noqa: BLE001 - the next round tries again
                log.warning("stalled jobs could not be looked for: %s", error)
                reachable_since = time.monotonic()

    async def requeue_forgotten(self) -> None:
        """Articles waiting without a job (an API that stopped between saving one and deferring its job) get one."""
        while True:
            try:
                for article_id in await asyncio.to_thread(self._forgotten):
                    log.warning("narration %s had no job: queued", article_id)
                    await asyncio.to_thread(self.queue.defer, article_id)
            except Exception as error:  # noqa: BLE001 - the next round tries again
                log.warning("articles without a job could not be looked for: %s", error)
            await asyncio.sleep(self.settings.worker_stalled_s)

    def _forgotten(self) -> list[str]:
        # The jobs are read first: a narration ending between the two reads is then ready by the second, not
        # taken for forgotten and narrated twice. And an article is only forgotten once it has waited a while
        # unchanged: the API saves an article a moment before it defers its job.
        with_jobs = self.queue.articles_with_jobs()
        since = datetime.now(timezone.utc) - timedelta(seconds=self.settings.worker_stalled_s)
        forgotten = []
        for article_id in self.store.unfinished():
            if article_id in with_jobs:
                continue
            try:
                if self.store.get(article_id).updated_at < since:
                    forgotten.append(article_id)
            except NarrateurError:  # deleted or damaged meanwhile: nothing to narrate
                continue
        return forgotten


class _aborted_when_asked:
    """While a job runs, a request to abort it (its article deleted) cancels its deadline."""

    def __init__(self, context, deadline: Deadline) -> None:
        self.context = context
        self.deadline = deadline
        self.done = threading.Event()

    def __enter__(self) -> None:
        threading.Thread(target=self._watch, name="abort-watch", daemon=True).start()

    def _watch(self) -> None:
        while not self.done.wait(ABORT_POLL_S):
            if self.context.should_abort():
                self.deadline.cancel("The narration was stopped: its article was deleted")
                return

    def __exit__(self, *_) -> None:
        self.done.set()
