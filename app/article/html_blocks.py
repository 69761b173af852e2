"""A cleaned HTML tree in, its blocks out in document order, each with the evidence its markup gives.

The walk is iterative (deeply nested pages cannot exhaust the stack) and linear: every element is visited once,
and a block's text is read once from the element that holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from app.article.blocks import Hint
from app.article.html_tree import LINE_BREAK, VIDEO_MARK
from app.regexes import compiled

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
LEAF_BLOCKS = frozenset(("p", "li", "dt", "dd", "pre", "figcaption", "caption", "address", "td", "th", "summary"))
CONTAINERS = frozenset(
    (
        "div",
        "section",
        "article",
        "main",
        "header",
        "aside",
        "span",
        "body",
        "ul",
        "ol",
        "dl",
        "table",
        "tbody",
        "thead",
        "tr",
        "center",
        "font",
        "nav",
        "footer",
        "menu",
        "details",
        "hgroup",
    )
)
# A table's cell is a line of a table, unless the page is laid out in a table: a cell holding paragraphs and
# headings is a column of the page, read block by block.
LAYOUT_CELLS = frozenset(("td", "th"))
STRUCTURAL = (HEADINGS | LEAF_BLOCKS | CONTAINERS | {"blockquote", "figure"}) - {"span", "font", "center"}
# Elements that sit inside a line of text (a <head> or a <form> does not, whatever it holds).
INLINE = frozenset(
    "a abbr b bdi bdo big br cite code data del dfn em font i img ins kbd label mark q s samp small span strike "
    "strong sub sup time tt u var wbr".split()
)

# Markup that says what a part of the page is. Class and id names are read as words ("c-share-bar" → share,
# bar) so that "sidebar-primary1" on a <body> does not read as "sidebar".
CHROME_TAGS = {"nav": "navigation", "footer": "footer", "menu": "navigation", "aside": "aside"}
CHROME_ROLES = {
    "navigation": "navigation",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "search": "navigation",
    "menu": "navigation",
    "dialog": "dialog",
}
CHROME_WORDS = {
    "nav": "navigation",
    "navbar": "navigation",
    "navigation": "navigation",
    "menu": "navigation",
    "breadcrumb": "navigation",
    "breadcrumbs": "navigation",
    "share": "share bar",
    "sharing": "share bar",
    "social": "share bar",
    "newsletter": "newsletter",
    "subscribe": "subscription",
    "subscription": "subscription",
    "paywall": "paywall",
    "related": "related articles",
    "recirculation": "related articles",
    "outbrain": "related articles",
    "taboola": "related articles",
    "comment": "comments",
    "comments": "comments",
    "commentaire": "comments",
    "commentaires": "comments",
    "authorbox": "author box",
    "biography": "author box",
    "cookie": "cookie banner",
    "cookies": "cookie banner",
    "consent": "cookie banner",
    "advert": "advertising",
    "advertisement": "advertising",
    "ads": "advertising",
    "ad": "advertising",
    "pub": "advertising",
    "sponsored": "advertising",
    "promo": "advertising",
    "inread": "advertising",  # a promotion set inside the text (Le Monde's newsletter box)
    "footer": "footer",
    "tags": "tags",
    "keywords": "tags",
    "popular": "related articles",
    "mostread": "related articles",
    "trending": "related articles",
    "teaser": "related articles",
    "teasers": "related articles",
    "login": "login",
    "signin": "login",
    "modal": "dialog",
    "popup": "dialog",
    "toolbar": "share bar",
    "skip": "navigation",
    # A photo's caption and credit set in a container of their own (<div class="caption">, "legende").
    "caption": "caption",
    "figcaption": "caption",  # <span class="figcaption">, a caption not set in a <figcaption> element (7sur7)
    "legend": "caption",
    "legende": "caption",
    "copyright": "credit",
    "credit": "credit",
    "credits": "credit",
    "poll": "poll",
    "polls": "poll",
    "sondage": "poll",
    "survey": "poll",
}
CLASS_WORD = compiled(r"[a-z]+")
CAMEL_HUMP = compiled(r"(?<=[a-z])(?=[A-Z][a-z])")
AUTHOR_BOX_PAIRS = frozenset(
    (
        ("author", "box"),
        ("author", "bio"),
        ("author", "card"),
        ("about", "author"),
        ("bloc", "auteur"),
        ("auteur", "bio"),
        ("bio", "auteur"),
        ("encadre", "auteur"),
        ("box", "auteur"),
    )
)
# "lire-aussi", "a-lire-aussi", "voir-aussi": a teaser set between paragraphs, known by its class alone.
RELATED_PAIRS = frozenset((("lire", "aussi"), ("voir", "aussi"), ("lire", "egalement")))
# "pub-date", "pub-info": the publication's, not an advertisement.
PUBLICATION_WORDS = frozenset(("date", "info", "time", "author", "byline", "details"))
# "live-match-comment", "liveblog-comment": a live's commentary, the article itself, not its readers' comments.
LIVE_WORDS = frozenset(("live", "liveblog", "match", "minute", "commentary", "direct", "timeline"))
# Class names that mark the chapô or a credit inside an article.
STANDFIRST_WORDS = frozenset(
    (
        "chapo",
        "chapeau",
        "standfirst",
        "lead",
        "lede",
        "intro",
        "summary",
        "excerpt",
        "subheadline",
        "deck",
        "kicker-lead",
        "description",
        "headline__sub",
        "subtitle",
    )
)


@dataclass
class RawBlock:
    text: str
    hint: Hint | None
    link_chars: int
    chrome: tuple[tuple[int, str], ...]
    """Ancestors whose markup says chrome: (element number, reason), nearest last."""
    standfirst_mark: bool = False


def walk_blocks(root: lxml.html.HtmlElement) -> list[RawBlock]:
    """The page's blocks in document order; chrome-marked ancestors are numbered in the order they open."""
    # The element list keeps every proxy alive during the walk, so the id()s the flags are keyed by stay valid.
    elements, has_block_child = _block_descendants(root)
    blocks: list[RawBlock] = []
    stack: list[tuple[lxml.html.HtmlElement | Run, tuple[tuple[int, str], ...], bool]] = [(root, (), False)]
    counter = 0
    while stack:
        element, chrome, standfirst = stack.pop()
        if isinstance(element, Run):
            _add(blocks, element.text, None, element.link_chars, chrome, standfirst)
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "head":
            continue
        counter += 1
        reason = _chrome_reason(element, tag)
        if reason:
            chrome = chrome + ((counter, reason),)
        standfirst = standfirst or _marked_standfirst(element)
        if tag in HEADINGS:
            hint = Hint.TITLE if tag == "h1" else Hint.HEADING
            _add(blocks, _text(element), hint, _link_chars(element, away=True), chrome, standfirst)
        elif tag == "blockquote" or (tag == "figure" and element.find(".//blockquote") is not None):
            for text, hint in _quote_blocks(element):
                _add(blocks, text, hint, 0, chrome, False)
        elif tag == "figure":
            for caption in element.iter("figcaption"):
                _add(blocks, _text(caption), Hint.CHROME, 0, chrome + ((counter, "caption"),), False)
        elif (tag in LEAF_BLOCKS and not (tag in LAYOUT_CELLS and has_block_child.get(id(element)))) or (
            tag in CONTAINERS and not has_block_child.get(id(element))
        ):
            if _all_caption(element):
                chrome = chrome + ((counter, "caption"),)
            _add(blocks, _text(element), None, _link_chars(element), chrome, standfirst)
        else:
            # Reversed so that the stack pops them in document order.
            for item in reversed(_runs_and_children(element, has_block_child, tag != "html")):
                stack.append((item, chrome, standfirst))
    return blocks


