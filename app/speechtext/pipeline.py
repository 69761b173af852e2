"""The ordered list of normalizers that turns display text into what a French narrator says."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from app.article import sentences
from app.article.typography import plain_spaces
from app.regexes import compiled
from app.speechtext.abbreviations import abbreviations, titles, wire_dateline
from app.speechtext.acronyms import acronyms, codes, lone_letters, shouting
from app.speechtext.fractions import fractions, ratios
from app.speechtext.lexicon import Lexicon
from app.speechtext.numeric import (
    currencies,
    decimal_points,
    digits_left,
    first_of_month,
    month_abbreviations,
    numbers,
    numeric_dates,
    ordinals,
    percentages,
    phone_numbers,
    ranges,
    scaled_amounts,
    times,
    units,
)
from app.speechtext.romans import roman_numerals
from app.speechtext.symbols import apostrophes, bullets, dashes, quote_marks, slashes, spaces, symbols
from app.speechtext.web import emails, emoji, hashtags, mentions, urls

Normalizer = Callable[[str], str]

# Order matters: addresses before punctuation rules, abbreviations before sentence rules, numbers in
# context (dates, money, units) before bare numbers, acronyms after numbers so "G20" reads "gé vingt";
# around a slash, shares first, then yearless dates, then what is left is a ratio ("sur") before times
# can take the "h" of "24h/24".
NORMALIZERS: tuple[Normalizer, ...] = (
    plain_spaces,
    apostrophes,
    bullets,
    urls,
    emails,
    emoji,
    wire_dateline,
    abbreviations,
    titles,
    hashtags,
    mentions,
    roman_numerals,
    codes,
    phone_numbers,
    ordinals,
    fractions,
    numeric_dates,
    ratios,
    month_abbreviations,
    first_of_month,
    times,
    currencies,
    percentages,
    units,
    ranges,
    decimal_points,
    scaled_amounts,
    numbers,
    digits_left,
    shouting,
    acronyms,
    lone_letters,
    symbols,
    slashes,
    dashes,
    quote_marks,
    spaces,
)

# Normalizers with nothing to do in a sentence without digits: skipped there (most sentences of an article).
NEEDS_DIGITS = frozenset(
    {
        codes,
        phone_numbers,
        ordinals,
        fractions,
        numeric_dates,
        ratios,
        month_abbreviations,
        first_of_month,
        times,
        currencies,
        percentages,
        units,
        ranges,
        decimal_points,
        scaled_amounts,
        numbers,
        digits_left,
    }
)
_DIGIT = compiled(r"\d")


@lru_cache(maxsize=8192)
def normalize(text: str, lexicon: Lexicon | None = None) -> str:
    """Pure, so cached: narrating an article again, or an edited one, normalizes only what changed."""
    if lexicon:
        text = lexicon.apply(text)
    has_digits = bool(_DIGIT.search(text))
    for normalizer in NORMALIZERS:
        if has_digits or normalizer not in NEEDS_DIGITS:
            text = normalizer(text)
    return text


def speech_with_map(text: str, lexicon: Lexicon | None = None) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Speech text and, per sentence, (text_start, text_end, speech_start, speech_end) so a page can
    highlight the display words being said."""
    parts: list[str] = []
    mapping = []
    cursor = 0
    for start, end in sentences.spans(text):
        spoken = normalize(text[start:end], lexicon)
        if not spoken:
            continue
        if parts:
            cursor += 1
        mapping.append((start, end, cursor, cursor + len(spoken)))
        parts.append(spoken)
        cursor += len(spoken)
    return " ".join(parts), mapping
