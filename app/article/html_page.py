"""HTML of a news page in, blocks out: trafilatura finds the article, the page's own markup keeps what it drops.

trafilatura is good at telling the article's paragraphs from the rest of the page but flattens or drops
headings, <blockquote>, <figure> pull-quotes and <q>. So it is used to locate the article, and the blocks
are then read from the page itself, in document order, inside the region it located.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

from app.article.chrome import is_chrome
from app.article.structure import Block, Hint
from app.errors import NoArticleError

DROPPED_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "object")
CHROME_TAGS = {"nav", "footer", "menu"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LEAF_BLOCKS = {"p", "li", "dt", "dd", "pre", "figcaption", "caption", "address", "td", "th"}
CONTAINERS = {"div", "section", "article", "main", "header", "aside", "span", "body", "ul", "ol", "dl", "table",
              "tbody", "tr", "center", "font"}
BLOCK_TAGS = HEADINGS | LEAF_BLOCKS | CONTAINERS | {"blockquote", "figure", "nav", "footer", "menu"}
HTML_SIGNATURE = re.compile(r"<(?:!doctype|html|head|body|p|div|article|section|h[1-6]|main|span|br)\b", re.IGNORECASE)
SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def looks_like_html(text: str) -> bool:
    return bool(HTML_SIGNATURE.search(text[:20000]))


@dataclass(frozen=True)
class PageBlocks:
    blocks: list[Block]
    url: str | None
    author: str | None


def html_blocks(html: str) -> PageBlocks:
    if re.match(r"\s*<(?:!doctype|html)\b", html, re.IGNORECASE) and not re.search(r"</(?:html|body)\s*>", html, re.IGNORECASE):
        raise NoArticleError("The HTML document is truncated", "it ends before </body></html>: save the whole page again")
    tree = _parse(html)
    located = _located_paragraphs(tree)
    page = list(_walk(tree, chrome=False))
    if not any(text for text, _ in page):
        raise NoArticleError("No article text was found in the HTML", "the page holds only scripts, styles or markup")
    metadata = _metadata(tree)
    # A block belongs to the article when one of its lines is a paragraph trafilatura kept; the title does not
    # count (it is found apart), or a page whose <h1> is all trafilatura recognised would have no body.
    matches = [
        i for i, (text, hint) in enumerate(page)
        if hint != Hint.TITLE and any(_key(line) in located for line in text.split("\n"))
    ]
    if matches:
        first, last = _region(page, matches)
        blocks = [Block(text, Hint.CHROME) for text, _ in page[:first] if not _is_h1(page, text)]
        title = _title_before(page, first) or _metadata_title(metadata)
        if title:
            blocks.append(Block(title, Hint.TITLE))
        blocks += [Block(text, hint) for text, hint in page[first : last + 1]]
        blocks += [Block(text, Hint.CHROME) for text, _ in page[last + 1 :]]
    else:
        blocks = [Block(text, hint) for text, hint in page]
    return PageBlocks(blocks, getattr(metadata, "url", None), getattr(metadata, "author", None))


def _parse(html: str) -> lxml.html.HtmlElement:
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        raise NoArticleError("The HTML could not be read", "it is empty or not HTML at all") from None
    for element in tree.iter(*DROPPED_TAGS):
        element.drop_tree()
    for element in tree.iter(lxml.etree.Comment):
        element.drop_tree()
    for line_break in tree.iter("br"):
        # A <br> separates lines, often paragraphs; text_content() would glue them together.
        line_break.tail = "\n" + (line_break.tail or "")
    for quote in tree.iter("q"):
        # <q> marks a quotation inline; guillemets let the quote finder see it as it sees text.
        quote.text = "« " + (quote.text or "")
        if len(quote):
            quote[-1].tail = (quote[-1].tail or "") + " »"
        else:
            quote.text += " »"
    return tree


def _metadata(tree: lxml.html.HtmlElement):
    try:
        return trafilatura.extract_metadata(tree)
    except Exception:  # noqa: BLE001 - a third-party failure on odd markup only costs us the metadata
        return None


def _located_paragraphs(tree: lxml.html.HtmlElement) -> set[str]:
    try:
        text = trafilatura.extract(
            tree, favor_recall=True, include_comments=False, include_tables=False, deduplicate=False
        )
    except Exception:  # noqa: BLE001 - without trafilatura's region we read the whole page's blocks
        text = None
    return {_key(line) for line in (text or "").split("\n") if len(line.split()) >= 4}


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())[:80]


def _region(page: list[tuple[str, str | None]], matches: list[int]) -> tuple[int, int]:
    """From the first to the last located paragraph, widened to headings and quotes just around it."""
    first, last = matches[0], matches[-1]
    # The standfirst and byline sit between the <h1> and the body, often outside what trafilatura keeps.
    heading = next((i for i in range(first - 1, max(first - 8, -1), -1) if page[i][1] == Hint.TITLE), None)
    if heading is not None:
        first = heading + 1
    while first > 0 and page[first - 1][1] in (Hint.QUOTE, Hint.ATTRIBUTION):
        first -= 1
    while last + 1 < len(page) and page[last + 1][1] in (Hint.QUOTE, Hint.ATTRIBUTION):
        last += 1
    return first, last


def _is_h1(page: list[tuple[str, str | None]], text: str) -> bool:
    return any(t == text and hint == Hint.TITLE for t, hint in page)


def _title_before(page: list[tuple[str, str | None]], first: int) -> str | None:
    # A site logo set in an <h1> ("Le Devoir") is chrome, not the article's title.
    titles = [text for text, hint in page[:first] if hint == Hint.TITLE and not is_chrome(text)]
    if titles:
        return titles[-1]
    return next((text for text, hint in page[first:] if hint == Hint.TITLE and not is_chrome(text)), None)


def _metadata_title(metadata) -> str | None:
    title = getattr(metadata, "title", None)
    return SITE_SUFFIX.sub("", title).strip() if title else None


def _text(element: lxml.html.HtmlElement) -> str:
    lines = (re.sub(r"\s+", " ", line).strip() for line in element.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(element, chrome: bool):
    """(text, hint) for every block of the page, in document order."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "head":
        return
    chrome = chrome or tag in CHROME_TAGS or _looks_like_chrome_container(element)
    if tag in HEADINGS:
        yield _text(element), Hint.CHROME if chrome else (Hint.TITLE if tag == "h1" else Hint.HEADING)
    elif tag == "blockquote" or (tag == "figure" and element.find(".//blockquote") is not None):
        yield from _quote_blocks(element)
    elif tag == "figure":
        yield from ((_text(caption), Hint.CHROME) for caption in element.iter("figcaption"))
    elif tag in LEAF_BLOCKS or (tag in CONTAINERS and not _has_block_child(element)):
        yield _text(element), Hint.CHROME if chrome else None
    else:
        if element.text and element.text.strip():
            yield element.text.strip(), Hint.CHROME if chrome else None
        for child in element:
            yield from _walk(child, chrome)
            if child.tail and child.tail.strip() and tag not in ("html", "head"):
                yield child.tail.strip(), Hint.CHROME if chrome else None