@dataclass(frozen=True)
class Run:
    """Text set straight in a container, running on through its inline elements ("Les résultats … au <a>Japon</a>,
    dans le cadre …"): one block, not one per link."""

    text: str
    link_chars: int


def _runs_and_children(element, has_block_child: dict[int, bool], with_tails: bool) -> list:
    """A container's content in document order: runs of inline text, and the children to walk on their own."""
    items: list = []
    pieces = [element.text or ""]
    links = 0
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in INLINE and not has_block_child.get(id(child)) and not _chrome_reason(child, tag):
            pieces.append(_text(child))
            links += _link_chars(child)  # an <a> counts itself
        else:
            _close_run(items, pieces, links)
            pieces, links = [], 0
            items.append(child)
        if with_tails:
            pieces.append(child.tail or "")
    _close_run(items, pieces, links)
    return items


def _close_run(items: list, pieces: list[str], links: int) -> None:
    text = "".join(pieces)
    if text.strip():
        items.append(Run(text, links))


def _add(
    blocks: list[RawBlock], text: str | None, hint: Hint | None, link_chars: int, chrome, standfirst: bool
) -> None:
    text = _tidy(text or "")
    if text:
        blocks.append(RawBlock(text, hint, link_chars, chrome, standfirst))


def _block_descendants(root: lxml.html.HtmlElement) -> tuple[list, dict[int, bool]]:
    """Whether each element holds a block element, in one pass: in reverse document order every descendant comes
    before its ancestors."""
    elements = list(root.iter())
    holds: dict[int, bool] = {}
    for element in reversed(elements):
        parent = element.getparent()
        if parent is not None and isinstance(element.tag, str):
            if element.tag in STRUCTURAL or holds.get(id(element)):
                holds[id(parent)] = True
    return elements, holds


