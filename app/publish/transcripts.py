"""Chapter and transcript files from the timeline: Podcasting 2.0 JSON chapters, WebVTT chapters and transcript."""

from __future__ import annotations

import json

from app.article.model import Article, SegmentKind
from app.speech.timeline import Timeline


def json_chapters(timeline: Timeline, article: Article) -> bytes:
    """Podcasting 2.0 JSON chapters, version 1.2 (times in seconds)."""
    document = {
        "version": "1.2.0",
        "title": article.title,
        "chapters": [
            {"startTime": chapter.start_ms / 1000, "endTime": chapter.end_ms / 1000, "title": chapter.title}
            for chapter in timeline.chapters
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def vtt_time(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _cue_text(text: str) -> str:
    # A cue's text must not contain "-->" nor raw markup characters.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("-->", "→")


def vtt_chapters(timeline: Timeline) -> bytes:
    cues = [
        f"chapitre-{index + 1}\n{vtt_time(c.start_ms)} --> {vtt_time(c.end_ms)}\n{_cue_text(c.title)}"
        for index, c in enumerate(timeline.chapters)
    ]
    return ("WEBVTT\n\n" + "\n\n".join(cues) + "\n").encode("utf-8")


def vtt_transcript(timeline: Timeline, article: Article) -> bytes:
    """One cue per segment; quotes carry their speaker as a <v> voice tag."""
    cues = []
    for index, (segment, timed) in enumerate(zip(article.segments, timeline.segments, strict=True)):
        text = _cue_text(segment.text)
        if segment.kind is SegmentKind.QUOTE:
            speaker = _cue_text(segment.speaker or "Citation").replace(">", "")
            text = f"<v {speaker}>« {text} »"
        cues.append(f"segment-{index + 1}\n{vtt_time(timed.start_ms)} --> {vtt_time(timed.end_ms)}\n{text}")
    return ("WEBVTT\n\n" + "\n\n".join(cues) + "\n").encode("utf-8")
