"""Proper names in French text, in any Latin script ("Andrej Babiš", "Jan Hamáček", "Éric Dupond-Moretti")."""

from __future__ import annotations

import re

from app.article import name_words
from app.regexes import compiled

# Python's re has no \p{Lu}: capitals are listed (Latin-1 and Latin Extended-A, where Babiš and Hamáček live);
# any letter may follow them.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
LETTER = r"[^\W\d_]"
NAME_WORD = rf"(?:O'|Mc|Mac|D')?[{UPPER}]{LETTER}+(?:[-'’][{UPPER}]?{LETTER}+)*"
INITIAL = rf"[{UPPER}]\.(?:-[{UPPER}]\.)?"
PARTICLE = (
    r"(?:de|du|des|van|von|der|den|da|di|dos|le|la|Le|La|ben|bin|ibn|el|al|y|zu|De|Van|Von|Der|Den|Da|Di|Del"
    r"|Della|Dos|Du|Des|Ter|Ten|Vanden|Vander|Ben|El|Al)"
)
# A run of capitalized words with particles and initials between them, never across a sentence's end.
NAME_RUN = rf"{NAME_WORD}(?:\s+(?:{INITIAL}\s+)?(?:(?:{PARTICLE})\s+|d'|al-|el-)*{NAME_WORD}){{0,4}}"
# A surname cut to its initial, as court reports write it ("Michel D., 42 ans"): one capital and a full stop.
SURNAME_INITIAL = rf"\s+[{UPPER}]\.(?![\w.-])"
NAME = compiled(rf"(?<![\w'’-])((?:{INITIAL}\s+)?{NAME_RUN}(?:{SURNAME_INITIAL})?)")
DATELINE = compiled(rf"[{UPPER}]{{4,}}(?:-[{UPPER}]{{2,}})*")
TITLE_BEFORE = compiled(r"\b(?:M|Mme|Mmes|MM|Mlle|Me|Dr|Dre|Pr|Mgr)\.?\s+$")


GOVERNING = frozenset(
    """
à au aux en dans sur sous chez par pour vers avec sans contre depuis entre de du des lors devant derrière après avant
rue avenue boulevard quai place impasse allée square esplanade parvis
région département province canton métropole commune village quartier
""".split()
)  # the last lines: an address or a territory ("les sages de la rue Cambon", "la région Grand Est"), not someone


# Prepositions that open a sentence with a capital ("À Sao Paulo, …"), unlike the particles of names (De, Van).
SENTENCE_PREPOSITIONS = frozenset(
    "à au aux en dans sur sous chez par pour vers avec sans contre depuis entre lors".split()
)


def governed(text: str, start: int) -> bool:
    """Whether the name at `start` is a complement ("à New York", "de la Santé", "d'Édouard Philippe", "sur
    "Standard TV"") rather than someone acting in the sentence."""
    before = text[max(0, start - 40) : start].rstrip(" «“\"'")
    if before.endswith(("d'", "d’")):
        return True
    words = before.split()
    if not words:
        return False
    last = words[-1].lower()
    if words[-1] == "A" or words[-1][:2].lower() in ("d'", "d’") and words[-1][2:3].isupper():
        return True  # "A Sao Paulo, …" (capitals often drop the accent of "À"); "un proche d'Édouard Philippe"
    if words[-1][:1].isupper() and last not in SENTENCE_PREPOSITIONS:
        return False  # a capitalized particle ("M. De Croo") or a title belongs to the name; "À Sao Paulo" does not
    if last in GOVERNING:
        return True
    return len(words) >= 2 and last in ("la", "le", "l'", "les") and words[-2].lower() in GOVERNING


def without_dateline(text: str) -> str:
    """ "PARIS Xavier Bongibault, un des organisateurs…" → "Xavier Bongibault, un des organisateurs…"."""
    first, _, rest = text.partition(" ")
    return rest if DATELINE.fullmatch(first) and rest[:1].isupper() and not rest.split(" ", 1)[0].isupper() else text


def names_in(text: str) -> list[str]:
    """Proper names in reading order; function words, titles and dates that happen to be capitalized left out."""
    found = (name_of(match.group(1), preceding(text, match), match.start() == 0) for match in NAME.finditer(text))
    return [name for name in found if name]


