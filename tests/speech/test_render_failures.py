"""A render that fails or is stopped part-way: the clips already running end cleanly, the failure is the one raised."""

from __future__ import annotations

import threading

import pytest

from app.deadline import Deadline
from app.errors import SynthesisError, TimeLimitError, WorkCancelledError
from app.speech.plan import sentences_of
from tests.speech.fakes import FakeEngine
from tests.speech.helpers import renderer, seed_article


class OneClipFails(FakeEngine):
    """The longest sentence (asked first) fails at once; the clips running beside it finish a moment later."""

    def __init__(self, failing_text: str) -> None:
        super().__init__("espeak")
        self.failing_text = failing_text
        self.failed = threading.Event()
        self.finished: list[str] = []

    def synthesize(self, text, voice):
        if text == self.failing_text:
            # The others are let go once the render has seen this failure (a second later, in practice).
            threading.Timer(1.0, self.failed.set).start()
            raise SynthesisError("espeak could not speak one sentence")
        self.failed.wait(10)
        pcm = super().synthesize(text, voice)
        with self._lock:
            self.finished.append(text)
        return pcm


@pytest.mark.slow
def test_one_clip_failing_while_others_run_fails_with_its_sentence_and_the_others_report_progress(tmp_path):
    article = seed_article()
    longest = max((t for s in article.segments for t in sentences_of(s)), key=len)
    engine = OneClipFails(longest)
    reported = []
    with pytest.raises(SynthesisError, match="could not speak one sentence"):
        renderer(tmp_path, engine, FakeEngine("gtts")).render(
            article, "espeak", progress=lambda done, total, chapter: reported.append(done)
        )
    # Every clip that was running when the first one failed was finished, cached and counted, none lost.
    assert engine.finished, "clips were running beside the failing one"
    assert len(reported) == len(engine.finished)


class Endless(FakeEngine):
    """Each clip takes a while: a narration that would run far past its deadline."""

    def synthesize(self, text, voice):
        threading.Event().wait(0.05)
        return super().synthesize(text, voice)


def test_a_cancelled_render_stops_without_making_the_rest(tmp_path):
    engine = Endless("espeak")
    engine.max_parallel = 2
    deadline = Deadline(3600)
    calls_at_cancel = []

    def progress(done, total, chapter):
        if done >= 2 and not deadline.cancelled:
            calls_at_cancel.append(len(engine.calls))
            deadline.cancel()

    with pytest.raises(WorkCancelledError):
        renderer(tmp_path, engine, FakeEngine("gtts")).render(seed_article(), "espeak", progress, deadline)
    # Clips already running were finished; nothing new was started after the cancel.
    assert len(engine.calls) <= calls_at_cancel[0] + engine.max_parallel
    assert len(engine.calls) < len({t for s in seed_article().segments for t in sentences_of(s)})


@pytest.mark.slow
def test_a_render_past_its_deadline_fails_with_one_sentence(tmp_path):
    with pytest.raises(TimeLimitError, match="took longer than 0.2 s"):
        renderer(tmp_path, Endless("espeak"), FakeEngine("gtts")).render(seed_article(), "espeak", None, Deadline(0.2))
