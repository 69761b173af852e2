"""Attribution clauses: where a speech verb stands next to a quote, and which words around it are its subject.

French attributes a quote with the verb first after the quote ("…», a dit Jim Mattis à la presse", "…», estime-t-
elle") and with the subject first before it ("Le ministre, Andreï Belooussov, a affirmé : «…»", "Selon X, «…»").
The subject is the noun phrase next to the verb, never a name in a complement ("à New York", "de la Santé").
"""

from __future__ import annotations

import re

from app.article.months import MONTH_PATTERN
from app.article.name_words import INSTITUTION_HEADS, given_name_alone
from app.article.names import names_in
from app.article.speech_verbs import (
    ADVERBIALS,
    COMPLEMENT_PREPOSITIONS,
    FUTURE_ENDINGS,
    INFINITIVES,
    LEADS_TO_SPEECH,
    NOUN_PHRASE_STOPS,
    PARTICIPLE_LEADS,
    PARTICIPLES,
    PRESENTS,
    REFLEXIVE_LEADS,
    REFLEXIVES,
    SOURCE_PREPOSITIONS,
    VERB_STOPS,
)
from app.regexes import compiled, prefix_tree


def _alternation(forms) -> str:
    """Longest first, spaces as any run of spaces: "mis en garde" matches as one verb."""
    return prefix_tree(set(forms))


AUX = r"(?:a|ont|avait|avaient|aurait|auraient|aura|avaient|eut)"
INVERTED = r"(?:-t)?-(?:il|elle|ils|elles|on)\b"
INVERTED_PRONOUN = compiled(r"-(il|elle|ils|elles|on)\b", re.IGNORECASE)
ADVERB = rf"(?:,?\s+(?:{_alternation(ADVERBIALS)}),?)*"
SPOKEN_INFINITIVE = rf"\s+(?:{_alternation(INFINITIVES)})"
PARTICIPLE = rf"(?:(?:{_alternation(PARTICIPLE_LEADS)}){SPOKEN_INFINITIVE}|(?:{_alternation(PARTICIPLES)})(?:e|s|es)?)"
PRESENT = rf"(?:(?:{_alternation(LEADS_TO_SPEECH)}){SPOKEN_INFINITIVE}|{_alternation(PRESENTS)})"
# "s'est félicité", "s'en est félicité", "s'est-il félicité", "se félicite".
REFLEXIVE = (
    rf"(?:s'en\s+(?:est|sont|était)|(?:s'est|s'était|se\s+sont)(?P<reflexive_aux_inverted>{INVERTED})?|s'en\s+|s'|se\s+)\s*"
    rf"(?:(?:{_alternation(REFLEXIVE_LEADS)}){SPOKEN_INFINITIVE}|(?:{_alternation(REFLEXIVES)})(?:e|s|es|nt)?)"
)
SOURCE = _alternation(SOURCE_PREPOSITIONS)
# What "faire" makes known when it speaks: "fait savoir", "fait-on valoir".
CAUSED_SPEECH = "(?:savoir|valoir|remarquer|observer)"
# A noun after its determiner, not the verb it looks like: "la tempête", "une annonce", "sa réplique".
# "la", "le", "les" only after a preposition: "il le dit", "elle la répète" are a pronoun and the verb.
AFTER_NO_DETERMINER = "".join(
    [rf"(?<!\b{word}\s)" for word in ("une", "un", "des", "du", "sa", "son", "ses", "cette", "ce")]
    + [
        rf"(?<!\b{preposition}\s{article}\s)"
        for preposition in ("après", "avant", "de", "à", "par", "dans", "sur", "pour", "avec", "contre", "sous", "vers")
        for article in ("la", "le", "les")
    ]
)

