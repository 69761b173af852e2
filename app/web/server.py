"""`narrateur serve`: uvicorn over the app, with the settings of the environment."""

from __future__ import annotations

import logging

import uvicorn

from app.config import load_settings
from app.library.lock import DataFolderLock
from app.logs import configure_logging
from app.web.app import begin_shutdown, create_app
from app.web.views import feed_base_note

log = logging.getLogger(__name__)
GRACE_S = 3
"""Seconds a stopping service gives the requests it is answering; then it ends them (within a few seconds)."""


class _Server(uvicorn.Server):
    """uvicorn's server, telling the app the moment a stop is asked (Ctrl+C, SIGTERM): it then ends its event
    streams and the articles it is taking in, so the graceful wait is short."""

    def __init__(self, config: uvicorn.Config, on_stop) -> None:
        super().__init__(config)
        self.on_stop = on_stop

    def handle_exit(self, sig, frame) -> None:
        self.on_stop()
        super().handle_exit(sig, frame)


def serve(host: str, port: int, log_level: str | None = None, log_format: str | None = None) -> int:
    """Serves until stopped; `log_level` and `log_format` (the command line's) win over the settings'."""
    given = {"log_level": log_level, "log_format": log_format}
    # A bad setting stops here with one sentence, before anything starts.
    settings = load_settings(**{name: value for name, value in given.items() if value is not None})
    configure_logging(settings.log_level, settings.log_format)
    # The embedded library is one service's alone: a second service on the same data folder stops here. API
    # replicas of the distributed mode share PostgreSQL and object storage instead, and take no lock.
    lock = None if settings.distributed else DataFolderLock(settings.data_dir)
    if lock is not None:
        lock.acquire()
    else:
        from app.cluster import preflight

        preflight(settings)  # PostgreSQL unreachable, a library missing: one sentence, before anything starts
    log.info(feed_base_note(settings))
    app = create_app(settings, lock=lock)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_config=None,  # configured above, uvicorn's loggers included
        log_level=settings.log_level,
        proxy_headers=False,
        timeout_graceful_shutdown=GRACE_S,
    )
    try:
        _Server(config, on_stop=lambda: begin_shutdown(app)).run()
    finally:
        if lock is not None:
            lock.release()
    return 0
