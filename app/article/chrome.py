"""Tells page chrome (navigation, prompts, credits, bylines, datelines, forms) from article text, line by line."""

from __future__ import annotations

import re

from app.article import chrome_phrases as phrases
from app.article.header import LIVE_SIGNED_BY, SIGNED_INITIALS, published_in
from app.article.name_words import opens_with_given_name
from app.article.names import NAME_RUN, names_in
from app.regexes import compiled, longest_first

EDGE_PUNCTUATION = " \t•·|›>»«-–—:.!?…*#→►▶▸➜➔⇒▪■◆●"
SENTENCE_END = (".", "!", "?", "…", "»", '"', "”", ")")
SPACES = compiled(r"\s+")


DOMAIN = compiled(r"\.(?:fr|be|ch|com|ca|net|org|info)\b", re.IGNORECASE)


def bare_site(name: str) -> str:
    """A site's name as a byline may give it: "Le Monde.fr avec AFP", "lemonde.fr" and "Monde" are one site."""
    name = re.sub(r"\s+avec\s+.*$", "", name, flags=re.IGNORECASE)
    return re.sub(r"^(?:le|la|les|l')\s*", "", DOMAIN.sub("", normalized(name)).strip())


def normalized(line: str) -> str:
    """Lowercase, collapsed spaces, no bullets or end punctuation, a lone "+" spelled "plus" ("Les + lus", "En
    savoir +"): the form the phrase tables use."""
    text = line.strip(EDGE_PUNCTUATION)
    if text[:1] >= "\u2190":  # a pictogram first: rare, so the pattern is not run on every line
        text = LEADING_EMOJI.sub("", text)
    text = SPACES.sub(" ", text.lower().replace("’", "'"))
    text = text.strip(EDGE_PUNCTUATION)
    return LONE_PLUS.sub("plus", text) if "+" in text else text


LONE_PLUS = compiled(r"(?<= )\+(?= |$)")
# "👉 Lire aussi", "➡️ À lire aussi": a pictogram pointing at a link, and its variation selector.
LEADING_EMOJI = compiled(r"^[\U0001F000-\U0001FAFF\u2190-\u21FF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d\s]+")


CLOSERS = ("»", '"', "”", ")")
EMOTICON_END = compiled(r"\s+(?:\^[._]?\^|[:;]-?[)(DPp]|xD|<3)+\s*$")


def ends_like_sentence(line: str) -> bool:
    """A full stop ends a sentence; a closing guillemet or bracket only after one: a headline may end on a quoted
    phrase (« Désaccord total »)."""
    line = line.rstrip()
    if EMOTICON_END.search(line):
        return True  # "…et j'en suis très heureuse ^.^": the smiley ends the sentence
    if not line.endswith(CLOSERS):
        return line.endswith(SENTENCE_END)
    inner = line.rstrip("".join(CLOSERS) + " ")
    return inner.endswith((".", "!", "?", "…"))


def is_end_marker(line: str) -> bool:
    text = _accented(normalized(line))
    return text in phrases.END_MARKERS or text in phrases.WEAK_END_MARKERS or is_strong_end_marker(line)


def _accented(text: str) -> str:
    """ "A lire aussi": capitals often lose the accent of "À"."""
    return "à " + text[2:] if text.startswith("a ") else text


def is_paywall(line: str) -> bool:
    """ "Il vous reste 72 % de cet article à lire.": the article stops here for whoever reads the page."""
    return bool(PAYWALL.match(normalized(line)))


def is_strong_end_marker(line: str) -> bool:
    """Comments, forms and footers: nothing after them is the article, however long."""
    text = normalized(line)
    return (
        text in phrases.STRONG_END_MARKERS
        or bool(PAYWALL.match(text))
        or bool(COMMENT_COUNT.match(text))
        or bool(POST_FILED.match(text))
        or bool(SHOPPING_DISCLOSURE_LINE.match(text))
        or bool(COMMENT_FORM.search(text))
        or bool(COMMENT_SIGNATURE.match(text))
    )


def is_chrome(line: str) -> bool:
    return chrome_reason(line) is not None