# A speech verb, perhaps after "comme" ("…», comme le remarque X", "…», comme l'a dit X"), with the pronoun of an
# inverted clause ("a-t-il dit"), or a source preposition ("selon X"). One pattern serves the three ways a clause is
# read below: compiling the ~400 verb forms costs about 5 ms, a tenth of a cold `narrateur segment`. It is searched
# through every sentence, so it starts only where a word does: inside "interdit" the regex engine gives up at once
# instead of trying the ~400 forms at each letter.
SPEECH = compiled(
    rf"(?<![\w-])(?P<as_said>(?:comme|ainsi\s+que)\s+(?:le\s+|l'\s*)?)?"
    rf"(?:{AUX}(?P<aux_inverted>{INVERTED})?{ADVERB}\s+{PARTICIPLE}"
    # Not a noun after its article ("Peu après l'annonce, le ministre a salué"), unless "comme" made it a verb.
    # "Elle l'affirme :": after a subject pronoun, "l'" is the object the verb takes, not an article.
    rf"|(?:(?<=comme l')|(?<=comme l’)|(?<=il l')|(?<=elle l')|(?<=ne l')|(?<![lLdD]['’]))"
    rf"{AFTER_NO_DETERMINER}{PRESENT}"
    rf"(?P<present_inverted>{INVERTED})?"
    # "fait-on savoir", "font-ils valoir": the pronoun set between the two words of the verb.
    rf"|(?:fait|font)(?P<causative_inverted>{INVERTED})\s+{CAUSED_SPEECH}"
    # "a-t-on appris auprès de la préfecture", "de source policière": a source, not someone learning.
    rf"|(?:a|avait)(?P<learned_inverted>-t-on)\s+appris(?=\s+(?:auprès|de\s+source)\b)"
    rf"|{REFLEXIVE}(?P<reflexive_inverted>{INVERTED})?"
    rf"|(?P<source>{SOURCE}))(?![\w-])",
    re.IGNORECASE,
)
# What may follow the verb of a clause that introduces a quote: a short complement, then ":", "," or "que".
INTRODUCING_TAIL = compiled(r"(?:\s+[^.!?«»:]{0,40}?)?\s*(?::|,|\bque\s*|\bqu'\s*)?\s*$", re.IGNORECASE)


def _verbs(text: str):
    """Speech verbs in `text`, left to right, each at its own start (a word of its own, "comme" left out)."""
    position = 0
    while (match := SPEECH.search(text, position)) is not None:
        if match["source"] is None and not _after_determiner(text, match.start()):
            yield match.start() + len(match["as_said"] or ""), match
        position = match.start() + 1


def _after_determiner(text: str, start: int) -> bool:
    """ "Le juge Cuno Tarfusser a lancé", "une note du ministère": after a determiner, a speech verb that is also a
    noun is the noun; not after an object pronoun ("Il la juge « inacceptable »", "La maire le répète :")."""
    word = WORD_AT.match(text, start)
    if word is None or word.group(0).lower() not in NOUN_FORMS:
        return False  # "leur a assuré", "le répète": no noun is spelt so
    before = text[max(0, start - 24) : start].lower().replace("’", "'").split()
    if not before or before[-1] not in NOUN_DETERMINERS:
        return False
    return not (len(before) > 1 and before[-2] in SUBJECT_BEFORE_OBJECT)


# Speech verbs in the present that are nouns too ("le juge", "une note", "la demande", "la relève").
NOUN_FORMS = frozenset(
    "juge note demande critique remarque réplique avance lance relève estime poste tranche souffle tonne tacle "
    "peste râle alerte".split()
)
SUBJECT_BEFORE_OBJECT = frozenset("il elle ils elles on je j' tu nous vous ne n' qui".split())
WORD_AT = compiled(r"[^\W\d_]+")


def verb_anywhere(clause: str) -> int | None:
    """Where the first speech verb of a clause whose subject comes first stands ("Mme Binet a fait valoir que")."""
    return next((start for start, match in _verbs(clause) if not _inverted(match)), None)


def introduces(text: str) -> bool:
    """A quote introduced by the clause just before it: a verb, then at most a short complement, then ":", "que"…"""
    return any(
        match["reflexive_inverted"] is None
        and match["reflexive_aux_inverted"] is None
        and INTRODUCING_TAIL.match(text, match.end())
        for _, match in _verbs(text)
    )


def _inverted(match: re.Match) -> bool:
    return any(
        match[group]
        for group in (
            "aux_inverted",
            "present_inverted",
            "reflexive_inverted",
            "reflexive_aux_inverted",
            "causative_inverted",
            "learned_inverted",
        )
    )


