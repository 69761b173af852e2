"""Who is speaking: a person or an organisation, named as the article names it, one label per person.

The memory follows an article from its first paragraph: full names ("Jim Mattis", so "M. Mattis" is him), genders
where the article shows them ("Mme Binet", "la ministre"), roles ("Dmitri Peskov, porte-parole du Kremlin"), and who
was mentioned last, so that "il", "elle", "ce diplomate" or "le ministre" resolve where that is clear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from app.article import sentences
from app.article.attribution import DETERMINERS as ARTICLE_DETERMINERS
from app.article.attribution import (
    PLURAL_DETERMINERS,
    noun_phrase,
    opens_with_article,
    with_article,
    without_leading_complements,
)
from app.article.name_words import (
    CROWDS,
    INSTITUTION_HEADS,
    PERSON_NOUNS,
    SPEAKING_BODIES,
    first_name_gender,
    given_name_alone,
    opens_with_given_name,
)
from app.article.names import (
    DEMONYM_ENDINGS,
    GOVERNING,
    INITIAL_AT_END,
    NAME,
    governed,
    name_of,
    names_in,
    preceding,
    titled,
    without_dateline,
)
from app.article.speech_verbs import AUXILIARIES, PRONOUNS, SAID_NOUNS
from app.regexes import compiled

# The determiners that open a description of someone; "mon", "notre"… are the writer's own ("notre
# correspondant"), not someone the article describes.
DETERMINERS = ARTICLE_DETERMINERS - {"mon", "ma", "notre", "votre"}
DEMONSTRATIVES = ("ce", "cet", "cette", "ces")
# Nouns that say only what anyone is: "cette femme de 34 ans", "ce père de famille" point back at someone.
ANYONE_NOUNS = frozenset(
    """
femme homme mère père garçon fille dame monsieur adolescent adolescente retraité retraitée trentenaire quadragénaire
quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire
""".split()
)
FEMININE_DETERMINERS = ("la", "une", "cette", "sa")
MASCULINE_DETERMINERS = ("le", "un", "ce", "cet", "son")
TITLES = {"m.": "m", "mme": "f", "mlle": "f", "monsieur": "m", "madame": "f", "mm.": "m", "mmes": "f"}
TITLE_RIGHT_BEFORE = compiled(r"(?:^|[\s,])(M\.?|Mme|Mlle|Me|Maître|Dr|Pr)\s+$")
# "Mme Martin a…", "Mme Martin, directrice de l'école, a…"
TITLED_SUBJECT = compiled(r"^(M\.|Mme|Mlle|Me|Maître|Dr|Pr)\s+([A-ZÉÈ][\w'’-]+)(?=\s*,|\s+[a-zéèêà])")
# Heads of noun phrases that name no one: dates, times, places, media and occasions ("à la presse").
NOT_SPEAKERS = frozenset(
    """
