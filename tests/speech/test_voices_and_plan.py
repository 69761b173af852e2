from app.article import parse_article
from app.config import VoiceRoles
from app.speech.audio import AudioFormat
from app.speech.plan import plan_narration
from app.speech.voices import cast_voices
from app.speechtext import speech_article
from tests.paths import SEED


def seed():
    return parse_article(SEED.read_bytes())


def test_each_speaker_keeps_one_voice_and_speakers_differ():
    article = seed()
    voices = cast_voices(article, VoiceRoles())
    by_speaker = {}
    for segment, voice in zip(article.segments, voices, strict=False):
        if segment.kind.value == "quote":
            by_speaker.setdefault(segment.speaker, set()).add(voice)
    assert all(len(v) == 1 for v in by_speaker.values())
    assert len({next(iter(v)) for v in by_speaker.values()}) == min(len(by_speaker), len(VoiceRoles().quotes))


def test_roles_have_distinct_voices():
    roles = VoiceRoles()
    assert len({roles.narrator, roles.heading, roles.attribution, *roles.quotes}) == 3 + len(roles.quotes)


def test_plan_pauses_follow_structure_and_chime_precedes_headings():
    article = seed()
    plan = plan_narration(article, cast_voices(article, VoiceRoles()), "fake", AudioFormat(), chime=True)
    kinds = [p.kind for p in plan]
    heading_at = next(i for i, p in enumerate(plan) if p.kind == "speech" and p.text.startswith("Réajuster"))
    assert kinds[heading_at - 3 : heading_at] == ["silence", "chime", "silence"]
    assert plan[1].kind == "silence" and plan[1].duration_ms == 900  # after the title
    assert {p.segment_index for p in plan if p.kind == "speech"} == set(range(len(article.segments)))
    assert plan[-1].kind == "silence"


def test_one_clip_per_sentence_with_a_breath_between():
    article = speech_article(
        parse_article("Un titre\nLe taux est de 3,5 %. M. Trump a parlé. La SNCF annonce une grève.")
    )
    plan = plan_narration(article, cast_voices(article, VoiceRoles()), "fake", AudioFormat(), chime=False)
    paragraph = [p for p in plan if p.segment_index == 1 or (p.kind == "silence" and p.duration_ms == 280)]
    assert [p.text or p.duration_ms for p in paragraph] == [
        "Le taux est de trois virgule cinq pour cent.",
        280,
        "monsieur Trump a parlé.",
        280,
        "La esse-enne-cé-effe annonce une grève.",
    ]