MONTH = rf"(?:{MONTH_PATTERN})"
DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
TIME_ADVERBIAL = compiled(
    rf"^(?:(?:{DAY}|hier|aujourd'hui|demain)(?:\s+(?:soir|matin|midi|après-midi|dernier|prochain))?"
    rf"(?:\s+\d{{1,2}}(?:er)?(?:\s+{MONTH})?(?:\s+\d{{4}})?)?"
    rf"|(?:le\s+)?\d{{1,2}}(?:er)?\s+{MONTH}(?:\s+\d{{4}})?|ce\s+(?:matin|soir|midi|week-end|mois-ci)"
    rf"|cette\s+(?:semaine|année|nuit|fois)|en\s+(?:{MONTH}|\d{{4}})"
    # "expliquait il y a peu Hugh Miller": a time ago, not the pronoun "il".
    rf"|il\s+y\s+a\s+(?:peu|longtemps|(?:\d+|une?|deux|trois|quelques|plusieurs)\s+"
    rf"(?:minutes?|heures?|jours?|semaines?|mois|ans|années)))(?=[\s,.]|$),?\s*",
    re.IGNORECASE,
)
ADVERBIAL_START = compiled(rf"^(?:{_alternation(ADVERBIALS)})(?=[\s,.]|$),?\s*", re.IGNORECASE)
# With the quantifiers that open a group as a determiner does ("témoignent plusieurs habitants du quartier").
DETERMINERS = frozenset(
    "le la les l' un une des du ce cet cette ces son sa ses leur leurs mon ma notre votre plusieurs quelques "
    "certains certaines".split()
)
PLURAL_DETERMINERS = frozenset("les des ces ses leurs nos vos plusieurs quelques certains certaines".split())
NAME_PARTICLES = frozenset("de du des d' van von der den da di le la et".split())
COMPLEMENT_START = frozenset(
    "à au aux en dans sur chez lors devant depuis pendant par pour avec auprès après avant durant dès".split()
)


def verb_first(clause: str) -> re.Match | None:
    """A clause that opens with a speech verb (after a quote) or a source preposition."""
    return SPEECH.match(_without_object(clause.lstrip(" ,")))


# "…», lui a assuré le président américain": the pronoun of whom the words were said to comes before the verb;
# "…» C'est ce qu'affirme Laurent Berger", "Voilà ce qu'a déclaré X": the words taken up by "ce que".
LEADING_OBJECT = compiled(
    r"(?:(?:c'est|voilà|voici)\s+ce\s+qu(?:e\s+|'\s*))?(?:(?:lui|leur|nous|vous|me|m'|te|t'|l'|le|la|les)\s*)?",
    re.IGNORECASE,
)


def _without_object(clause: str) -> str:
    match = LEADING_OBJECT.match(clause.replace("’", "'"))
    return clause[match.end() :] if match and match.end() and SPEECH.match(clause, match.end()) else clause


def subject_after_verb(clause: str) -> tuple[str | None, str | None]:
    """(pronoun, noun phrase) of a clause that opens with a speech verb: "a-t-elle dit" → ("elle", None),
    "a dit Jim Mattis à la presse" → (None, "Jim Mattis"), "a soutenu en entrevue la ministre X" → the minister."""
    clause = _without_object(clause.lstrip(" ,"))
    match = SPEECH.match(clause)
    if not match:
        return None, None
    inverted = INVERTED_PRONOUN.search(match.group(0))
    if inverted:
        return inverted.group(1).lower(), None
    rest = clause[match.end() :]
    if match["source"]:
        return None, noun_phrase(rest) or None
    # "note, amer, le bourgmestre"; "estime, dans une tribune au Monde, l'économiste X"
    described = DESCRIPTION_AFTER_VERB.match(rest) or COMPLEMENT_AFTER_VERB.match(rest)
    if described and rest[described.end() :][:1].isalpha():
        rest = rest[described.end() :]
    rest = _skip_adverbials(rest)
    words = rest.split()
    if words and words[0].lower().strip(",") in COMPLEMENT_START:
        rest = _skip_complement(words)
    return None, noun_phrase(rest) or None


