"""Voice casting: a voice per role, and each quoted speaker keeps one quote voice for the whole article.

An engine whose voices hold several speakers (Piper) casts them itself: it has a `cast(article, roles)`."""

from __future__ import annotations

from app.article.model import VOICE_OF_KIND, Article, SegmentKind, Voice
from app.config import VoiceProfile, VoiceRoles

NARRATOR, HEADING, ATTRIBUTION = Voice.NARRATOR.value, Voice.HEADING.value, Voice.ATTRIBUTION.value


def role_of(kind: SegmentKind) -> str:
    """The voice role (a field of VoiceRoles) that speaks a segment of this kind, as the article's script says;
    not for quotes, which each speaker's own voice says."""
    return VOICE_OF_KIND[kind].value


def cast_voices(article: Article, roles: VoiceRoles, engine: object | None = None) -> list[VoiceProfile]:
    """One voice per segment, in reading order."""
    cast = getattr(engine, "cast", None)
    if cast is not None:
        return cast(article, roles)
    speakers: dict[str | None, VoiceProfile] = {}
    voices = []
    for segment in article.segments:
        if segment.kind is SegmentKind.QUOTE:
            if segment.speaker not in speakers:
                speakers[segment.speaker] = roles.quotes[len(speakers) % len(roles.quotes)]
            voices.append(speakers[segment.speaker])
        else:
            voices.append(getattr(roles, role_of(segment.kind)))
    return voices
