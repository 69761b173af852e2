"""Acronyms: spelled (PIB → pé-i-bé) or read as a word (OTAN → Otan), from a table, else by a rule."""

from __future__ import annotations

import re

from app.regexes import compiled
from app.speechtext.tables import FUNCTION_WORDS, LETTER_NAMES, SPELLED_ACRONYMS, WORD_ACRONYMS

# After a space, an elided article ("l'ONU") or another acronym and a hyphen ("CGT-RATP").
ACRONYM = compiled(r"(?:(?<![\w'-])|(?<=[A-Z]-))([A-Z]{2,}s?)(?![\w])|(?<=[lLdD]')([A-Z]{2,})(?![\w])")
CODE = compiled(r"\b([A-Z]{1,6})-?(\d+)\b")  # G20, COVID-19, F-35, A380
VOWELS = set("AEIOUY")
CAPITALS = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
SHOUTED_WORD = rf"[{CAPITALS}]+(?:['-][{CAPITALS}]+)*"  # "L'ENVIRONNEMENT", "ROYAUME-UNI"
SHOUTED = compiled(rf"(?<![\w'-]){SHOUTED_WORD}(?: {SHOUTED_WORD})*(?![\w'-])")
ACCENTED = set("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")


def spell(letters: str) -> str:
    return "-".join(LETTER_NAMES[letter] for letter in letters)


def pronounceable(word: str) -> bool:
    """OTAN, UNESCO read as words; PDG, SNCF do not have the vowels to be."""
    if len(word) <= 3:
        return False
    if not VOWELS & set(word[:2]) and word[:2] not in (
        "BR",
        "CR",
        "DR",
        "FR",
        "GR",
        "PR",
        "TR",
        "PL",
        "CL",
        "FL",
        "GL",
        "BL",
    ):
        return False
    return re.search(r"[^AEIOUY]{3}", word) is None and len(VOWELS & set(word)) >= 1


def say_acronym(word: str) -> str:
    plural = word.endswith("s") and word[:-1].isupper()
    base = word[:-1] if plural else word
    if base in WORD_ACRONYMS:
        return WORD_ACRONYMS[base]
    if base in SPELLED_ACRONYMS:
        return spell(base)
    if len(base) >= 7 or pronounceable(base):
        return base.capitalize()
    return spell(base)


def codes(text: str) -> str:
    """Letters glued to a number: the letters as an acronym, the number apart ("G20" → "G 20")."""
    return CODE.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)


def shouting(text: str) -> str:
    """A headline in capitals is words, not acronyms: "LE POINT SUR LA SITUATION" → "Le point sur la situation".
    Capitals are shouting when an accent ("ÉLECTIONS") or a French function word among several ("LE", "SUR") says so;
    the acronyms among them ("LA CGT ET LE PS") stay capitals for the acronym rule."""

    def lower(part: str) -> str:
        known = part in WORD_ACRONYMS or part in SPELLED_ACRONYMS
        return part if known or (len(part) >= 2 and not VOWELS & set(part)) else part.lower()

    def say(match: re.Match) -> str:
        words = match.group(0).split(" ")
        parts = [re.split(r"['-]", word) for word in words]
        accented = ACCENTED & set(match.group(0))
        function_word = len(words) >= 2 and any(p.lower() in FUNCTION_WORDS for word in parts for p in word)
        if not (accented or function_word):
            return match.group(0)
        spoken = " ".join(re.sub(r"[^'-]+", lambda m: lower(m.group(0)), word) for word in words)
        return spoken[0].upper() + spoken[1:]

    return SHOUTED.sub(say, text)


def acronyms(text: str) -> str:
    text = ACRONYM.sub(lambda m: say_acronym(m.group(1) or m.group(2)), text)
    # A lone capital letter with a period is an initial ("George W. Bush").
    return re.sub(r"(?<![\w'])([A-Z])\.(?=\s+[A-ZÉ])", lambda m: LETTER_NAMES[m.group(1)], text)


def lone_letters(text: str) -> str:
    """A capital letter standing alone ("le G 7", "le plan B") is said by its name."""
    return re.sub(r"(?<![\w'-])([A-Z])(?![\w'-])", lambda m: LETTER_NAMES[m.group(1)], text)
