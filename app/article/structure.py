"""A page's blocks in, an Article out: title, chapô, headings, pull-quotes and paragraphs; the rest dropped with
the reason it was not spoken."""

from __future__ import annotations

import re

from app.article.block_kinds import SECOND_PERSON, SERVICE_QUESTION, Classified, Kind, asks_the_reader, classify
from app.article.blocks import Block, Hint, Page
from app.article.chapters import ChapterBuilder
from app.article.chrome import (
    BOX_LABEL,
    MEDIUM_LABEL,
    bare_site,
    ends_like_sentence,
    is_byline,
    is_paywall,
    normalized,
    signed_stamp,
)
from app.article.chrome_phrases import GUILLEMETS, NEW_WINDOW, TOPIC_LABELS
from app.article.comment_threads import mark_comment_thread
from app.article.header import BYLINE_START, byline_names, given_name_first, published_in
from app.article.model import Article, Dropped
from app.article.months import MONTH_PATTERN
from app.article.names import names_in
from app.article.pull_quotes import attribution_speaker
from app.article.region import Region, find_region, signed_right_under
from app.article.typography import clean_text
from app.regexes import compiled


def build_article(page: Page, source_url: str | None = None) -> Article:
    blocks = _embedded_posts(_live_entries(_labelled_headlines([classify(block) for block in _lines(page.blocks)])))
    blocks = _notices_to_readers(_boxed_reader_lines(_topic_links(_new_window_links(_topic_tags(blocks)))))
    blocks = mark_comment_thread(_masthead_again(_cut_by_the_paywall(blocks)))
    region = find_region(blocks, page.metadata)
    title = page.metadata.title
    if region.title is not None:
        title = _without_label(_without_stamp(blocks[region.title].text), page.metadata.title, blocks[: region.title])
    dropped = _Dropped(title)
    for index, block in enumerate(blocks[: region.start]):
        if index not in (region.title, region.standfirst):
            dropped.add(block, "before the article")
    for block in blocks[region.end :]:
        dropped.add(block, "after the article")

    builder = ChapterBuilder(title)
    learn_from = region.title + 1 if region.title is not None else region.start
    for block in blocks[learn_from : region.end]:
        if block.kind not in (Kind.PROSE, Kind.ITEM):
            builder.learn_names(block.text)  # captions name people in full that quotes call "M. Legault"
    marked_headings = any(b.hint is Hint.HEADING and b.kind is Kind.SHORT for b in blocks[region.start : region.end])
    header, footer = _header_lines(blocks, region)
    author = page.metadata.author or _not_the_site(_author(header, footer), page.metadata.site_name)
    author = _mark_author_notes(blocks, region, author) or author
    author = given_name_first(author) if author else None
    _read_body(blocks, region, builder, dropped, marked_headings, title, _is_interview(blocks, region))
    standfirst = blocks[region.standfirst].text if region.standfirst is not None else None
    chapters = builder.chapters()
    for text, reason in builder.removed:
        dropped.add_text(text, reason)
    return Article(
        title=chapters[0].title,
        chapters=chapters,
        dropped=dropped.entries(),
        source_url=source_url or page.metadata.url,
        author=author,
        published=page.metadata.published
        or next(filter(None, (published_in(b.text) for b in header + footer if b.reason in DATES)), None),
        standfirst=standfirst,
    )


DATES = ("date", "byline", "credit")
AUTHOR_NOTE_WORDS = 80
AUTHOR_NOTE_REACH = 3


def _mark_author_notes(blocks: list[Classified], region: Region, author: str | None) -> str | None:
    """The lines about the author that close an article ("(*) Economiste de formation, Pierre Schweitzer
    enseigne…", "Titiou Lecoq est journaliste indépendante…") are not the article. Returns the author such a note
    names when the page gave none."""
    names = [name.strip() for name in re.split(r",|\bet\b", author or "") if len(name.split()) >= 2]
    noted = None
    for index in range(region.end - 1, max(region.start, region.end - AUTHOR_NOTE_REACH) - 1, -1):
        block = blocks[index]
        if block.kind is not Kind.PROSE or block.words > AUTHOR_NOTE_WORDS:
            continue
        text = block.text.strip()
        about = None if names else ABOUT_THE_AUTHOR.match(text)
        if about:
            noted = about["name"]  # "Titiou Lecoq Titiou Lecoq est journaliste indépendante…"
            names = [noted]
            # The signature over it goes with it: "Titiou Lecoq (Sur le modèle des analyses de Brain)."
            signature = next((i for i in range(index - 1, region.start - 1, -1) if blocks[i].kind is Kind.PROSE), None)
            if (
                signature is not None
                and blocks[signature].words <= SIGNATURE_WORDS
                and blocks[signature].text.strip().startswith(noted)
            ):
                blocks[signature] = Classified(blocks[signature].block, Kind.CHROME, "about the author")
        if text.startswith("(*)") or any(text.startswith(name) for name in names):
            blocks[index] = Classified(block.block, Kind.CHROME, "about the author")
    return noted


# A note about who wrote the article: a full name (repeated, as a photo's alternative text copies it), "est", then
# what the person does.
ABOUT_THE_AUTHOR = compiled(
    r"^(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+|d['’])?[A-ZÀ-Ý][\w'’-]+){1,3}?)\s+(?:(?P=name)\s+)?"
    r"est\s+(?:une?\s+|l['’]une?\s+des?\s+)?(?:[a-zéèê-]+\s+)?"
    r"(?:journaliste|écrivaine?|chercheu(?:r|se)|professeure?|enseignante?|économiste|historienne?|sociologue|"
    r"philosophe|auteure?|autrice|romanci(?:er|ère)|avocate?|rédact(?:eur|rice)|blogueu(?:r|se)|correspondante?|"
    r"chroniqueu(?:r|se)|reporter|photographe|politologue|juriste|consultante?|essayiste|dessinat(?:eur|rice))\b"
)
SIGNATURE_WORDS = 20


INTERFACE_REASONS = frozenset({"interface", "link", "hashtag", "share bar", "punctuation", "navigation"})
INTERVIEW_QUESTIONS = 4
LINK_WORDS = 16  # a link's headline; a longer line without its full stop is a sentence cut short
TERSE_QUESTION_WORDS = 3
QUOTED_WORDS = compiled(r"«[^»]*»|“[^”]*”")
TWO_SENTENCES = compiled(r"\w\s?[.?!…]\s+[A-ZÀ-Ý«]")  # a short line of two sentences is prose, not a title
FIRST_PERSON = compiled(r"(?:^|[\s«\"(])(?:je|j'|moi|me|m'|mon|ma|mes)(?=[\s,.!?]|(?<=')\w)", re.IGNORECASE)
# An entry's time in a live blog: "21h31", "18:40", or a match's minute ("64'", "90+3'").
TIME_ONLY = compiled(r"^\W*(?:\d{1,2}\s?(?:h|:)\s?\d{2}\W*|\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’′]\s*)$")


