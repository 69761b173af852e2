"""Where the article is on the page: the dense run of body text, the headline above its lede, the chapô.

The article is found the way jusText and trafilatura score blocks: prose is evidence, links and interface lines are
not, and runs of headline-like lines (menus, teaser lists) separate the article from everything around it. What the
page declares (an <h1>, the extractor's paragraphs, JSON-LD) weighs more than what the text looks like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.article.block_kinds import Classified, Kind
from app.article.blocks import Hint, PageMetadata
from app.article.chrome import MEDIUM_LABEL, ends_like_sentence, normalized
from app.article.chrome_phrases import FUNCTION_WORDS, GUILLEMETS
from app.article.months import MONTH_PATTERN
from app.article.name_words import PERSON_NOUNS
from app.article.pull_quotes import attribution_speaker
from app.errors import NoArticleError
from app.regexes import compiled

# A run of this many headline-like lines between two paragraphs is a menu or a teaser list, not a heading.
MAX_SHORT_GAP = 3
MAX_GAP = 14
WEAK_END_LOOKAHEAD = 7
SUBSTANTIAL_WORDS = 150
MERGE_GAP = 20
LIST_ON_TOPIC = 0.7  # share of a long list's lines that speak of the article's topic
MIN_ITEM_WORDS = 3
ANNOUNCED_LIST_ITEMS = 30
TITLE_WINDOW = 12
HEADER_WINDOW = 40
HEADER_PROSE_WORDS = 400
HEADER_DEPTH = 12
SIGNED_BONUS = 0.45
LONG_HEADLINE_WORDS = 14
EXTRACTOR_GAP = 3
MIN_CARDS = 3
BLURB_WORDS = 50
CARDS_WEIGHT = 0.15


EXCLAIMED = compiled(r"[!?]\s*[\"»”]?$|(?:…|\.\.\.)\s*[\"»”]$")
TRAILING_ELLIPSIS = compiled(r"(?:…|\.\.\.)$")
TIME_STAMPED = compiled(r"^\W*\d{1,2}\s?(?:h|:)\s?\d{2}\b")


@dataclass(frozen=True)
class Region:
    start: int
    """First block of the body (the standfirst or the lede)."""
    end: int
    """One past the last block of the body."""
    title: int | None
    """The headline's block, when the page shows it."""
    standfirst: int | None


def find_region(blocks: list[Classified], metadata: PageMetadata) -> Region:
    runs = _candidate_runs(blocks)
    if not runs:
        raise NoArticleError(
            "No article text was found", "the input holds only navigation, links or headlines, no paragraph"
        )
    best = max(runs, key=lambda run: _score(blocks, run))
    start, end = _merged(blocks, runs, best)
    end = _extractor_end(blocks, start, end)
    if (
        end < len(blocks)
        and blocks[end].kind is Kind.SHORT
        and attribution_speaker(blocks[end].block, blocks[end - 1].text)
    ):
        end += 1  # the line that credits a closing pull-quote
    end = _announced_list_end(blocks, start, _off_topic_cards_end(blocks, start, _dated_piece_end(blocks, start, end)))
    title = _title(blocks, start, end, metadata)
    header = _dated_repeat(blocks, title, end)
    if header is not None:
        title, start = header, header + 1
    standfirst = _standfirst(blocks, title, start, metadata)
    if standfirst is not None and standfirst < start:
        start = standfirst
    if title is not None and title >= start:
        start = title + 1
    return Region(start, end, title, standfirst)


# A calendar date, not a live blog's time: "11/03/2012", "12 mars 2012", "lundi 12 mars".
CALENDAR_DATE = compiled(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?\b|\b\d{{1,2}}(?:er)?\s+(?:{MONTH_PATTERN})\b", re.I
)
PIECE_HEADER_REACH = 3
PIECE_DEK_WORDS = 30
PIECE_DATE_WORDS = 10
PIECE_PARAGRAPH_WORDS = 20


def _dated_piece_end(blocks: list[Classified], start: int, end: int) -> int:
    """Copied text: after the article's paragraphs, a headline over its own date (a byline may come between)
    starts another piece: a related article's teaser with its date and blurb, or the next article of an endless
    page. The article's own date stands over its lede, before any paragraph."""
    paragraphs = 0
    for index in range(start, end):
        block = blocks[index]
        if block.kind is Kind.PROSE and block.words >= PIECE_PARAGRAPH_WORDS:
            paragraphs += 1  # the article's own paragraphs, not the header's short lines that read as sentences
        elif (
            paragraphs >= 2 and block.kind is Kind.SHORT and _headline_like(block.text) and _dated_under(blocks, index)
        ):
            return index
    return end