def chrome_reason(line: str) -> str | None:
    """Why a line is page chrome ("interface", "byline", "date"…), None for article text."""
    text = normalized(line)
    if not text or not any(ch.isalnum() for ch in text):
        return "punctuation"
    if text in phrases.EXACT or all(part in phrases.EXACT for part in INTERFACE_SEPARATOR.split(text)):
        return "interface"  # also "Créer un compte - S'identifier", "Imprimer | Envoyer"
    if text in phrases.MEDIA_GROUPS:
        return "publisher"
    quoted = line.lstrip().startswith(QUOTE_OPENERS)
    if text.startswith(phrases.ANY_PREFIXES) and not quoted and not _narration_opening_like_a_notice(text, line):
        if text.startswith(phrases.BYLINE_PREFIXES):
            return "byline"  # "Article rédigé par Jean Dupont - France Télévisions"
        return "date" if text.startswith(phrases.DATE_PREFIXES) else "interface"
    words = len(text.split())
    sentence = ends_like_sentence(line)
    if RELATED_RUN.match(text) and not sentence:
        return "link"
    if words <= 25 and READ_LINK.match(text):
        return "interface"  # "Lire l'entretien : Fleur Pellerin : « … »", "Voir aussi : …"
    if AGO.match(text):
        return "date"
    if words <= 15 and not sentence and text.startswith(phrases.SHORT_PREFIXES):
        if text.startswith(phrases.BYLINE_PREFIXES):
            return "byline"
        return "date" if text.startswith(phrases.DATE_PREFIXES) else "interface"
    if words <= 4 and not sentence and text.startswith(phrases.UI_VERBS):
        return "interface"
    if words <= 16 and AUDIO_PLAYER.match(text):
        return "interface"  # "Écouter la revue de presse (4 min)": a player's button and its length
    if words <= GRAPHIC_HELP_WORDS and GRAPHIC_HELP.search(text):
        return "interface"  # "Survolez les pays pour obtenir plus d'informations.": an interactive chart's own words
    if words <= 10 and DOWNLOAD.match(text):
        return "download"  # "Téléchargez pdf (1,4 MB)"
    if words <= 10 and PARTNERS.match(text):
        return "interface"  # "Voir les partenaires de The Conversation France"
    if words <= 30 and POLL_CREDIT.search(text):
        return "poll"  # "Quel nom aurait-il fallu donner à la nouvelle Dexia ? depuis sondage internet"
    if words <= 15 and HERE_LINK.match(text):
        return "link"  # "Voir ici les classements complets de la TDS"
    if words <= OWN_COVERAGE_WORDS and not sentence and OWN_COVERAGE.match(text):
        return "link"
    if words <= 10 and MEDIA_PROMPT.match(text):
        return "interface"  # "Regardez la boulette de Xavier Bongibault.": a link to a video
    if words <= 15 and RELATED_MARK.match(line.strip()):
        return "link"  # "+ Chelsea: enquête de la police sur Hazard"
    if words <= 6 and HASHTAG_LINE.match(line.strip()):
        return "hashtag"  # "#FRAITA 63è 3-1"
    if BYLINE_INITIALS.match(line.strip()) or SIGNED_INITIALS.match(line.strip()):
        return "byline"  # "Par E.P.", "B.DAR."
    if words <= 40 and (_credited(text, words) or CREDIT_END.search(text)):
        return "credit"
    if words <= 8 and not sentence and PHOTO_CREDIT_LINE.match(line.strip()):
        return "credit"  # "Photo Presqu'île Info / Margaux Delorme", under its caption
    if words <= 6 and SOURCE_LINE.match(text):
        return "credit"  # "Source : Bonjour !", the magazine the story was taken from
    if (
        words <= CAPTION_WORDS
        and CAPTION_CREDIT.search(line.strip())
        or (words <= PHOTOGRAPHER_CAPTION_WORDS and _credited_to_a_photographer(line.strip()))
    ):
        return "caption"  # "… baptisé le « massacre de la forêt de Shakahola ». YASUYOSHI CHIBA / AFP"
    if words <= 6 and GENRE_LABEL.match(text):
        return "label"  # "Entretien avec Jacques Testart", "Analyse", "Tribune": the genre, not the headline
    if words <= 16 and BREADCRUMB.search(text):
        return "navigation"  # "La Libre.be > Actu > Politique belge"
    # "Julie Landry Publié le 12 mai 2024 à 17 h 02": a signature with its time stamp, and its update's
    # ("Thomas Coëffé / Publié le 4 mars 2016 à 10h30, mis à jour le 21 novembre 2016 à 09h46").
    # Not in a sentence: "Le décret, publié le 3 mars au Journal officiel, entre en vigueur demain."
    if STAMP.search(text) and (words <= 16 or words <= 28 and published_in(text)) and not _narrates(line):
        return "byline"
    if words <= 12 and (URL.search(text) or words <= 8 and SITE_NAME.search(text) and not _narrates(line)):
        return "link"
    if SHARE_BAR.fullmatch(text.replace(" ", "")) or text in phrases.SHARE_TARGETS:
        return "share bar"  # "Facebook Twitter Flipboard Linkedin Whatsapp"
    if GALLERY_COUNTER.match(text) or words <= CAPTION_WORDS and _slide_caption(text):
        return "gallery"
    if is_dateline(text) or _meta_line(text):
        return "date"
    if is_counter(text) or words <= FORM_WORDS and FORM_LINE.search(text) or FORM_LABEL.search(line):
        return "interface"
    if is_byline(line):
        return "byline"
    if words <= 8 and REPORTED_FROM.match(text):
        return "date"  # (a name before the place makes it a byline, above)
    if words <= READER_NOTICE_WORDS and not quoted and is_reader_notice(text):
        return "notice to the reader"
    if words <= SUPPORT_APPEAL_WORDS and not quoted and SUPPORT_APPEAL.search(text) and SUBSCRIPTION.search(text):
        return "notice to the reader"  # "… votre soutien est précieux. En vous abonnant … un don défiscalisé."
    if words <= SUPPORT_APPEAL_WORDS and not quoted and _own_funding(text):
        return "notice to the reader"  # "X est un média indépendant, sans publicité. … vous pouvez nous soutenir"
    if words <= CONSENT_WORDS and not quoted and CONSENT.search(text):
        return "cookie notice"
    if words <= CITATION_WORDS and CITATION.search(text):
        return "citation"  # "Pour citer cet article : …, La Vie des idées, 19 mars 2013. ISSN : 2105-3030."
    if words <= READER_NOTICE_WORDS and DISCLOSURE.search(text):
        return "disclosure"
    if words <= LEGAL_NOTICE_WORDS and not quoted and LEGAL_NOTICE.search(text):
        return "legal notice"
    return None


# A clause of narration after the opening words: "Publié le 3 mars, le rapport…", "Pour commenter la décision, le
# maire a…"; not "Publié le 4 mars à 10h30, modifié le…", "En cliquant sur « Accepter », vous consentez…".
CLAUSE_AFTER = compiled(r"[,:]\s+(?:(?:le|la|les|un|une|des|ce|cet|cette|ces|il|elle|ils|elles|son|sa|ses)\s|l'|c'est)")
# What a page's own notices speak of, whatever their grammar.
INTERFACE_WORDS = compiled(r"abonn|newsletter|infolettre|cookie|connect|inscri|navigat|gratuit|s'identifier")
SENTENCE_WORDS = 10


def _narration_opening_like_a_notice(text: str, line: str) -> bool:
    """An article's sentence that opens with words a page's notices open with too ("Publié le", "Pour commenter",
    "En cliquant sur"): long, a full sentence, a clause of narration after its opening words, and not about the
    site (subscriptions, cookies, logins)."""
    return (
        text.startswith(phrases.PROSE_PRONE_PREFIXES)
        and len(text.split()) >= SENTENCE_WORDS
        and ends_like_sentence(line)
        and CLAUSE_AFTER.search(text) is not None
        and not INTERFACE_WORDS.search(text)
    )


