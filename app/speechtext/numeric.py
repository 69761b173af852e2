"""Numbers in context: ordinals, dates, times, ranges, money, percentages, units, then bare numbers."""

from __future__ import annotations

import re

from app.article.months import MONTHS
from app.regexes import compiled, longest_first
from app.speechtext.numbers import GROUPED, NUMBER_PATTERN, cardinal, ordinal, parse_number, plural
from app.speechtext.tables import (
    CURRENCIES,
    CURRENCY_MULTIPLIERS,
    FEMININE_NOUNS,
    MONTH_ABBREVIATIONS,
    ORDINAL_SUFFIXES,
    UNITS,
)

UNIT_NAMES = "|".join(longest_first(re.escape(u) for u in UNITS))
# Two digits after "h" are minutes unless they start a decimal or a grouped number ("à 21 h 30 000 personnes") or
# are an amount ("à 9 h 20 € la place"). The space before them belongs to the time only when they follow: "9 h dans".
NOT_MINUTES = rf"[,.]\d| \d{{3}}|\s?(?:[%$€£¥°]|{UNIT_NAMES})(?!\w)"
HOURS = compiled(rf"\b(?P<h>\d{{1,2}}) ?h(?: ?(?P<min>\d{{2}})(?!{NOT_MINUTES}))?\b")
N = rf"(?P<n>(?<![\w,.])[-−]?(?:{GROUPED})(?:,\d+)?|(?<![\w,.])[-−]?\d+(?:,\d+)?)"


def ordinals(text: str) -> str:
    """1er → premier, 1re → première, 2e → deuxième, 2nd → second, 21e → vingt et unième."""

    def say(match: re.Match) -> str:
        value, suffix = int(match["n"]), match["suffix"].lower()
        if suffix in ("nd", "nde"):
            return "second" if suffix == "nd" else "seconde"
        return ordinal(value, feminine=suffix in ("re", "ère"))

    return re.sub(rf"\b(?P<n>\d+)(?P<suffix>{'|'.join(ORDINAL_SUFFIXES)})\b", say, text)


FULL_DATE = compiled(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}|\d{2})\b")
DAY_MONTH = compiled(r"(?<![\w/,.])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\w/]|[,.]\d)")
DATE_WORDS = frozenset({"le", "du", "au"})


