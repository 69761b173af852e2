"""Turning stored records into what the API and the pages show."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit

from app.article.model import Segment, article_from_script
from app.library import UNFINISHED, ArticleRecord, Status
from app.publish.feed import FeedItem
from app.publish.folder import OPENING_MP3
from app.speech.timeline import Timeline
from app.web import french, french_errors
from app.web.schemas import ArticleOut, ArticleSummary, ChapterOut, Progress, SegmentOut, SentenceOut


def links(record: ArticleRecord) -> dict[str, str]:
    base = f"/articles/{record.id}"
    found = {
        "self": f"/api/articles/{record.id}",
        "page": base,
        "simple": f"{base}/simple",
        "events": f"/api/articles/{record.id}/events",
        "transcript_html": f"{base}/transcription",
        "transcript_txt": f"{base}/transcription.txt",
    }
    if record.status == Status.READY:
        found |= {
            "audio": f"{base}/audio.mp3",
            "download": f"{base}/audio.mp3?download=1",
            "chapters_json": f"{base}/chapters.json",
            "chapters_vtt": f"{base}/chapters.vtt",
            "transcript_vtt": f"{base}/transcript.vtt",
            "cover": f"{base}/cover.jpg",
        }
    elif record.opening_ready:
        found["opening_audio"] = f"{base}/{OPENING_MP3}"
    if record.status == Status.FAILED:
        found["retry"] = f"/api/articles/{record.id}/retry"
    return found


def summary(record: ArticleRecord) -> ArticleSummary:
    return ArticleSummary(
        id=record.id,
        title=record.title,
        status=record.status,
        duration_ms=record.duration_ms,
        created_at=record.created_at.isoformat(),
        author=record.script.get("author"),
        published=record.script.get("published"),
        source_url=record.source_url or record.script.get("source_url"),
        links=links(record),
    )


def progress(record: ArticleRecord, live=None) -> Progress:
    done = live.done if live else record.done_segments
    total = live.total if live else record.total_segments
    chapter = live.chapter if live else record.current_chapter
    if record.status == Status.READY:
        done, chapter = total, None
    return Progress(
        done_segments=done,
        total_segments=total,
        percent=round(100 * done / total) if total else 0,
        current_chapter=chapter,
    )


def _sentences(segment: Segment, times: tuple[tuple[int, int], ...]) -> list[SentenceOut]:
    """The display words of each spoken sentence, from the speech map, with the times of its clip."""
    spans = [span for span in segment.speech_map if segment.speech_text[span[2] : span[3]].strip()]
    if len(spans) < 2 or len(spans) != len(times):
        return []
    return [
        SentenceOut(text=segment.text[start:end], start_ms=clip_start, end_ms=clip_end)
        for (start, end, _, _), (clip_start, clip_end) in zip(spans, times, strict=False)
    ]


def detail(record: ArticleRecord, live=None) -> ArticleOut:
    article = article_from_script(record.script)
    timeline = Timeline.from_dict(record.timeline) if record.timeline else None
    timed_chapters = timeline.chapters if timeline else ()
    timed_segments = timeline.segments if timeline else ()
    chapters = [
        ChapterOut(
            title=chapter.title,
            start_ms=timed_chapters[number].start_ms if number < len(timed_chapters) else None,
            end_ms=timed_chapters[number].end_ms if number < len(timed_chapters) else None,
        )
        for number, chapter in enumerate(article.chapters)
    ]
    segments = []
    for index, segment in enumerate(article.segments):
        times = timed_segments[index] if index < len(timed_segments) else None
        segments.append(
            SegmentOut(
                kind=segment.kind.value,
                text=segment.text,
                voice=segment.voice.value,
                speaker=segment.speaker,
                start_ms=times.start_ms if times else None,
                end_ms=times.end_ms if times else None,
                sentences=_sentences(segment, times.sentences if times else ()),
            )
        )
    return ArticleOut(
        **summary(record).model_dump(),
        progress=progress(record, live),
        standfirst=record.script.get("standfirst"),
        engine=record.engine_used,
        engine_note=record.engine_note,
        error=record.error,
        published_at=record.published_at.isoformat() if record.published_at else None,
        chapters=chapters,
        segments=segments,
    )


# -- what the pages show -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Credits:
    """Who wrote the article, when, and where it comes from."""

    author: str | None
    published: datetime | None
    source_url: str | None
    standfirst: str | None

    @property
    def source_name(self) -> str | None:
        host = urlsplit(self.source_url).hostname if self.source_url else None
        return host.removeprefix("www.") if host else None

    @property
    def published_words(self) -> str:
        return french.date_words(self.published)


def credits(record: ArticleRecord) -> Credits:
    script = record.script
    return Credits(
        author=script.get("author") or None,
        published=french.parse_published(script.get("published")),
        source_url=record.source_url or script.get("source_url"),
        standfirst=script.get("standfirst") or None,
    )


@dataclass(frozen=True)
class LibraryRow:
    id: str
    title: str
    status: str
    status_words: str
    percent: int
    credits: Credits
    added_words: str
    duration_ms: int | None
    error: str
    """Why the narration failed, in French."""
    links: dict[str, str]

    @property
    def duration_short(self) -> str:
        return french.duration_short(self.duration_ms)

    @property
    def duration_words(self) -> str:
        return french.duration_words(self.duration_ms)


def library_row(record: ArticleRecord) -> LibraryRow:
    percent = progress(record).percent
    return LibraryRow(
        id=record.id,
        title=record.title,
        status=record.status,
        status_words=french.status_words(record.status, percent),
        percent=percent,
        credits=credits(record),
        added_words=french.date_words(record.created_at),
        duration_ms=record.duration_ms,
        error=french_errors.translate(record.error, 500) if record.status == Status.FAILED else "",
        links=links(record),
    )


def _folded(text: str) -> str:
    """Lower case without accents: "Éric" is found by "eric"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