# How an embedded tweet signs itself: "— Rachida Dati (@datirachida) Mai 21, 2012".
POST_CREDIT = compiled(
    r"^[—–-]?\s*[^()]{1,60}\(@\w{1,30}\)\s+(?:\w+\.?\s+\d{1,2},?|\d{1,2}\s+\w+\.?)\s+\d{4}\s*$"
    # Instagram's: "Une publication partagée par Jardins de Mamie (@jardinsdemamie)"
    r"|^(?i:une publication partagée par|a post shared by)\s+[^()]{1,60}(?:\(@[\w.]{1,30}\))?\s*$"
)
POST_WORDS = 60  # 280 characters


def _embedded_posts(blocks: list[Classified]) -> list[Classified]:
    """A post embedded from a social network, its text and its credit line, is the page's, not the article's
    prose: read aloud, its handles and hashtags make no sense ("votez pour @brigitte_kuster !")."""
    marked = list(blocks)
    for index, block in enumerate(blocks):
        if not POST_CREDIT.match(block.text.strip()):
            continue
        marked[index] = Classified(block.block, Kind.CHROME, "embedded post")
        for near in range(max(0, index - 2), min(len(blocks), index + 3)):
            if normalized(blocks[near].text).startswith(POST_BUTTONS):
                marked[near] = Classified(blocks[near].block, Kind.CHROME, "embedded post")
        body = next((i for i in range(index - 1, max(-1, index - 3), -1) if marked[i].kind is not Kind.CHROME), None)
        if body is not None and _post_text(blocks[body]):
            marked[body] = Classified(blocks[body].block, Kind.CHROME, "embedded post")
    return marked


# The embed's own button, over or under the post: "Voir cette publication sur Instagram".
POST_BUTTONS = ("voir cette publication sur", "voir ce post sur", "afficher cette publication sur", "view this post on")
POST_MARKS = compiled(r"[@#]\w|https?://|pic\.twitter")


def _post_text(block: Classified) -> bool:
    """The post's own text over its credit: short, set in the post's quotation or outside the article the
    extractor finds, or with a post's handles, hashtags or links; not the article's paragraph that an Instagram
    post embedded without its caption follows."""
    return (
        block.words <= POST_WORDS
        and block.hint is not Hint.TITLE
        and (not block.block.located or block.hint is Hint.QUOTE or bool(POST_MARKS.search(block.text)))
    )


BOX_LINE_WORDS = 25


def _boxed_reader_lines(blocks: list[Classified]) -> list[Classified]:
    """A newsletter's box in the middle of the text: "Inscrivez-vous à notre newsletter", a line that speaks to the
    reader ("l'essentiel de l'actualité dans votre boîte mail"), "S'inscrire". Between two lines of interface, a
    short line addressed to "vous" is the box's, not the article's."""
    marked = list(blocks)
    for index in range(1, len(blocks) - 1):
        block = blocks[index]
        if (
            block.kind is Kind.PROSE
            and block.words <= BOX_LINE_WORDS
            and blocks[index - 1].reason == "interface"
            and blocks[index + 1].reason == "interface"
            and SECOND_PERSON.search(block.text)
        ):
            marked[index] = Classified(block.block, Kind.CHROME, "interface")
    return marked


# "À nos lecteurs", "Avis à nos lecteurs", "Note aux lecteurs": the paper speaks to its readers about itself.
TO_READERS = compiled(
    r"^(?:(?:avis|message|note|information|mot|précision)s?\s+)?(?:[aà]\s+nos|aux|[aà]\s+tous\s+nos)\s+"
    r"(?:lecteurs|lectrices|abonnés|internautes)(?:\s+et\s+(?:lecteurs|lectrices|abonnés|internautes))?\s*[:.!]?$",
    re.IGNORECASE,
)
NOTICE_WORDS = 120
NOTICE = "notice to the reader"


def _notices_to_readers(blocks: list[Classified]) -> list[Classified]:
    """ "A nos lecteurs" then "La manifestation … pourrait avoir perturbé la diffusion du Soir … Nous prions nos
    lecteurs de nous excuser": the paper's notice about itself, set in the page; its label and its paragraph are not
    the article."""
    marked = list(blocks)
    for index, block in enumerate(blocks[:-1]):
        following = blocks[index + 1]
        if block.words <= 6 and TO_READERS.match(block.text.strip()):
            marked[index] = Classified(block.block, Kind.CHROME, NOTICE)
            if following.kind is Kind.PROSE and following.words <= NOTICE_WORDS:
                marked[index + 1] = Classified(following.block, Kind.CHROME, NOTICE)
    return marked


CARD_HEADLINE_WORDS = 30


def _new_window_links(blocks: list[Classified]) -> list[Classified]:
    """ "(nouvelle fenêtre)", the words a link opening elsewhere carries for screen readers, copied under each card of
    a list of other articles ("Armée, défense… Emmanuel Macron va faire des annonces", "(nouvelle fenêtre)", "Publié
    le 11 juillet"): the line it follows is another article's headline; not the byline, whose name links too."""
    marked = list(blocks)
    for index, block in enumerate(blocks):
        if normalized(block.text).strip("()") not in NEW_WINDOW:
            continue
        marked[index] = Classified(block.block, Kind.CHROME, "interface")
        previous = blocks[index - 1] if index else None
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        # A card: its headline, then the date it was published. A link inside a paragraph breaks the copied line
        # there too ("… il [lien] (nouvelle fenêtre) ."): that line is the paragraph's.
        card = following is not None and following.reason == "date"
        if (
            card
            and previous is not None
            and previous.kind in (Kind.SHORT, Kind.PROSE)
            and previous.words <= CARD_HEADLINE_WORDS
            and not is_byline(previous.text)
        ):
            marked[index - 1] = Classified(previous.block, Kind.CHROME, "teaser")
    return marked


TAG_LIST = compiled(r"^[A-ZÉÈÀ][\w'’-]*(?: [\w'’-]+){0,2}(?:, [A-ZÉÈÀ][\w'’-]*(?: [\w'’-]+){0,2}){2,}$")


PAYWALL_CUT_WORDS = 15


def _cut_by_the_paywall(blocks: list[Classified]) -> list[Classified]:
    """The paragraph a paywall cuts mid-sentence ("… Une information que l'opposition", then "Il vous reste 72 % de
    cet article à lire.") lost its full stop, not its place in the article."""
    marked = list(blocks)
    for index, block in enumerate(blocks[1:], 1):
        cut = blocks[index - 1]
        if (
            is_paywall(block.text)
            and cut.kind is Kind.SHORT
            and cut.hint is None
            and cut.words >= PAYWALL_CUT_WORDS
            and TWO_SENTENCES.search(cut.text)
        ):
            marked[index - 1] = Classified(cut.block, Kind.PROSE)
    return marked


MASTHEAD_WORDS = 4


