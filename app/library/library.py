"""The library of narrated articles: taking in new ones (text, HTML or URL), finding, listing and removing them.

Taking in an article is bounded work: the page is fetched within one deadline and read in a worker process
within another, both cancelled when the request's own deadline is (its client left, the service stops)."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from dataclasses import dataclass

from app.article.fetch import FetchPolicy, Resolver, fetch_page, system_resolver
from app.article.model import Article, script_json
from app.deadline import Deadline
from app.errors import ConflictError, DamagedArticleError, InputError, InputTooLargeError, UnknownEngineError
from app.library.jobs import NarrationJobs
from app.library.reading import PageReaders, Reading
from app.library.store import ArticleRecord, Status, Store
from app.services import Services
from app.speech.selection import ENGINE_NAMES


@dataclass(frozen=True)
class Submission:
    text: str | None = None
    html: str | None = None
    url: str | None = None
    engine: str | None = None


def article_id(article: Article) -> str:
    """Same content, same id: the words, their roles and speakers, not where or when they came from."""
    content = [[s.kind.value, s.text, s.speaker] for s in article.segments]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


class Library:
    def __init__(
        self,
        store: Store,
        jobs: NarrationJobs,
        services: Services,
        resolver: Resolver = system_resolver,
        readers: PageReaders | None = None,
    ) -> None:
        self.store = store
        self.jobs = jobs
        self.services = services
        self.resolver = resolver
        settings = services.settings
        self.readers = readers or PageReaders(settings.parse_slots, settings.parse_timeout_s)
        self.fetch_policy = FetchPolicy(
            settings.fetch_timeout_s,
            settings.fetch_max_bytes,
            settings.fetch_max_redirects,
            settings.allow_private_urls,
        )
        self._intake: set[Deadline] = set()
        self._intake_lock = threading.Lock()

    def submit(self, submission: Submission, deadline: Deadline | None = None) -> tuple[ArticleRecord, bool]:
        """The article's record, and whether this call queued a narration (False: the same article was there).
        Cancelling `deadline` stops the fetch and the reading at once."""
        engine = submission.engine or self.services.settings.engine
        if engine not in ENGINE_NAMES:
            raise UnknownEngineError(f"Unknown engine {engine!r}: use auto, espeak, gtts or piper")
        given = [name for name in ("text", "html", "url") if getattr(submission, name)]
        if len(given) != 1:
            raise InputError("Send exactly one of text, html or url")
        request = deadline or Deadline(float("inf"))
        with self._intake_lock:
            self._intake.add(request)
        try:
            article = self._article(submission, request)
        finally:
            with self._intake_lock:
                self._intake.discard(request)
        return self._queue(article, engine)

    def _queue(self, article: Article, engine: str) -> tuple[ArticleRecord, bool]:
        identifier = article_id(article)
        room = self.services.settings.max_queued_jobs
        script = script_json(article)
        created = self.store.add(
            identifier, article.title, article.source_url, script, engine, len(article.segments), room
        )
        if not created:
            try:
                record = self.store.get(identifier)
                retry = record.status == Status.FAILED or (
                    record.status == Status.READY and not self.jobs.published(identifier)
                )
            except DamagedArticleError:
                retry = True  # asking again heals it with the fresh script
            if retry:  # a failed article, or one whose files are gone, is narrated again when asked for
                self.store.requeue(identifier, engine, max_unfinished=room, script=script)
                created = True
        if created:
            self.jobs.submit(identifier)
        return self.store.get(identifier), created

    def _article(self, submission: Submission, request: Deadline) -> Article:
        settings = self.services.settings
        if submission.url:
            fetch_deadline = Deadline(self.fetch_policy.timeout_s, within=request)
            page = fetch_page(submission.url.strip(), self.fetch_policy, self.resolver, deadline=fetch_deadline)
            input_format = "text" if page.content_type == "text/plain" else "html"
            reading = Reading(page.content, input_format, page.url, settings.max_input_bytes, settings.lexicon_path)
        else:
            text = submission.html or submission.text or ""
            _check_size(text, settings.max_input_bytes)
            reading = Reading(
                text, "html" if submission.html else "text", None, settings.max_input_bytes, settings.lexicon_path
            )
        return self.readers.read(reading, request)

    def close(self) -> None:
        """Stops every article being taken in (the service is stopping)."""
        with self._intake_lock:
            for deadline in self._intake:
                deadline.cancel("The service is stopping: send the article again in a moment")

    def retry(self, identifier: str, engine: str | None = None) -> ArticleRecord:
        """A failed narration queued again, with the same engine or the one given."""
        record = self.store.get(identifier)
        if record.status != Status.FAILED:
            raise ConflictError("Only a failed narration can be retried", f"this one is {record.status}")
        if engine is not None and engine not in ENGINE_NAMES:
            raise UnknownEngineError(f"Unknown engine {engine!r}: use auto, espeak, gtts or piper")
        # The queue's bound is checked in the same transaction as the requeue, so concurrent retries cannot pass it.
        self.store.requeue(identifier, engine, max_unfinished=self.services.settings.max_queued_jobs)
        self.jobs.submit(identifier)
        return self.store.get(identifier)

    def get(self, identifier: str) -> ArticleRecord:
        """The article; one said ready whose audio has gone missing is narrated again (and said queued)."""
        record = self.store.get(identifier)
        if record.status == Status.READY and not self.jobs.published(identifier):
            record = self._renarrate(identifier)
        return record

    def list(self) -> list[ArticleRecord]:
        return [
            self._renarrate(record.id)
            if record.status == Status.READY and not self.jobs.published(record.id)
            else record
            for record in self.store.list()
        ]

    def heal(self, identifier: str) -> bool:
        """True when the article was said ready but its files were gone: it is being narrated again."""
        if (
            self.store.unwritable
            or self.store.get(identifier).status != Status.READY
            or self.jobs.published(identifier)
        ):
            return False
        self._renarrate(identifier)
        return True

    def _renarrate(self, identifier: str) -> ArticleRecord:
        if self.store.unwritable:
            return self.store.get(identifier)  # nothing can be narrated again: shown as it is
        self.store.requeue(identifier)
        self.jobs.submit(identifier)
        return self.store.get(identifier)

    def delete(self, identifier: str) -> None:
        self.store.delete(identifier)
        self.jobs.cancel(identifier)
        shutil.rmtree(self.jobs.folder(identifier), ignore_errors=True)
        self.jobs.publications.remove(identifier)


def _check_size(text: str, max_bytes: int) -> None:
    """The size limit counts bytes (UTF-8), the way it is written in the settings."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        kilobytes = lambda count: f"{count // 1000:,} kB".replace(",", " ")  # noqa: E731
        raise InputTooLargeError(f"The text is {kilobytes(size)}, over the limit of {kilobytes(max_bytes)}")
