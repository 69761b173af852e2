"""`narrateur narrate`: article file in, podcast MP3 (and chapters, transcript) out."""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from app.config import load_settings
from app.errors import OutputError, UnknownEngineError
from app.publish.cover import cover_jpeg
from app.publish.files import write_atomically
from app.publish.mp3 import write_narration_mp3
from app.publish.transcripts import json_chapters, vtt_transcript
from app.services import build_services
from app.speech.selection import ENGINE_NAMES


def _check_writable(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"Cannot write {path}: it is a folder")
    if not folder.is_dir():
        raise OutputError(f"Cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"Cannot write {path}: permission denied")
    return path


def describe_duration(ms: int) -> str:
    minutes, seconds = divmod(round(ms / 1000), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


def narrate_command(args: argparse.Namespace, source: bytes) -> int:
    settings = load_settings()
    engine = args.engine or settings.engine
    if engine not in ENGINE_NAMES:
        raise UnknownEngineError(f"Unknown engine {engine!r}: use auto, espeak, gtts or piper")
    outputs = [Path(p) for p in (args.output, args.chapters, args.vtt) if p]
    for path in outputs:
        _check_writable(path)
    services = build_services(settings)
    article = services.script(source, args.format)
    with ThreadPoolExecutor(1) as side, services.cache.holding():  # the clips stay in place until written
        cover = side.submit(cover_jpeg, article.title, services.show.name)  # drawn while the voices render
        narration = services.renderer.render(article, engine)
        cover = cover.result()
        published = datetime.now(timezone.utc)
        size = write_narration_mp3(Path(args.output), article, narration, services.show, published, cover)
    duration = describe_duration(narration.timeline.duration_ms)
    chapters = len(narration.timeline.chapters)
    print(
        f"Wrote {args.output} ({duration}, {size / 1_000_000:.1f} MB, {chapters} chapitre{'s' if chapters > 1 else ''})"
    )
    if args.chapters:
        write_atomically(Path(args.chapters), [json_chapters(narration.timeline, article)])
        print(f"Wrote {args.chapters} (Podcasting 2.0 chapters)")
    if args.vtt:
        write_atomically(Path(args.vtt), [vtt_transcript(narration.timeline, article)])
        print(f"Wrote {args.vtt} (WebVTT transcript)")
    print(f"Duration: {duration} ({narration.timeline.duration_ms} ms)")
    print(f"Engine: {narration.engine} ({narration.engine_note})")
    sys.stdout.flush()
    return 0
