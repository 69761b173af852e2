"""Voice casting: a voice per role, and each quoted speaker keeps one quote voice for the whole article.

An engine whose voices hold several speakers (Piper) casts them itself: it has a `cast(article, roles)`."""

from __future__ import annotations

from app.article.model import Article, SegmentKind
from app.config import VoiceProfile, VoiceRoles


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
        elif segment.kind is SegmentKind.ATTRIBUTION:
            voices.append(roles.attribution)
        elif segment.kind is SegmentKind.HEADING:
            voices.append(roles.heading)
        else:
            voices.append(roles.narrator)
    return voices