def _dated_repeat(blocks: list[Classified], title: int | None, end: int) -> int | None:
    """Copied text: the headline found is a menu's teaser of the article ("Jack Dion Le commissaire européen…") when
    the same headline stands further down over its date: that is the article's own header, where the article starts."""
    if title is None:
        return None
    teaser = normalized(blocks[title].text)
    for index in range(title + 1, min(end, title + 1 + HEADER_WINDOW)):
        block = blocks[index]
        if (
            block.kind is Kind.SHORT
            and block.words >= 4
            and teaser.endswith(normalized(block.text))
            and _dated_under(blocks, index)
        ):
            return index
    return None


def _dated_under(blocks: list[Classified], index: int) -> bool:
    below = blocks[index + 1 : index + 2 + PIECE_HEADER_REACH]
    if below and below[0].kind is Kind.PROSE and below[0].words <= PIECE_DEK_WORDS:
        below = below[1:]  # the piece's subheading, then its byline and date
    for block in below[:PIECE_HEADER_REACH]:
        # A piece's date is a short line; "MIS À JOUR LE · Cas confirmés de Covid-19 depuis le 17 février 2020 en"
        # heads a chart inside the article.
        if block.reason == "date" and CALENDAR_DATE.search(block.text) and block.words <= PIECE_DATE_WORDS:
            return True
        if block.reason not in ("byline", "name"):
            return False
    return False


def _announced_list_end(blocks: list[Classified], start: int, end: int) -> int:
    """The article's last sentence announces a list ("La liste des gagnants :"): its items are the article's end,
    however short; the list stops at the first line that is not one of them (a signature, a box's heading)."""
    last_prose = next((i for i in range(end - 1, start - 1, -1) if blocks[i].kind is Kind.PROSE), None)
    if last_prose is None or last_prose < end - 1 or not blocks[last_prose].text.rstrip().endswith(":"):
        return end
    index = end
    while (
        index < len(blocks) and blocks[index].kind in (Kind.SHORT, Kind.ITEM) and blocks[index].words >= MIN_ITEM_WORDS
    ):
        index += 1
    # Two items at least; and an endless run of headlines is the page's list of links, not the article's list.
    return index if 2 <= index - end <= ANNOUNCED_LIST_ITEMS else end


def _extractor_end(blocks: list[Classified], start: int, end: int) -> int:
    """HTML: where the extractor's paragraphs end, the article ends, when something else stands between them and
    the prose that follows (a box, a block of links, an end marker): teaser lists, reader notices and partner
    blurbs read like prose but the extractor left them out. Prose that goes straight on is the article's end."""
    located = [i for i in range(start, end) if blocks[i].block.located and blocks[i].kind is not Kind.CHROME]
    prose = [i for i in range(start, end) if blocks[i].kind is Kind.PROSE]
    if sum(blocks[i].kind is Kind.PROSE for i in located) < 3 or len(located) < 0.5 * len(prose):
        return end
    last = located[-1] + 1
    gap = 0
    for index in range(last, end):
        block = blocks[index]
        if block.kind in (Kind.PROSE, Kind.ITEM):
            if gap >= EXTRACTOR_GAP or any(b.kind is Kind.END for b in blocks[last:index]):
                return last
            gap = 0
            last = index + 1
        else:
            gap += 1
    return end


def _evidence(block: Classified) -> float:
    """How much a block says "article here"."""
    if block.kind is Kind.PROSE:
        weight = block.words
        return weight * (2.0 if block.block.located else 1.0)
    if block.kind is Kind.ITEM:
        return block.words * (1.0 if block.block.located else 0.3)
    return 0.0


def _merged(blocks: list[Classified], runs: list[tuple[int, int]], best: tuple[int, int]) -> tuple[int, int]:
    """The best run joined with the runs next to it that a gallery, a table or a box of short lines cut it from:
    no end marker between them, a short gap, and real paragraphs on the other side."""
    start, end = best
    position = runs.index(best)
    for run in runs[position + 1 :]:
        if not _joinable(blocks, end, run, (start, end)):
            break
        end = run[1]
    for run in reversed(runs[:position]):
        if not _joinable(blocks, run[1], (start, end), run):
            break
        start = run[0]
    return start, end


def _joinable(blocks: list[Classified], gap_start: int, run: tuple[int, int], joined: tuple[int, int]) -> bool:
    """Can `run` join the runs already `joined`, across the lines from `gap_start` to it?"""
    gap = blocks[gap_start : run[0]]
    prose = [block for block in blocks[run[0] : run[1]] if block.kind is Kind.PROSE]
    return (
        len(gap) <= MERGE_GAP
        and not any(block.kind is Kind.END for block in gap)
        and (
            sum(block.kind is Kind.SHORT for block in gap) <= MERGE_GAP // 2
            or _list_on_topic(gap, blocks[run[0] : run[1]] + blocks[joined[0] : joined[1]])
        )
        and (len(prose) >= 2 or sum(block.words for block in prose) >= 50 or _signed_at_its_end(blocks, run, joined))
    )


