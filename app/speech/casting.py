"""Casting the speakers of one multi-speaker model (a Piper voice) to the parts of an article.

The narrator keeps the model's first speaker. Each quoted person gets a speaker of their own for the whole
article; headings and attributions get theirs when speakers are left. Where the model has many speakers, the
roles keep fixed speakers and a person's speaker comes from a stable hash of their name, so the same person
sounds the same in every article. Parts that must share a speaker are told apart by tempo and pitch.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from app.article.model import Article, SegmentKind
from app.config import VoiceProfile, VoiceRoles
from app.settings_fields import setting
from app.speech.voices import ATTRIBUTION, HEADING, NARRATOR, role_of

STABLE_MIN_SPEAKERS = 16
"""From this many speakers, roles keep fixed speakers and people are placed by a hash of their name."""
SHARED_PITCH_SEMITONES = (2.5, -2.5, 4.0, -4.0, 1.5, -1.5)
SHARED_SPEED_FACTORS = (1.0, 1.07, 0.93)
"""Pitch shifts, then tempos, that tell apart quoted people who must share a speaker (a voice with too few)."""


@dataclass(frozen=True, kw_only=True)
class CastVoice(VoiceProfile):
    """A part of the article as one model speaks it. Every field but the model's path is in the clip's cache key."""

    model: str
    """Which model speaks, with its file's hash (or the server's voice and version), e.g. fr_FR-siwis-medium@sha256:…"""
    speaker_id: int = setting(0, ge=0)
    speaker_name: str = "0"
    length_scale: float = setting(1.0, gt=0)
    """Piper's phoneme length: above 1 is slower."""
    model_path: str = setting("", exclude=True)
    """Where the model file is on this machine (local Piper only); not in the cache key, so the folder can move."""


@dataclass(frozen=True)
class Part:
    speaker_id: int
    pitch_semitones: float = 0.0
    speed_factor: float = 1.0


def person_key(name: str | None) -> str:
    """The same person however the article spells the case, spacing or accents' encoding of their name."""
    return " ".join(unicodedata.normalize("NFC", name or "").casefold().split())


def stable_index(person: str, count: int) -> int:
    return int.from_bytes(hashlib.sha256(person.encode("utf-8")).digest()[:8], "big") % count


def cast_parts(people: list[str], speaker_count: int, roles: VoiceRoles) -> dict[str, Part]:
    """A Part for the narrator, headings, attributions and each person (quoted, in order of first appearance)."""
    heading_shared = Part(0, roles.heading.pitch_semitones, roles.heading.speed_factor)
    attribution_shared = Part(0, roles.attribution.pitch_semitones, roles.attribution.speed_factor)
    parts = {NARRATOR: Part(0)}
    if speaker_count >= STABLE_MIN_SPEAKERS:
        parts |= {HEADING: Part(1), ATTRIBUTION: Part(2)}
        pool = list(range(3, speaker_count))
        taken: set[int] = set()
        for number, person in enumerate(people):
            start = stable_index(person, len(pool))
            # Another person of this article on the same speaker moves on to the next free one.
            in_turn = [pool[(start + step) % len(pool)] for step in range(len(pool))]
            free = next((speaker for speaker in in_turn if speaker not in taken), None)
            if free is None:  # more people than speakers: share, told apart by pitch
                parts[person] = Part(pool[start], *shared_variant(number))
            else:
                taken.add(free)
                parts[person] = Part(free)
        return parts
    pool = list(range(1, speaker_count))
    for number, person in enumerate(people):
        if pool:
            rounds, seat = divmod(number, len(pool))
            parts[person] = Part(pool[seat], *shared_variant(rounds - 1)) if rounds else Part(pool[seat])
        else:
            parts[person] = Part(0, *shared_variant(number))
    spare = pool[len(people) :]
    parts[HEADING] = Part(spare.pop(0)) if spare else heading_shared
    parts[ATTRIBUTION] = Part(spare.pop(0)) if spare else attribution_shared
    return parts


def shared_variant(number: int) -> tuple[float, float]:
    """The number-th (pitch in semitones, speed factor) for someone sharing a speaker; 18 sound different."""
    rounds, index = divmod(number, len(SHARED_PITCH_SEMITONES))
    return SHARED_PITCH_SEMITONES[index], SHARED_SPEED_FACTORS[rounds % len(SHARED_SPEED_FACTORS)]


def part_of(kind: SegmentKind, speaker: str | None) -> str:
    return person_key(speaker) if kind is SegmentKind.QUOTE else role_of(kind)


def cast_article(
    article: Article, roles: VoiceRoles, model: str, speaker_names: tuple[str, ...], model_path: str = ""
) -> list[VoiceProfile]:
    """One CastVoice per segment, in reading order."""
    people: list[str] = []
    for segment in article.segments:
        if segment.kind is SegmentKind.QUOTE and person_key(segment.speaker) not in people:
            people.append(person_key(segment.speaker))
    parts = cast_parts(people, max(1, len(speaker_names)), roles)
    voices: dict[str, CastVoice] = {}
    cast: list[VoiceProfile] = []
    for segment in article.segments:
        name = part_of(segment.kind, segment.speaker)
        if name not in voices:
            part = parts[name]
            voices[name] = CastVoice(
                model=model,
                speaker_id=part.speaker_id,
                speaker_name=speaker_names[part.speaker_id] if speaker_names else "0",
                length_scale=round(1.0 / part.speed_factor, 4),
                pitch_semitones=part.pitch_semitones,
                model_path=model_path,
            )
        cast.append(voices[name])
    return cast
