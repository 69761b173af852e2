"""The distributed mode's part of the composition root: PostgreSQL, its job queue and object storage, from Settings.

`app/services.py` and the web app factory come here when the settings ask for it (NARRATEUR_DATABASE_URL,
NARRATEUR_S3_BUCKET); nothing else in the code knows which backend it runs on."""

from __future__ import annotations

import logging

from app.config import Settings
from app.errors import ConfigError, StorageError
from app.publish.published import LocalPublications, Publications
from app.services import Services
from app.speech.cache import ClipCache

log = logging.getLogger(__name__)


def database_url(settings: Settings) -> str:
    assert settings.database_url is not None  # only called in the distributed mode
    return settings.database_url.get_secret_value()


def preflight(settings: Settings) -> None:
    """One sentence before anything starts when the distributed mode cannot run: its libraries are missing, or
    PostgreSQL does not answer."""
    try:
        import boto3  # noqa: F401
        import procrastinate  # noqa: F401
        import psycopg
        import psycopg_pool  # noqa: F401
    except ImportError as error:
        raise ConfigError(
            f"The distributed mode (NARRATEUR_DATABASE_URL) needs the Python package {error.name}",
            "install the cluster extra: scripts/setup --cluster, or pip install -e '.[cluster]'",
        ) from None
    try:
        psycopg.connect(database_url(settings), connect_timeout=10).close()
    except psycopg.Error as error:
        first_line = (str(error).strip().splitlines() or ["no answer"])[0]
        raise StorageError("PostgreSQL cannot be reached at NARRATEUR_DATABASE_URL", first_line) from None


def publications(settings: Settings) -> Publications:
    """Object storage when a bucket is set, else folders under the data folder (which replicas then share)."""
    if not settings.s3_bucket:
        return LocalPublications(settings.published_dir)
    from app.publish.object_storage import ObjectPublications

    return ObjectPublications(object_storage(settings), settings.data_dir / "staging")


def object_storage(settings: Settings):
    from app.publish.object_storage import S3Location, object_storage

    secret = lambda value: value.get_secret_value() if value else None  # noqa: E731
    return object_storage(
        S3Location(
            bucket=settings.s3_bucket or "",
            endpoint_url=settings.s3_endpoint_url,
            region=settings.s3_region,
            access_key_id=secret(settings.s3_access_key_id),
            secret_access_key=secret(settings.s3_secret_access_key),
            prefix=settings.s3_prefix,
        )
    )


def clip_cache(settings: Settings) -> ClipCache:
    """Clips shared by every worker (object storage, one synthesis per clip across the cluster), a local cache in
    front; without a bucket, each machine keeps its own."""
    spill = settings.data_dir / "spill"
    if not settings.s3_bucket:
        return ClipCache(settings.cache_dir, settings.cache_max_mb * 1_000_000, spill_folder=spill)
    from app.library.postgres_store import AdvisoryLocks
    from app.speech.shared_cache import SharedClipCache

    locks = AdvisoryLocks(database_url(settings), size=settings.database_pool_size)
    return SharedClipCache(
        settings.cache_dir, settings.cache_max_mb * 1_000_000, object_storage(settings), locks, spill_folder=spill
    )


def api_library(settings: Settings, services: Services):
    """An API replica: the library in PostgreSQL, narrations deferred to the queue, files from object storage,
    progress heard from PostgreSQL."""
    from app.library.pg_events import PostgresEvents
    from app.library.postgres_store import AdvisoryLocks, PostgresStore
    from app.library.queue import NarrationQueue, QueuedJobs, ensure_schema, procrastinate_app
    from app.web.app import LibraryParts

    url = database_url(settings)
    store = PostgresStore(url, settings.database_pool_size)
    queue = NarrationQueue(procrastinate_app(url, settings.database_pool_size, asynchronous=False))
    locks = AdvisoryLocks(url, size=1)
    ensure_schema(queue.app, locks)
    locks.close()
    published = publications(settings)
    jobs = QueuedJobs(queue, published)
    events = PostgresEvents(url)
    log.info("API only: narrations go to the queue in PostgreSQL, `narrateur worker` processes render them")

    def close() -> None:
        events.close()
        jobs.stop()
        store.close()

    return LibraryParts(store, jobs, published, events, close)


def worker_runtime(settings: Settings):
    """A `narrateur worker` process: the same services and publishing as the embedded service, jobs from the
    queue. Returns the worker and what closes its connections."""
    from app.library.jobs import NarrationJobs
    from app.library.postgres_store import AdvisoryLocks, PostgresStore
    from app.library.queue import NarrationQueue, ensure_schema, procrastinate_app
    from app.library.queue_worker import TRANSIENT, NarrationWorker
    from app.services import build_services

    url = database_url(settings)
    services = build_services(settings)
    services.renderer.workers.start()  # speech processes forked before any thread (pools, the queue) exists
    store = PostgresStore(url, settings.database_pool_size)
    queue = NarrationQueue(procrastinate_app(url, 2, asynchronous=False))
    locks = AdvisoryLocks(url, size=1)
    ensure_schema(queue.app, locks)
    locks.close()
    jobs = NarrationJobs(store, services, publications(settings), 1, settings.narration_timeout_s, transient=TRANSIENT)
    worker = NarrationWorker(settings, store, jobs, queue)
    jobs.before_render = worker.share_out

    def close() -> None:
        services.renderer.workers.close()
        queue.close()
        store.close()

    return worker, close
