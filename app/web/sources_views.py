"""Sources as the API and the Sources page show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.sources.store import ItemRecord, SourceRecord
from app.web import french, french_errors
from app.web.schemas import normalized_url


class SourceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(..., min_length=1, max_length=2048, description="Address of the site's RSS or Atom feed")
    backfill: int = Field(0, ge=0, le=1000, description="Also narrate this many of the feed's newest items")
    interval_minutes: float | None = Field(None, gt=0, le=10080, description="How often to poll the feed")
    engine: Literal["auto", "espeak", "gtts", "piper"] | None = Field(
        None, description="The voice of its narrations (default: NARRATEUR_ENGINE)"
    )

    @field_validator("url")
    @classmethod
    def _with_scheme(cls, url: str) -> str:
        return normalized_url(url)


class ItemOut(BaseModel):
    key: str
    title: str
    link: str | None
    published: str | None
    status: str = Field(..., description="skipped, pending, submitted, done or failed")
    article_id: str | None
    attempts: int
    next_attempt_at: str | None
    error: str | None
    message: str | None = Field(None, description="The error, in French")


class SourceOut(BaseModel):
    id: str
    url: str
    title: str
    engine: str
    interval_minutes: float
    polled_at: str | None
    next_poll_at: str
    error: str | None = Field(None, description="Why the last poll of the feed failed")
    message: str | None = Field(None, description="The same, in French")
    counts: dict[str, int] = Field(..., description="Items by status")
    failures: list[ItemOut] = Field(..., description="Items whose last attempt failed (tried again or not)")
    links: dict[str, str]


def item_out(item: ItemRecord) -> ItemOut:
    return ItemOut(
        key=item.key,
        title=item.title,
        link=item.link,
        published=item.published,
        status=item.status,
        article_id=item.article_id,
        attempts=item.attempts,
        next_attempt_at=item.next_attempt_at,
        error=item.error,
        message=french_errors.translate(item.error, 422) if item.error else None,
    )


def source_out(source: SourceRecord, items: list[ItemRecord]) -> SourceOut:
    return SourceOut(
        id=source.id,
        url=source.feed_url,
        title=source.title,
        engine=source.engine,
        interval_minutes=source.interval_s / 60,
        polled_at=source.polled_at,
        next_poll_at=source.next_poll_at,
        error=source.error,
        message=french_errors.translate(source.error, 422) if source.error else None,
        counts=source.counts,
        failures=[item_out(item) for item in items if item.error],
        links={"self": f"/api/sources/{source.id}", "podcast": f"/feed.xml?source={source.id}"},
    )


@dataclass(frozen=True)
class SourceRow:
    """A source on the Sources page, in French."""

    id: str
    title: str
    url: str
    interval_words: str
    polled_words: str
    counts_words: str
    error: str
    failures: list[tuple[str, str, str]]
    """(title, link, why and what next) of each item whose last attempt failed."""
    podcast: str


def source_row(source: SourceRecord, items: list[ItemRecord]) -> SourceRow:
    counts = source.counts
    parts = [
        _count(counts.get("done", 0), "article lu", "articles lus"),
        _count(counts.get("pending", 0) + counts.get("submitted", 0), "en attente", "en attente"),
        _count(counts.get("failed", 0), "échec", "échecs"),
    ]
    polled = f"Dernier relevé {_relative(source.polled_at)}" if source.polled_at else "Jamais relevé"
    failures = [
        (item.title, item.link or "", _failure_words(item))
        for item in items
        if item.error and item.status in ("pending", "failed")
    ]
    return SourceRow(
        id=source.id,
        title=source.title,
        url=source.feed_url,
        interval_words=f"Relevé toutes les {french.duration_words(round(source.interval_s * 1000))}",
        polled_words=polled,
        counts_words=", ".join(parts),
        error=french_errors.translate(source.error, 422) if source.error else "",
        failures=failures,
        podcast=f"/feed.xml?source={source.id}",
    )


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number < 2 else many}"


def _relative(moment: str, now: datetime | None = None) -> str:
    """ "il y a 5 minutes", "dans 2 heures", "à l'instant"; past a day, the date."""
    then = datetime.fromisoformat(moment)
    seconds = (then - (now or datetime.now(timezone.utc))).total_seconds()
    size = abs(seconds)
    if size < 60:
        return "à l'instant"
    if size >= 86400:
        return f"le {french.date_words(then)}"
    amount = french.duration_words(round(size / 60) * 60_000 if size < 3600 else round(size / 3600) * 3_600_000)
    return f"dans {amount}" if seconds > 0 else f"il y a {amount}"


def _failure_words(item: ItemRecord) -> str:
    why = french_errors.translate(item.error, 422)
    if item.status == "failed":
        return f"{why} Abandonné après {item.attempts} essais."
    return f"{why} Nouvel essai {_relative(item.next_attempt_at)}." if item.next_attempt_at else why
