"""Pull-quotes: a quoted paragraph standing alone, and the line under it that names its speaker."""

from __future__ import annotations

import re

from app.article.attribution import noun_phrase
from app.article.blocks import Block, Hint
from app.article.chrome_phrases import GUILLEMETS
from app.article.names import names_in
from app.regexes import compiled

DASH_ATTRIBUTION = compiled(r"^[—–―-]\s*(?P<who>\S.*)$")
CITATION_OF = compiled(r"^(?:une\s+)?citation\s+de\s+(?P<who>.+)$", re.IGNORECASE)


def attribution_speaker(block: Block, previous_text: str, previous_quoted: bool = False) -> str | None:
    """The speaker a pull-quote's attribution line names ("Jim Mattis, secrétaire américain à la Défense");
    `previous_quoted`: the markup says the text before is a quotation (a `<blockquote>` without guillemets)."""
    text = block.text.strip()
    if len(text.split()) > 20 or text.endswith((".", "!", "?")) and block.hint is not Hint.ATTRIBUTION:
        return None
    if block.hint is Hint.HEADING:
        return None  # "Simone Weil, une autrice rarement tombée au bac" in an <h3>: the next entry's title
    dashed = DASH_ATTRIBUTION.match(text)
    if dashed:
        text = dashed["who"]
    citation = CITATION_OF.match(text)
    if citation:
        text = citation["who"]
    names = names_in(text)
    if not names:
        return noun_phrase(text) or None if block.hint is Hint.ATTRIBUTION else None
    name = names[0]
    starts_with_name = text.startswith(name) or text.split(" ", 1)[-1].startswith(name)
    if block.hint is Hint.ATTRIBUTION or dashed or citation:
        return name
    if not starts_with_name or " " not in name:
        return None
    rest = text[text.index(name) + len(name) :].strip()
    if rest.startswith(",") and rest[1:].strip()[:1].islower():
        return name
    # A quotation alone, not a paragraph that credits its own ("« … », a réagi X." over a scoreboard's team name).
    alone = previous_text.strip()[:1] in GUILLEMETS + ('"',) and previous_text.rstrip(" .").endswith(("»", '"', "”"))
    return name if not rest and (previous_quoted or alone) else None
