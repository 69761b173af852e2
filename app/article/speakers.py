"""Who is speaking: a person or an organisation, named as the article names it, one label per person.

The memory follows an article from its first paragraph: full names ("Jim Mattis", so "M. Mattis" is him), genders
where the article shows them ("Mme Binet", "la ministre"), roles ("Dmitri Peskov, porte-parole du Kremlin"), and who
was mentioned last, so that "il", "elle", "ce diplomate" or "le ministre" resolve where that is clear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.article.attribution import noun_phrase
from app.article.names import NAME, names_in
from app.article.speech_verbs import COMPLEMENT_PREPOSITIONS, PRONOUNS

DETERMINERS = ("le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
               "leur", "leurs")
DEMONSTRATIVES = ("ce", "cet", "cette", "ces")
FEMININE_DETERMINERS = ("la", "une", "cette", "sa")
MASCULINE_DETERMINERS = ("le", "un", "ce", "cet", "son")
TITLES = {"m.": "m", "mme": "f", "mlle": "f", "monsieur": "m", "madame": "f", "mm.": "m", "mmes": "f"}
# Heads of noun phrases that name no one: dates, times, places, media and occasions ("à la presse").
NOT_SPEAKERS = frozenset("""
presse journalistes journaliste médias micro micros radio télévision antenne conférence communiqué réseaux
téléphone entretien entrevue interview tribune lettre courrier texte message vidéo réunion séance audience sommet
lendemain veille jour jours soir matin semaine mois année ans fois moment occasion heure heures minute minutes
début fin cours suite mesure cas façon manière point sujet question chose choses fait faits rapport article
ville pays région quartier rue place lieu salle pages page site compte plateforme réseau x twitter facebook
récit étude sondage document enquête chiffres données bilan version termes mots propos formule expression
""".split())
# Nouns for people by what they do: "la syndicaliste", "le dirigeant russe" refer back to someone just named.
PERSON_NOUNS = frozenset("""
ministre président présidente chef cheffe dirigeant dirigeante porte-parole maire mairesse député députée
sénateur sénatrice syndicaliste patron patronne directeur directrice secrétaire responsable avocat avocate juge
procureur procureure élu élue candidat candidate leader premier première chancelier chancelière diplomate
militant militante opposant opposante entraîneur entraîneuse joueur joueuse capitaine chercheur chercheuse
scientifique expert experte économiste auteur autrice écrivain écrivaine réalisateur réalisatrice acteur actrice
chanteur chanteuse artiste fondateur fondatrice commissaire général générale gouverneur gouverneure
""".split())
PERSON_PRONOUN_PHRASES = {"ce dernier": "m", "cette dernière": "f", "celui-ci": "m", "celle-ci": "f"}


@dataclass
class Person:
    name: str
    gender: str | None = None
    roles: set[str] = field(default_factory=set)


@dataclass
class SpeakerMemory:
    """Speakers named so far in the article, most recent last."""

    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[str] = field(default_factory=list)
    """People named or quoted, most recent last: what "il" and "elle" refer to."""
    speakers: list[str] = field(default_factory=list)
    """Speaker labels given so far (names and descriptions), most recent last."""
    seen_inside: set[str] = field(default_factory=set)
    """Capitalized words seen inside a sentence: a single word there is a name or a body, not a sentence opener."""

    # -- learning from the text ------------------------------------------------------------------------------

    def learn_names(self, text: str, mention: bool = True) -> None:
        """Full names, their genders and roles; `mention` makes them "the last person mentioned" too (not for
        captions, which are read ahead of the text)."""
        for match in NAME.finditer(text):
            before = text[: match.start()].rstrip(" «“\"'(")
            if before and not before.endswith((".", "!", "?", ":", "\n")):
                self.seen_inside.add(match.group(1).split()[0])
        for name in names_in(text):
            if " " not in name:
                known = self.full_name(name)
                if mention and known != name and re.search(rf"\b(?:M\.|Mme|Mlle)\s+{re.escape(name)}\b", text):
                    self.mentions.append(known)  # "Mme Binet" is Sophie Binet, mentioned again
                continue
            person = self.people.setdefault(name, Person(name))
            self._learn_about(person, text)
            if mention:
                self.mentions.append(name)

    def _learn_about(self, person: Person, text: str) -> None:
        name = re.escape(person.name)
        title = re.search(rf"\b(M\.|Mme|Mlle|Monsieur|Madame)\s+{re.escape(person.name.split()[-1])}\b", text)
        if title:
            person.gender = person.gender or TITLES[title.group(1).lower()]
        # "la ministre Sonia LeBel", "le porte-parole du Kremlin, Dmitri Peskov", "Dmitri Peskov, porte-parole"
        role = re.search(rf"\b(le|la|l')\s+([a-zéèêàâîôûç-]+)(?:\s+[\wéèêàâîôûç'-]+){{0,5}},?\s+{name}\b", text)
        if role:
            person.roles.add(role.group(2).lower())
            gender = "f" if role.group(1) == "la" else "m" if role.group(1) == "le" else None
            person.gender = person.gender or gender
        after = re.search(rf"\b{name},\s+(?:(le|la|l')\s+)?([a-zéèêàâîôûç-]+)", text)
        if after and after.group(2) not in ("qui", "que", "dont", "a", "est", "selon"):
            person.roles.add(after.group(2).lower())

    def full_name(self, name: str) -> str:
        """"Mattis" → "Jim Mattis" once the article has used the full name."""
        if " " in name:
            return name
        for known in reversed(list(self.people)):
            if known.endswith(" " + name):
                return known
        return name

    def remember(self, speaker: str) -> str:
        self.speakers.append(speaker)
        self.mentions.append(speaker)
        return speaker

    def gender_of(self, speaker: str) -> str | None:
        person = self.people.get(speaker)
        return person.gender if person else None

    @property
    def last(self) -> str | None:
        return self.mentions[-1] if self.mentions else None

    # -- resolving -------------------------------------------------------------------------------------------

    def resolve_pronoun(self, pronoun: str) -> str | None:
        """"il"/"elle": the most recent person the pronoun can stand for; None when no one fits."""
        gender = PRONOUNS.get(pronoun.lower())
        for candidate in reversed(self.mentions[-12:]):
            known = self.gender_of(candidate)
            if gender is None or known is None or known == gender:
                return candidate
        return None

    def resolve_person(self, gender: str | None) -> str | None:
        """The most recent named person (not a description) of that gender, among the last few mentions."""
        for candidate in reversed(self.mentions[-8:]):
            if candidate in self.people and (gender is None or self.gender_of(candidate) in (None, gender)):
                return candidate
        return None

    def resolve(self, phrase: str) -> str | None:
        """The speaker a subject phrase names: a person's full name, a pronoun or a description resolved, or
        the description itself ("un proche d'Édouard Philippe"); None for anything that names no one."""
        phrase = re.sub(r"^[-—–―\s]+(?:t-)?", "", phrase.strip()).strip(" ,.;:")
        if not phrase:
            return None
        lowered = phrase.lower()
        if lowered in PRONOUNS:
            return self.resolve_pronoun(lowered)
        for fixed, gender in PERSON_PRONOUN_PHRASES.items():
            if lowered.startswith(fixed):
                return self.resolve_pronoun("elle" if gender == "f" else "il")
        name = self._speaking_name(phrase)
        if name:
            return self.remember(name)
        return self._description(phrase)

    def _speaking_name(self, phrase: str) -> str | None:
        """A name standing as the subject, not inside a complement ("le ministre de la Santé" names no one;
        "la mairesse de Fort St. John, Lilia Hansen" names Lilia Hansen)."""
        candidates = []
        for match in NAME.finditer(phrase):
            found = names_in(match.group(1))
            if not found:
                continue
            name = found[0]
            start = phrase.find(name, match.start())
            before = phrase[:start].lower().split()
            governed = before and (before[-1] in COMPLEMENT_PREPOSITIONS | {"de", "du", "des"} or before[-1].startswith("d'")
                                   or len(before) >= 2 and before[-1] in ("la", "le", "l'", "les") and before[-2] in ("de", "à"))
            if phrase[max(0, start - 2) : start] == "d'" or phrase[max(0, start - 2) : start].endswith("d'"):
                governed = True
            appositive = phrase[:start].rstrip().endswith(",")
            if governed and not appositive:
                continue
            candidates.append((appositive, name))
        people = [(appositive, name) for appositive, name in candidates if self._is_speaker_name(name)]
        if not people:
            return None
        appositives = [name for appositive, name in people if appositive]
        return self.full_name(appositives[0] if appositives else people[0][1])

    def _is_speaker_name(self, name: str) -> bool:
        if " " in name:
            return True
        # One word: a surname the article gave in full, a body written in capitals (ONU, CGT) or seen inside a
        # sentence (Kremlin, Nike); a capitalized word that only ever opened a sentence is not a name.
        return self.full_name(name) != name or name.isupper() or name in self.seen_inside

    def _description(self, phrase: str) -> str | None:
        phrase = noun_phrase(phrase)
        words = phrase.split()
        if not words or len(words) > 9:
            return None
        first = words[0].lower()
        if first not in DETERMINERS and not first.startswith("l'"):
            return None
        head = _head_noun(words)
        if not head or head in NOT_SPEAKERS or any(ch.isdigit() for ch in head):
            return None
        description = phrase[0].lower() + phrase[1:]
        if first in DEMONSTRATIVES or first in ("le", "la", "l'") or first.startswith("l'"):
            known = self._known_by(head, demonstrative=first in DEMONSTRATIVES)
            if known:
                return self.remember(known)
            bare = len(words) <= 3 and not any(w.lower() in ("de", "du", "des") or w.lower().startswith("d'") for w in words)
            if bare and head in PERSON_NOUNS:
                # "la syndicaliste", "le dirigeant russe": the person just named, where the gender agrees.
                gender = "f" if first in FEMININE_DETERMINERS else "m" if first in MASCULINE_DETERMINERS else None
                person = self.resolve_person(gender)
                if person:
                    return self.remember(person)
        return self.remember(description)

    def _known_by(self, head: str, demonstrative: bool) -> str | None:
        """"ce diplomate" → the diplomat quoted before; "le porte-parole" → the person the article gave that role."""
        for speaker in reversed(self.speakers):
            if head in speaker.lower().split() or any(head == role for role in self._roles(speaker)):
                return speaker
        for candidate in reversed(self.mentions[-12:]):
            if head in self._roles(candidate):
                return candidate
        return self.last if demonstrative else None

    def _roles(self, name: str) -> set[str]:
        person = self.people.get(name)
        return person.roles if person else set()


def _head_noun(words: list[str]) -> str | None:
    for word in words:
        bare = word.lower().strip(",;:.!?")
        bare = bare[2:] if bare.startswith(("l'", "d'")) else bare
        if bare and bare not in DETERMINERS and bare not in ("autre", "autres", "même", "premier", "première"):
            return bare
    return None