def _masthead_again(blocks: list[Classified]) -> list[Classified]:
    """The page's first line, when short, is the site's name ("Courrier international"); the same line under the
    headline signs the article as the site's, and is no section heading."""
    if not blocks or len(blocks[0].text.split()) > MASTHEAD_WORDS:
        return blocks
    masthead = normalized(blocks[0].text)
    return [
        Classified(block.block, Kind.CHROME, "site name")
        if index and block.kind is Kind.SHORT and normalized(block.text) == masthead
        else block
        for index, block in enumerate(blocks)
    ]


def _topic_tags(blocks: list[Classified]) -> list[Classified]:
    """ "Faits divers, Intempéries, Météo" right above the date or the byline: the article's tags, not its title."""
    marked = list(blocks)
    for index, block in enumerate(blocks[:-1]):
        following = blocks[index + 1]
        if (
            block.kind is Kind.SHORT
            and TAG_LIST.match(block.text.strip())
            and following.kind is Kind.CHROME
            and following.reason in ("date", "byline")
        ):
            marked[index] = Classified(block.block, Kind.CHROME, "tags")
    return marked


def _topic_links(blocks: list[Classified]) -> list[Classified]:
    """ "Suivez la couverture complète", then the topic's title ("Haute-Marne : une surveillante mortellement
    poignardée…"): a link to the file of articles on the subject, not a heading of this one."""
    marked = list(blocks)
    for index, block in enumerate(blocks[:-1]):
        following = blocks[index + 1]
        if normalized(block.text) in TOPIC_LABELS and following.kind is Kind.SHORT:
            marked[index + 1] = Classified(following.block, Kind.CHROME, "link")
    return marked


def _labelled_headlines(blocks: list[Classified]) -> list[Classified]:
    """A line that opens with a medium's label is a link to a video or a gallery, unless the byline or the date
    signs it right below: then it is the page's own headline."""
    marked = list(blocks)
    for index, block in enumerate(blocks):
        labelled = block.reason in ("interface", "label") and MEDIUM_LABEL.match(normalized(block.text))
        if not labelled or block.words < 4:
            continue  # a photo's credit ("Photo : Radio-Canada / Mike Symington") is not a medium's label
        if signed_right_under(blocks, index):
            marked[index] = Classified(block.block, Kind.SHORT)
    return marked


def _live_entries(blocks: list[Classified]) -> list[Classified]:
    """A live blog's entries stand under their time ("21h31", then "BUUUT ! Tousart ouvre le score !") or their
    signed time ("Alexandre Pedro le 26 février à 22h12"): however short, a line under it is the article's text, not
    a headline or a menu; unless it titles its entry, a phrase without a full stop over the entry's paragraph
    ("18:40", "Kiev annonce la reprise de trois villages"). The line over the next signed time ends its entry: text,
    not a title of what follows. In a chat, who writes comes between the time and the words ("12:02", "Julie",
    "Pourquoi le prix…?")."""
    marked = list(blocks)
    stamps, signed_stamps = _entry_stamps(blocks)
    timed = [i for i in _past_buttons(blocks, [s + 1 for s in stamps], 1) if blocks[i].hint is None]
    signed = {i for i in timed if _entry_author(blocks[i].text) and i + 1 < len(blocks)}
    # A chat signs most of its entries; a live blog's "Mi-temps" or "Penalty" under a minute is an entry's text.
    chat = len(signed) >= CHAT_TURNS and len(signed) >= len(timed) / 2
    for index in timed:
        block = blocks[index]
        if chat and index in signed and block.kind in (Kind.SHORT, Kind.CHROME):
            marked[index] = Classified(block.block, Kind.CHROME, "author of the entry")
            following = blocks[index + 1]
            if following.kind is Kind.SHORT and following.hint is None:
                marked[index + 1] = Classified(following.block, Kind.PROSE)
        elif block.kind is Kind.SHORT and not (
            _titles_its_entry(blocks, index, stamps) or _quoted_entry_title(blocks, index)
        ):
            marked[index] = Classified(block.block, Kind.PROSE)
    for index in _past_buttons(blocks, [s - 1 for s in signed_stamps[1:]], -1):
        if blocks[index].kind is Kind.SHORT and blocks[index].hint is None:
            marked[index] = Classified(blocks[index].block, Kind.PROSE)
    return marked


def _quoted_entry_title(blocks: list[Classified], index: int) -> bool:
    """ "12:20", "« Du jamais vu depuis 2018 »", then the entry that says who said it: the entry's title, in
    guillemets."""
    block = blocks[index]
    return (
        _quoted(block.text)
        and block.words <= QUOTED_ENTRY_TITLE_WORDS
        and index + 1 < len(blocks)
        and blocks[index + 1].kind is Kind.PROSE
    )


LIVE_STAMPS = 3
QUOTED_ENTRY_TITLE_WORDS = 12
"""Signed times that make a live blog: fewer are a byline dated to the minute under the headline, and an update's."""


def _entry_stamps(blocks: list[Classified]) -> tuple[list[int], list[int]]:
    """Where the entries start (at their times, and at their signed times when there are enough of them), and
    which of those are signed."""
    times = [i for i in range(len(blocks) - 1) if TIME_ONLY.match(blocks[i].text)]
    signed = [i for i in range(len(blocks) - 1) if signed_stamp(blocks[i].text.strip())]
    if len(signed) < LIVE_STAMPS:
        return times, []
    return sorted(times + signed), signed


def _past_buttons(blocks: list[Classified], indexes: list[int], step: int) -> list[int]:
    """Each index moved past the buttons the page puts around an entry's stamp ("Partager")."""
    moved = []
    for index in indexes:
        while 0 < index + step < len(blocks) and blocks[index].reason == "interface":
            index += step
        moved.append(index)
    return moved


ENTRY_AUTHOR = compiled(r"^(?:[A-ZÀ-Ý][\w'’.-]*)(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}$")


def _entry_author(text: str) -> bool:
    """ "Julie", "Marc Durand", "Pierre de Namur" reduced to its capitals: a name alone, one to three words."""
    return bool(ENTRY_AUTHOR.match(text.strip()))


def _titles_its_entry(blocks: list[Classified], index: int, stamps: list[int]) -> bool:
    if blocks[index].text.rstrip().endswith((".", "!", "?", "…", "»", ":")):
        return False
    following = _next_content(blocks, index + 1, len(blocks))
    if following is None or any(index < stamp < following for stamp in stamps):
        return False  # the next entry's paragraph: this entry is that one line
    return blocks[following].kind is Kind.PROSE


def _header_lines(blocks: list[Classified], region: Region) -> tuple[list[Classified], list[Classified]]:
    """Where a page signs and dates its article: around the headline, and at the article's end."""
    top = max(0, region.title - 3) if region.title is not None else max(0, region.start - 6)
    header = [b for b in blocks[top : region.start + 12] if b.kind is Kind.CHROME]
    return header, [b for b in blocks[max(top, region.end - 4) : region.end + 4] if b.kind is Kind.CHROME]


