"""Text copied from a news page: one block per line, with lines a mail or terminal wrapped joined again."""

from __future__ import annotations

from app.article.blocks import Block, Page
from app.article.header import published_in
from app.regexes import compiled

SENTENCE_END = (".", "!", "?", ":", "»", '"', "”", "…", ")")
CONTINUATION = compiled(r"^[a-zàâçéèêëîïôûùüÿœ(«,;]")
NUMBER_START = compiled(r"^\d")
DROP_CAP = compiled(r"[A-ZÀ-Ý]")


def text_page(text: str) -> Page:
    # Where blank lines separate paragraphs, a line right under another is the same paragraph wrapped, even
    # when it starts with a number ("…un plan de\n2 milliards de dollars").
    paragraphs_by_blank_lines = "\n\n" in text.replace("\r\n", "\n")
    wrapped = _hard_wrapped(text)
    lines: list[str] = []
    for line in (raw.strip() for raw in text.split("\n")):
        if not line:
            lines.append("")
            continue
        previous = lines[-1] if lines else ""
        # A long line cut mid-sentence, and the next line goes on in lower case: one paragraph, wrapped.
        continues = CONTINUATION.match(line) or (paragraphs_by_blank_lines and NUMBER_START.match(line))
        if continues and len(line.split()) <= DATE_LINE_WORDS and published_in(line):
            continues = None  # "lundi 4 mars 2013 A 09h56" under a headline is its date, not the headline going on
        if wrapped and len(previous) >= 40 and not previous.endswith(SENTENCE_END) and continues:
            lines[-1] = f"{previous} {line}"
        elif DROP_CAP.fullmatch(previous) and line[:1].islower():
            lines[-1] = previous + line  # a magazine's drop cap, copied on a line of its own: "L" then "a vedette…"
        else:
            lines.append(line)
    return Page([Block(line) for line in lines if line])


def _hard_wrapped(text: str) -> bool:
    """Mail and terminals wrap lines near a width; a copied web page keeps a paragraph on one long line, so a line
    under another there is its own block ("Lire l'entretien : …" then "« Peu de garanties » sur l'emploi")."""
    return sum(len(line) > WRAP_WIDTH for line in text.split("\n")) <= 2


WRAP_WIDTH = 120
DATE_LINE_WORDS = 8
