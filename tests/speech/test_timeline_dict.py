"""A timeline as the library stores it: JSON that reads back as the same timeline."""

from __future__ import annotations

import json

from app.speech.timeline import TimedChapter, TimedSegment, Timeline
from tests.speech.fakes import FakeEngine
from tests.speech.helpers import renderer, seed_article


def test_a_rendered_timeline_survives_json_and_back(tmp_path):
    timeline = renderer(tmp_path, FakeEngine("espeak"), FakeEngine("gtts")).render(seed_article(), "espeak").timeline
    stored = json.loads(json.dumps(timeline.to_dict()))
    assert Timeline.from_dict(stored) == timeline
    assert stored["segments"][0]["sentences"] and stored["chapters"][0]["start_ms"] == 0


def test_a_timeline_stored_before_clip_indices_were_kept_still_reads():
    stored = {
        "duration_ms": 5000,
        "chapters": [{"title": "Titre", "start_ms": 0, "end_ms": 5000}],
        "segments": [{"start_ms": 120, "end_ms": 4800, "chapter": 0, "sentences": [[120, 2000], [2100, 4800]]}],
    }
    assert Timeline.from_dict(stored) == Timeline(
        (TimedSegment(0, 120, 4800, ((120, 2000), (2100, 4800))),), (TimedChapter("Titre", 0, 5000, 0, 0),), 5000
    )
