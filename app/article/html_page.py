"""HTML of a news page in, a Page out: its blocks with the evidence of markup, extractor and metadata.

trafilatura is good at telling the article's paragraphs from the rest of the page but flattens or drops headings,
<blockquote>, <figure> pull-quotes and <q>. So it only says which paragraphs are article; the blocks themselves are
read from the page's own markup, in document order, and the structure stage decides with all the evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict

import lxml.html

from app.article.blocks import Block, Hint, Page
from app.article.html_blocks import RawBlock, walk_blocks
from app.article.html_metadata import normalized_body, page_metadata
from app.article.html_tree import parse_html
from app.errors import NoArticleError

# A chrome-marked container that holds this share of the article's evidence is the article's own wrapper
# ("<body class='sidebar-primary'>", "<div class='… sidebar-right'>"), not chrome.
WRAPPER_SHARE = 0.3
PROSE_WORDS = 25
EXTRACTOR_MAX_ELEMENTS = 15_000


def html_page(html: str) -> Page:
    tree, json_ld = parse_html(html)
    metadata = page_metadata(tree, json_ld)
    raw = walk_blocks(tree)
    if not raw:
        raise NoArticleError("No article text was found in the HTML", "the page holds only scripts, styles or markup")
    # The extractor's cost grows faster than the page; news pages have a few thousand elements. Past that, the
    # markup and the text's own shape decide alone, so a hostile page costs time in proportion to its size.
    located = _located_keys(tree) if sum(1 for _ in tree.iter()) <= EXTRACTOR_MAX_ELEMENTS else set()
    flags = [_is_located(block.text, located, metadata.body_text) for block in raw]
    cleared = _wrappers(raw, flags)
    blocks = []
    for block, flag in zip(raw, flags, strict=True):
        shown = flag and len(block.text.split()) >= PROSE_WORDS  # the article's prose, found by the extractor
        reasons = [
            reason
            for number, reason in block.chrome
            # Metered sites wrap each paragraph they let through in "paywall-wrapper" markup: the paywall is the
            # notice that stops the text (its words say so), not the text the page shows.
            if number not in cleared and not (reason == "paywall" and shown)
        ]
        hint = Hint.STANDFIRST if block.standfirst_mark and block.hint is None else block.hint
        blocks.append(
            Block(
                block.text,
                hint,
                link_density=block.link_chars / max(1, len(block.text)),
                located=flag,
                chrome_reason=reasons[-1] if reasons else None,
            )
        )
    return Page(blocks, metadata)


def _located_keys(tree: lxml.html.HtmlElement) -> set[str]:
    import trafilatura  # the HTML stack loads only for HTML input

    try:
        text = trafilatura.extract(
            tree,
            favor_recall=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
            with_metadata=False,
        )
    except Exception:  # noqa: BLE001 - without the extractor's evidence the markup and the text's shape decide
        text = None
    return {_key(line) for line in (text or "").split("\n") if len(line.split()) >= 4}


def _is_located(text: str, located: set[str], body_text: str | None) -> bool:
    lines = text.split("\n")
    if any(_key(line) in located for line in lines):
        return True
    if body_text and len(text.split()) >= 6:
        start = normalized_body(text)[:120]
        return len(start) >= 30 and start in body_text
    return False


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())[:80]


# Chrome reasons html_blocks gives only to boxes of a few words (a video player's title and duration).
SMALL_BOXES = frozenset(("video",))


def _wrappers(raw: list[RawBlock], flags: list[bool]) -> set[int]:
    """Chrome-marked containers cleared because they hold much of the article's evidence."""
    located: defaultdict[int, int] = defaultdict(int)
    prose: defaultdict[int, int] = defaultdict(int)
    total_located = sum(flags)
    total_prose = 0
    for block, flag in zip(raw, flags, strict=True):
        words = len(block.text.split()) if block.link_chars < len(block.text) / 2 else 0
        total_prose += words if words >= PROSE_WORDS else 0
        for number, reason in block.chrome:
            if reason in SMALL_BOXES:
                continue  # a box of a few words by its definition: never the article's wrapper
            located[number] += flag
            prose[number] += words if words >= PROSE_WORDS else 0
    cleared = set()
    for number in located:
        if (total_located and located[number] >= WRAPPER_SHARE * total_located) or (
            total_prose and prose[number] >= WRAPPER_SHARE * total_prose and not total_located
        ):
            cleared.add(number)
    return cleared