def _signed_at_its_end(blocks: list[Classified], run: tuple[int, int], joined: tuple[int, int]) -> bool:
    """A last paragraph after a box ("Repères", three dates) is the article's when the byline's name signs it right
    below: "Par Claire Dubois" over the article, "Claire Dubois" under its last paragraph."""
    after = next((b for b in blocks[run[1] : run[1] + 3] if b.reason != "interface"), None)
    if after is None or after.reason != "name":
        return False
    signed = " ".join(after.text.split()).casefold()
    bylines = blocks[max(0, joined[0] - HEADER_DEPTH) : joined[1]]
    return any(b.reason == "byline" and signed in " ".join(b.text.split()).casefold() for b in bylines)


def _list_on_topic(gap: list[Classified], prose_around: list[Classified]) -> bool:
    """A long list inside the article ("Voici les mesures annoncées", then fifteen short lines) speaks of what the
    paragraphs around it speak of; a menu or a box of teasers between two texts mostly does not."""
    topic = _content_words(" ".join(block.text for block in prose_around if block.kind is Kind.PROSE))
    lines = [block for block in gap if block.kind is Kind.SHORT]
    return all(line.words >= MIN_ITEM_WORDS for line in lines) and sum(  # a list of tags: a word or two a line
        bool(_content_words(line.text) & topic) for line in lines
    ) >= LIST_ON_TOPIC * len(lines)


def _candidate_runs(blocks: list[Classified]) -> list[tuple[int, int]]:
    """Runs that may hold the article: once a substantial run has been closed by comments, a form or a footer,
    what comes after is the page's, however long (a comment thread can outgrow its article). A thread known by its
    signed comments ends the candidates whatever came before: the article was above it."""
    thread = next((i for i, b in enumerate(blocks) if b.kind is Kind.END and b.reason == "comments"), len(blocks))
    candidates: list[tuple[int, int]] = []
    for start, end, closed in _runs(blocks):
        if start > thread and candidates:
            break
        candidates.append((start, end))
        if closed and _score(blocks, (start, end)) >= SUBSTANTIAL_WORDS:
            break
    return candidates


RUN_OPENING_WORDS = 3


def _runs(blocks: list[Classified]) -> list[tuple[int, int, bool]]:
    """Maximal runs of prose, broken by end markers and by long stretches of headline-like lines; each says
    whether a strong end marker (comments, forms, footers) closed it."""
    runs: list[tuple[int, int, bool]] = []
    start: int | None = None
    last = 0
    shorts = gap = 0
    in_box = False  # inside a mid-article "Lire aussi" box, whose links are short lines
    for index, block in enumerate(blocks):
        if block.kind in (Kind.PROSE, Kind.ITEM) and _evidence(block) > 0:
            if start is None and block.words < RUN_OPENING_WORDS:
                continue  # "Brut.", a site's name with its full stop atop the page, opens no article
            if start is None:
                start = index
            last = index
            shorts = gap = 0
            in_box = False
            continue
        if start is None:
            continue
        breaks = block.kind is Kind.END and (
            block.strong_end and not _body_resumes_after(blocks, index) or not _resumes_after(blocks, index)
        )
        in_box = in_box or block.kind is Kind.END and not breaks
        if block.kind is Kind.SHORT and not in_box:
            shorts += 1
        gap += 1
        if breaks or shorts > MAX_SHORT_GAP or gap > MAX_GAP:
            runs.append((start, last + 1, block.kind is Kind.END and block.strong_end))
            start = None
            shorts = gap = 0
    if start is not None:
        runs.append((start, last + 1, False))
    return runs


def _body_resumes_after(blocks: list[Classified], index: int) -> bool:
    """A box of the most read articles set inside the article (HTML): a few links, then a paragraph the extractor
    places in the article's body; the box's title does not end the article."""
    after = index + 1
    while after < len(blocks) and after - index <= WEAK_END_LOOKAHEAD and blocks[after].block.link_density >= 0.5:
        after += 1  # the box's links
    if blocks[index].block.located or after == index + 1 or after - index > WEAK_END_LOOKAHEAD or after == len(blocks):
        return False
    if blocks[after].kind is Kind.SHORT and blocks[after].block.hint is Hint.HEADING and after + 1 < len(blocks):
        after += 1  # the section's heading, then its paragraph
    return blocks[after].kind is Kind.PROSE and blocks[after].block.located and blocks[after].words >= 20


def _resumes_after(blocks: list[Classified], index: int) -> bool:
    """Mid-article "À lire aussi" boxes hold a few links; the article's paragraphs resume right after them. Not
    when what follows is teasers, each a headline over its blurb ("Sur le même sujet", then three of them)."""
    following = blocks[index + 1 : index + 1 + WEAK_END_LOOKAHEAD]
    cards = _cards_from(blocks, index + 1)
    if cards >= 2:
        # Unless paragraphs run on after them: then the "cards" were the box's one headline over the paragraph
        # after it, and an intertitle over its section ("Lire aussi", a link, a paragraph, "Des contrôles
        # inexistants", paragraphs).
        after = blocks[index + 1 + 2 * cards : index + 3 + 2 * cards]
        return len(after) == 2 and all(block.kind is Kind.PROSE and block.words >= 20 for block in after)
    steps = [b for b in following if b.kind is Kind.ITEM and b.words >= 8 and ends_like_sentence(b.text)]
    # "Que faire en cas de séisme ?", then its numbered steps, each a sentence: the article goes on.
    return any(block.kind is Kind.PROSE and block.words >= 20 for block in following) or len(steps) >= 2


