"""The podcast feed: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, built with feedgen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem

PODCAST_NS = "https://podcastindex.org/namespace/1.0"


@dataclass(frozen=True)
class FeedItem:
    guid: str
    title: str
    description: str
    published: datetime
    page_url: str
    mp3_url: str
    mp3_bytes: int
    duration_ms: int
    chapters_url: str
    transcript_url: str
    image_url: str
    author: str


@dataclass(frozen=True)
class FeedChannel:
    title: str
    description: str
    site_url: str
    feed_url: str
    image_url: str
    author: str


class _PodcastExtension(BaseExtension):
    def extend_ns(self):
        return {"podcast": PODCAST_NS}


class _PodcastEntryExtension(BaseEntryExtension):
    """podcast:chapters and podcast:transcript, which feedgen does not know."""

    def __init__(self) -> None:
        self.links: list[tuple[str, str, dict[str, str]]] = []

    def add(self, element: str, url: str, **attributes: str) -> None:
        self.links.append((element, url, attributes))

    def extend_rss(self, entry):
        for element, url, attributes in self.links:
            node = xml_elem(f"{{{PODCAST_NS}}}{element}", entry)
            node.attrib["url"] = url
            node.attrib.update(attributes)
        return entry


def _duration(ms: int) -> str:
    seconds = round(ms / 1000)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def podcast_feed(channel: FeedChannel, items: list[FeedItem]) -> bytes:
    feed = FeedGenerator()
    feed.load_extension("podcast")  # feedgen's iTunes extension
    feed.register_extension("podcastindex", _PodcastExtension, _PodcastEntryExtension, atom=False)
    feed.title(channel.title)
    feed.description(channel.description)
    feed.link(href=channel.feed_url, rel="self")
    feed.link(href=channel.site_url, rel="alternate")  # after "self": RSS's <link> takes the last one
    feed.language("fr")
    feed.image(url=channel.image_url, title=channel.title, link=channel.site_url)
    feed.podcast.itunes_author(channel.author)
    feed.podcast.itunes_image(channel.image_url)
    feed.podcast.itunes_category("News")
    feed.podcast.itunes_explicit("no")
    feed.podcast.itunes_summary(channel.description)
    # feedgen prepends entries; adding oldest first leaves the newest at the top of the feed.
    for item in sorted(items, key=lambda i: i.published):
        entry = feed.add_entry()
        entry.guid(item.guid, permalink=False)
        entry.title(item.title)
        entry.description(item.description)
        entry.link(href=item.page_url)
        entry.pubDate(item.published)
        entry.enclosure(item.mp3_url, str(item.mp3_bytes), "audio/mpeg")
        entry.podcast.itunes_duration(_duration(item.duration_ms))
        entry.podcast.itunes_author(item.author)
        entry.podcast.itunes_image(item.image_url)
        entry.podcastindex.add("chapters", item.chapters_url, type="application/json+chapters")
        entry.podcastindex.add("transcript", item.transcript_url, type="text/vtt", language="fr")
    return feed.rss_str(pretty=True)