FORM_WORDS = 6
"""A form's field is a label ("Votre courriel", "Pseudo"); a sentence may open with the same word."""
CREDIT_WORDS = 12
CREDIT_EDGE_CHARS = 30


PHOTOGRAPHER_CAPTION_WORDS = 30  # a caption; a paragraph with its author's signature glued on runs longer
PHOTOGRAPHER_AFTER = compiled(r"\.\s+([A-ZÉ][a-zéèëï]+(?:-[A-ZÉ][a-zéèëï]+)?\s[A-ZÉ][\w'’-]+)$")


def _credited_to_a_photographer(line: str) -> bool:
    """ "Le quartier de la gare de Lausanne, où les travaux doivent se poursuivre. Chantal Dervey": a caption and
    its photographer's name, a given name the lists know, with nothing else after the full stop."""
    if ". " not in line or not line[-1:].isalpha():
        return False
    credit = PHOTOGRAPHER_AFTER.search(line)
    return credit is not None and opens_with_given_name(credit.group(1))


def _narrates(line: str) -> bool:
    """A sentence of the article: a clause that ends with a full stop and has lower-case words besides the names
    and stamps of a signature ("Le rapport a été publié hier par l'Insee.")."""
    lower_words = sum(word[:1].islower() for word in line.split())
    return ends_like_sentence(line) and lower_words >= 4


WIRE_DATELINE = compiled(
    r"^[^\W\d][\w' .-]{1,40}\((?:afp|reuters|ap|belga|ats|pc|la presse canadienne)\)\s*[-–—:,]\s*\w"
)


def _credited(text: str, words: int) -> bool:
    """A photo's credit ("© AFP", "Photo : Belga", "(Capture d'écran)"): a short line, or a marker opening a caption
    or near its end; a sentence that speaks of an archive photo or a screenshot is the article's, and so is a wire's
    lede under its dateline ("PARIS (AFP) – Trains, métros et RER tournaient…")."""
    if WIRE_DATELINE.match(text):
        return False
    for marker in phrases.CREDIT_MARKERS:
        at = text.find(marker)
        if at >= 0 and (
            marker in phrases.CREDIT_SIGNS
            or words <= CREDIT_WORDS
            or at == 0
            or at >= len(text) - len(marker) - CREDIT_EDGE_CHARS
        ):
            return True
    return False


# The site's copyright and terms ("Ce site est protégé par le droit d'auteur, tous droits réservés. Toute
# reproduction … est interdite"): a paragraph in the footer, as long as a short article's.
LEGAL_NOTICE = compiled(
    r"tous droits réservés|toute (?:reproduction|représentation|rediffusion)\b[^.]{0,120}"
    r"\b(?:interdite|autorisation|préalable|quelque (?:moyen|forme))"
)
LEGAL_NOTICE_WORDS = 90


# A paywall: the article stops here for whoever reads the page ("Il vous reste 57 % de cet article à lire").
PAYWALL = compiled(
    r"^(?:il vous reste \d+(?:[.,]\d+)? ?% de cet article|la suite est réservée (?:aux|à nos) abonnés"
    r"|(?:la suite de )?cet article est réservé (?:aux|à nos) abonnés"
    # The account's one-screen notice, in the copy of every page of Le Monde: "Lecture du Monde en cours sur un
    # autre appareil.", then "Pourquoi voir ce message ?" and its answers.
    r"|lecture d(?:u|e la|e l'|es) [^.]{1,40} en cours sur un autre appareil"
    r"|vous (?:ne )?pouvez lire [^.]{1,40} (?:que )?sur un seul appareil à la fois"
    r"|ce message s'affichera sur l'autre appareil)"
)
READER_NOTICE_WORDS = 60
QUOTE_OPENERS = ("«", "“", '"')  # someone's words, not the site's
# The site speaking to its reader about itself: an imperative to subscribe, click, write or republish, or the
# reader's account, subscription or password. Articles address their reader too ("Vous avez peut-être déjà…"),
# so both the address and the site's own business must be there.
READER_IMPERATIVE = compiled(
    r"(?:^|[.!?:]\s+|\s[-–—]\s+|\[)(?:abonnez|inscrivez|cliquez|écrivez|reproduisez|profitez|rejoignez|soutenez|connectez|"
    r"identifiez|téléchargez|recevez|retrouvez|découvrez|suivez|testez|écoutez|faites un don|contactez|envoyez|"
    r"partagez|témoignez|n'hésitez pas)\b"
)
SITE_BUSINESS = compiled(
    r"\b(?:abonn\w*|newsletters?|lettre d'information|infolettre|courriel|e-mail|mot de passe|licence|"
    r"compte|appareils?|cliquant|ici|application|nos articles|notre journal|notre service|communauté|don|dons|"
    r"podcasts?|notre rédaction|la rédaction|nos journalistes|l'essentiel de l'actualité|dans votre boîte)\b"
)
READER_ACCOUNT = compiled(
    r"\b(?:votre|vos) (?:abonnement|compte|mot de passe|navigateur|adresse e-mail|inscription)\b"
    r"|\bnotre service (?:commercial|client|abonnés)\b"
    # "Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France sur son site, ses applications…"
    r"|^(?:cet article|ce contenu|ce reportage|cette enquête) vous a (?:été utile|plu|intéressée?)\b"
    # A newsletter's promise ("Recevez chaque soir la synthèse de la séance…"), the site's channels elsewhere
    # ("Pour ne manquer aucune actualité de 01net, suivez-nous sur Google Actualités et WhatsApp.").
    r"|^recevez (?:chaque|tous les|toutes les)\b|\bdirectement dans votre boîte (?:mail|e-mail|aux lettres)\b"
    r"|\bsuivez-nous sur (?:google|whatsapp|facebook|instagram|x|twitter|linkedin|tiktok|youtube|telegram)\b"
    # The newsroom asking for tips: "Vous avez des informations à nous communiquer sur cette histoire?", "Écrivez-nous
    # à l'adresse … ou appelez-nous", "Vous avez une histoire à raconter? Écrivez-nous."
    r"|^vous avez (?:des informations|une information|une info|un scoop|une histoire|un témoignage|une photo) à nous "
    r"(?:communiquer|transmettre|signaler|raconter)\b"
    r"|\bécrivez-nous\b|\bappelez-nous\b"
    r"|\bvous pouvez (?:nous )?suivre [^.]{0,40}\bsur (?:son|notre) site\b"
    # A newsletter's blurb ("chaque matin, une sélection des meilleurs articles du jour"); a site living on its
    # readers' gifts ("une information … financée à 98 % par les dons de nos lecteurs").
    r"|\bune sélection des meilleurs articles\b|\bpar les dons de (?:nos|ses) lect(?:eurs|rices)\b"
    # The site asking for gifts or pointing at more of its pages: "Nous avons besoin de vous pour continuer à
    # enquêter", "Ce sont nos lecteurs qui nous font vivre", "Continuez votre exploration…".
    r"|^nous avons besoin de vous\b|\bnos lect(?:eurs|rices) qui nous font vivre\b|\bcontinuez votre exploration\b"
    # Where the paper files the article: "Ce texte fait partie de notre section Éducation." (Le Devoir)
    r"|^(?:ce texte|cet article|ce reportage) fait partie (?:de notre|de la|du) (?:section|cahier|dossier|série)\b"
)
# A shopping page's, under its text: "Ce contenu a été rédigé par un expert de l'équipe … Shopping. Les prix…".
SHOPPING_DISCLOSURE = r"^ce contenu a été (?:rédigé|réalisé|sélectionné) par\b[^.]{0,80}\.\s+les prix\b"
SHOPPING_DISCLOSURE_LINE = compiled(SHOPPING_DISCLOSURE)
# Contributors' declarations of interests and funding, as sites print them under an expert's article.
DISCLOSURE = compiled(
    r"\bne travaille pas, ne conseille pas\b|\bapporte (?:un financement|des fonds) en tant que\b"
    r"|\bn'a déclaré aucun conflit d'intérêts?\b"
    # The Conversation's funding line: "Camille Bertrand a reçu des financements de l'Agence nationale de la…"
    r"|^(?!(?:la|le|les|un|une|des|ce|cet|cette|ces|notre|son|sa|ses|leur|leurs|l')\b)"
    r"[a-zà-ÿ'-]+(?: [a-zà-ÿ'-]+){1,2} a reçu des financements (?:de|du|des)\b"
    r"|\bn'engagen?t que (?:leurs?|son|ses) auteur"  # "Les opinions exprimées dans cette tribune n'engagent que…"
    # "La couverture … de La Presse Canadienne reçoit le soutien financier de … La Presse Canadienne est seule
    # responsable des choix éditoriaux."
    r"|\best seule? responsable des choix éditoriaux\b"
    r"|" + SHOPPING_DISCLOSURE
)


