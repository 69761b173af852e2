"""Every file of one narrated article in its folder: what the web service publishes for each article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.article.model import Article
from app.publish.cover import cover_jpeg
from app.publish.files import write_atomically
from app.publish.mp3 import Show, write_chapter_mp3, write_narration_mp3
from app.publish.transcripts import json_chapters, vtt_chapters, vtt_transcript
from app.speech.render import Narration

__all__ = ["PublishedFiles", "publish_folder"]

MP3_NAME = "audio.mp3"
CHAPTERS_JSON = "chapters.json"
CHAPTERS_VTT = "chapters.vtt"
TRANSCRIPT_VTT = "transcript.vtt"
OPENING_MP3 = "debut.mp3"
"""The opening, published while the rest of the narration renders (the listening page plays it first)."""
COVER_JPEG = "cover.jpg"


def chapter_mp3_name(index: int) -> str:
    return f"chapitre-{index + 1:02d}.mp3"


@dataclass(frozen=True)
class PublishedFiles:
    folder: Path
    mp3_bytes: int

    @property
    def mp3(self) -> Path:
        return self.folder / MP3_NAME


def publish_folder(
    folder: Path,
    article: Article,
    narration: Narration,
    show: Show,
    published: datetime,
    extra: dict[str, bytes] | None = None,
) -> PublishedFiles:
    """Every file of one narrated article, each written atomically; the main MP3 last, so its presence means done.
    `extra` files (name → content) are written before it too."""
    for name, content in (extra or {}).items():
        write_atomically(folder / name, [content])
    cover = cover_jpeg(article.title, show.name)
    write_atomically(folder / COVER_JPEG, [cover])
    write_atomically(folder / CHAPTERS_JSON, [json_chapters(narration.timeline, article)])
    write_atomically(folder / CHAPTERS_VTT, [vtt_chapters(narration.timeline)])
    write_atomically(folder / TRANSCRIPT_VTT, [vtt_transcript(narration.timeline, article)])
    for index in range(len(narration.timeline.chapters)):
        write_chapter_mp3(folder / chapter_mp3_name(index), article, narration, index, show, published, cover)
    size = write_narration_mp3(folder / MP3_NAME, article, narration, show, published, cover)
    return PublishedFiles(folder, size)
