"""Every annotation follows EVAL_SPEC's format and quotes its page faithfully: a typo in the truth would score as a
miss forever, and a chrome line that is also body text would punish a right answer."""

from __future__ import annotations

import gzip
import json

import lxml.html
import pytest

from tests.eval import scoring

pytestmark = pytest.mark.slow  # every page of the evaluation set checked

SHAPES = {"news", "live", "interview", "opinion", "paywalled", "comments", "wire", "analysis", "other"}
FIELDS = {
    "id": str,
    "outlet": str,
    "url": (str, type(None)),
    "source": str,
    "shape": str,
    "split": str,
    "has_article": bool,
    "title": str,
    "author": (str, type(None)),
    "published": (str, type(None)),
    "standfirst": (str, type(None)),
    "headings": list,
    "paragraphs": list,
    "quotes": list,
    "chrome": list,
    "notes": str,
}
ANNOTATIONS = sorted(scoring.PAGES.glob("*.json"))


def page_words(page_id: str) -> str:
    """The page's copied text as one normalized string, padded so whole words match."""
    text = (scoring.PAGES / f"{page_id}.txt").read_text(encoding="utf-8")
    return f" {' '.join(scoring.words(text))} "


def html_words(page_id: str) -> list[str]:
    """Every word of the saved HTML's text, hidden parts included (chrome there is spoken in html mode)."""
    html = gzip.decompress((scoring.PAGES / f"{page_id}.html.gz").read_bytes())
    return scoring.words(lxml.html.fromstring(html).text_content())


@pytest.fixture(params=ANNOTATIONS, ids=lambda path: path.stem)
def truth(request) -> dict:
    return json.loads(request.param.read_text(encoding="utf-8"))


def test_the_set_is_not_empty():
    assert len(ANNOTATIONS) >= 5


def test_fields_and_files(truth):
    for name, kind in FIELDS.items():
        assert isinstance(truth.get(name), kind), f"{truth.get('id')}: field {name!r} missing or of the wrong type"
    assert truth["shape"] in SHAPES and truth["split"] in scoring.SPLITS
    for suffix in (".html.gz", ".txt"):
        assert (scoring.PAGES / f"{truth['id']}{suffix}").exists(), f"{truth['id']}{suffix} is missing"
    assert truth["published"] is None or truth["published"][:4].isdigit()
    if truth["has_article"]:
        assert truth["paragraphs"], "a page with an article has body paragraphs"
        assert len(truth["chrome"]) >= 5, "the spec asks for a representative sample of at least 5 chrome lines"


def test_truth_is_copied_from_the_page(truth):
    text = page_words(truth["id"])
    spoken_like = scoring.spoken_ngrams(text.split())
    pieces = [truth["title"], truth.get("standfirst"), *truth["headings"], *truth["paragraphs"]]
    for piece in filter(None, pieces):
        assert scoring.found_in(piece, spoken_like) >= scoring.FOUND_SHARE, f"not on the page: {piece[:80]!r}"


def test_quotes_are_verbatim_fragments_of_the_body(truth):
    body = " ".join(f" {' '.join(scoring.words(p))} " for p in [truth.get("standfirst"), *truth["paragraphs"]])
    for quote in truth["quotes"]:
        fragment = " ".join(scoring.words(quote["text"]))
        assert len(fragment.split()) >= 5, f"a quote fragment has at least 5 words: {quote['text']!r}"
        assert f" {fragment} " in f" {body} ", f"quote not verbatim in the body: {quote['text']!r}"
        assert "speaker" in quote and isinstance(quote.get("speaker_alternatives", []), list)


def test_chrome_lines_are_on_the_page_and_not_in_the_truth(truth):
    allowed = scoring.spoken_ngrams(page_words(truth["id"]).split()) | scoring.spoken_ngrams(html_words(truth["id"]))
    body = scoring.spoken_ngrams(
        [
            w
            for piece in [truth["title"], truth.get("standfirst"), *truth["headings"], *truth["paragraphs"]]
            for w in scoring.words(piece)
        ]
    )
    for line in truth["chrome"]:
        assert scoring.found_in(line, allowed) >= scoring.FOUND_SHARE, f"chrome line not on the page: {line!r}"
        assert scoring.found_in(line, body) < scoring.FOUND_SHARE, f"chrome line is also body text: {line!r}"


def test_ids_are_unique_and_match_file_names():
    ids = [json.loads(path.read_text(encoding="utf-8"))["id"] for path in ANNOTATIONS]
    assert ids == [path.stem for path in ANNOTATIONS]


def test_no_page_is_in_the_set_twice():
    """Two batches may find the same saved page in different repositories: it must count once."""
    seen: dict[str, str] = {}
    for path in ANNOTATIONS:
        truth = json.loads(path.read_text(encoding="utf-8"))
        url = (truth.get("url") or "").split("://")[-1].removeprefix("www.").rstrip("/").lower()
        if url:
            assert url not in seen, f"{truth['id']} and {seen[url]} are the same page"
            seen[url] = truth["id"]