presse journalistes journaliste médias micro micros radio télévision antenne conférence communiqué réseaux
téléphone entretien entrevue interview tribune lettre courrier texte message vidéo réunion séance audience sommet
lendemain veille jour jours soir matin semaine mois année ans fois moment occasion heure heures minute minutes
début fin cours suite mesure cas façon manière point sujet question chose choses fait faits rapport article
ville pays région quartier rue place lieu salle pages page site compte plateforme réseau x twitter facebook
récit étude sondage document enquête chiffres données bilan version termes mots propos formule expression
""".split()
)

WEB_SOURCES = frozenset("site compte page blog".split())
PLACE_COUNCILS = frozenset("ville région".split())
RELATIVE_SOURCE = compiled(r"\b(?:selon|pour|d'après)\s+qui\b|,\s*qui\s", re.IGNORECASE)
INDEFINITE_BEFORE = compiled(r"(?:^|\s)(?:un|une|ce|cet|cette|nouvel|nouveau|nouvelle)\s+$", re.IGNORECASE)
# "un député Renaissance", "une militante CGT": the party of someone the article does not name.
AFFILIATION = compiled(r"(?:^|\s)(?:un|une|des)\s+[\w-]+\s+$", re.IGNORECASE)
# A name after "à" is whom the words are addressed to ("Réponse à Marine Le Pen :").
ADDRESSED = compiled(r"^(?:à|a|au|aux)\s|(?:^|\s)(?:à|au|aux)\s*$", re.IGNORECASE)
# A party's label between a role and a name ("le maire (LR) Pierre Lefèvre"); not a body's own acronym ("l'Agence
# nationale de sécurité des systèmes d'information (ANSSI) définit").
PARTY = compiled(r"\s*\((?:[A-Z][\w-]{0,11}|[A-Z]+(?:[-/][A-Z]+)*)\)(?=\s+[A-ZÀ-Ý])")
# A body's name: a capitalized noun after an article, then an adjective ("le Conseil constitutionnel").
INSTITUTION = compiled(
    r"\s+[a-zé][a-zéèêëîïôûüç]+"
    r"(?:ale?s?|aux|elle?s?|els?|ienne?s?|iens?|aires?|iques?|éenne?s?|éens?|ifs?|ives?|aise?s?|oise?s?)\b"
)
# "la Délégation à la sécurité routière", "le Haut Conseil pour le climat": the complement may be "à", "pour".
OF_AFTER = compiled(r"\s+(?:de|des|du|d['’]|à la|à l['’]|au|aux|pour le|pour la|pour les|pour l['’])\s*[\wÀ-ÿ]")
BODY_NAME_WORDS = 8
ARTICLE_BEFORE = compiled(r"(?:^|\s)(?:le|la|les|l'|du|des|au|aux)\s*$", re.IGNORECASE)
AGE = compiled(r",\s*\d{1,3}\s+ans\b")
# "Un constat partagé par Erwan Kerbrat", "Il a été interpellé par Yann Le Goff": the agent of a passive acts.
PASSIVE_AGENT = compiled(
    r"\b[a-zéèêîïôûç]{3,}(?:é|ée|és|ées|is|ise|ises|it|ite|ites|u|ue|us|ues)\s+par\s+(?P<agent>[^,.;:«]{2,80})"
)
# Who cites someone hands the quotation to the one cited: "Il cite Victor Hugo :", "citant le philosophe Hans Jonas".
CITES = compiled(
    r"\b(?:cite|citent|citant|(?:a|ont|avait|avaient)\s+cité|reprend les mots d[e']|reprenant les mots d[e'])"
    r"\s*(.{2,80}?)[\s:,]*$"
)
# "Pour Stéphane Moreau, le PS sort indemne" and "Selon Javier López, il faut rester prudent": X's view.
OPINION_SOURCE = compiled(
    # "Pour la porte-parole du gouvernement, Prisca Thevenot, « … »": the name in apposition comes with it.
    r"^(?:pour|selon|d'après|aux yeux de|de l'avis de|aux dires de|à en croire)\s+"
    r"([^,]{2,80}?(?:,\s+(?:(?:le|la)\s+(?-i:Dr|Dre|Pr|Pre|Me)\s+)?(?-i:[A-ZÀ-Ý])[^,]{1,60})?)(?:,\s+[^,]{2,60})?,\s",
    re.IGNORECASE,
)
# A name followed by a verb: "Jelle Van Damme s'est montré", "Ayrault livre bataille".
NAME_BEFORE_VERB = compiled(
    r"(?:^|,\s|\s)((?:[A-ZÀ-ÖØ-Þ][\w'’.-]+\s+){0,4}[A-ZÀ-ÖØ-Þ][\w'’-]+)\s+(?:ne\s+|n'|s'|se\s+|l'|lui\s+)?"
    r"(?!de\b|du\b|des\b|à\b|au\b|aux\b|en\b|et\b|ou\b|le\b|la\b|les\b|un\b|une\b|dans\b|sur\b|pour\b|par\b|qui\b|que\b)[a-zàâçéèêëîïôûù]{2,}"
)
HEADLINE_SPEAKER = compiled(r"^([^:«»\"]{3,40}?)\s*:\s*[«\"“]")
# Person nouns that name someone by their tie to another person: "l'entourage du Premier ministre" is not him.
RELATIONS = frozenset(
    "entourage proche proches conseiller conseillère collaborateur collaboratrice avocat avocate porte-parole "
    "frère sœur soeur père mère fils fille épouse mari femme homologue".split()
)
# A name that starts with its article, every word capitalized: newspapers and bodies ("Le Soir", "De Morgen",
# "Het Laatste Nieuws", "La Dernière Heure"), not "Le Premier ministre".
TITLED_BODY = compiled(
    r"^(?:Le|La|Les|L'|De|Het|The|Der|Die|El|Il)\s*[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van|de|der|den|du|des|[A-ZÀ-Ý][\w'’-]+)){0,3}$"
)
# A paper's title opening a sentence, then its verb: "La Libre Belgique consacre sa une à…", "Le Soir titre…".
PAPER_SUBJECT = compiled(
    r"^((?:Le|La|Les|L'|De|Het)\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s+(?=[a-zéèêà])(?!de\b|du\b|des\b)"
)
# Papers named without an article, and a review's "Dans L'Humanité, …".
BARE_PAPERS = r"(Libération|Ouest-France|Mediapart|Marianne|Challenges|Télérama|Politis|Causeur|Sud Ouest|Nice-Matin)"
BARE_PAPER_SUBJECT = compiled(BARE_PAPERS + r"\s+(?=[a-zéèêà])(?!de\b|du\b|des\b)")
PAPER_OPENING = compiled(
    r"^(?:Dans|Pour|Selon|Chez)\s+((?:Le|La|Les|L'|L’)\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}|"
    + BARE_PAPERS
    + r")\s*,"
)
# A sentence without a verb of its own, a noun and the participle of what someone did to it: "Une annonce saluée
# par X", "Un avis partagé par Y".
VERBLESS_PASSIVE = compiled(
    r"^(?:Une?|Des|Cette|Ce|Cet)\s+[a-zéèêàâîôûç-]+\s+[a-zéèêàâîôûç-]+(?:ée?s?|ue?s?|ise?s?)\s+par\s"
)
# "Quant à La Croix, elle retient…", "Quant au ministre, il…": the pronoun that follows stands for the topic.
TOPIC_THEN_PRONOUN = compiled(r"^quant\s+(à|au|aux)\s+([^,]{2,80}),\s+(?:il|elle|ils|elles)\b", re.IGNORECASE)
ANOTHER_ONE = compiled(r"^((?i:un|une) autre),\s+([a-zéèêàâîôûç][^,]{2,60}),\s+")
# Who speak for someone named in their complement: "le cabinet du ministre X", "les services de X".
OFFICES = frozenset("cabinet services équipe staff secrétariat".split())
OF_WORDS = frozenset(("de", "du", "des"))
MEDIA_NOUNS = frozenset("quotidien journal hebdomadaire magazine mensuel titre".split())
# French and Belgian unions and parties that articles name by their acronym alone.
KNOWN_BODIES = {
    **dict.fromkeys("CGT CFDT FO CFTC CFE-CGC Unsa SUD FSU FGTB CSC CGSLB FNSEA".split(), "syndicat"),
    **dict.fromkeys("PS LR RN LFI EELV PCF MoDem UDI MR PTB N-VA CD&V Ecolo Groen DéFI".split(), "parti"),
    **dict.fromkeys("OMS ONU OCDE OMC OIT AIEA".split(), "organisation"),
}
# "Maryse, la propriétaire du café,", "Lucas, 17 ans,": a given name alone, described as someone.
# The apposition closes with its comma: "Curieusement, le juge a lancé" and "Samedi, le ministre…" open a sentence.
DESCRIBED_GIVEN_NAME = compiled(
    r"(?<![\w'’-])(?P<name>(?![A-ZÀ-Ý][a-zà-ÿ]+ment\b)(?!(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier|"
    r"Demain|Ensuite|Enfin|Mais|Ainsi|Alors|Aussi|Puis|Donc|Bref|Ici|Désormais|Pourtant|Cependant|Toutefois|"
    r"Néanmoins|Ailleurs|Depuis|Certes|Or|Outre|Parfois|Souvent|Surtout|Résultat|Problème|Reste)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?),\s+"
    r"(?:(?P<age>\d{1,3})\s+ans\b|(?P<det>la|le|l['’]|une|un)\s*(?P<noun>[a-zéèêàâîôûç-]+)[^,.;:!?«»]{0,60},)"
)
# "Les mots d'Emmanuel Macron", "Ces propos de Jean Dupont": the words of someone, who is what the sentence is about.
WORDS_OF = compiled(
    rf"^(?:les?|la|ces?|cette|ses|son|sa|leurs?)\s+{SAID_NOUNS}\s+(?:de\s+|d['’]\s*)(?P<who>.+)", re.IGNORECASE
)
# An organisation's one-word name opening a sentence before its verb: "Greenpeace dénonce", "Amnesty réclame".
ORGANISATION_SUBJECT = compiled(
    # Not a determiner before a noun that reads as the verb ("Une annonce saluée par…").
    r"(?!(?:Cela|Ceci|Ce|Cet|Cette|Ces|Ça|Tout|Chacun|Personne|Rien|Nul|Aucun|Celui|Celle|Il|Elle|On|Un|Une|Le|La|"
    r"Les|Des|Du|Son|Sa|Ses|Leur|Leurs|Notre|Votre)\b)"
    r"[A-Z][\w-]*(?=\s+(?:dénonce|réclame|demande|exige|estime|juge|rappelle|regrette|"
    r"salue|condamne|annonce|affirme|appelle|plaide|met en garde|s'inquiète|s'oppose|"
    # "Matignon a répondu dans un communiqué. « … »"
    r"répond|réagit|a répondu|a réagi|a indiqué|a précisé|a fait savoir|a annoncé|a dénoncé|a démenti)\b)"
)
# A body's acronym, then its region or branch: "l'ARS Nouvelle-Aquitaine", "la CFDT Santé", "la CGT Grand Est".
# Not a kind of body before its name ("l'ONG Human Rights Watch").
BODY_AND_BRANCH = compiled(r"(?!(?:ONG|PME|TPE|ETI)\b)[A-Z][A-Z&]{1,6}(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}")
# "il" or "elle" acting in a sentence; not the impersonal "il y a", "il faut", "il s'agit".
ACTING_PRONOUN = compiled(r"\b(?:il|elle|ils|elles)\b(?!\s+(?:y\s+a|y\s+avait|faut|fallait|s'agit|semble|reste))", re.I)
AIMED_AT = compiled(r"(?:^|\s)(?:à|contre|envers|visant|vis-à-vis de)\s*$", re.IGNORECASE)
KNOWN_ACRONYM = compiled(r"(?<![\w-])(?:" + "|".join(map(re.escape, KNOWN_BODIES)) + r")(?![\w-])")
# "le syndicat libéral CGSLB", "la fédération patronale FEB": a body named by its acronym, with what it is.
BODY_BEFORE_ACRONYM = compiled(
    r"\b(?:le|la|l')\s*(?P<noun>[a-zéèêàç-]+)(?P<adjectives>(?:\s+[a-zéèêàç-]+){0,2})\s+(?P<acronym>[A-Z]{2,6})\b"
)
# "Le constructeur automobile Renova a annoncé…", then "le groupe" or "l'entreprise": the company.
COMPANY_NOUNS = frozenset(
    "constructeur groupe entreprise société équipementier enseigne laboratoire géant fabricant distributeur "
    "assureur opérateur compagnie industriel start-up".split()
)
COMPANY_BEFORE_NAME = compiled(
    r"\b(?:[Ll]e|[Ll]a|[Ll]')\s*(?P<noun>" + "|".join(sorted(COMPANY_NOUNS, key=lambda noun: (-len(noun), noun))) + r")"
    r"(?:\s+[a-zéèêàç-]+){0,2}\s+(?P<name>[A-ZÀ-Ý][\w&-]+(?:\s+[A-ZÀ-Ý][\w&-]+){0,2})"
)
COMPANY_GENERICS = ("groupe", "entreprise", "société")
BODY_OF_PLACE = compiled(
    r"\b(?:[Ll]e|[Ll]a|[Ll]')\s*(?P<noun>[a-zéèêàç-]+)\s+(?:de\s+|du\s+|des\s+|d['’])"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
)
# "un communiqué du ministère", "la lettre de Jean Dupont": a text that speaks for its author; and so does what
# someone concludes or answers ("Le constat de l'OMS est sans appel : « … »").
DOCUMENT_OF = compiled(
    r"^(?:un|une|le|la|l'|son|sa|leur|ce|cette)\s*(?:(?:dernier|dernière|nouveau|nouvel|nouvelle|récent|récente|"
    r"premier|première|long|longue|bref|brève)\s+)?(?:communiqué|rapport|note|lettre|courrier|message|tweet|"
    r"déclaration|texte|document|avis|courriel|e-mail|mail|publication|post|constat|verdict|avertissement|"
    r"réponse|mot d'ordre|diagnostic|analyse|conclusion|explication|réaction|étude|enquête|bilan|baromètre)"
    r"\s+(du|des|de la|de l'|de|d')\s*(.+)$",
    re.IGNORECASE,
)
# What writes, when the article gives it the words: "Le rapport fait état d'une « dégradation sans précédent »",
# "Le folder de présentation évoque un « deuxième Sois belge… sans gouvernement »".
DOCUMENTS = frozenset(
    "communiqué rapport note lettre courrier message tweet déclaration texte document courriel e-mail mail "
    "publication post brochure dépliant folder prospectus affiche site étude enquête sondage programme "
    "règlement contrat jugement arrêt ordonnance avis accord projet préambule traité charte décret amendement".split()
)
FEMININE_DOCUMENTS = frozenset(
    "note lettre déclaration publication brochure affiche étude enquête ordonnance charte".split()
)
NAMED_DOCUMENT_WORDS = 3
ISSUED_BY = compiled(r"\b(?:transmis|publié|diffusé|signé|rédigé|envoyé|adressé)e?s?\s+par\s+([^,.;:]{2,60})")
# "l'un d'eux", then "une autre": someone of a group, a voice of their own.
ONE_OF_THEM = compiled(r"^(?:l['’]une? d['’](?:entre )?(?:eux|elles)|une? autre|une? troisième)$")
# "la première", "le second": which of two people just named together.
ORDINAL_OF_TWO = {
    "le premier": 0,
    "la première": 0,
    "le second": 1,
    "la seconde": 1,
    "le deuxième": 1,
    "la deuxième": 1,
}
# "ce dernier", "celui-ci", and "celle qui dirige le gouvernement": the person just named, whatever follows.
PERSON_PRONOUN_PHRASES = {
    "ce dernier": "m",
    "cette dernière": "f",
    "celui-ci": "m",
    "celle-ci": "f",
    "celui": "m",  # "celui qui…", cut to its pronoun by the noun phrase
    "celle": "f",
}
LATTER = tuple(phrase for phrase in PERSON_PRONOUN_PHRASES if phrase not in ("celui", "celle"))


# What a description may say beside its noun without naming someone else: an age ("la jeune femme de 34 ans").
AGE_COMPLEMENT = compiled(r"de \d{1,3} ans")
# "son avocat", "sa fille": a relation the article may have given one person.
POSSESSIVES = frozenset(("son", "sa", "leur"))
# "la chercheuse" for a scientist the article named by their field ("microbiologiste", "glaciologue").
RESEARCHERS = frozenset(("chercheur", "chercheuse", "scientifique"))
SCIENCES = ("logue", "logiste", "icien", "icienne", "chimiste", "chercheur", "chercheuse", "scientifique")
# "le représentant de l'État": the prefect, as French papers call them again.
STATE_REPRESENTATIVE = compiled(r"(?:le|la) représentant(e)? de l['’]État", re.IGNORECASE)
# "l'ancien ministre": not the one in office.
FORMER = frozenset(("ancien", "ancienne", "l'ancien", "l'ancienne", "l’ancien", "l’ancienne", "ex"))


@dataclass
class Person:
    name: str
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    role_words: set[str] = field(default_factory=set)
    """The words of the roles the article gave them ("chef de la diplomatie britannique")."""


# A sentence's first word that governs the name after it ("Selon Greenpeace", "Chez Renault"): that name stands inside
# the sentence as much as any other; not a determiner ("Le Parti socialiste").
OPENING_PREPOSITIONS = (GOVERNING - {"de", "du", "des"}) | {"selon"}


@dataclass
class SpeakerMemory:
    """Speakers named so far in the article, most recent last."""

    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[str] = field(default_factory=list)
    """People named or quoted, most recent last: what "il" and "elle" refer to."""
    speakers: list[str] = field(default_factory=list)
    """Speaker labels given so far (names and descriptions), most recent last."""
    genders: dict[str, str] = field(default_factory=dict)
    """Genders of speakers described rather than named ("la porte-parole")."""
    named: list[tuple[str, int]] = field(default_factory=list)
    """People named in narration wherever they stand in the sentence, with the sentence's number: whom "ce
    dernier" and an epithet right after ("…, Rex Tillerson. Le chef de la diplomatie américaine a…") refer to."""
    in_order: list[tuple[str, int]] = field(default_factory=list)
    """The same, in reading order only (a subject is not named again at the end of its sentence): "ce dernier"
    is the one named last ("Bart De Wever a critiqué Elio Di Rupo. Ce dernier…" is Elio Di Rupo)."""
    papers: list[str] = field(default_factory=list)
    """Newspapers named as a sentence's subject ("La Libre Belgique consacre sa une…"): whom "le quotidien" is."""
    sentence_number: int = 0
    bodies: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    """Bodies named by an acronym with what they are ("le syndicat libéral CGSLB"): (acronym, noun, adjectives)."""
    document_subject: tuple[str, str | None, int, int] | None = None
    """The document or the body a sentence was last about ("Le projet d'accord prévoit…", "Le gouvernement a…"):
    (phrase, gender, sentence number, mentions then)."""
    seen_inside: set[str] = field(default_factory=set)
    """Capitalized words seen inside a sentence: a single word there is a name or a body, not a sentence opener."""
    demonyms: dict[str, str] = field(default_factory=dict)
    """The demonym that stood for each person ("l'Espagnol" for Rafael Nadal): another one is someone else."""
    described_alone: set[str] = field(default_factory=set)
    """Given names the article describes as someone ("Maryse, la propriétaire du café", "Lucas, 17 ans") though the
    list of given names does not hold them."""

    # -- learning from the text ------------------------------------------------------------------------------

    def learn_names(self, text: str, mention: bool = False) -> None:
        """Full names, their genders and roles; `mention` makes them "the last person mentioned" too (a pull-quote's
        credit line; not captions, which are read ahead of the text, nor narration, where only subjects count)."""
        for match in BODY_BEFORE_ACRONYM.finditer(text):
            if match["noun"].lower() in SPEAKING_BODIES:
                adjectives = frozenset((match["adjectives"] or "").lower().split())
                self.bodies.append((match["acronym"], match["noun"].lower(), adjectives))
        for match in BODY_OF_PLACE.finditer(text):
            if match["noun"].lower() in SPEAKING_BODIES:
                # "Le parquet de Paris a ouvert une enquête", then "a indiqué le parquet": the same one.
                named = match.group(0)
                self.bodies.append((named[0].lower() + named[1:], match["noun"].lower(), frozenset()))
        for match in COMPANY_BEFORE_NAME.finditer(text):
            if not self._is_person(self.full_name(match["name"])):
                for generic in {match["noun"], *COMPANY_GENERICS}:
                    self.bodies.append((match["name"], generic, frozenset()))
        for match in KNOWN_ACRONYM.finditer(text):
            # "À la CGT, on dénonce…", then "précise le syndicat": a union or a party everyone knows by its acronym.
            self.bodies.append((match.group(0), KNOWN_BODIES[match.group(0)], frozenset()))
        for match in NAME.finditer(text):
            before = text[: match.start()].rstrip(" «“\"'(")
            if before and not before.endswith((".", "!", "?", ":", "\n")):
                self.seen_inside.add(match.group(1).split()[0])
            elif " " in match.group(1):
                # "Selon Greenpeace, …", "Chez Renault, …": the sentence opened on the preposition, not the name.
                name = name_of(match.group(1), preceding(text, match))
                words = match.group(1).split()
                if name and words[0].lower() in OPENING_PREPOSITIONS and words[1:2] == name.split()[:1]:
                    self.seen_inside.add(name.split()[0])
        for match in DESCRIBED_GIVEN_NAME.finditer(text):
            noun = (match["noun"] or "").lower()
            if match["age"] or noun in PERSON_NOUNS:
                self.described_alone.add(match["name"])
                gender = _gender_of_determiner(match["det"]) if match["det"] else None
                gender = gender or (_noun_gender(noun) if noun else None)
                if gender:
                    self.genders.setdefault(match["name"], gender)
        for match in NAME.finditer(text):
            name = name_of(match.group(1), preceding(text, match))
            if not name:
                continue
            acting = not governed(text, match.start() + match.group(1).find(name))
            if " " not in name:
                known = self.full_name(name)
                if (
                    mention
                    and acting
                    and known != name
                    and re.search(rf"\b(?:M\.|Mme|Mlle)\s+{re.escape(name)}\b", text)
                ):
                    self.mentions.append(known)  # "Mme Binet" is Sophie Binet, mentioned again
                continue
            person = self.people.setdefault(name, Person(name))
            self._learn_about(person, text)
            if mention and acting:
                self.mentions.append(name)  # a name after "à", "de", "sur" is where or whose, not who acts

    def note_subjects(self, text: str) -> None:
        """The people narration sentences are about, in reading order: what a later "il" or "elle" refers to.
        A subject opens its sentence, after any leading complements ("Pour le reste, après X, le Premier ministre
        a…"), or is a name right before its verb ("…, Jelle Van Damme s'est montré"); a name elsewhere is an object
        or a complement ("c'est François Fillon, dont il…"). "Pour X, …" and "Selon X, …" make X the voice of what
        follows."""
        for sentence in sentences.split(text):  # not at "M. Lambert" or an initial
            self.sentence_number += 1
            self._note_named(sentence)
            read_in = PAPER_OPENING.match(sentence.strip())
            if read_in:
                self.papers.append(read_in.group(1) or read_in.group(2))  # "Dans L'Humanité, le ton est…"
            source = OPINION_SOURCE.match(sentence.strip())
            if source and self._names_someone(source.group(1)) and self.resolve(source.group(1)):
                continue  # resolve() remembered the source as the current speaker
            if source and source.group(1).lower() in PRONOUNS and (voice := self.resolve(source.group(1))):
                self.remember(voice)  # "Selon elle, …": the person just interviewed speaks on
                continue
            subject = without_leading_complements(without_dateline(sentence.strip()))
            if not subject:
                continue
            # "Une autre, infirmière coordinatrice, a démissionné": someone new, described by the apposition.
            subject = ANOTHER_ONE.sub(r"\1 \2 ", subject)
            titled_subject = TITLED_SUBJECT.match(subject)
            if titled_subject:
                # "Me Chemla s'est tourné vers le banc des prévenus.": a surname with its civility is someone.
                self._mention_titled(titled_subject.group(2), titled_subject.group(1))
                continue
            paper = PAPER_SUBJECT.match(subject) or BARE_PAPER_SUBJECT.match(subject)
            if paper:
                self.papers.append(paper.group(1))  # "La Libre Belgique consacre sa une à la crise"
            match = NAME.match(subject)
            if match and (found := names_in(match.group(1))) and subject.startswith(found[0]):
                self._mention(self.full_name(found[0]))
                continue
            said = WORDS_OF.match(subject)
            if said and (match := NAME.match(said["who"])) and (found := names_in(match.group(1))):
                self._mention(self.full_name(found[0]))  # "Les mots d'Emmanuel Macron ont fait réagir."
                continue
            words = subject.split()
            # "Le porte-parole, X, a…", "L'avocate de Dominique Pelicot, Me Béatrice Zavarro, n'a pas exclu…"
            if len(words) >= 2 and opens_with_article(subject) and person_head(words[:4]):
                phrase = noun_phrase(subject)
                # "le capitaine du navire, Joan Jesús Vaquero Enseñat, admet": the name in apposition; not a name in
                # the complements before the subject ("Interrogé sur l'absence de Karim Benzema, le sélectionneur…").
                complements = sentence.strip()[: max(0, len(sentence.strip()) - len(subject))]
                with self._hiding({self.full_name(name) for name in names_in(complements)}):
                    resolved = self._speaking_name(phrase) or self._description(phrase, remember=False)
                if not resolved:
                    continue
                titled = TITLE_RIGHT_BEFORE.search(phrase[: phrase.find(resolved)])
                if titled and " " not in resolved:  # "Le directeur de l'école, M. Lambert, a prévenu…"
                    self._mention_titled(resolved, titled.group(1))
                else:
                    self._mention(resolved, gender=_gender_of_determiner(words[0]))
                continue
            body = self.body_subject(sentence) if len(words) >= 2 else None
            if body and not body.lower().startswith(("un ", "une ", "des ")):  # a body known, not "un tribunal"
                # "Le Conseil constitutionnel a censuré l'article. Il estime que « … »": the body is what "il" is
                # next, as a document would be, until someone is mentioned.
                gender = _gender_of_determiner(words[0])
                self.document_subject = (body, gender, self.sentence_number, len(self.mentions))
            document = _document(subject) if len(words) >= 2 else None
            if document:
                # "Le projet d'accord prévoit … Il appelle notamment à « … »": the document is what "il" is next;
                # "l'enquête piétine" is no "il".
                gender = _gender_of_determiner(words[0]) or _document_gender(document)
                self.document_subject = (document, gender, self.sentence_number, len(self.mentions))
                continue
            for match in NAME_BEFORE_VERB.finditer(sentence):
                found = names_in(match.group(1))
                if (
                    found
                    and not governed(sentence, match.start(1))
                    # "…qui composent la Nouvelle Union populaire": a name after an article is a body, not someone
                    and not ARTICLE_BEFORE.search(sentence[: match.start(1)])
                    and (" " in found[0] or self.full_name(found[0]) != found[0])
                ):
                    self._mention(self.full_name(found[0]))
                    break
            else:
                agent = self.passive_agent(sentence) if VERBLESS_PASSIVE.match(subject) else None
                if agent:
                    self._mention(agent)  # "Une annonce saluée par Mamadou Ndiaye, …": "Pour lui, …" next is him

    def _note_named(self, sentence: str) -> None:
        for match in NAME.finditer(sentence):
            found = names_in(match.group(1))
            if not found:
                continue
            full = self.full_name(found[0])
            aged = " " in full and AGE.match(sentence, match.end(1)) is not None  # "Eduardo Camavinga, 21 ans"
            if not (self._is_person(full) or aged):
                continue
            self.named.append((full, self.sentence_number))
            self.in_order.append((full, self.sentence_number))

    def _is_person(self, full: str) -> bool:
        """People only: a given name, or a title the article gave them ("Maison Blanche" is a place)."""
        return " " in full and (opens_with_given_name(full) or bool(self.gender_of(full)))

    @contextmanager
    def _hiding(self, names: set[str]) -> Iterator[None]:
        """Resolves as if these people had not been named."""
        named, mentions = self.named, self.mentions
        self.named = [(name, number) for name, number in named if name not in names]
        self.mentions = [name for name in mentions if name not in names]
        visible = len(self.mentions)
        try:
            yield
        finally:
            self.named, self.mentions = named, mentions + self.mentions[visible:]  # whoever was remembered meanwhile

    def last_named(self, gender: str | None, within: int | None = None, in_order: bool = False) -> str | None:
        """The person named last (of that gender), if named in the last `within` sentences; `in_order`: the last
        in reading order, not the subject the sentence was about."""
        for name, number in reversed((self.in_order if in_order else self.named)[-6:]):
            if within is not None and self.sentence_number - number > within:
                return None
            if gender is None or self.gender_of(name) in (None, gender):
                return name
        return None

    def _names_someone(self, phrase: str) -> bool:
        """A person or a body, not "le reste" or "la première fois"."""
        phrase = noun_phrase(phrase)
        words = phrase.split()
        return (
            bool(self._speaking_name(phrase))
            or bool(TITLED_BODY.match(phrase.strip()))  # "Pour La Libre, « … »": a newspaper's view
            or len(words) >= 2
            and person_head(words[:4])
        )

    def _mention(self, name: str, gender: str | None = None) -> None:
        if " " in name or self._is_speaker_name(name):
            self.mentions.append(name)
            self.count_as_named(name)
            # A description ("le frère de la plaignante") is a person too; a given name says its own gender ("Son
            # épouse, Jeanne": "son" before a vowel is no man's).
            if gender and name not in self.people and not (given_name_alone(name) and first_name_gender(name)):
                self.genders[name] = gender

    def mention_again(self, name: str) -> None:
        """Makes `name` the person mentioned last again: whoever reports words stays whom "il" or "elle" is."""
        self.mentions.append(name)

    def count_as_named(self, name: str) -> None:
        """A full name is named in this sentence, given as a subject or by a credit ("Selon Amélie Oudéa-Castéra,"):
        "La ministre des Sports a salué…" next is her."""
        if " " in name and name[:1].isupper() and (not self.named or self.named[-1][0] != name):
            self.named.append((name, self.sentence_number))

    def _mention_titled(self, surname: str, title: str) -> None:
        name = self.full_name(surname)
        self.mentions.append(name)
        gender = TITLES.get(title.lower()) or TITLES.get(title.lower() + ".")  # "M." loses its dot in a phrase
        if gender and name not in self.people:
            self.genders.setdefault(name, gender)

    def _learn_about(self, person: Person, text: str) -> None:
        surname = person.name.split()[-1]
        title = next(
            (
                found
                for at in _occurrences(text, surname)
                if (found := TITLE_WORD_BEFORE.search(text, max(0, at - 12), at))
            ),
            None,
        )
        if title:
            person.gender = person.gender or TITLES[title.group(1).lower()]
        # "la ministre Sonia LeBel", "le porte-parole du Kremlin, Dmitri Peskov", "Dmitri Peskov, porte-parole"
        # The article may open the sentence or be elided ("La maire de Nantes, X", "L'entraîneur de Lille, X").
        # Patterns are compiled once and tried just before each place the name stands: a pattern made for each
        # name would be compiled again for every person of every page.
        occurrences = list(_occurrences(text, person.name))
        role, at = next(((found, at) for at in occurrences if (found := _role_before(text, at))), (None, 0))
        # "le directeur général de l'agence Dragon Rouge": the name is the agency's, not the director's; "l'entourage
        # de Mélanie Vogel", "le frère de Jean Dupont": someone else, whom the name is the complement of.
        before_name = role.group(0).split()[-1] if role else ""
        of_body = re.split(r"['’]", before_name)[-1].lower() in SPEAKING_BODIES
        of_someone = role is not None and governed(text, at)
        # "La ministre Amélie Oudéa-Castéra a rencontré Didier Deschamps": the role is hers, across a verb.
        between = text[role.end(2) : at] if role else ""
        someone_else = any(word in VERBS_BETWEEN for word in between.split()) or any(
            " " in name and not governed(between, between.find(name)) for name in names_in(between)
        )
        # "Titulaire pour la première fois, Warren Zaïre-Emery": a time, not "la Première ministre".
        timed = role is not None and bool(TIME_NOUNS & _content_words(role.group(0)))
        noun = _role_noun(role, text, at) if role else ""
        if role and noun in PERSON_NOUNS and not (of_body or of_someone or someone_else or timed):
            person.roles.add(noun)
            person.role_words.update(_content_words(role.group(0)))
            article = role.group(1).strip().lower()
            gender = "f" if article.endswith("la") else "m" if article in ("le", "du", "au") else None
            # "Le maire de Rennes, Nathalie Appéré": a role's masculine is used for women too; her name says she is one.
            person.gender = person.gender or first_name_gender(person.name) or gender
            # "La rapporteure du texte, la sénatrice LR de la Manche Bénédicte Loisel": a role set before the role.
            outer = ROLE_BEFORE_NAME.search(text, _window_start(text, role.start()), role.start())
            if outer and outer.group(0).rstrip().endswith(","):
                outer_noun = _role_noun(outer, text, role.start())
                if outer_noun in PERSON_NOUNS:
                    person.roles.add(outer_noun)
        for at in occurrences:
            labelled = DEMONYM_BEFORE_NAME.search(text, max(0, at - 40), at)
            demonym = _demonym_word(labelled.group(0).split()) if labelled else None
            if demonym:
                self.demonyms.setdefault(person.name, demonym)  # "le Français Lucas Marchand", then "le Français"
        if any(LAWYER_TITLE_BEFORE.search(text, max(0, at - 8), at) for at in occurrences):
            person.roles.update(("avocat", "avocate"))  # "Me Sophie Lambert" is who "l'avocate" is next
            for at in occurrences:
                # "La famille est défendue par Me Grégoire Hamel, l'entreprise par Me Olivier Sauvage": whose lawyer,
                # so that "l'avocat de la famille" is him.
                client = LAWYER_OF.search(text, max(0, at - ROLE_WINDOW), at)
                if client:
                    person.role_words.add(client.group(1).lower())
        after = next(
            (found for at in occurrences if (found := APPOSITION_AFTER_NAME.match(text, at + len(person.name)))), None
        )
        # "Interrogé sur l'absence de Karim Benzema, le sélectionneur a été bref": the subject of the verb after it,
        # not what the name is.
        next_words = text[after.end(2) :].split(None, 1) if after else []
        verb_after = bool(next_words) and next_words[0] in VERBS_BETWEEN
        if after and after.group(2) not in NOT_APPOSITIONS and not verb_after:
            # After an article, a role is a person's noun ("X, le maire de Lyon"); "X, l'entreprise par Me Y" is a
            # clause of its own.
            # "Jean-Pierre Malaval, ancien président du groupe": a former president
            apposed = _noun_past_pre_words(after.group(2), text[after.end(2) :])
            if not after.group(1) or apposed in PERSON_NOUNS:
                person.roles.add(apposed)
                person.role_words.update(_content_words(re.split(r"[,.;:]", text[after.start(2) :], maxsplit=1)[0]))
            # "Janick Delva, femme de Pierre Eyen", "Marie Dupont, directrice de l'école": the apposition's gender.
            # A given name says it before an apposition's article does ("Me Sophie Lambert, le prévenu par…").
            person.gender = (
                person.gender
                or first_name_gender(person.name)
                or _apposition_gender(after.group(1), after.group(2).lower())
            )

    def full_name(self, name: str) -> str:
        """ "Mattis" → "Jim Mattis", "von der Leyen" → "Ursula von der Leyen" once the article has used the full
        name."""
        if " " in name and not name[:1].islower():
            return name
        return self._full_by_surname(name)

    def remember(self, speaker: str) -> str:
        self.speakers.append(speaker)
        self.mentions.append(speaker)
        return speaker

    def gender_of(self, speaker: str) -> str | None:
        person = self.people.get(speaker)
        if person:
            return person.gender or (first_name_gender(speaker) if " " in speaker else None)
        if given_name_alone(speaker):
            # "Julie, 34 ans"; but "Mme Martin" is a woman whatever "Martin" is as a given name.
            return self.genders.get(speaker) or first_name_gender(speaker)
        known = self.genders.get(speaker)
        if known is None and speaker[:2].lower() in ("l'", "l’"):
            head = _head_noun(speaker.split())
            return _noun_gender(head) if head else None  # "l'avocat du prévenu" is a man, "l'avocate" a woman
        return known

    def _given_alone(self, name: str) -> bool:
        return given_name_alone(name) or name in self.described_alone

    @property
    def last(self) -> str | None:
        return self.mentions[-1] if self.mentions else None

    # -- resolving -------------------------------------------------------------------------------------------

    def resolve_pronoun(self, pronoun: str) -> str | None:
        """ "il"/"elle": the most recent person the pronoun can stand for; None when no one fits."""
        gender = PRONOUNS.get(pronoun.lower())
        document = self.document_subject
        if (
            document is not None
            and self.sentence_number - document[2] <= 1
            and len(self.mentions) == document[3]
            and (gender is None or document[1] in (None, gender))
        ):
            return document[0]  # the document the sentence before was about, no one mentioned since
        for candidate in reversed(self.mentions[-12:]):
            if not can_stand_for(pronoun, candidate):
                continue  # "M. Lambert a prévenu les parents. « … », a-t-il précisé": not the parents
            known = self.gender_of(candidate)
            if gender is None or known is None or known == gender:
                return candidate
        # No subject yet: the person just named; or the only one of that gender named so far ("Lorsqu'on a
        # rencontré Isabelle Moulin, …", then three sentences later "Elle confie…").
        return self.last_named(gender, within=2) or self._only_named(gender)

    def _only_named(self, gender: str | None) -> str | None:
        if gender is None:
            return None
        people = {name for name, _ in self.named if self.gender_of(name) == gender}
        return people.pop() if len(people) == 1 else None

    headline: str | None = None
    """The person a headline quotes ("Didier Reynders : « … »"): an interview's speaker."""

    protagonists: list[str] = field(default_factory=list)
    """People the headline names: who "le Premier ministre" most likely is, when the article does not say."""

    def learn_headline(self, title: str) -> None:
        match = HEADLINE_SPEAKER.match(title)
        if match:
            self.headline = match.group(1)
        self.protagonists = [name for name in names_in(title) if not governed(title, title.find(name))]

    def protagonist(self, gender: str | None) -> str | None:
        """The headline's person of that gender: one known to be of it before one whose gender is unknown ("sourit
        l'animatrice" under "Julie, Psar et Septik": Julie)."""
        people = [self.full_name(n) if " " in n else self._full_by_surname(n) for n in self.protagonists]
        people = [person for person in people if person in self.people or self._given_alone(person)]
        if gender is None:
            return people[0] if people else None
        return next((p for p in people if self.gender_of(p) == gender), None) or next(
            (p for p in people if self.gender_of(p) is None), None
        )

    def latest_person(self) -> str | None:
        """The person the narration mentioned last, when that is a person named or people described ("les
        habitants"), not a body or a thing."""
        latest = self.mentions[-1] if self.mentions else None
        # A description of people counts too: "Les habitants sont excédés." then « On ne dort plus… ».
        described = latest is not None and latest[:1].islower() and person_head(latest.split()[:4])
        return latest if latest and (latest in self.people or self._given_alone(latest) or described) else None

    def not_named_in(self, quote: str, speaker: str | None) -> str | None:
        """People do not name themselves in the third person: a quotation that says "Jelle" is not Jelle Van
        Damme's. Then it is the person mentioned most recently whom it does not name."""
        if not speaker or not _names(quote, speaker):
            return speaker
        for candidate in reversed(self.mentions[-8:]):
            if candidate != speaker and candidate in self.people and not _names(quote, candidate):
                return self.remember(candidate)
        return None

    def headline_speaker(self) -> str | None:
        if not self.headline:
            return None
        return self.remember(
            self.full_name(self.headline) if " " in self.headline else self._full_by_surname(self.headline)
        )

    def _full_by_surname(self, name: str) -> str:
        """ "Van Damme" → "Jelle Van Damme": a headline often gives only the surname, of one word or more; "Karim"
        → "Karim Haddad" once the narration made him a subject."""
        for known in reversed(list(self.people)):
            if known.endswith(" " + name):
                return known
        if " " not in name and name.istitle():
            # "Karim Haddad tient un stand", then "Karim lui glisse…": the one person of that given name, one voice,
            # whether or not the lists know it ("Réjean"). Someone the narration made a subject, not a label it
            # named ("sous le label « Julie Entertainment »").
            bearers = [known for known in self.people if known.startswith(name + " ")]
            if bearers:  # the mentions are many; most words are no one's given name
                subjects = set(self.mentions)
                bearers = [known for known in bearers if known in subjects]
            if len(bearers) == 1:
                return bearers[0]
        return name

    def opinion_source(self, sentence: str) -> str | None:
        """The person or body a sentence opens on as its source ("Selon Jean-Baptiste Danet, …", "Selon lui, …": the
        man just quoted), if any."""
        source = OPINION_SOURCE.match(sentence.strip() + " ")
        if source and (self._names_someone(source.group(1)) or source.group(1).lower() in PRONOUNS):
            return self.resolve(source.group(1))
        return None

    def acting_person(self, clause: str) -> str | None:
        """Who acts in a clause: a person named there (not in a complement), else the noun phrase that opens it
        ("A Sao Paulo, des milliers de bolsonaristes ont manifesté au cri de « … »"). "Pour X, …" is X's view."""
        opinion = self.opinion_source(clause)
        if opinion:
            return opinion
        source = OPINION_SOURCE.match(clause.strip() + " ")
        if source and clause.lower().startswith(("selon", "d'après")) and _document(source.group(1)):
            # "Selon le rapport de la chambre régionale des comptes, la dette reste « … »": the report, or whoever
            # issued it
            return self.document(source.group(1)) or self.resolve(source.group(1))
        topic = self.topic(clause)
        if topic:
            return topic
        cited = self.cited_person(clause)
        if cited:
            return cited
        agent = self.passive_agent(clause)
        if agent:
            return self.remember(agent)  # "Un avis partagé par Pierre Oliver :"
        # "Même scénario à Rio, où des milliers de manifestants chantaient : « … »": the clause after the comma.
        last = re.split(r",\s+(?:où\s+|et\s+|alors que\s+)?", clause.strip())[-1]
        after_comma = last != clause.strip() and opens_with_article(last)
        if after_comma and person_head(last.split()[:4]):
            # "Sous l'emprise de sa belle, en délicatesse avec son ex, Natty, le comédien soutenait « … »": the
            # subject right before the verb, not a name in apposition to a complement.
            described = self._description(last)
            if described:
                return described
        subject = without_leading_complements(clause.strip())
        if (
            opens_with_article(subject)
            and person_head(subject.split()[:4])
            and not self._speaking_name(noun_phrase(subject))
            and not RELATIVE_SOURCE.search(clause)
        ):
            # "Des manifestants ont accueilli Charles Michel aux cris de « … »": the subject acts, not the person
            # named after the verb; unless a relative hands that person the word ("…, selon qui « … »").
            described = self._description(subject)
            if described:
                return described
        name = self._speaking_name(clause)
        if name:
            return self.remember(name)
        if opens_with_article(subject):  # "L'accusé a maintenu sa version :"
            author = DOCUMENT_OF.match(noun_phrase(subject))
            if author:  # "Le message du gouvernement est clair :"
                return self.resolve(with_article(author.group(1), author.group(2)))
            described = self._description(subject)
            document = _document(subject) if described is None else None
            return self.remember(document) if document else described
        if subject.split(" ", 1)[0].lower() in ("il", "elle"):
            # "Dans ses interviews, elle refusait qu'on l'accuse de « … »": her words
            return self.resolve_pronoun(subject.split(" ", 1)[0].lower())
        # "celui-ci", "cette dernière"; not "celui" or "celle", which open a relative ("celui qui…")
        latter = next((fixed for fixed in LATTER if subject.lower().startswith(fixed + " ")), None)
        if latter:
            # "…entre Xi Jinping et Donald Trump. Dans un tweet, celui-ci avait affirmé que c'était « … »": the latter
            return self.resolve(latter)
        return self._description(last) if after_comma else None

    def newly_named(self, sentence: str) -> str | None:
        """The person a finished sentence brings in by their full name when no one else acts in it ("Parmi eux,
        Jean Dupont, 67 ans.", "Une décision saluée par Jean Dupont."): the words quoted next are theirs. Not when
        someone the narration follows acts as "il" or "elle" ("c'est François Fillon, dont il ne cite pas le
        nom"), nor for whom words are aimed at ("contre Rachida Dati")."""
        if ACTING_PRONOUN.search(sentence) and not self.passive_agent(sentence):
            return None  # "il" acts, unless it undergoes: "Il a été interpellé par Yann Le Goff."
        found = None
        for match in NAME.finditer(sentence):
            names = names_in(match.group(1))
            before = sentence[: match.start(1)]
            if not names or AIMED_AT.search(before) or ARTICLE_BEFORE.search(before):
                continue  # "contre Rachida Dati" is aimed at; "la Petite Trotte à Léon" is a race, not someone
            full = self.full_name(names[0])
            # Or the plain two words of most names ("Andrej Babiš"); a longer run may hold a place ("de Londres
            # Sadiq Khan").
            if self._is_person(full) or full.count(" ") == 1:
                found = full
        return found

    def passive_agent(self, clause: str) -> str | None:
        """The person by whom something is done ("un constat partagé par Erwan Kerbrat"), not a body or an event
        ("le menu proposé par la Petite Trotte à Léon", "passé par le PSG")."""
        found = PASSIVE_AGENT.search(clause)
        agent = found.group("agent") if found else ""
        name = self._speaking_name(agent) if agent else None
        if not name or ARTICLE_BEFORE.search(agent[: agent.find(name)]):
            return None
        full = self.full_name(name)
        return full if self._is_person(full) or full.count(" ") == 1 else None

    def body_subject(self, sentence: str) -> str | None:
        """The body a finished sentence is about when it opens the sentence ("La police a ouvert une enquête.",
        "Greenpeace dénonce un scandale.", "Selon le parquet, …"): its words follow. Bodies are not people, so
        they stay out of the mentions a later "il" or "elle" resolves to."""
        source = OPINION_SOURCE.match(sentence.strip() + " ")
        subject = source.group(1) if source else without_leading_complements(without_dateline(sentence.strip()))
        words = noun_phrase(subject).split() if opens_with_article(subject) else []
        if 2 <= len(words) <= 6 and _head_noun(words) in SPEAKING_BODIES and not person_head(words[:4]):
            return self._description(" ".join(words), remember=False)
        named = KNOWN_ACRONYM.match(subject) or ORGANISATION_SUBJECT.match(subject)
        return named.group(0) if named and not source else None

    def subject_named(self, sentence: str) -> str | None:
        """The person a sentence names as its subject: "Marie Durand, 41 ans, se bat…", "Le joueur de 35 ans,
        Olivier Giroud, met fin…"."""
        subject = without_leading_complements(sentence.strip())
        if not opens_with_article(subject):
            return self.opening_person(subject)
        name = self._speaking_name(noun_phrase(subject))
        full = self.full_name(name) if name else None
        return self.remember(full) if full and " " in full and self._is_person(full) else None

    def person_subject(self, sentence: str) -> str | None:
        """The person a finished sentence is about, as its subject: described ("la préfète s'est voulue rassurante")
        or by a given name alone ("Jean-Pierre y sera.")."""
        subject = without_leading_complements(sentence.strip())
        words = subject.split()
        if opens_with_article(subject) and (
            len(words) >= 2 and person_head(words[:4]) or _demonym(noun_phrase(subject).split())
        ):
            return self._description(noun_phrase(subject))  # "la préfète", "l'Ukrainienne"
        first = words[0].strip(",") if words else ""
        if given_name_alone(first) and len(words) > 1 and words[1][:1].islower():
            return self.remember(first)
        return None

    def opening_person(self, paragraph: str) -> str | None:
        """The person whose full name opens a paragraph as its subject ("Saul Craviotto, le champion olympique 2008
        de canoë, n'a pas…"), or a given name with an age, not a place or a body."""
        paragraph = without_leading_complements(paragraph.strip())  # "Assis dans sa cuisine, Marc Durand, …"
        match = NAME.match(paragraph)
        found = names_in(match.group(1)) if match else []
        if found and given_name_alone(found[0]) and AGE.match(paragraph, len(found[0])):
            return self.remember(found[0])  # "Stéphane, 47 ans, intérimaire dans le BTP, a aménagé…"
        if not found or " " not in found[0] or not paragraph.startswith(found[0]):
            return None
        rest = paragraph[len(found[0]) :]
        described = re.match(r",\s+(?:(?:le|la|l')\s*)?([\w-]+)", rest)  # "…, auteur d'un doublé, …" too
        if self._is_person(found[0]) or described and described.group(1).lower() in PERSON_NOUNS:
            return self.remember(found[0])
        return None

    def topic(self, clause: str) -> str | None:
        """ "Quant à Laurent Berger, il estime que…", "Quant au ministre, il…": whom the pronoun after stands for."""
        topic = TOPIC_THEN_PRONOUN.match(clause.strip())
        return self.resolve(with_article(topic.group(1), topic.group(2))) if topic else None

    def cited_person(self, clause: str) -> str | None:
        """The person a clause cites: "Bowles cite le philosophe Hans Jonas :" hands the words to Hans Jonas."""
        cited = CITES.search(clause)
        if cited is None:
            return None
        name = self._speaking_name(cited.group(1))
        # The clause ends on that person ("cite Paul Martin en exemple :" still quotes whoever cites), a person
        # ("cite en exemple la Suède :" cites a country).
        if name and cited.group(1).endswith(name) and self._is_person(self.full_name(name)):
            return self.remember(name)
        # "Ouest-France cite un directeur d'établissement breton :": someone described, not named.
        phrase = cited.group(1).strip()
        words = phrase.split()
        if opens_with_article(phrase) and noun_phrase(phrase) == phrase and person_head(words):
            return self._description(phrase)
        return None

    def named_in_introduction(self, clause: str) -> str | None:
        """ "Même constat pour Laurent Berger :", "Réponse de Laurent Berger :": a sentence with no verb of its own
        that hands the word to the one person it names in full. Not "À la ministre de la Culture Fadila Laanan :",
        whom the words are addressed to."""
        people = {
            self.full_name(name)
            for match in NAME.finditer(clause)
            for name in names_in(match.group(1))[:1]
            if " " in name and not ADDRESSED.search(clause[: clause.find(name)])
        }
        return self.remember(people.pop()) if len(people) == 1 else None

    def resolve_person(self, gender: str | None, role: str | None = None) -> str | None:
        """The most recent named person (not a description) of that gender, among the last few mentions; for a
        role ("le ministre"), not someone the article gave another role ("président de la chambre d'agriculture")."""
        for candidate in reversed(self.mentions[-8:]):
            person = candidate in self.people or self._given_alone(candidate)  # "Ahmed, 52 ans, répare…"
            if person and (gender is None or self.gender_of(candidate) in (None, gender)):
                if role and self._has_other_role(candidate, role):
                    continue
                return candidate
        return None

    def _holds_other_office(self, name: str, head: str) -> bool:
        person = self.people.get(name)
        return bool(person and person.roles & HELD_OFFICES) and not self._has_role(name, head, frozenset())

    def _has_other_role(self, name: str, head: str) -> bool:
        if head in ANYONE_NOUNS:
            return False  # "la jeune femme" may be anyone's daughter ("leur fille unique, Camille Roux")
        person = self.people.get(name)
        if head in RESEARCHERS and person and any(role.endswith(SCIENCES) for role in person.roles):
            return False  # "la chercheuse" is the microbiologist the article quoted
        return bool(person and person.roles) and not self._has_role(name, head, frozenset())

    def resolve(self, phrase: str) -> str | None:
        """The speaker a subject phrase names: a person's full name, a pronoun or a description resolved, or
        the description itself ("un proche d'Édouard Philippe"); None for anything that names no one."""
        phrase = re.sub(r"^[-—–―\s]+(?:t-)?", "", phrase.strip()).strip(" ,;:")
        phrase = phrase if INITIAL_AT_END.search(phrase) else phrase.rstrip(" .")  # "l'accusé, Michel D."
        if not phrase:
            return None
        lowered = phrase.lower()
        if lowered in PRONOUNS:
            return self.resolve_pronoun(lowered)
        if ONE_OF_THEM.match(lowered):
            return self.remember(phrase)  # "l'un d'eux": someone of a group, a voice of their own
        ordinal = ORDINAL_OF_TWO.get(lowered)
        if ordinal is not None:
            # "la première", "le second": of the two people just named together, in their order.
            pair = [name for name, number in self.in_order[-2:] if self.sentence_number - number <= 2]
            if len(pair) == 2 and pair[0] != pair[1]:
                return self.remember(pair[ordinal])
        for fixed, gender in PERSON_PRONOUN_PHRASES.items():
            if lowered == fixed or lowered.startswith((fixed + " ", fixed + ",")):
                # "ce dernier", "celui-ci": the latter, whatever its place in the sentence that named it.
                latter = self.last_named(gender, within=2, in_order=True)
                return self.remember(latter) if latter else self.resolve_pronoun("elle" if gender == "f" else "il")
        tail = phrase.rsplit(",", 1)[-1].strip()  # "le matin même, à Charleroi, le Liégeois"
        if _demonym(tail.split()):
            return self._description(tail)
        acronym = re.sub(r"^(?:le|la|les|l['’])\s*", "", phrase, flags=re.IGNORECASE)
        if KNOWN_ACRONYM.fullmatch(acronym) or BODY_AND_BRANCH.fullmatch(acronym):
            return self.remember(acronym)  # "Le CD&V estime", not someone named CD; "La CGT Grand Est", not a place
        name = self._speaking_name(phrase)
        if name:
            return self.remember(name)
        titled = TITLED_BODY.match(phrase) or TITLED_BODY.match(noun_phrase(phrase))
        if titled:
            return self.remember(titled.group(0).strip())  # "Le Soir note", "De Morgen estime": a paper's name
        author = DOCUMENT_OF.match(noun_phrase(phrase))
        if author:
            # "selon un communiqué du ministère de l'Intérieur": the ministry speaks through its communiqué.
            return self.resolve(with_article(author.group(1), author.group(2)))
        return self._description(phrase)

    def document(self, phrase: str, clause: str = "") -> str | None:
        """A document as the subject of a speech verb ("Le rapport estime que…"): it speaks, or whoever issued it
        ("selon ce texte transmis par le PS")."""
        document = _document(phrase)
        if document is None or len(document.split()) > NAMED_DOCUMENT_WORDS:
            return None  # "le texte", "son préambule": a longer phrase after the verb says more than who speaks
        issued = ISSUED_BY.search(clause)
        return (issued and self.resolve(issued.group(1))) or self.remember(document)

    def name_in_subject(self, phrase: str) -> str | None:
        """The full name a subject phrase gives ("Son coéquipier Antoine Griezmann"), if any."""
        name = self._speaking_name(phrase)
        return self.full_name(name) if name and " " in self.full_name(name) else None

    def _speaking_name(self, phrase: str) -> str | None:
        """A name standing as the subject, not inside a complement ("le ministre de la Santé" names no one;
        "la mairesse de Fort St. John, Lilia Hansen" names Lilia Hansen)."""
        candidates = []
        phrase = PARTY.sub("", phrase)  # "le maire (LR) Pierre Lefèvre"
        words = phrase.split()
        if len(words) >= 3 and opens_with_article(phrase) and words[1].lower() in OFFICES and words[2] in OF_WORDS:
            return None  # "le cabinet du ministre Christian Dubé": his office speaks, not the minister himself
        for match in NAME.finditer(phrase):
            found = names_in(match.group(1))
            if not found:
                continue
            name = found[0]
            start = phrase.find(name, match.start())
            is_governed = governed(phrase, start)
            appositive = phrase[:start].rstrip().endswith(",")
            if is_governed and not appositive:
                continue
            # "le Haut Conseil pour le climat" is a body, not someone named Haut Conseil.
            head_word = name.lower().split()[-1] if name.lower().startswith(("haut ", "haute ")) else name.lower()
            institution = bool(INSTITUTION.match(phrase, start + len(name))) or (
                head_word in INSTITUTION_HEADS and bool(OF_AFTER.match(phrase, start + len(name)))
            )
            if institution and head_word != name.lower():
                name = head_word
            if " " not in name and institution and ARTICLE_BEFORE.search(phrase[:start]):
                # "le Conseil constitutionnel", "la Commission européenne", "la Cour des comptes": a body, not
                # someone named Conseil or Cour
                continue
            before_name = phrase[:start].split()[-1:] or [""]
            kind = re.split(r"['’]", before_name[0])[-1]
            if (
                " " not in name
                and INSTITUTION.match(phrase, start + len(name))
                and not is_governed
                and (kind.lower() in SPEAKING_BODIES or kind.isupper() and len(kind) >= 2)
            ):
                body = phrase[start:].strip(" ,.")
                if len(body.split()) <= BODY_NAME_WORDS:
                    return body  # "L'ONG Commission nationale des droits humains du Kenya": the body's whole name
            if " " not in name and AFFILIATION.search(phrase[:start]):
                continue  # "un député Renaissance", "une militante CGT": the party of someone undescribed
            if (
                " " not in name
                and kind.lower() in SPEAKING_BODIES
                and not appositive
                and person_head(phrase.split()[:4])
            ):
                continue  # "un député du groupe Ensemble pour la République": his group, not someone named Ensemble
            if " " not in name and INDEFINITE_BEFORE.search(phrase[:start]):
                continue  # "ce nouvel Eldorado", "un Français": a thing or anyone, not someone named
            if name.isupper() and not appositive and person_head(phrase.split()[:4]):
                continue  # "la présidente du groupe LFI": the person, not her party
            # "Léa, 23 ans, étudiante": a first name; "M. Dupont", "Me Wéry": a surname with its civility title.
            person = AGE.match(phrase, start + len(name)) is not None or titled(phrase, start)
            candidates.append((appositive, name, person))
        people = [
            (appositive, name) for appositive, name, person in candidates if person or self._is_speaker_name(name)
        ]
        if not people:
            return None
        appositives = [name for appositive, name in people if appositive]
        return self.full_name(appositives[0] if appositives else people[0][1])

    def _is_speaker_name(self, name: str) -> bool:
        if " " in name:
            return True
        # One word: a surname the article gave in full, a body written in capitals (ONU, CGT) or seen inside a
        # sentence (Kremlin, Nike), a given name alone (reportage names "Ahmed, 52 ans", "Léa"); a capitalized word
        # that only ever opened a sentence is not a name.
        return (
            self.full_name(name) != name
            or name.isupper()
            and len(name) <= 6
            or name in self.seen_inside
            or self._given_alone(name)
        )

    def _description(self, phrase: str, remember: bool = True) -> str | None:
        keep = self.remember if remember else (lambda speaker: speaker)
        phrase = noun_phrase(phrase)
        words = phrase.split()
        if not words or len(words) > 9:
            return None
        first = words[0].lower()
        if first not in DETERMINERS and not first.startswith("l'"):
            return None
        head = _head_noun(words)
        # "sur le site" is where words were said; "le site officiel du district de Huili" says them itself.
        web_source = head in WEB_SOURCES and len(words) >= 3
        # "la région Hauts-de-France", "la ville de Lyon": the place's council, named, speaks through its services.
        council = head in PLACE_COUNCILS and first in ("la", "le") and _named_after(words, head)
        if not head or head in NOT_SPEAKERS and not (web_source or council) or any(ch.isdigit() for ch in head):
            return None
        is_person = person_head(words) or _demonym(words)  # "l'Espagnol" is someone
        if not is_person and not _speaks(head, words):
            # "la glaciologue" after "Sophie Lambert, glaciologue au CNRS": a role the article gave someone;
            # otherwise "la première forme", "l'évidence initiale": a thing, not someone.
            definite = first in ("le", "la", "l'") or first.startswith("l'") or first in DEMONSTRATIVES
            known = self._known_by(head, first in DEMONSTRATIVES, _complement(words, head)) if definite else None
            return keep(known) if known else None
        description = phrase[0].lower() + phrase[1:]
        # "le quotidien", "le quotidien économique"; not "le journal de 20 heures"
        plain_medium = len(words) <= 2 or len(words) == 3 and words[2].islower() and words[2] not in ("de", "du", "des")
        if head in MEDIA_NOUNS and first in ("le", "l'") and plain_medium and self.papers:
            return keep(self.papers[-1])  # "écrit le quotidien": the paper the review just named
        if (first in ("le", "la", "l'") or first.startswith("l'")) and head in SPEAKING_BODIES and len(words) <= 4:
            body = self._body(head, words)
            if body:
                return keep(body)  # "Le syndicat parle de…" after "le syndicat libéral CGSLB"
        if first in POSSESSIVES:
            # "Son mari, Patrick Roux, défendu par Me Didier Chabert" then "a dénoncé son avocat": the one person the
            # article gave that role.
            known = self._known_by(head, False, _complement(words, head))
            if known:
                return keep(known)
        state = STATE_REPRESENTATIVE.fullmatch(phrase.strip())
        if state:
            prefect = self._known_by("préfète" if state.group(1) else "préfet", False)
            if prefect:
                return keep(prefect)
        definite = first in ("le", "la", "l'") or first.startswith("l'")
        if definite and FORMER.intersection(word.lower() for word in words[:3]):
            # "l'ancien ministre" is not the minister in office the article named: the person just named, when
            # they do not hold that role now ("Son prédécesseur, Bernard Tessier, …"), else someone described.
            known = self._known_by(head, False, _complement(words, head))
            if known and self.people.get(known) and FORMER & self.people[known].role_words:
                return keep(known)  # "son ancien adjoint Damien Cariou", then "l'ancien adjoint"
            just_named = self.last_named(_noun_gender(head) if first.startswith("l'") else None, within=1)
            if just_named and not self._has_role(just_named, head, frozenset()):
                return keep(just_named)
            return keep(description)
        if first in DEMONSTRATIVES or first in ("le", "la", "l'") or first.startswith("l'"):
            known = self._known_by(head, first in DEMONSTRATIVES, _complement(words, head))
            if known:
                return keep(known)
            # "le coureur d'Omega Pharma-Lotto", "l'entraîneur du Standard": of a team or a company, as bare; "la
            # jeune femme de 34 ans" too: an age tells no one apart from the woman just written about.
            core = words[:-3] if len(words) > 3 and AGE_COMPLEMENT.fullmatch(" ".join(words[-3:])) else words
            bare = (
                len(core) <= 3
                and not any(w.lower() in ("de", "du", "des") or w.lower().startswith("d'") for w in core)
                or len(words) <= 5
                and head not in RELATIONS
                and self._of_organisation(phrase)
            )
            gender = "f" if first in FEMININE_DETERMINERS else "m" if first in MASCULINE_DETERMINERS else None
            if gender is None and first.startswith(("l'", "l’")):
                gender = _noun_gender(head)  # "l'élu socialiste" is a man, "l'avocate" a woman
            demonym = _demonym_word(words) if first not in DEMONSTRATIVES else None
            if demonym:
                person = self._by_demonym(demonym, gender)
                if person:
                    return keep(person)
            # "la jeune mère de Charlesbourg" is the woman just named; "la mère" is someone's.
            related = head in RELATIONS and not _of_a_place(words, head)
            if is_person and not related and first not in DEMONSTRATIVES and not self._has_name(phrase):
                # "…, Rex Tillerson. Mi-mars, le chef de la diplomatie américaine a déclaré": an epithet for the
                # person named in this sentence or the one before (of the same gender), the way French articles
                # avoid repeating a name.
                just_named = self.last_named(gender, within=1)
                if just_named and not (head in PUBLIC_OFFICES and self._holds_other_office(just_named, head)):
                    return keep(just_named)  # not "le préfet" for the union's secretary general just quoted
            if bare and is_person:
                # "la syndicaliste", "le Premier ministre": the article's protagonist (named in the headline) or
                # the person named last, where the gender agrees.
                # A role ("le gérant") is not someone given another; a demonym ("le Belge") is no role.
                role = None if _demonym(words) else head
                person = self.protagonist(gender) or self.resolve_person(gender, role)
                if person:
                    return keep(person)
        return keep(description)

    def by_demonym(self, phrase: str) -> str | None:
        """The person a demonym phrase ("Le Serbe") stands for, when it is one."""
        words = phrase.split()
        demonym = _demonym_word(words)
        if demonym is None:
            return None
        first = words[0].lower()
        gender = "f" if first == "la" else "m" if first == "le" else _noun_gender(demonym)
        return self._by_demonym(demonym, gender)

    def _by_demonym(self, demonym: str, gender: str | None) -> str | None:
        """ "Rafael Nadal a battu Novak Djokovic. « … », a savouré l'Espagnol. Le Serbe, lui, …": one demonym per
        person; the person the narration is about first, then whoever was just named, who has no other."""
        labelled = {name for name, known in self.demonyms.items() if known == demonym}
        labelled = {name for name in labelled if not self._other_gender(name, gender)}
        if len(labelled) == 1:
            return labelled.pop()  # the one person the article called so ("l'Espagnol Pablo Serrano")
        recent = [name for name, number in reversed(self.named[-6:]) if self.sentence_number - number <= 2]
        for name in [*reversed(self.mentions[-4:]), *recent]:
            known = self.demonyms.get(name, demonym)
            if name in self.people and not self._other_gender(name, gender) and known == demonym:
                self.demonyms[name] = demonym
                return name
        return None

    def _body(self, head: str, words: list[str]) -> str | None:
        """The body last named by its acronym as `head` ("syndicat"), agreeing with any adjective given."""
        adjectives = {word.lower().strip(",.") for word in words[2:]}
        for acronym, noun, known in reversed(self.bodies):
            if noun == head and adjectives <= known:
                return acronym
        return None

    def _of_organisation(self, phrase: str) -> bool:
        """A description whose complement is a name that is not a person's ("le coureur d'Omega Pharma-Lotto")."""
        matches = list(NAME.finditer(phrase))
        return bool(matches) and all(
            governed(phrase, match.start(1)) and not self._is_person(self.full_name(match.group(1)))
            for match in matches
        )

    def _has_name(self, phrase: str) -> bool:
        """ "le porte-parole Dmitri Peskov" names someone; "la Vice première ministre cdH" and "la présidente du
        groupe LFI" do not (a party's acronym is where the person stands, not who they are)."""
        return any(
            self._is_speaker_name(name)
            and not name.isupper()
            # "le coureur d'Omega Pharma-Lotto" is someone of a team; "un proche d'Édouard Philippe" names someone.
            and (
                not (governed(phrase, match.start(1)) or _of_body(phrase, match.start(1)))
                or self._is_person(self.full_name(name))
            )
            for match in NAME.finditer(phrase)
            for name in names_in(match.group(1))
        )

    def _known_by(self, head: str, demonstrative: bool, complement: frozenset[str] = frozenset()) -> str | None:
        """ "ce diplomate" → the diplomat quoted before; "le porte-parole" → the person the article gave that role.
        A description with a complement ("le chef de l'Agence de renseignement") is not someone whose role has
        another one ("chef de la diplomatie britannique")."""
        gender = _noun_gender(head)  # "l'élue" is not the mayor the article called "le maire"
        for speaker in reversed(self.speakers):
            if self._other_gender(speaker, gender):
                continue
            # A description is known by its head noun ("un agent de la préfecture" is no préfecture).
            described = speaker[:1].islower() and _head_noun(speaker.split()) != head
            if head in speaker.lower().split() and not described or self._has_role(speaker, head, complement):
                return speaker
        for candidate in reversed(self.mentions[-12:]):
            if self._has_role(candidate, head, complement) and not self._other_gender(candidate, gender):
                return candidate
        # "représentée par Me Sophie Lambert", then "selon l'avocate": the one person the article gave that role,
        # though only named in passing.
        holders = {
            name
            for name in self.people
            if self._has_role(name, head, complement) and not self._other_gender(name, gender)
        }
        if len(holders) == 1:
            return holders.pop()
        if demonstrative and head in ANYONE_NOUNS:
            # "sanglote cette femme de 34 ans": what anyone is, pointed at, is the person the article is about.
            return next((c for c in reversed(self.mentions[-3:]) if not self._other_gender(c, gender)), None)
        return None  # "ce membre d'Al-Qaïda" described anew: the description itself names the speaker

    def _other_gender(self, name: str, gender: str | None) -> bool:
        known = self.gender_of(name) if gender else None
        return known is not None and known != gender

    def _has_role(self, name: str, head: str, complement: frozenset[str]) -> bool:
        person = self.people.get(name)
        for word in complement:
            office = OFFICE_PERIPHRASES.get((head, word))
            if office:  # "le chef du gouvernement" is the Premier ministre the article named
                role, words = office
                if words is None:
                    country = {word for word in person.role_words if _of_a_country(word)} if person else set()
                    words = frozenset({"république", *country})
                return self._has_role(name, role, words)
        if person is None or not (head in person.roles or person.roles & ROLE_FAMILIES.get(head, frozenset())):
            return False
        known = person.role_words - {head}
        return not complement or not known or bool(complement & known)


