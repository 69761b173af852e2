"""Readers' comments copied without their heading: each signed by its author and the time it was posted, one after
another under the article. The first signature of such a run ends the article (reason `comments`)."""

from __future__ import annotations

import re

from app.article.block_kinds import Classified, Kind
from app.article.chrome import AGO_WORDS, COMMENT_SIGNATURE, normalized
from app.article.months import MONTH_PATTERN
from app.regexes import compiled

DATE = rf"(?:\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{1,2}}(?:er)?\s+(?:{MONTH_PATTERN})\s+\d{{4}})"
TIME = r"\d{1,2}\s?[:h]\s?\d{2}"
# The year may go when the time is given: "le 22/07 à 15h47".
STAMP = rf"(?:(?:le\s+)?{DATE}(?:\s*(?:à|,|-|\|)?\s*{TIME})?|le\s+\d{{1,2}}/\d{{1,2}}\s+à\s+{TIME})"
HANDLE = r"[^\s|:]\S{0,25}(?:\s\S{1,25}){0,2}"
RANK = r"(?:\[?\d{1,4}[.\])]\s+)?"  # the comment's number: "124. VHB dit le …", "[5] aspic dit le …"
# "Jean-Luc_Bxl | 14/12/2012 17:45", "14/12/2012 17:45 - marie.d", "Jean-Luc a écrit le 14/12/2012 :",
# "124. VHB dit le 24/01/2013, 14:38" (a bare "X dit" needs its stamp: "Le ministre dit :" is prose), the author
# glued to the stamp by the copy ("Le 22/07 à 15h47jeanmi", not "Le 22/07 à 15h47 Contador attaque"); and what the
# page chrome already reads as a comment's signature ("Posté par marie.d le 14/12/2012 à 18:02").
SIGNATURE = compiled(
    rf"^(?:{HANDLE}\s*[|,–—-]\s*{STAMP}|{STAMP}\s*[|,–—-]\s*{HANDLE}|{STAMP}(?=[^\W\d]){HANDLE}"
    rf"|{RANK}{HANDLE}\s+[aà]\s+écrit(?:\s+{STAMP})?\s*:?|{RANK}{HANDLE}\s+(?:[aà]\s+)?(?:dit|écrit)\s+{STAMP}\s*:?)$",
    re.IGNORECASE,
)
# On two lines: the author alone, then the stamp ("Jean-Luc_Bxl", then "14/12/2012 à 17:45" or "il y a 3 heures").
HANDLE_ALONE = compiled(r"^[^\s.!?:;]\S{0,25}(?:\s[^\s.!?:;]\S{0,25}){0,2}$")
STAMP_ALONE = compiled(rf"^(?:{STAMP}|{AGO_WORDS})$", re.IGNORECASE)
THREAD_REACH = 2  # a comment is a paragraph or two under its signature
COMMENT_BUTTONS = 4


def mark_comment_thread(blocks: list[Classified]) -> list[Classified]:
    """The first of two signatures a comment or two apart, under some article prose, opens the thread; an article's
    own byline, signed the same way, stands alone above its lede."""
    signatures = _signatures(blocks)
    for (first, first_end), (second, _) in zip(signatures, signatures[1:], strict=False):
        between = blocks[first_end:second]
        prose = sum(block.kind is Kind.PROSE for block in between)
        # Besides its text, a comment carries its buttons ("Signaler un abus", "Message constructif ?", "oui 0 non 0").
        if (
            1 <= prose <= THREAD_REACH
            and len(between) - prose <= COMMENT_BUTTONS
            and any(block.kind is Kind.PROSE for block in blocks[:first])
        ):
            marked = list(blocks)
            marked[first] = Classified(blocks[first].block, Kind.END, "comments", strong_end=True)
            return marked
    return blocks


def _signatures(blocks: list[Classified]) -> list[tuple[int, int]]:
    """(first line, one past the last line) of every comment signature."""
    found = []
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if SIGNATURE.match(text) or COMMENT_SIGNATURE.match(normalized(text)):
            found.append((index, index + 1))
        elif HANDLE_ALONE.match(text) and index + 1 < len(blocks) and STAMP_ALONE.match(blocks[index + 1].text.strip()):
            found.append((index, index + 2))
    return found
