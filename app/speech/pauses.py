"""Pauses that follow the article's structure, in milliseconds."""

from __future__ import annotations

from app.article.model import SegmentKind as K

AFTER_TITLE_MS = 900
BEFORE_CHAPTER_MS = 600
CHIME_TO_HEADING_MS = 350
AFTER_HEADING_MS = 700
BETWEEN_PARAGRAPHS_MS = 550
AROUND_QUOTE_MS = 350
BEFORE_ATTRIBUTION_MS = 250
AFTER_ATTRIBUTION_MS = 350
END_MS = 800
BETWEEN_SENTENCES_MS = 280  # inside a paragraph: the breath espeak-ng would take, trimmed from each clip


def pause_between_ms(previous: K, following: K) -> int:
    if previous is K.TITLE:
        return AFTER_TITLE_MS
    if following is K.HEADING:
        return BEFORE_CHAPTER_MS
    if previous is K.HEADING:
        return AFTER_HEADING_MS
    if following is K.ATTRIBUTION:
        return BEFORE_ATTRIBUTION_MS
    if previous is K.ATTRIBUTION:
        return AFTER_ATTRIBUTION_MS
    if K.QUOTE in (previous, following):
        return AROUND_QUOTE_MS
    return BETWEEN_PARAGRAPHS_MS
