"""A render that fails or is stopped part-way: the clips already running end cleanly, the failure is the one raised."""

from __future__ import annotations

import logging
import threading

import pytest

from app.deadline import Deadline
from app.errors import SynthesisError, TimeLimitError, WorkCancelledError
from app.speech.plan import sentences_of
from tests.speech.fakes import FakeEngine, tone
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


class NthCallFails(FakeEngine):
    """Its Nth call fails at once; every other call is slow: it waits until that failure has happened, so the
    clips started before it are still being made when the render sees the failure."""

    def __init__(self, failing_call: int) -> None:
        super().__init__("espeak")
        self.failing_call = failing_call
        self.failure_raised = threading.Event()
        self.made: list[str] = []

    def synthesize(self, text, voice):
        with self._lock:
            self.calls.append((text, voice))
            call = len(self.calls)
        if call == self.failing_call:
            self.failure_raised.set()
            raise SynthesisError("espeak could not speak the third sentence.")
        self.failure_raised.wait(10)
        pcm = tone(len(text) * self.ms_per_char)
        with self._lock:
            self.made.append(text)
        return pcm


@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")
def test_the_nth_clip_failing_raises_its_sentence_and_the_clips_being_made_finish_cached(tmp_path, caplog):
    engine = NthCallFails(failing_call=3)
    reported: list[int] = []
    with caplog.at_level(logging.DEBUG), pytest.raises(SynthesisError) as raised:
        renderer(tmp_path, engine, FakeEngine("gtts")).render(
            seed_article(), "espeak", progress=lambda done, total, chapter: reported.append(done)
        )
    assert str(raised.value) == "espeak could not speak the third sentence."
    # The threads making the other clips ran to their end: no exception escaped or was logged, and each reported.
    assert engine.made, "clips were being made beside the failing one"
    assert len(reported) == len(engine.made)
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    # Every clip made before the render stopped is in the cache: the next render does not ask for it again.
    again = FakeEngine("espeak")
    narration = renderer(tmp_path, again, FakeEngine("gtts")).render(seed_article(), "espeak")
    asked_again = {text for text, _ in again.calls}
    assert not asked_again & set(engine.made)
    assert narration.clips_made >= len(asked_again)
