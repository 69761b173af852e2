"""Rendering with fake engines: exact timeline, the cache at work, engine fallback, loud failures."""

import pytest

from app.errors import AudioError, SynthesisError
from tests.paths import SEED
from tests.speech.fakes import FakeEngine
from tests.speech.helpers import FRAME_MS, decode, joined_mp3, renderer, seed_article, sound_bounds_ms


@pytest.mark.slow
def test_timeline_matches_the_decoded_audio_within_one_frame(tmp_path):
    article = seed_article()
    narration = renderer(tmp_path, FakeEngine("espeak"), FakeEngine("gtts", fail_after=0)).render(article, "espeak")
    samples = decode(joined_mp3(narration))
    assert abs(len(samples) / 22.05 - narration.timeline.duration_ms) <= 1
    timed = narration.timeline.segments
    for index, segment in enumerate(timed):
        previous_end = timed[index - 1].end_ms if index else 0
        following = timed[index + 1].start_ms if index + 1 < len(timed) else narration.timeline.duration_ms
        # Look no further than the pause around the segment: the chapter chime sits in a longer one.
        onset, offset = sound_bounds_ms(
            samples,
            max(previous_end + FRAME_MS, segment.start_ms - 250),
            min(following - FRAME_MS, segment.end_ms + 250),
        )
        assert abs(onset - segment.start_ms) <= FRAME_MS, index
        assert abs(offset - segment.end_ms) <= FRAME_MS, index


@pytest.mark.slow
def test_chapters_start_on_their_heading(tmp_path):
    article = seed_article()
    narration = renderer(tmp_path, FakeEngine("espeak"), FakeEngine("gtts")).render(article, "espeak")
    chapters = narration.timeline.chapters
    assert [c.title for c in chapters] == [c.title for c in article.chapters]
    heading = next(i for i, s in enumerate(article.segments) if s.kind.value == "heading")
    assert chapters[0].start_ms == 0 and chapters[1].start_ms == narration.timeline.segments[heading].start_ms
    assert chapters[0].end_ms == chapters[1].start_ms and chapters[1].end_ms == narration.timeline.duration_ms


def test_warm_render_synthesizes_nothing_and_an_edit_only_its_paragraph(tmp_path):
    espeak = FakeEngine("espeak")
    render = renderer(tmp_path, espeak, FakeEngine("gtts"))
    first = render.render(seed_article(), "espeak")
    calls = len(espeak.calls)
    assert render.render(seed_article(), "espeak").clips_made == 0 and len(espeak.calls) == calls

    edited = SEED.read_text(encoding="utf-8").replace(
        "La réunion de Bruxelles est considérée", "La réunion de Bruxelles reste considérée"
    )
    again = render.render(seed_article(edited.encode()), "espeak")
    assert again.clips_made == 1 and len(espeak.calls) == calls + 1
    assert first.clips_made > 20


@pytest.mark.slow
def test_auto_falls_back_for_the_whole_narration_when_gtts_fails_mid_way(tmp_path):
    espeak, gtts = FakeEngine("espeak"), FakeEngine("gtts", fail_after=5)
    gtts.probe = lambda: (True, "answers")
    narration = renderer(tmp_path, espeak, gtts).render(seed_article(), "auto")
    assert narration.engine == "espeak"
    assert "gtts failed mid-way" in narration.engine_note and "redone with espeak" in narration.engine_note
    from app.speech.plan import sentences_of

    assert {text for text, _ in espeak.calls} == {t for s in seed_article().segments for t in sentences_of(s)}


def test_explicit_gtts_failure_fails_the_narration(tmp_path):
    with pytest.raises(SynthesisError):
        renderer(tmp_path, FakeEngine("espeak"), FakeEngine("gtts", fail_after=3)).render(seed_article(), "gtts")


@pytest.mark.slow
def test_auto_uses_espeak_when_google_does_not_answer(tmp_path):
    gtts = FakeEngine("gtts")
    gtts.probe = lambda: (False, "The service could not be reached")
    narration = renderer(tmp_path, FakeEngine("espeak"), gtts).render(seed_article(), "auto")
    assert narration.engine == "espeak" and "could not be reached" in narration.engine_note
    assert gtts.calls == []


def test_a_clip_far_too_short_for_its_text_fails_loudly(tmp_path):
    with pytest.raises(AudioError, match="far too short"):
        renderer(tmp_path, FakeEngine("espeak", ms_per_char=2), FakeEngine("gtts")).render(seed_article(), "espeak")


@pytest.mark.slow
def test_progress_reaches_every_segment(tmp_path):
    seen = []
    renderer(tmp_path, FakeEngine("espeak"), FakeEngine("gtts")).render(
        seed_article(), "espeak", progress=lambda done, total, chapter: seen.append((done, total))
    )
    total = len(seed_article().segments)
    assert seen[-1] == (total, total) and all(t == total for _, t in seen)