TITLE_WORD_BEFORE = compiled(r"\b(M\.|Mme|Mlle|Monsieur|Madame)\s+$")
DEMONYM_BEFORE_NAME = compiled(r"(?<![\w'’])(?i:le|la|l['’])\s*(?:[a-zéèêàâîôûç]+\s+)?[A-ZÉÈ][a-zéèêëàâîïôûç-]+\s+$")
LAWYER_TITLE_BEFORE = compiled(r"(?<![\w'’])(?:Me|Maître)\s+$")
LAWYER_OF = compiled(
    r"(?<![\w'’])(?i:le|la|les|l['’])\s*([\w-]+)(?:\s+(?:est|sont|était|étaient|sera|seront)\s+"
    r"(?:défendu|représenté|assisté)e?s?)?\s+par\s+(?:Me|Maître)\s+$"
)
ROLE_BEFORE_NAME = compiled(
    r"(?<![\w'’])((?i:le|la|du|au|de la|à la|son|sa|leur|une?)\s+|(?i:l['’])\s*)(Premi[eè]re?|[a-zéèêàâîôûç-]+)"
    r"(?:\s+[\wéèêàâîôûç'’-]+){0,5},?\s+$"
)
# Verbs that mean the sentence's subject acts before the name: "La ministre X a rencontré Y", "reçoit Y".
VERBS_BETWEEN = AUXILIARIES | {"fait", "reçoit", "rencontre"}
APPOSITION_AFTER_NAME = compiled(r",\s+(?:(le|la|l['’])\s*)?([a-zéèêàâîôûç-]+)")
ROLE_WINDOW = 200
TIME_NOUNS = frozenset("fois saison année journée semaine mi-temps période".split())


