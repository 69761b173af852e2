"""HTML text in, a cleaned lxml tree out: scripts, styles, forms and hidden parts gone, line breaks and <q> kept.

Every pass is one walk over the tree, so a hostile page costs time in proportion to its size.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from app.article.sniff import HEAD_CHARS, HTML_DOCUMENT
from app.errors import NoArticleError
from app.regexes import compiled

DROPPED_TAGS = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "object",
        "embed",
        "canvas",
        "input",
        "textarea",
        "video",
        "audio",
        "map",
        "dialog",
        "math",
    )
)
VIDEO_MARK = "data-narrateur-player"
PLAYERS = frozenset(("video", "amp-video", "amp-youtube", "amp-dailymotion"))
VIDEO_HOSTS = compiled(r"youtube|youtu\.be|dailymotion|vimeo|brightcove|jwplayer|auvio|\.mp4\b")
HTML_END = compiled(r"</(?:html|body)\s*>", re.IGNORECASE)
LINE_BREAK = "\u2028"
HIDDEN_STYLE = compiled(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def parse_html(html: str) -> tuple[lxml.html.HtmlElement, list[str]]:
    """The cleaned tree, and the page's JSON-LD texts (read before scripts are dropped)."""
    if HTML_DOCUMENT.match(html[:HEAD_CHARS]) and not HTML_END.search(html):
        raise NoArticleError(
            "The HTML document is truncated", "it ends before </body></html>: save the whole page again"
        )
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        raise NoArticleError("The HTML could not be read", "it is empty or not HTML at all") from None
    json_ld = [
        element.text
        for element in tree.iter("script")
        if (element.get("type") or "").strip().lower() == "application/ld+json" and element.text
    ]
    _clean(tree)
    return tree, json_ld


NOSCRIPT_TEXT_WORDS = 60


def _holds_text(element: lxml.html.HtmlElement) -> bool:
    """A <noscript> with paragraphs of text, not a tracking pixel or an "enable JavaScript" line."""
    return len(element.text_content().split()) >= NOSCRIPT_TEXT_WORDS


def _clean(tree: lxml.html.HtmlElement) -> None:
    doomed = []
    for element in tree.iter():
        tag = element.tag
        if _player(element) and element.getparent() is not None:
            # A <video> or an <iframe> goes (an AMP player stays); its box keeps a mark, so the video's title and
            # length beside it are known.
            element.getparent().set(VIDEO_MARK, "1")
        if not isinstance(tag, str):
            doomed.append(element)  # comments and processing instructions
        elif tag == "noscript" and _holds_text(element):
            continue  # an embed's fallback (a Storify story) is what a reader without JavaScript reads
        elif tag in DROPPED_TAGS or _hidden(element):
            doomed.append(element)
        elif tag == "form" and not _holds_article(element):
            doomed.append(element)  # login, search and comment forms; ASP.NET pages wrap everything in one
        elif tag == "br":
            # A <br> separates lines, often paragraphs; text_content() would glue them together. A newline in the
            # source is only whitespace, so the break gets a mark of its own.
            element.tail = LINE_BREAK + (element.tail or "")
        elif tag == "q":
            # <q> marks a quotation inline; guillemets let the quote finder see it as it sees text.
            element.text = "« " + (element.text or "")
            if len(element):
                element[-1].tail = (element[-1].tail or "") + " »"
            else:
                element.text += " »"
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _player(element: lxml.html.HtmlElement) -> bool:
    """A video's player: a <video>, an AMP player, or an <iframe> from a video host (not a map or a chart)."""
    if element.tag == "iframe":
        return bool(VIDEO_HOSTS.search(element.get("src") or ""))
    return element.tag in PLAYERS


def _hidden(element: lxml.html.HtmlElement) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    if style and HIDDEN_STYLE.search(style):
        return True
    # aria-hidden marks visual duplicates ("4 min" next to its icon); a page with a modal open may also put it on
    # the whole article, so only small parts (checked shallowly, to stay linear) are dropped for it.
    return element.get("aria-hidden") == "true" and len(element) <= 2 and len(element.text or "") < 80


def _holds_article(form: lxml.html.HtmlElement) -> bool:
    return any(len(p.text_content()) > 200 for p in form.iter("p", "article"))
