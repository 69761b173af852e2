"""Splits a paragraph into narration, direct quotes « … » and the clauses that attribute them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.article.model import SegmentKind
from app.article.speakers import SpeakerMemory
from app.article.speech_verbs import PARTICIPLES, PRESENTS, REFLEXIVE_PARTICIPLES, SOURCE_PREPOSITIONS

CLOSERS = {"«": "»", "“": "”", '"': '"'}


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in set(words)), key=len, reverse=True))


_AUX = r"(?:a|ont|avait|avaient|aurait|auraient|avait-il|aura)"
_INVERTED = r"(?:-t)?-(?:il|elle|ils|elles|on)\b"
_ADVERB = r"(?:\s+(?:encore|aussi|ensuite|alors|également|déjà|plus tard|récemment|notamment|simplement|toutefois|pourtant|cependant))?"
_PARTICIPLE = rf"(?:{_alternation(PARTICIPLES)})(?:e|s|es)?\b"
_PRESENT = rf"(?:{_alternation(PRESENTS)})"
ATTRIBUTION_START = re.compile(
    rf"^(?:(?P<aux>{_AUX}(?P<inv1>{_INVERTED})?{_ADVERB}\s+{_PARTICIPLE})"
    rf"|(?P<present_inv>{_PRESENT}(?P<inv2>{_INVERTED}))"
    rf"|(?P<present>{_PRESENT})(?=\s+(?:[A-ZÉÈ]|le |la |l'|les |un |une |ce |cet |cette |son |sa |ses |leur |deux |trois ))"
    rf"|(?P<reflexive>s'est\s+(?:{_alternation(REFLEXIVE_PARTICIPLES)})(?:e|s|es)?)"
    rf"|(?P<source>{_alternation(list(SOURCE_PREPOSITIONS))})\s)",
    re.IGNORECASE,
)
SPEECH_VERB_NEAR_END = re.compile(
    rf"\b(?:{_AUX}(?:{_INVERTED})?{_ADVERB}\s+{_PARTICIPLE}|{_PRESENT}(?:{_INVERTED})?|s'est\s+\w+)[^.!?]{{0,60}}[:,]?\s*(?:que\s*|qu'\s*)?$",
    re.IGNORECASE,
)
DASH_CREDIT = re.compile(r"^[—–―]\s*[A-ZÉÈÀ]")
INCISE = re.compile(r",\s+((?:[^,«»]{1,80})),\s+")
# A sentence ends at . ! ? … but not after an initial or a title ("M. Trudeau", "J. Roy").
SENTENCE_END = re.compile(
    r"(?<=[.!?…])(?<!\b[A-Z]\.)(?<!\bMM\.)(?<!\bSt\.)(?<!\bSte\.)(?<!\bMt\.)(?<!\bDr\.)(?<!\bav\.)(?<!\bboul\.)"
    r"(?<!\bJ\.-C\.)\s+(?=[«A-ZÉÈÀ\"“])"
)


@dataclass
class Piece:
    kind: SegmentKind
    text: str
    speaker: str | None = None


@dataclass
class QuoteSplitter:
    """Stateful across the paragraphs of one article: speakers and quotes that run over several paragraphs."""

    memory: SpeakerMemory = field(default_factory=SpeakerMemory)
    open_quote: list[Piece] = field(default_factory=list)
    """Quote pieces of a quotation still open at the end of the previous paragraph, waiting for a speaker."""

    def split(self, paragraph: str) -> list[Piece]:
        self.memory.learn_names(paragraph)
        spans = [span for span in quote_spans(paragraph) if self._is_direct_quote(paragraph, span)]
        pieces: list[Piece] = []
        cursor = 0
        for start, end, closed in spans:
            if start < cursor:
                continue
            pieces.extend(self._narration(paragraph[cursor:start], before_quote=True))
            pieces.extend(self._quote_pieces(paragraph[start:end]))
            cursor = end
            if closed:
                clause, cursor = self._attribution_after(paragraph, cursor, spans)
                if clause:
                    pieces.append(Piece(SegmentKind.ATTRIBUTION, clause))
        pieces.extend(self._narration(paragraph[cursor:], before_quote=False))
        self._assign_speakers(pieces, closes_quote=not spans or spans[-1][2])
        return [piece for piece in pieces if any(ch.isalnum() for ch in piece.text)]

    # -- deciding what is a direct quote --------------------------------------------------------------------

    @staticmethod
    def _is_direct_quote(paragraph: str, span: tuple[int, int, bool]) -> bool:
        start, end, _ = span
        inner = paragraph[start + 1 : end - 1] if span[2] else paragraph[start + 1 :]
        words = len(inner.split())
        before = paragraph[:start].rstrip()
        after = paragraph[end:].lstrip(" ,")
        opens_sentence = not before or before.endswith((".", "!", "?", ":", "…", "»"))
        attributed = bool(ATTRIBUTION_START.match(after))
        introduced = bool(SPEECH_VERB_NEAR_END.search(before[-120:]))
        if words >= 2 and (opens_sentence or attributed):
            return True
        # A quoted phrase inside the narrator's sentence stays narration unless it is a real statement.
        return words >= 6 and (introduced or after.startswith((".", "!", "?")) or not after)

    # -- building pieces ------------------------------------------------------------------------------------

    def _quote_pieces(self, quoted: str) -> list[Piece]:
        inner = quoted.strip()
        if inner[:1] in CLOSERS:
            inner = inner[1:]
        if inner[-1:] in CLOSERS.values():
            inner = inner[:-1]
        inner = inner.strip()
        pieces = []
        cursor = 0
        for match in INCISE.finditer(inner):
            if ATTRIBUTION_START.match(match.group(1)):
                pieces.append(Piece(SegmentKind.QUOTE, inner[cursor : match.start()].strip() + ","))
                pieces.append(Piece(SegmentKind.ATTRIBUTION, match.group(1).strip()))
                cursor = match.end()
        pieces.append(Piece(SegmentKind.QUOTE, inner[cursor:].strip()))
        return pieces

    @staticmethod
    def _attribution_after(paragraph: str, cursor: int, spans) -> tuple[str | None, int]:
        rest = paragraph[cursor:]
        stripped = rest.lstrip(" ,")
        if DASH_CREDIT.match(stripped):
            return stripped.strip(), len(paragraph)  # « … » — Jean Dupont, maire de Laval
        if not ATTRIBUTION_START.match(stripped):
            return None, cursor
        offset = cursor + len(rest) - len(stripped)
        next_quote = min((s for s, _, _ in spans if s >= offset), default=len(paragraph))
        end = SENTENCE_END.search(paragraph, offset, next_quote)
        stop = end.start() if end else next_quote
        return paragraph[offset:stop].strip(), stop

    @staticmethod
    def _narration(text: str, before_quote: bool) -> list[Piece]:
        text = text.strip()
        if not text:
            return []
        if text.startswith((".", ",", ";")) and len(text) <= 2:
            return []
        if before_quote:
            sentences = SENTENCE_END.split(text)
            intro = sentences[-1].strip()
            if intro.endswith(":") or SPEECH_VERB_NEAR_END.search(intro):
                narration = text[: len(text) - len(sentences[-1])].strip()
                pieces = [Piece(SegmentKind.PARAGRAPH, narration)] if narration else []
                return pieces + [Piece(SegmentKind.ATTRIBUTION, intro)]
        return [Piece(SegmentKind.PARAGRAPH, text.lstrip(".,; ") if text[:1] in ".,;" else text)]

    # -- speakers -------------------------------------------------------------------------------------------

    def _assign_speakers(self, pieces: list[Piece], closes_quote: bool) -> None:
        for index, piece in enumerate(pieces):
            if piece.kind is SegmentKind.ATTRIBUTION:
                piece.speaker = self._speaker_of_clause(piece.text)
            elif piece.kind is SegmentKind.PARAGRAPH:
                self._note_reported_speech(piece.text)
        for index, piece in enumerate(pieces):
            if piece.kind is not SegmentKind.QUOTE:
                continue
            piece.speaker = self._nearest_attribution(pieces, index)
        quotes = [piece for piece in pieces if piece.kind is SegmentKind.QUOTE]
        if self.open_quote and quotes and quotes[0].speaker:
            for waiting in self.open_quote:
                waiting.speaker = quotes[0].speaker
            self.open_quote = []
        if not closes_quote:
            self.open_quote.extend(piece for piece in quotes if piece.speaker is None)
        for piece in quotes:
            if piece.speaker is None and not self.open_quote:
                piece.speaker = self.memory.last

    def _nearest_attribution(self, pieces: list[Piece], index: int) -> str | None:
        # The clause right after a quote names its speaker; failing that, the one that introduced it,
        # failing that the previous quote of the paragraph ("« … », a dit X. « … »").
        for step in range(index + 1, len(pieces)):
            if pieces[step].kind is SegmentKind.ATTRIBUTION:
                return pieces[step].speaker
            if pieces[step].kind is SegmentKind.PARAGRAPH:
                break
        for step in range(index - 1, -1, -1):
            if pieces[step].kind in (SegmentKind.ATTRIBUTION, SegmentKind.QUOTE) and pieces[step].speaker:
                return pieces[step].speaker
        return None

    def _speaker_of_clause(self, clause: str) -> str | None:
        match = ATTRIBUTION_START.match(clause)
        if match:
            if match["inv1"] or match["inv2"]:
                rest = clause[match.end():].strip(" ,.")
                named = rest and rest[0].isupper()
                return self.memory.resolve(rest) if named else self.memory.last
            return self.memory.resolve(clause[match.end():])
        clause = clause.lstrip("—–― ")
        verb = SPEECH_VERB_NEAR_END.search(clause)
        subject = clause[: verb.start()] if verb else clause
        sentence = re.split(r"[.!?]\s+", subject)[-1]
        return self.memory.resolve(sentence) if sentence.strip() else self.memory.last

    def _note_reported_speech(self, text: str) -> None:
        """"X a déclaré que …" makes X the speaker that a later "il" or "ce diplomate" refers to."""
        for sentence in SENTENCE_END.split(text):
            verb = re.search(rf"\b{_AUX}{_ADVERB}\s+{_PARTICIPLE}", sentence)
            if verb and verb.start() > 0:
                subject = sentence[: verb.start()]
                if subject.strip() and subject.split()[0].lower() not in ("comme", "si", "quand", "lorsque"):
                    self.memory.resolve(subject)


def quote_spans(paragraph: str) -> list[tuple[int, int, bool]]:
    """Outermost quotations as (start, end, closed); inner quotes stay inside their outer one."""
    spans = []
    stack: list[str] = []
    start = 0
    straight_pairs = paragraph.count('"') % 2 == 0
    for index, char in enumerate(paragraph):
        if stack and char == stack[-1]:
            stack.pop()
            if not stack:
                spans.append((start, index + 1, True))
        elif char in ("«", "“") or (char == '"' and straight_pairs):
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
