"""Splits a paragraph into narration, direct quotes « … » and the clauses that attribute them.

A quotation gets a voice of its own only when it is one: a statement attributed by a speech verb, introduced by
one, or standing as a sentence of its own. Scare quotes and titles (short, inside the narrator's sentence, no
speech verb) stay in the narrator's voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.article import attribution, sentences
from app.article.attribution import APPOSED_RELATIVE
from app.article.model import SegmentKind
from app.article.name_words import SPEAKING_BODIES, given_name_alone, opens_with_given_name
from app.article.names import governed, names_in
from app.article.speakers import SpeakerMemory, can_stand_for, person_head
from app.article.speech_verbs import PRONOUNS, SAID_NOUNS
from app.regexes import compiled

CLOSERS = {"«": "»", "“": "”", '"': '"'}
DASH_CREDIT = compiled(r"^[—–―]\s*[A-ZÉÈÀ]")
# What follows a work's title in its card: its author, then its publisher or its length.
WORK_CARD = compiled(
    r"^(?:de\s+)?[A-ZÀ-Ý][^,.;:!?]{2,50},\s*(?:(?:aux\s+)?(?:éditions|Éditions|éd\.|Ed\.)\s|[^,]{2,40},\s*\d{2,4}\s*(?:pages|p\.))"
)
PAREN_CREDIT = compiled(r"^(?P<credit>\((?P<who>[^(),]{3,50})(?:,[^()]{2,60})?\))(?=\s*[.;]?\s*(?:$|[A-ZÉÈÀ«]))")
# ", dit-il, " or ", écrit-elle. " inside a quotation: the quote goes on after the clause; or it ends the
# paragraph of a quotation that goes on in the next one ("« Les premiers mois ont été durs, raconte-t-elle.").
# The period of "M. Panetta" or of an initial ends no incise: the lookbehinds keep the shortest match from stopping
# there ("…, ajoute M. Panetta. Le directeur…").
# The clause's end is only looked at, not taken: the ", " closing a clause that is no incise ("…, même pour des
# entreprises sans lien avec l'énergie, rappelle Samy Chaar.") opens the next one.
INCISE_END = r",\s+|(?<!\b[A-Z])(?<!\bMM)(?<!\bMme)(?<!\bDr)(?<!\bPr)(?<!\bSt)\.\s+(?=[A-ZÉÈÀ«])|\.?\s*$"
INCISE = compiled(r",\s+((?:[^,«».!?]|\b(?:M|MM|Mme|Dr|Pr|St|[A-Z])\.){1,80}?)" rf"(?=(?:{INCISE_END}))")
INCISE_CLOSE = compiled(INCISE_END)
# "…, rappelle Samy Chaar, chef économiste chez Lombard Odier. Pourtant, …": what the named speaker is (with a
# relative clause: "…, le directeur de l'agence, qui a signé ce visuel.") belongs to the incise, up to the sentence's
# end or to the comma after which the quotation goes on ("…, constate Tony Estanguet, coprésident du comité, car…").
INCISE_APPOSITION = compiled(
    r",\s+([^,«».!?]{2,80}?(?:,\s+(?:qui|dont|où)\s[^,«».!?]{2,100}?)?)(?:\.\s+(?=[A-ZÉÈÀ«])|\.?\s*$|,\s+(?=\S))"
)
# A complement that ends the credit's sentence: "…, Laurent Viguier, lors d'un point presse en fin de matinée."
CLOSING_COMPLEMENT = compiled(
    r"((?:lors|devant|dans|à|au|aux|en|sur|après|avant|pendant|depuis|face)\b[^,«».!?]{2,80}?)"
    r"(?:\.\s+(?=[A-ZÉÈÀ«])|\.?\s*$)"
)
MAX_INTRO_WORDS = 22
SENTENCE_END = compiled(r"[.!?…](?:\s|$)|:\s*$")
# "Pour le ministre des Finances, Steven Vanackere, « … »": whose view the quotation right after it is.
VIEW_OF = compiled(r"^(?:pour|aux yeux de|aux yeux d')\s*(.{2,120}),$", re.IGNORECASE)
AS_SAID_INTRO = compiled(r"\b(?:comme|ainsi\s+que)\s+(?:le\s+|l'\s*)?(?=\w)", re.IGNORECASE)
# "…», lit-on dans De Morgen", "peut-on lire dans Le Soir": the paper quoted.
READ_IN = compiled(r"^(?:lit-on|peut-on lire|pouvait-on lire|lisait-on)\s+(?:dans|sur)\s+(.+)", re.IGNORECASE)
LEARNED_FROM = compiled(
    r"^(?:a|avait)-t-on appris\s+(?:auprès\s+(?P<prep>de la|de l'|de l’|du|des|de|d'|d’)\s*|de source\s+)(?P<who>.+)",
    re.IGNORECASE,
)
# "Même son de cloche chez Ecolo :": a reaction introduced by whom it comes from, without a verb.
REACTION_AT = compiled(
    r"^(?:même son de cloche|autre son de cloche|même discours|même constat|même analyse|réactions?|réponse|réplique"
    r"|riposte|explication|commentaire|verdict)(?:\s+[a-zéèêàâîôûç]{4,})?\s+"  # "Réaction immédiate de la Métropole :"
    r"(?:chez|du côté de|du côté du|du côté des|de la part d[eu]|de(?=\s)|(?P<of>du|des)(?=\s)|d')\s*(.+?)\s*:$",
    re.IGNORECASE,
)
# "-t-on au cabinet du ministre", "-t-on chez Ecolo": where the impersonal "on" speaks from.
# "glisse-t-on dans l'entourage du ministre": "dans" before a group's noun, not "dans un communiqué"; "fait-on
# savoir dans l'entourage" too.
ON_AT = compiled(
    rf"-on(?:\s+{attribution.CAUSED_SPEECH})?\s+(au|aux|à la|à l'|chez|à(?=\s+(?:Matignon|Bercy|Beauvau)\b)"
    r"|dans(?=\s+(?:l'|le\s|la\s|les\s)?(?:entourage|camp|équipe|rangs|cabinet|majorité"
    r"|opposition|milieux?|cercles|services|états-majors?)\b))\s*(.+)$",
    re.IGNORECASE,
)
# "Chez Renault, on estime que", "Dans l'entourage du ministre, on assure": the group the impersonal "on" is.
ON_AMONG = compiled(
    r"(?P<at>chez|au sein d(?:es|e|u|')|dans|du côté d(?:es|e|u|')"
    # "Au ministère du Travail, on…", "À Matignon, on…": a seat of power, not any place ("À Paris, on…").
    r"|(?:au|aux|à la|à l')(?=\s*(?-i:[a-zéè])|\s*(?:élysée|matignon|bercy|beauvau)\b)"
    r"|à(?=\s+(?:matignon|bercy|beauvau)\b))\s*(?P<group>[^,]{2,60}),\s+on\b",
    re.IGNORECASE,
)
# "Un avis que ne partage pas X :", "Une analyse que partage Y :": whose view the quotation gives.
SHARED_VIEW = compiled(
    r"^(?:un|une|ce|cet|cette)\s+[\w-]+(?:\s+[\w-]+)?\s+qu(?:e\s+|')(?:ne\s+|n')?"
    r"(?:partage|partagent|conteste|contestent|nuance|nuancent|approuve|approuvent|salue|saluent)\b(?:\s+pas)?"
    r"\s+(?P<who>[^:]+?)\s*:$",
    re.IGNORECASE,
)
APPOSITION = compiled(r"[^,]{2,60},\s*([^,]{3,80}),")  # "Son vainqueur, l'Allemand Alexander Zverev, …"
# "Ce que confirme Pierre Dupont :", "C'est ce que résume X :": the subject comes after the verb.
WHAT_IS_SAID = compiled(r"(?:c'est\s+|voilà\s+|voici\s+)?ce\s+qu(?:e\s+|'\s*)", re.IGNORECASE)
# "« … » : c'est en ces termes que la ministre a présenté la réforme": whoever the sentence is about said the words,
# whatever its verb.
IN_THESE_TERMS = compiled(
    r"^(?:c'est|voilà|voici)\s+(?:en ces termes|ainsi|(?:par|avec|sur) ces mots|de cette (?:manière|façon))"
    r"\s+qu(?:e\s+|'\s*)"
    r"|^(?:en ces termes|(?:par|avec|sur) ces (?:mots|paroles))\s*,\s*",  # "Par ces mots, le maire de Quimper…"
    re.IGNORECASE,
)
# "ajoute-t-on de même source", "assure cette source": the source just quoted, named or anonymous.
SAME_SOURCE = compiled(r"\b(?:de|selon) (?:la )?même source\b|\b(?:la|cette) (?:même )?source\b", re.IGNORECASE)
EMBEDDED_QUOTE_WORDS = 5
# Nouns and participles after which guillemets hold a title, not someone's words.
TITLE_NOUNS = frozenset(
    """
