"""A library with a fast fake voice and a poller on a clock the test moves, over a local web site."""

from __future__ import annotations

import time
from contextlib import contextmanager

from app.library import Library, NarrationJobs, Store
from app.publish.published import LocalPublications
from app.services import build_services
from app.sources.poller import SourcePoller
from app.sources.store import SourceStore
from tests.local_site import LocalSite
from tests.paths import FIXTURES
from tests.speech.fakes import FakeEngine
from tests.web.helpers import make_settings

ARTICLES = ["le_monde.html", "afp_depeche.html", "radio_canada.html", "le_devoir.html"]


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@contextmanager
def following(tmp_path, **settings):
    """(poller, clock, site): the site serves the fixture articles at /a/0.html … /a/3.html."""
    config = make_settings(tmp_path, allow_private_urls=True, source_retry_s=60, **settings)
    services = build_services(config, espeak=FakeEngine("espeak", ms_per_char=20))
    store = Store(config.database_path)
    jobs = NarrationJobs(store, services, LocalPublications(config.published_dir), 2)
    jobs.start()
    clock = Clock()
    poller = SourcePoller(SourceStore(store), Library(store, jobs, services), clock)
    with LocalSite() as site:
        for index, name in enumerate(ARTICLES):
            site.put(f"/a/{index}.html", "text/html; charset=utf-8", (FIXTURES / name).read_bytes())
        try:
            yield poller, clock, site
        finally:
            poller.stop()
            jobs.stop()
            services.renderer.workers.close()
            store.close()


def settle(poller: SourcePoller, timeout_s: float = 60):
    """Rounds until no narration is in flight; every item outcome of those rounds."""
    outcomes = list(poller.run_once().outcomes)
    deadline = time.monotonic() + timeout_s
    while poller.in_flight():
        if time.monotonic() > deadline:
            raise AssertionError("the narrations never ended")
        time.sleep(0.05)
        outcomes += poller.run_once().outcomes
    return outcomes


def item(site: LocalSite, index: int, guid: str | None = None, title: str | None = None) -> tuple[str, str, str]:
    return (guid or f"guid-{index}", f"{site.url}/a/{index}.html", title or f"Article {index}")