def _occurrences(text: str, name: str):
    """Where `name` stands in `text` as whole words."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            yield at
        at = text.find(name, at + 1)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _role_before(text: str, at: int) -> re.Match[str] | None:
    """The role right before the name at `at`: the nearest that names what a person is ("défilé dans le
    centre-ville derrière la maire, Nathalie Perrot": the mayor), else the first ("le chef de la diplomatie
    britannique, X")."""
    start, found = _window_start(text, at), []
    while match := ROLE_BEFORE_NAME.search(text, start, at):
        found.append(match)
        start = match.start() + 1
    return next((m for m in reversed(found) if _role_noun(m, text, at) in PERSON_NOUNS), found[0] if found else None)


def _role_noun(role: re.Match[str], text: str, at: int) -> str:
    """The noun of a role, after the words that stand before it: "l'ancien ministre de l'Intérieur" → ministre."""
    return _noun_past_pre_words(role.group(2), text[role.end(2) : at])


def _noun_past_pre_words(word: str, rest: str) -> str:
    """`word`, or the word after it when it stands before a noun ("ancien", "nouveau"), lower-cased."""
    word = word.lower()
    return next(iter(rest.split()), word).lower().strip(",.;:") if word in PRE_NOUN_WORDS else word


def _window_start(text: str, at: int) -> int:
    """A few words back from `at`, from the start of a word."""
    start = max(0, at - ROLE_WINDOW)
    if start:
        space = text.find(" ", start, at)
        start = space + 1 if space >= 0 else at
    return start


# Words that stand before the noun a phrase is about: "la Vice première ministre", "l'ancien président".
PRE_NOUN_WORDS = frozenset(
    "autre autres même premier première vice ex ancien ancienne nouveau nouvel nouvelle futur future actuel "
    "actuelle jeune célèbre grand grande deux trois quatre cinq six sept huit neuf dix plusieurs nombreux "
    "nombreuses meilleur meilleure meilleurs meilleures dernier dernière seul seule petit petite vieux vieille "
    "fameux fameuse principal principale éternel éternelle haut haute hauts hautes".split()
)
AMOUNTS = frozenset("euros dollars francs livres kilomètres mètres tonnes litres heures jours années ans fois".split())


# A word that names a role by its family: "le magistrat" is the prosecutor or the judge the article named, "l'édile"
# its mayor, "l'élu" one of its mayors, deputies or senators.
ROLE_FAMILIES = {
    "magistrat": frozenset("procureur procureure juge substitut substitute".split()),
    "magistrate": frozenset("procureure juge substitute".split()),
    "édile": frozenset("maire mairesse bourgmestre".split()),
    "élu": frozenset("maire bourgmestre député sénateur échevin conseiller adjoint vice-président".split()),
    "élue": frozenset(
        "maire mairesse bourgmestre députée sénatrice échevine conseillère adjointe vice-présidente".split()
    ),
    "policier": frozenset("commissaire inspecteur gendarme".split()),
    "avocat": frozenset(("bâtonnier",)),
    "conseil": frozenset(("avocat", "avocate")),  # "le conseil de l'entreprise" is its lawyer
    "syndicaliste": frozenset(("délégué", "déléguée")),  # "délégué syndical", "déléguée CGT"
    "dirigeant": frozenset("patron pdg directeur président fondateur gérant".split()),
    "dirigeante": frozenset("patronne pdg directrice présidente fondatrice gérante".split()),
}

# What follows "X, " without being what X is: a relative, a verb, a conjunction ("Johanna Rolland, et le préfet").
NOT_APPOSITIONS = frozenset("qui que dont a est selon et ou mais puis ni il elle ils elles on ont sont".split())
ROLE_FILLERS = frozenset("le la les l de du des d au aux à en et".split())


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\wéèêàâîôûç-]+", text.lower()) if w not in ROLE_FILLERS and len(w) > 1}


