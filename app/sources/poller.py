"""Following sources: each feed polled at its own interval with a conditional request (an unchanged feed costs
one 304), its new items narrated through the library, failures tried again with a growing wait.

One round (`run_once`) polls the sources that are due, hands the items whose time has come to the library, and
settles those whose narration ended. The service runs rounds in a background thread; `narrateur sources run`
runs them until its items are narrated."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone

from app.article.fetch import FEED_TYPES, FetchedPage, fetch_page
from app.deadline import Deadline
from app.errors import (
    BusyError,
    DiskFullError,
    NarrateurError,
    NotFoundError,
    QueueFullError,
    StorageError,
    UnknownEngineError,
    WorkCancelledError,
)
from app.library import Library, Status, Submission
from app.sources.feeds import Feed, parse_feed
from app.sources.store import ItemRecord, SourceRecord, SourceStore, source_id
from app.speech.selection import ENGINE_NAMES

log = logging.getLogger(__name__)
IDLE_WAKE_S = 30.0
"""Longest sleep of the background poller: sources added by another process are noticed within it."""
BUSY_WAKE_S = 0.5
"""How often it looks at the narrations it is waiting for."""
MAX_FEED_BACKOFF = 16
"""A feed that keeps failing is polled less and less often, down to once every 16 of its intervals."""
LATER = (QueueFullError, BusyError, StorageError, DiskFullError)
"""Errors that are not the item's: it waits for the next round without an attempt counted."""


@dataclass(frozen=True)
class ItemOutcome:
    """An item whose narration ended in this round, or whose attempt failed."""

    source: str
    """The source's title."""
    item: ItemRecord
    article_id: str | None = None
    error: str | None = None
    next_attempt_at: str | None = None
    """When it is tried again (None: narrated, or failed for good)."""


@dataclass(frozen=True)
class FeedProblem:
    source: SourceRecord
    error: str
    next_poll_at: str


@dataclass
class Round:
    problems: list[FeedProblem]
    outcomes: list[ItemOutcome]


def stamp(moment: float) -> str:
    """The store's time format (UTC ISO 8601, milliseconds): such strings compare in time order."""
    return datetime.fromtimestamp(moment, timezone.utc).isoformat(timespec="milliseconds")