def _quote_blocks(element):
    credits = [e for e in element.iter("cite", "footer", "figcaption") if _text(e)]
    for credit in credits:
        credit.drop_tree()
    paragraphs = [p for p in element.iter("p") if _text(p)] or [element]
    for paragraph in paragraphs:
        yield _text(paragraph), Hint.QUOTE
    for credit in credits:
        yield _text(credit), Hint.ATTRIBUTION


CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|newsletter|subscribe|paywall|related|"
    r"comments?|cookie|banner|promo|teaser|advert|ads?|sidebar|footer|header-nav|recirculation|outbrain|taboola|"
    r"byline|signature|author|authors|dateline|timestamp|date|credits?|caption|tags|keywords)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)


def _looks_like_chrome_container(element) -> bool:
    if not isinstance(element.tag, str) or element.tag not in CONTAINERS:
        return False
    if element.get("role") in ("navigation", "banner", "contentinfo", "complementary"):
        return element.find(".//blockquote") is None
    marks = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(CHROME_CLASS.search(marks)) and element.find(".//blockquote") is None


STRUCTURAL = BLOCK_TAGS - {"span", "font", "center"}


def _has_block_child(element) -> bool:
    return any(isinstance(child.tag, str) and child.tag in STRUCTURAL for child in element.iterdescendants())