def _complement(words: list[str], head: str) -> frozenset[str]:
    """The content words after a description's head noun: "le chef de l'Agence de renseignement" → agence,
    renseignement."""
    lowered = [w.lower().removeprefix("l'").removeprefix("l’") for w in words]  # "l'entraîneur italien" too
    after = lowered[lowered.index(head) + 1 :] if head in lowered else []
    return frozenset(_content_words(" ".join(after)))


def _named_after(words: list[str], head: str) -> bool:
    """ "la région Hauts-de-France", "la ville de Lyon": the noun, then a name (after "de" or not)."""
    lowered = [word.lower() for word in words]
    rest = words[lowered.index(head) + 1 :] if head in lowered else []
    rest = rest[1:] if rest[:1] == ["de"] else rest
    name = rest[0].removeprefix("d'").removeprefix("d’") if rest else ""  # "la ville d'Angers"
    return name[:1].isupper()


def _speaks(head: str, words: list[str]) -> bool:
    """A description of someone who can speak: a person, a body, a medium, or a crowd of people."""
    elided = words[0][2:] if words[0].lower().startswith(("l'", "l’")) else ""  # "l'OMS", "l'Unicef"
    plural_body = head.endswith("s") and head[:-1] in SPEAKING_BODIES  # "les associations", "les ONG" too
    if (
        head in PERSON_NOUNS
        or head in SPEAKING_BODIES
        or plural_body
        or any(word[:1].isupper() for word in [elided, *words[1:]])
    ):
        return True  # "la Commission européenne", "le quotidien New York Post"
    if head in CROWDS:
        # "des milliers de manifestants", "des centaines de bolsonaristes": people, unless they are amounts.
        rest = [
            w.lower().strip(",.") for w in words[words.index(next(w for w in words if w.lower().endswith(head))) + 1 :]
        ]
        nouns = [w.removeprefix("d'") for w in rest if w not in ("de", "d'", "des")]
        return bool(nouns) and nouns[0].endswith(("s", "x")) and nouns[0] not in AMOUNTS
    return False


