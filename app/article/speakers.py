"""Who is speaking: names found in a clause, and a memory that resolves "il", "elle", "ce diplomate"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.article.speech_verbs import NOUN_PHRASE_STOPS, PRONOUNS

UPPER = "A-ZÉÈÊËÀÂÎÏÔÖÛÙÇŒ"
LOWER = "a-zéèêëàâîïôöûùüçœ"
# "LeBel", "McDonald", "O'Toole", "St-Pierre": capitals inside a name, an apostrophe after one letter.
NAME_WORD = rf"(?:O'|Mc|Mac)?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)*(?:-[{UPPER}]?[{LOWER}]+)*"
PARTICLE = r"(?:(?:de|du|des|van|von|der|den|Le|La|le|la|ben|bin)\s+|d'|al-|el-)"
NAME = re.compile(rf"(?<![\w'])({NAME_WORD}(?:\.?\s+(?:{PARTICLE})*{NAME_WORD}){{0,3}})")

# Capitalized words that start noun phrases or sentences but never name anyone.
NOT_NAMES = set(
    """Le La Les L Un Une Des Du De Ce Cet Cette Ces Il Elle Ils Elles On Nous Vous Je Tu Selon Pour Mais Et Comme
    Sur Dans En Au Aux Par Avec Sans Son Sa Ses Leur Leurs Citation Mme Mlle Me Dr Pr Mgr Madame Monsieur Lors Après
    Avant Alors Ainsi Depuis Pendant Ici Là Quand Si Cependant Toutefois Enfin Puis Or Donc Car Notre Nos Votre Vos
    Président Présidente Ministre Premier Première Secrétaire""".split()
)
DETERMINERS = ("le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "un autre", "une autre")
DEMONSTRATIVES = ("ce", "cet", "cette", "ces")


def names_in(clause: str) -> list[str]:
    """Proper names in reading order, honorifics and sentence-initial words left out."""
    found = []
    for match in NAME.finditer(clause):
        words = match.group(1).split()
        while words and words[0] in NOT_NAMES:
            words = words[1:]
        if words:
            found.append(" ".join(words))
    return found


def noun_phrase(clause: str) -> str:
    """The noun phrase that opens a clause, cut where a preposition or a comma starts the context."""
    clause = clause.strip(" ,;:.")
    kept = []
    for word in clause.split():
        bare = word.strip(",;:.!?").lower()
        if kept and bare in NOUN_PHRASE_STOPS:
            break
        kept.append(word.strip(",;:.!?"))
        if word.endswith((",", ";", ":", ".", "!", "?")) or len(kept) >= 8:
            break
    phrase = " ".join(kept)
    if phrase.split(" ", 1)[0].lower() in DETERMINERS or phrase.lower().startswith("l'"):
        phrase = phrase[0].lower() + phrase[1:]
    return phrase


def head_noun(phrase: str) -> str | None:
    words = [w.lower() for w in re.findall(rf"[{LOWER}{UPPER}'-]+", phrase)]
    words = [w for w in words if w not in DETERMINERS and w not in ("autre", "l'autre")]
    return words[0] if words else None


@dataclass
class SpeakerMemory:
    """Speakers named so far in the article, most recent last."""

    full_names: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    """People named or quoted, most recent last: what "il" and "elle" refer to."""

    def learn_names(self, text: str) -> None:
        for name in names_in(text):
            if " " in name:
                if name not in self.full_names:
                    self.full_names.append(name)
                self.mentions.append(name)

    def full_name(self, name: str) -> str:
        """"Mattis" → "Jim Mattis" once the article has used the full name."""
        if " " in name:
            return name
        for known in reversed(self.full_names):
            if known.endswith(" " + name):
                return known
        return name

    def remember(self, speaker: str) -> str:
        self.speakers.append(speaker)
        self.mentions.append(speaker)
        return speaker

    @property
    def last(self) -> str | None:
        return self.mentions[-1] if self.mentions else None

    def resolve(self, clause: str) -> str | None:
        """The speaker a clause names: a proper name, a noun phrase, or a pronoun or "ce diplomate" resolved."""
        clause = re.sub(r"^-(?:t-)?", "", clause.strip())
        names = names_in(clause)
        if names:
            # "la mairesse de Fort St. John, Lilia Hansen": the name set off by a comma is the person.
            appositive = [name for name in names if re.search(rf",\s*(?:\w+\.?\s+)?{re.escape(name)}\b", clause)]
            # "le porte-parole du Kremlin, Dmitri Peskov": a person's full name beats a one-word body.
            people = [name for name in names if " " in name]
            return self.remember(self.full_name((appositive or people or names)[0]))
        phrase = noun_phrase(clause)
        first = phrase.split(" ", 1)[0].lower() if phrase else ""
        if not phrase or first in PRONOUNS:
            return self.last
        if first in DEMONSTRATIVES:
            noun = head_noun(phrase)
            for known in reversed(self.speakers):
                if noun and noun in known.lower():
                    return self.remember(known)
            return self.last or self.remember(phrase)
        return self.remember(phrase)