film livre roman essai ouvrage album chanson titre série émission spectacle pièce exposition opération plan loi
projet rapport slogan hashtag mot-clic magazine journal quotidien hebdomadaire mensuel revue documentaire podcast
programme campagne dispositif mouvement collectif association festival tournée intitulé intitulée baptisé
baptisée nommé nommée dénommé appelé appelée surnommé surnommée dit dite thème devise formule expression mot
concours prix trophée catégorie section rubrique chaîne blog site
""".split()
)
# "le concours « The Best of Photo Journalism »": every long word capitalised is a title's typography, not speech.
TITLE_CASE_WORD = compiled(r"[^\W\d_][\w'’-]{3,}")


@dataclass
class Piece:
    kind: SegmentKind
    text: str
    speaker: str | None = None
    subject: tuple[str | None, str | None] | None = None
    """An attribution's (pronoun, noun phrase), resolved to a speaker once the paragraph is split."""


INTERVIEWER_QUESTION = compiled(r"^[–—-]\s*[^«»]*\?$")
# "X a rapporté que le quinquagénaire lui avait dit dans l'ambulance :": who said the words someone reports.
REPORTED_SAYER = compiled(
    r"\bqu(?:e\s+|['’]\s*)(?P<who>[^,:;«»]{2,60}?)\s+(?:(?:lui|leur|nous|m['’]|l['’]|les)\s*)?(?:a|avait|aurait)\s+"
    r"(?:(?:alors|aussi|même|encore|\w+ment)\s+)?"
    r"(?:dit|confié|lancé|écrit|déclaré|répondu|glissé|avoué|expliqué|assuré|répété|murmuré|soufflé)\b[^:«»]*:\s*$",
    re.IGNORECASE,
)
# A sentence that credits the quotation before it: "C'est ce qu'a déclaré Jean Dupont", "Ainsi s'exprimait le
# ministre", "Ce sont les mots de la présidente", "Les mots sont de Jean Dupont".
BACK_CREDIT = compiled(
    r"^(?:c'est (?:en tout cas |du moins )?ce qu'(?:a|avait|aurait)\s+\w+(?:\s+\w+ment)?"
    r"|voilà ce qu'(?:a|avait)\s+\w+|ainsi (?:s'exprimait|s'est exprimé|s'est exprimée|parlait|a parlé)"
    rf"|(?:ce sont|tels sont|telles sont) les {SAID_NOUNS} d[eu']"
    rf"|les {SAID_NOUNS} sont d[eu']"
    # "« … » : le message de Marine Le Pen est clair."
    rf"|(?:le|la|les|l')\s*{SAID_NOUNS}\s+d[eu']"
    # "Cette phrase, prononcée lundi par Laurent Berger, a surpris", "Ces propos de Jean Dupont ont choqué"
    rf"|(?:ces|cette|ce)\s+{SAID_NOUNS}\s+d[eu']"
    rf"|(?:ces|cette|ce)\s+{SAID_NOUNS},?\s+[\w-]+(?:é|ée|és|ées|u|ue|us|ues|it|ite|its|ites)"
    r"(?:\s+[\w'’-]+){0,5}?\s+par"
    # "C'est le cri d'alarme lancé par les urgentistes", "C'est le constat de la Cour des comptes"
    rf"|c'est (?:le|la|l'|un|une)\s*{SAID_NOUNS}\s+(?:[\w-]+(?:é|ée|u|ue|it|ite)(?:\s+[\w'’-]+){{0,4}}?\s+par|d[eu'])"
    # "Le constat est signé Marie Roux", "Ces mots sont ceux de Pascal Heurtaux", "Le témoignage est celui d'une
    # mère de famille", "L'avertissement vient d'Étienne Charbonnier"
    rf"|(?:le|la|les|l'|ces|cette|ce)\s*{SAID_NOUNS}\s+(?:est|sont)\s+(?:signée?s?(?:\s+(?:de|par))?|ceux|celles?|celui)"
    r"(?=\s)(?:\s+d[eu'])?"
    rf"|(?:le|la|l'|ce|cette)\s*{SAID_NOUNS}\s+(?:vient|émane)\s+d[eu']"
    # "Celle qui parle ainsi, Sarah Mbemba, 29 ans, est aide-soignante."
    r"|(?:celle|celui) qui (?:parle|s'exprime|témoigne|raconte cela) ainsi,)"
    r"\s*(?P<who>[^,.;]+)",
    re.IGNORECASE,
)


