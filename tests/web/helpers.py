"""What the web tests share besides fixtures: settings on temporary folders, waiting for a narration, the CSRF token."""

from __future__ import annotations

import re
import threading
import time

from app.article import parse_article
from app.config import load_settings
from app.library.jobs import opening_of
from app.speechtext import speech_article
from tests.paths import SEED
from tests.speech.fakes import FakeEngine


def make_settings(tmp_path, **overrides):
    return load_settings(
        data_dir=tmp_path / "data", cache_dir=tmp_path / "cache", engine="espeak", chapter_chime=False, **overrides
    )


def wait_ready(client, article_id: str, timeout_s: float = 60) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = client.get(f"/api/articles/{article_id}").json()
        if state["status"] in ("ready", "failed"):
            return state
        time.sleep(0.05)
    raise AssertionError(f"article {article_id} not ready after {timeout_s} s")


def form_token(client) -> str:
    """The CSRF token the pages give this client (a browser gets it the same way, from any page)."""
    page = client.get("/")
    return re.search(r'name="csrf" value="([^"]+)"', page.text)[1]


class Gate(FakeEngine):
    """Speaks the seed's opening at once and holds the rest of the seed until released.

    The opening is read from the fixture (what the service publishes first: its first segments, some twenty
    seconds of speech), so an edit of the seed or of the opening's length needs no edit here."""

    def __init__(self) -> None:
        super().__init__("espeak", ms_per_char=20)
        self.release = threading.Event()
        opening = opening_of(speech_article(parse_article(SEED.read_bytes())))
        assert opening is not None, "the seed is longer than its opening"
        self.opening = [segment.speech_text for segment in opening.segments]

    def synthesize(self, text, voice):
        if not any(text in spoken for spoken in self.opening):
            self.release.wait(30)
        return super().synthesize(text, voice)
