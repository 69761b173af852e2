"""Blocks of a page in, an Article out: finds the title, headings, pull-quotes and paragraphs, drops the chrome."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.article.chrome import ends_like_sentence, is_chrome, is_end_marker, is_weak_end_marker, normalized
from app.article.model import Article, Chapter, Dropped, Segment, SegmentKind
from app.article.quotes import Piece, QuoteSplitter
from app.article.speakers import names_in, noun_phrase
from app.article.typography import clean_text
from app.errors import NoArticleError


class Hint:
    """What the page's markup says a block is (HTML only); plain text blocks carry no hint."""

    TITLE = "title"
    HEADING = "heading"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    CHROME = "chrome"


@dataclass(frozen=True)
class Block:
    text: str
    hint: str | None = None


PROSE, SHORT, CHROME, END, ITEM = "prose", "short", "chrome", "end", "item"
BULLET = re.compile(r"^\s*(?:[-–•·*▪►]|\d{1,2}[.)])\s+\S")
CREDIT_ONLY = re.compile(r"^\(?\s*(?:photo|photos|crédit|crédits|illustration)s?\s*:", re.IGNORECASE)
DASH_ATTRIBUTION = re.compile(r"^[—–―-]\s*(?P<who>\S.*)$")
CITATION_OF = re.compile(r"^(?:une\s+)?citation\s+de\s+(?P<who>.+)$", re.IGNORECASE)
GUILLEMETS = "«»“”\""
QUOTE_OPENING = re.compile(r"^\s*[«“\"]")


def build_article(blocks: list[Block], source_url: str | None = None, author: str | None = None) -> Article:
    blocks = [Block(text, block.hint) for block in blocks for text in _lines(block.text)]
    kinds = [_kind(block) for block in blocks]
    first_prose = next((i for i, kind in enumerate(kinds) if kind == PROSE), None)
    if first_prose is None:
        raise NoArticleError(
            "No article text was found", "the input holds only navigation, links or headlines, no paragraph"
        )
    title_index = _title_index(blocks, kinds, first_prose)
    end_index = next((i for i in range(first_prose, len(blocks)) if kinds[i] == END and _ends_article(blocks, kinds, i)), len(blocks))
    last_prose = max(i for i in range(end_index) if kinds[i] == PROSE)

    title = blocks[title_index].text if title_index is not None else None
    dropped = [block.text for block in blocks[: title_index if title_index is not None else 0]]
    dropped += [block.text for block in blocks[end_index:]]
    builder = _ChapterBuilder(title)
    start = title_index + 1 if title_index is not None else 0
    for block, kind in zip(blocks[start:end_index], kinds[start:end_index]):
        # Captions name people in full ("François Legault") that quotes call "M. Legault"; paragraphs are
        # learnt as they are read.
        if kind != PROSE:
            builder.learn_names(block.text)
    title_key = normalized(title) if title else None
    index = start
    while index < end_index:
        block, kind = blocks[index], kinds[index]
        following = _next_content(kinds, index + 1, end_index)
        if kind in (CHROME, END) or (title_key and kind == SHORT and normalized(block.text) == title_key):
            dropped.append(block.text)
            if kind == END:
                index = _skip_links(blocks, kinds, index, end_index, dropped)
        elif kind == PROSE and _is_caption(block, blocks[index + 1] if index + 1 < len(blocks) else None):
            dropped.append(block.text)  # a photo's caption, told by the credit line under it
        elif kind == ITEM:
            builder.paragraph(block.text)
        elif kind == PROSE and following is not None and _attribution_line(blocks[following], block.text):
            builder.pull_quote(block.text, blocks[following].text, _attribution_line(blocks[following], block.text))
            dropped.extend(b.text for b in blocks[index + 1 : following])
            index = following
        elif kind == PROSE:
            builder.paragraph(block.text)
        elif block.hint == Hint.ATTRIBUTION:
            builder.attribution(block.text)
        elif following is not None and kinds[following] == PROSE and index < last_prose and builder.has_body():
            builder.heading(block.text)
        else:
            dropped.append(block.text)
        index += 1
    return Article(
        title=title or builder.fallback_title(),
        chapters=builder.chapters(),
        dropped=tuple(Dropped(text, "chrome") for text in dict.fromkeys(t for t in dropped if t.strip() and t != title)),
        source_url=source_url,
        author=author,
    )


def _skip_links(blocks: list[Block], kinds: list[str], index: int, end: int, dropped: list[str]) -> int:
    """After a mid-article "À lire aussi": its short link lines are dropped up to the next paragraph."""
    while index + 1 < end and kinds[index + 1] in (SHORT, CHROME, ITEM):
        index += 1
        dropped.append(blocks[index].text)
    return index


def _ends_article(blocks: list[Block], kinds: list[str], index: int) -> bool:
    if not is_weak_end_marker(blocks[index].text):
        return True
    # Mid-article "À lire aussi" boxes hold a few links; the article's paragraphs resume right after them.
    following = [i for i in range(index + 1, min(index + 7, len(blocks))) if kinds[i] == PROSE]
    return not any(len(blocks[i].text.split()) >= 20 for i in following)


def _is_caption(block: Block, following: Block | None) -> bool:
    return following is not None and len(block.text.split()) <= 25 and bool(CREDIT_ONLY.match(following.text.strip()))


def _lines(text: str) -> list[str]:
    return [line for line in clean_text(text).split("\n") if line.strip()]


