"""How the service logs: one configuration for Narrateur's loggers and uvicorn's, on standard error, as text or
as JSON lines (one object per line, for a log collector)."""

from __future__ import annotations

import json
import logging
import logging.config
from datetime import datetime, timezone
from typing import Any

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi")


class JsonFormatter(logging.Formatter):
    """A record as one JSON object: time (UTC, ISO 8601), level, logger, message, and the exception's text if any.

    Written here rather than taken from a library: these dozen lines are all the service needs."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        # Newlines inside values are escaped by JSON: a multi-line traceback still makes one line.
        return json.dumps(entry, ensure_ascii=False, default=str)


def logging_config(level: str, log_format: str) -> dict[str, Any]:
    """The dictConfig for `level` (debug, info, warning, error) and `log_format` (text or json). uvicorn's loggers
    lose their own handlers and pass their records to the root's, so its access and error lines look the same."""
    formatter: dict[str, Any] = {"()": JsonFormatter} if log_format == "json" else {"format": TEXT_FORMAT}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"chosen": formatter},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr", "formatter": "chosen"},
        },
        "root": {"level": level.upper(), "handlers": ["stderr"]},
        "loggers": {name: {"handlers": [], "propagate": True, "level": level.upper()} for name in UVICORN_LOGGERS},
    }


def configure_logging(level: str, log_format: str) -> None:
    logging.config.dictConfig(logging_config(level, log_format))