def _gender_of_determiner(word: str) -> str | None:
    word = word.lower()
    return "f" if word in FEMININE_DETERMINERS else "m" if word in MASCULINE_DETERMINERS else None


def _head_noun(words: list[str]) -> str | None:
    for word in words:
        bare = word.lower().strip(",;:.!?")
        bare = bare[2:] if bare.startswith(("l'", "d'")) else bare
        if bare and bare not in DETERMINERS and bare not in PRE_NOUN_WORDS:
            return bare
    return None


# "le Liégeois", "la Française", "l'Américain": an inhabitant of a place standing for the person the article is
# about, the way French avoids repeating a name; never a name itself.
DEMONYMS = frozenset(
    "belge suisse russe britannique turc grec serbe croate tchèque slovaque espagnol espagnole portugais chinois "
    "japonais danois suédois polonais allemand allemande anglais irlandais écossais gallois slovène norvégien "
    "finlandais autrichien israélien palestinien ukrainien messin messine girondin girondine angevin angevine "
    "poitevin poitevine".split()
)


# Offices one person holds in a place, which no one the article gave another role is called by.
PUBLIC_OFFICES = frozenset(
    "préfet préfète maire mairesse bourgmestre procureur procureure juge ministre député députée sénateur sénatrice "
    "ambassadeur ambassadrice gouverneur gouverneure".split()
)
# Roles one holds, as an office of a body, which make someone no one else (not "l'invitée", "la mère").
HELD_OFFICES = PUBLIC_OFFICES | frozenset(
    "secrétaire président présidente directeur directrice porte-parole délégué déléguée avocat avocate patron "
    "patronne pdg entraîneur entraîneuse capitaine commissaire".split()
)
# Periphrases for an office, by head noun and complement: the role the article gave its holder and a word of it
# (None: the country's name).
OFFICE_PERIPHRASES: dict[tuple[str, str], tuple[str, frozenset[str] | None]] = {
    ("chef", "gouvernement"): ("ministre", frozenset(("premier",))),
    ("cheffe", "gouvernement"): ("ministre", frozenset(("première",))),
    ("locataire", "matignon"): ("ministre", frozenset(("premier", "première"))),
    ("chef", "diplomatie"): ("ministre", frozenset(("étrangères",))),
    ("cheffe", "diplomatie"): ("ministre", frozenset(("étrangères",))),
    # A head of state's role says the republic or the country, if anything ("le président turc"), not a club's.
    ("chef", "état"): ("président", None),
    ("cheffe", "état"): ("présidente", None),
    ("locataire", "élysée"): ("président", None),
}


