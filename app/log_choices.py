"""The log levels and formats a user can choose: the settings check them, and `narrateur --help` lists them
without loading the settings (which costs every command's start-up a few milliseconds more). Commands log errors
only unless asked for more."""

from __future__ import annotations

from typing import Literal, get_args

LogLevel = Literal["debug", "info", "warning", "error"]
LOG_LEVELS: tuple[str, ...] = get_args(LogLevel)
LogFormat = Literal["text", "json"]
LOG_FORMATS: tuple[str, ...] = get_args(LogFormat)


def errors_only_log() -> None:
    """A command says what failed in one sentence; its log shows errors only, unless it asks for more (narrate -v,
    serve --log-level), so that no warning repeats the sentence beside it. Loading `logging` costs a short command
    a few milliseconds, so `segment` of a plain-text file and `narrate` copying a kept narration, where nothing
    logs, call this only once they load what does."""
    import logging

    logging.getLogger().setLevel(logging.ERROR)
