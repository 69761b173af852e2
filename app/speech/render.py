"""Rendering an article: plan its clips, make the missing ones in parallel, and time everything exactly."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass

from app.article.model import Article
from app.config import VoiceRoles
from app.deadline import Deadline
from app.errors import SynthesisError
from app.speech.audio import AudioFormat
from app.speech.cache import ClipCache, StoredClip
from app.speech.clips import chime_clip, silence_clip, speech_clip
from app.speech.engine import SpeechEngine
from app.speech.plan import PlannedClip, plan_narration
from app.speech.selection import EngineSelector
from app.speech.timeline import Timeline, build_timeline
from app.speech.voices import cast_voices
from app.speech.workers import ClipWorkers

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
"""(segments done, segments in all, title of the chapter being spoken)."""
POLL_S = 0.2
"""How often a render waiting on its clips looks at its deadline."""


@dataclass(frozen=True)
class Narration:
    clips: tuple[StoredClip, ...]
    timeline: Timeline
    engine: str
    engine_note: str
    clips_made: int
    """Clips synthesized by this render (the rest came from the cache)."""


class Renderer:
    def __init__(
        self,
        cache: ClipCache,
        audio_format: AudioFormat,
        selector: EngineSelector,
        roles: VoiceRoles,
        chime: bool,
        workers: ClipWorkers | None = None,
    ) -> None:
        self.workers = workers or ClipWorkers()
        self.cache = cache
        self.audio_format = audio_format
        self.selector = selector
        self.roles = roles
        self.chime = chime

    def render(
        self, article: Article, engine: str = "auto", progress: Progress | None = None, deadline: Deadline | None = None
    ) -> Narration:
        """The narration of an article. With a deadline, no new clip starts once it is cancelled or expired
        (the clips already being made are finished and cached), and its error is raised."""
        deadline = deadline or Deadline(float("inf"))
        choice = self.selector.choose(engine)
        try:
            return self._render_with(article, choice.engine, choice.reason, progress, deadline)
        except SynthesisError as error:
            if choice.fallback is None:
                raise
            # One narration is never a mix of engines: redo all of it with the fallback, and say why.
            redone = f"the whole narration was redone with {choice.fallback.name}"
            note = f"{choice.engine.name} failed mid-way ({error}); {redone}"
            log.warning("narrating %r: %s", article.title, note)
            return self._render_with(article, choice.fallback, note, progress, deadline)

    def _plan(self, article: Article, engine: SpeechEngine) -> list[PlannedClip]:
        return plan_narration(
            article, cast_voices(article, self.roles, engine), engine.name, self.audio_format, self.chime
        )

    def _synthesize(self, engine: SpeechEngine, planned: PlannedClip):
        """The clip, made in a speech worker when the engine speaks on this machine's CPU (pauses and chimes
        with it: the command's own process then never loads the audio stack's encoder)."""
        function, *args = self._job(engine, planned)
        if engine.cpu_bound:
            return self.workers.submit(function, *args).result()
        return function(*args)

    def _job(self, engine: SpeechEngine, planned: PlannedClip) -> tuple:
        if planned.kind == "speech":
            return speech_clip, engine, planned.text, planned.speaker, self.audio_format
        if planned.kind == "chime":
            return chime_clip, self.audio_format
        return silence_clip, planned.duration_ms, self.audio_format

    def share(self, article: Article, engine: str, index: int, count: int) -> list[PlannedClip]:
        """Share `index` of `count` of the article's distinct speech clips: disjoint shares that several workers
        can make at once (each the same whatever the worker, given the same engine choice)."""
        chosen = self.selector.choose(engine).engine
        speech = {p.key: p for p in self._plan(article, chosen) if p.kind == "speech"}
        return [speech[key] for key in sorted(speech)][index::count]

    def make(self, article: Article, engine: str, clips: list[PlannedClip], deadline: Deadline) -> int:
        """Makes these clips (those not cached yet) in parallel; returns how many were synthesized here."""
        chosen = self.selector.choose(engine).engine
        made = _Counter()

        def make_one(planned: PlannedClip) -> None:
            deadline.check()
            made.add(self.cache.get_or_make(planned.key, lambda: self._synthesize(chosen, planned))[1])

        if chosen.cpu_bound:
            self.workers.start()
        with self.cache.pinned([p.key for p in clips]):
            executor = ThreadPoolExecutor(max_workers=max(1, min(chosen.max_parallel, len(clips) or 1)))
            try:
                _wait_for_clips([executor.submit(make_one, planned) for planned in clips], deadline)
            finally:
                executor.shutdown(wait=True, cancel_futures=True)
        return made.value

    def _render_with(
        self, article: Article, engine: SpeechEngine, note: str, progress: Progress | None, deadline: Deadline
    ) -> Narration:
        plan = self._plan(article, engine)
        made = _Counter()
        clips: dict[str, StoredClip] = {}
        speech = [p for p in plan if p.kind == "speech"]
        # Longest first: the last clips to finish are short ones, so no core idles at the end. Pauses and chimes
        # (a few distinct ones, short) come last.
        unique = sorted({p.key: p for p in speech}.values(), key=lambda p: len(p.text), reverse=True)
        unique += {p.key: p for p in plan if p.kind != "speech"}.values()
        total = len(article.segments)
        waiting: dict[int, int] = {}  # segment index -> its clips not made yet; done when none is left
        segments_of_key: dict[str, list[int]] = {}  # one clip can serve several segments saying the same words
        for planned in speech:
            waiting[planned.segment] = waiting.get(planned.segment, 0) + 1
            segments_of_key.setdefault(planned.key, []).append(planned.segment)
        segments_done = _Counter()
        progress_lock = threading.Lock()
        chapters = [chapter.title for chapter in article.chapters]

        def make(planned: PlannedClip) -> None:
            deadline.check()  # a clip not started yet when the render is stopped is never started
            clip, fresh = self.cache.get_or_make(planned.key, lambda: self._synthesize(engine, planned))
            clips[planned.key] = clip
            made.add(fresh)
            if planned.kind != "speech":
                return
            with progress_lock:
                for segment_index in segments_of_key[planned.key]:
                    waiting[segment_index] -= 1
                    if waiting[segment_index] == 0:
                        segments_done.add(1)
                count = segments_done.value
            if progress:
                progress(count, total, chapters[planned.chapter_index])

        if engine.cpu_bound:
            self.workers.start()  # forked from this thread, before this render starts its own threads
        with self.cache.pinned([p.key for p in plan]):
            executor = ThreadPoolExecutor(max_workers=max(1, min(engine.max_parallel, len(unique) or 1)))
            try:
                _wait_for_clips([executor.submit(make, planned) for planned in unique], deadline)
            finally:
                executor.shutdown(wait=True, cancel_futures=True)
            ordered = [clips[p.key] for p in plan]
            timeline = build_timeline(article, plan, ordered)
        return Narration(tuple(ordered), timeline, engine.name, note, made.value)


def _wait_for_clips(futures: list, deadline: Deadline) -> None:
    """Returns when every clip is made; raises the first failure, or the deadline's error once it ends."""
    pending = set(futures)
    while pending:
        done, pending = wait(pending, timeout=POLL_S, return_when=FIRST_EXCEPTION)
        for future in done:
            future.result()  # the first failure fails the narration loudly
        deadline.check()


class _Counter:
    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()

    def add(self, amount: int | bool) -> int:
        with self._lock:
            self.value += int(amount)
            return self.value
