"""Where every segment and chapter sits in the final audio, exact to the sample, from the clips' frame counts."""

from __future__ import annotations

from dataclasses import dataclass

from app.article.model import Article
from app.speech.cache import StoredClip
from app.speech.plan import PlannedClip


@dataclass(frozen=True)
class TimedSegment:
    chapter_index: int
    start_ms: int
    end_ms: int
    sentences: tuple[tuple[int, int], ...] = ()
    """(start_ms, end_ms) of each sentence clip, in order: where a page can follow the voice within a paragraph."""


@dataclass(frozen=True)
class TimedChapter:
    title: str
    start_ms: int
    end_ms: int
    first_clip: int
    """Index of the chapter's first clip in the narration (its per-chapter MP3 starts there)."""
    end_clip: int


@dataclass(frozen=True)
class Timeline:
    segments: tuple[TimedSegment, ...]
    chapters: tuple[TimedChapter, ...]
    duration_ms: int

    def to_dict(self) -> dict:
        """The timeline as the library stores it (JSON)."""
        return {
            "duration_ms": self.duration_ms,
            "chapters": [
                {
                    "title": c.title,
                    "start_ms": c.start_ms,
                    "end_ms": c.end_ms,
                    "first_clip": c.first_clip,
                    "end_clip": c.end_clip,
                }
                for c in self.chapters
            ],
            "segments": [
                {
                    "start_ms": s.start_ms,
                    "end_ms": s.end_ms,
                    "chapter": s.chapter_index,
                    "sentences": [list(t) for t in s.sentences],
                }
                for s in self.segments
            ],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Timeline:
        # Timelines stored before the clip indices were kept have none: no stored timeline is cut into clips again.
        chapters = tuple(
            TimedChapter(c["title"], c["start_ms"], c["end_ms"], c.get("first_clip", 0), c.get("end_clip", 0))
            for c in data["chapters"]
        )
        segments = tuple(
            TimedSegment(
                s["chapter"], s["start_ms"], s["end_ms"], tuple((start, end) for start, end in s.get("sentences", ()))
            )
            for s in data["segments"]
        )
        return cls(segments, chapters, data["duration_ms"])


def build_timeline(article: Article, plan: list[PlannedClip], clips: list[StoredClip]) -> Timeline:
    sample_rate = clips[0].sample_rate_hz
    to_ms = lambda samples: round(samples * 1000 / sample_rate)  # noqa: E731
    cursor = 0
    segment_times: dict[int, tuple[int, int]] = {}
    sentence_times: dict[int, list[tuple[int, int]]] = {}
    chapter_first_clip: dict[int, int] = {}
    for position, (planned, clip) in enumerate(zip(plan, clips, strict=True)):
        if planned.kind == "speech":
            chapter_first_clip.setdefault(planned.chapter_index, position)
            start = cursor + clip.sound_start_samples
            first = segment_times.get(planned.segment, (to_ms(start), 0))[0]  # a segment spans its sentences
            segment_times[planned.segment] = (first, to_ms(start + clip.sound_samples))
            sentence_times.setdefault(planned.segment, []).append((to_ms(start), to_ms(start + clip.sound_samples)))
        cursor += clip.decoded_samples
    duration_ms = to_ms(cursor)

    segments, index = [], 0
    for chapter_index, chapter in enumerate(article.chapters):
        for _ in chapter.segments:
            start, end = segment_times[index]
            segments.append(TimedSegment(chapter_index, start, end, tuple(sentence_times[index])))
            index += 1

    chapters = []
    starts = [0] + [segments[_first_segment(article, i)].start_ms for i in range(1, len(article.chapters))]
    first_clips = [0] + [chapter_first_clip[i] for i in range(1, len(article.chapters))]
    for i, chapter in enumerate(article.chapters):
        last = i + 1 == len(article.chapters)
        chapters.append(
            TimedChapter(
                title=chapter.title,
                start_ms=starts[i],
                end_ms=duration_ms if last else starts[i + 1],
                first_clip=first_clips[i],
                end_clip=len(clips) if last else first_clips[i + 1],
            )
        )
    return Timeline(tuple(segments), tuple(chapters), duration_ms)


def _first_segment(article: Article, chapter_index: int) -> int:
    return sum(len(chapter.segments) for chapter in article.chapters[:chapter_index])
