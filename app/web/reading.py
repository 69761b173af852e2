"""The article as people read it, away from the player: chapters of paragraphs and quotes, as HTML blocks for
the simplified and transcript pages, and as plain text (transcription.txt)."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from app.article.model import SegmentKind, article_from_script
from app.library import ArticleRecord
from app.web import french
from app.web.views import Credits, credits

OPENING_CHAPTER = "Début de l'article"
# Why a piece of the page was not read, as a reader would say it; a reason not listed here is "autre".
DROPPED_REASONS = {
    "chrome": "habillage de la page",
    "navigation": "navigation",
    "byline": "signature",
    "date": "date",
    "caption": "légende",
    "credit": "crédit",
    "related": "lien vers un autre article",
    "paywall": "mention d'abonnement",
    "advertisement": "publicité",
    "ad": "publicité",
    "share": "partage",
    "newsletter": "lettre d'information",
    "comments": "commentaires",
    "duplicate": "doublon",
    "standfirst": "chapô",
    "title": "titre",
}


@dataclass(frozen=True)
class Block:
    kind: str
    """paragraph, quote or attribution (titles and headings are the chapters' own)."""
    text: str
    speaker: str | None = None


@dataclass(frozen=True)
class ReadingChapter:
    number: int
    """From 1, as in #chapitre-N."""
    title: str
    blocks: tuple[Block, ...]


def chapters(record: ArticleRecord) -> list[ReadingChapter]:
    """Chapters as a reader sees them; the first one, whose title is the article's, is called the opening."""
    found = []
    for index, chapter in enumerate(article_from_script(record.script).chapters):
        title = chapter.title
        if index == 0 and title.strip() == record.title.strip():
            title = OPENING_CHAPTER
        blocks = tuple(
            Block(segment.kind, segment.text, segment.speaker)
            for segment in chapter.segments
            if segment.kind not in (SegmentKind.TITLE, SegmentKind.HEADING)
        )
        found.append(ReadingChapter(index + 1, title, blocks))
    return found


def credit_line(about: Credits) -> str:
    """ "Par Anne Dupont · 3 mars 2024 · lemonde.fr": whatever the page said about itself."""
    parts = [f"Par {about.author}" if about.author else "", about.published_words, about.source_name or ""]
    return " · ".join(part for part in parts if part)


def plain_text(record: ArticleRecord, width: int = 80) -> str:
    """The transcript as a text file: title, credits, then each chapter's heading and its paragraphs."""
    about = credits(record)
    lines = [record.title, ""]
    if credit_line(about):
        lines[1:1] = [credit_line(about)]
    if about.source_url:
        lines.insert(len(lines) - 1, about.source_url)
    for chapter in chapters(record):
        lines += [chapter.title, "-" * min(width, len(chapter.title)), ""]
        for block in chapter.blocks:
            text = french.quoted(block.text) if block.kind == "quote" else french.typography(block.text)
            lines += textwrap.wrap(text, width, break_on_hyphens=False) or [""]
            if block.kind == "quote" and block.speaker:
                lines.append(f"— {block.speaker}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def dropped(record: ArticleRecord) -> list[tuple[str, str]]:
    """What the page held that was not read aloud, with why (old scripts hold bare strings: page chrome)."""
    found = []
    for entry in article_from_script(record.script).dropped:
        if entry.text.strip():
            found.append((entry.text, DROPPED_REASONS.get(entry.reason, "autre")))
    return found