def subject_before_verb(clause: str) -> tuple[str | None, str | None]:
    """(pronoun, noun phrase) of a clause whose subject comes first: "Le ministre, Andreï Belooussov, a affirmé",
    "…, quand il dénonce". The subject is what stands right before the verb, back to the clause's start."""
    verb = verb_anywhere(clause)  # the main clause's verb: "X admet que …, qu'il considère …" is X speaking
    if not verb:
        return None, None
    before = clause[:verb].rstrip()
    pronoun = SUBJECT_PRONOUN.search(before)
    if pronoun:
        return pronoun.group(1).lower(), None
    # "Une habitante, qui souhaite rester anonyme, raconte": a relative clause set between commas describes the
    # subject; the verb is not in it.
    before = APPOSED_RELATIVE.sub(",", before)
    subject = re.split(r"(?<=[.!?;])\s+", before.strip())[-1].strip(" ,")
    # "Son adversaire est tout trouvé, c'est X, dont il …": only the clause the verb belongs to.
    subject = re.split(r"\s(?:quand|lorsque|dont|qui|que|qu'|où|mais|car|puisque|parce que|si)\s", f" {subject}")[
        -1
    ].strip(" ,")
    # "Mais, d'après elle, M. Macron a…": a connective and its commas are not part of the subject.
    subject = re.sub(r"^(?:et|mais|or|donc|puis|ainsi|alors|enfin|aussi)\b,?\s*", "", subject, flags=re.IGNORECASE)
    subject = without_leading_complements(subject)
    # "Mi-mars, lors de sa tournée en Asie, le chef de la diplomatie a déclaré": complements the list above does not
    # know come first; the subject is the noun phrase right before the verb.
    chunks = subject.split(", ")
    if len(chunks) > 1 and opens_with_article(chunks[-1]) and not opens_with_article(chunks[0]):
        named = names_in(chunks[0])
        # not "Jean Dupont, le maire, a dit", nor "Nadia, une voisine, raconte"
        if not (named and chunks[0].startswith(named[0]) and (" " in named[0] or given_name_alone(named[0]))):
            subject = chunks[-1]
    elif len(chunks) > 1 and opens_with_article(chunks[0]) and INCISE.fullmatch(chunks[-1]):
        subject = ", ".join(chunks[:-1])  # "Une passagère du car, encore sous le choc, raconte"
    subject = OBJECT_PRONOUNS.sub("", subject)  # "Le ministre l'a reconnu", "La ministre ne le dit pas"
    if not subject or len(subject.split()) > 20:
        return None, None
    return None, subject


APPOSED_RELATIVE = compiled(r",\s+(?:qui|dont|où)\s[^,]+,")
# Lower-case words only, so that a name in apposition is never taken for a description.
LOWER_WORD = r"[a-zà-ÿœ'’-]+"
# Between a subject and its verb, a few words of description between commas ("encore sous le choc", "visiblement
# émue", "lui").
INCISE = compiled(rf"(?:{LOWER_WORD}\s+){{0,5}}{LOWER_WORD}")
# After the verb, a few words about the speaker between commas: "note, amer, le bourgmestre", "lâche, encore
# sous le choc, la jeune Namuroise".
DESCRIPTION_AFTER_VERB = compiled(rf"\s*,\s*(?:{LOWER_WORD}\s+){{0,4}}{LOWER_WORD}\s*,\s*")
# After the verb, a complement between commas: "estime, dans une tribune au Monde, l'économiste Thomas Piketty".
COMPLEMENT_AFTER_VERB = compiled(rf"\s*,\s*(?:{_alternation(COMPLEMENT_START)})\s[^,]{{1,60}},\s*", re.IGNORECASE)
# Pronouns and negation between a subject and its verb: no subject ends with them.
OBJECT_PRONOUNS = compiled(r"(?:\s+(?:ne|n'|l'|le|la|les|lui|leur|y|en|me|m'|te|t'|nous|vous|se|s'))+$", re.I)


