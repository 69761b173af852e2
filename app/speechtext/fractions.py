"""Numbers around a slash: a share of something is a fraction, a mark, a score or a rate keeps its "sur".

French reads "3/4" two ways. A share of something is a fraction: "3/4 des voix" is "trois quarts des voix", "1/2 des
électeurs" "la moitié des électeurs", "les 2/3" "les deux tiers". A mark, a score or a rate is a comparison of two
numbers: "15/20", "7/10 de moyenne", "3/1", "24/7" are "quinze sur vingt"… The rule:

- a proper fraction (the first number smaller) is read as a fraction when it is a share: followed by a partitive
  that names what is shared ("des", "du", "de la", "d'entre", "de ses"…: SHARE_OF) or by "de" and a measure
  ("3/4 d'heure", "1/4 de siècle"), or preceded by a plural determiner ("les 2/3", "aux 3/4");
- one half before a measure is "demi-": "1/2 heure" → "une demi-heure";
- a knockout round is named by its fraction: "1/8 de finale" → "huitième de finale", "1/2 finale" → "demi-finale";
- everything else keeps "sur" (ratios, after the yearless dates have been read: "le 22/07" is a date), and two
  years are a span: "2015/2016" → "2015 à 2016". "7/10 de moyenne" is "sur": "de" and a bare noun is a mark's
  unit, not a share.
"""

from __future__ import annotations

import re

from app.regexes import compiled, longest_first
from app.speechtext.numbers import cardinal, ordinal
from app.speechtext.tables import (
    FRACTION_MEASURES,
    FRACTION_PARTS,
    PLURAL_DETERMINERS,
    ROUND_DENOMINATORS,
    SHARE_OF,
    SINGULAR_DETERMINERS,
)

_MEASURES = "|".join(longest_first(FRACTION_MEASURES))
# Not inside a date (14/02/2017), a decimal or a phone number (02/558.97.80).
_ALONE_BEFORE = r"(?<![\w/,.])"
_ALONE_AFTER = r"(?![\w/]|[,.]\d)"
SLASHED = compiled(rf"{_ALONE_BEFORE}(?P<a>\d+)/(?P<b>\d+){_ALONE_AFTER}")
SHARE_AFTER = compiled(
    r"\s+(?:" + "|".join(re.escape(share) for share in SHARE_OF) + rf")\b|\s+d(?:e |')(?:{_MEASURES})\b"
)
HALF_BEFORE_NOUN = compiled(rf"{_ALONE_BEFORE}1/2 (?=(?P<noun>{_MEASURES}|finales?)\b)")
ROUND = compiled(rf"{_ALONE_BEFORE}1/(?P<b>\d+)(?= de finales?\b)")
RATIO = compiled(rf"{_ALONE_BEFORE}(?P<a>\d+(?:,\d+)?)(?P<unit> ?[hj])?/(?P<b>\d+(?:,\d+)?){_ALONE_AFTER}")
RATE_UNITS = {"h": "heures", "j": "jours"}  # "24h/24", "7j/7"


def word_before(text: str, start: int) -> str:
    """The word just before `start`, lowercased; empty when it is not separated by a space."""
    head = text[:start]
    return head.split()[-1].lower() if head.endswith(" ") and head.strip() else ""


def part(denominator: int, plural: bool) -> str:
    """3 → "tiers", 4 → "quart(s)", 10 → "dixième(s)"."""
    singular, many = FRACTION_PARTS.get(denominator) or (ordinal(denominator), ordinal(denominator) + "s")
    return many if plural else singular


def share(numerator: int, denominator: int, before: str) -> str:
    if (numerator, denominator) == (1, 2):
        return "moitié" if before in SINGULAR_DETERMINERS else "la moitié"
    name = part(denominator, plural=numerator >= 2)
    # "un 1/4 des sièges" is "un quart", "le 1/3 des votes" "le tiers": the determiner says the one.
    return name if numerator == 1 and before in SINGULAR_DETERMINERS else f"{cardinal(numerator)} {name}"


def _round(match: re.Match) -> str:
    denominator = int(match["b"])
    if denominator not in ROUND_DENOMINATORS or denominator == 2:
        return match.group(0)
    return part(denominator, plural=word_before(match.string, match.start()) in PLURAL_DETERMINERS)


def _half_before_noun(match: re.Match) -> str:
    before = word_before(match.string, match.start())
    if match["noun"].startswith("finale") or before in SINGULAR_DETERMINERS | PLURAL_DETERMINERS | {"par"}:
        return "demi-"
    return f"{FRACTION_MEASURES[match['noun']]} demi-"


def _share(match: re.Match) -> str:
    numerator, denominator = int(match["a"]), int(match["b"])
    before = word_before(match.string, match.start())
    if 0 < numerator < denominator and (SHARE_AFTER.match(match.string, match.end()) or before in PLURAL_DETERMINERS):
        return share(numerator, denominator, before)
    return match.group(0)


def fractions(text: str) -> str:
    text = ROUND.sub(_round, text)
    text = HALF_BEFORE_NOUN.sub(_half_before_noun, text)
    return SLASHED.sub(_share, text)


def ratios(text: str) -> str:
    """The slashes left between numbers: "15/20" → "15 sur 20", "24h/24" → "24 heures sur 24", "2015/2016" →
    "2015 à 2016". The numbers are read later, with their grammar."""

    def say(match: re.Match) -> str:
        first, second, unit = match["a"], match["b"], (match["unit"] or "").strip()
        if re.fullmatch(r"[12]\d{3}", first) and re.fullmatch(r"[12]\d{3}", second) and int(second) > int(first):
            return f"{first} à {second}"
        return f"{first} {RATE_UNITS[unit]} sur {second}" if unit else f"{first} sur {second}"

    return RATIO.sub(say, text)
