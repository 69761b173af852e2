"""`narrateur serve`: uvicorn over the app, with the settings of the environment."""

from __future__ import annotations

import logging

import uvicorn

from app.config import load_settings
from app.library.lock import DataFolderLock
from app.web.app import begin_shutdown, create_app
from app.web.views import feed_base_note

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


def serve(host: str, port: int) -> int:
    settings = load_settings()  # a bad setting stops here with one sentence, before anything starts
    # The embedded library is one service's alone: a second service on the same data folder stops here. API
    # replicas of the distributed mode share PostgreSQL and object storage instead, and take no lock.
    lock = None if settings.distributed else DataFolderLock(settings.data_dir)
    if lock is not None:
        lock.acquire()
    else:
        from app.cluster import preflight

        preflight(settings)  # PostgreSQL unreachable, a library missing: one sentence, before anything starts
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("narrateur.web").info(feed_base_note(settings))
    app = create_app(settings, lock=lock)
    config = uvicorn.Config(
        app, host=host, port=port, log_level="info", proxy_headers=False, timeout_graceful_shutdown=GRACE_S
    )
    try:
        _Server(config, on_stop=lambda: begin_shutdown(app)).run()
    finally:
        if lock is not None:
            lock.release()
    return 0