# The site asking the reader's consent to its cookies, in its banner or in the place of a blocked embed: the words
# of consent platforms ("Avec votre accord, nos partenaires et nous utilisons des cookies…", "Ce contenu est bloqué
# car vous n'avez pas accepté les cookies…") and of the purposes they list. An article about cookies does not speak
# of "your" consent and "our" partners.
CONSENT = compiled(
    r"\b(?:cookies?|traceurs)\b.*\b(?:votre accord|votre consentement|vous n'avez pas accepté|acceptez|"
    r"nos partenaires|vos choix|vos préférences)\b"
    r"|\b(?:votre accord|votre consentement|nos partenaires et nous|vous acceptez|acceptez|vous n'avez pas accepté)\b"
    r".*\b(?:cookies?|traceurs)\b"
    r"|\bvotre vie privée (?:est importante|nous importe|compte)|\bnous respectons votre vie privée"
    r"|\bnous traitons les données suivantes|\bstocker et/ou accéder à des informations sur un appareil"
    r"|\bpublicités et contenus personnalisés, mesure de performance"
)
CONSENT_WORDS = 150
# How a review or a journal tells the reader to cite the article: its reference, with the serial's number.
CITATION = compiled(
    r"^(?:pour citer (?:cet article|ce document|cette page|ce texte)|référence électronique|référence papier)\b"
    r"|\bissn\s*:?\s*\d{4}-?\d{3}[\dx]\b"
)
CITATION_WORDS = 80


# The site asking its readers for support, at the end of an article: their support or a gift, and a subscription.
SUPPORT_APPEAL = compiled(
    r"\b(?:votre soutien|nous soutenir|soutenez-nous|soutenir notre (?:journal|rédaction|travail)|faire un don"
    r"|faites un don|un don(?: défiscalisé)?)\b"
)
SUBSCRIPTION = compiled(r"\babonn\w*")
SUPPORT_APPEAL_WORDS = 150
# How an independent site says what it lives on, in the appeal closing its articles.
OWN_FUNDING = compiled(
    r"\b(?:est un média (?:indépendant|libre|gratuit)|sans mur payant|grâce à (?:ses|nos) donateurs|à but non lucratif"
    r"|ne dépend d'aucun actionnaire)"
)
NO_ADVERTISING = compiled(r"\bsans (?:publicité|pub)\b")


def _own_funding(text: str) -> bool:
    """ "Kréol Actu est un média indépendant, sans publicité. Si vous appréciez notre travail, vous pouvez nous
    soutenir…", "… est gratuit et sans mur payant grâce à ses donateurs. Un don mensuel…", "… ne dépend d'aucun
    actionnaire ni d'aucun annonceur. … abonnez-vous.".
    """
    return bool(OWN_FUNDING.search(text)) and bool(
        SUPPORT_APPEAL.search(text) or NO_ADVERTISING.search(text) or SUBSCRIPTION.search(text)
    )


