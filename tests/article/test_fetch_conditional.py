"""Fetching a feed: its own content types, and conditional requests that an unchanged feed answers with a 304."""

from __future__ import annotations

import httpx
import pytest

from app.article.fetch import FEED_TYPES, FetchPolicy, fetch_page
from app.errors import FetchError

RSS = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Le fil</title></channel></rss>"
PUBLIC = lambda host, port: ["93.184.216.34"]  # noqa: E731


def feed_server(seen: list[httpx.Request]):
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304, headers={"ETag": '"v1"'})
        headers = {
            "Content-Type": "application/rss+xml",
            "ETag": '"v1"',
            "Last-Modified": "Mon, 01 Jan 2024 10:00:00 GMT",
        }
        return httpx.Response(200, headers=headers, content=RSS)

    return httpx.MockTransport(handle)


def test_a_feed_is_fetched_with_its_validators():
    seen: list[httpx.Request] = []
    page = fetch_page("https://news.example/rss", FetchPolicy(), PUBLIC, feed_server(seen), accept=FEED_TYPES)
    assert page.content == RSS and page.content_type == "application/rss+xml" and not page.not_modified
    assert page.etag == '"v1"' and page.last_modified == "Mon, 01 Jan 2024 10:00:00 GMT"
    assert "application/rss+xml" in seen[0].headers["Accept"]


def test_an_unchanged_feed_answers_not_modified_with_no_body():
    seen: list[httpx.Request] = []
    conditions = {"If-None-Match": '"v1"', "If-Modified-Since": "Mon, 01 Jan 2024 10:00:00 GMT"}
    page = fetch_page(
        "https://news.example/rss", FetchPolicy(), PUBLIC, feed_server(seen), accept=FEED_TYPES, conditions=conditions
    )
    assert page.not_modified and page.content == b"" and page.etag == '"v1"'
    assert seen[0].headers["If-Modified-Since"] == "Mon, 01 Jan 2024 10:00:00 GMT"


def test_a_page_is_still_refused_as_a_feed_and_a_feed_as_a_page():
    seen: list[httpx.Request] = []
    with pytest.raises(FetchError, match="application/rss\\+xml, not a web page"):
        fetch_page("https://news.example/rss", FetchPolicy(), PUBLIC, feed_server(seen))
    html = httpx.MockTransport(lambda r: httpx.Response(200, headers={"Content-Type": "image/png"}, content=b"x"))
    with pytest.raises(FetchError, match="image/png, not a feed"):
        fetch_page("https://news.example/rss", FetchPolicy(), PUBLIC, html, accept=FEED_TYPES)
