"""Article stage: text or HTML in, an Article (title, chapters, segments) out, page chrome dropped."""

from __future__ import annotations

from typing import Literal

from app.article.decode import check_text, decode_bytes
from app.article.html_page import html_blocks, looks_like_html
from app.article.model import Article, Chapter, Segment, SegmentKind, Voice, script_json
from app.article.plain_text import text_blocks
from app.article.structure import build_article
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
    text = decode_bytes(source, max_bytes) if isinstance(source, bytes) else check_text(source, max_bytes)
    if input_format not in ("auto", "text", "html"):
        raise InputError(f"Unknown input format {input_format!r}: use auto, text or html")
    if input_format == "html" or (input_format == "auto" and looks_like_html(text)):
        page = html_blocks(text)
        return build_article(page.blocks, source_url=source_url or page.url, author=page.author)
    return build_article(text_blocks(text), source_url=source_url)