# "Pour le reste, ", "Mardi soir, ", "Après l'allocution de Martine Aubry, ", "En chef de la majorité, ", and a
# participle that describes the subject to come ("Arrivée de Syrie en 2015, Amal Haddad vit…", "Élu en 2020, …").
LEADING_COMPLEMENT = compiled(
    # "Peu après l'annonce,", "Juste avant le vote,", "Quelques heures après,": a degree before the preposition.
    r"^(?:(?:un peu plus loin|plus loin|non loin de là|à quelques mètres|quelques mètres plus loin|juste à côté"
    r"|à côté|en face)\s*,\s*|(?:(?:peu|juste|bien|très peu|longtemps|sitôt|quelques \w+|deux \w+|trois \w+) )?"
    r"(?:pour|après|avant|selon|lors|dans|en|au|aux|à|a|depuis|pendant|face|malgré|mais|et|or|ainsi|alors|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|jusqu'|dès|sur|sous|par|avec|sans|"
    r"de son côté|pourtant|cependant|toutefois|enfin|d'abord|ensuite|il y a|voilà|devant|derrière|chez|parmi|"
    # A date or a time before the subject: "Le 28 février, à 21 h, Réjean Tremblay a éteint…".
    r"le \d{1,2}(?:er)?|ce (?:matin|soir|midi|week-end|jour-là|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
    r"cette (?:semaine|année|nuit|saison|fois|année-là)|l'an dernier|l'année dernière|la semaine dernière|"
    r"le mois dernier|la veille|le lendemain|début|fin|mi-\w+|"
    r"(?:arrivé|né|installé|élu|devenu|venu|parti|réfugié|exilé|formé|diplômé|connu|nommé|âgé|originaire|interrogé|"
    r"contacté|sollicité|joint|invité|questionné|assis|accoudé|entouré|accompagné|vêtu|blessé|suspendu|entré|sorti|"
    r"revenu|battu|titularisé|lauréat|candidat|président|député|avocat|patron|ancien)(?:e|s|es)?|debout|"
    # A detached apposition before its subject: "Auteur d'un doublé, Bradley Barcola…", "Titulaire pour la
    # première fois, Warren Zaïre-Emery…", "Ministre de l'Intérieur depuis 2020, Gérald Darmanin…".
    r"auteure?|autrice|titulaire|remplaçant|buteur|vainqueur|capitaine|victime|témoin|membre|proche|ministre|maire|"
    r"sénat(?:eur|rice)|directeur|directrice|secrétaire|porte-parole|entraîneur|sélectionneur)\b[^,]{0,80},\s*)",
    re.IGNORECASE,
)
# "Mais le rapport de la Cour estime que…": a connective before the subject, without a comma.
LEADING_CONNECTIVE = compiled(
    r"^(?:mais|et|or|pourtant|cependant|toutefois|néanmoins|donc|ainsi|aussi|enfin|puis)\s+"
    r"(?=(?:le|la|les|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s|l')",
    re.IGNORECASE,
)


# "Prudent, le professeur Jean Lefèvre rappelle…", "Furieuse, la maire a…": an adjective or a participle set before
# the subject it describes (not "Laurent, 45 ans," whose -ent is a given name's).
LEADING_ATTRIBUTE = compiled(
    # "Laconique, l'Ukrainienne…", "Beaucoup plus laconique, l'Ukrainienne…"
    r"^((?:(?:Beaucoup|Bien|Très|Plus|Moins|Assez|Trop|Toujours|Encore|Nettement|Visiblement)\s+(?:plus\s+|moins\s+)?"
    r"[a-zéèêëàâîïôûç]|[A-ZÉÈÀ])[a-zéèêëàâîïôûç-]+"
    r"(?:ée?s?|ante?s?|eux|euses?|ifs?|ives?|ibles?|ables?|istes?|iques?|ente?s?|ièmes?|ières?))"
    r",\s+"
    r"(?=(?:le|la|les|un|une|son|sa|ses|ce|cette)\s|l['’])"
    # An attribute with its complement, before a full name: "Enceinte de sept mois, Justine Lachaud devait…",
    # "Assis dans sa cuisine, Marc Durand, 55 ans, …", "Gérant d'un magasin de la rue Nationale depuis 1998, Mehdi
    # Saïdi a…".
    r"|^([A-ZÉÈÀ][a-zéèêëàâîïôûç-]+)\s(?:(?:de|du|des|à|au|en|dans|sur|sous|avec|chez|devant|derrière)\s|d['’])"
    r"[^,.;:!?«»]{2,70},\s+(?=[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[a-zéèêà]|,)"
    # or before a given name that an apposition describes: "Rencontrée au refuge, Hélène, une randonneuse…"
    r"|[A-ZÀ-Ý][a-zà-ÿ-]+,\s+(?:un|une|le|la|l['’])\s*[a-zéèêà])"
    # A participle with its complements: "Reçu pendant plus d'une heure par le Roi, le formateur a…".
    r"|^([A-ZÉÈÀ][a-zéèêëàâîïôûç-]+(?:ée?s?|ue?s?|ise?s?|ite?s?))\s[^,.;:!?«»]{2,80},\s+"
    r"(?=(?:le|la|les|un|une|son|sa|ses|ce|cette)\s|l['’])"
)