OFF_TOPIC_SHARE = 0.15
MIN_BODY_BEFORE_CARDS = 3


def _off_topic_cards_end(blocks: list[Classified], start: int, end: int) -> int:
    """Teasers of other news right after the article, without a heading: each a headline over a blurb, speaking
    of something else than the article (a short section of the article shares its words)."""
    for index in range(start + 1, end - 3):
        cards = _cards_from(blocks, index)
        if cards < 2 or index + 2 * cards < end:
            continue  # only a run of teasers that goes to the end of the article's run
        if any(_cards_from(blocks, i) for i in range(max(0, start - 1), index)):
            return end  # the article is itself a list of items, each under its title (tweets, a selection)
        firsts = range(index, index + 2 * cards, 2)
        body = [block.text for block in blocks[start:index] if block.kind is Kind.PROSE]
        if len(body) < MIN_BODY_BEFORE_CARDS or any(blocks[i].text.rstrip().endswith("?") for i in firsts):
            return end  # too little article to tell its topic; an interview's questions over their answers
        topic = _content_words(" ".join(body))
        shares = [_share(_content_words(f"{blocks[i].text} {blocks[i + 1].text}"), topic) for i in firsts]
        return index if sum(shares) / cards <= OFF_TOPIC_SHARE else end
    return end


def _share(words: set[str], topic: set[str]) -> float:
    return len(words & topic) / len(words) if words else 0.0


def _cards_from(blocks: list[Classified], index: int) -> int:
    """How many teasers in a row start at `index`: a headline-like line, then a blurb of a paragraph."""
    cards = 0
    while (
        index + 1 < len(blocks)
        and blocks[index].kind is Kind.SHORT
        and _headline_like(blocks[index].text)
        and blocks[index + 1].kind is Kind.PROSE
        and blocks[index + 1].words <= BLURB_WORDS
    ):
        cards += 1
        index += 2
    return cards


def _score(blocks: list[Classified], run: tuple[int, int]) -> float:
    evidence = sum(_evidence(block) for block in blocks[run[0] : run[1]])
    return evidence * CARDS_WEIGHT if _teaser_cards(blocks, run) else evidence


def _teaser_cards(blocks: list[Classified], run: tuple[int, int]) -> bool:
    """A run of blurbs each under its own title ("Gangster Squad", then two lines of synopsis): a box of teasers
    (films showing, partner stories), whose blurbs read like prose but whose paragraphs never run on."""
    prose = [i for i in range(run[0], run[1]) if blocks[i].kind is Kind.PROSE]
    return (
        len(prose) >= MIN_CARDS
        and all(i > 0 and _card_title(blocks[i - 1]) for i in prose)  # an article's opening paragraph has none
        and all(blocks[i].words <= BLURB_WORDS for i in prose)  # sections under subheadings run longer
    )


def _card_title(block: Classified) -> bool:
    return block.kind is Kind.SHORT and _headline_like(block.text) or block.reason in ("name", "teaser")


def _title(blocks: list[Classified], start: int, end: int, metadata: PageMetadata) -> int | None:
    declared = normalized(metadata.title) if metadata.title else None
    headings = [i for i, b in enumerate(blocks) if b.hint is Hint.TITLE and b.kind is Kind.SHORT]
    if declared:
        matching = [i for i in headings if _similar(normalized(blocks[i].text), declared)]
        if not matching:
            matching = [
                i
                for i in range(max(0, start - TITLE_WINDOW), min(end, start + 3))
                if blocks[i].kind in (Kind.SHORT, Kind.PROSE) and _similar(normalized(blocks[i].text), declared)
            ]
        if not matching:
            # A blog's <h1> is its name; the post's title is a heading of its own (Blogger's <h3 class="post-title">).
            matching = [
                i
                for i, block in enumerate(blocks)
                if block.hint is Hint.HEADING
                and block.kind in (Kind.SHORT, Kind.CHROME)  # a post's title links to the post itself
                and normalized(block.text) == declared
                and (not headings or i > headings[0])
            ]
        if matching:
            return min(matching, key=lambda i: abs(i - start))
    before = [i for i in headings if i < start]
    if before:
        return before[-1]
    inside = [i for i in headings if start <= i < end]
    if inside and inside[0] <= start + 3:
        return inside[0]
    if headings or declared:
        return None  # the page names its title elsewhere; a line of text is not promoted to it
    above = _headline_above(blocks, start, end)
    if above is not None:
        return above
    # A title written as a sentence ("Un incendie ravage un entrepôt à Laval."): short, and more text follows.
    first = blocks[start]
    if first.words <= 16 and end - start > 1 and not first.text.lstrip().startswith(GUILLEMETS + ('"',)):
        return start
    return None


