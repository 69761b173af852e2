"""`narrateur narrate`: articles (files, standard input, URLs) in, podcast MP3s (and chapters, transcripts) out.

Several inputs are narrated at once, within the machine's cores: each is read in a process of its own or in a
speech worker process and spoken by the worker processes, so the cores stay busy whatever the mix. What a person
waits for is mostly start-up, so the work starts before the imports: the first inputs are read in processes forked
before anything heavy loads (narrate_inputs.ReadAhead), the speech workers are forked as soon as the audio stack
is loaded, and the command's own process loads the rest (publishing, the cover) while they work. An input
narrated before with the same settings, voices and code is copied from the narrations kept in the cache
(app/publish/reuse.py); when every input is, nothing of the article or audio stacks is even imported.
Exit status: 0 every input narrated, 1 some failed (each says why, the others are written), 2 bad input (nothing
could be narrated)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app import collector
from app.config import ENGINE_NAMES, Settings, load_settings
from app.deadline import Deadline
from app.errors import InputError, NarrateurError, UnknownEngineError, WorkCancelledError
from app.log_choices import errors_only_log
from app.narrate_inputs import ReadAhead, Reading, Source, check_inputs, is_url, read_article, read_input
from app.narrate_outputs import OutputPlan, Outputs, Written, write_kept_outputs
from app.narrate_progress import Bar, Display
from app.publish import reuse

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from app.services import Services
    from app.speech.workers import ClipWorkers

EXIT_NARRATED, EXIT_SOME_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def _info(message: str, *args) -> None:
    """An INFO line of the log. Only -v shows them, and -v loads `logging` to say so: when nothing has loaded it,
    nobody would see the line, and copying a kept narration does without loading it (7 ms of its start-up)."""
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.getLogger(__name__).info(message, *args)


@dataclass(frozen=True)
class Outcome:
    label: str
    line: str
    error: NarrateurError | None = None


def describe_duration(ms: int) -> str:
    minutes, seconds = divmod(round(ms / 1000), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


def narrate_command(args: argparse.Namespace) -> int:
    settings = load_settings()
    engine = args.engine or settings.engine
    if engine not in ENGINE_NAMES:
        raise UnknownEngineError(f"Unknown engine {engine!r}: use auto, espeak, gtts or piper")
    check_inputs(args.inputs)
    plan = OutputPlan(len(args.inputs), args.output, args.chapters, args.vtt, args.per_chapter)
    local = {label: _read_local(label, args.format, settings) for label in args.inputs if not is_url(label)}
    keys = {label: _key(source, engine, settings) for label, source in local.items()}
    kept = _kept_locals(args, keys, engine, settings)
    if len(local) == len(args.inputs) and None not in kept.values():  # a URL is fetched by the full path
        with Display(args.quiet, args.verbose) as display:
            for label in args.inputs:
                display.summary(_copied(kept[label], plan))  # type: ignore[arg-type]
        return EXIT_NARRATED
    if not args.verbose:
        errors_only_log()  # before the stacks that log load (-v configures the log in Display)
    ahead = _read_ahead(local, kept, settings)
    workers = _speech_workers()
    try:
        from app.services import build_services  # the rest loads while the inputs are read

        services = build_services(settings, workers=workers)
        collector.loaded()
        with Display(args.quiet, args.verbose) as display:
            outcomes = _narrate_all(args, engine, plan, services, display, Inputs(local, keys, kept, ahead))
    finally:
        workers.close()
    return exit_status(outcomes)


def _read_ahead(local: dict, kept: dict, settings: Settings) -> dict[str, ReadAhead]:
    """The first local inputs (one per core) that must be narrated, each read in a process forked now; the others
    are read in the speech workers."""
    ahead: dict[str, ReadAhead] = {}
    for label, source in local.items():
        if len(ahead) == (os.cpu_count() or 2):
            break
        if isinstance(source, Source) and kept[label] is None:
            ahead[label] = ReadAhead(Reading(source, settings.max_input_bytes, settings.lexicon_path))
    return ahead


def _speech_workers() -> ClipWorkers:
    """The speech workers, forked as soon as the audio stack is loaded (they share it), before any thread."""
    from app.speech.clips import load_audio_stack
    from app.speech.workers import ClipWorkers

    load_audio_stack()
    workers = ClipWorkers()
    workers.start()  # forking a threaded process is unsafe: no thread is started before this
    return workers


def _read_local(label: str, input_format: str, settings: Settings) -> Source | NarrateurError:
    """A file's or standard input's bytes, read once and first (standard input cannot be read twice)."""
    try:
        return read_input(label, input_format, settings)
    except NarrateurError as error:
        return error


def _key(source: Source | NarrateurError, engine: str, settings: Settings) -> str | None:
    """The key its narration is kept under (None: not keepable, or the input could not be read)."""
    if isinstance(source, NarrateurError):
        return None
    return reuse.narration_key(source.content, source.input_format, engine, settings)


def _kept_locals(
    args: argparse.Namespace, keys: dict[str, str | None], engine: str, settings: Settings
) -> dict[str, reuse.KeptNarration | None]:
    """The kept narration of each file and standard input; None when it has to be made (or failed to read)."""
    if args.per_chapter:
        return dict.fromkeys(keys)  # chapter MP3s are not kept
    return {
        label: reuse.find(settings.cache_dir, key, engine, settings.gtts_probe_ttl_s) if key else None
        for label, key in keys.items()
    }


def _copied(kept: reuse.KeptNarration, plan: OutputPlan) -> str:
    _info(
        "%r: the narration kept in %s is copied (same article, settings, voices and code)",
        kept.summary["title"],
        kept.folder,
    )
    outputs = plan.outputs(kept.summary["title"])
    written = write_kept_outputs(outputs, kept)
    made = time.strftime("%Y-%m-%d %H:%M", time.localtime(kept.summary["made_at"]))
    return _summary(outputs, written, kept.summary) + f"; reused the narration made {made}"


@dataclass(frozen=True)
class Inputs:
    """What is known of the inputs before the audio stack loads."""

    local: dict
    """The files' and standard input's contents (or why they could not be read), read before anything else."""
    keys: dict
    """Their narration keys (app/publish/reuse.py), computed once."""
    kept: dict
    """Their kept narrations (None: to be made)."""
    ahead: dict[str, ReadAhead]
    """The inputs being read in processes of their own."""


@dataclass(frozen=True)
class Run:
    """What every input of one command shares."""

    engine: str
    input_format: str
    plan: OutputPlan
    services: Services
    stop: Deadline
    """Cancelled by Ctrl+C: renders stop between two clips, nothing half-written is left."""
    inputs: Inputs
    drawing: ThreadPoolExecutor
    """Draws the covers while the voices speak."""


def _narrate_all(
    args, engine: str, plan: OutputPlan, services: Services, display: Display, inputs: Inputs
) -> list[Outcome]:
    from concurrent.futures import ThreadPoolExecutor  # here: a kept narration is copied without threads

    from app.narrate_outputs import load_publishing

    single = len(args.inputs) == 1
    drawing = ThreadPoolExecutor(1, thread_name_prefix="cover")
    drawing.submit(load_publishing)  # while the articles are read
    run = Run(engine, args.format, plan, services, Deadline(float("inf")), inputs, drawing)
    bars = [display.track(label if is_url(label) else Path(label).name) for label in args.inputs]
    pool = ThreadPoolExecutor(min(len(args.inputs), os.cpu_count() or 2), thread_name_prefix="narrate")
    try:
        futures = [pool.submit(_narrate_one, label, run, bar) for label, bar in zip(args.inputs, bars, strict=True)]
        outcomes = []
        for future in futures:  # summaries in the order the inputs were given
            outcome = future.result()
            if outcome.error is None:
                display.summary(outcome.line)
            else:
                display.error(
                    f"narrateur: {outcome.error}" if single else f"narrateur: {outcome.label}: {outcome.error}"
                )
            outcomes.append(outcome)
        return outcomes
    except KeyboardInterrupt:
        run.stop.cancel("Interrupted")
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        drawing.shutdown(wait=True, cancel_futures=True)


def _narrate_one(label: str, run: Run, bar: Bar) -> Outcome:
    try:
        return Outcome(label, _narrate(label, run, bar))
    except WorkCancelledError:
        return Outcome(label, "", None)
    except NarrateurError as error:
        return Outcome(label, "", error)
    finally:
        bar.finish()


def _narrate(label: str, run: Run, bar: Bar) -> str:
    from datetime import datetime, timezone

    from app.narrate_outputs import write_outputs
    from app.publish.cover import cover_jpeg

    services, settings = run.services, run.services.settings
    bar.stage(f"{label}: fetching" if is_url(label) else Path(label).name)
    inputs = run.inputs
    local = label in inputs.local
    source = inputs.local[label] if local else read_input(label, run.input_format, settings)
    if isinstance(source, NarrateurError):
        raise source
    _info("%s: %d bytes read%s", label, len(source.content), f" from {source.url}" if source.url else "")
    key = inputs.keys[label] if local else _key(source, run.engine, settings)
    if local:
        kept = inputs.kept[label]  # looked up before the audio stack loaded
    elif key and run.plan.per_chapter is None:
        kept = reuse.find(settings.cache_dir, key, run.engine, settings.gtts_probe_ttl_s)
    else:
        kept = None
    if kept is not None:
        return _copied(kept, run.plan)
    bar.stage(f"{Path(label).name}: reading")
    article = inputs.ahead[label].article() if label in inputs.ahead else _read(source, settings, services)
    run.stop.check()
    cover = run.drawing.submit(cover_jpeg, article.title, services.show.name)
    outputs = run.plan.outputs(article.title)
    choice = services.selector.choose(run.engine)
    _info(
        "%s: %r, %d segments, engine %s (%s)",
        label,
        article.title,
        len(article.segments),
        choice.engine.name,
        choice.reason,
    )
    bar.stage(article.title, choice.engine.name)
    with services.cache.holding():  # the clips stay in place until written
        progress = lambda done, total, _chapter: bar.advance(done, total)  # noqa: E731
        narration = services.renderer.render(article, run.engine, progress, run.stop)
        bar.stage(f"{article.title}: writing", narration.engine)
        published = datetime.now(timezone.utc)
        written = write_outputs(outputs, article, narration, services.show, published, cover.result())
    _info(
        "%s: %d clips made, %d from the cache", label, narration.clips_made, len(narration.clips) - narration.clips_made
    )
    summary = {
        "title": article.title,
        "duration_ms": narration.timeline.duration_ms,
        "chapters": len(narration.timeline.chapters),
        "engine": narration.engine,
        "engine_note": narration.engine_note,
        "made_at": time.time(),
    }
    if key:
        reuse.keep(settings.cache_dir, key, written.kept_files, summary)
    return _summary(outputs, written, summary)


def _read(source, settings: Settings, services: Services):
    """The article with its speech text, read in a speech worker process (several inputs read on all cores)."""
    reading = Reading(source, settings.max_input_bytes, settings.lexicon_path)
    return services.renderer.workers.submit(read_article, reading).result()


def _summary(outputs: Outputs, written: Written, summary: dict) -> str:
    """Where it wrote what, how long the audio is, which engine spoke and why: one line."""
    chapters = summary["chapters"]
    details = [
        describe_duration(summary["duration_ms"]),
        f"{written.mp3_bytes / 1_000_000:.1f} MB",
        f"{chapters} chapitre{'s' if chapters > 1 else ''}",
    ]
    stem = str(outputs.mp3.with_suffix(""))
    beside = [str(path).removeprefix(stem) for path in written.paths if str(path).startswith(stem + ".")]
    also = [str(path) for path in written.paths if not str(path).startswith(stem + ".")]
    if beside:
        also.insert(0, f"its {', '.join(beside)}")
    if written.chapter_files:
        count = written.chapter_files
        also.append(f"{count} chapter MP3{'s' if count > 1 else ''} in {outputs.per_chapter}{os.sep}")
    extra = f", and {', '.join(also)}" if also else ""
    return f"Wrote {outputs.mp3} ({', '.join(details)}){extra}; engine {summary['engine']} ({summary['engine_note']})"


def exit_status(outcomes: list[Outcome]) -> int:
    failed = [outcome for outcome in outcomes if outcome.error is not None]
    if not failed:
        return EXIT_NARRATED
    if len(failed) == len(outcomes) and all(isinstance(outcome.error, InputError) for outcome in failed):
        return EXIT_BAD_INPUT
    return EXIT_SOME_FAILED