def _author(header: list[Classified], footer: list[Classified]) -> str | None:
    """A "Par …" line first; a line of names alone only next to a date under the headline (a bare name
    elsewhere may be a caption's or a menu's)."""
    for block in header + footer:
        if block.reason == "byline" and (names := byline_names(block.text)):
            return names
    for signing, name in zip(header, header[1:], strict=False):
        if (
            BYLINE_START.fullmatch(signing.text.strip())
            and name.reason == "name"
            and (names := byline_names(name.text))
        ):
            return names  # "Article rédigé par", then the name on a line of its own
    signed = [block for block in header if block.reason not in INTERFACE_REASONS]  # buttons between name and date
    # A name next to a date first; then next to a stamp read as a signature of no one ("Samedi 16 février 2013, 22h04
    # | mis à jour…"), which a film's facts are too ("France | 1h52 | 2025", under its director's name).
    for stamps in (("date",), ("date", "byline")):
        for index, block in enumerate(signed):
            near = signed[max(0, index - 1) : index + 2]
            dated = any(b.reason in stamps and not (b.reason == "byline" and byline_names(b.text)) for b in near)
            if block.reason == "name" and dated and (names := byline_names(block.text)):
                return names
    return None


def _not_the_site(author: str | None, site_name: str | None) -> str | None:
    """ "Figaro Etudiant" under the headline of "Le Figaro Etudiant": the site signs, no journalist."""
    return None if author and site_name and bare_site(author) == bare_site(site_name) else author


ASKED_PARAGRAPH_WORDS = 40  # an interviewer's question, set as a paragraph for its "vous"


def _is_interview(blocks: list[Classified], region: Region) -> bool:
    """Most short lines between paragraphs are questions: an interview, whose questions are read, not chapters."""
    last_prose = max((i for i in range(region.start, region.end) if blocks[i].kind is Kind.PROSE), default=region.start)
    candidates = [
        (block, following)
        for index, block in enumerate(blocks[region.start : region.end], region.start)
        if block.kind is Kind.SHORT
        and _is_heading(
            block, following := _next_content(blocks, index + 1, region.end), blocks, index, last_prose, False
        )
    ]
    questions = [(block, answer) for block, answer in candidates if block.text.rstrip().endswith("?")]
    # Questions a page marks as its headings (<h2>) are an essay's sections: interviews set their questions in bold.
    if questions and all(question.hint is Hint.HEADING for question, _ in questions):
        return _is_chat(blocks, region)
    # An interviewer asks someone ("vous"), who answers as "je"; an essay's question headings ask no one and the
    # author goes on ("Pourquoi une culture numérique partagée ?").
    asked = sum(
        bool(SECOND_PERSON.search(question.text))
        and not SERVICE_QUESTION.match(question.text.strip())
        # the answer's own "je", not a witness's quoted in it ("« Je ne vais pas pouvoir tenir », confie Nathalie")
        or (answer is not None and bool(FIRST_PERSON.search(QUOTED_WORDS.sub("", blocks[answer].text))))
        for question, answer in questions
    )
    # An essay asks itself two or three questions, an interview more, of someone: asked as "vous", answering as "je"
    # or pressed with a terse follow-up ("C'est-à-dire ?", "Et les lycées ?"). Four full questions that no one
    # answers are an essay's headings.
    pressed = asked > 0 or any(question.words <= TERSE_QUESTION_WORDS for question, _ in questions)
    many = len(questions) >= INTERVIEW_QUESTIONS and pressed
    # A page may also say it is one: then even a lone short question is asked ("Et le tournage avec Claire Denis ?"),
    # the others being set as paragraphs for the "vous" in them; they count with it, as the interviewer's too.
    says = _says_interview(blocks, region)
    asked_as_paragraphs = sum(
        block.kind is Kind.PROSE
        and block.text.rstrip().endswith("?")
        and block.words <= ASKED_PARAGRAPH_WORDS
        and asks_the_reader(block.text)
        for block in blocks[region.start : region.end]
    )
    total = len(questions) + asked_as_paragraphs
    mostly_questions = bool(questions) and total >= 0.6 * (len(candidates) + asked_as_paragraphs)
    return _is_chat(blocks, region) or (
        mostly_questions and (says or total >= 2 and (many or asked + asked_as_paragraphs >= total / 2))
    )


# A turn of a chat or a transcript: who speaks, a colon, what they say ("Pierre de Namur : Est-ce intéressant …").
TURN = compiled(r"^(?:\d{1,2}[:h]\d{2}\s+)?(?P<who>[^\W\d][^:.!?«»\"]{0,40}?)\s?:\s+\S")  # "12:02 Julie : …" too
CHAT_TURNS = 4
HOST_TURNS = 3


def _is_chat(blocks: list[Classified], region: Region) -> bool:
    """A chat's transcript: readers' questions and the guest's answers, each opened by its author's name, the guest's
    again and again. Its short turns are read, not made chapters."""
    who = [match["who"] for b in blocks[region.start : region.end] if (match := TURN.match(b.text))]
    return len(who) >= CHAT_TURNS and max(who.count(name) for name in who) >= HOST_TURNS


INTERVIEW_MARK = compiled(r"^(?:entretien|interview|propos recueillis)\b|^[^:«»\"]{3,40}\s*:\s*[«\"“]", re.IGNORECASE)


def _says_interview(blocks: list[Classified], region: Region) -> bool:
    """ "Entretien", "Propos recueillis par …", or a headline that quotes its speaker ("Anne Leroy : « … »")."""
    top = region.title if region.title is not None else region.start
    return any(INTERVIEW_MARK.match(block.text.strip()) for block in blocks[max(0, top - 3) : region.start + 1]) or any(
        block.text.lower().startswith("propos recueillis") for block in blocks[region.start : region.end + 3]
    )


