"""The podcast feed points where listeners can reach the service, and credits each article's author and date."""

from __future__ import annotations

import feedparser
import httpx
import pytest

from app.web.views import feed_base_note
from tests.paths import SEED_TEXT
from tests.web.server import Server, wait_for
from tests.web.test_pages import BYLINE, add_article


@pytest.mark.slow
def test_links_follow_the_requests_own_scheme_and_host_when_no_public_address_is_set(client):
    state = add_article(client, SEED_TEXT)
    feed = feedparser.parse(client.get("/feed.xml", headers={"Host": "radio.example:8443"}).content)
    entry = feed.entries[0]
    assert feed.feed.link == "http://radio.example:8443/"
    assert entry.link == f"http://radio.example:8443/articles/{state['id']}"
    assert entry.enclosures[0]["href"] == f"http://radio.example:8443/articles/{state['id']}/audio.mp3"
    assert feed.feed.image["href"] == "http://radio.example:8443/cover.jpg"


@pytest.mark.slow
def test_a_configured_public_address_wins(make_client):
    client = make_client(public_base_url="https://ecoute.example.org/narrateur/")
    state = add_article(client, SEED_TEXT)
    entry = feedparser.parse(client.get("/feed.xml", headers={"Host": "localhost"}).content).entries[0]
    assert entry.enclosures[0]["href"] == f"https://ecoute.example.org/narrateur/articles/{state['id']}/audio.mp3"


@pytest.mark.slow
def test_items_carry_the_articles_author_and_date(client):
    add_article(client, SEED_TEXT, **BYLINE, standfirst="Jim Mattis a voulu rassurer ses alliés.")
    entry = feedparser.parse(client.get("/feed.xml").content).entries[0]
    assert entry.author == "Anne Dupont"
    assert entry.published == "Tue, 05 Mar 2024 08:30:00 +0100"
    assert entry.summary == "Jim Mattis a voulu rassurer ses alliés."


@pytest.mark.slow
def test_without_a_date_the_item_is_dated_when_published(client):
    state = add_article(client, SEED_TEXT)
    entry = feedparser.parse(client.get("/feed.xml").content).entries[0]
    assert entry.author == "Narrateur" and entry.published_parsed.tm_year >= 2024
    assert state["id"] == entry.id


@pytest.mark.slow
def test_start_up_says_which_address_the_feed_uses(tmp_path, make_client):
    assert "each request's own scheme and host" in feed_base_note(make_client().app.state.settings)
    assert feed_base_note(make_client(public_base_url="https://a.example").app.state.settings).endswith(
        "https://a.example/feed.xml"
    )
    server = Server(tmp_path / "served")
    (tmp_path / "served").mkdir()
    server.start()
    try:
        article_id = httpx.post(f"{server.url}/api/articles", json={"text": SEED_TEXT}, timeout=30).json()["id"]
        wait_for(server, article_id, lambda s: s["status"] == "ready")
        feed = httpx.get(f"{server.url}/feed.xml").text
        assert f"{server.url}/articles/{article_id}/audio.mp3" in feed
    finally:
        server.stop()
    assert "Feed links use each request's own scheme and host" in (tmp_path / "served" / "server.log").read_text()
