"""A narration has a time budget, and deleting its article stops it between two clips; neither leaves files."""

from __future__ import annotations

import threading

import pytest

from tests.paths import SEED_TEXT
from tests.polling import eventually
from tests.speech.fakes import FakeEngine
from tests.web.helpers import wait_ready


class Slow(FakeEngine):
    """A clip every tenth of a second: the seed takes a couple of seconds."""

    def synthesize(self, text, voice):
        threading.Event().wait(0.1)
        return super().synthesize(text, voice)


@pytest.mark.slow
def test_a_narration_past_its_time_budget_fails_with_one_sentence_and_no_files(make_client, tmp_path):
    client = make_client(engine=Slow("espeak", ms_per_char=20), narration_timeout_s=0.5)
    article_id = client.post("/api/articles", json={"text": SEED_TEXT}).json()["id"]
    state = wait_ready(client, article_id)
    assert state["status"] == "failed"
    assert state["error"] == (
        "The narration took longer than 0.5 s and was stopped: "
        "the article is very long; raise NARRATEUR_NARRATION_TIMEOUT_S to narrate it."
    )
    assert not (tmp_path / "data" / "articles" / article_id).exists()


class Gated(FakeEngine):
    """Speaks the first few clips, then holds every other one until the gate opens; counts the clips begun."""

    def __init__(self, free: int) -> None:
        super().__init__("espeak", ms_per_char=20)
        self.free = free
        self.begun = 0
        self.gate = threading.Event()

    def synthesize(self, text, voice):
        with self._lock:
            self.begun += 1
            held = self.begun > self.free
        if held:
            self.gate.wait(60)
        return super().synthesize(text, voice)


@pytest.mark.slow
def test_deleting_an_article_while_it_renders_stops_its_narration(make_client, tmp_path):
    engine = Gated(free=6)
    client = make_client(engine=engine)
    jobs = client.app.state.jobs
    article_id = client.post("/api/articles", json={"text": SEED_TEXT}).json()["id"]
    # The free clips made, the next ones held.
    eventually(lambda: engine.begun >= engine.free + engine.max_parallel, what="the held clips starting")
    assert client.delete(f"/api/articles/{article_id}").status_code == 204
    engine.gate.set()
    eventually(lambda: jobs.progress_of(article_id) is None, what="the deleted narration stopping")
    # Only the clips already running were finished; none was started after the delete.
    assert engine.begun == engine.free + engine.max_parallel
    assert not (tmp_path / "data" / "articles" / article_id).exists()