@dataclass
class QuoteSplitter:
    """Stateful across the paragraphs of one article: speakers and quotes that run over several paragraphs."""

    memory: SpeakerMemory = field(default_factory=SpeakerMemory)
    open_quote: list[Piece] = field(default_factory=list)
    """Quote pieces of a quotation still open at the end of the previous paragraph, waiting for a speaker."""
    open_speaker: str | None = None
    """Who speaks in a quotation still open at the end of the previous paragraph, when that is known already."""
    quoted_alone: list[Piece] = field(default_factory=list)
    """The quotes of the previous paragraph when it was quotation only: the next one may credit them."""
    closing_sentence: str | None = None
    """The finished sentence of narration that ended the previous paragraph: it may bring in who speaks next."""
    open_closer: str | None = None
    """The mark that closes a quotation the previous paragraphs opened and did not close."""
    ahead: tuple[list[Piece], str | None] | None = None
    """Quotes and their credit by a pronoun no one came before ("« … », a-t-il annoncé." ending a paragraph), with
    the pronoun's gender: the person the next paragraph opens on said them."""
    asked: bool = False
    """Whether the paragraph before was an interviewer's question set after a dash ("– Repartirez-vous en 2028 ?")."""
    answerer: str | None = None
    """Who answers the interviewer's questions: the speaker of the first answer in quotation marks."""
    opens_on_quote: bool = False
    """Whether the paragraph being split opens on a quotation (its speaker may be whom the one before brought in)."""

    def split(self, paragraph: str) -> list[Piece]:
        if self.open_closer == "»" and paragraph.lstrip().startswith("» "):
            # The older typography goes on with a quotation at the head of each paragraph with a closing mark.
            paragraph = paragraph.replace("»", "«", 1)
        self.memory.learn_names(paragraph)
        self._credit_back(paragraph)
        continued = self._continued_quote(paragraph)
        spans = [span for span in quote_spans(paragraph, continued) if span[0] < 0 or is_direct_quote(paragraph, span)]
        pieces: list[Piece] = []
        cursor = 0
        for start, end, closed in spans:
            if 0 <= start < cursor:
                continue
            pieces.extend(_narration(paragraph[cursor : max(0, start)], before_quote=True))
            pieces.extend(_quote_pieces(paragraph[max(0, start) : end]))
            cursor = end
            if closed:
                clause, cursor = _attribution_after(paragraph, cursor, spans)
                if clause:
                    pieces.append(Piece(SegmentKind.ATTRIBUTION, clause, subject=_subject_after(clause)))
        pieces.extend(_narration(paragraph[cursor:], before_quote=False))
        self.opens_on_quote = bool(pieces) and pieces[0].kind is SegmentKind.QUOTE
        self._assign_speakers(pieces, closes_quote=not spans or spans[-1][2])
        self._credit_ahead(pieces)
        kept = [piece for piece in pieces if any(ch.isalnum() for ch in piece.text)]
        self.quoted_alone = kept if kept and all(piece.kind is SegmentKind.QUOTE for piece in kept) else []
        self.closing_sentence = _closing_sentence(kept)
        self.asked = bool(INTERVIEWER_QUESTION.match(paragraph.strip()))
        if spans and not spans[-1][2]:
            self.open_closer = CLOSERS[paragraph[spans[-1][0]]] if spans[-1][0] >= 0 else self.open_closer
        elif spans or continued is None:
            self.open_closer = None
        return kept

    def _credit_ahead(self, pieces: list[Piece]) -> None:
        """ "« Ce sera ma dernière saison », a-t-il annoncé. Le joueur de 35 ans, Olivier Giroud, met ainsi fin…": at
        the head of an article, a pronoun that no one came before stands for the person the narration names next, in
        its paragraph or at the head of the next one."""
        if self.ahead is not None:
            waiting, gender = self.ahead
            self.ahead = None
            if pieces and pieces[0].kind is SegmentKind.PARAGRAPH:
                self._give_ahead(waiting, gender, pieces[0].text)
        for index, piece in enumerate(pieces):
            pronoun = piece.subject[0] if piece.subject else None
            if piece.kind is not SegmentKind.ATTRIBUTION or piece.speaker or pronoun not in ("il", "elle"):
                continue
            waiting = [p for p in pieces[: index + 1] if p.kind in CREDITED and p.speaker is None]
            later = next((p for p in pieces[index + 1 :] if p.kind is SegmentKind.PARAGRAPH), None)
            if later is not None:
                self._give_ahead(waiting, PRONOUNS.get(pronoun), later.text)
            elif all(p.kind in CREDITED for p in pieces[index + 1 :]):
                self.ahead = waiting, PRONOUNS.get(pronoun)
            return

    def _give_ahead(self, waiting: list[Piece], gender: str | None, narration: str) -> None:
        named = self.memory.subject_named(sentences.split(narration.strip())[0])
        if named and self.memory.gender_of(named) in (None, gender):
            for piece in waiting:
                piece.speaker = named

    def _continued_quote(self, paragraph: str) -> str | None:
        """The closing mark of a quotation the previous paragraph left open, when this paragraph goes on with it
        without opening again ("« C'est un premier pas." then "Il en faudra d'autres », a réagi X."): many pages
        do not repeat the guillemet at the head of each paragraph of a long quotation."""
        closer = self.open_closer
        if closer is None or paragraph.lstrip()[:1] in CLOSERS or closer == '"' or closer not in paragraph:
            return None
        # Only when the words after the mark credit the quotation ("», a réagi X"): a closing mark alone could end
        # words the paragraph quotes itself, and the quotation would have no one to give it to.
        after = paragraph[paragraph.index(closer) + 1 :]
        return closer if attribution.verb_first(after) or _person_opens(after) else None

    @staticmethod
    def _taking_up(text: str) -> str | None:
        """Who the sentence right after a quotation standing alone credits it to: "C'est ce qu'a déclaré Jean
        Dupont.", "C'est le cri d'alarme lancé par les urgentistes.", or a short source line ("Référentiel de
        compétences TIC de l'UNESCO.")."""
        if IN_THESE_TERMS.match(text.strip()):
            return _said_in_these_terms(text.strip())
        # "C'est ce qu'a déclaré lundi soir le président du club, Jean-Pierre Caillot.": the verb's subject.
        pronoun, phrase = _subject_of_what_is_said(text.strip()) or (None, None)
        if phrase or pronoun:
            return phrase or pronoun
        credit = BACK_CREDIT.match(text.strip())
        return credit["who"] if credit else _source_line(text)

    def _credit_back(self, paragraph: str) -> None:
        """ "« Nous ne céderons pas. »" then "C'est ce qu'a déclaré Jean Dupont lundi.": the sentence that points
        back at the quotation names its speaker."""
        if not self.quoted_alone:
            return
        credited = self._taking_up(paragraph)
        if credited is not None:
            speaker = self.memory.resolve(credited)
        elif all(piece.speaker is None for piece in self.quoted_alone):
            # « A la maison en train d'essayer mon uniforme… » then "Saul Craviotto, le champion olympique de canoë,
            # n'a pas l'air heureux…": words no one was given yet, then the person the next paragraph is about.
            speaker = self.memory.opening_person(paragraph)
        else:
            return
        if speaker:
            for piece in self.quoted_alone:
                piece.speaker = speaker

    # -- speakers -------------------------------------------------------------------------------------------

    def _assign_speakers(self, pieces: list[Piece], closes_quote: bool) -> None:
        for index, piece in enumerate(pieces):
            if piece.kind is SegmentKind.ATTRIBUTION:
                piece.speaker = self._speaker_of(piece, _narration_before_credited_quote(pieces, index))
                quoted = pieces[index - 1] if index and pieces[index - 1].kind is SegmentKind.QUOTE else None
                if quoted and piece.speaker and not _spelled_out(piece, piece.speaker):
                    # "« Rose n'avait jamais joué… », s'amusait la réalisatrice": whom an epithet or a pronoun
                    # stands for does not speak of herself by her name.
                    piece.speaker = self.memory.not_named_in(quoted.text, piece.speaker) or piece.speaker
            elif piece.kind is SegmentKind.PARAGRAPH:
                self.memory.note_subjects(piece.text)
                self._note_reported_speech(piece.text)
        for index, piece in enumerate(pieces):
            if piece.kind is SegmentKind.QUOTE:
                piece.speaker = (
                    self._subject_before(pieces, index)
                    or _credit_after(pieces, index)
                    or self._subject_of_new_sentence(pieces, index)
                    or _credit_before(pieces, index)
                )
                introducer = self._introducing_subject(pieces, index)
                if introducer and introducer != piece.speaker:
                    # "« On va gagner », prédit X. Son coéquipier Y est plus prudent : « … »": Y's words, not X's.
                    piece.speaker = self.memory.remember(introducer)
        quotes = [piece for piece in pieces if piece.kind is SegmentKind.QUOTE]
        if quotes and self._answers(pieces):
            # "– Le vainqueur, Thomas Keradec, a salué votre remontée. Avez-vous parlé avec lui ?" then « Oui… »: an
            # interview's answers are the interviewee's, whoever the questions name.
            speakers = self.memory.speakers
            self.answerer = (
                self.answerer
                or (speakers[-1] if speakers else self.memory.headline_speaker())
                or self.memory.resolve_person(None)
                or self.memory.last_named(None)  # "la navigatrice Claire Le Goff" in the introduction
            )
            for quote in quotes:
                quote.speaker = self.answerer
        if quotes and pieces[0] is quotes[0] and quotes[0].speaker is None and self.open_speaker:
            # "« Les premiers mois ont été durs, raconte-t-elle." then "« Puis j'ai rencontré…": her words go on.
            quotes[0].speaker = self.open_speaker
        if quotes and pieces[0] is quotes[0] and quotes[0].speaker is None and len(pieces) > 1:
            following = pieces[1]
            if following.kind is SegmentKind.PARAGRAPH:
                # "« A la maison en train d'essayer mon uniforme… » Saul Craviotto, le champion olympique de canoë,
                # n'a pas l'air heureux…": words opening the paragraph, then the person it is about; "« … » Le ton est
                # donné par Arnaud Rousseau.": the agent of the sentence that takes them up.
                taken_up = sentences.split(following.text)[0]
                # "« On ne peut plus continuer. » C'est le cri d'alarme lancé par les urgentistes.", "« … ».
                # Référentiel de compétences TIC de l'UNESCO.": as when the next paragraph takes the quotation up
                credited = self._taking_up(following.text.lstrip(" ."))
                quotes[0].speaker = (
                    (self.memory.resolve(credited) if credited else None)
                    or self.memory.opening_person(following.text)
                    or (self.memory.passive_agent(taken_up) if _new_sentence(taken_up) else None)
                )
        # The quotation the paragraphs before left open is the words of whoever says this one.
        if self.open_quote and quotes and quotes[0].speaker:
            for waiting in self.open_quote:
                waiting.speaker = quotes[0].speaker
            self.open_quote = []
        if not closes_quote:
            self.open_quote.extend(piece for piece in quotes if piece.speaker is None)
        self.open_speaker = quotes[-1].speaker if quotes and not closes_quote else None
        for index, piece in enumerate(pieces):
            if (
                piece.kind is SegmentKind.QUOTE
                and piece.speaker is None
                and index
                and pieces[index - 1].kind is SegmentKind.PARAGRAPH
            ):
                # "Mme Binet est « arrivée avec [s]on ordre du jour »": words quoted inside a sentence are its
                # subject's; after a finished sentence, the quotation stands alone: it is the words of the person the
                # narration was last about ("Ayrault livre bataille contre la droite. « Combien d'autres plans… »").
                clause = sentences.split(pieces[index - 1].text)[-1].strip()
                if clause.endswith((".", "!", "?", "…")):
                    # "La police a ouvert une enquête. « Aucune piste n'est écartée. »": the body the sentence was
                    # about speaks, unless it names the person last mentioned.
                    last = self.memory.last
                    body = None if last and last in clause else self.memory.body_subject(clause)
                    # "Une décision saluée par Jean Dupont. « C'est une victoire. »": the person just brought in.
                    named = None if body or (last and last in clause) else self.memory.newly_named(clause)
                    # "Selon Jean-Baptiste Danet, il n'aura pas coûté une fortune. « C'est un budget très faible. »":
                    # the source the sentence cites, whoever the narration after the quotation goes on about.
                    source = self.memory.opinion_source(clause)
                    last = self._pronoun_subject(clause, last) or last
                    piece.speaker = self.memory.not_named_in(piece.text, source or body or named or last)
                else:
                    # "…et ses ambitions sont claires : « … »": a colon hands the word to whom the sentence is about.
                    colon = clause.rstrip().endswith(":")
                    home = _home_of_on(clause) if colon else None  # "Du côté du gouvernement, on se veut serein :"
                    piece.speaker = (
                        (self.memory.resolve(home) if home else None)
                        or self.memory.acting_person(clause)
                        or (self.memory.named_in_introduction(clause) if colon else None)
                        or (self.memory.last if colon else None)
                    )
        for index, piece in enumerate(pieces):
            if piece.kind is SegmentKind.ATTRIBUTION and piece.speaker is None:
                # "Une annonce qui laisse sceptique Nadia Benali :": a clause introducing the next quotation with no
                # subject of its own brings in who speaks it.
                brought_in = self.memory.newly_named(piece.text) if piece.text.rstrip().endswith(":") else None
                # "lâche-t-il en riant" when "il" found no one: the clause speaks for the quote it credits; not when
                # its pronoun says that whoever the quote was given to is someone else ("explique-t-il" for a woman).
                quoted = next((p for p in reversed(pieces[:index]) if p.kind is SegmentKind.QUOTE), None)
                pronoun = (piece.subject or (None, None))[0]
                gender = PRONOUNS.get(pronoun.lower()) if pronoun else None
                known = self.memory.gender_of(quoted.speaker) if quoted and quoted.speaker else None
                if quoted and gender and known and known != gender:
                    quoted.speaker = None
                piece.speaker = (self.memory.remember(brought_in) if brought_in else None) or (
                    quoted.speaker if quoted else None
                )
                after = pieces[index + 1 : index + 2]
                if after and after[0].kind is SegmentKind.QUOTE and after[0].speaker is None:
                    # "…: « Prenez les noms ! » Et ajoute : « J'en ai vu un écrire ! »": the verb whose subject is
                    # left out goes on with the same speaker.
                    after[0].speaker = piece.speaker
        # A quotation left open waits for a credit in the paragraphs after it, and meanwhile has the speaker a
        # quotation standing alone would have (a later credit replaces it; a missing closing mark loses nothing).
        unattributed = [piece for piece in quotes if piece.speaker is None]
        if unattributed and not any(p.kind is SegmentKind.ATTRIBUTION and p.speaker for p in pieces):
            # A paragraph of quotation only: the speaker quoted just before goes on; in an interview, the person
            # the headline quotes ("Didier Reynders : « … »").
            previous = self.memory.speakers[-1] if self.memory.speakers else self.memory.headline_speaker()
            # The narration since then was about someone else ("Son homologue, Hein Vanhaezebrouck, était déçu."):
            # that person speaks now; before anyone spoke, only in a paragraph of quotation alone.
            latest = self.memory.latest_person()
            only_quotation = all(piece.kind is SegmentKind.QUOTE for piece in pieces)
            if latest and latest != previous and (previous or only_quotation):
                previous = latest
            # "Un constat partagé par Erwan Kerbrat, installé à Plougastel." then « On ne sait plus quoi faire… »:
            # the paragraph before ended on a sentence that brings someone in without making them its subject.
            brought_in = self._brought_in() if only_quotation else None
            if brought_in:
                previous = brought_in
            for piece in unattributed:
                piece.speaker = self.memory.not_named_in(piece.text, previous)

    def _answers(self, pieces: list[Piece]) -> bool:
        """Whether the paragraph is an interviewee's answer in quotation marks, after the interviewer's question set
        after a dash, in the paragraph before or on the line above."""
        if any(piece.kind is SegmentKind.ATTRIBUTION for piece in pieces):
            return False
        asked = pieces[0].kind is SegmentKind.PARAGRAPH and bool(INTERVIEWER_QUESTION.match(pieces[0].text.strip()))
        rest = pieces[1:] if asked else pieces
        return (asked or self.asked) and bool(rest) and all(piece.kind is SegmentKind.QUOTE for piece in rest)

    def _pronoun_subject(self, clause: str, last: str | None) -> str | None:
        """ "Avec deux collègues, elle milite pour…" after a man spoke: the woman "elle" stands for, not him."""
        opening = attribution.without_leading_complements(clause).split(" ", 1)[0].lower()
        gender = PRONOUNS.get(opening) if opening in ("il", "elle") else None
        known = self.memory.gender_of(last) if last else None
        return self.memory.resolve_pronoun(opening) if gender and known and known != gender else None

    def _subject_before(self, pieces: list[Piece], index: int) -> str | None:
        """ "Interrogée…, la préfète s'est voulue rassurante. « … »", "Jean-Pierre y sera. « … »": a quotation with no
        credit of its own, after a finished sentence about someone in the same paragraph, is that person's, not the
        previous quotation's speaker's."""
        if index < 2 or pieces[index - 1].kind is not SegmentKind.PARAGRAPH:
            return None  # (a first quotation after narration: the narration's subject, below)
        if index + 1 < len(pieces) and pieces[index + 1].kind is SegmentKind.ATTRIBUTION:
            return None  # "« … », a-t-il glissé": its own credit says
        narration = pieces[index - 1].text.rstrip()
        if not narration.endswith((".", "!", "?", "…")):
            return None
        return self.memory.person_subject(sentences.split(narration)[-1])

    def _subject_of_new_sentence(self, pieces: list[Piece], index: int) -> str | None:
        """ "Selon l'avocate, X, le dossier révèle « … ». La direction de l'hôpital affirme avoir « … »": words quoted
        inside a new sentence are whoever acts in it, not the speaker of the quotation before."""
        if index < 2 or pieces[index - 1].kind is not SegmentKind.PARAGRAPH:
            return None  # (the paragraph's first quotation: the narration before it, below)
        clause = sentences.split(pieces[index - 1].text.strip())[-1].strip()
        if not clause[:1].isupper() or clause.endswith((".", "!", "?", "…", ":")):
            return None
        # Only a subject named before a verb of speech: a pronoun or a name further on could be anyone the
        # paragraph mentions, later ones included.
        pronoun, phrase = attribution.subject_before_verb(clause)
        return self.memory.resolve(phrase) if phrase and not pronoun else None

    def _introducing_subject(self, pieces: list[Piece], index: int) -> str | None:
        """The person named as the subject of the narration that introduces the quotation at `index` with a colon
        (or quotes it inside its own sentence), a narrative infinitive's too ("Et Paul Martin de répliquer :"); not a
        name in a complement ("Et le cameraman de la série Frozen Planet de poursuivre :" goes on with the
        speaker)."""
        if not index or pieces[index - 1].kind is not SegmentKind.PARAGRAPH:
            return None
        intro = sentences.split(pieces[index - 1].text.strip())[-1].strip()
        if not intro.endswith(":"):
            # "« … », analyse X. Le ministre du Travail, Jean-Pierre Farandou, y voit au contraire « … »": words
            # quoted inside a sentence whose subject is someone named are theirs, not the last speaker's.
            within = intro[:1].isupper() and not intro.endswith((".", "!", "?", "…"))
            return self.memory.subject_named(intro) if within else None
        cited = self.memory.cited_person(intro)
        if cited:
            return cited  # "Le député Hugo Bernardin a cité Jean Jaurès :": Jaurès's words
        reported = REPORTED_SAYER.search(intro)
        if reported:
            return self.memory.resolve(reported["who"])  # "Il raconte que sa mère lui a dit :", as in a credit
        shared = SHARED_VIEW.match(intro)
        if shared:
            return self.memory.resolve(shared["who"])  # "Un avis que ne partage pas Henry Buzy-Cazaux :"
        subject = re.sub(r"^et\s+", "", attribution.without_leading_complements(intro), flags=re.IGNORECASE)
        by_origin = self.memory.by_demonym(attribution.noun_phrase(subject))
        if by_origin:
            return by_origin  # "Le Serbe, lui, était amer :" after "a savouré l'Espagnol"
        if attribution.opens_with_article(subject) and person_head(subject.split()[:4]):
            # "Son vainqueur, l'Allemand Alexander Zverev, lui a rendu hommage :": the name set between commas;
            # "Son voisin, Paul, est moins enthousiaste :" a given name too.
            apposed = APPOSITION.match(subject)
            given = apposed.group(1).strip() if apposed and given_name_alone(apposed.group(1).strip()) else None
            named = (
                self.memory.name_in_subject(attribution.noun_phrase(subject))
                or given
                or (self.memory.name_in_subject(apposed.group(1)) if apposed else None)
            )
            if named or subject.split()[0].lower() not in ("un", "une"):
                return named
            # "Un médecin urgentiste, qui préfère garder l'anonymat, va plus loin :": someone new.
            described = attribution.noun_phrase(APPOSED_RELATIVE.sub(",", subject).split(",")[0])
            return described[:1].lower() + described[1:]
        # "Et Paul Martin de répliquer :", "Ousmane Dembélé, auteur d'un doublé, était aux anges :"
        return self.memory.opening_person(subject)

    def _brought_in(self, closing: str | None = None) -> str | None:
        closing = closing or self.closing_sentence
        last = self.memory.last
        if not closing or last and last in closing or self.memory.body_subject(closing):
            return None
        return self.memory.newly_named(closing)

    def _speaker_of(self, piece: Piece, narration_before: str | None = None) -> str | None:
        pronoun, phrase = piece.subject or (None, None)
        if SAME_SOURCE.search(piece.text) and self.memory.speakers:
            return self.memory.remember(self.memory.speakers[-1])  # "ajoute-t-on de même source"
        cited = self.memory.cited_person(piece.text)
        if cited:
            return cited  # "Il cite Hans Jonas :" gives Jonas's words, not his own
        reported = REPORTED_SAYER.search(piece.text)
        if reported:
            # "Son collègue X a rapporté que le quinquagénaire lui avait dit :": the words of whom X reports; X stays
            # whom "il" stands for next ("Elle raconte qu'un agent lui a lancé : « … » « … », dit-elle").
            reporter_pronoun, reporter_phrase = attribution.subject_before_verb(piece.text[: reported.start()])
            reporter = reporter_phrase or reporter_pronoun
            reporting = self.memory.resolve(reporter) if reporter else None
            sayer = self.memory.resolve(reported["who"])
            if reporting and sayer:
                self.memory.mention_again(reporting)
            return sayer
        home = _home_of_on(piece.text)
        if home:
            return self.memory.resolve(home)  # "Du côté des syndicats, on juge ce budget « … »"
        if phrase:
            speaker = self.memory.resolve(phrase)
            if speaker and speaker in phrase:
                self.memory.count_as_named(speaker)
            if speaker:
                return speaker
            if not READ_IN.match(piece.text.strip()):
                # "Le rapport estime que « … »", "…», précise le texte": the document speaks; not "peut-on lire
                # dans le communiqué", where whoever issued it does.
                return self.memory.document(phrase, piece.text)
        before = narration_before or (self.closing_sentence if self.opens_on_quote else None)
        body = _body_opening(before) if pronoun == "on" and before else None
        if body:
            return self.memory.resolve(body)  # "À l'aéroport de Liège, …. « … », a-t-on expliqué"
        topic = self.memory.topic(piece.text) if pronoun else None
        if topic:
            return topic  # "Quant à Laurent Berger, il estime que": he is Laurent Berger
        if pronoun:
            # The sentence before the quotation, in this paragraph or at the end of the one before.
            brought_in = self._brought_in(narration_before) if narration_before or self.opens_on_quote else None
            gender = PRONOUNS.get(pronoun.lower())
            if (
                brought_in
                and gender
                and self.memory.gender_of(brought_in) in (None, gender)
                and can_stand_for(pronoun, brought_in)
            ):
                # "Une position que ne partage pas Gabriel Attal." then "« … », a-t-il estimé.": the person the
                # paragraph before ended on, not the subject before it.
                return self.memory.remember(brought_in)
            speaker = self.memory.resolve_pronoun(pronoun)
            return self.memory.remember(speaker) if speaker else None
        return None

    def _note_reported_speech(self, text: str) -> None:
        """ "X a déclaré que …" makes X the speaker that a later "il" or "ce diplomate" refers to."""
        for sentence in sentences.split(text):
            pronoun, phrase = attribution.subject_before_verb(sentence)
            if phrase and not pronoun:
                self.memory.resolve(phrase)
            # "…, c'est la réponse à la demande de cap, plaide l'entourage du Premier ministre.": reported speech
            # whose speaker comes last.
            # "…, a annoncé le Premier ministre, Alexander De Croo, au sortir du comité": the same, before the
            # complements that close the sentence.
            parts = sentence.rstrip(" .").split(", ")
            verb_at = next((i for i in range(1, len(parts)) if attribution.verb_first(parts[i])), None)
            # "La présidente de la FAE, Mélanie Hubert, a dénoncé l'attitude de Québec": a name in apposition right
            # before the verb is its subject, and what follows the verb its object.
            apposed = verb_at is not None and names_in(parts[verb_at - 1].strip()) == [parts[verb_at - 1].strip()]
            if verb_at is not None and not apposed and len(parts[verb_at].split()) <= 12:
                learned = _learned_from(parts[verb_at])
                if learned:
                    self.memory.resolve(learned)  # "…, a-t-on appris auprès de la préfecture du Gard."
                    continue
                pronoun, phrase = attribution.subject_after_verb(", ".join(parts[verb_at:]))
                if phrase and not pronoun:
                    self.memory.resolve(phrase)


