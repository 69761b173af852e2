"""What an article's visible header says about it: the byline's names and the publication date.

Used where the page's metadata says nothing: copied text always, HTML without JSON-LD or <meta>.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from app.article.months import MONTHS as _MONTH_NAMES
from app.article.name_words import GIVEN_NAMES
from app.article.names import is_name_line, names_in
from app.regexes import compiled, longest_first

MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)} | {
    "janv": 1,
    "fevrier": 2,
    "févr": 2,
    "fév": 2,
    "avr": 4,
    "juil": 7,
    "aout": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "decembre": 12,
    "déc": 12,
    "dec": 12,
}
MONTH_NAME = "|".join(longest_first(MONTHS))
TIME = r"(?:\s*(?:à|a|A|,|-|–)?\s*(?P<hour>\d{1,2})\s?(?:h|:)\s?(?P<minute>\d{2}))?"
WRITTEN_DATE = compiled(
    rf"\b(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{MONTH_NAME})\.?\s+(?P<year>\d{{4}}){TIME}", re.IGNORECASE
)
NUMERIC_DATE = compiled(rf"\b(?P<day>\d{{1,2}})[/.](?P<month>\d{{1,2}})[/.](?P<year>\d{{4}}|\d{{2}}){TIME}")
# Who signs a live blog: "Live animé par Marie Dupont et Jean Martin", "Direct réalisé par …".
LIVE_SIGNED_BY = r"(?:live|direct|fil|suivi)\s+(?:animé|réalisé|tenu|commenté|préparé)e?\s+par"
BYLINE_START = compiled(
    r"^(?:par|texte|propos recueillis par|écrit par|(?:article )?rédigé par|by|" + LIVE_SIGNED_BY + r")\s*:?\s*",
    re.IGNORECASE,
)
# "12 mars 2024 | Par Jean Dupont et Marie Durand": the date first, then the signature.
DATE_BEFORE_SIGNATURE = compiled(r"^[^|—–]{4,40}?\s+[|—–]\s+(?=(?i:par|by)\s)")
# The journalist's initials alone under the article, perhaps with the agency: "B.DAR.", "N.Cap.", "C.J. (avec Belga)".
SIGNED_INITIALS = compiled(
    # "C.J. (avec Belga)", "C. L. avec Maxime Trichet": the initials, then who helped.
    r"^(?P<initials>(?:[A-ZÀ-Ý][A-Za-zà-ÿ]{0,3}\.\s?-?){2,4})"
    r"(?:\s*\((?:avec\s+)?[^()]{2,30}\)|\s+avec\s+(?P<helper>[A-ZÀ-Ý][^()]{1,40}))?$"
)
# The paper, its dates, then "| Par …" on one line: the signature is the last part.
SIGNATURE_AFTER_STAMPS = compiled(r"\s[|•]\s+((?i:propos recueillis par|par|by)\s+\S[^|•]*)$")
ROLE_AFTER_NAME = compiled(
    r"(?:,\s*|\s+)(?:correspondante?s?|envoyée?s?(?: spéciale?s?| spéciaux)?|journalistes?"
    r"|à\s|au\s|en\s|chef\b|rédacteur)"
    r"[^,]*?(?=\s+et\s+|,|$)",
    re.IGNORECASE,
)
NOT_AUTHORS = compiled(r"\b(?:AFP|Reuters|Belga|AP|ATS|Rédaction|Agence|Presse)\b|\.(?:fr|be|ch|com|ca)\b")


def published_in(text: str) -> str | None:
    """ "Publié le 30 août 2023 à 14h52" → "2023-08-30T14:52"; "20/11/2012" → "2012-11-20"."""
    match = WRITTEN_DATE.search(text) or NUMERIC_DATE.search(text)
    if not match:
        return None
    month = match["month"]
    month_number = MONTHS.get(month.lower().rstrip(".")) if not month.isdigit() else int(month)
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    try:
        day = date(year, month_number or 0, int(match["day"]))
        if match["hour"] is not None:
            return datetime(year, day.month, day.day, int(match["hour"]), int(match["minute"])).isoformat(
                timespec="minutes"
            )
    except ValueError:
        return None
    return day.isoformat()


def given_name_first(names: str) -> str:
    """ "Baufayt Cédric" → "Cédric Baufayt": some papers sign surname first; a listener hears a name the usual way."""

    def reordered(name: str) -> str:
        words = name.split()
        swap = len(words) == 2 and words[1].lower() in GIVEN_NAMES and words[0].lower() not in GIVEN_NAMES
        return f"{words[1]} {words[0]}" if swap else name

    return ", ".join(reordered(name.strip()) for name in names.split(","))


def byline_names(text: str) -> str | None:
    """ "Par Raphaël Balenieri, correspondant à Pékin et Frédéric Autran, correspondant à New York — 5 avril 2017"
    → "Raphaël Balenieri, Frédéric Autran": people only, agencies and desks left out."""
    text = text.strip()
    dated = DATE_BEFORE_SIGNATURE.match(text)
    if dated and published_in(dated.group(0)):
        text = text[dated.end() :]
    signed = SIGNATURE_AFTER_STAMPS.search(text)
    if signed:
        text = text[signed.start(1) :]  # "Le Monde | 01.01.2016 à 09h12 • Mis à jour … | Par Aline Leclerc"
    text = BYLINE_START.sub("", text)
    initials = SIGNED_INITIALS.match(text.strip())
    if initials:
        # "Par E.P.", "C.J. (avec Belga)": the initials are the signature; "avec Maxime Trichet", a second journalist.
        helper = (initials["helper"] or "").strip()
        return initials["initials"].strip() + (f", {helper}" if is_name_line(helper) else "")
    # "LILIAN ALEMAGNA, LAURE BRETTON": capitals are typography, the names are Lilian Alemagna and Laure Bretton.
    text = re.sub(r"\b[^\W\d_]{2,}\b", lambda m: m.group(0).title() if m.group(0).isupper() else m.group(0), text)
    text = re.split(
        r"\s+[—–•·-]\s+|\s+\|\s+|\b(?:publié|mis à jour|dernière maj|le \d)", text, maxsplit=1, flags=re.IGNORECASE
    )[0]
    text = ROLE_AFTER_NAME.sub("", text)
    people = [name for name in names_in(text) if " " in name and not NOT_AUTHORS.search(name)]
    return ", ".join(dict.fromkeys(people)) or None