def _read_body(
    blocks: list[Classified],
    region: Region,
    builder: ChapterBuilder,
    dropped: _Dropped,
    marked_headings: bool,
    title: str | None,
    interview: bool,
) -> None:
    title_key = normalized(title) if title else None
    last_prose = max((i for i in range(region.start, region.end) if blocks[i].kind is Kind.PROSE), default=region.start)
    index = region.start
    listing = False  # after a sentence that introduces a list ("Ceux que je retiens :"), short lines are its items
    labels = _labels(blocks, region)
    captions: set[str] = set()
    while index < region.end:
        block = blocks[index]
        following = _next_content(blocks, index + 1, region.end)
        if block.kind is not Kind.CHROME:
            listing = _lists(block, listing)
        if index == region.standfirst and block.kind is Kind.SHORT:
            builder.paragraph(block.text)  # a chapô without its full stop is read, first
        elif index in labels and builder.has_body():
            builder.heading(block.text)
        elif index - 1 in labels and block.kind in (Kind.SHORT, Kind.PROSE):
            builder.paragraph(block.text)  # what the label heads, a sentence often left without its full stop
        elif (
            listing
            and _list_item(blocks, index)
            and (_list_member(blocks, index - 1) or _list_member(blocks, index + 1) or _quoted(block.text))
        ):
            # An item of the list, copied without its bullet (one line alone is not, unless it is the quotation
            # the sentence introduced: "Il y déclare :" … "(« Le roi des ramasseurs est de retour »)").
            builder.paragraph(block.text)
        elif block.reason == "name" and builder.has_body() and _name_heading(blocks, index, following):
            builder.heading(block.text)  # a portrait's section under its subject's name
        elif block.kind in (Kind.CHROME, Kind.END):
            dropped.add(block, block.reason or "page chrome")
            if block.kind is Kind.END or block.reason == "interface" and BOX_LABEL.match(block.text.strip().lower()):
                index = _skip_links(blocks, index, region.end, dropped)
        elif title_key and block.kind is Kind.SHORT and normalized(block.text) == title_key:
            dropped.add(block, "title repeated")
        elif block.kind in (Kind.PROSE, Kind.SHORT) and (
            _is_caption(
                block, blocks[index + 1] if index + 1 < len(blocks) else None, blocks[index - 1] if index else None
            )
            or block.text in captions  # HuffPost copies a photo's caption again under its credit
        ):
            dropped.add(block, "caption")
            captions.add(block.text)
        elif block.kind is Kind.ITEM and _numbered_heading(blocks, index, following) and builder.has_body():
            builder.heading(block.text)  # "1. L'âge légal repoussé à 64 ans", between paragraphs
        elif block.kind is Kind.ITEM:
            builder.paragraph(block.text)
        elif (
            block.kind is Kind.PROSE
            and following is not None
            and (speaker := attribution_speaker(blocks[following].block, block.text, block.hint is Hint.QUOTE))
        ):
            builder.pull_quote(block.text, blocks[following].text, speaker)
            for skipped in blocks[index + 1 : following]:
                dropped.add(skipped, skipped.reason or "page chrome")
            index = following
        elif (
            block.kind in (Kind.SHORT, Kind.PROSE)
            and _quoted(block.text)
            and index + 1 < region.end
            and builder.has_body()
            and (credit := _pull_quote_credit(blocks[index + 1], block.text))
        ):
            # A pull-quote copied as text: the quotation alone on its line, its speaker on the next ("Jens
            # Stoltenberg", or with a role: "Jens Stoltenberg, secrétaire général de l'OTAN").
            builder.pull_quote(block.text, blocks[index + 1].text, credit)
            index += 1
        elif block.kind is Kind.PROSE:
            builder.paragraph(block.text, pulled=block.hint is Hint.QUOTE)
        elif block.hint is Hint.ATTRIBUTION:
            builder.attribution(block.text)
        elif interview and block.kind is Kind.SHORT and (block.text.rstrip().endswith("?") or TURN.match(block.text)):
            builder.paragraph(block.text)  # an interviewer's question, a reader's in a chat
        elif block.kind is Kind.SHORT and block.hint is None and _fact_line(blocks, index):
            builder.paragraph(block.text)  # "Arbitre : Felix Brych", a line of the article's fact sheet
        elif block.kind is Kind.SHORT and ADDRESS.search(block.text) and _between_paragraphs(blocks, index, following):
            builder.paragraph(block.text)  # where a listed show takes place
        elif (
            block.kind is Kind.SHORT
            and block.hint is None
            and TWO_SENTENCES.search(block.text)
            and _between_paragraphs(blocks, index, following)
        ):
            builder.paragraph(block.text)  # "Mais quels usages ? Et marcher, oui, mais dans quelle direction ?"
        elif block.kind is Kind.SHORT and _in_dialogue(blocks, index):
            builder.paragraph(block.text)  # "— Et les usagers ?", a short reply between two
        elif _is_heading(block, following, blocks, index, last_prose, marked_headings) and builder.has_body():
            builder.heading(block.text)
        elif marked_headings and block.hint is None and _sentence_like(block.text):
            builder.paragraph(block.text)
        else:
            dropped.add(block, "short line")
        index += 1


HEADING_LABEL_WORDS = 8
LABELS_IN_A_ROW = 3


def _labels(blocks: list[Classified], region: Region) -> set[int]:
    """Labels that each head one line, three or more in a row ("Vision :" / "Créer un manifeste…" / "Accueil :" /
    "Avoir un référent…"): section headings set in bold, copied as lines of their own. An interview's turns
    ("Question :" / "Réponse :") repeat their labels, so the labels of a run must all differ."""
    found: set[int] = set()
    index = region.start
    while index < region.end:
        run = []
        while (
            index + 1 < region.end
            and _label_line(blocks[index])
            and blocks[index + 1].kind in (Kind.SHORT, Kind.PROSE, Kind.ITEM)
            and not _label_line(blocks[index + 1])
            and not blocks[index + 1].text.rstrip().endswith(":")
        ):
            run.append(index)
            index += 2
        texts = [normalized(blocks[i].text) for i in run]
        if len(run) >= LABELS_IN_A_ROW and len(set(texts)) == len(texts):
            found.update(run)
        index += 1 if not run else 0
    return found


def _label_line(block: Classified) -> bool:
    text = block.text.strip()
    return (
        # "Accueil :" is no menu's "Accueil": a menu's label is never followed by a colon.
        (block.kind in (Kind.SHORT, Kind.PROSE) or block.reason == "interface")
        and block.hint in (None, Hint.HEADING)
        and text.endswith(":")
        and len(text.split()) <= HEADING_LABEL_WORDS
        and not text.startswith(GUILLEMETS + ('"',))
    )


DIALOGUE_DASH = compiled(r"^\s*—\s*\S")


def _in_dialogue(blocks: list[Classified], index: int) -> bool:
    """A line of a dialogue set with dashes, among others like it: each turn is read, however short; so is an
    interviewer's question set after a dash, among answers ("— Être une femme brasseuse, c'est compliqué?")."""
    text = blocks[index].text
    if not DIALOGUE_DASH.match(text):
        return False
    asked = text.rstrip().endswith("?") and _between_paragraphs(blocks, index, index + 1)
    return asked or any(0 <= i < len(blocks) and DIALOGUE_DASH.match(blocks[i].text) for i in (index - 1, index + 1))


def _fact_line(blocks: list[Classified], index: int) -> bool:
    """One of several "label : value" lines in a row ("Stade : Groupama Stadium", shaped as a chat's turn): the
    article's fact sheet, not a menu."""
    if not TURN.match(blocks[index].text):
        return False
    neighbours = [blocks[i] for i in (index - 1, index + 1) if 0 <= i < len(blocks)]
    return any(b.kind is Kind.SHORT and b.hint is None and TURN.match(b.text) for b in neighbours)


NUMBERED = compiled(r"^\s*\d{1,2}[.)/-]\s+\S")
NUMBERED_HEADING_WORDS = 14