# -- deciding what is a direct quote ----------------------------------------------------------------------------


def is_direct_quote(paragraph: str, span: tuple[int, int, bool]) -> bool:
    start, end, closed = span
    inner = paragraph[start + 1 : end - 1] if closed else paragraph[start + 1 :]
    words = len(inner.split())
    before = paragraph[:start].rstrip()
    after = paragraph[end:].lstrip(" ,")
    opens_sentence = not before or before.endswith((".", "!", "?", ":", "…", "»", '"', "”"))
    closes_sentence = (
        not after
        or after.startswith((".", "!", "?", "…", "«", '"', "“"))
        or inner.rstrip().endswith((".", "!", "?", "…"))
    )
    attributed = (
        bool(attribution.verb_first(after))
        or bool(DASH_CREDIT.match(after))
        or after.startswith(":")
        and _taken_up_after_colon(after[1:].lstrip())
    )
    last_sentence = sentences.split(before[-200:])[-1] if before else ""
    introduced = (
        attribution.introduces(last_sentence)
        or before.endswith(":")
        or (before.endswith(",") and attribution.source_subject(last_sentence) is not None)
    )
    if opens_sentence and WORK_CARD.match(after):
        return False  # a book's card: "« Atlas des glaciers de France », Claire Moutier, éditions Glénat, 240 pages"
    if words >= 2 and attributed:
        return True
    if words >= 3 and opens_sentence and closes_sentence:
        return True  # a statement standing as a sentence of its own
    if words == 2 and opens_sentence and inner.rstrip().endswith((".", "!", "?", "…")) and after[:1] in ("", "«"):
        return True  # "« C'est épuisant. »": short, but a sentence of its own with its full stop inside
    if words >= 6 and introduced:
        return True
    # Inside the narrator's sentence, a few words are a scare quote or a title; a whole phrase is someone's words,
    # unless it names a work ("le film « … »", "le rapport intitulé « … »").
    # "son premier roman, « Les Filles de la Sambre », chez…": the noun before its comma names a work too.
    last_word = before.rsplit(None, 1)[-1].lower().rstrip(",").strip("'’") if before else ""
    return (
        words >= EMBEDDED_QUOTE_WORDS
        and last_word not in TITLE_NOUNS
        and not last_word.endswith(("d'", "l'"))
        and not _title_cased(inner)
    )