def without_leading_complements(text: str) -> str:
    """The sentence from its subject on: "Pour le reste, après X, le Premier ministre a…" → "le Premier ministre a…"."""
    for _ in range(3):  # "Le 28 février, à 21 h, X a…": one complement after another
        shorter = LEADING_COMPLEMENT.sub("", text, count=1)
        if shorter == text:
            break
        text = shorter
    text = LEADING_CONNECTIVE.sub("", text)
    attribute = LEADING_ATTRIBUTE.match(text)
    if attribute and not given_name_alone(next(group for group in attribute.groups() if group)):
        return text[attribute.end() :]
    return text


# "il a dit", "elle ne cesse de dénoncer", "il l'a répété": a subject pronoun right before the verb.
SUBJECT_PRONOUN = compiled(
    r"(?:^|[\s,])(il|elle|ils|elles|on)(?:\s+(?:ne|n'|l'|le|la|les|lui|leur|y|en|se|s'|a|aussi|encore|déjà|toujours))*\s*$",
    re.IGNORECASE,
)


def opens_with_article(text: str) -> bool:
    """ "le ministre", "l'accusé", "un témoin", "sa mère": a noun phrase that a determiner opens."""
    first = text.split(" ", 1)[0].lower().replace("’", "'")
    return first in DETERMINERS or first.startswith("l'") and len(first) > 2


# What a preposition swallowed of the article: "au cabinet" is "le cabinet", "du ministère" is "le ministère".
ARTICLE_AFTER = {
    "au": "le ",
    "aux": "les ",
    "à la": "la ",
    "à l'": "l'",
    "du": "le ",
    "des": "les ",
    "de la": "la ",
    "de l'": "l'",
    "de": "",
    "d'": "",
    "chez": "",
}


def with_article(preposition: str, rest: str) -> str:
    """ "au", "cabinet du ministre" → "le cabinet du ministre"; "chez", "Ecolo" → "Ecolo"."""
    return ARTICLE_AFTER.get(preposition.lower(), "") + rest


# "selon X", and "du côté d'Alliance" with no space after the elided article.
SOURCE_AT = compiled(rf"(?<![\w-])(?:{SOURCE})(?:(?<=')\s*|\s+)", re.IGNORECASE)


def source_subject(clause: str) -> str | None:
    """ "Selon le porte-parole du Kremlin, Dmitri Peskov," → the noun phrase after the preposition."""
    match = SOURCE_AT.search(clause)
    return noun_phrase(clause[match.end() :]) if match else None


LOCATED = frozenset("situé située situés situées basé basée basés basées installé installée implanté implantée".split())
MANNER_ADVERB = compiled(r"[a-zéèêàâîôûç]{3,}ement|[a-zéèêàâîôûç]{2,}(?:amment|emment)")
COMPLEMENTS = frozenset(("de", "du", "des", "d'"))
# What a noun may follow, the articles contracted with "à" and "mes" included: "au juge", "mes notes".
NOUN_DETERMINERS = DETERMINERS | {"au", "aux", "mes"}
INFINITIVE = compiled(
    r"[a-zéèêàâîôûç]{3,}(?:er|ir)|(?:re|contre)?dire|conclure|répondre|écrire|reconnaître|admettre|poursuivre|promettre"
)


def _narrative_infinitive(bare: str, following: list[str]) -> bool:
    """ "de dresser", "d'ajouter": an infinitive of narration, not a complement of the noun."""
    if bare.startswith(("d'", "d’")) and len(bare) > 2:
        return bool(INFINITIVE.fullmatch(bare[2:]))
    return bare == "de" and bool(following) and following[0].islower() and bool(INFINITIVE.fullmatch(following[0]))


# A body named with "à" or "pour": "la Délégation à la sécurité routière", "le Haut Conseil pour le climat"; not
# "le Conseil à la presse", to whom it spoke.
ADDRESSEES = frozenset("presse télévision radio agence journalistes députés sénateurs élus".split())


def _institutions_complement(kept: list[str], words: list[str], index: int) -> bool:
    if not kept or not kept[-1][:1].isupper() or kept[-1].lower().strip(",") not in INSTITUTION_HEADS:
        return False
    pair = [w.lower() for w in words[index : index + 2]]
    if len(pair) < 2 or pair[0] not in ("à", "pour") or pair[1] not in ("la", "le", "les", "l'"):
        return False
    following = words[index + 2] if index + 2 < len(words) else ""
    return following[:1].islower() and following.strip(",.;:") not in ADDRESSEES