def preceding(text: str, match: re.Match) -> str:
    """The few characters before a run: enough to see the "de" it may follow, without copying the text."""
    return text[max(0, match.start(1) - 8) : match.start(1)]


def name_of(run: str, before: str = "", opening: bool = True) -> str | None:
    """The proper name in one run of capitalized words (`NAME`), given the text `before` it; `opening`: the run
    opens the text, where a dateline may precede the name."""
    words = (without_dateline(run) if opening else run).split()  # "TOULOUSE Souad, soeur de…"
    if words[:1] == ["Les"] and len(words) > 2 and before.strip():
        return None  # "Le député Les Républicains du Vaucluse": a party or a body, no one's name begins with "Les"
    # "Hein ?" is an interjection, "Hein Vanhaezebrouck" a coach: a given name before another name stays.
    while words and _not_name(words[0]) and not (len(words) > 1 and words[0].lower() in name_words.GIVEN_NAMES):
        words = words[1:]
    while len(words) > 2 and words[0].isupper() and not words[1].isupper():
        words = words[1:]  # "le député FDF Bernard Clerfayt": the party is not part of the name
        if words[0] in ("de", "du", "des"):
            words = words[1:]  # "Le PDG de Renault": the company the title is of, not a person called "de Renault"
    if (
        len(words) >= 3
        and words[0] == run.split()[0]
        and AFTER_DE.search(before)
        and words[0].lower() not in name_words.GIVEN_NAMES
        and not PARTICLE_WORD.fullmatch(words[1])
    ):
        words = words[1:]  # "le maire de Londres Sadiq Khan": the place the role is of, then the person
    if (
        len(words) >= 3
        and ARTICLE_END.search(before)
        and words[0].lower().endswith(DEMONYM_ENDINGS)
        and words[0].lower() not in name_words.GIVEN_NAMES
    ):
        words = words[1:]  # "la Néerlandaise Femke de Wit": where she comes from, then her name
    given = next((i for i, word in enumerate(words) if word.lower() in name_words.GIVEN_NAMES), 0)
    if 0 < given < len(words) - 1:
        words = words[given:]  # "Open Vld Alexander De Croo": the person's name starts at the given name
    return " ".join(words) or None


AFTER_DE = compiled(r"(?:^|\s)(?:de|d')\s*$")
ARTICLE_END = compiled(r"(?:^|[\s'’])(?:le|la|les|l['’])\s*$", re.IGNORECASE)
DEMONYM_ENDINGS = ("ois", "oise", "ais", "aise", "ien", "ienne", "éen", "éenne", "ain", "aine", "and", "ande")
PARTICLE_WORD = compiled(PARTICLE)


def _not_name(word: str) -> bool:
    bare = word.strip(".,;:!?").replace("’", "'")
    return (
        bare in name_words.NOT_NAMES
        or bare.lower() in name_words.NOT_NAME_LOWER
        or bare.lower().startswith(("l'", "d'", "qu'", "s'", "n'", "j'", "c'"))
    )


NAME_LIST = compiled(r"\s*(?:,|\bet\b|&)\s*")


# A name that ends on a surname's initial ("Michel D.") keeps its full stop.
INITIAL_AT_END = compiled(rf"\s[{UPPER}]\.$")


def is_name_line(text: str) -> bool:
    """A line that is only people's names ("Marie-Ève Tremblay", "Bernard Demonty, Pascal Lorent"): a byline
    or a signature."""
    text = text.strip()
    if text.endswith(".") and not INITIAL_AT_END.search(text):
        text = text[:-1]  # "Mathilde Le Guen.", not "Michel D."
    parts = [part for part in NAME_LIST.split(text) if part]
    return bool(parts) and len(parts) <= 4 and all(_one_name(part) for part in parts)


def _one_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and names_in(text) == [text]
        and all(w[0].isupper() or w in ("de", "du", "van", "von", "d'", "le", "la") for w in words)
        and not text.isupper()
    )


def surname(name: str) -> str:
    return name.split()[-1]


def titled(text: str, index: int) -> bool:
    """ "M. Peskov", "Mme Binet": a civility title right before the name."""
    return bool(TITLE_BEFORE.search(text[max(0, index - 6) : index]))
