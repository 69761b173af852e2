"""A publisher's feed read with feedparser: its title and its items, each with the identity that keeps it one
item whatever later changes to its entry (the guid or Atom id, else its link)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timezone

from app.errors import FetchError

CONTENT_MIN_CHARS = 200
"""An item without a link is narrated from its content only when the content is an article, not a teaser."""


@dataclass(frozen=True)
class FeedEntry:
    key: str
    """The entry's identity: guid (RSS) or id (Atom), else its link."""
    title: str
    link: str | None
    published: str | None
    """ISO 8601, from the entry's published or updated date."""
    content: str | None
    """The entry's own HTML, kept only for an item that has no link to fetch."""


@dataclass(frozen=True)
class Feed:
    title: str
    entries: tuple[FeedEntry, ...]
    """Newest first (by date where the feed gives them, else in the feed's own order)."""

    def newest(self, count: int) -> tuple[FeedEntry, ...]:
        return self.entries[: max(count, 0)]


def parse_feed(document: tuple[bytes, str]) -> Feed:
    """The feed in `document` (its bytes, its URL): run in a reader process, as it is untrusted input."""
    import feedparser  # loaded where feeds are read, never on the command line's start-up path

    content, url = document
    parsed = feedparser.parse(content, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        raise FetchError(f"The address {url} is not an RSS or Atom feed", "give the address of the site's feed")
    entries = [entry for entry in (_entry(raw) for raw in parsed.entries) if entry is not None]
    # sorted() is stable: entries without a date keep the feed's order among themselves.
    entries.sort(key=lambda entry: entry.published or "", reverse=True)
    title = (parsed.feed.get("title") or "").strip() or url
    return Feed(title, tuple(entries))


def _entry(raw) -> FeedEntry | None:
    link = (raw.get("link") or "").strip() or None
    key = (raw.get("id") or "").strip() or link
    content = _content(raw)
    if key is None or (link is None and content is None):
        return None  # nothing to identify it by, or nothing to narrate
    title = (raw.get("title") or "").strip() or link or key
    return FeedEntry(key, title, link, _published(raw), None if link else content)


def _content(raw) -> str | None:
    bodies = [part.get("value", "") for part in raw.get("content", [])] + [raw.get("summary", "")]
    body = max(bodies, key=len, default="")
    return body if len(body) >= CONTENT_MIN_CHARS else None


def _published(raw) -> str | None:
    moment = raw.get("published_parsed") or raw.get("updated_parsed")
    if not moment:
        return None
    return datetime.fromtimestamp(calendar.timegm(moment), timezone.utc).isoformat()