# What the press calls a team's players, as it calls people by where they are from: "le Diable rouge", "le Bleu".
TEAM_NICKNAMES = frozenset("diable rouche mauve zèbre bleu bleue canari fennec".split())


def _of_body(phrase: str, start: int) -> bool:
    """Whether the name at `start` names a body of which someone is ("le grimpeur de la formation Arkéa")."""
    words = phrase[:start].lower().replace("’", "'").replace("l'", "l' ").split()
    if len(words) >= 2 and words[-2] in ("la", "le", "l'"):
        words = words[:-2] + words[-1:]  # "de la formation", "de l'équipe": the article goes
    return len(words) >= 2 and words[-1] in SPEAKING_BODIES and words[-2] in OF_WORDS


def _demonym(words: list[str]) -> bool:
    """ "le Liégeois", "le jeune Néerlandais", "l'Américain": a definite article, then a capitalized demonym."""
    return _demonym_word(words) is not None


def _demonym_word(words: list[str]) -> str | None:
    """The demonym of "l'Espagnol", "le jeune Néerlandais", "le Diable rouge", in lower case."""
    words = [word.strip(",;:.!?").replace("’", "'") for word in words]
    if words and words[0].lower().startswith("l'") and len(words[0]) > 2:
        words = ["l'", words[0][2:], *words[1:]]
    if len(words) < 2 or words[0].lower() not in ("le", "la", "l'"):
        return None
    rest = [word for word in words[1:] if word.lower() not in PRE_NOUN_WORDS]
    if len(rest) == 2 and rest[1].islower():
        rest = rest[:1]  # "le Diable rouge", "le Belge naturalisé"
    if len(rest) != 1 or not rest[0][:1].isupper():
        return None
    word = rest[0].lower()
    return word if _of_a_country(word) or word in TEAM_NICKNAMES else None


