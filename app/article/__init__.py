"""Article stage: text or HTML in, an Article (title, chapters, segments) out, page chrome dropped."""

from __future__ import annotations

from typing import Literal

from app.article.decode import check_text, decode_bytes
from app.article.model import Article, Chapter, Segment, SegmentKind, Voice, script_json
from app.article.sniff import is_html_document, looks_like_html
from app.errors import InputError

InputFormat = Literal["auto", "text", "html"]

__all__ = ["Article", "Chapter", "Segment", "SegmentKind", "Voice", "parse_article", "script_json"]


def parse_article(
    source: bytes | str,
    input_format: InputFormat = "auto",
    max_bytes: int = 2_000_000,
    source_url: str | None = None,
) -> Article:
    """Finds the article in a page; raises an InputError (one sentence) for anything it cannot narrate."""
    from app.article.structure import build_article

    text = decode_bytes(source, max_bytes) if isinstance(source, bytes) else check_text(source, max_bytes)
    if input_format not in ("auto", "text", "html"):
        raise InputError(f"Unknown input format {input_format!r}: use auto, text or html")
    # A page's HTML pasted where text was expected is read as the page it is, not aloud as code.
    as_html = input_format == "html" or (looks_like_html(text) if input_format == "auto" else is_html_document(text))
    if as_html:
        from app.article.html_page import html_page  # the HTML stack loads only for HTML input

        return build_article(html_page(text), source_url=source_url)
    from app.article.plain_text import text_page

    return build_article(text_page(text), source_url=source_url)
