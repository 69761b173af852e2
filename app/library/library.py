"""The library of narrated articles: taking in new ones (text, HTML or URL), finding, listing and removing them."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass

from app.article.fetch import FetchPolicy, Resolver, fetch_page, system_resolver
from app.article.model import Article, script_json
from app.errors import ConflictError, InputError, QueueFullError, UnknownEngineError
from app.library.jobs import NarrationJobs
from app.library.store import ArticleRecord, Store
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
    def __init__(self, store: Store, jobs: NarrationJobs, services: Services, resolver: Resolver = system_resolver) -> None:
        self.store = store
        self.jobs = jobs
        self.services = services
        self.resolver = resolver
        settings = services.settings
        self.fetch_policy = FetchPolicy(
            settings.fetch_timeout_s, settings.fetch_max_bytes, settings.fetch_max_redirects, settings.allow_private_urls
        )

    def submit(self, submission: Submission) -> tuple[ArticleRecord, bool]:
        """The article's record, and whether this call created it (False: the same article was there)."""
        engine = submission.engine or self.services.settings.engine
        if engine not in ENGINE_NAMES:
            raise UnknownEngineError(f"Unknown engine {engine!r}: use auto, espeak or gtts")
        given = [name for name in ("text", "html", "url") if getattr(submission, name)]
        if len(given) != 1:
            raise InputError("Send exactly one of text, html or url")
        article = self._article(submission)
        identifier = article_id(article)
        if self.store.count_unfinished() >= self.services.settings.max_queued_jobs:
            raise QueueFullError("Too many narrations are waiting: try again in a few minutes")
        created = self.store.add(identifier, article.title, article.source_url, script_json(article), engine, len(article.segments))
        record = self.store.get(identifier)
        if not created and record.status == "failed":
            self.store.requeue(identifier)  # asking again for a failed article retries it
            created, record = True, self.store.get(identifier)
        if created:
            self.jobs.submit(identifier)
        return record, created

    def _article(self, submission: Submission) -> Article:
        if submission.url:
            page = fetch_page(submission.url.strip(), self.fetch_policy, self.resolver)
            input_format = "text" if page.content_type == "text/plain" else "html"
            return self.services.script(page.content, input_format, source_url=page.url)
        if submission.html:
            return self.services.script(submission.html, "html")
        return self.services.script(submission.text, "text")

    def retry(self, identifier: str, engine: str | None = None) -> ArticleRecord:
        """A failed narration queued again, with the same engine or the one given."""
        record = self.store.get(identifier)
        if record.status != "failed":
            raise ConflictError("Only a failed narration can be retried", f"this one is {record.status}")
        if engine is not None and engine not in ENGINE_NAMES:
            raise UnknownEngineError(f"Unknown engine {engine!r}: use auto, espeak or gtts")
        if self.store.count_unfinished() >= self.services.settings.max_queued_jobs:
            raise QueueFullError("Too many narrations are waiting: try again in a few minutes")
        self.store.requeue(identifier, engine)
        self.jobs.submit(identifier)
        return self.store.get(identifier)

    def get(self, identifier: str) -> ArticleRecord:
        return self.store.get(identifier)

    def list(self) -> list[ArticleRecord]:
        return self.store.list()

    def delete(self, identifier: str) -> None:
        self.store.delete(identifier)
        shutil.rmtree(self.jobs.folder(identifier), ignore_errors=True)
