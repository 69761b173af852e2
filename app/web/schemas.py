"""What the HTTP API reads and writes (JSON)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.library import Status
from app.regexes import compiled

# "www.lemonde.fr/…" as people copy it from an address bar: a host with a dot, no scheme.
_BARE_HOST = compiled(r"^(?://)?[\w.-]+\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", re.IGNORECASE)


def normalized_url(url: str) -> str:
    """The address with https:// added when it was copied without a scheme."""
    url = url.strip()
    if "://" not in url and _BARE_HOST.match(url):
        return "https://" + url.removeprefix("//")
    return url


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Article text as copied from a news page")
    html: str | None = Field(None, description="HTML of a saved news page")
    url: str | None = Field(
        None, max_length=2048, description="Address of a public news page; https:// is assumed when missing"
    )
    engine: Literal["auto", "espeak", "gtts", "piper"] | None = None

    @field_validator("url")
    @classmethod
    def _with_scheme(cls, url: str | None) -> str | None:
        return normalized_url(url) if url else url


class RetryIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    engine: Literal["auto", "espeak", "gtts", "piper"] | None = Field(
        None, description="Another voice for this attempt (espeak: the offline one)"
    )


class Progress(BaseModel):
    done_segments: int
    total_segments: int
    percent: int
    current_chapter: str | None


class ChapterOut(BaseModel):
    title: str
    start_ms: int | None
    end_ms: int | None


class SentenceOut(BaseModel):
    text: str
    start_ms: int
    end_ms: int


class SegmentOut(BaseModel):
    kind: str
    text: str
    voice: str
    speaker: str | None
    start_ms: int | None
    end_ms: int | None
    sentences: list[SentenceOut] = []
    """The segment's sentences with their times, when it has more than one."""


class ArticleSummary(BaseModel):
    id: str
    title: str
    status: Status
    duration_ms: int | None
    created_at: str
    author: str | None = None
    """The article's byline, where the page gives one."""
    published: str | None = None
    """The article's own date (ISO 8601), where the page gives one."""
    source_url: str | None = None
    links: dict[str, str]


class ArticleOut(ArticleSummary):
    progress: Progress
    standfirst: str | None = None
    engine: str | None
    engine_note: str | None
    error: str | None
    published_at: str | None
    chapters: list[ChapterOut]
    segments: list[SegmentOut]


class ArticleCreated(BaseModel):
    id: str
    status: str
    links: dict[str, str]


class Problem(BaseModel):
    detail: str
    """One English sentence, for programs."""
    code: str
    """Stable and machine-readable: no_article_text, fetch_timeout, not_found, rate_limited, …"""
    message: str
    """The same sentence in French, for people."""