# "12 février 2025 · 6 min · 1180 mots · Clara Vuillermoz": an article's date, reading time and counts in a row.
META_SEPARATOR = compiled(r"\s*[·•|]\s*")
YEAR = compiled(r"\d{4}")
META_PART = compiled(r"^(?:\d+\s*min|lecture de \d+\s*min|\d[\d  ]*\s*(?:mots|commentaires?|vues|partages))$")


def _meta_line(text: str) -> bool:
    if "·" not in text and "•" not in text and "|" not in text:
        return False
    parts = META_SEPARATOR.split(text)
    return (
        len(parts) >= 3
        and all(len(part.split()) <= 5 for part in parts)
        and any(META_PART.match(part) for part in parts)
        and any(YEAR.search(part) for part in parts)
    )


def is_reader_notice(text: str) -> bool:
    """ "Abonnez-vous en moins d'une minute…", "Votre abonnement n'autorise pas la lecture de cet article"
    (`text` normalized); a short plug may open on when: "Tous les mardis, recevez l'essentiel de l'actualité…"."""
    imperative = READER_IMPERATIVE.search(text) or len(text.split()) <= PLUG_WORDS and TIMED_IMPERATIVE.search(text)
    return bool(READER_ACCOUNT.search(text)) or bool(imperative and SITE_BUSINESS.search(text))


TIMED_IMPERATIVE = compiled(r"^[^.!?,]{3,30},\s+(?:recevez|retrouvez|découvrez|inscrivez|abonnez|suivez|écoutez)\b")
PLUG_WORDS = 15


# What an interactive chart or map says about itself: how to use it, its failure to load, its other view.
GRAPHIC_HELP = compiled(
    # "SurvolezTouchez les pays…": the desktop's word and the phone's, each shown on its own screen.
    r"^(?:survolez|touchez|cliquez|appuyez|faites glisser|passez (?:la souris|le curseur))(?:\s*(?:/|ou)?\s*"
    r"(?:touchez|cliquez|appuyez))?\b.{0,80}\b(?:pour|afin d)"
    r"|\bn'a pas pu (?:être )?charg|\b(?:rafraîchissez|rechargez|actualisez) la page\b"
    r"|^afficher (?:le|la|les) [^.]{1,40} (?:en|sous forme de) (?:tableau|carte|graphique|liste)$"
)
GRAPHIC_HELP_WORDS = 20