def _title_cased(inner: str) -> bool:
    long_words = TITLE_CASE_WORD.findall(inner)
    return len(long_words) >= 3 and all(word[0].isupper() for word in long_words)


def quote_spans(paragraph: str, continued: str | None = None) -> list[tuple[int, int, bool]]:
    """Outermost quotations as (start, end, closed); inner quotes stay inside their outer one. A quotation going on
    from the previous paragraph (`continued`: the mark that closes it) starts at -1, before the first character."""
    spans = []
    stack: list[str] = [continued] if continued else []
    start = -1
    # Straight quotes pair left to right; an odd one out opens a quotation that goes on in the next paragraph.
    for index, char in enumerate(paragraph):
        if stack and char == stack[-1]:
            stack.pop()
            if not stack:
                spans.append((start, index + 1, True))
        elif char in ("«", "“", '"'):
            if not stack:
                start = index
            stack.append(CLOSERS[char])
        elif char in ("»", "”") and char in stack:
            while stack and stack.pop() != char:
                pass
            if not stack:
                spans.append((start, index + 1, True))
    if stack:
        spans.append((start, len(paragraph), False))
    return spans


# -- building pieces ----------------------------------------------------------------------------------------


def _quote_pieces(quoted: str) -> list[Piece]:
    inner = quoted.strip()
    if inner[:1] in CLOSERS:
        inner = inner[1:]
    if inner[-1:] in CLOSERS.values():
        inner = inner[:-1]
    inner = inner.strip()
    pieces = []
    cursor = 0
    for match in INCISE.finditer(inner):
        clause = match.group(1).strip()
        if match.start() < cursor or not (attribution.verb_first(clause) and len(clause.split()) <= 12):
            continue
        subject = _subject_after(clause)
        end = INCISE_CLOSE.match(inner, match.end())
        assert end is not None  # the lookahead saw it
        apposition = INCISE_APPOSITION.match(inner, match.end())
        named = bool(names_in(subject[1] or ""))
        if end.group(0).startswith(",") and apposition and named and _describes(apposition.group(1)):
            clause, end = f"{clause}, {apposition.group(1).strip()}", apposition
        elif end.group(0).startswith(",") and apposition and subject[1] and _full_name(apposition.group(1).strip()):
            # "…, a déclaré le préfet des Alpes-Maritimes, Laurent Viguier, lors d'un point presse. Je demande…":
            # the described speaker's name, and what closes the sentence after it.
            clause, end = f"{clause}, {apposition.group(1).strip()}", apposition
            closing_complement = CLOSING_COMPLEMENT.match(inner, end.end()) if end.group(0).startswith(",") else None
            if closing_complement:
                clause, end = f"{clause}, {closing_complement.group(1).strip()}", closing_complement
            subject = _subject_after(clause)
        pieces.append(Piece(SegmentKind.QUOTE, inner[cursor : match.start()].strip() + ","))
        closing = "." if end.group(0).rstrip().endswith(".") else ""
        pieces.append(Piece(SegmentKind.ATTRIBUTION, clause + closing, subject=subject))
        cursor = end.end()
    pieces.append(Piece(SegmentKind.QUOTE, inner[cursor:].strip()))
    return pieces


