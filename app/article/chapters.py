"""Chapters as they are read: the title opens the first, each section heading the next; quotes keep speakers."""

from __future__ import annotations

from dataclasses import dataclass

from app.article.chrome_phrases import GUILLEMETS
from app.article.model import Chapter, Segment, SegmentKind
from app.article.quotes import Piece, QuoteSplitter
from app.errors import NoArticleError
from app.regexes import compiled

WORD = compiled(r"[^\W_]+")
REPEATED_PULL_QUOTE = "pull-quote repeated from the text"
REPEATED_QUOTE_WORDS = 5  # fewer words may be a phrase anyone says, not one person's quotation


@dataclass
class _Pulled:
    """Pieces that stand apart from the text (a pull-quote and its credit): dropped if the text says them too."""

    quote: Piece
    credit: Piece | None


class ChapterBuilder:
    def __init__(self, title: str | None) -> None:
        # Pieces stay mutable until the end: a quote running over paragraphs learns its speaker later.
        self._chapters: list[tuple[str, list[Piece]]] = [(title or "", [])]
        self._pulled: list[_Pulled] = []
        self.removed: list[tuple[str, str]] = []
        self._quotes = QuoteSplitter()
        if title:
            self._chapters[0][1].append(Piece(SegmentKind.TITLE, title))
            self._quotes.memory.learn_names(title)
            self._quotes.memory.learn_headline(title)

    def _add(self, piece: Piece) -> None:
        self._chapters[-1][1].append(piece)

    def learn_names(self, text: str) -> None:
        self._quotes.memory.learn_names(text, mention=False)

    def has_body(self) -> bool:
        """A section heading follows some article text; a short line right under the title is metadata."""
        return any(p.kind is not SegmentKind.TITLE for _, pieces in self._chapters for p in pieces)

    def heading(self, text: str) -> None:
        self._chapters.append((text, [Piece(SegmentKind.HEADING, text)]))

    def paragraph(self, text: str, pulled: bool = False) -> None:
        pieces = self._quotes.split(text)
        if pulled and pieces and all(p.kind is SegmentKind.PARAGRAPH for p in pieces):
            # A <blockquote> without guillemets is still a quotation, of someone the page does not name.
            pieces = [Piece(SegmentKind.QUOTE, text.strip().strip("".join(GUILLEMETS) + '"').strip())]
        for piece in pieces:
            self._add(piece)
        if pulled and len(pieces) == 1:
            self._pulled.append(_Pulled(pieces[0], None))

    def pull_quote(self, quote: str, line: str, speaker: str) -> None:
        self._quotes.memory.learn_names(line, mention=True)
        words = quote.strip().strip("".join(GUILLEMETS) + '"').strip()
        if not any(ch.isalnum() for ch in words):
            self.paragraph(line)  # a guillemet alone is no quotation: its "credit" is a line of text
            return
        speaker = self._quotes.memory.remember(self._quotes.memory.full_name(speaker))
        quoted = Piece(SegmentKind.QUOTE, words, speaker)
        credit = Piece(SegmentKind.ATTRIBUTION, line.lstrip("—–―- ").strip(), speaker)
        self._add(quoted)
        self._add(credit)
        self._pulled.append(_Pulled(quoted, credit))

    def attribution(self, line: str) -> None:
        """A credit line the markup marks as such, whose quote was not just before it."""
        self._add(Piece(SegmentKind.ATTRIBUTION, line.lstrip("—–―- ").strip(), self._quotes.memory.resolve(line)))

    def fallback_title(self) -> str:
        first = next((p.text for _, pieces in self._chapters for p in pieces), "")
        words = first.split()
        return " ".join(words[:12]).rstrip(",;:") + ("…" if len(words) > 12 else "")

    def chapters(self) -> tuple[Chapter, ...]:
        self._credit_repeated_quotes()
        self._drop_repeated_pull_quotes()
        chapters = tuple(
            Chapter(title, tuple(Segment(p.kind, p.text, p.speaker) for p in pieces))
            for title, pieces in self._chapters
            if pieces
        )
        if not any(segment.kind is not SegmentKind.TITLE for chapter in chapters for segment in chapter.segments):
            raise NoArticleError(
                "No article text was found", "nothing readable is left once the page chrome is removed"
            )
        if not chapters[0].title:
            chapters = (Chapter(self.fallback_title(), chapters[0].segments),) + chapters[1:]
        return chapters

    def _credit_repeated_quotes(self) -> None:
        """Words quoted twice are one person's: a quotation set above the text without a credit ("Mis en ligne le…",
        then « Nous avons ces choses appelées porte-avions… ») is said again further down with its speaker."""
        quotes = [p for _, pieces in self._chapters for p in pieces if p.kind is SegmentKind.QUOTE]
        credited = [(f" {' '.join(_words(p.text))} ", p.speaker) for p in quotes if p.speaker]
        for quote in quotes:
            words = _words(quote.text)
            if quote.speaker is None and len(words) >= REPEATED_QUOTE_WORDS:
                said = f" {' '.join(words)} "
                quote.speaker = next((speaker for text, speaker in credited if said in text), None)

    def _drop_repeated_pull_quotes(self) -> None:
        """Magazines pull a sentence of the text out in large type; a listener hears it once, where it is said."""
        if not self._pulled:
            return
        pulled_ids = {id(p.quote) for p in self._pulled} | {id(p.credit) for p in self._pulled if p.credit}
        text = " ".join(p.text for _, pieces in self._chapters for p in pieces if id(p) not in pulled_ids)
        said = f" {' '.join(_words(text))} "
        doomed = set()
        for pulled in self._pulled:
            words = _words(pulled.quote.text)
            if len(words) >= REPEATED_QUOTE_WORDS and f" {' '.join(words)} " in said:
                doomed.add(id(pulled.quote))
                self.removed.append((pulled.quote.text, REPEATED_PULL_QUOTE))
                if pulled.credit:
                    doomed.add(id(pulled.credit))
                    self.removed.append((pulled.credit.text, REPEATED_PULL_QUOTE))
        self._chapters = [(title, [p for p in pieces if id(p) not in doomed]) for title, pieces in self._chapters]


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())