def _numbered_heading(blocks: list[Classified], index: int, following: int | None) -> bool:
    """A numbered section heading, not an item of a list: short, no full stop, between paragraphs (a list's items
    stand one after another)."""
    text = blocks[index].text
    return (
        bool(NUMBERED.match(text))
        and len(text.split()) <= NUMBERED_HEADING_WORDS
        and (not ends_like_sentence(text) or text.rstrip().endswith("?"))  # "2. Quelle durée et quel format ?"
        and _between_paragraphs(blocks, index, following)
        and _heading_like(text)
    )


SECTION_NUMBER = compiled(r"^\s*(\d{1,2})\s*[.)–-]\s+\S")


def _in_numbered_sequence(blocks: list[Classified], index: int) -> bool:
    """ "2 - Ta porte à clef tu fermeras" between "1 - Des rumeurs tu te méfieras" and "3 - …": a section of a
    numbered series, whatever line stands above it."""
    number = SECTION_NUMBER.match(blocks[index].text)
    if number is None:
        return False
    neighbours = {str(int(number.group(1)) - 1), str(int(number.group(1)) + 1)}
    return any(
        (other := SECTION_NUMBER.match(block.text)) is not None
        and other.group(1) in neighbours
        and block.kind is Kind.SHORT
        for block in blocks
    )


def _between_paragraphs(blocks: list[Classified], index: int, following: int | None) -> bool:
    previous = next((b for b in reversed(blocks[max(0, index - 3) : index]) if b.kind is not Kind.CHROME), None)
    return (
        previous is not None
        and previous.kind is Kind.PROSE
        and following is not None
        and blocks[following].kind is Kind.PROSE
    )


def _lists(block: Classified, listing: bool) -> bool:
    """Whether a list goes on at this block: a prose sentence ending with ":" opens one, its items are short lines
    and marked items ("… et d'accompagnement à la transition,"), and anything else ends it."""
    if block.kind is Kind.PROSE:
        return block.text.rstrip().endswith(":")
    return listing and (block.kind is Kind.ITEM or _item_line(block))


def _pull_quote_credit(line: Classified, quote: str) -> str | None:
    return line.text.strip() if line.reason == "name" else attribution_speaker(line.block, quote)


def _quoted(text: str) -> bool:
    text = text.strip().strip("()")
    return text[:1] in '«“"' and text[-1:] in '»”"'


def _list_item(blocks: list[Classified], index: int) -> bool:
    return 0 <= index < len(blocks) and _item_line(blocks[index])


def _list_member(blocks: list[Classified], index: int) -> bool:
    """A short line of the list, or an item the page marked as one (a bullet, a comma at its end)."""
    return _list_item(blocks, index) or 0 <= index < len(blocks) and blocks[index].kind is Kind.ITEM


def _item_line(block: Classified) -> bool:
    """A short line of no markup that introduces nothing itself: what a list copied without bullets is made of (a
    name alone counts: "Trois gardiens ont été retenus :" is followed by their names)."""
    if block.kind is Kind.CHROME and block.reason == "name":
        return True
    return block.kind is Kind.SHORT and block.hint is None and not block.text.rstrip().endswith(":")


def _is_heading(
    block: Classified,
    following: int | None,
    blocks: list[Classified],
    index: int,
    last_prose: int,
    marked_headings: bool,
) -> bool:
    if following is None or index >= last_prose:
        return False
    if blocks[following].kind not in (Kind.PROSE, Kind.ITEM) and not _list_under_heading(block, blocks, following):
        return False
    if any(b.reason == "download" for b in blocks[index + 1 : following]):
        return False  # the title of a document to download ("La brochure …", "Téléchargez pdf (1,4 MB)")
    if block.hint is Hint.HEADING:
        return True
    # A notice to the readers set in the text stands between sections as a paragraph does.
    previous_at = next(
        (
            i
            for i in range(index - 1, max(0, index - 4) - 1, -1)
            if blocks[i].kind is not Kind.CHROME or blocks[i].reason == NOTICE
        ),
        None,
    )
    if (
        previous_at is not None
        and blocks[previous_at].kind is Kind.SHORT
        and blocks[previous_at].hint is None
        and blocks[previous_at].words <= LINK_WORDS
        and not _in_numbered_sequence(blocks, index)
        and not _quoted(blocks[previous_at].text)  # a pull-quote in large type over the section's heading
        and not _figures_under(blocks, previous_at, index)
    ):
        return False  # two headline-like lines in a row: a list of links between paragraphs, not a section
    if index > 0 and blocks[index - 1].reason == "name":
        return False  # the role under a pull-quote's speaker ("Directeur de campagne à Oceana")
    if index > 0 and normalized(blocks[index - 1].text) in MEDIA_LABELS:
        return False  # the title of the video or the podcast the label announces ("Vidéo", then its title)
    return _heading_like(block.text)


MEDIA_LABELS = frozenset(("vidéo", "video", "podcast", "audio", "à écouter", "à voir", "en vidéo", "en images"))


FIGURE = compiled(r"[-+−]?\s?\d[\d\s.,]*\s?%?")


def _figures_under(blocks: list[Classified], label: int, index: int) -> bool:
    """A data box between two sections: its label ("CAC 40") over figures ("7.612,35", "-2,41 %"), not a link."""
    between = blocks[label + 1 : index]
    figures = any(block.kind is Kind.CHROME and FIGURE.fullmatch(block.text.strip()) for block in between)
    # A table's next row ("Autres candidats (3)", "—", "2 035") has figures after it, a section its text.
    return figures and index + 1 < len(blocks) and blocks[index + 1].kind is Kind.PROSE


NAME_HEADING_PROSE_WORDS = 40


def _name_heading(blocks: list[Classified], index: int, following: int | None) -> bool:
    """A name alone between two long paragraphs of narration heads the section about that person; after a
    quotation it is the quotation's credit, and at the text's end the author's signature."""
    before = blocks[index - 1] if index else None
    return (
        before is not None
        and following == index + 1
        and before.kind is Kind.PROSE
        and before.words >= NAME_HEADING_PROSE_WORDS
        and not before.text.lstrip().startswith(GUILLEMETS + ('"',))
        and not before.text.rstrip().endswith(("»", '"', "”"))
        and blocks[following].kind is Kind.PROSE
        and blocks[following].words >= NAME_HEADING_PROSE_WORDS
    )


def _list_under_heading(block: Classified, blocks: list[Classified], following: int) -> bool:
    """A heading the page marks as one (<h2>) over short lines (a list's items, an event's name) opens its
    section; not when the line under it heads the text below itself ("Sondage" over "Uniformes espagnols")."""
    line = blocks[following]
    if block.hint is Hint.HEADING and line.hint is Hint.HEADING:
        return True  # a section's heading over its first sub-section's
    if block.hint is not Hint.HEADING or line.kind is not Kind.SHORT or line.hint is not None:
        return False
    after = blocks[following + 1] if following + 1 < len(blocks) else None
    heads_text = after is not None and after.kind is Kind.PROSE and after.hint is not Hint.HEADING
    return not (heads_text and _heading_like(line.text)) or _more_items_titled(blocks, following + 2)


