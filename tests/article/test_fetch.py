"""URL fetching refuses private and local addresses after DNS and on every redirect, and bounds everything else."""

from __future__ import annotations

import httpx
import pytest

from app.article.fetch import FetchPolicy, fetch_page
from app.errors import FetchError
from tests.polling import SERVER_POLL_S

PAGE = "<html><body><h1>Titre</h1><p>Un paragraphe de l'article assez long pour compter.</p></body></html>"


def resolver(table):
    return lambda host, port: table[host]


def transport(handler):
    return httpx.MockTransport(handler)


def html(request):
    return httpx.Response(200, headers={"Content-Type": "text/html; charset=utf-8"}, text=PAGE)


PUBLIC = resolver(
    {
        "news.example": ["93.184.216.34"],
        "evil.example": ["10.0.0.5"],
        "meta.example": ["169.254.169.254"],
        "v6.example": ["::1"],
        "mapped.example": ["::ffff:127.0.0.1"],
    }
)


def test_public_page_is_fetched():
    page = fetch_page("https://news.example/article", FetchPolicy(), PUBLIC, transport(html))
    assert (
        page.content.decode() == PAGE
        and page.content_type == "text/html"
        and page.url == "https://news.example/article"
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://evil.example/",
        "http://meta.example/latest/meta-data",
        "http://v6.example/",
        "http://mapped.example/",
        "http://169.254.169.254/",
        "http://[::1]:8000/",
        "http://10.1.2.3/",
    ],
)
def test_private_local_and_metadata_addresses_are_refused(url):
    table = {"169.254.169.254": ["169.254.169.254"], "::1": ["::1"], "10.1.2.3": ["10.1.2.3"]}
    lookup = lambda host, port: table.get(host) or PUBLIC(host, port)  # noqa: E731
    with pytest.raises(FetchError, match="private or local address"):
        fetch_page(url, FetchPolicy(), lookup, transport(html))


def test_localhost_is_refused_through_real_dns():
    with pytest.raises(FetchError, match="private or local address"):
        fetch_page("http://localhost:8000/", FetchPolicy())


def test_redirect_to_a_private_address_is_refused():
    def handler(request):
        if request.url.host == "news.example":
            return httpx.Response(302, headers={"Location": "http://evil.example/admin"})
        return html(request)

    with pytest.raises(FetchError, match="http://evil.example/admin points to a private or local address"):
        fetch_page("http://news.example/", FetchPolicy(), PUBLIC, transport(handler))


def test_redirect_limit():
    loop = transport(lambda request: httpx.Response(301, headers={"Location": "/again"}))
    with pytest.raises(FetchError, match="redirects more than 2 times"):
        fetch_page("http://news.example/", FetchPolicy(max_redirects=2), PUBLIC, loop)


def test_content_type_size_status_and_timeout():
    image = transport(lambda r: httpx.Response(200, headers={"Content-Type": "image/png"}, content=b"\x89PNG"))
    with pytest.raises(FetchError, match="is image/png, not a web page"):
        fetch_page("http://news.example/", FetchPolicy(), PUBLIC, image)
    big = transport(lambda r: httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"x" * 3_000_000))
    with pytest.raises(FetchError, match="larger than 1 MB"):
        fetch_page("http://news.example/", FetchPolicy(max_bytes=1_000_000), PUBLIC, big)
    missing = transport(lambda r: httpx.Response(404))
    with pytest.raises(FetchError, match="answered HTTP 404"):
        fetch_page("http://news.example/", FetchPolicy(), PUBLIC, missing)

    def slow(request):
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(FetchError, match="did not answer within 10 s"):
        fetch_page("http://news.example/", FetchPolicy(), PUBLIC, transport(slow))


def test_allowed_private_urls_reach_a_real_local_server():
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(SERVER_POLL_S,), daemon=True).start()
    try:
        page = fetch_page(f"http://127.0.0.1:{server.server_address[1]}/a", FetchPolicy(allow_private=True))
        assert page.content.decode() == PAGE
    finally:
        server.shutdown()
        server.server_close()
