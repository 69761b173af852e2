"""`narrateur sources add | list | remove | run`: following publishers' feeds from the command line (and cron).

`run` polls the sources that are due, narrates their new items into the library (the same data folder as the
service: they land in its podcast) and returns when they are narrated: 0 all narrated, 1 some failed (each
says why, and is tried again later with a growing wait), 2 bad input."""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Iterator
from datetime import datetime, timezone

from app.config import Settings, load_settings
from app.errors import DataFolderInUseError, InputError
from app.library import Library, NarrationJobs, Store
from app.library.lock import DataFolderLock
from app.narrate_cli import EXIT_NARRATED, EXIT_SOME_FAILED, describe_duration
from app.narrate_progress import Display
from app.publish.published import LocalPublications
from app.services import build_services
from app.sources.poller import FeedProblem, ItemOutcome, Round, SourcePoller
from app.sources.store import SourceRecord, SourceStore

SETTLE_WAIT_S = 0.3
"""How often `run` looks at the narrations it waits for."""


def sources_command(args: argparse.Namespace) -> int:
    settings = load_settings()
    action = {"add": _add, "list": _list, "remove": _remove, "run": _run}[args.action]
    return action(args, settings)


@contextlib.contextmanager
def _poller(settings: Settings, narrating: bool = False) -> Iterator[SourcePoller]:
    """The library and its poller; `narrating` also takes the data folder (one process narrates into it).
    Distributed, the library is the cluster's: new items go on its queue and its workers narrate them."""
    if settings.distributed:
        from app.cluster import api_library

        services = build_services(settings)
        parts = api_library(settings, services)
        try:
            yield SourcePoller(SourceStore(parts.store), Library(parts.store, parts.jobs, services))
        finally:
            parts.close()
        return
    lock = DataFolderLock(settings.data_dir) if narrating else None
    if lock is not None:
        try:
            lock.acquire()
        except DataFolderInUseError as error:
            raise DataFolderInUseError(
                error.message, "a service runs on this data folder and polls its sources itself"
            ) from None
    services = build_services(settings)
    store = jobs = None
    try:
        if narrating:
            services.renderer.workers.start()  # forked before any thread starts
        store = Store(settings.database_path)
        jobs = NarrationJobs(
            store,
            services,
            LocalPublications(settings.published_dir),
            settings.narration_workers,
            settings.narration_timeout_s,
        )
        if narrating:
            jobs.start()
        yield SourcePoller(SourceStore(store), Library(store, jobs, services))
    finally:
        if jobs is not None:
            jobs.stop()
        services.renderer.workers.close()
        if store is not None:
            store.close()
        if lock is not None:
            lock.release()


def _add(args: argparse.Namespace, settings: Settings) -> int:
    if args.backfill < 0:
        raise InputError("--backfill is a number of items: 0 or more")
    if args.interval is not None and not 0 < args.interval <= 7 * 24 * 60:
        raise InputError("--interval is in minutes: more than 0, at most a week (10080)")
    interval_s = args.interval * 60 if args.interval else None
    with _poller(settings) as poller:
        source, created = poller.add(args.url, args.engine, interval_s, args.backfill)
    waiting = source.counts.get("pending", 0)
    if not created:
        print(f'Already following "{source.title}" (id {source.id}), every {_minutes(source.interval_s)}')
        return EXIT_NARRATED
    seen = sum(source.counts.values())
    print(
        f'Following "{source.title}" (id {source.id}), every {_minutes(source.interval_s)}: '
        f"{seen} item{'s' if seen != 1 else ''} seen, {waiting} to narrate "
        "(narrateur sources run narrates them; a running service does it on its own)"
    )
    return EXIT_NARRATED


def _list(args: argparse.Namespace, settings: Settings) -> int:
    with _poller(settings) as poller:
        sources = poller.sources.list()
        failed = {source.id: poller.sources.items(source.id, ("failed", "pending")) for source in sources}
    if not sources:
        print("No source followed yet: narrateur sources add FEED_URL")
    for source in sources:
        print(_source_line(source))
        for item in failed[source.id]:
            if item.error:
                state = (
                    f"failed for good after {item.attempts} attempts"
                    if item.status == "failed"
                    else f"attempt {item.attempts}, tried again in {_until(item.next_attempt_at)}"
                )
                print(f"    {item.link or item.title}: {item.error} ({state})")
    return EXIT_NARRATED


def _source_line(source: SourceRecord) -> str:
    counts = source.counts
    words = [
        f"{counts.get('done', 0)} narrated",
        f"{counts.get('pending', 0) + counts.get('submitted', 0)} waiting",
        f"{counts.get('failed', 0)} failed",
        f"{counts.get('skipped', 0)} skipped",
    ]
    polled = f"last polled {source.polled_at[:19].replace('T', ' ')} UTC" if source.polled_at else "never polled"
    line = f'{source.id}  "{source.title}"  {source.feed_url}  every {_minutes(source.interval_s)}; '
    line += f"{', '.join(words)}; {polled}"
    return line + (f"; the feed failed: {source.error}" if source.error else "")


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    with _poller(settings) as poller:
        source = poller.sources.get(args.id)
        poller.sources.delete(args.id)
    print(f'Stopped following "{source.title}"; its narrations stay in the library')
    return EXIT_NARRATED


def _run(args: argparse.Namespace, settings: Settings) -> int:
    failed = False
    with Display(args.quiet, args.verbose) as display, _poller(settings, narrating=True) as poller:
        outcome = poller.run_once(everything=args.now)
        failed |= _report(outcome, poller, display)
        while poller.in_flight():
            time.sleep(SETTLE_WAIT_S)
            outcome = poller.run_once()
            failed |= _report(outcome, poller, display)
    return EXIT_SOME_FAILED if failed else EXIT_NARRATED


def _report(outcome: Round, poller: SourcePoller, display: Display) -> bool:
    """Prints what ended in this round; True when something failed."""
    for problem in outcome.problems:
        display.error(_problem_line(problem))
    for item in outcome.outcomes:
        if item.error is None:
            display.summary(_narrated_line(item, poller))
        else:
            display.error(_failure_line(item, poller.settings.source_max_attempts))
    return bool(outcome.problems) or any(item.error is not None for item in outcome.outcomes)


def _narrated_line(outcome: ItemOutcome, poller: SourcePoller) -> str:
    record = poller.library.store.get(outcome.article_id or "")
    path = poller.library.jobs.folder(record.id) / "audio.mp3"
    return f'Narrated "{record.title}" from {outcome.source} ({describe_duration(record.duration_ms or 0)}): {path}'


def _failure_line(outcome: ItemOutcome, max_attempts: int) -> str:
    item = outcome.item
    when = f"tried again in {_until(outcome.next_attempt_at)}" if outcome.next_attempt_at else "not tried again"
    return (
        f"narrateur: {outcome.source}: {item.link or item.title}: {outcome.error} "
        f"(attempt {item.attempts} of {max_attempts}, {when})"
    )


def _problem_line(problem: FeedProblem) -> str:
    return f"narrateur: {problem.source.title}: {problem.error} (polled again in {_until(problem.next_poll_at)})"


def _until(moment: str | None) -> str:
    if moment is None:
        return "0 s"
    seconds = max(0.0, datetime.fromisoformat(moment).timestamp() - datetime.now(timezone.utc).timestamp())
    return f"{round(seconds / 60)} min" if seconds >= 90 else f"{round(seconds)} s"


def _minutes(seconds: float) -> str:
    minutes = seconds / 60
    return f"{minutes:g} min" if minutes >= 1 else f"{seconds:g} s"
