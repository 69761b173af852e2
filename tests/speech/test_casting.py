"""Casting a model's speakers: who speaks with which speaker, in one article and across articles."""

from dataclasses import replace

import pytest

from app.article.model import SegmentKind
from app.config import VoiceRoles
from app.speech.audio import AudioFormat
from app.speech.cache import clip_key
from app.speech.casting import (
    ATTRIBUTION,
    HEADING,
    NARRATOR,
    STABLE_MIN_SPEAKERS,
    CastVoice,
    Part,
    cast_article,
    cast_parts,
    person_key,
)
from tests.speech.helpers import seed_article

ROLES = VoiceRoles()


def speakers(parts: dict[str, Part], names: list[str]) -> list[int]:
    return [parts[name].speaker_id for name in names]


def sounds(parts: dict[str, Part]) -> set[tuple[int, float, float]]:
    return {(p.speaker_id, p.pitch_semitones, p.speed_factor) for p in parts.values()}


@pytest.mark.parametrize("count", [1, 2, 3, 5, 10, STABLE_MIN_SPEAKERS, 125])
@pytest.mark.parametrize("people", [0, 1, 2, 4, 9])
def test_every_part_sounds_different_whatever_the_speaker_count(count, people):
    names = [f"personne {i}" for i in range(people)]
    parts = cast_parts(names, count, ROLES)
    assert set(parts) == {NARRATOR, HEADING, ATTRIBUTION, *names}
    assert len(sounds(parts)) == len(parts)
    assert all(0 <= p.speaker_id < count for p in parts.values())
    assert parts[NARRATOR] == Part(0)


def test_one_speaker_tells_parts_apart_by_pitch_and_tempo():
    parts = cast_parts(["a", "b"], 1, ROLES)
    assert {p.speaker_id for p in parts.values()} == {0}
    assert parts[HEADING].speed_factor == ROLES.heading.speed_factor
    assert parts[ATTRIBUTION].speed_factor == ROLES.attribution.speed_factor
    assert parts["a"].pitch_semitones != 0 and parts["a"].pitch_semitones != parts["b"].pitch_semitones


def test_two_speakers_give_quoted_people_the_other_speaker_first():
    parts = cast_parts(["Jim Mattis"], 2, ROLES)
    assert parts["Jim Mattis"] == Part(1)
    assert parts[HEADING].speaker_id == 0 and parts[HEADING].speed_factor != 1.0


def test_enough_speakers_give_every_part_its_own_speaker():
    parts = cast_parts(["a", "b"], 5, ROLES)
    assert sorted(speakers(parts, [NARRATOR, HEADING, ATTRIBUTION, "a", "b"])) == [0, 1, 2, 3, 4]
    assert all(p.pitch_semitones == 0 and p.speed_factor == 1.0 for p in parts.values())


def test_many_speakers_keep_a_person_on_one_speaker_across_articles():
    first = cast_parts(["jim mattis", "jens stoltenberg"], 125, ROLES)
    second = cast_parts(["emmanuel macron", "ursula von der leyen", "angela merkel", "jim mattis"], 125, ROLES)
    assert first["jim mattis"] == second["jim mattis"]
    assert (
        speakers(first, [NARRATOR, HEADING, ATTRIBUTION])
        == speakers(second, [NARRATOR, HEADING, ATTRIBUTION])
        == [0, 1, 2]
    )
    assert first["jim mattis"].speaker_id >= 3


def test_many_speakers_move_a_second_person_off_a_taken_speaker():
    # Find two names the hash puts on the same speaker: within one article they still get two speakers.
    pool = STABLE_MIN_SPEAKERS - 3
    alone = {
        name: cast_parts([name], STABLE_MIN_SPEAKERS, ROLES)[name].speaker_id for name in (f"p{i}" for i in range(50))
    }
    a, b = next((a, b) for a in alone for b in alone if a < b and alone[a] == alone[b])
    together = cast_parts([a, b], STABLE_MIN_SPEAKERS, ROLES)
    assert together[a].speaker_id == alone[a] and together[b].speaker_id != together[a].speaker_id
    assert pool > 2


def test_person_key_ignores_case_and_spacing():
    assert person_key("Jim  Mattis ") == person_key("jim mattis")
    assert person_key(None) == ""


def test_seed_each_quoted_person_keeps_one_voice_and_no_quote_sounds_like_the_narrator():
    article = seed_article()
    cast = cast_article(article, ROLES, "model@sha256:abc", tuple(f"s{i}" for i in range(125)), "/voices/model.onnx")
    assert all(isinstance(voice, CastVoice) for voice in cast)
    by_person: dict[str, set] = {}
    for segment, voice in zip(article.segments, cast, strict=False):
        if segment.kind is SegmentKind.QUOTE:
            by_person.setdefault(person_key(segment.speaker), set()).add(voice.speaker_id)
    assert by_person and all(len(ids) == 1 for ids in by_person.values())
    narrator = cast[[s.kind for s in article.segments].index(SegmentKind.PARAGRAPH)]
    assert narrator.speaker_id == 0 and narrator.speaker_name == "s0"
    assert all(ids != {0} for ids in by_person.values())


def test_cache_key_has_model_hash_and_speaker_but_not_the_folder():
    fmt = AudioFormat()
    base = CastVoice(model="joe@sha256:aaa", speaker_id=3, model_path="/one/joe.onnx")
    assert clip_key("piper", base, "Bonjour.", fmt) == clip_key(
        "piper", replace(base, model_path="/two/joe.onnx"), "Bonjour.", fmt
    )
    assert clip_key("piper", base, "Bonjour.", fmt) != clip_key(
        "piper", replace(base, model="joe@sha256:bbb"), "Bonjour.", fmt
    )
    assert clip_key("piper", base, "Bonjour.", fmt) != clip_key("piper", replace(base, speaker_id=4), "Bonjour.", fmt)
