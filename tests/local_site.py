"""A local web site on a free loopback port: pages, feeds and their validators, every request recorded.

Tests and benchmarks change its pages while it runs (a new item in a feed, a page that breaks); a feed answers
304 to a conditional request whose ETag or Last-Modified still holds, the way publishers' servers do."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.polling import SERVER_POLL_S


@dataclass
class Page:
    content_type: str
    body: bytes
    status: int = 200
    modified: str = formatdate(usegmt=True)

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


class LocalSite:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[tuple[str, int]] = []
        """(path, status answered), in order."""
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                site._answer(self)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(SERVER_POLL_S,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def put(self, path: str, content_type: str, body: bytes | str, status: int = 200) -> str:
        """Serves `body` at `path` (replacing what was there, with a new Last-Modified); returns its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self._lock:
            self.pages[path] = Page(content_type, data, status, formatdate(usegmt=True))
        return self.url + path

    def count(self, path: str, status: int | None = None) -> int:
        with self._lock:
            return sum(1 for seen, answered in self.requests if seen == path and status in (None, answered))

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?")[0]
        with self._lock:
            page = self.pages.get(path)
        if page is None:
            status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
        elif handler.headers.get("If-None-Match") == page.etag or (
            "If-None-Match" not in handler.headers and handler.headers.get("If-Modified-Since") == page.modified
        ):
            status, headers, body = 304, {"ETag": page.etag}, b""
        else:
            status, body = page.status, page.body
            headers = {"Content-Type": page.content_type, "ETag": page.etag, "Last-Modified": page.modified}
        with self._lock:
            self.requests.append((path, status))
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed; each item is (guid, link, title)."""
    entries = "".join(
        f"<item><guid isPermaLink='false'>{guid}</guid><link>{link}</link><title>{name}</title>"
        f"<pubDate>Mon, 0{1 + index % 9} Jan 2024 10:00:00 GMT</pubDate></item>"
        for index, (guid, link, name) in enumerate(items)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        f"<title>{title}</title><link>http://example.org/</link><description>Le fil</description>{entries}"
        "</channel></rss>"
    )


def atom(title: str, items: list[tuple[str, str, str]]) -> str:
    """An Atom feed; each item is (id, link, title)."""
    entries = "".join(
        f"<entry><id>{guid}</id><link href='{link}'/><title>{name}</title>"
        f"<updated>2024-01-0{1 + index % 9}T10:00:00Z</updated></entry>"
        for index, (guid, link, name) in enumerate(items)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>{title}</title><id>urn:fil</id><updated>2024-01-09T10:00:00Z</updated>{entries}</feed>"
    )