def noun_phrase(text: str) -> str:
    """The noun phrase that opens `text`: through "de/du/des" complements and an apposition after a comma
    ("le porte-parole du Kremlin, Dmitri Peskov"), cut where a preposition, a verb's object or a clause starts."""
    kept: list[str] = []
    words = text.strip(" ,;:").split()
    index = 0
    while index < len(words) and len(kept) < 12:
        word = words[index]
        if kept and word in ("–", "—", "―"):
            break  # "un bourgmestre requérant l'anonymat – d'André Remy": a dash closes the aside
        bare = word.strip(",;:.!?»«").lower()
        located = kept and kept[-1].lower() in LOCATED  # "l'aéroport situé à Gosselies"
        titled = word[:1].isupper() and kept and kept[-1] in ("Le", "La", "Les")  # "Le Soir", "Le Matin": titles
        if kept and bare == "chez" and index + 1 < len(words) and words[index + 1][:1].isupper():
            kept.append(word)  # "un analyste chez Oddo BHF": where the person works tells who they are
            index += 1
            continue
        if _institutions_complement(kept, words, index):
            kept.extend(words[index : index + 2])  # "la Délégation à la sécurité routière"
            index += 2
            continue
        if kept and bare in NOUN_PHRASE_STOPS and not (bare in ("de", "du", "des", "d'") or bare.startswith("d'")):
            after_article = kept[-1].lower() in DETERMINERS | COMPLEMENTS  # "une passagère du car": a noun
            noun = after_article and word.islower() and bare not in COMPLEMENT_PREPOSITIONS
            if not (located or titled or noun or word[:1].isupper() and kept[-1].lower() in ("du", "de", "des")):
                named = _apposed_name(words, index) if opens_with_article(kept[0]) else None
                if named is None:
                    break
                # "le candidat républicain au Sénat, Todd Akin": the role's complement, then the person's name.
                kept.extend(words[index:named])
                index = named
                continue
        if kept and word.islower() and bare.replace("’", "'").startswith(("n'", "s'")) and len(bare) > 2:
            break  # "l'entraîneur irlandais n'a pas caché", "le ministre s'est dit": the verb, negated or reflexive
        if (
            kept
            and (bare in VERB_STOPS or bare.endswith(("aient", "ait", *FUTURE_ENDINGS)))
            and kept[-1].lower() not in DETERMINERS
            and word.islower()
        ):
            break  # "le syndicat parle de", not "le juge"
        if (
            len(kept) >= 2
            and kept[0].lower() in PLURAL_DETERMINERS
            and bare.endswith("ent")
            and kept[-1].lower().endswith(("s", "x"))
            and word.islower()
        ):
            break  # "Ses avocats contestent.": a plural noun, then its verb (not "les membres du gouvernement")
        if kept and _narrative_infinitive(bare, words[index + 1 : index + 2]):
            break  # "Et l'homme fort du club de dresser un constat": the infinitive tells what he did
        if (
            kept
            and word.islower()
            and MANNER_ADVERB.fullmatch(bare)
            and kept[-1].lower() not in DETERMINERS | COMPLEMENTS
        ):
            break  # "l'homme fort de Bas-Oha justement"
        if (
            len(kept) >= 2
            and word.islower()
            and bare not in NAME_PARTICLES
            and all(w[:1].isupper() and w.lower() not in DETERMINERS for w in kept[-2:])
        ):
            break  # after a name, a lowercase word is its verb: "son avocat Me Wéry plaidera l'acquittement"
        kept.append(word.strip(";:.!?»«"))
        if word.endswith((".", ";", ":", "!", "?")) and not re.fullmatch(r"(?:[A-Z]|M|Mme|Dr|St|Ste)\.", word):
            break
        if word.endswith(","):
            following = words[index + 1] if index + 1 < len(words) else ""
            opens = kept[0].lower().replace("’", "'")
            # "l'officier de garde, le commandant Yann Le Goff": a description, then the person's name.
            described = following.lower() in ("le", "la") and any(w[:1].isupper() for w in words[index + 2 : index + 5])
            if (following[:1].isupper() or described) and (
                opens in DETERMINERS | {"l'", "selon"} or opens.startswith("l'")
            ):
                index += 1
                continue  # an apposition: "le porte-parole du Kremlin, Dmitri Peskov"
            break
        index += 1
    phrase = " ".join(kept).strip(" ,")
    return phrase


APPOSITION_REACH = 5


