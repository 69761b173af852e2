"""Numbers as French words: num2words for the grammar, with the few things it gets wrong corrected."""

from __future__ import annotations

import importlib.util
import re
import sys
import types
from decimal import Decimal, InvalidOperation
from functools import cache

from app.regexes import compiled

# A number as French pages write it: 1 500 000, 1.500.000, 3,5, −12. One separator per number: "1.500.000 300"
# is two numbers, not one that parse_number cannot read.
GROUPED = r"\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+"
NUMBER_PATTERN = rf"(?<![\w,.])[-−]?(?:{GROUPED})(?:,\d+)?(?![\w])|(?<![\w,.])[-−]?\d+(?:,\d+)?(?![\w])"
NUMBER = compiled(NUMBER_PATTERN)


@cache
def _french():
    """num2words' French converter, loaded alone. The package's __init__ imports all of its 60 languages (30-50 ms,
    a third of a `narrateur segment`); when nothing has imported it yet, a bare package object stands in so that
    only lang_FR and the modules it needs are read."""
    stand_in = None
    if "num2words" not in sys.modules:
        spec = importlib.util.find_spec("num2words")
        if spec is not None and spec.submodule_search_locations:
            stand_in = types.ModuleType("num2words")
            stand_in.__path__ = list(spec.submodule_search_locations)
            sys.modules["num2words"] = stand_in
    try:
        from num2words.lang_FR import Num2Word_FR
    finally:
        if stand_in is not None and sys.modules.get("num2words") is stand_in:
            del sys.modules["num2words"]  # whoever imports num2words later gets the real package

    return Num2Word_FR()


def num2words(value: int, to: str = "cardinal") -> str:
    return getattr(_french(), f"to_{to}")(value)


def parse_number(written: str) -> Decimal:
    """ "1 500 000" → 1500000, "3,5" → 3.5, "−12" → -12."""
    cleaned = written.replace("−", "-").replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        return Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"not a number: {written!r}") from None


def cardinal(value: Decimal | int, feminine: bool = False) -> str:
    value = Decimal(value)
    if value == value.to_integral_value() and "." not in str(value):
        words = num2words(int(value))
    else:
        whole, _, fraction = str(abs(value)).partition(".")
        sign = "moins " if value < 0 else ""
        # "3,05" is read "trois virgule zéro cinq"; long fractions digit group by group as num2words does.
        zeros = len(fraction) - len(fraction.lstrip("0"))
        rest = num2words(int(fraction)) if fraction.strip("0") else ""
        words = f"{sign}{num2words(int(whole))} virgule " + "zéro " * zeros + rest
    if feminine:
        words = re.sub(r"\bun$", "une", words)
    return words.strip()


def ordinal(value: int, feminine: bool = False) -> str:
    if value == 1:
        return "première" if feminine else "premier"
    words = num2words(value, to="ordinal")
    # num2words writes "quatre-vingtsième" and "deux centsième"; the plural s drops before -ième.
    return words.replace("vingtsième", "vingtième").replace("centsième", "centième")


def plural(value: Decimal) -> bool:
    """French plural starts at two: "1,5 million", "deux millions"."""
    return abs(value) >= 2
