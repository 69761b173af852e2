"""Scores Narrateur's article understanding against the annotated pages of `tests/eval/pages/` (see README.md).

Relies only on the public API: `parse_article` and the fields of the `Article` it returns.
Recall figures are pooled over pages (found items over annotated items); per-page values name the worst pages.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"
MODES = ("html", "text")
SPLITS = ("dev", "heldout")
FOUND_SHARE = 0.9
"""A paragraph (or chrome line) is spoken when this share of its word 3-grams occurs in the spoken text."""

# name → (higher is better, held by a floor). Author and date are informative only (EVAL_SPEC.md).
FIGURES = {
    "refused": (False, True),
    "wrongly_accepted": (False, True),
    "title_right": (True, True),
    "author_right": (True, False),
    "published_right": (True, False),
    "standfirst_recall": (True, True),
    "paragraph_recall": (True, True),
    "chrome_share": (False, True),
    "chrome_lines_spoken": (False, True),
    "heading_recall": (True, True),
    "spurious_headings": (False, True),
    "quote_recall": (True, True),
    "speaker_right": (True, True),
    "auto_agrees": (True, True),
}


# --- words ------------------------------------------------------------------------------------------------------

INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
"""Soft hyphens and zero-width characters join the letters around them ('doc\u00adtrine' is 'doctrine')."""


def words(text: str | None) -> list[str]:
    """NFKC, lowercase, every non-letter/digit (apostrophes, quotes, punctuation) a space, split on spaces."""
    text = unicodedata.normalize("NFKC", text or "").translate(INVISIBLE).lower()
    return re.sub(r"[\W_]+", " ", text).split()


def ngrams(tokens: list[str], n: int = 3) -> list[tuple[str, ...]]:
    """Word n-grams; a piece shorter than n is one n-gram of its own length, so short lines still count."""
    if len(tokens) < n:
        return [tuple(tokens)] if tokens else []
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def found_in(text: str, spoken: set[tuple[str, ...]]) -> float:
    """Share of the text's 3-grams that occur in the spoken n-grams."""
    grams = ngrams(words(text))
    return sum(gram in spoken for gram in grams) / len(grams) if grams else 1.0


def spoken_ngrams(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for n in (1, 2, 3) for i in range(len(tokens) - n + 1)}


def same(a: str | None, b: str | None) -> bool:
    return (a is None) == (b is None) and words(a) == words(b)


def same_speaker(a: str | None, b: str | None) -> bool:
    """Speakers compared without a leading definite article: "le Centre de crise" and "Centre de crise" are one
    voice (the article is how a sentence names them, not part of who they are)."""
    bare = lambda s: words(s)[1:] if words(s)[:1] in (["le"], ["la"], ["les"], ["l"]) else words(s)  # noqa: E731
    return (a is None) == (b is None) and bare(a) == bare(b)


def same_names(a: str | None, b: str | None) -> bool:
    """Bylines compared as sets of names, in any order ("A, B" == "B et A")."""
    split = lambda s: {" ".join(words(n)) for n in re.split(r",|;|&|\bet\b", s or "") if words(n)}  # noqa: E731
    return split(a) == split(b)


# --- pages ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    id: str
    truth: dict
    html: bytes
    text: str

    @property
    def split(self) -> str:
        return self.truth["split"]

    def source(self, mode: str) -> bytes | str:
        return self.html if mode == "html" else self.text


REQUIRED = ("id", "split", "has_article", "title", "author", "published", "headings", "paragraphs", "quotes", "chrome")


def load_pages(split: str | None = None, ids: list[str] | None = None, prefix: str = "") -> list[Page]:
    """The annotated pages (of one split, with these ids, or whose id starts with `prefix`)."""
    pages = []
    for annotation in sorted(PAGES.glob(f"{prefix}*.json")):
        if ids and annotation.stem not in ids:
            continue
        truth = json.loads(annotation.read_text(encoding="utf-8"))
        missing = [key for key in REQUIRED if key not in truth]
        if missing:
            raise ValueError(f"{annotation.name} is not a finished annotation: no {', '.join(missing)}")
        if split and truth["split"] != split:
            continue
        html = gzip.decompress(annotation.with_name(f"{truth['id']}.html.gz").read_bytes())
        text = annotation.with_name(f"{truth['id']}.txt").read_text(encoding="utf-8")
        pages.append(Page(truth["id"], truth, html, text))
    return pages


# --- one page ---------------------------------------------------------------------------------------------------


