"""Where a sentence ends: one rule for the quotes (which clause introduces a quotation, which sentence names a
speaker) and for the speech text (one clip per sentence), so the two never cut a paragraph differently."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.regexes import compiled

# After . ! ? … or a closing guillemet: spaces, then what opens a sentence.
_BREAK = compiled(r"(?<=[.!?…»])\s+(?=[«A-ZÉÈÀÂÎÔÇ\"“])")
# Abbreviations and titles whose period ends no sentence ("M. Trudeau", "av. du Parc", "50 av. J.-C. Puis");
# a single capital is an initial ("J. Roy").
NOT_AN_END = frozenset(
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Mt",
        "J.-C", "C.-B", "E.-U", "É.-U", "N.-B", "N.-É", "T.-N.-L", "Î.-P.-É",
        "art", "av", "boul", "c.-à-d", "cf", "chap", "env", "etc", "ex", "no", "éd", "tél", "Tél", "vol",
    }
)  # fmt: skip
_INITIAL = compiled(r"[A-Z]")
# "a-t-il écrit sur X. Jordan Bardella…": the social network, not an initial.
_NETWORK_X_AFTER = frozenset({"sur", "via", "de", "social", "compte"})
_LAST_WORD_CHARS = 40


def breaks(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The breaks between sentences in text[start:end], in order: each match spans the spaces between two."""
    for match in _BREAK.finditer(text, start, len(text) if end is None else end):
        before = text[max(0, match.start() - _LAST_WORD_CHARS) : match.start()].split()
        last_word = before[-1].rstrip(".") if before else ""
        if last_word not in NOT_AN_END and not (_INITIAL.fullmatch(last_word) and not _names_the_network(before)):
            if not _closes_a_title(text, match.start()):
                yield match


# "a confié au « Monde » Bernard Arnault": a paper's or a work's name in guillemets after a preposition or an
# article ends no sentence.
_TITLE_IN_GUILLEMETS = compiled(
    r"(?:^|\s)(?i:au|aux|à|dans|du|des|de|le|la|les|sur|par|pour|selon)\s+«\s?[^«».!?]{1,40}?\s?»$"
)
_TITLE_WORDS = 4


def _closes_a_title(text: str, at: int) -> bool:
    if text[at - 1 : at] != "»":
        return False
    title = _TITLE_IN_GUILLEMETS.search(text, max(0, at - 60), at)
    return title is not None and len(title.group(0).split()) <= _TITLE_WORDS + 3


def _names_the_network(before: list[str]) -> bool:
    return before[-1] == "X." and len(before) >= 2 and before[-2].lower() in _NETWORK_X_AFTER


def first_break(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    return next(breaks(text, start, end), None)


def split(text: str) -> list[str]:
    """The sentences, in order, without the spaces between them (as a regular expression's split gives them)."""
    pieces, start = [], 0
    for match in breaks(text):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence that holds more than spaces."""
    found, start = [], 0
    for match in breaks(text):
        found.append((start, match.start()))
        start = match.end()
    found.append((start, len(text)))
    return [(a, b) for a, b in found if text[a:b].strip()]