ITEMS_REACH = 12


def _more_items_titled(blocks: list[Classified], start: int) -> bool:
    """A weekend's outings under "Musique classique": each item's name over its blurb, and more of them follow
    before the next marked heading; a poll's title over its question stands alone."""
    for index in range(start, min(len(blocks) - 1, start + ITEMS_REACH)):
        block = blocks[index]
        if block.hint is Hint.HEADING:
            return False
        if block.kind is Kind.SHORT and blocks[index + 1].kind is Kind.PROSE and _heading_like(block.text):
            return True
    return False


HEADING_JUNK = compiled(r"https?://|www\.|[\[\]*|@#]|\d{1,2}[:h]\d{2}\s*$")
# An address in a listing ("5 - 7 Quai au bois à brûler - 1000 Bruxelles"): what to read, not a section's title.
ADDRESS = compiled(r"\b\d{4,5}\s+[A-ZÉÈ][\w'-]+(?:[\s-][A-ZÉÈ][\w'-]+)*\s*$")
# "Ils rejoignent :", "Voici la liste :": a sentence introducing what follows, not a section's title.
INTRODUCING = compiled(r"^(?:il|ils|elle|elles|on|nous|vous|je|voici|voilà)\b.*:\s*$", re.IGNORECASE)
ELIDED_ALONE = compiled(r"\w{1,2}['’][«“\"]?")
HEADING_MARK = compiled(r"^(?:>>?|»|•|–|-|\d{1,2}\s?[/.)-])\s*")


def _heading_like(text: str) -> bool:
    """A section heading without markup: a few words of a phrase, not a name, a place tag or a form label."""
    text = HEADING_MARK.sub("", text)  # ">> L'Italie vaillante", "1/L'encombrante Corée du Nord"
    # « and » are not words, nor an elided article cut from its noun by them ("l'« escalade »").
    words = [word for word in text.split() if any(ch.isalnum() for ch in word) and not ELIDED_ALONE.fullmatch(word)]
    if not 1 <= len(words) <= 16 or HEADING_JUNK.search(text) or text.rstrip().endswith((",", ";")):
        return False
    if INTRODUCING.match(text) or ADDRESS.search(text):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "«“\"'"):
        return False
    if len(words) == 1 and (len(text) < 5 or not text[0].isupper()):
        return False
    if words[-1].lower() in DANGLING:
        return False  # "Temps de": a fragment of a wrapped interface line
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.6 * len(text.replace(" ", "")) and (
        text.isupper() or names_in(text) != [text.strip()] or _common_noun(words)
    )


# Endings of French common nouns that names do not have: "Conclusion", "Performances", "Températures".
COMMON_NOUN_ENDINGS = ("tion", "sion", "ment", "ité", "ance", "ence", "ure", "isme")


# Sections that reviews, portraits and practical pieces head with one word.
ONE_WORD_HEADINGS = frozenset(
    "verdict pratique profil contexte bilan design écran autonomie prix chronologie biographie "
    "portrait décryptage historique méthodologie témoignages ergonomie logiciel photo batterie".split()
)


def _common_noun(words: list[str]) -> bool:
    """A heading of one word that is a common noun, though capitalized like a name."""
    word = words[0].lower().rstrip(" :") if len(words) == 1 else ""
    return bool(word) and (word.rstrip("s").endswith(COMMON_NOUN_ENDINGS) or word in ONE_WORD_HEADINGS)


DANGLING = frozenset("de du des la le les l' à au aux et ou en un une par pour sur avec dans".split())


# A paywall's badge glued to the headline: "Technologies de haut vol (de voitures)article bloqué".
TRAILING_BADGE = compiled(
    r"\s*(?:article (?:bloqué|verrouillé|payant|réservé aux abonnés)|réservé aux abonnés)\s*$", re.IGNORECASE
)
TRAILING_STAMP = compiled(
    rf"\s+[-–—|]?\s*\d{{1,2}}(?:er)?\s+(?:{MONTH_PATTERN})\s+\d{{4}}(?:\s+à\s+\d{{1,2}}[:h]\d{{2}})?"
    r"(?:\s*\((?:mis à jour|màj|modifié|actualisé)[^)]*\))?\s*$",
    re.IGNORECASE,
)


LABEL_WORDS = 4
LABEL_PARTICLES = frozenset("de du des la le les l' et d' &".split())


def _without_label(title: str, declared: str | None, above: list[Classified]) -> str:
    """A headline shown with its section's label on the same line ("… dans les pas de ses maîtres Le Monde
    Festival"): the same headline without it, as the page declares it or as a line above gives it (a share bar,
    a breadcrumb)."""
    words = title.split()
    for known in [declared, *(block.text for block in above)]:
        if not known or len(known.split()) < 5:
            continue
        extra = len(words) - len(known.split())
        label = words[len(words) - extra :]
        if (
            0 < extra <= LABEL_WORDS
            and title.casefold().startswith(known.strip().casefold())
            # A label is a name ("Le Monde Festival", "Sport24"); lower-case words go on the headline that a
            # shortened <title> cut ("… reçoit le feu vert").
            and label[0][:1].isupper()
            and all(word[:1].isupper() or word[:1].isdigit() or word in LABEL_PARTICLES for word in label)
        ):
            return known.strip()
    return title


def _without_stamp(title: str) -> str:
    """A headline copied with its time stamp or buttons on the same line ("… sa méthode 27 octobre 2012 à 18:27",
    "… la brochure qui fait jaser sauvegarder article réagir")."""
    stripped = TRAILING_BADGE.sub("", TRAILING_STAMP.sub("", title))
    words = stripped.split()
    while len(words) > 3 and words[-1].lower().strip(".,:") in TRAILING_INTERFACE:
        words.pop()
    stripped = " ".join(words)
    return stripped if len(stripped.split()) >= 3 else title


TRAILING_INTERFACE = frozenset(
    "sauvegarder article réagir imprimer envoyer partager commenter tweet facebook twitter email e-mail courriel "
    "agrandir réduire enregistrer favoris réactions commentaires".split()
)


def _sentence_like(text: str) -> bool:
    return len(text.split()) >= 4 and any(ch.islower() for ch in text)


