"""Symbols and punctuation the engines would read aloud or stumble on."""

from __future__ import annotations

import re

from app.article.typography import APOSTROPHES
from app.regexes import compiled, longest_first
from app.speechtext.tables import CURRENCIES, PER_WORDS, SYMBOLS, UNITS

# A currency sign no amount took ("les prix en €") is said by its name.
_SPOKEN = {**SYMBOLS, **{sign: f" {many} " for sign, (_, many) in CURRENCIES.items() if not sign.isalpha()}}
_SYMBOL = compiled("|".join(re.escape(s) for s in _SPOKEN))
_PER_WORD = compiled(r"(?<=\w)/(?=(?:" + "|".join(longest_first(PER_WORDS)) + r")\b)")
_UNIT_SYMBOLS = "|".join(re.escape(u) for u in longest_first(UNITS))
_PER_UNIT = compiled(rf"(?<=\w)/(?P<unit>{_UNIT_SYMBOLS})(?![\w²³])")


def apostrophes(text: str) -> str:
    """ "l’idée" → "l'idée": the rules that know an elision ("l'ONU", "3 s'en vont") know it by one apostrophe."""
    return text.translate(APOSTROPHES)


def symbols(text: str) -> str:
    return _SYMBOL.sub(lambda m: _SPOKEN[m.group(0)], text)


def slashes(text: str) -> str:
    """The slashes left between words ("sur" between numbers was said before, by ratios): a rate's unit is "par"
    ("euros/mois", "dollars/MWh"), "et/ou" is "et ou", any other is a space ("Scheiber/SIPA")."""
    text = text.replace("et/ou", "et ou")
    text = _PER_WORD.sub(" par ", text)
    text = _PER_UNIT.sub(lambda m: " par " + UNITS[m["unit"]][0], text)
    return text.replace("/", " ")


def bullets(text: str) -> str:
    """A list item's bullet is not read."""
    return re.sub(r"^\s*(?:[-–—―•·*▪►]|\d{1,2}[.)])\s+", "", text)


def dashes(text: str) -> str:
    """Spaced dashes are pauses; brackets and stray marks are not words."""
    text = re.sub(r"\s[-–—―]\s", ", ", text)
    text = re.sub(r"[\[\]{}*_|#^\\`]", " ", text)
    return text


def spaces(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?…)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"([,;:])(?=\S)", r"\1 ", text)
    text = re.sub(r"(,\s*){2,}", ", ", text)
    return text.strip()


def quote_marks(text: str) -> str:
    """The voice, not the engine, marks a quotation: guillemets are not read. After an elision the quoted word joins
    its article again: "d'« obsolète »" → "d'obsolète"."""
    text = re.sub(r"(?<=\w')\s*[«“\"„‹]\s*", "", text)
    return re.sub(r"[«»“”\"„‹›]", " ", text)
