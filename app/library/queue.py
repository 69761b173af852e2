"""Narrations on a job queue in PostgreSQL (procrastinate), for API replicas and `narrateur worker` processes.

Why procrastinate: the library is in PostgreSQL already, so the queue adds no server, and a job is a row:
- acknowledgement: a job is `doing` while a worker holds it and `succeeded`/`failed` only once it ends; a worker
  that dies (kill -9, a lost machine) stops its heartbeat, and the other workers give its jobs back to the queue;
- retries with exponential backoff when the database or the object storage fails under a narration;
- visibility: queued and running jobs are rows (`procrastinate_jobs`, status `todo`/`doing`), listed by SQL or
  `procrastinate shell`, each with its article's id as its lock;
- cancellation: deleting an article asks its job to abort; the narration stops between two clips.
One job per article: its id is the job's queueing lock (a second request while one waits is the same job) and
its lock (never two workers on one article)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.publish.published import Publications

if TYPE_CHECKING:
    from app.library.jobs import LiveProgress

log = logging.getLogger(__name__)
NARRATE_TASK = "narrateur.narrate"
CLIPS_TASK = "narrateur.clips"
QUEUE = "narrations"
CLIPS_QUEUE = "clips"


def procrastinate_app(url: str, pool_size: int, asynchronous: bool):
    """The queue's app: a sync connector for the API (it only defers and cancels), an async one for workers."""
    import procrastinate

    connector: procrastinate.PsycopgConnector | procrastinate.SyncPsycopgConnector
    if asynchronous:
        connector = procrastinate.PsycopgConnector(conninfo=url, min_size=1, max_size=pool_size)
    else:
        connector = procrastinate.SyncPsycopgConnector(conninfo=url, min_size=1, max_size=pool_size)
    return procrastinate.App(connector=connector)


def ensure_schema(app, locks) -> None:
    """Installs the queue's tables once, whichever process starts first (under a cluster-wide lock)."""
    with locks.exclusive("0" * 15 + "1"):
        connector = app.connector.get_sync_connector()
        found = connector.execute_query_one("SELECT to_regclass('procrastinate_jobs') IS NOT NULL AS present")
        if not found["present"]:
            app.schema_manager.apply_schema()
            log.info("the job queue's tables were created")


class NarrationQueue:
    """Defers, aborts and lists narration jobs (a sync connector: any thread may use it)."""

    def __init__(self, app) -> None:
        self.app = app
        self.app.open()

    def defer(self, article_id: str) -> None:
        from procrastinate.exceptions import AlreadyEnqueued

        try:
            self.app.configure_task(NARRATE_TASK, queue=QUEUE, lock=article_id, queueing_lock=article_id).defer(
                article_id=article_id
            )
        except AlreadyEnqueued:
            pass  # a job for this article is waiting already: it is the same narration

    def defer_share(self, article_id: str, engine: str, index: int, count: int) -> None:
        """A share of a long narration's clips, for an idle worker (before new narrations: higher priority)."""
        self.app.configure_task(CLIPS_TASK, queue=CLIPS_QUEUE, priority=10).defer(
            article_id=article_id, engine=engine, index=index, count=count
        )

    def articles_with_jobs(self) -> set[str]:
        """Articles whose narration job waits or runs."""
        rows = self.app.connector.get_sync_connector().execute_query_all(
            "SELECT lock FROM procrastinate_jobs WHERE task_name = %(task)s AND status IN ('todo', 'doing')",
            task=NARRATE_TASK,
        )
        return {row["lock"] for row in rows}

    def abort(self, article_id: str) -> None:
        for job in self.app.job_manager.list_jobs(lock=article_id):
            if job.status in ("todo", "doing"):
                self.app.job_manager.cancel_job_by_id(job.id, abort=True)

    def jobs(self, article_id: str) -> list[str]:
        """The statuses of the article's jobs, oldest first (todo, doing, succeeded, failed, cancelled…)."""
        return [str(job.status.value) for job in self.app.job_manager.list_jobs(lock=article_id)]

    def close(self) -> None:
        self.app.close()


class QueuedJobs:
    """The API's side of the narration jobs: the same interface as the in-process pool (NarrationJobs), with the
    work done by `narrateur worker` processes."""

    def progress_of(self, article_id: str) -> LiveProgress | None:
        """Progress lives in the library, which every replica reads: nothing is kept per process."""
        return None

    def __init__(self, queue: NarrationQueue, publications: Publications) -> None:
        self.queue = queue
        self.publications = publications

    def start(self) -> None:
        pass

    def submit(self, article_id: str) -> None:
        self.queue.defer(article_id)

    def cancel(self, article_id: str) -> None:
        self.queue.abort(article_id)

    def stop(self, timeout_s: float = 5.0) -> None:
        self.queue.close()

    def folder(self, article_id: str):
        return self.publications.staging(article_id)

    def published(self, article_id: str) -> bool:
        return self.publications.exists(article_id)