def _skip_links(blocks: list[Classified], index: int, end: int, dropped: _Dropped) -> int:
    """After a mid-article "À lire aussi": its short link lines are dropped up to the next paragraph. A box holding
    only promotions ("À découvrir", "PODCAST - Écoutez le club…") ends at a heading the paragraphs resume under."""
    promotions, only_promotions = 0, True  # chrome lines right after the marker, and nothing else yet
    links: list[Classified] = []  # the link lines dropped so far
    while index + 1 < end and (
        blocks[index + 1].kind in (Kind.SHORT, Kind.CHROME, Kind.ITEM) or not links and _asking_link(blocks[index + 1])
    ):
        following = blocks[index + 1]
        if following.reason == NOTICE and following.words > BOX_LINE_WORDS:
            return index  # a notice's paragraph ends the box as any paragraph does
        if links and _heading_after_links(blocks, index + 1, end, links):
            return index
        if following.block.hint is Hint.HEADING and all(link.block.hint is None for link in links):
            # A heading the markup marks (<h2>) under plain links opens the next section.
            after = _next_content(blocks, index + 2, end)
            if after is not None and blocks[after].kind is Kind.PROSE:
                return index
        if only_promotions and promotions >= 2 and following.kind is Kind.SHORT and _heading_like(following.text):
            after = _next_content(blocks, index + 2, end)
            if after is not None and blocks[after].kind is Kind.PROSE:
                return index  # (one label, "Article réservé à nos abonnés", belongs to the link under it)
        if following.kind is Kind.CHROME:
            promotions += 1
        else:
            only_promotions = False
            links.append(following)
            # chrome from now on: a heading under the box is not a second link for lack of a paragraph between
            blocks[index + 1] = Classified(following.block, Kind.CHROME, "related articles")
        index += 1
        dropped.add(following, "related articles")
    return index


HEADING_AFTER_LINKS_WORDS = 6
PLAIN_HEADING_WORDS = 8  # a heading with no colon and no question, which no link reads like


def _asking_link(line: Classified) -> bool:
    """The first link under the box's label, a headline that reads as a sentence because it asks ("Centres-villes :
    le programme « Action cœur de ville » a-t-il tenu ses promesses ?")."""
    return line.kind is Kind.PROSE and line.words <= LINK_WORDS and line.text.rstrip().endswith("?")


def _shorter_than(heading: Classified, link: Classified) -> bool:
    if _headline_shaped(link.text):
        # A heading does not read as another headline: no topic before a colon, no question.
        if _headline_shaped(heading.text):
            return heading.words * 3 <= link.words * 2
        return heading.words <= link.words
    return heading.words * 2 <= link.words


def _headline_shaped(text: str) -> bool:
    return " : " in text or text.rstrip().endswith("?")


def _heading_after_links(blocks: list[Classified], index: int, end: int, links: list[Classified]) -> bool:
    """ "À lire aussi", "Roubaix : la mairie veut racheter les cellules commerciales vides", then "La mairie promet
    un plan" over a paragraph: a link's headline is long, the section heading the text resumes under is shorter
    ("Dinosaures : les iguanodons vivaient-ils vraiment en troupeaux ?" over "Un site menacé par l'exploitation"):
    half the link's length; two thirds of a link that reads as a headline, its topic before a colon or a question,
    and as long as it when the heading itself does not read so ("Un coût de 4 millions par an").
    "La GRC ouvre une enquête" under "Un policier de Calgary suspendu après une intervention filmée" is a link."""
    line = blocks[index]
    after = _next_content(blocks, index + 1, end)
    return (
        line.kind is Kind.SHORT
        and line.words <= (HEADING_AFTER_LINKS_WORDS if _headline_shaped(line.text) else PLAIN_HEADING_WORDS)
        and all(_shorter_than(line, link) for link in links)
        and _heading_like(line.text)
        and after == index + 1
        and blocks[after].kind is Kind.PROSE
    )


CREDIT_ONLY = compiled(
    r"^\(?\s*(?:photo|photos|crédit|crédits|illustration)s?\s*:|^PHOTOS? [A-ZÀ-Ý][A-ZÀ-Ý .,'’/-]+$", re.IGNORECASE
)
CREDIT_WORDS = 8
# The agencies and the initials of whoever edited a wire, under its last paragraph: "ats/afp/dac" (RTS).
WIRE_SIGNATURE = compiled(r"^[a-z]{2,5}(?:/[a-z]{2,5})+$")


def _is_caption(block: Classified, following: Classified | None, previous: Classified | None) -> bool:
    """A photo's caption: a paragraph told by the credit line under it, or a line under a gallery's counter
    ("Photo 1/5")."""
    if block.words > 25 or block.text.rstrip().endswith("?"):
        return False  # a caption describes the photo; it does not ask (an interview's first question may follow)
    credited = block.kind is Kind.PROSE and following is not None and bool(CREDIT_ONLY.match(following.text.strip()))
    # "… les deux premiers EPR2." over "(Lou Benoist/AFP)": a credit line alone, the photo's, right under it. Not
    # "Steven Vanackere, Belga" under a chapô that names him: that line is the caption, with its credit.
    credited = credited or (
        following is not None
        and following.reason == "credit"
        and following.words <= CREDIT_WORDS
        and not _names_again(following.text, block.text)
        and not WIRE_SIGNATURE.match(following.text.strip())
    )
    # La Presse and Le Devoir set the credit first: "PHOTO MARCO CAMPANOZZI, ARCHIVES LA PRESSE", then the caption.
    credited = credited or previous is not None and bool(CREDIT_ONLY.match(previous.text.strip()))
    return credited or previous is not None and previous.reason == "gallery"


def _names_again(credit: str, text: str) -> bool:
    """Whether a credit line repeats a capitalised word of the text above it (the person the photo shows)."""
    return any(word in text for word in CAPITALISED_WORD.findall(credit))


CAPITALISED_WORD = compiled(r"\b[A-ZÀ-Ý][\w'’-]{2,}")


def _next_content(blocks: list[Classified], start: int, end: int) -> int | None:
    return next((i for i in range(start, min(end, start + 12)) if blocks[i].kind is not Kind.CHROME), None)


# La Dépêche's chapô copied with its box's label: "l'essentiel Ce samedi 12 juillet, à Frayssinet, …".
SUMMARY_LABEL = compiled(r"^l['’]essentiel\s+(?=[A-ZÉÈÀÇ«])")


def _lines(blocks: list[Block]) -> list[Block]:
    """One block per line: a <br> or a line break separates paragraphs; the markup's evidence is kept."""
    lines = []
    for block in blocks:
        parts = [SUMMARY_LABEL.sub("", line) for line in clean_text(block.text).split("\n") if line.strip()]
        if len(parts) == 1 and parts[0] == block.text:
            lines.append(block)
        else:
            lines.extend(
                Block(part, block.hint, block.link_density, block.located, block.chrome_reason) for part in parts
            )
    return lines


class _Dropped:
    """What is not spoken, once each, in page order, with the reason."""

    def __init__(self, title: str | None) -> None:
        self._title = title
        self._entries: dict[str, str] = {}

    def add(self, block: Classified, default_reason: str) -> None:
        self.add_text(block.text, block.reason or default_reason)

    def add_text(self, text: str, reason: str) -> None:
        if text.strip() and text != self._title and text not in self._entries:
            self._entries[text] = reason

    def entries(self) -> tuple[Dropped, ...]:
        return tuple(Dropped(text, reason) for text, reason in self._entries.items())