FILTERS = {
    "tous": lambda row: True,
    "prets": lambda row: row.status == Status.READY,
    "en-cours": lambda row: row.status in UNFINISHED,
    "echecs": lambda row: row.status == Status.FAILED,
}


def search(rows: list[LibraryRow], query: str = "", state: str = "tous") -> list[LibraryRow]:
    """The rows whose title, author or source hold every word of the query, in the state asked for."""
    words = _folded(query).split()
    keep = FILTERS.get(state, FILTERS["tous"])

    def matches(row: LibraryRow) -> bool:
        haystack = _folded(" ".join(filter(None, (row.title, row.credits.author, row.credits.source_name))))
        return keep(row) and all(word in haystack for word in words)

    return [row for row in rows if matches(row)]


def public_base(request, settings) -> str:
    """Where the feed's absolute links point: the configured public address, else this request's own."""
    if settings.public_base_url:
        return settings.public_base_url.rstrip("/")
    return str(request.base_url).rstrip("/")


def feed_items(records: list[ArticleRecord], base: str, show_author: str) -> list[FeedItem]:
    """The feed's episodes: ready articles, with the article's own author and date where the page gave them."""
    items = []
    for record in records:
        if record.status != Status.READY:
            continue
        about = credits(record)
        published = about.published or record.published_at or record.created_at
        if published.tzinfo is None:
            published = published.replace(tzinfo=timezone.utc)
        page = f"{base}/articles/{record.id}"
        items.append(
            FeedItem(
                guid=record.id,
                title=record.title,
                description=_description(record),
                published=published,
                page_url=page,
                mp3_url=f"{page}/audio.mp3",
                mp3_bytes=record.mp3_bytes or 0,
                duration_ms=record.duration_ms or 0,
                chapters_url=f"{page}/chapters.json",
                transcript_url=f"{page}/transcript.vtt",
                image_url=f"{page}/cover.jpg",
                author=about.author or show_author,
            )
        )
    return items


def _description(record: ArticleRecord) -> str:
    """The standfirst, else the lead paragraph, else the title."""
    return article_from_script(record.script).description or record.title


def feed_base_note(settings) -> str:
    """What start-up says about the feed's links, so a wrong address is noticed before listeners do."""
    if settings.public_base_url:
        return f"Feed links use NARRATEUR_PUBLIC_BASE_URL: {settings.public_base_url.rstrip('/')}/feed.xml"
    return "Feed links use each request's own scheme and host (set NARRATEUR_PUBLIC_BASE_URL to fix one public address)"