def numeric_dates(text: str) -> str:
    """14/02/2017 → quatorze février deux mille dix-sept. Without a year, a date when a zero pads it or "le", "du" or
    "au" announce it: "le 22/07", "15/02", "du 11/9" ("10/10" alone is a mark, read by ratios)."""

    def say(match: re.Match) -> str:
        day, month = int(match["d"]), int(match["m"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return match.group(0)
        words = f"{'premier' if day == 1 else cardinal(day)} {MONTHS[month - 1]}"
        year = match.groupdict().get("y")
        return f"{words} {cardinal(int(year) if len(year) == 4 else 2000 + int(year))}" if year else words

    def yearless(match: re.Match) -> str:
        padded = len(match["d"]) == len(match["m"]) == 2 and "0" in (match["d"][0], match["m"][0])
        head = match.string[: match.start()]
        announced = head.endswith(" ") and bool(head.split()) and head.split()[-1].lower() in DATE_WORDS
        return say(match) if padded or announced else match.group(0)

    return DAY_MONTH.sub(yearless, FULL_DATE.sub(say, text))


def month_abbreviations(text: str) -> str:
    """ "18 juil. 2024" → "18 juillet 2024"; only after a day, since "sept." also ends "ils étaient sept."."""
    names = "|".join(re.escape(a) for a in MONTH_ABBREVIATIONS)

    def say(match: re.Match) -> str:
        rest = match.string[match.end() :]
        ends_sentence = not rest.strip() or re.match(r"\s+[A-ZÉÈÀ«]", rest)
        return f"{match['day']} {MONTH_ABBREVIATIONS[match['abbr']]}" + ("." if ends_sentence else "")

    return re.sub(rf"(?P<day>\b\d{{1,2}}|premier) (?P<abbr>{names})(?!\w)", say, text)


def first_of_month(text: str) -> str:
    return re.sub(r"\b1 (?=(?:" + "|".join(MONTHS) + r")\b)", "premier ", text)


def times(text: str) -> str:
    """14 h 30 → quatorze heures trente, 9 h → neuf heures, 1 h → une heure, 10:30 → dix heures trente."""

    def say(match: re.Match) -> str:
        hours, minutes = int(match["h"]), match["min"]
        if hours > 24 or (minutes and int(minutes) > 59):
            return match.group(0)
        spoken = (
            "minuit"
            if hours == 0 and not minutes
            else f"{cardinal(hours, feminine=True)} heure" + ("s" if hours > 1 else "")
        )
        if minutes and int(minutes):
            spoken += " " + cardinal(int(minutes), feminine=True)
        return spoken

    text = HOURS.sub(say, text)
    return re.sub(r"\b(?P<h>\d{1,2}):(?P<min>\d{2})\b(?!:)", say, text)


def ranges(text: str) -> str:
    """2015-2017 → 2015 à 2017 (the numbers are read later)."""
    return re.sub(r"(?<![\w-])(\d+)\s?[-–]\s?(\d+)(?![\w-])", r"\1 à \2", text)


CURRENCY_SYMBOLS = "|".join(longest_first(re.escape(s) for s in CURRENCIES))
MULTIPLIERS = "|".join(longest_first(CURRENCY_MULTIPLIERS))
# "300 $", "3,5 M$", "5 k€" (the French way) or "$300", "$3.5M"; one pass, leftmost first, so in "800 € 12 mois"
# the euro sign belongs to 800. An amount after its symbol is not space-grouped: "$300 300 $" is two amounts.
UNGROUPED = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
AMOUNT = compiled(
    rf"{N}\s?(?P<mult>{MULTIPLIERS})?\s?(?P<cur>{CURRENCY_SYMBOLS})(?:\s?(?:US|CA|CAN)\b)?"
    rf"|(?P<pcur>{CURRENCY_SYMBOLS})\s?(?P<pn>{UNGROUPED})(?:\s?(?P<pmult>{MULTIPLIERS})\b)?"
)


def amount(written: str, currency: str, multiplier: str | None) -> str:
    value = parse_number(written)
    singular, plural_name = CURRENCIES[currency]
    if multiplier:
        scale = CURRENCY_MULTIPLIERS[multiplier]
        if scale == "mille":
            return f"{cardinal(value)} mille {plural_name}"
        scale = scale if plural(value) else scale.rstrip("s")
        return f"{cardinal(value)} {scale} {_de(plural_name)}"
    whole, _, cents = written.partition(",")
    if len(cents) == 2:
        # "1,50 €" → "un euro cinquante"; "39,00 €" → "trente-neuf euros".
        units_value = parse_number(whole)
        name = plural_name if plural(units_value) else singular
        return f"{cardinal(units_value)} {name}" + (f" {cardinal(int(cents))}" if int(cents) else "")
    return f"{cardinal(value)} {plural_name if plural(value) else singular}"


def currencies(text: str) -> str:
    """300 $, 3,5 M$, 2 G$, 5 k€, 10 €, $300, 1,50 € → words with French plurals."""
    # A decimal point beside a currency is a decimal comma: "28.40 €", "$2.5M" ("1.500 €" is a thousand).
    text = re.sub(rf"(?<![\w,.])(\d+)\.(\d{{1,2}})(?=\s?(?:{MULTIPLIERS})?\s?(?:{CURRENCY_SYMBOLS}))", r"\1,\2", text)
    text = re.sub(r"(?<=[$€£¥])(\d+)\.(\d{1,2})(?![\d.])", r"\1,\2", text)
    # "12,5 milliards $": the scale written out, the currency as a symbol after it.
    text = re.sub(
        rf"{N}\s(?P<scale>millions?|milliards?)\s?(?P<cur>{CURRENCY_SYMBOLS})",
        lambda m: f"{cardinal(parse_number(m['n']))} {m['scale']} {_de(CURRENCIES[m['cur']][1])}",
        text,
    )
    return AMOUNT.sub(
        lambda m: amount(m["n"], m["cur"], m["mult"]) if m["n"] else amount(m["pn"], m["pcur"], m["pmult"]), text
    )


def _de(noun: str) -> str:
    return ("d'" if noun[0] in "aeiouéèê" else "de ") + noun


def phone_numbers(text: str) -> str:
    """514 555-1234, (514) 555-1234, 01 23 45 67 89, 02/558.97.80: read group by group, never as one huge number."""

    def say(match: re.Match) -> str:
        groups = re.findall(r"\d+", match.group(0))
        return ", ".join(
            cardinal(int(g)) if not g.startswith("0") or g == "0" else "zéro " + cardinal(int(g)) for g in groups
        )

    text = re.sub(r"(?<![\w,.])(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}-\d{4}(?![\w])", say, text)
    # Belgian numbers: "02/558.97.80", "081/22 34 56".
    text = re.sub(r"(?<![\w,.])0\d{1,3}/\d{2,3}(?:[ .]\d{2}){2,3}(?![\w]|[.,]\d)", say, text)
    return re.sub(r"(?<![\w,.])0\d(?:[ .]\d{2}){4}(?![\w])", say, text)


def decimal_points(text: str) -> str:
    """ "L'article 49.3", "la version 2.0": a dot between digits that is not a thousands separator."""

    def say(match: re.Match) -> str:
        decimals = match[2]
        zeros = len(decimals) - len(decimals.lstrip("0"))
        rest = cardinal(int(decimals)) if decimals.strip("0") else ""
        return f"{cardinal(int(match[1]))} point " + " ".join(["zéro"] * zeros + [rest] * bool(rest))

    # A sentence's period may follow ("l'article 49.3."); another group of digits may not ("1.500.000").
    return re.sub(r"(?<![\d.,])(\d+)\.(\d{1,2})(?!\d|\.\d)", say, text)


def scaled_amounts(text: str) -> str:
    """ "1,5 million de dollars": the number before million/milliard keeps its noun's grammar."""
    return re.sub(rf"{N}\s(?=(?:million|milliard|billion)s?\b)", lambda m: cardinal(parse_number(m["n"])) + " ", text)


def percentages(text: str) -> str:
    """ "3,5 %" → "trois virgule cinq pour cent"; a decimal point before % is a decimal comma ("57.09%")."""
    text = re.sub(r"(?<![\w,.])(\d+)\.(\d{1,2})(?=\s?%)", r"\1,\2", text)
    return re.sub(rf"{N}\s?%", lambda m: f"{cardinal(parse_number(m['n']))} pour cent", text)


def units(text: str) -> str:
    names = UNIT_NAMES

    def say(match: re.Match) -> str:
        value = parse_number(match["n"])
        singular, plural_name = UNITS[match["unit"]]
        feminine = singular in ("tonne", "seconde", "minute", "mégatonne")
        return f"{cardinal(value, feminine=feminine)} {plural_name if plural(value) else singular}"

    return re.sub(rf"{N}\s?(?P<unit>{names})(?![\w²³/'])", say, text)


def numbers(text: str) -> str:
    """Every remaining number: 1 500 000, 3,5, −12, +3."""
    text = re.sub(r"(?<![\w])\+(?=\d)", "plus ", text)

    def say(match: re.Match) -> str:
        following = text[match.end() : match.end() + 20].split()
        feminine = bool(following) and following[0].strip(".,;:!?") in FEMININE_NOUNS
        return cardinal(parse_number(match.group(0)), feminine=feminine)

    return re.sub(NUMBER_PATTERN, say, text)


def digits_left(text: str) -> str:
    """Digits glued to letters that no rule read ("3D", "4x4"): read digit runs as numbers."""
    return re.sub(r"\d+", lambda m: f" {cardinal(int(m.group(0)))} ", text)