DOWNLOAD = compiled(r"^(?:téléchargez|télécharger)\b.*\b(?:pdf|mp3|zip|[kmg]o|[kmg]b)\b")
PARTNERS = compiled(r"^(?:voir|découvrir|découvrez) (?:les|nos) partenaires\b")
POLL_CREDIT = compiled(r"\bdepuis (?:cr[ée]er )?sondage(?: internet)?$")  # a poll widget's question
# A headline may open with its medium, like a link to a video does: "VIDÉO - Retraites : Élisabeth Borne défend…"
# (compared with the normalized line).
MEDIUM_LABEL = compiled(r"^(?:vidéos?|en vidéo|en images|diaporama|infographie|en direct|direct|live)\s*[-.:|]\s+\S")
HERE_LINK = compiled(r"^(?:voir|lire|consulter|cliquez|cliquer|retrouvez|découvrez|téléchargez)\s+ici\b")
# "Notre dossier sur le PSG", "Retrouvez notre direct": a link to the site's other coverage, set between paragraphs.
OWN_COVERAGE = compiled(
    r"^(?:(?:retrouvez|consultez|découvrez|suivez|voir) )?(?:tout )?(?:notre|nos) (?:dossiers?|direct|live|séries?|"
    r"infographies?|cartes? interactives?|fil info|newsletters?|podcasts?|vidéos?)\b"
)
OWN_COVERAGE_WORDS = 8
MEDIA_PROMPT = compiled(r"^(?:regardez|revivez|visionnez|écoutez|réécoutez|revoyez)\b")
# "Sur le même sujet Côte d'Ivoire : un remaniement… Démission du gouvernement…": the box's label and its links
# copied as one line (a sentence opening "Sur le même sujet, …" has its comma).
RELATED_RUN = compiled(
    r"^(?:sur le même sujet|sur le même thème|dans la même rubrique|à lire aussi|lire aussi)\s+[^\s,]"
)
RELATED_MARK = compiled(r"^\+\s+[^\d\s]")  # not "+ 12 % : c'est la hausse…"
HASHTAG_LINE = compiled(r"^#\w")
BYLINE_INITIALS = compiled(r"^(?i:par)\s+(?:[A-ZÀ-Ý][a-zà-ÿ]?\.\s?-?){1,4}$")
GENRE_LABEL = compiled(
    r"^(?:entretien|interview|portrait|analyse|décryptage|tribune|chronique|reportage|éditorial|édito|enquête|"
    r"témoignage|récit|opinion|point de vue|billet|critique|compte rendu|dépêche|exclusif|vidéo|direct|live)\b"
)
INTERFACE_SEPARATOR = compiled(r"\s[-|/·•]\s")
READ_PREFIX = r"^(?:à |a )?(?:lire|voir|écouter|regarder|relire|revoir|réécouter)\b[^.:]{0,40}:"
READ_LINK = compiled(READ_PREFIX + r"\s")
# A box's label alone, its links on the lines below it: "À voir également sur Le HuffPost :", "Lire aussi :".
BOX_LABEL = compiled(READ_PREFIX + r"$")
BREADCRUMB = compiled(r"\s[›>]\s")
STAMP = compiled(
    r"\b(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée)\s+(?:le|à|hier|aujourd'hui|il y a)\b"
    r"|\bavec (?:l')?(?:afp|reuters|ap|la presse canadienne|agences)\b"  # "Le Monde avec AFP"
    r"|\s\|\s"  # "Auteur | Média" lines
)
SHARE_BAR = compiled("(?:" + "|".join(longest_first(map(re.escape, phrases.SHARE_TARGETS))) + "){2,}")
# A caption's credit in brackets at its end: "(Fred Scheiber/SIPA)", "(Photo Jean Roy)".
CREDIT_END = compiled(
    r"\((?=[^()]*[a-z])(?:[^()\d]{2,40}/\s?[^()\d]{2,30}|photo[^()]*|crédit[^()]*)\)\s*$"
    r"|/(?:ap|afp|sipa|reuters|epa|belga|maxppp|abaca)\b"
    r"|\bphotos? (?!d')[a-zéè]+ [a-zéè]+\.? (?:afp|ap|reuters|epa|getty|sipa|maxppp|belga|abaca)\b"
    r"|[.,/] (?:afp|ap|reuters|epa|belga|belga_afp|sipa|maxppp|photonews|photo news|isopix|imageglobe)$"
    # "Associated Press/Reporters", "Reuters/Photonews": agencies joined by a slash, alone on the line.
    r"|^(?:associated press|reuters|afp|ap|epa|belga|photo ?news|isopix|getty images|sipa|maxppp|abaca)\s?/\s?"
    r"[^/\d]{2,30}$"
    r"|\s(?!m\.)[a-z]\.[a-zé]{3,}$"  # "… mais méfiez-vous... D.Claes": a photographer's initial glued to the name
    r"|\s(?:afp|ap|reuters|epa|belga|sipa|maxppp|abaca)\s?/\s?[^\s/]+(?:\s[^\s/]+)?$"  # "… AP/FRANÇOIS MORI"
    r"|\s(?:pixabay|unsplash|shutterstock|istock|getty images|wikimedia commons|wikimedia|flickr)$"
    r"|\slp\s?/\s?[^\s/]+(?:\s[^\s/]+){0,2}\)?$"  # Le Parisien's photographers: "… dimanche. LP/Philippe Lavieille"
    r"|[.)]\s(?:dr|d\.r\.)$"  # "droits réservés", after the caption's last word
    r"|^afp\.com/"  # L'Express credits the agency's photographers so: "afp.com/JENS SCHLUETER"
    r"|[.,]\s[-–—]\s(?:afp|ap|reuters|epa|belga|sipa|maxppp|abaca)\.?$"  # "… vendredi. - Belga."
    r"|\.\s(?:sdis|ddsis) ?\d{2,3}[ab]?$"  # the fire brigade's own photo: "… sapeurs-pompiers. SDIS 81"
    r"|\s//\s?(?:source|crédits?|photos?|image)\s?:[^/]{1,40}$"  # Numerama: "… ont fuité // Source : Canva"
    r"|[.,]\s\(illustration\)$|^\(illustration\)\s"  # a photo that only illustrates the story
    # A regional daily's or a photo agency's name after the photographer's: "… Marc Ollivier / Ouest-France".
    r"|\s?/\s?(?:ouest-france|le parisien|le progrès|sud ouest|la voix du nord|nice-matin|le télégramme|l'équipe"
    r"|icon sport|panoramic|hans lucas|bestimage|divergence|hemis|photopqr|max ?ppp)\)?$"
)
SITE_NAME = compiled(r"\w\.(?:fr|be|ch|com|ca|net|org|info)\b")
URL = compiled(r"https?://|www\.\w|\.(?:com|fr|ca|be|ch|org|net)/")
# Form fields and their messages: "Caractères restants : 500", "Mot de passe*", "Description de l'erreur*".
FORM_LINE = compiled(
    r"\*\s*$|^caractères restants|^\d+ caractères|^champ obligatoire"
    r"|^(?:votre )?(?:courriel|e-mail|mot de passe|pseudo|nom d'utilisateur)\b"
)
# "Vous devez vous connecter pour poster un commentaire", "Soumis par Roger, le lundi 29 octobre 2012 à 16h01".
FORM_LABEL = compiled(r"^[^.!?]{2,40}\*\s*$")  # "Description de l'erreur*": a required field's label
COMMENT_FORM = compiled(
    r"\b(?:poster|publier|laisser|écrire|ajouter|rédiger|déposer) (?:un|votre) (?:commentaire|avis|réaction)"
    r"|^si le forum ci-dessous est ouvert\b"  # "…, vous pouvez réagir...": the readers' forum follows
)
COMMENT_SIGNATURE = compiled(r"^(?:soumis|posté|postée|écrit|rédigé|envoyé) par \S+.{0,40}\b(?:le|à|il y a)\b.{0,40}\d")
# "Commentaires (23)" over a thread: a line of chrome, and where the article has ended.
COMMENT_TALLY = r"^(?:commentaires?|réactions?)\s*\(\d+\)$"
# "12 commentaires", and WordPress's "17 commentaires à Déchéance : François Hollande, respectez votre parole !"
COMMENT_COUNT = compiled(
    r"^(?:\d+|aucun|voir les|afficher les|lire les)\s+(?:commentaires?|réactions?|réponses?)(?:\s+à\s+\S.*)?$"
    rf"|{COMMENT_TALLY}"
)
# WordPress's line under a post: "Cette entrée a été publiée dans Actualité. Vous pouvez la mettre en favoris…"
POST_FILED = compiled(r"^cette entrée a été publiée dans\b")
SIGNED_STAMP = compiled(r"(?:[A-ZÉÈ][\w'’.-]*,?\s){1,4}(?P<stamp>(?:le\s)?\d.{0,40}\d)\.?")
CLOCK_TIME = compiled(r"\d\s?[h:]\s?\d")
DATE_TOKEN = compiled(r"\d+(?:h\d*|er|e)?")
DATE_WORDS = frozenset(phrases.MONTHS + phrases.WEEKDAYS) | {
    "le",
    "à",
    "a",
    "h",
    "et",
    "publié",
    "publiée",
    "mis",
    "mise",
    "jour",
    "modifié",
    "modifiée",
    "heure",
    "heures",
    "min",
    "minute",
    "minutes",
    "il",
    "y",
    "hier",
    "aujourd'hui",
    "édition",
    "du",
    "depuis",
    "am",
    "pm",
    "utc",
    "hne",
    "hae",
    "lecture",
    "de",
    "sec",
    "s",
    "jours",
    "j",
    "mois",
    "an",
    "ans",
    "semaine",
    "semaines",
    "updated",
    "gmt",
    "cet",
    "cest",
    "janv",
    "févr",
    "fév",
    "avr",
    "juil",
    "sept",
    "oct",
    "nov",
    "déc",
    "dec",
}
DIGIT_ANYWHERE = compiled(r"\d")
WORD_TOKEN = compiled(r"[\w']+")