def _apposed_name(words: list[str], index: int) -> int | None:
    """Where a name in apposition starts when a short complement at `index` ends on a comma ("au Sénat, Todd
    Akin"); None when the complement runs on or a clause starts in it."""
    for end in range(index, min(len(words) - 1, index + APPOSITION_REACH)):
        bare = words[end].strip(",").lower()
        if end > index and bare in NOUN_PHRASE_STOPS - COMPLEMENTS.union(("la", "le", "les")):
            return None
        if words[end].endswith(","):
            following = words[end + 1]
            return end + 1 if following[:1].isupper() and following.lower() not in DETERMINERS else None
    return None


def _skip_adverbials(text: str) -> str:
    for _ in range(4):
        stripped = TIME_ADVERBIAL.sub("", ADVERBIAL_START.sub("", text.lstrip(" ,")), count=1)
        if stripped == text:
            break
        text = stripped
    return text


def _skip_complement(words: list[str]) -> str:
    """ "en entrevue la ministre X", "à Volodymyr Zelensky le président américain", "lors d'une conférence de presse
    le procureur": a short complement between the verb and its subject is passed over up to the determiner or the
    name that opens the subject; otherwise there is no subject here."""
    medium_end = _capitalised_run_end(words, 1)
    if (
        medium_end > 2
        and medium_end < len(words)
        and words[medium_end].lower() in DETERMINERS
        and not words[medium_end - 1].endswith(",")
    ):
        return " ".join(words[medium_end:])  # "à Sciences et Avenir la paléontologue Laure Vasseur"
    index = 1
    if index < len(words) and words[index].lower() in DETERMINERS:
        index += 1
    index += 1  # the complement's noun: "à Pékin", "en entrevue", "lors d'une"
    for _ in range(COMPLEMENT_WORDS):
        if index >= len(words):
            return ""
        word = words[index].strip(",")
        previous = words[index - 1].lower()
        if (word.lower() in DETERMINERS or word.lower().startswith("l'")) and previous not in GOVERNING_WORDS:
            return " ".join(words[index:])
        if word[:1].isupper():
            given = _given_name_after_medium(words, index)
            if given is not None:
                return " ".join(words[given:])
            # "à Pékin Andy Rothman": the capitalized words after a one-word place are the subject, unless a
            # determiner follows them ("à Volodymyr Zelensky le président américain").
            run = index
            while run < len(words) and words[run][:1].isupper():
                run += 1
            if (
                run < len(words)
                and words[run].lower() in DETERMINERS
                and run - index <= 3
                and not words[run - 1].endswith(",")  # "à Pékin Andy Rothman, un ancien diplomate": apposition
            ):
                return " ".join(words[run:])
            return " ".join(words[index:])
        if word.lower() in NOUN_PHRASE_STOPS and word.lower() not in GOVERNING_WORDS:
            return ""
        index += 1
    return ""


COMPLEMENT_WORDS = 5
MEDIUM_WORDS = 4
NAME_LINKS = frozenset("et de du des d'".split())


def _capitalised_run_end(words: list[str], start: int) -> int:
    """Where a name of a few capitalised words starting at `start` ends, through the words that link them ("Sciences
    et Avenir", "Courrier des Balkans"); `start` itself when no such name starts there."""
    end = start
    while end < min(len(words), start + MEDIUM_WORDS):
        if words[end][:1].isupper():
            end += 1
        elif words[end].lower() in NAME_LINKS and end > start and end + 1 < len(words) and words[end + 1][:1].isupper():
            end += 1
        else:
            break
    return end


def _given_name_after_medium(words: list[str], index: int) -> int | None:
    """ "auprès de France Info Victor Tutugoro", "à Nouvelle-Calédonie La 1ère Victor Tutugoro": where a name the
    lists know as a given name starts, after a medium's name of a few words (capitalized, or "1ère")."""
    if given_name_alone(words[index].strip(",")):
        return None  # the complement's words are the subject itself
    for at in range(index + 1, min(len(words) - 1, index + MEDIUM_WORDS + 1)):
        word = words[at - 1]
        if not (word[:1].isupper() or word[:1].isdigit()) or word.endswith(","):
            return None
        if given_name_alone(words[at]) and words[at + 1][:1].isupper():
            return at
    return None


# Words after which a determiner still belongs to the complement ("lors de la conférence", "à propos de la loi").
GOVERNING_WORDS = frozenset("de d' à du des au aux par pour sur avec dans en".split())