class SourcePoller:
    def __init__(self, sources: SourceStore, library: Library, clock: Callable[[], float] = time.time) -> None:
        self.sources = sources
        self.library = library
        self.settings = library.services.settings
        self.clock = clock
        self._stopping = Deadline(float("inf"))
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._round_lock = threading.Lock()

    # -- following a new source ---------------------------------------------------------------------------------

    def add(
        self, feed_url: str, engine: str | None = None, interval_s: float | None = None, backfill: int = 0
    ) -> tuple[SourceRecord, bool]:
        """Follows the feed (fetched and read now, so a wrong address is said at once): its current items are
        old news, skipped but for the `backfill` newest; (the source, whether it is new)."""
        feed_url = feed_url.strip()
        engine = engine or self.settings.engine
        if engine not in ENGINE_NAMES:
            raise UnknownEngineError(f"Unknown engine {engine!r}: use auto, espeak, gtts or piper")
        try:
            return self.sources.get(source_id(feed_url)), False
        except NotFoundError:
            pass
        page = self._fetch(feed_url, None)
        feed = self._read(page)
        interval_s = interval_s or self.settings.source_interval_s
        now = self.clock()
        validators = (page.etag, page.last_modified)
        created = self.sources.add(
            feed_url,
            feed.title,
            engine,
            interval_s,
            feed.entries,
            backfill,
            stamp(now),
            validators,
            stamp(now + interval_s),
        )
        self._wake.set()
        return self.sources.get(source_id(feed_url)), created

    # -- rounds -------------------------------------------------------------------------------------------------

    def run_once(self, everything: bool = False) -> Round:
        """Polls the due sources, submits the due items, settles the ended narrations. `everything`: every
        source and every pending item now, whatever their times."""
        with self._round_lock:
            problems = [problem for problem in map(self._poll, self._due_sources(everything)) if problem]
            outcomes = self._submit_due(everything) + self._settle()
        return Round(problems, outcomes)

    def in_flight(self) -> int:
        """Items handed to the library whose narration has not ended."""
        return len(self.sources.items(statuses=("submitted",)))

    def _due_sources(self, everything: bool) -> list[SourceRecord]:
        return self.sources.due(None if everything else stamp(self.clock()))

    def _poll(self, source: SourceRecord) -> FeedProblem | None:
        if self._stopping.cancelled:
            return None
        try:
            page = self._fetch(source.feed_url, source)
            feed = None if page.not_modified else self._read(page)
        except WorkCancelledError:
            return None
        except NarrateurError as error:
            failures = source.failures + 1
            wait = source.interval_s * min(2 ** (failures - 1), MAX_FEED_BACKOFF)
            next_poll = stamp(self.clock() + wait)
            log.warning("source %s: polling its feed failed (%s); next try at %s", source.feed_url, error, next_poll)
            self.sources.poll_failed(source.id, str(error), failures, stamp(self.clock()), next_poll)
            return FeedProblem(source, str(error), next_poll)
        now = self.clock()
        if feed is None:
            log.info("source %s: unchanged (304)", source.feed_url)
            self.sources.polled(source.id, stamp(now), stamp(now + source.interval_s))
            return None
        new = self.sources.add_entries(source.id, feed.entries, stamp(now))
        log.info("source %s: %d new item(s)", source.feed_url, new)
        validators = (page.etag, page.last_modified)
        self.sources.polled(source.id, stamp(now), stamp(now + source.interval_s), validators, feed.title)
        return None

    def _fetch(self, url: str, source: SourceRecord | None) -> FetchedPage:
        policy = self.library.fetch_policy
        conditions = {}
        if source is not None and source.etag:
            conditions["If-None-Match"] = source.etag
        if source is not None and source.last_modified:
            conditions["If-Modified-Since"] = source.last_modified
        deadline = Deadline(policy.timeout_s, within=self._stopping)
        return fetch_page(
            url, policy, self.library.resolver, deadline=deadline, accept=FEED_TYPES, conditions=conditions
        )

    def _read(self, page: FetchedPage) -> Feed:
        return self.library.readers.run(parse_feed, (page.content, page.url), self._stopping)

    # -- items --------------------------------------------------------------------------------------------------

    def _submit_due(self, everything: bool) -> list[ItemOutcome]:
        due = self.sources.due_items(None if everything else stamp(self.clock()))
        if not due:
            return []
        titles = {source.id: source for source in self.sources.list()}
        due = [item for item in due if item.source_id in titles]
        with ThreadPoolExecutor(self.settings.parse_slots, thread_name_prefix="source-intake") as pool:
            outcomes = list(pool.map(lambda item: self._submit(item, titles[item.source_id]), due))
        return [outcome for outcome in outcomes if outcome is not None]

    def _submit(self, item: ItemRecord, source: SourceRecord) -> ItemOutcome | None:
        if self._stopping.cancelled:
            return None
        if item.link:
            submission = Submission(url=item.link, engine=source.engine)
        else:
            submission = Submission(html=f"<h1>{_escaped(item.title)}</h1>{item.content}", engine=source.engine)
        try:
            record, _ = self.library.submit(submission, Deadline(float("inf"), within=self._stopping))
        except WorkCancelledError:
            return None
        except LATER as error:
            log.info("source item %s waits for the next round: %s", item.link or item.key, error)
            return None
        except NarrateurError as error:
            return self._attempt_failed(item, source, str(error))
        self.sources.submitted(item, record.id, stamp(self.clock()))
        return None

    def _settle(self) -> list[ItemOutcome]:
        outcomes = []
        titles = {source.id: source for source in self.sources.list()}
        for item in self.sources.items(statuses=("submitted",)):
            source = titles.get(item.source_id)
            if source is None:
                continue
            try:
                record = self.library.store.get(item.article_id or "")
            except NotFoundError:  # deleted from the library: whoever deleted it does not want it back
                self.sources.skipped(item, stamp(self.clock()))
                continue
            if record.status == Status.READY:
                self.sources.done(item, stamp(self.clock()))
                outcomes.append(ItemOutcome(source.title, item, record.id))
            elif record.status == Status.FAILED:
                outcomes.append(self._attempt_failed(item, source, record.error or "The narration failed"))
        return outcomes

    def _attempt_failed(self, item: ItemRecord, source: SourceRecord, error: str) -> ItemOutcome:
        attempts = item.attempts + 1
        retry = attempts < self.settings.source_max_attempts
        next_attempt = stamp(self.clock() + self.settings.source_retry_s * 2 ** (attempts - 1)) if retry else None
        log.warning(
            "source item %s failed (attempt %d of %d): %s",
            item.link or item.key,
            attempts,
            self.settings.source_max_attempts,
            error,
        )
        self.sources.failed(item, error, attempts, next_attempt, stamp(self.clock()))
        updated = ItemRecord(**{**item.__dict__, "attempts": attempts, "error": error, "next_attempt_at": next_attempt})
        return ItemOutcome(source.title, updated, item.article_id, error, next_attempt)

    # -- in the background ---------------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="source-poller", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Ends the rounds: a fetch or a reading under way is cancelled at once."""
        self._stopping.cancel("The service is stopping")
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _loop(self) -> None:
        while not self._stopping.cancelled:
            try:
                self.run_once()
                wait = BUSY_WAKE_S if self.in_flight() else self._until_next()
            except Exception:  # noqa: BLE001 - the poller must outlive one bad round; the next one tries again
                log.exception("a round of the source poller failed")
                wait = IDLE_WAKE_S
            self._wake.wait(wait)
            self._wake.clear()

    def _until_next(self) -> float:
        """Seconds until a source or an item is due, at most IDLE_WAKE_S."""
        times = [source.next_poll_at for source in self.sources.list()]
        times += [item.next_attempt_at or "" for item in self.sources.items(statuses=("pending",))]
        if not times:
            return IDLE_WAKE_S
        soonest = datetime.fromisoformat(min(times)).timestamp() if min(times) else self.clock()
        return min(IDLE_WAKE_S, max(0.05, soonest - self.clock()))


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
