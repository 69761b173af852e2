"""`narrateur serve`: uvicorn over the app, with the settings of the environment."""

from __future__ import annotations

import logging

import uvicorn

from app.config import load_settings
from app.web.app import create_app
from app.web.views import feed_base_note


def serve(host: str, port: int) -> int:
    settings = load_settings()  # a bad setting stops here with one sentence, before anything starts
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("narrateur.web").info(feed_base_note(settings))
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", proxy_headers=False)
    return 0
