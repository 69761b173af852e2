"""A page as the article stage sees it: blocks of text in reading order, with what the page says about each."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Hint(StrEnum):
    """What a page's markup or metadata says a block is; copied text carries none."""

    TITLE = "title"
    HEADING = "heading"
    STANDFIRST = "standfirst"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    CHROME = "chrome"


@dataclass(frozen=True)
class Block:
    text: str
    hint: Hint | None = None
    link_density: float = 0.0
    """Share of the block's characters inside links (HTML only): teasers and menus are links, paragraphs are not."""
    located: bool = False
    """An extractor or the page's own metadata (JSON-LD articleBody) says this block is article body."""
    chrome_reason: str | None = None
    """Why the markup already tells this block is not article (a <nav>, a comments section…)."""


@dataclass(frozen=True)
class PageMetadata:
    """What a page declares about its article (JSON-LD, Open Graph, <meta>, <time>), None where it says nothing."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    description: str | None = None
    url: str | None = None
    site_name: str | None = None
    body_text: str | None = None
    """The article's text as the metadata gives it (JSON-LD articleBody), lowercase words only."""


@dataclass(frozen=True)
class Page:
    blocks: list[Block]
    metadata: PageMetadata = PageMetadata()
