"""The article as a listener hears it: a title, chapters, and narration segments in reading order."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class SegmentKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"


class Voice(StrEnum):
    """The role that speaks a segment; the speech stage casts each role to a concrete voice."""

    NARRATOR = "narrator"
    HEADING = "heading"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"


VOICE_OF_KIND = {
    SegmentKind.TITLE: Voice.NARRATOR,
    SegmentKind.HEADING: Voice.HEADING,
    SegmentKind.PARAGRAPH: Voice.NARRATOR,
    SegmentKind.QUOTE: Voice.QUOTE,
    SegmentKind.ATTRIBUTION: Voice.ATTRIBUTION,
}


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    text: str
    """The article's own words, as displayed."""
    speaker: str | None = None
    """Who is quoted (quotes and attributions), where the article says so."""
    speech_text: str = ""
    """What the engine is given: French words only. Filled by the speechtext stage."""
    speech_map: tuple[tuple[int, int, int, int], ...] = ()
    """Per sentence: (text_start, text_end, speech_start, speech_end), character offsets, so a page can show
    which of the article's words are being said."""

    @property
    def voice(self) -> Voice:
        return VOICE_OF_KIND[self.kind]

    def with_speech(self, speech_text: str, speech_map: tuple[tuple[int, int, int, int], ...] = ()) -> Segment:
        return replace(self, speech_text=speech_text, speech_map=speech_map)


@dataclass(frozen=True)
class Chapter:
    title: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Dropped:
    """A piece of the page that is not spoken, and why (shown to users so they can see what was left out)."""

    text: str
    reason: str

    def to_dict(self) -> dict:
        return {"text": self.text, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict | str) -> Dropped:
        # Scripts stored before reasons were kept hold bare strings.
        return cls(data, "chrome") if isinstance(data, str) else cls(data["text"], data.get("reason", "chrome"))


@dataclass(frozen=True)
class Article:
    title: str
    chapters: tuple[Chapter, ...]
    dropped: tuple[Dropped, ...] = ()
    language: str = "fr"
    source_url: str | None = None
    author: str | None = None
    """The article's byline (names only), never a sidebar's."""
    published: str | None = None
    """ISO 8601 date or date-time the page gives for the article."""
    standfirst: str | None = None
    """The chapô, the lead the page sets apart under the title; also spoken as the first paragraph."""

    @property
    def description(self) -> str | None:
        """The standfirst, else the lead paragraph: the podcast episode's description."""
        if self.standfirst:
            return self.standfirst
        return next((s.text for s in self.segments if s.kind is SegmentKind.PARAGRAPH), None)

    @property
    def dropped_texts(self) -> tuple[str, ...]:
        return tuple(entry.text for entry in self.dropped)

    @property
    def segments(self) -> tuple[Segment, ...]:
        return tuple(segment for chapter in self.chapters for segment in chapter.segments)

    def map_segments(self, change) -> Article:  # change: Segment -> Segment
        chapters = tuple(
            Chapter(chapter.title, tuple(change(segment) for segment in chapter.segments)) for chapter in self.chapters
        )
        return replace(self, chapters=chapters)


def script_json(article: Article) -> dict:
    """The narration script of CONTRACT.md."""
    return {
        "title": article.title,
        "language": article.language,
        "source_url": article.source_url,
        "author": article.author,
        "published": article.published,
        "standfirst": article.standfirst,
        "chapters": [
            {
                "title": chapter.title,
                "segments": [
                    {
                        "kind": segment.kind.value,
                        "text": segment.text,
                        "speech_text": segment.speech_text,
                        "voice": segment.voice.value,
                        "speaker": segment.speaker,
                        "speech_map": [list(span) for span in segment.speech_map],
                    }
                    for segment in chapter.segments
                ],
            }
            for chapter in article.chapters
        ],
        "dropped": [entry.to_dict() for entry in article.dropped],
    }


def article_from_script(data: dict) -> Article:
    """Rebuilds an Article from its stored script (the library keeps scripts as JSON)."""
    chapters = tuple(
        Chapter(
            chapter["title"],
            tuple(
                Segment(
                    SegmentKind(segment["kind"]),
                    segment["text"],
                    segment.get("speaker"),
                    segment.get("speech_text", ""),
                    tuple(tuple(span) for span in segment.get("speech_map", ())),
                )
                for segment in chapter["segments"]
            ),
        )
        for chapter in data["chapters"]
    )
    return Article(
        title=data["title"],
        chapters=chapters,
        dropped=tuple(Dropped.from_dict(entry) for entry in data.get("dropped", ())),
        language=data.get("language", "fr"),
        source_url=data.get("source_url"),
        author=data.get("author"),
        published=data.get("published"),
        standfirst=data.get("standfirst"),
    )
