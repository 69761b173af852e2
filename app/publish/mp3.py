"""The podcast-style MP3: ID3 tag, then the clips' frames back to back (same format, constant bit rate)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.article.model import Article
from app.publish.files import write_atomically
from app.publish.tags import TagInfo, id3_tag
from app.speech.cache import StoredClip
from app.speech.render import Narration


@dataclass(frozen=True)
class Show:
    name: str
    author: str


def _frames(clips: Sequence[StoredClip]) -> Iterator[bytes]:
    # One clip in memory at a time: a long article streams to disk instead of being held whole.
    for clip in clips:
        yield clip.read()


def write_narration_mp3(
    path: Path, article: Article, narration: Narration, show: Show, published: datetime, cover: bytes | None
) -> int:
    info = TagInfo(
        title=article.title,
        artist=article.author or show.author,
        album=show.name,
        published=published,
        description=article.description,
        source_url=article.source_url,
        cover_jpeg=cover,
        chapters=tuple((c.title, c.start_ms, c.end_ms) for c in narration.timeline.chapters),
    )
    return write_atomically(path, _with_tag(id3_tag(info), narration.clips))


def write_chapter_mp3(
    path: Path, article: Article, narration: Narration, index: int, show: Show, published: datetime, cover: bytes | None
) -> int:
    chapter = narration.timeline.chapters[index]
    info = TagInfo(
        title=f"{index + 1}. {chapter.title}",
        artist=article.author or show.author,
        album=article.title,
        published=published,
        description=article.description if index == 0 else None,
        source_url=article.source_url,
        cover_jpeg=cover,
        chapters=(),
    )
    clips = narration.clips[chapter.first_clip : chapter.end_clip]
    return write_atomically(path, _with_tag(id3_tag(info), clips))


def _with_tag(tag: bytes, clips: Sequence[StoredClip]) -> Iterator[bytes]:
    yield tag
    yield from _frames(clips)
