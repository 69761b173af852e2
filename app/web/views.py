"""Turning stored records into what the API and the pages show."""

from __future__ import annotations

from app.article.model import SegmentKind, VOICE_OF_KIND
from app.library import ArticleRecord
from app.publish import chapter_mp3_name
from app.web.schemas import ArticleOut, ArticleSummary, ChapterOut, Progress, SegmentOut, SentenceOut


def links(record: ArticleRecord) -> dict[str, str]:
    base = f"/articles/{record.id}"
    found = {"self": f"/api/articles/{record.id}", "page": base, "simple": f"{base}/simple", "events": f"/api/articles/{record.id}/events"}
    if record.status == "ready":
        found |= {
            "audio": f"{base}/audio.mp3",
            "download": f"{base}/audio.mp3?download=1",
            "chapters_json": f"{base}/chapters.json",
            "chapters_vtt": f"{base}/chapters.vtt",
            "transcript_vtt": f"{base}/transcript.vtt",
            "cover": f"{base}/cover.jpg",
        }
    if record.status == "ready" or record.first_chapter_ready:
        found["first_chapter_audio"] = f"{base}/{chapter_mp3_name(0)}"
    return found


def summary(record: ArticleRecord) -> ArticleSummary:
    return ArticleSummary(
        id=record.id, title=record.title, status=record.status, duration_ms=record.duration_ms,
        created_at=record.created_at.isoformat(), links=links(record),
    )


def progress(record: ArticleRecord, live=None) -> Progress:
    done = live.done if live else record.done_segments
    total = live.total if live else record.total_segments
    chapter = live.chapter if live else record.current_chapter
    if record.status == "ready":
        done, chapter = total, None
    return Progress(
        done_segments=done, total_segments=total, percent=round(100 * done / total) if total else 0,
        current_chapter=chapter,
    )


def _sentences(segment: dict, times: list) -> list[SentenceOut]:
    """The display words of each spoken sentence, from the speech map, with the times of its clip."""
    spans = [span for span in segment.get("speech_map", []) if segment.get("speech_text", "")[span[2] : span[3]].strip()]
    if len(spans) < 2 or len(spans) != len(times):
        return []
    return [
        SentenceOut(text=segment["text"][start:end], start_ms=clip_start, end_ms=clip_end)
        for (start, end, _, _), (clip_start, clip_end) in zip(spans, times)
    ]


def detail(record: ArticleRecord, live=None) -> ArticleOut:
    timeline = record.timeline or {}
    timed_chapters = timeline.get("chapters", [])
    timed_segments = timeline.get("segments", [])
    chapters, segments, index = [], [], 0
    for number, chapter in enumerate(record.script["chapters"]):
        times = timed_chapters[number] if number < len(timed_chapters) else {}
        chapters.append(ChapterOut(title=chapter["title"], start_ms=times.get("start_ms"), end_ms=times.get("end_ms")))
        for segment in chapter["segments"]:
            times = timed_segments[index] if index < len(timed_segments) else {}
            kind = SegmentKind(segment["kind"])
            segments.append(
                SegmentOut(
                    kind=kind.value, text=segment["text"], voice=VOICE_OF_KIND[kind].value, speaker=segment.get("speaker"),
                    start_ms=times.get("start_ms"), end_ms=times.get("end_ms"),
                    sentences=_sentences(segment, times.get("sentences", [])),
                )
            )
            index += 1
    return ArticleOut(
        **summary(record).model_dump(),
        progress=progress(record, live),
        source_url=record.source_url,
        engine=record.engine_used,
        engine_note=record.engine_note,
        error=record.error,
        published_at=record.published_at.isoformat() if record.published_at else None,
        chapters=chapters,
        segments=segments,
    )