def _similar(line: str, declared: str) -> bool:
    # Both long enough to tell: a one-letter <title> ("T") is inside every line.
    if not line:
        return False
    # A kicker inside the declared title ("La Tour-de-Peilz") is not it: the shorter holds half the longer at least.
    shorter, longer = sorted((len(line), len(declared)))
    return line == declared or shorter >= 12 and 2 * shorter >= longer and (line in declared or declared in line)


QUESTION_HEADLINE_WORDS = 24


def _headline_above(blocks: list[Classified], start: int, end: int) -> int | None:
    """Copied text: the headline is a headline-like line above the lede, past the chapô, a few intro lines and
    interface lines. Among the candidates (teasers and rubric labels sit there too), the headline is the one that
    speaks of what the article speaks of, and that a byline or a date signs; then the nearest."""
    topic = _content_words(" ".join(block.text for block in blocks[start:end] if block.kind is Kind.PROSE))
    best, best_score = None, 0.0
    fallback = None
    prose_words = 0
    # The run may begin with a promotion above the headline ("Découvrez la nouvelle Libre chez votre libraire!").
    # A headline that reads as a sentence (trailing off, asking, exclaiming) may open the run too.
    inside = [
        i
        for i in range(min(end - 1, start + 3), start, -1)
        if (blocks[i].kind is Kind.SHORT or _trailing_off(blocks[i]) or EXCLAIMED.search(blocks[i].text))
        and _signed_below(blocks, i)
    ]
    for index in [*inside, *range(start, max(-1, start - 1 - HEADER_WINDOW), -1)]:
        block = blocks[index]
        # A headline ending on a question, an exclamation or a quote ('Dany Boon: "Mon coach me tapait !"') reads as
        # a sentence: such a short line signed by a byline or a date is a candidate too.
        trailing_off = _trailing_off(block)  # "Avancer ensemble vers la contribution…"
        dated_above = _dated_above(blocks, index)
        first_line = (
            block.kind is Kind.PROSE
            # Questions run longer ("L'Europe doit-elle se doter de sa propre dissuasion…? Si oui, en est-elle…?").
            and block.words <= (QUESTION_HEADLINE_WORDS if block.text.rstrip().endswith("?") else 16)
            and (EXCLAIMED.search(block.text) or trailing_off)
            and _headline_like(block.text)
            and (_signed_below(blocks, index) or dated_above)
        ) or _long_headline(blocks, index)
        if block.kind is Kind.PROSE and not first_line:
            prose_words += block.words
            if prose_words > HEADER_PROSE_WORDS:
                break
            continue
        if not first_line and (block.kind is not Kind.SHORT or not _headline_like(block.text)):
            continue
        if _in_teaser_box(blocks, index):
            continue  # a teaser under "À lire aussi"
        if index > 0 and blocks[index - 1].reason == "name" and block.text.split()[0].lower() in PERSON_NOUNS:
            continue  # the role under a signature ("Professeur à l'Institut Mines-Télécom")
        fallback = fallback if fallback is not None else index
        signed_below = _signed_below(blocks, index)
        # "Alizée revient...en soutif" has four words; so has "Ronaldo écourte l'entraînement" signed under it (an
        # elided article is a word)
        text = block.text.strip()
        short_headline = signed_below and _over_dek(blocks, index)  # "Le grand gâchis", its chapô, its byline
        word_count = len(WORDS_APART.split(text)) + (len(ELISION.findall(text)) if signed_below else 0)
        if word_count < 4 and not short_headline:
            continue
        words = _content_words(block.text)
        # A share of a line's words, discounted when the line has too few of them to tell ("Le Soir en pdf").
        shared = len(words & topic) / len(words) * min(1.0, len(words) / 4) if words else 0.0
        if block.words > LONG_HEADLINE_WORDS:
            shared *= 0.8  # a teaser's summary shares the article's words too, but headlines are short
        if first_line:
            shared -= 0.15  # a line that reads as a sentence is less likely the headline than one that does not
        if _in_a_list(blocks, index) and not signed_right_under(blocks, index):
            shared -= 0.3  # one of several headline-like lines in a row: a menu or teasers, not the headline
        signed = signed_below or first_line and dated_above
        if not signed and _over_signed_subheading(blocks, index, topic):
            signed, shared = True, shared + 0.15  # a headline over its subheading, over the byline
        score = shared + (SIGNED_BONUS if signed else 0.0) + (0.05 if best is None else 0.0)
        if score > best_score:
            best, best_score = index, score
    return best if best is not None else fallback


TEASER_BOX_REACH = 6


