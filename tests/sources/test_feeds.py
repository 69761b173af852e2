"""Reading publishers' feeds: RSS and Atom, each entry's stable identity, newest first, link-less items."""

from __future__ import annotations

import pytest

from app.errors import FetchError
from app.sources.feeds import parse_feed
from tests.local_site import atom, rss

URL = "https://news.example/rss.xml"


def test_rss_items_keep_their_guid_newest_first():
    feed = parse_feed(
        (rss("Le fil", [("a", "https://news.example/1", "Un"), ("b", "https://news.example/2", "Deux")]).encode(), URL)
    )
    assert feed.title == "Le fil"
    assert [(e.key, e.link, e.title) for e in feed.entries] == [
        ("b", "https://news.example/2", "Deux"),  # published 2 January: the newer
        ("a", "https://news.example/1", "Un"),
    ]
    assert feed.entries[0].published == "2024-01-02T10:00:00+00:00" and feed.newest(1) == feed.entries[:1]


def test_atom_entries_keep_their_id():
    feed = parse_feed((atom("Fil Atom", [("urn:1", "https://news.example/1", "Un")]).encode(), URL))
    assert feed.title == "Fil Atom" and [(e.key, e.link) for e in feed.entries] == [("urn:1", "https://news.example/1")]


@pytest.mark.parametrize(
    "item,key",
    [
        ("<item><link>https://news.example/x</link><title>Sans guid</title></item>", "https://news.example/x"),
        ("<item><guid isPermaLink='false'>g-1</guid><link>/relatif</link><title>Relatif</title></item>", "g-1"),
    ],
)
def test_without_a_guid_the_link_is_the_identity_and_links_are_made_absolute(item, key):
    document = f"<rss version='2.0'><channel><title>F</title>{item}</channel></rss>".encode()
    entry = parse_feed((document, URL)).entries[0]
    assert entry.key == key and entry.link.startswith("https://news.example/")


def test_an_item_without_a_link_is_narrated_from_its_content_when_it_is_an_article():
    body = "<p>" + "Un paragraphe d'article assez long pour être lu. " * 8 + "</p>"
    document = (
        "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>F</title>"
        f"<item><guid isPermaLink='false'>long</guid><title>Long</title><content:encoded><![CDATA[{body}]]></content:encoded></item>"
        "<item><guid isPermaLink='false'>court</guid><title>Court</title><description>Un teaser.</description></item>"
        "</channel></rss>"
    ).encode()
    entries = parse_feed((document, URL)).entries
    assert [e.key for e in entries] == ["long"] and entries[0].link is None and "Un paragraphe" in entries[0].content


@pytest.mark.parametrize("document", [b"<html><body><p>Une page</p></body></html>", b"pas du tout du XML", b""])
def test_a_page_that_is_no_feed_is_refused_in_one_sentence(document):
    with pytest.raises(FetchError, match="is not an RSS or Atom feed"):
        parse_feed((document, URL))
