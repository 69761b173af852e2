"""`narrateur serve`: uvicorn over the app, with the settings of the environment."""

from __future__ import annotations

import logging

import uvicorn

from app.config import load_settings
from app.library.lock import DataFolderLock
from app.web.app import create_app


def serve(host: str, port: int) -> int:
    settings = load_settings()  # a bad setting stops here with one sentence, before anything starts
    lock = DataFolderLock(settings.data_dir)
    lock.acquire()  # and so does a second service on the same data folder
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        uvicorn.run(create_app(settings, lock=lock), host=host, port=port, log_level="info", proxy_headers=False)
    finally:
        lock.release()
    return 0