def _in_teaser_box(blocks: list[Classified], index: int) -> bool:
    """Right under "À lire aussi", or further down its box of short lines ("Plus", "Le compte Twitter de…") when
    no byline signs it and a signed headline stands above the box."""
    above = blocks[index - 1] if index > 0 else None
    if above is not None and above.kind is Kind.END:
        return not above.strong_end
    if _signed_below(blocks, index):
        return False
    for marker in range(index - 1, max(-1, index - 1 - TEASER_BOX_REACH), -1):
        block = blocks[marker]
        if block.kind is Kind.END:
            return not block.strong_end and any(
                blocks[i].kind is Kind.SHORT and _headline_like(blocks[i].text) and _signed_below(blocks, i)
                for i in range(max(0, marker - TITLE_WINDOW), marker)
            )
        if block.kind not in (Kind.SHORT, Kind.CHROME):
            return False
    return False


def _dated_above(blocks: list[Classified], index: int) -> bool:
    """ "Mise à jour : samedi 17 mars 2012 08h23" right above the line: some pages date the headline from above.
    Not when a headline stands right above that date: the date is that headline's."""
    if index < 1 or blocks[index - 1].reason not in ("date", "byline"):
        return False
    signature = index - 1
    while signature > 0 and blocks[signature - 1].reason in ("date", "byline"):
        signature -= 1  # "M.C." then "Mis en ligne le 22/04/2011": the signature and its date, one under the other
    above = blocks[signature - 1] if signature >= 1 else None
    return not (above and above.kind is Kind.SHORT and above.words >= 4 and _headline_like(above.text))


def signed_right_under(blocks: list[Classified], index: int) -> bool:
    """The byline or the date comes right under the line, past nothing but interface lines: the last line of a
    stack of rubric labels and teasers that is signed so is the headline."""
    for block in blocks[index + 1 : index + 1 + HEADER_DEPTH]:
        if block.reason in ("byline", "date", "name"):
            return True
        if block.kind is not Kind.CHROME:
            return False
    return False


def _content_words(text: str) -> set[str]:
    """Words that carry a topic, cut to their first letters so that "consentante" meets "consentie", and acronyms
    ("N-VA", "PS", "OTAN"), which headlines favour."""
    words = {word[:6] for word in re.findall(r"[^\W\d_]{4,}", text.lower()) if word not in FUNCTION_WORDS}
    return words | {acronym.lower() for acronym in ACRONYM.findall(text) if len(acronym) >= 2}


WORDS_APART = compiled(r"\s+|(?<=\w)(?:\.{3}|…)(?=\w)")
ELISION = compiled(r"(?<=\w)['’](?=\w)")
ACRONYM = compiled(r"(?<![\w-])[A-Z]+(?:-[A-Z]+)*(?![\w-])")


TRAILING_HEADLINE_WORDS = 10


SENTENCE_HEADLINE_WORDS = 32


def _long_headline(blocks: list[Classified], index: int) -> bool:
    """A long headline that reads as a sentence left without its full stop ("Près d'une famille sur cinq à Montréal
    consacre désormais plus de la moitié de son revenu au logement, révèle une nouvelle étude"), over its
    subheading and its signature."""
    block = blocks[index]
    return (
        block.kind is Kind.PROSE
        and LONG_HEADLINE_WORDS < block.words <= SENTENCE_HEADLINE_WORDS  # shorter ones are a live blog's lines
        and not ends_like_sentence(block.text)
        and _headline_like(block.text)
        and _signed_below(blocks, index)
    )


def _trailing_off(block: Classified) -> bool:
    return block.words <= TRAILING_HEADLINE_WORDS and TRAILING_ELLIPSIS.search(block.text) is not None


def _in_a_list(blocks: list[Classified], index: int) -> bool:
    """Part of three or more headline-like lines in a row."""

    def listed(i: int) -> bool:
        return 0 <= i < len(blocks) and blocks[i].kind is Kind.SHORT and _headline_like(blocks[i].text)

    run = 1
    for step in (-1, 1):
        i = index + step
        while listed(i):
            run += 1
            i += step
    return run >= 3


FULL_HEADLINE_WORDS = 8


def _over_dek(blocks: list[Classified], index: int) -> bool:
    """A short headline of two or three words right over its chapô, a paragraph of one or two sentences."""
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        blocks[index].words >= 2
        and below is not None
        and below.kind is Kind.PROSE
        and below.words <= DEK_WORDS
        and not blocks[index].text.rstrip().endswith((".", ":"))
    )


DEK_WORDS = 45