def _chrome_reason(element: lxml.html.HtmlElement, tag: str) -> str | None:
    if tag in CHROME_TAGS:
        return CHROME_TAGS[tag]
    role = element.get("role")
    if role in CHROME_ROLES:
        return CHROME_ROLES[role]
    # "newsletterModule", "NewsletterTeaser_root__Yk6Rp": the words of camel-cased class names too.
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    marks = (CAMEL_HUMP.sub(" ", marks) if not marks.islower() else marks).lower()
    words = CLASS_WORD.findall(marks)
    pairs = set(zip(words, words[1:], strict=False))
    if pairs & RELATED_PAIRS:
        return "related articles"  # a paragraph too: <p class="lire-aussi"><a>…</a></p>
    if tag not in CONTAINERS:
        if tag == "p" and "video" in words:
            return "video"  # <p class="video-titre">: the title of the video above it
        # A photo's caption set as a paragraph of its own: <p class="legende">.
        return "caption" if tag == "p" and any(CHROME_WORDS.get(word) == "caption" for word in words) else None
    if _video_box(element, words):
        return "video"
    live = not LIVE_WORDS.isdisjoint(words)
    if pairs & AUTHOR_BOX_PAIRS:
        return "author box"  # "author-box", "bloc-auteur": the journalist's portrait under the article
    for index, word in enumerate(words):
        if word not in CHROME_WORDS or live and CHROME_WORDS[word] == "comments":
            continue
        if word in ("teaser", "teasers") and next(element.iter("a"), None) is None:
            continue  # "article-teaser" around the chapô: a teaser of other articles links to them
        if word == "pub" and words[index + 1 : index + 2] and words[index + 1] in PUBLICATION_WORDS:
            continue  # "pub-date", "pub-info": the publication's date, not an advertisement
        return CHROME_WORDS[word]
    return None


VIDEO_BOX_WORDS = 40
# A player's marks; the cleaned tree marks where a <video> or an <iframe> stood.
VIDEO_ATTRIBUTES = frozenset(
    ("data-video-id", "video-id", "data-dm-id", "data-brightcove-id", "data-video", VIDEO_MARK)
)


def _video_box(element: lxml.html.HtmlElement, class_words: list[str]) -> bool:
    """A player and what it shows of its video (its title, its duration), set among the paragraphs: not the
    article's text. A box of a few words at most, named a video's or a player's, or holding a player's marks: the
    spot a <video> or an <iframe> stood in, a player's attributes, a button to play the video (looked for on the box
    and its children only: every container is asked, and a whole subtree each time would cost the page squared)."""
    if (
        "video" not in class_words
        and "player" not in class_words
        and not any(
            isinstance(inner.tag, str)
            and (not VIDEO_ATTRIBUTES.isdisjoint(inner.attrib) or "vidéo" in (inner.get("aria-label") or "").lower())
            for inner in (element, *element)
        )
    ):
        return False
    # Not the article's header with its video on top: its headline is no video's title.
    has_headline = next(element.iter("h1", "h2"), None) is not None
    return not has_headline and len(_text(element).split()) <= VIDEO_BOX_WORDS


def _all_caption(element: lxml.html.HtmlElement) -> bool:
    """A block whose whole text is an inline element marked as a caption: 7sur7's <span class="figcaption"> under
    its photo, in a <section> that holds no block."""
    text = _text(element).split()
    return bool(text) and any(
        isinstance(inner.tag, str)
        and any(CHROME_WORDS.get(word) == "caption" for word in CLASS_WORD.findall((inner.get("class") or "").lower()))
        and _text(inner).split() == text
        for inner in element.iterdescendants()
    )


def _marked_standfirst(element: lxml.html.HtmlElement) -> bool:
    if element.get("itemprop") in ("description", "abstract"):
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(word in STANDFIRST_WORDS for word in re.split(r"[\s_-]+|__", marks) if word)


def _quote_blocks(element: lxml.html.HtmlElement):
    credits = [e for e in element.iter("cite", "footer", "figcaption") if _text(e)]
    texts = [_text(credit) for credit in credits]
    for credit in credits:
        credit.drop_tree()
    paragraphs = [p for p in element.iter("p") if _text(p)] or [element]
    rest = _text(element)
    for paragraph in paragraphs:
        yield _text(paragraph), Hint.QUOTE
        rest = rest.replace(_text(paragraph), " ", 1)
    if paragraphs != [element] and rest.strip():
        texts.append(rest)  # a credit outside the quote's paragraphs: "— Rachida Dati (@datirachida) Mai 21, 2012"
    for text in texts:
        yield text, Hint.ATTRIBUTION


def _link_chars(element: lxml.html.HtmlElement, away: bool = False) -> int:
    """Characters inside links; `away`: only links to another page (a heading's own anchor "#section" is not)."""
    links = element.iter("a")
    if away:
        links = (link for link in links if (link.get("href") or "#").strip()[:1] not in ("#", ""))
    return sum(len(_tidy(link.text_content())) for link in links)


def _text(element: lxml.html.HtmlElement) -> str:
    return element.text_content()


def _tidy(text: str) -> str:
    """Whitespace collapsed (a source newline is a space); the lines a <br> separates kept apart."""
    lines = (SPACE.sub(" ", line).strip() for line in text.split(LINE_BREAK))
    return "\n".join(line for line in lines if line)


SPACE = compiled(r"\s+")
