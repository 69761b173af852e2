"""Tells page chrome (navigation, prompts, credits, bylines, datelines) from article text."""

from __future__ import annotations

import re

from app.article import chrome_phrases as phrases

EDGE_PUNCTUATION = " \t•·|›>»«-–—:.!?…*#"
SENTENCE_END = (".", "!", "?", "…", "»", '"', "”", ")")


def normalized(line: str) -> str:
    """Lowercase, collapsed spaces, no bullets or end punctuation: the form the phrase tables use."""
    return re.sub(r"\s+", " ", line.strip(EDGE_PUNCTUATION).lower().replace("’", "'")).strip(EDGE_PUNCTUATION)


def ends_like_sentence(line: str) -> bool:
    return line.rstrip().endswith(SENTENCE_END)


def is_end_marker(line: str) -> bool:
    text = normalized(line)
    return text in phrases.END_MARKERS or text in phrases.WEAK_END_MARKERS


def is_weak_end_marker(line: str) -> bool:
    """"À lire aussi" also appears mid-article, with the article going on after a few links."""
    return normalized(line) in phrases.WEAK_END_MARKERS


def is_chrome(line: str) -> bool:
    text = normalized(line)
    if not text or not any(ch.isalnum() for ch in text):
        return True
    if text in phrases.EXACT or text.startswith(phrases.ANY_PREFIXES):
        return True
    words = len(text.split())
    if words <= 15 and not ends_like_sentence(line) and text.startswith(phrases.SHORT_PREFIXES):
        return True
    if words <= 5 and not ends_like_sentence(line) and text.startswith(phrases.UI_VERBS):
        return True
    if words <= 30 and any(marker in text for marker in phrases.CREDIT_MARKERS):
        return True
    if words <= 16 and STAMP.search(text):
        return True  # "Julie Landry Publié le 12 mai 2024 à 17 h 02": a signature with its time stamp
    return is_dateline(text) or is_byline(line) or is_counter(text)


STAMP = re.compile(
    r"\b(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée)\s+(?:le|à|hier|aujourd'hui|il y a)\b"
    r"|\bavec (?:l')?(?:afp|reuters|ap|la presse canadienne|agences)\b"  # "Le Monde avec AFP"
    r"|\s[|›]\s"  # breadcrumbs and "Auteur | Média" lines
)


DATE_WORDS = set(phrases.MONTHS + phrases.WEEKDAYS) | {
    "le", "à", "a", "h", "et", "publié", "publiée", "mis", "mise", "jour", "modifié", "modifiée", "heure", "heures",
    "min", "minute", "minutes", "il", "y", "hier", "aujourd'hui", "édition", "du", "depuis", "am", "pm", "utc",
    "hne", "hae", "heure de l'est", "mis à jour", "lecture", "de",
}


def is_dateline(text: str) -> bool:
    """"Publié le 14 février 2017 à 10 h 32", "15/02/2017 10:32", "il y a 3 heures"."""
    tokens = re.findall(r"[\w']+", text)
    if not tokens or len(tokens) > 14 or not re.search(r"\d", text):
        return False
    return all(token.isdigit() or re.fullmatch(r"\d+(h\d*|er|e)?", token) or token in DATE_WORDS for token in tokens)


COUNTER = re.compile(r"^\d+\s*(min|minutes?|commentaires?|réactions?|partages?|photos?|vidéos?)( de lecture)?$")


def is_counter(text: str) -> bool:
    return bool(COUNTER.match(text))


NAME = r"[A-ZÉÈÀÂÎÔ][\w'’.-]+(?:\s+(?:de|du|des|d'|van|von|le|la|Le|La|De)?\s*[A-ZÉÈÀÂÎÔ][\w'’.-]+){0,3}"
BYLINE_BY = re.compile(r"^par\s+" + NAME, re.IGNORECASE)
BYLINE_WITH_ROLE = re.compile(r"^(" + NAME + r"(?:\s+et\s+" + NAME + r")?)\s*[,|(–—-]\s*(?P<role>.+?)\)?$")


def is_byline(line: str) -> bool:
    line = line.strip()
    if len(line.split()) > 12 or ends_like_sentence(line.rstrip(")")) and not line.endswith(")"):
        return False
    if BYLINE_BY.match(line) and len(line.split()) <= 8:
        return True
    match = BYLINE_WITH_ROLE.match(line)
    return bool(match) and match["role"].lower().strip().startswith(phrases.BYLINE_ROLES)
