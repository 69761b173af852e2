"""The log levels and formats a user can choose: the settings check them, and `narrateur --help` lists them
without loading the settings (which costs every command's start-up a few milliseconds more)."""

from __future__ import annotations

from typing import Literal, get_args

LogLevel = Literal["debug", "info", "warning", "error"]
LOG_LEVELS: tuple[str, ...] = get_args(LogLevel)
LogFormat = Literal["text", "json"]
LOG_FORMATS: tuple[str, ...] = get_args(LogFormat)
