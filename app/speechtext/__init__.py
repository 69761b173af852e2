"""French speech text: numbers, dates, abbreviations and acronyms as a French narrator reads them."""

from __future__ import annotations

from pathlib import Path

from app.article.model import Article, Segment
from app.speechtext.lexicon import Lexicon, load_lexicon
from app.speechtext.pipeline import normalize, speech_with_map

__all__ = ["Lexicon", "load_lexicon", "normalize", "speech_article", "speech_with_map"]


def speech_article(article: Article, lexicon_path: Path | None = None, lexicon: Lexicon | None = None) -> Article:
    """Fills every segment's speech_text."""
    lexicon = lexicon or load_lexicon(lexicon_path)

    def speak(segment: Segment) -> Segment:
        speech, mapping = speech_with_map(segment.text, lexicon)
        return segment.with_speech(speech, tuple(mapping))

    return article.map_segments(speak)