def _spelled_out(credit: Piece, speaker: str) -> bool:
    """Whether the credit names its speaker itself ("a dit Marion Vasseur"), not by a pronoun or an epithet."""
    return speaker.split()[-1].lower() in credit.text.lower()


def _attribution_after(paragraph: str, cursor: int, spans) -> tuple[str | None, int]:
    rest = paragraph[cursor:]
    stripped = rest.lstrip(" ,")
    if DASH_CREDIT.match(stripped):
        return stripped.strip(), len(paragraph)  # « … » — Jean Dupont, maire de Laval
    credit = PAREN_CREDIT.match(stripped)
    quoted = next((paragraph[start:end] for start, end, _ in spans if end == cursor), "")
    if credit and _full_name(credit["who"]) and _speech_like(quoted):
        # « … » (Arnaud Rousseau, FNSEA): the name in brackets right after the quotation, not "(p. 45)" or "(AFP)".
        return stripped[: credit.end("credit")].strip(), cursor + len(rest) - len(stripped) + credit.end("credit")
    colon = stripped.startswith(":") and _taken_up_after_colon(stripped[1:].lstrip())
    if colon:
        stripped = stripped[1:].lstrip()  # "« … » : voilà ce qu'a annoncé X", "« … » : c'est en ces termes que X a…"
    match = attribution.verb_first(stripped)
    credits = READ_IN.match(stripped) or IN_THESE_TERMS.match(stripped) or colon and BACK_CREDIT.match(stripped)
    if not credits and (not match or match["source"] and not _names_a_source(stripped[match.end() :])):
        return None, cursor  # "… selon nos informations" credits no one
    offset = cursor + len(rest) - len(stripped)
    next_quote = min((s for s, _, _ in spans if s >= offset), default=len(paragraph))
    end = sentences.first_break(paragraph, offset, next_quote)
    stop = end.start() if end else next_quote
    return paragraph[offset:stop].strip(), stop


