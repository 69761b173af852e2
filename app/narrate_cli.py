"""`narrateur narrate`: article file in, podcast MP3 (and chapters, transcript) out.

A narration made before from the same article, settings and code is copied from the cache (app/publish/reuse.py)
before anything heavy is imported; otherwise the article and audio stacks load and the narration is made."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.config import ENGINE_NAMES, Settings, load_settings
from app.errors import OutputError, UnknownEngineError
from app.publish import reuse
from app.publish.files import write_atomically


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
    for path in (args.output, args.chapters, args.vtt):
        if path:
            _check_writable(Path(path))
    key = reuse.narration_key(source, args.format, engine, settings)
    kept = reuse.find(settings.cache_dir, key, engine, settings.gtts_probe_ttl_s) if key else None
    if kept is not None:
        outcome = Outcome(kept.mp3, kept.summary, lambda name: kept.file(name).read_bytes(), reused=True)
    else:
        outcome = _narrate(args, source, settings, engine, key)
    _write_outputs(args, outcome)
    _report(args, outcome)
    return 0


def _narrate(args: argparse.Namespace, source: bytes, settings: Settings, engine: str, key: str | None) -> Outcome:
    """Makes the narration into the output file, and keeps it for next time."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import datetime, timezone

    from app.publish.cover import cover_jpeg
    from app.publish.mp3 import write_narration_mp3
    from app.publish.transcripts import json_chapters, vtt_transcript
    from app.services import build_services

    services = build_services(settings)
    article = services.script(source, args.format)
    with ThreadPoolExecutor(1) as side, services.cache.holding():  # the clips stay in place until written
        cover = side.submit(cover_jpeg, article.title, services.show.name)  # drawn while the voices render
        narration = services.renderer.render(article, engine)
        cover = cover.result()
        published = datetime.now(timezone.utc)
        write_narration_mp3(Path(args.output), article, narration, services.show, published, cover)
    files = {
        reuse.MP3: Path(args.output),
        reuse.CHAPTERS: json_chapters(narration.timeline, article),
        reuse.TRANSCRIPT: vtt_transcript(narration.timeline, article),
    }
    summary = {
        "duration_ms": narration.timeline.duration_ms,
        "chapters": len(narration.timeline.chapters),
        "engine": narration.engine,
        "engine_note": narration.engine_note,
        "made_at": time.time(),
    }
    if key:
        reuse.keep(settings.cache_dir, key, files, summary)
    return Outcome(Path(args.output), summary, files.__getitem__, reused=False)


@dataclass(frozen=True)
class Outcome:
    mp3: Path
    summary: dict
    """duration_ms, chapters, engine, engine_note, made_at (Unix time)."""
    read: Callable[[str], bytes]
    """The content of the chapters or transcript file (reuse.CHAPTERS, reuse.TRANSCRIPT)."""
    reused: bool


def _write_outputs(args: argparse.Namespace, outcome: Outcome) -> None:
    if outcome.mp3 != Path(args.output):
        write_atomically(Path(args.output), [outcome.mp3.read_bytes()])
    for path, name in ((args.chapters, reuse.CHAPTERS), (args.vtt, reuse.TRANSCRIPT)):
        if path:
            write_atomically(Path(path), [outcome.read(name)])


def _report(args: argparse.Namespace, outcome: Outcome) -> None:
    summary = outcome.summary
    duration = describe_duration(summary["duration_ms"])
    chapters = summary["chapters"]
    size = Path(args.output).stat().st_size
    print(
        f"Wrote {args.output} ({duration}, {size / 1_000_000:.1f} MB, {chapters} chapitre{'s' if chapters > 1 else ''})"
    )
    if args.chapters:
        print(f"Wrote {args.chapters} (Podcasting 2.0 chapters)")
    if args.vtt:
        print(f"Wrote {args.vtt} (WebVTT transcript)")
    print(f"Duration: {duration} ({summary['duration_ms']} ms)")
    print(f"Engine: {summary['engine']} ({summary['engine_note']})")
    if outcome.reused:
        made = time.strftime("%Y-%m-%d %H:%M", time.localtime(summary["made_at"]))
        print(f"Reused the narration made {made}: same article, settings and voices")
    sys.stdout.flush()