def _over_signed_subheading(blocks: list[Classified], index: int, topic: set[str]) -> bool:
    """A headline, then a short subheading signed by a byline or a date. Not a rubric above the headline (shorter,
    and less about the article than the line under it), nor the last of a stack of teasers."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    previous = next((b for b in reversed(blocks[max(0, index - 3) : index]) if b.kind is not Kind.CHROME), None)
    if following is None or following.kind is not Kind.SHORT or not _headline_like(following.text):
        return False
    # The subheading says more, so may share more of the article's words than a headline of full length; a short
    # line over it ("L'article du New York Post", a rubric) has to share more than the subheading.
    weight = 2 if blocks[index].words >= FULL_HEADLINE_WORDS else 1
    shared = _topic_words(blocks[index].text, topic)
    if blocks[index].words < 5 or weight * shared <= _topic_words(following.text, topic):
        return False
    if following.words < blocks[index].words:
        return False  # a subheading says more than its headline; a caption over a short headline is not one
    stacked = previous is not None and previous.kind is Kind.SHORT and _headline_like(previous.text)
    return not stacked and _signed_below(blocks, index + 1)


def _topic_words(text: str, topic: set[str]) -> int:
    return len(_content_words(text) & topic)


def _signed_below(blocks: list[Classified], index: int) -> bool:
    """A byline or a date line right under the headline (before the next headline-like line; the links of a
    "Lire aussi" box between the headline and the lede are passed over)."""
    prose = 0
    in_box = False
    for block in blocks[index + 1 : index + 1 + HEADER_DEPTH]:
        if block.reason in ("byline", "date"):
            return True
        if block.kind is Kind.END and not block.strong_end:
            in_box = True
            continue
        if in_box and block.kind is Kind.SHORT:
            continue
        in_box = False
        prose += block.kind is Kind.PROSE
        if prose > 1 or block.kind is Kind.SHORT and _headline_like(block.text) and block.words >= 4:
            return False  # past the chapô into the body, or at the next headline
    return False


def _headline_like(text: str) -> bool:
    words = text.split()
    letters = [ch for ch in text if ch.isalpha()]
    if len(words) < 2 or not letters or TIME_STAMPED.match(text) or not (text[0].isalnum() or text[0] in "«“\"'"):
        return False  # a live blog's entry ("8h47 - ABB voit ses commandes fléchir") is not the page's headline
    shouting = sum(ch.isupper() for ch in letters) > 0.8 * len(letters) and len(words) <= 4
    if len(words) >= KICKED_STANDFIRST_WORDS and KICKER.match(text):
        return False  # "LIGUE 1 Les Parisiens se sont imposés…": 20 Minutes' chapô under its rubric in capitals
    if SCORE_LINE.match(text.strip()) or MINUTE_MARKS.search(text) or CAST_LINE.match(text.strip()):
        return False  # a match's score box: "Standard 2 - 1 Anderlecht", "Buts : Dolberg (24e) ; Dussenne (63e, 88e)"
    # "Berlinale: … remporte le prix du Public >": the next article's link, not a headline.
    return not shouting and not text.rstrip().endswith((":", ",", ">")) and not text.startswith(("[", "("))


# A film's or a play's credits under its review's headline: "Avec Jeanne Balibar, Grégory Gadebois, Rose Marchal".
_PERSON = r"[A-ZÉÈ][\w'-]+(?:\s[A-ZÉÈ][\w'-]+){1,2}"
CAST_LINE = compiled(rf"^(?:Avec|De et avec)\s+{_PERSON}(?:\s?,\s?{_PERSON})+(?:\set\s{_PERSON})?\.?$")
SCORE_LINE = compiled(r"^[^\W\d][\w .'-]{1,30}?\s\d{1,3}\s?[-–]\s?\d{1,3}\s[^\W\d][\w .'-]{1,30}$")
MINUTE_MARKS = compiled(r"\(\d{1,3}(?:e|')(?:\s?(?:,|et)\s?\d{1,3}(?:e|'))*\)")
KICKER = compiled(r"^[A-ZÉÈÊÀÇÔÎ]{3,}(?:[ -][A-ZÉÈÊÀÇÔÎ0-9]+)*\s[A-ZÉÈÀ][a-zéèêàçôîû]")
KICKED_STANDFIRST_WORDS = 12


def _standfirst(blocks: list[Classified], title: int | None, start: int, metadata: PageMetadata) -> int | None:
    """The chapô: the page's own mark or metadata description first; in copied text, the paragraph set apart
    between the headline and the byline or date."""
    low = title + 1 if title is not None else max(0, start - TITLE_WINDOW)
    window = range(low, min(len(blocks), start + 4))
    structural = _set_apart(blocks, title, start) if title is not None else None
    for index in window:
        if blocks[index].hint is Hint.STANDFIRST and blocks[index].kind is Kind.PROSE:
            return structural if structural is not None and structural < index else index
    if metadata.description:
        described = normalized(metadata.description)[:60]
        for index in window:
            if (
                blocks[index].kind is Kind.PROSE
                and described
                and normalized(blocks[index].text).startswith(described[:40])
            ):
                # A paragraph set apart above it is the chapô; the description may repeat the lede instead.
                return structural if structural is not None and structural < index else index
    if title is not None and title + 1 < start and _deck(blocks, title, title + 1):
        return title + 1  # the article starts at its subheading, read as its chapô
    return structural


def _deck(blocks: list[Classified], title: int, index: int) -> bool:
    """A subheading right under the headline, saying more than it, signed by the byline or the date below ("Des
    parents doivent renoncer à leur emploi faute de place en service de garde")."""
    line = blocks[index]
    return (
        line.kind is Kind.SHORT
        and line.words >= max(SHORT_CHAPO_WORDS, blocks[title].words)
        and _headline_like(line.text)
        and _signed_below(blocks, index)
    )


def _set_apart(blocks: list[Classified], title: int, start: int) -> int | None:
    """In copied text and in pages that do not mark it, the chapô is the paragraph set apart between the headline
    and the byline or date, or between the signature and a "Lire aussi" box."""
    content = next(
        (i for i in range(title + 1, min(len(blocks), start + 4)) if blocks[i].kind is not Kind.CHROME), None
    )
    if content is not None and _signed_above(blocks, title, content) and _short_chapo(blocks, content):
        return content  # "(31/10/2012)" then "Dany Boon s'est pris plein de claques pour Un plan parfait"
    above_lede = start - 1
    if (
        content is not None
        and content < above_lede
        and _signed_above(blocks, title, content)
        and all(blocks[i].kind in (Kind.CHROME, Kind.SHORT) for i in range(content, above_lede))
        and _short_chapo(blocks, above_lede)
    ):
        # "(05/12/2012)", a promotion ("Les filles les plus sexy sur notre blog"), then the chapô over the lede.
        return above_lede
    signed = _chapo_over_signature(blocks, title, start)
    if signed is not None:
        return signed
    first = next((i for i in range(title + 1, min(len(blocks), start + 4)) if blocks[i].kind is Kind.PROSE), None)
    if first is None:
        return None
    following = next(
        (i for i in range(first + 1, len(blocks)) if blocks[i].kind in (Kind.PROSE, Kind.ITEM)), len(blocks)
    )
    set_apart = any(blocks[i].reason in ("byline", "date") for i in range(first + 1, following))
    # "Headline, byline, date, chapô, a "Lire aussi" box, then the body": signed above, boxed off below.
    boxed = (
        _signed_above(blocks, title, first)
        and any(blocks[i].kind is Kind.END for i in range(first + 1, following))
        and all(blocks[i].kind in (Kind.END, Kind.SHORT, Kind.CHROME) for i in range(first + 1, following))
    )
    return first if (set_apart or boxed) and blocks[first].words <= 90 else None


CHAPO_WORDS = 12
SHORT_CHAPO_WORDS = 6
RUBRIC_WORDS = 3


def _chapo_over_signature(blocks: list[Classified], title: int, start: int) -> int | None:
    """A chapô without its full stop right over the signature, past the rubric's label: "FAITS DIVERS", then "Le
    conducteur, âgé de 27 ans, a été placé en garde à vue…", then "20 Minutes avec AFP"."""
    for index in range(title + 1, min(len(blocks) - 1, start + 4)):
        block = blocks[index]
        if block.kind is Kind.CHROME or block.kind is Kind.SHORT and block.words <= RUBRIC_WORDS:
            continue
        signed = blocks[index + 1].reason in ("byline", "date")
        return index if signed and _reads_as_chapo(block, CHAPO_WORDS) else None
    return None


def _signed_above(blocks: list[Classified], title: int, index: int) -> bool:
    return any(blocks[i].reason in ("byline", "date") for i in range(title + 1, index))


def _short_chapo(blocks: list[Classified], index: int) -> bool:
    """A short line of words under the signature, right above the lede: a chapô without its full stop."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return _reads_as_chapo(blocks[index], SHORT_CHAPO_WORDS) and following is not None and following.kind is Kind.PROSE


def _reads_as_chapo(block: Classified, words: int) -> bool:
    """A line of narration that lost its full stop: words enough, half of them in lower case; not a question, the
    introduction of a list, or a quotation opening the article."""
    return (
        block.kind is Kind.SHORT
        and block.hint is None
        and block.words >= words
        and sum(word.islower() for word in block.text.split()) >= words // 2
        and not block.text.rstrip().endswith((":", "?"))
        and not block.text.lstrip().startswith(GUILLEMETS + ('"',))
        and not TEASER_HEADLINE.match(block.text.strip())
        and not MEDIUM_LABEL.match(normalized(block.text))  # "Vidéo : les images de …": a link's headline
    )


# A headline's shape, which a chapô does not have: someone's words after a colon ("Legear à la presse russe :
# « Ce n'était pas un gros accident »"); or the site's promotion of itself ("Cinébel, notre site 100% cinéma !").
TEASER_HEADLINE = compiled(
    r"^[^:«»\"“]{2,80}\s?:\s*[«\"“]"
    r"|.*\b(?i:notre (?:site|blog|application|appli|newsletter|chaîne|boutique)|nos (?:galeries|blogs))\b"
)