NOT_SOURCES = compiled(
    r"^\s*(?:nos|mes|ses|leurs|les|des|plusieurs|certaines?)\s+(?:informations|sources|calculs|estimations|chiffres|données)\b",
    re.IGNORECASE,
)


def _names_a_source(rest: str) -> bool:
    return not NOT_SOURCES.match(rest)


def _describes(text: str) -> bool:
    """ "chef économiste chez Lombard Odier", "le porte-parole du parti": what someone is, not more quotation."""
    words = text.split()
    if not words or not words[0][:1].islower():
        return False
    # "coprésident du comité", "vice-présidente", "ex-ministre": a person noun with its prefix.
    head = re.sub(r"^(?:co-?|vice-|ex-)(?=[a-zé])", "", words[0])
    return person_head([head, *words[1:4]]) or person_head(words[:4])


def _speech_like(quoted: str) -> bool:
    """Words someone said, not a title ("« L'Encyclopédie de la Web Culture » (Robert Laffont)" names a publisher)."""
    words = [word for word in quoted.strip('«»“”" ').split() if any(ch.isalpha() for ch in word)]
    return len(words) >= 6 and sum(word[:1].isupper() for word in words) * 2 < len(words)


def _full_name(text: str) -> bool:
    return " " in text.strip() and names_in(text.strip()) == [text.strip()]


def _said_in_these_terms(text: str) -> str | None:
    """ "c'est en ces termes que la ministre a présenté la réforme" → "la ministre"."""
    terms = IN_THESE_TERMS.match(text)
    return (attribution.noun_phrase(text[terms.end() :]) or None) if terms else None


def _subject_of_what_is_said(text: str) -> tuple[str | None, str | None] | None:
    """ "Ce que confirme X", "voilà ce qu'a annoncé jeudi X": the subject after the verb; None for another shape."""
    what = WHAT_IS_SAID.match(text)
    rest = text[what.end() :] if what else ""
    return attribution.subject_after_verb(rest) if what and attribution.verb_first(rest) else None


def _taken_up_after_colon(text: str) -> bool:
    said = _subject_of_what_is_said(text) is not None
    return bool(IN_THESE_TERMS.match(text) or said or BACK_CREDIT.match(text))


SHORT_TITLE = compiled(r"«\s?([^«»\s]+(?:\s[^«»\s]+){0,3})\s?»")


def _subject_after(clause: str) -> tuple[str | None, str | None]:
    if IN_THESE_TERMS.match(clause):
        return None, _said_in_these_terms(clause)
    taken_up = BACK_CREDIT.match(clause) if not attribution.verb_first(clause) else None
    if taken_up:
        return None, taken_up["who"].strip()  # "« … » : le message de Marine Le Pen est clair."
    credit = PAREN_CREDIT.match(clause)
    if credit:
        return None, credit["who"].strip()
    if DASH_CREDIT.match(clause):
        return None, clause.lstrip("—–― ").split(",")[0]
    read_in = READ_IN.match(clause.strip())
    if read_in:
        return None, attribution.noun_phrase(read_in.group(1))  # "lit-on dans De Morgen"
    learned = _learned_from(clause)
    if learned:
        return None, learned
    # "a expliqué aux « Echos » un dirigeant d'EDF": the paper's name is a complement, read without its guillemets.
    pronoun, phrase = attribution.subject_after_verb(SHORT_TITLE.sub(r"\1", clause))
    if pronoun == "on" and not phrase:
        source = attribution.source_subject(clause)
        if source:
            return None, source  # "a-t-on expliqué du côté de Brussels Airport"
        where = ON_AT.search(clause)
        if where:
            # "déplore-t-on au cabinet du ministre": the body where "on" speaks.
            return None, attribution.noun_phrase(attribution.with_article(where.group(1), where.group(2)))
    return pronoun, phrase


def _learned_from(clause: str) -> str | None:
    """ "a-t-on appris auprès de la préfecture du Gard" → la préfecture du Gard; "de source policière" → a source of
    the police."""
    learned = LEARNED_FROM.match(clause.strip())
    if learned is None:
        return None
    who = learned["who"] if learned["prep"] else f"une source {learned['who']}"
    return attribution.noun_phrase(attribution.with_article(learned["prep"] or "", who))


def _narration(text: str, before_quote: bool) -> list[Piece]:
    text = text.strip()
    if not text or (text.startswith((".", ",", ";")) and len(text) <= 2):
        return []
    text = text.lstrip(".,; ") if text[:1] in ".,;" else text
    if before_quote:
        said = sentences.split(text)
        intro = said[-1].strip()
        subject = _intro_subject(intro)
        if subject is not None:
            narration = text[: len(text) - len(said[-1])].strip()
            pieces = [Piece(SegmentKind.PARAGRAPH, narration)] if narration else []
            return pieces + [Piece(SegmentKind.ATTRIBUTION, intro, subject=subject)]
    return [Piece(SegmentKind.PARAGRAPH, text)]


def _intro_subject(intro: str) -> tuple[str | None, str | None] | None:
    """The subject of a clause that introduces the quote right after it ("Le ministre a déclaré :", "Selon X,"),
    None when the sentence is the narrator's own (long, or no speech verb at its end)."""
    if len(intro.split()) > MAX_INTRO_WORDS:
        return None
    reaction = REACTION_AT.match(intro.strip())
    if reaction:
        # "Même son de cloche chez Ecolo :"; "Réaction du capitaine des Diables, Jan Vertonghen :" names him;
        # "Réponse du ministre :" is the minister's.
        article = attribution.ARTICLE_AFTER.get(reaction["of"].lower(), "") if reaction["of"] else ""
        return None, article + reaction.group(2)
    source = attribution.source_subject(intro)
    if source and intro.rstrip().endswith(","):
        return None, source
    view = VIEW_OF.match(intro.strip())
    if view and any(not governed(view.group(1), view.group(1).find(name)) for name in names_in(view.group(1))):
        return None, attribution.noun_phrase(view.group(1))  # "Pour le ministre des Finances, Steven Vanackere,"
    if not (
        attribution.introduces(intro) or intro.rstrip().endswith(":") and attribution.verb_anywhere(intro) is not None
    ):
        return None
    as_said = AS_SAID_INTRO.search(intro)
    # "…, comme a dit lunar :", not "Un pompier, entendu comme témoin, a décrit": the verb is in the "comme" clause;
    # "Comme l'a rappelé le président du Sénat, Gérard Larcher," opens on it.
    if as_said and (as_said.start() == 0 or "," not in intro[as_said.start() :].rstrip(" ,:")):
        said = attribution.subject_after_verb(intro[as_said.start() :])  # "…, comme a dit lunar :"
        said = said if said != (None, None) else attribution.subject_before_verb(intro[as_said.start() :])
        if said != (None, None):
            return said  # not "Elle a ajouté comme commentaire :", where "comme" says how she said it
    what_is_said = _subject_of_what_is_said(intro.strip())  # "Ce que confirme X :"
    if what_is_said is not None:
        return what_is_said
    pronoun, phrase = attribution.subject_before_verb(intro)
    if pronoun == "on" and source:
        return None, source  # "Du côté du Standard de Liège, on estime « … »"
    if pronoun == "on" and (home := _home_of_on(intro)):
        return None, home  # "Chez Renault, on estime que « … »"
    return (pronoun, phrase) if pronoun or phrase else (None, None)