# The saint of the day after the date in a regional paper's masthead: "dimanche 13 juillet 2025, Saint Henri".
SAINT_OF_THE_DAY = compiled(r",?\s+(?:st|ste|saint|sainte)[\s-]+[\w'’-]+(?:[\s-][\w'’-]+)?$")


# Where the journalist reports from, and the genre: "Villeneuve-sur-Lot (Lot-et-Garonne), reportage".
REPORTED_FROM = compiled(r"^[^\W\d_][\w' -]{1,40}(?:\s\([^)]{2,30}\))?,\s*(?:reportage|enquête|correspondance)$")


PHOTO_CREDIT_LINE = compiled(r"^Photos?\s+[A-ZÉ][\w’'.-]*(?:\s+[A-ZÉ/][\w’'.-]*)*$")
AUDIO_PLAYER = compiled(r"^(?:écouter|réécouter|télécharger)\b[^.!?]{0,80}\(\d+\s?(?:min|minutes|mn)\)")
PRICE = compiled(r"[€$£]|\b(?:euros?|dollars?|francs?)\b")


def is_dateline(text: str) -> bool:
    """ "Publié le 14 février 2017 à 10 h 32", "15/02/2017 10:32", "il y a 3 heures"."""
    if not DIGIT_ANYWHERE.search(text) or PRICE.search(text):
        return False  # "1 heure : 1,50 €" is a price, not a time stamp
    text = SAINT_OF_THE_DAY.sub("", text)
    tokens = WORD_TOKEN.findall(text)
    if not tokens or len(tokens) > 14:
        return False
    return all(token.isdigit() or DATE_TOKEN.fullmatch(token) or token in DATE_WORDS for token in tokens)


# "Il y a 3 heures", "il y a un an": a stamp when nothing follows; "Il y a dix ans, la ville…" is narration.
AGO_WORDS = (
    r"il y a (?:\d+|une?|quelques|moins d'une?|plus d'une?)\s*"
    r"(?:secondes?|s|minutes?|min|mn|heures?|h|jours?|j|semaines?|mois|ans?|années?)"
)
AGO = compiled(rf"^(?:publié |mis à jour )?{AGO_WORDS}\W*$")


# A photo gallery's counter, "Photo 1/5", "Image 2 sur 12", "3 / 8": the line under it is that photo's caption.
GALLERY_COUNTER = compiled(r"^(?:photo|image|diapo|diaporama)?\s*\d{1,3}\s*(?:/|sur)\s*\d{1,3}$")


# "1/7 - Philippe Katerine et sa compagne Julie Depardieu - Arrivées à la cérémonie": a slideshow's caption with its
# place in the show.
SLIDE_CAPTION = compiled(r"^(\d{1,3})\s*/\s*(\d{1,3})\s*[-–—]\s+\S")


def _slide_caption(text: str) -> bool:
    slide = SLIDE_CAPTION.match(text)
    return slide is not None and 1 <= int(slide.group(1)) <= int(slide.group(2))


COUNTER = compiled(
    r"^(?:\d+\s*(?:min|minutes?|commentaires?|réactions?|partages?|photos?|vidéos?|j'aime|likes?|vues?|votes?"
    r"|articles? gratuits?)"
    r"(?: de lecture)?\s*)+$"
    rf"|{COMMENT_TALLY}"
)


READING_TIME = compiled(r"^(?:temps de |durée de )?lecture(?: en)?\s*:?\s*\d+\s*(?:min|minutes?)\.?$")


# A paginated article's links: "Page 1 sur 2 Page suivante", "Page 2/3".
PAGINATION = compiled(r"^page \d+\s*(?:sur|/)\s*\d+(?:\s*\|?\s*(?:page (?:suivante|précédente)|[\d|\s]+|suivante))?$")


def is_counter(text: str) -> bool:
    return bool(COUNTER.match(text) or READING_TIME.match(text) or PAGINATION.match(text))