def _of_a_country(word: str) -> bool:
    """ "belge", "américain", "néerlandaise": where someone is from, in lower case."""
    return word.endswith(DEMONYM_ENDINGS) or word in DEMONYMS


def _names(text: str, person: str) -> bool:
    """Whether `text` calls the person by a name of theirs (a given name or the surname)."""
    words = [word for word in person.split() if word[:1].isupper() and len(word) > 2]
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in words)


FEMININE_KIN = frozenset("femme épouse fille mère sœur soeur compagne veuve tante nièce cousine grand-mère".split())
MASCULINE_KIN = frozenset("mari époux fils père frère compagnon veuf oncle neveu cousin grand-père".split())
FEMININE_ROLE_ENDINGS = ("trice", "euse", "ienne", "ière", "esse")


def _apposition_gender(article: str | None, noun: str) -> str | None:
    """The gender a noun set after a name gives that person: its article, a kinship, a feminine ending."""
    if article in ("le", "la"):
        return "f" if article == "la" else "m"
    if noun in FEMININE_KIN or noun in PERSON_NOUNS and noun.endswith(FEMININE_ROLE_ENDINGS):
        return "f"
    if noun.endswith("e") and noun[:-1] in PERSON_NOUNS:
        return "f"  # "présidente", "avocate", "députée": a masculine role with the feminine's e
    return "m" if noun in MASCULINE_KIN else None


def _noun_gender(noun: str) -> str | None:
    """The gender a role noun shows by its form, when its article is elided: "élue" is a woman's, "élu" a man's
    (the list has both)."""
    feminine = _apposition_gender(None, noun)
    if feminine:
        return feminine
    return "m" if noun + "e" in PERSON_NOUNS else None


def _document(phrase: str) -> str | None:
    """A document a phrase opens on, as the article writes it ("Le rapport", "le folder de présentation"): what
    speaks when a sentence gives it the words."""
    if not opens_with_article(phrase):
        return None
    document = noun_phrase(phrase)
    if _head_noun(document.split()[:3]) not in DOCUMENTS:
        return None
    return document[0].lower() + document[1:]


def _document_gender(document: str) -> str:
    return "f" if _head_noun(document.split()[:3]) in FEMININE_DOCUMENTS else "m"


def can_stand_for(pronoun: str, description: str) -> bool:
    """ "il" or "elle" stands for no plural ("les parents", "ses avocats")."""
    return pronoun.lower() not in ("il", "elle") or description.split(" ", 1)[0].lower() not in PLURAL_DETERMINERS


def person_head(words: list[str]) -> bool:
    head = _head_noun(words) or ""
    if head == "milieu" and _milieu_of_something(words):
        return False  # "le milieu de la gastronomie" is a world, not a midfielder ("le milieu de terrain")
    # Plurals of the list's nouns ("les passagers", "les détenus"); "-eaux" and the like are not people.
    return (
        head in PERSON_NOUNS
        or head.endswith("s")
        and head[:-1] in PERSON_NOUNS
        or _demonym(words)
        or _someone_from(words)
    )


def _words_after(words: list[str], head: str) -> list[str]:
    """The words after a description's head noun, as written."""
    lowered = [word.lower().strip(",;:.!?") for word in words]
    return words[lowered.index(head) + 1 :] if head in lowered else []


def _of_a_place(words: list[str], head: str) -> bool:
    """ "la jeune mère de Charlesbourg": a relation noun whose complement is one capitalized word, a place."""
    after = _words_after(words, head)
    return len(after) == 2 and after[0].lower() == "de" and after[1][:1].isupper()


def _milieu_of_something(words: list[str]) -> bool:
    after = [word.lower().strip(",;:.!?") for word in _words_after(words, "milieu")]
    return bool(after) and after[0] in ("de", "du", "des", "d'") and "terrain" not in after[:3]


def _someone_from(words: list[str]) -> bool:
    """ "Un jeune Soudanais, Ahmed, …", "une Ukrainienne": someone new, by where they come from."""
    if not words or words[0].lower() not in ("un", "une"):
        return False
    rest = [word.strip(",;:.!?") for word in words[1:] if word.lower() not in PRE_NOUN_WORDS]
    return bool(rest) and rest[0][:1].isupper() and _demonym_word(["le", rest[0]]) is not None
