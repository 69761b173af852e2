"""Assembles the FastAPI app: services built in the lifespan, routers, error mapping, security headers."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from app.config import Settings
from app.library import Library, NarrationJobs, Store
from app.library.lock import DataFolderLock
from app.services import Services, build_services
from app.web import api, errors, files, pages
from app.web.security import NarrationRateLimit, SecurityMiddleware

STATIC_DIR = Path(__file__).resolve().parent.parent.parent / "static"


def create_app(settings: Settings, services: Services | None = None, resolver=None, lock: DataFolderLock | None = None) -> FastAPI:
    """The app; `lock` is the data folder's lock when the caller took it already (`narrateur serve` does, to
    refuse a second service before anything starts), otherwise the app takes it while it runs."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        own_lock = None
        if lock is None:
            own_lock = DataFolderLock(settings.data_dir)
            own_lock.acquire()
        built = services or build_services(settings)
        # Worker processes are forked before any job thread exists: forking a threaded process is unsafe.
        built.renderer.workers.start()
        store = Store(settings.database_path)
        jobs = NarrationJobs(store, built, settings.published_dir, settings.narration_workers)
        app.state.settings = settings
        app.state.services = built
        app.state.store = store
        app.state.jobs = jobs
        app.state.library = Library(store, jobs, built, **({"resolver": resolver} if resolver else {}))
        app.state.rate_limit = NarrationRateLimit(settings.narrations_per_client_per_hour)
        jobs.start()
        try:
            yield
        finally:
            jobs.stop()
            built.renderer.workers.close()
            if own_lock is not None:
                own_lock.release()

    app = FastAPI(
        title="Narrateur",
        version="0.1.0",
        description="Des articles de presse français lus à voix haute : pages d'écoute, MP3 à chapitres, flux de podcast.",
        lifespan=lifespan,
        docs_url=None,  # the interactive docs load scripts from a CDN, which the CSP (rightly) blocks
        redoc_url=None,
    )
    errors.install(app)
    app.include_router(api.router)
    app.include_router(files.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"])
    app.add_middleware(SecurityMiddleware, max_body_bytes=settings.max_input_bytes * 2 + 10_000)
    return app