SOURCE_LINE_WORDS = 10
# "… de l'UNESCO.", "… de la Commission", "… du FMI": the body a source line ends on.
SOURCE_OF = compiled(
    r"\s(?:de\s+(?P<article>la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)"
    r"(?P<body>(?-i:[A-ZÉ])[\w'’-]*(?:\s+(?-i:[A-ZÉ])[\w'’-]*){0,3})\.?$"
)


def _source_line(paragraph: str) -> str | None:
    """A short line without a verb of speech under a quotation standing alone, ending on the body it comes from
    ("Référentiel de compétences TIC de l'UNESCO."): that body, with its article."""
    text = paragraph.strip()
    if len(text.split()) > SOURCE_LINE_WORDS or text.endswith(("?", "!", ":")) or attribution.verb_anywhere(text):
        return None
    found = SOURCE_OF.search(text)
    if not found or not text[:1].isupper():
        return None
    preposition = found.group(0).split()[0].lower()
    return (found["article"] or {"du": "le ", "des": "les "}.get(preposition, "")) + found["body"]


def _home_of_on(clause: str) -> str | None:
    """The group an impersonal "on" speaks for: "Chez Renault, on…" → Renault, "Au ministère du Travail, on…" →
    le ministère du Travail."""
    home = ON_AMONG.match(clause.strip())
    if home is None:
        return None
    at = home["at"].lower().removeprefix("du côté ").removeprefix("au sein ")  # "du côté du gouvernement"
    article = attribution.ARTICLE_AFTER.get(at, "") if at in ("au", "aux", "à la", "à l'", "du", "des") else ""
    return attribution.noun_phrase(article + home["group"])


# "À l'aéroport de Liège, la situation est normale." then "« … », a-t-on expliqué": the body the sentence was at.
BODY_OPENING = compiled(r"^(?P<at>chez|dans|au|aux|[àa] la|[àa] l['’])\s*(?P<group>[^,]{2,60}),", re.IGNORECASE)


def _body_opening(sentence: str) -> str | None:
    opening = BODY_OPENING.match(sentence.strip())
    if opening is None:
        return None
    at = re.sub(r"^a ", "à ", opening["at"].lower().replace("’", "'"))
    phrase = attribution.noun_phrase(attribution.with_article(at, opening["group"]))
    words = phrase.split()
    if not words:
        return None
    # The noun after the article: "le ministère", "l'aéroport"; or a name ("Chez Renault").
    head = words[1] if len(words) > 1 and words[0].lower() in ("le", "la", "les") else re.split(r"['’]", words[0])[-1]
    return phrase if head.lower() in SPEAKING_BODIES or head[:1].isupper() else None


CREDITED = (SegmentKind.QUOTE, SegmentKind.ATTRIBUTION)


def _new_sentence(narration: str) -> bool:
    """Narration that ends a sentence or starts one (the full stop after « … » stays with the quotation)."""
    return bool(SENTENCE_END.search(narration)) or narration.lstrip(" .,;")[:1].isupper()


def _person_opens(text: str) -> bool:
    """ "» Danielle Morvan, 67 ans, raconte encore…": the sentence after a closing mark opens on someone's full name."""
    text = text.lstrip(" .,")
    found = names_in(text[:80])
    return bool(found) and " " in found[0] and text.startswith(found[0]) and opens_with_given_name(found[0])


def _closing_sentence(pieces: list[Piece]) -> str | None:
    if not pieces or pieces[-1].kind is not SegmentKind.PARAGRAPH:
        return None
    sentence = sentences.split(pieces[-1].text)[-1].strip()
    return sentence if sentence.endswith((".", "!", "?", "…")) else None


def _narration_before_credited_quote(pieces: list[Piece], index: int) -> str | None:
    """The finished sentence of narration right before the quotation that the credit at `index` follows ("Une ligne
    que ne partage pas Olivier Faure. « … », a-t-il réagi.")."""
    kinds = [piece.kind for piece in pieces[max(0, index - 2) : index]]
    if kinds != [SegmentKind.PARAGRAPH, SegmentKind.QUOTE]:
        return None
    last = sentences.split(pieces[index - 2].text.strip())[-1].strip()
    return last if _new_sentence(last) and last.endswith((".", "!", "?", "…")) else None


def _credit_after(pieces: list[Piece], index: int) -> str | None:
    # The clause right after a quote names its speaker; failing that, the one that introduced it, failing that
    # the previous quote of the paragraph ("« … », a dit X. « … »": _credit_before). A clause that introduces the
    # quote right before it outweighs a credit after a further quote ("Pour le ministre, X, « … ». « … », réagit Y.").
    introduced = index > 0 and pieces[index - 1].kind is SegmentKind.ATTRIBUTION and pieces[index - 1].speaker
    # Words quoted inside the narration's sentence ("…alors que « le marché est vulnérable »").
    embedded = (
        index > 0
        and pieces[index - 1].kind is SegmentKind.PARAGRAPH
        and not pieces[index - 1].text.rstrip().endswith((".", "!", "?", "…", ":"))
    )
    for step in range(index + 1, len(pieces)):
        credit = pieces[step].text.strip()
        # "La fédération regrette « une solution de facilité ». « … », a commenté X.", "Selon X, le gouvernement « … ».
        # Y, lui, a fustigé « … »": a sentence ended, and the next one is someone else's.
        next_sentence = pieces[step].text[:1].isupper() and (
            pieces[step].kind is SegmentKind.QUOTE
            or pieces[step].kind is SegmentKind.ATTRIBUTION
            and step + 1 < len(pieces)
            and pieces[step + 1].kind is SegmentKind.QUOTE
        )
        if embedded and step == index + 1 and next_sentence:
            break
        # "« … » Et ajoute : « … »": a clause that introduces the next quotation, not a credit of this one; unless
        # the sentence goes on into it ("« … », selon le site du district, dans la province du Sichuan :").
        if pieces[step].kind is SegmentKind.ATTRIBUTION and credit.endswith(":"):
            if step > index + 1 or not credit[:1].islower():
                break
        if introduced and pieces[step].kind is SegmentKind.ATTRIBUTION and pieces[step].text.lstrip()[:1].isupper():
            break  # "Selon X, « … ». La ministre a salué « … »": a new sentence credits its own quotation
        if pieces[step].kind is SegmentKind.ATTRIBUTION:
            return pieces[step].speaker  # a credit that names no one known still says it is not the last speaker
        # "L'IEP a une « place singulière », jouit d'une « forte autonomie » et a « grandi… », admet le rapport.":
        # narration inside the same sentence does not stop the credit at its end.
        if pieces[step].kind is SegmentKind.PARAGRAPH and _new_sentence(pieces[step].text):
            break
        if introduced and pieces[step].kind in (SegmentKind.QUOTE, SegmentKind.PARAGRAPH):
            break
    return None


def _credit_before(pieces: list[Piece], index: int) -> str | None:
    for step in range(index - 1, -1, -1):
        if pieces[step].kind in (SegmentKind.ATTRIBUTION, SegmentKind.QUOTE) and pieces[step].speaker:
            return pieces[step].speaker
    return None
