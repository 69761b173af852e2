"""Abbreviations and titles: "M. Trump" → "monsieur Trump", "av. J.-C." → "avant Jésus-Christ"."""

from __future__ import annotations

import re

from app.regexes import compiled, longest_first
from app.speechtext.tables import ABBREVIATIONS, TITLES

_ABBREVIATION = compiled(
    r"(?<![\w.])(" + "|".join(re.escape(a) for a in longest_first(ABBREVIATIONS)) + r")(?![^\W\d_])"
)
_HYPHEN_TITLES = {k: v for k, v in TITLES.items() if k.endswith("-")}
_WORD_TITLES = {k: v for k, v in TITLES.items() if not k.endswith("-")}
_TITLE = compiled(
    r"(?<![\w.'-])(" + "|".join(re.escape(t) for t in longest_first(_WORD_TITLES)) + r")"
    r"(?=\s+[A-ZÉÈÀÂÎÔÇ])"
)
_HYPHEN_TITLE = compiled(r"(?<![\w])(" + "|".join(re.escape(t) for t in _HYPHEN_TITLES) + r")(?=[A-ZÉ])")
WIRE_DATELINE = compiled(
    r"^([A-ZÉÈÀÎÔÇ][A-ZÉÈÀÎÔÇ' -]+)(?:,[^()]{0,30})?\s*\((?:AFP|Reuters|AP|PC|La Presse canadienne)\)\s*[-–—]\s*"
)


def abbreviations(text: str) -> str:
    def say(match: re.Match) -> str:
        spoken = ABBREVIATIONS[match.group(1)]
        # The abbreviation's period also ends the sentence when nothing, or a new sentence, follows.
        rest = text[match.end() :]
        if match.group(1).endswith(".") and (not rest.strip() or re.match(r"\s+[A-ZÉÈÀ«]", rest)):
            spoken += "."
        # "N°52": the number the abbreviation touched stays a word of its own.
        return spoken + " " if rest[:1].isdigit() else spoken

    return _ABBREVIATION.sub(say, text)


def titles(text: str) -> str:
    text = _HYPHEN_TITLE.sub(lambda m: _HYPHEN_TITLES[m.group(1)], text)
    return _TITLE.sub(lambda m: _WORD_TITLES[m.group(1)], text)


def wire_dateline(text: str) -> str:
    """ "BAKOU (AFP) - Les pays…" → "Bakou. Les pays…": the agency tag is not read."""
    return WIRE_DATELINE.sub(lambda m: m.group(1).strip().title() + ". ", text)
