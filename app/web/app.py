"""Assembles the FastAPI app: services built in the lifespan, routers, error mapping, security headers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

import anyio
from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles

from app import __version__
from app.config import Settings
from app.library import Library, NarrationJobs, Store
from app.library.events import ArticleEvents
from app.library.lock import DataFolderLock
from app.library.queue import QueuedJobs
from app.library.repair import repair_library, set_aside_if_damaged
from app.publish.published import LocalPublications, Publications
from app.services import Services, build_services
from app.sources.poller import SourcePoller
from app.sources.store import SourceStore
from app.web import api, article_pages, errors, files, pages, sources_api, sources_pages
from app.web.security import NarrationRateLimit, SecurityMiddleware
from app.web.templating import STATIC_DIR

INTAKE_THREADS = 16
"""Articles taken in (fetched, read) at once; more wait for a thread, without holding anyone else's."""
POLLER_STOP_S = 3.0
"""How long a stopping service waits for the source poller's round (its fetches and readings are cancelled)."""
BODY_BYTES_PER_INPUT_BYTE = 6
"""JSON escapes one byte of text in at most six (\\u0001), so the body limit allows that much over the input's."""


def create_app(
    settings: Settings, services: Services | None = None, resolver=None, lock: DataFolderLock | None = None
) -> FastAPI:
    """The app; `lock` is the data folder's lock when the caller took it already (`narrateur serve` does, to
    refuse a second service before anything starts), otherwise the app takes it while it runs."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        built = services or build_services(settings)
        if settings.distributed:
            from app.cluster import api_library  # API replicas over PostgreSQL, the queue and object storage

            parts = api_library(settings, built)
        else:
            parts = embedded_library(settings, built, lock)
        app.state.settings = settings
        app.state.services = built
        app.state.store = parts.store
        app.state.jobs = parts.jobs
        app.state.publications = parts.publications
        app.state.events = parts.events
        app.state.library = Library(parts.store, parts.jobs, built, **({"resolver": resolver} if resolver else {}))
        app.state.library.readers.start()
        app.state.sources = SourcePoller(SourceStore(parts.store), app.state.library)
        app.state.rate_limit = NarrationRateLimit(settings.narrations_per_client_per_hour)
        app.state.intake = anyio.CapacityLimiter(INTAKE_THREADS)
        parts.jobs.start()
        # Distributed, every replica would poll the same feeds: `narrateur sources run` (cron) polls them once.
        if settings.source_polling and not settings.distributed and not parts.store.unwritable:
            app.state.sources.start()  # the sources' feeds polled in the background, their new items narrated
        try:
            yield
        finally:
            begin_shutdown(app)
            app.state.sources.stop(timeout_s=POLLER_STOP_S)
            parts.close()

    app = FastAPI(
        title="Narrateur",
        version=__version__,
        description=(
            "Des articles de presse français lus à voix haute : pages d'écoute, MP3 à chapitres, flux de podcast."
        ),
        lifespan=lifespan,
        docs_url=None,  # the interactive docs load scripts from a CDN, which the CSP (rightly) blocks
        redoc_url=None,
    )
    app.state.stopping = threading.Event()
    errors.install(app)
    answer_head_where_get_is(article_pages.router)  # included by pages.router, which only refers to it
    for router in (api.router, sources_api.router, files.router, pages.router, sources_pages.router):
        answer_head_where_get_is(router)
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    answer_head_where_get_is(app.router)
    app.add_middleware(files.PlayedFiles)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"])
    app.add_middleware(SecurityMiddleware, max_body_bytes=settings.max_input_bytes * BODY_BYTES_PER_INPUT_BYTE + 10_000)
    return app


@dataclass
class LibraryParts:
    """What the library runs on, and how to stop it in order."""

    store: Store
    jobs: NarrationJobs | QueuedJobs  # rendered here, or by the cluster's workers
    publications: Publications
    events: ArticleEvents
    close: Callable[[], None]


def embedded_library(settings: Settings, built: Services, lock: DataFolderLock | None) -> LibraryParts:
    """The default: SQLite and folders under the data folder, narrated by worker threads of this process."""
    own_lock = None
    if lock is None:
        own_lock = DataFolderLock(settings.data_dir)
        own_lock.acquire()
    # Worker processes are forked before any job thread exists: forking a threaded process is unsafe.
    built.renderer.workers.start()
    set_aside_if_damaged(settings.database_path)
    events = ArticleEvents()
    store = Store(settings.database_path, on_change=events.changed)
    if not store.unwritable:
        repair_library(store, settings.published_dir)
    publications = LocalPublications(settings.published_dir)
    jobs = NarrationJobs(store, built, publications, settings.narration_workers, settings.narration_timeout_s)

    def close() -> None:
        jobs.stop()
        built.renderer.workers.close()
        store.close()
        if own_lock is not None:
            own_lock.release()

    return LibraryParts(store, jobs, publications, events, close)


def begin_shutdown(app: FastAPI) -> None:
    """The service is stopping: event streams end, articles being taken in are cancelled. Safe to call from a
    signal handler, and more than once."""
    app.state.stopping.set()
    library = getattr(app.state, "library", None)
    if library is not None:
        library.close()
    sources = getattr(app.state, "sources", None)
    if sources is not None:
        sources.stop(timeout_s=0)  # cancels its fetch or reading under way; the lifespan waits for it


def answer_head_where_get_is(router: APIRouter) -> None:
    """HEAD on every GET route (FastAPI routes answer only the methods they list): a twin route, left out of
    the schema. The server sends the GET answer's headers and no body; routes that would stream for long answer
    HEAD themselves. Adds nothing twice (routers outlive the apps built from them)."""
    with_head = {
        route.path for route in router.routes if isinstance(route, APIRoute) and "HEAD" in (route.methods or ())
    }
    for route in list(router.routes):
        if isinstance(route, APIRoute) and "GET" in (route.methods or ()) and route.path not in with_head:
            router.add_api_route(
                route.path.removeprefix(router.prefix),
                route.endpoint,
                methods=["HEAD"],
                include_in_schema=False,
                name=route.name,
                response_class=route.response_class,
                dependencies=route.dependencies,
                status_code=route.status_code,
            )
            with_head.add(route.path)