def _kind(block: Block) -> str:
    text = block.text
    if block.hint == Hint.CHROME:
        return CHROME
    if is_end_marker(text):
        return END
    if block.hint in (Hint.TITLE, Hint.HEADING):
        return CHROME if is_chrome(text) else SHORT
    if block.hint == Hint.QUOTE:
        return PROSE
    if is_chrome(text):
        return CHROME
    if block.hint is None and names_in(text) == [text.strip()] and " " in text.strip():
        return CHROME  # a name alone on its line, outside a quote's credit, is a byline
    words = len(text.split())
    if BULLET.match(text):
        return ITEM  # a list item: narrated where the article has it, never a heading
    question = text.rstrip().endswith(("?", "!"))
    if words > 25 or (ends_like_sentence(text) and not (question and words <= 14)):
        return PROSE
    if text.rstrip().endswith(":") and words >= 4:
        return PROSE  # the sentence that introduces a list
    return SHORT


def _title_index(blocks: list[Block], kinds: list[str], first_prose: int) -> int | None:
    hinted = [i for i, block in enumerate(blocks) if block.hint == Hint.TITLE and kinds[i] == SHORT]
    if hinted:
        return hinted[0]
    for index in range(first_prose - 1, -1, -1):
        if kinds[index] == SHORT and len(blocks[index].text.split()) >= 2 and not _attribution_line(blocks[index], ""):
            return index
    # A title written as a sentence ("Un incendie ravage un entrepôt à Laval."): short, and followed by
    # more article text.
    later_prose = any(kind == PROSE for kind in kinds[first_prose + 1 :])
    if len(blocks[first_prose].text.split()) <= 16 and later_prose and not QUOTE_OPENING.match(blocks[first_prose].text):
        return first_prose
    return None


def _next_content(kinds: list[str], start: int, end: int) -> int | None:
    return next((i for i in range(start, end) if kinds[i] != CHROME), None)


def _attribution_line(block: Block, previous_text: str) -> str | None:
    """The speaker a pull-quote's attribution line names ("Jim Mattis, secrétaire américain à la Défense")."""
    text = block.text.strip()
    if len(text.split()) > 20 or text.endswith((".", "!", "?")) and block.hint != Hint.ATTRIBUTION:
        return None
    dashed = DASH_ATTRIBUTION.match(text)
    if dashed:
        text = dashed["who"]
    citation = CITATION_OF.match(text)
    if citation:
        text = citation["who"]
    names = names_in(text)
    if not names:
        return noun_phrase(text) or None if block.hint == Hint.ATTRIBUTION else None
    name = names[0]
    starts_with_name = text.startswith(name) or text.split(" ", 1)[-1].startswith(name)
    if block.hint == Hint.ATTRIBUTION or dashed or citation:
        return name
    if not starts_with_name or " " not in name:
        return None
    rest = text[text.index(name) + len(name) :].strip()
    if rest.startswith(",") and rest[1:].strip()[:1].islower():
        return name
    quoted = previous_text.strip()[:1] in GUILLEMETS
    return name if not rest and quoted else None


class _ChapterBuilder:
    def __init__(self, title: str | None) -> None:
        # Pieces stay mutable until the end: a quote running over paragraphs learns its speaker later.
        self._chapters: list[tuple[str, list[Piece]]] = [(title or "", [])]
        if title:
            self._chapters[0][1].append(Piece(SegmentKind.TITLE, title))
        self._quotes = QuoteSplitter()
        if title:
            self._quotes.memory.learn_names(title)

    def _add(self, piece: Piece) -> None:
        self._chapters[-1][1].append(piece)

    def learn_names(self, text: str) -> None:
        self._quotes.memory.learn_names(text)
        self._quotes.memory.mentions.clear()  # names learnt ahead are not yet "the last person mentioned"

    def has_body(self) -> bool:
        """A section heading follows some article text; a short line right under the title is metadata."""
        return any(p.kind is not SegmentKind.TITLE for _, pieces in self._chapters for p in pieces)

    def heading(self, text: str) -> None:
        self._chapters.append((text, [Piece(SegmentKind.HEADING, text)]))

    def paragraph(self, text: str) -> None:
        for piece in self._quotes.split(text):
            self._add(piece)

    def pull_quote(self, quote: str, line: str, speaker: str) -> None:
        self._quotes.memory.learn_names(line)
        self._quotes.memory.remember(speaker)
        self._add(Piece(SegmentKind.QUOTE, quote.strip().strip(GUILLEMETS).strip(), speaker))
        self._add(Piece(SegmentKind.ATTRIBUTION, line.lstrip("—–―- ").strip(), speaker))

    def attribution(self, line: str) -> None:
        """A credit line the markup marks as such, whose quote was not just before it."""
        self._add(Piece(SegmentKind.ATTRIBUTION, line.lstrip("—–―- ").strip(), self._quotes.memory.resolve(line)))

    def fallback_title(self) -> str:
        first = next((p.text for _, pieces in self._chapters for p in pieces), "")
        words = first.split()
        return " ".join(words[:12]).rstrip(",;:") + ("…" if len(words) > 12 else "")

    def chapters(self) -> tuple[Chapter, ...]:
        chapters = tuple(
            Chapter(title, tuple(Segment(p.kind, p.text, p.speaker) for p in pieces))
            for title, pieces in self._chapters
            if pieces
        )
        if not any(segment.kind is not SegmentKind.TITLE for chapter in chapters for segment in chapter.segments):
            raise NoArticleError("No article text was found", "nothing readable is left once the page chrome is removed")
        if not chapters[0].title:
            chapters = (Chapter(self.fallback_title(), chapters[0].segments),) + chapters[1:]
        return chapters
