"""What the HTTP API reads and writes (JSON)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Article text as copied from a news page")
    html: str | None = Field(None, description="HTML of a saved news page")
    url: str | None = Field(None, max_length=2048, description="Address of a public news page")
    engine: Literal["auto", "espeak", "gtts"] | None = None


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
    status: Literal["queued", "rendering", "ready", "failed"]
    duration_ms: int | None
    created_at: str
    links: dict[str, str]


class ArticleOut(ArticleSummary):
    progress: Progress
    source_url: str | None
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
