"""Roman numerals: "Louis XIV" → "Louis quatorze", "XXIe siècle" → "vingt et unième siècle"."""

from __future__ import annotations

import re

from app.regexes import compiled
from app.speechtext.numbers import cardinal, ordinal

ROMAN = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
# After a capitalized word: a monarch, a pope, a council or a chapter ("Jean-Paul II", "Acte III").
REGNAL = compiled(
    rf"(?<![\w-])(?P<name>[A-ZÉÈÎÔ][a-zéèëêïîôç]+(?:-[A-ZÉ][a-zéèëêïîôç]+)?) (?P<r>{ROMAN})(?P<first>er|re)?(?![\w'-])"
)
WITH_SUFFIX = compiled(rf"(?<![\w'-])(?P<r>{ROMAN})(?P<suffix>e|ème|eme|er|re)\b")
# One-letter numerals other than I and V are words or initials: "Le", "De", "Malcolm X".
AMBIGUOUS = {"L", "C", "D", "M", "X"}


def roman_value(numeral: str) -> int:
    total = 0
    for index, char in enumerate(numeral):
        value = VALUES[char]
        following = VALUES[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def roman_numerals(text: str) -> str:
    def ordinal_form(match: re.Match) -> str:
        if match["r"] in AMBIGUOUS and match["suffix"] != "e" or match["r"] in {"L", "C", "D", "M"}:
            return match.group(0)
        value = roman_value(match["r"])
        return ordinal(value, feminine=match["suffix"] == "re")

    def regnal_form(match: re.Match) -> str:
        if match["r"] in AMBIGUOUS:
            return match.group(0)
        value = roman_value(match["r"])
        if match["first"] or value == 1:
            return match["name"] + (" première" if match["first"] == "re" else " premier")
        return f"{match['name']} {cardinal(value)}"

    text = WITH_SUFFIX.sub(ordinal_form, text)
    return REGNAL.sub(regnal_form, text)