@dataclass
class PageScore:
    """Counts for one page in one mode: each figure is a (found, out of) pair so pages pool by summing."""

    page_id: str
    split: str
    counts: dict[str, tuple[float, float]] = field(default_factory=dict)
    ms: float = 0.0
    missed: dict[str, list[str]] = field(default_factory=dict)
    """What was missed or wrongly spoken, for `--page` debugging."""

    def value(self, figure: str) -> float | None:
        found, total = self.counts.get(figure, (0, 0))
        return found / total if total else None


def truth_ngrams(truth: dict) -> set[tuple[str, ...]]:
    pieces = [
        truth["title"],
        *truth.get("title_alternatives", []),
        truth.get("standfirst"),
        *truth["headings"],
        *truth["paragraphs"],
        *(quote["text"] for quote in truth["quotes"]),
    ]
    return {gram for piece in pieces for gram in ngrams(words(piece))}


def covered(tokens: list[str], allowed: set[tuple[str, ...]]) -> list[bool]:
    """Per spoken word: does it lie inside an n-gram of the truth? (The others are chrome.)"""
    flags = [False] * len(tokens)
    for n in (1, 2, 3):
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i : i + n]) in allowed:
                flags[i : i + n] = [True] * n
    return flags


def score_article(truth: dict, article, ms: float = 0.0) -> PageScore:
    """Scores one parse (`article`, or None when parse_article refused the page) against the page's truth."""
    score = PageScore(truth["id"], truth["split"], ms=ms)
    if not truth["has_article"]:
        score.counts["wrongly_accepted"] = (int(article is not None), 1)  # only refusing such a page is right
        return score
    score.counts["refused"] = (int(article is None), 1)
    segments = article.segments if article else ()
    score_metadata(truth, article, score)
    score_body(truth, [word for segment in segments for word in words(segment.text)], score)
    score_headings(truth["headings"], [chapter.title for chapter in article.chapters] if article else [], score)
    score_quotes(truth["quotes"], segments, score)
    return score


def score_metadata(truth: dict, article, score: PageScore) -> None:
    accepted = article is not None
    titles = [truth["title"], *truth.get("title_alternatives", [])]
    score.counts["title_right"] = (int(accepted and any(same(article.title, title) for title in titles)), 1)
    score.counts["author_right"] = (int(accepted and same_names(article.author, truth["author"])), 1)
    date = (truth["published"] or "")[:10]
    score.counts["published_right"] = (int(accepted and (article.published or "")[:10] == date), 1)


def score_body(truth: dict, tokens: list[str], score: PageScore) -> None:
    """Standfirst, paragraphs and chrome, from the words spoken (all segments' text in reading order)."""
    spoken = spoken_ngrams(tokens)
    if truth.get("standfirst"):
        score.counts["standfirst_recall"] = (found_in(truth["standfirst"], spoken), 1)
    missed = score.missed["paragraphs"] = [p for p in truth["paragraphs"] if found_in(p, spoken) < FOUND_SHARE]
    score.counts["paragraph_recall"] = (len(truth["paragraphs"]) - len(missed), len(truth["paragraphs"]))
    score.counts["chrome_share"] = (covered(tokens, truth_ngrams(truth)).count(False), len(tokens))
    spoken_chrome = score.missed["chrome_spoken"] = [c for c in truth["chrome"] if found_in(c, spoken) >= FOUND_SHARE]
    score.counts["chrome_lines_spoken"] = (len(spoken_chrome), len(truth["chrome"]))


def score_headings(headings: list[str], chapter_titles: list[str], score: PageScore) -> None:
    """A heading is found when a chapter opens with it; a chapter after the first that opens with none is spurious."""
    wanted = [words(heading) for heading in headings]
    opened = [words(title) for title in chapter_titles]
    missed = score.missed["headings"] = [h for h, w in zip(headings, wanted, strict=False) if w not in opened]
    if headings:
        score.counts["heading_recall"] = (len(headings) - len(missed), len(headings))
    later = zip(chapter_titles[1:], opened[1:], strict=False)
    spurious = score.missed["spurious_headings"] = [title for title, w in later if w not in wanted]
    score.counts["spurious_headings"] = (len(spurious), len(chapter_titles))