# A photographer in capitals and the agency, closing a line: Le Monde's caption credit.
CAPTION_CREDIT = compiled(
    r"[.»)]\s+[A-ZÉÈÀÇ][A-ZÉÈÀÇ'-]+(?:\s+[A-ZÉÈÀÇ][A-ZÉÈÀÇ'-]+)+\s?/\s?"
    r"(?:AFP|AP|REUTERS|EPA|SIPA|MAXPPP|HANS LUCAS|ABACA|BELGA|GETTY IMAGES|DIVERGENCE|MYOP|HAYTHAM PICTURES)\b.{0,20}$"
    # The photographer in capitals and whoever holds the photo: "… (Manche). DOMINIQUE CLIQUET / CNRS".
    r"|[.»)]\s+[A-ZÉÈÀÇ][A-ZÉÈÀÇ'-]+(?:\s+[A-ZÉÈÀÇ][A-ZÉÈÀÇ'-]+)+\s?/\s?[A-Za-zÉ][\w .&-]{1,30}$"
    # A regional paper and its photographer: "… octobre. Photo DNA /Jean-Christophe Dorn", "… Midi Libre - Jean Mart".
    r"|\.\s+(?:Photo\s+[A-Z][\w’'-]+(?:\s[A-Z][\w-]+)?|Midi Libre|Ouest-France|La Dépêche|Sud Ouest|Le Télégramme"
    r"|La Voix du Nord|Nice-Matin|Var-Matin|Le Dauphiné Libéré|La Provence|L'Est Républicain|Le Républicain Lorrain"
    r"|Le Progrès|L'Union|Paris-Normandie|Presse Océan|Courrier Picard|La Montagne|Le Parisien)"
    r"\s?[-–—/]\s?[A-ZÉ][\w-]+(?:[\s-][A-ZÉ][\w-]+){1,2}$"
    r"|\s[-–—]\s(?:AFP|AP|Reuters|REUTERS|EPA|Belga|BELGA|SIPA|MAXPPP|ABACA)$"  # "… le 5 mars 2025 - AFP"
    # The photographer alone ("… le 12 juin dernier. Photo Frantz Bouton"), or with an agency in lower case
    # ("… par le Flon. Chantal Dervey/Tamedia").
    r"|\.\s+Photos?\s+[A-ZÉ][\w-]+\s[A-ZÉ][\w-]+$"
    # An agency's site and the photographer ("… en 2024. afp.com/JEAN-PIERRE CLATOT"), Quebec's agency ("… mardi
    # matin. Photo Agence QMI, Joël Lemay"), an initial and the paper ("… le 13 mars 2025. — J. Urbach / 20 Minutes").
    r"|\.\s+(?:afp|reuters)\.com/[A-ZÉ][\w .'-]{2,40}$"
    r"|\.\s+Photos?\s+Agence\s+QMI(?:,\s*[A-ZÉ][\w-]+(?:\s[A-ZÉ][\w-]+){1,2})?$"
    r"|\.\s+[—–-]\s+[A-Z]\.\s?[A-ZÉ][\w-]+\s?/\s?[A-Z0-9][\w ]{1,30}$"
    r"|\.\s+[A-ZÉ][\w-]+\s[A-ZÉ][\w-]+\s?/\s?(?:Tamedia|Keystone|Keystone-ATS|Reuters|Belga|Maxppp|Sipa|Abaca"
    r"|Getty Images|Hans Lucas|Divergence|PhotoPQR|IP3|Photonews|Photo News|Le Soir|La Presse|Le Devoir)$"
    # A lab or an agency in capitals and its photographer's initial: "… sur des fragments de polystyrène. CNRS / E.
    # Marchetti".
    r"|\.\s+[A-Z]{2,}(?:\s[A-Z]{2,})?\s?/\s?[A-Z]\.\s?[A-ZÉ][\w-]+$"
    # Photo libraries of archives: "… en 1978, sur la scène du théâtre. Rue des Archives/RDA".
    r"|\.\s+(?:Rue des Archives|Bridgeman Images|Leemage|Roger-Viollet|AKG-images|Photo12|Gamma-Rapho|Hemis)"
    r"(?:\s?/\s?[\w -]{1,20})?$"
)
CAPTION_WORDS = 80
SOURCE_LINE = compiled(r"^sources? ?: [^.?]{2,40}[!.]?$")
BYLINE_BY = compiled(r"^(?i:par|texte|(?:tous )?propos recueillis par|by|" + LIVE_SIGNED_BY + r")\s*:?\s+" + NAME_RUN)
DIGIT = compiled(r"\d")
BYLINE_WITH_ROLE = compiled(r"^(" + NAME_RUN + r"(?:\s+et\s+" + NAME_RUN + r")?)\s*[,|(–—·•-]\s*(?P<role>.+?)\)?$")


OWN_CORRESPONDENT = compiled(
    r"^(?:[^\W\d_][\w' -]*,\s*)?(?:de|par|d'un|d'une) (?:notre|nos|un|une) (?:envoyée?s? spéciale?s?|envoyés spéciaux|"
    r"correspondante?s?|correspondants)\b",
    re.IGNORECASE,
)


DEPARTMENT_NUMBER = compiled(r"\d{2,3}|2a|2b")


def is_byline(line: str) -> bool:
    line = line.strip()
    if signed_stamp(line):
        return True  # "Alexandre Pedro le 26 février à 22h12": a live entry's signature
    if _medium_then_name(line):
        return True  # "Ouest-France Mathilde Le Guen.": the paper, then its journalist
    if len(line.split()) <= 10 and OWN_CORRESPONDENT.search(line):
        return True  # "Berlin, de notre envoyé spécial"
    # "Par Raphaël Balenieri, correspondant à Pékin et Frédéric Autran — 5 avril 2017 à 19:05": long, but signed.
    if (
        BYLINE_BY.match(line)
        and len(line.split()) <= 30
        and (len(line.split()) <= 8 or "," in line or DIGIT.search(line))
    ):
        return True
    if len(line.split()) > 12 or ends_like_sentence(line.rstrip(")")) and not line.endswith(")"):
        return False
    match = BYLINE_WITH_ROLE.match(line)
    if match is None:
        return False
    # "Stéphanie Maupas (La Haye, correspondance)": the place, then the role; "Clément Poursain – 7 juillet 2025 à
    # 12h00": the name, then the date.
    role = match["role"].lower()
    if DEPARTMENT_NUMBER.fullmatch(role.strip()):
        return False  # "Allier (03)": a French département and its number, in a list
    return role.split(",")[-1].strip().startswith(phrases.BYLINE_ROLES) or is_dateline(normalized(role))


def signed_stamp(line: str) -> bool:
    """A name of one to four capitalised words, then only a time stamp: "Alexandre Pedro le 26 février à 22h12",
    "Le Monde, 26/02/2020 22:12" (a live blog signs and dates every entry so)."""
    match = SIGNED_STAMP.fullmatch(line)
    return match is not None and is_dateline(normalized(match["stamp"])) and bool(CLOCK_TIME.search(match["stamp"]))


def _medium_then_name(line: str) -> bool:
    """A hyphenated paper's name, then a person's: "Ouest-France Mathilde Le Guen" (not "Jean-Pierre Martin")."""
    medium, _, rest = line.rstrip(".").partition(" ")
    return (
        "-" in medium.strip("-")
        and medium[:1].isupper()
        and 2 <= len(rest.split()) <= 4
        and names_in(rest) == [rest]
        and names_in(f"{medium} {rest}") != [f"{medium} {rest}"]
    )
