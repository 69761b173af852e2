"""Where `narrateur narrate` writes: the MP3 named by -o or after the article's title (the service's download
name), its chapters and transcript (`auto`: beside it), one MP3 per chapter; every file whole or not at all."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import InputError, OutputError
from app.publish import reuse
from app.publish.files import write_atomically
from app.publish.names import readable_file_name

if TYPE_CHECKING:
    from datetime import datetime

    from app.article.model import Article
    from app.publish.mp3 import Show
    from app.speech.render import Narration

AUTO = "auto"
CHAPTERS_SUFFIX = ".chapters.json"
VTT_SUFFIX = ".vtt"


@dataclass(frozen=True)
class Outputs:
    """The files of one input."""

    mp3: Path
    chapters: Path | None = None
    vtt: Path | None = None
    per_chapter: Path | None = None
    """The folder of its chapter MP3s (chapitre-01.mp3, …), the service's names."""


@dataclass(frozen=True)
class Written:
    mp3_bytes: int
    paths: tuple[Path, ...]
    """Every file written besides the MP3, in order."""
    chapter_files: int
    kept_files: dict = field(default_factory=dict)
    """What the narration keeps for next time (reuse.keep): the MP3's path, the chapters and transcript."""


def check_writable(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"Cannot write {path}: it is a folder")
    if not folder.is_dir():
        raise OutputError(f"Cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"Cannot write {path}: permission denied")
    return path


def _writable_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"Cannot write in {folder}", error.strerror) from None
    if not os.access(folder, os.W_OK):
        raise OutputError(f"Cannot write in {folder}: permission denied")
    return folder


class OutputPlan:
    """Checks the output arguments before any input is read, then names each input's files once its title is
    known; two articles of one run never get the same name."""

    def __init__(
        self, inputs: int, output: str | None, chapters: str | None, vtt: str | None, per_chapter: str | None
    ) -> None:
        self.several = inputs > 1
        self.folder: Path | None = None
        self.file: Path | None = None
        if output is None or output.endswith(("/", os.sep)) or Path(output).is_dir():
            self.folder = _writable_folder(Path(output or "."))
        elif self.several:
            raise InputError(f"-o names one file but {inputs} inputs were given: give a folder instead (-o DIR/)")
        else:
            self.file = check_writable(Path(output))
        for option, value in (("--chapters", chapters), ("--vtt", vtt)):
            if value and value != AUTO:
                if self.several:
                    raise InputError(f"{option} names one file but {inputs} inputs were given: use {option} auto")
                check_writable(Path(value))
        self.chapters, self.vtt = chapters, vtt
        self.per_chapter = _writable_folder(Path(per_chapter)) if per_chapter else None
        self._taken: set[Path] = set()
        self._lock = threading.Lock()

    def outputs(self, title: str) -> Outputs:
        mp3 = self.file or self._unique(self.folder / readable_file_name(title))  # type: ignore[operator]
        stem = mp3.with_suffix("")
        chapters = Path(f"{stem}{CHAPTERS_SUFFIX}") if self.chapters == AUTO else _path(self.chapters)
        vtt = Path(f"{stem}{VTT_SUFFIX}") if self.vtt == AUTO else _path(self.vtt)
        per_chapter = None
        if self.per_chapter is not None:
            per_chapter = self.per_chapter / stem.name if self.several else self.per_chapter
        return Outputs(mp3, chapters, vtt, per_chapter)

    def _unique(self, path: Path) -> Path:
        with self._lock:
            candidate, number = path, 1
            while candidate in self._taken:
                number += 1
                candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
            self._taken.add(candidate)
            return candidate


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None


def load_publishing() -> None:
    """Loads what writing the files needs (ID3 tags, transcripts, the cover's drawing) ahead of the first files:
    a command does it while its article is being read, when one core is idle, not while the voices speak."""
    import app.publish.folder
    import app.publish.mp3
    import app.publish.transcripts  # noqa: F401
    from app.publish.cover import load_drawing

    load_drawing()


def write_outputs(
    outputs: Outputs, article: Article, narration: Narration, show: Show, published: datetime, cover: bytes
) -> Written:
    """The chapter MP3s, chapters and transcript first, the MP3 last: once it is there, everything is."""
    from app.publish.folder import chapter_mp3_name
    from app.publish.mp3 import write_chapter_mp3, write_narration_mp3
    from app.publish.transcripts import json_chapters, vtt_transcript

    written: list[Path] = []
    chapter_files = 0
    if outputs.per_chapter is not None:
        for index in range(len(narration.timeline.chapters)):
            path = outputs.per_chapter / chapter_mp3_name(index)
            write_chapter_mp3(path, article, narration, index, show, published, cover)
            chapter_files += 1
    chapters = json_chapters(narration.timeline, article)
    transcript = vtt_transcript(narration.timeline, article)
    written += _write_small_files(outputs, chapters, transcript)
    size = write_narration_mp3(outputs.mp3, article, narration, show, published, cover)
    kept = {reuse.MP3: outputs.mp3, reuse.CHAPTERS: chapters, reuse.TRANSCRIPT: transcript}
    return Written(size, tuple(written), chapter_files, kept)


def write_kept_outputs(outputs: Outputs, kept: reuse.KeptNarration) -> Written:
    """The files of a narration made before, copied from where it is kept (never its chapter MP3s)."""
    chapters = kept.file(reuse.CHAPTERS).read_bytes()
    transcript = kept.file(reuse.TRANSCRIPT).read_bytes()
    written = _write_small_files(outputs, chapters, transcript)
    size = write_atomically(outputs.mp3, [kept.mp3.read_bytes()])
    return Written(size, tuple(written), 0)


def _write_small_files(outputs: Outputs, chapters: bytes, transcript: bytes) -> list[Path]:
    written = []
    if outputs.chapters is not None:
        write_atomically(outputs.chapters, [chapters])
        written.append(outputs.chapters)
    if outputs.vtt is not None:
        write_atomically(outputs.vtt, [transcript])
        written.append(outputs.vtt)
    return written