def score_quotes(quotes: list[dict], segments, score: PageScore) -> None:
    """A quote is found when its fragment lies inside one quote segment; then that segment's speaker is judged."""
    quote_segments = [(f" {' '.join(words(s.text))} ", s.speaker) for s in segments if kind_of(s) == "quote"]
    found = right = 0
    score.missed["quotes"], score.missed["speakers"] = [], []
    for quote in quotes:
        fragment = f" {' '.join(words(quote['text']))} "
        speaker = next((who for text, who in quote_segments if fragment in text), False)
        if speaker is False:
            score.missed["quotes"].append(quote["text"])
            continue
        found += 1
        expected = [quote["speaker"], *quote.get("speaker_alternatives", [])]
        if any(same_speaker(speaker, name) for name in expected):
            right += 1
        else:
            score.missed["speakers"].append(f"{quote['text']!r}: {speaker!r}, expected {quote['speaker']!r}")
    if quotes:
        score.counts["quote_recall"] = (found, len(quotes))
    if found:
        score.counts["speaker_right"] = (right, found)


def kind_of(segment) -> str:
    """The segment's kind as a plain string ("quote"), whether the model gives an enum or a string."""
    return getattr(segment.kind, "value", segment.kind)


# --- running the parser -----------------------------------------------------------------------------------------


def parse(source: bytes | str, input_format: str, url: str | None):
    """(article or None when refused, milliseconds)."""
    from app.article import parse_article
    from app.errors import NarrateurError

    start = time.perf_counter()
    try:
        article = parse_article(source, input_format, source_url=url)
    except NarrateurError:
        article = None
    return article, (time.perf_counter() - start) * 1000


def fingerprint(article) -> object:
    """What a listener would notice differ between two parses of the same page."""
    if article is None:
        return None
    return (
        article.title,
        article.author,
        article.published,
        article.standfirst,
        [(c.title, [(kind_of(s), s.text, s.speaker) for s in c.segments]) for c in article.chapters],
    )


def score_page(page: Page, mode: str) -> tuple[PageScore, object]:
    """Scores the page in one mode, and checks that `auto` gives the same script; returns (score, article)."""
    url = page.truth.get("url")
    article, ms = parse(page.source(mode), mode, url)
    score = score_article(page.truth, article, ms)
    auto, _ = parse(page.source(mode), "auto", url)
    score.counts["auto_agrees"] = (int(fingerprint(auto) == fingerprint(article)), 1)
    return score, article


# --- pooling ----------------------------------------------------------------------------------------------------


def pooled(scores: list[PageScore]) -> dict[str, float | None]:
    """Each figure pooled over pages: the sum of what was found over the sum of what there was to find."""
    figures = {}
    for name in FIGURES:
        found = sum(s.counts[name][0] for s in scores if name in s.counts)
        total = sum(s.counts[name][1] for s in scores if name in s.counts)
        figures[name] = found / total if total else None
    return figures


def worst(scores: list[PageScore], figure: str, count: int = 3) -> list[tuple[str, float]]:
    higher_is_better = FIGURES[figure][0]
    values = [(s.page_id, s.value(figure)) for s in scores if s.value(figure) is not None]
    values.sort(key=lambda item: item[1], reverse=not higher_is_better)
    return [item for item in values[:count] if item[1] != (1.0 if higher_is_better else 0.0)]


def below_floor(figure: str, value: float | None, floor: float) -> bool:
    if value is None:
        return False
    higher_is_better = FIGURES[figure][0]
    return value < floor - 1e-9 if higher_is_better else value > floor + 1e-9


def held_figures(scores: list[PageScore], split: str) -> dict[str, float]:
    """The figures a floor holds, for one split's pages."""
    figures = pooled([s for s in scores if s.split == split])
    return {name: value for name, value in figures.items() if value is not None and FIGURES[name][1]}


def raised_floors(floors: dict, scores: dict[str, list[PageScore]], splits: list[str]) -> dict:
    """Floors moved up to today's figures (down, for figures where lower is better), never the other way."""
    raised = json.loads(json.dumps(floors))
    for mode, split in [(mode, split) for mode in MODES for split in splits]:
        held = raised.setdefault(mode, {}).setdefault(split, {})
        for name, value in held_figures(scores[mode], split).items():
            higher_is_better = FIGURES[name][0]
            # Rounded towards the worse side so float noise never fails the test.
            value = math.floor(value * 10_000) / 10_000 if higher_is_better else math.ceil(value * 10_000) / 10_000
            old = held.get(name)
            held[name] = value if old is None else (max(old, value) if higher_is_better else min(old, value))
    return raised


def warm_up() -> None:
    """Imports the parser first, so the first page's time is not the import's."""
    parse(b"<html><body><p>Chauffe.</p></body></html>", "html", None)


def score_all(pages: list[Page]) -> dict[str, list[PageScore]]:
    """Scores of every page in each mode."""
    warm_up()
    return {mode: [score_page(page, mode)[0] for page in pages] for mode in MODES}
