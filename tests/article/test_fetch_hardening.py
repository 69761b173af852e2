"""URL fetching under attack: DNS rebinding, decompression bombs, trickling servers, disguised local addresses,
malformed URLs. Real sockets and a real local HTTP server; only where a connection goes is observed."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
import time
import tracemalloc
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from app.article.fetch import FetchPolicy, fetch_page
from app.errors import FetchError
from tests.polling import SERVER_POLL_S

PAGE = b"<html><body><h1>Titre</h1><p>Un paragraphe de l'article assez long pour compter.</p></body></html>"


class LocalSite:
    """A real HTTP server on 127.0.0.1 whose answers a test chooses per path."""

    def __init__(self, routes) -> None:
        self.routes = routes
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                site.requests.append(self.headers["Host"] + self.path)
                site.routes[self.path](self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, args=(SERVER_POLL_S,), daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def page(handler, body=PAGE, headers=()):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    for name, value in headers:
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def rebinding_resolver(first: dict[str, str]):
    """Answers a public address the first time a name is asked, then 127.0.0.1: a rebinding DNS server."""
    asked: dict[str, int] = {}

    def resolve(host, port):
        asked[host] = asked.get(host, 0) + 1
        return [first[host]] if asked[host] == 1 else ["127.0.0.1"]

    resolve.asked = asked
    return resolve


@pytest.fixture
def routed_connections(monkeypatch):
    """Records every address a connection is opened to, and routes the test's 'public' addresses to the local
    site (this machine has no internet); any other address is unreachable."""
    real = socket.create_connection
    opened: list[tuple[str, int]] = []
    routes: dict[str, tuple[str, int]] = {}

    def create_connection(address, *args, **kwargs):
        opened.append(address)
        if address[0] not in routes:
            raise ConnectionRefusedError(f"no route to {address[0]}")
        return real(routes[address[0]], *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    return opened, routes


def test_connections_go_to_the_address_that_was_checked_on_every_redirect(routed_connections):
    opened, routes = routed_connections

    def first(handler):
        handler.send_response(302)
        handler.send_header("Location", f"http://other.example:{site.port}/article")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    with LocalSite({"/": first, "/article": page}) as site:
        routes.update({"93.184.216.34": ("127.0.0.1", site.port), "93.184.216.35": ("127.0.0.1", site.port)})
        resolver = rebinding_resolver({"news.example": "93.184.216.34", "other.example": "93.184.216.35"})
        fetched = fetch_page(f"http://news.example:{site.port}/", FetchPolicy(), resolver)
    assert fetched.content == PAGE and fetched.url == f"http://other.example:{site.port}/article"
    # Each name was resolved once, when it was checked, and its connection went to that very address.
    assert resolver.asked == {"news.example": 1, "other.example": 1}
    assert opened == [("93.184.216.34", site.port), ("93.184.216.35", site.port)]
    assert site.requests == [f"news.example:{site.port}/", f"other.example:{site.port}/article"]


def test_a_name_that_rebinds_to_loopback_never_reaches_it(routed_connections):
    opened, routes = routed_connections
    with LocalSite({"/": page}) as site:
        routes["127.0.0.1"] = ("127.0.0.1", site.port)  # a second lookup would lead here
        resolver = rebinding_resolver({"localhost": "93.184.216.34"})
        with pytest.raises(FetchError, match="could not be fetched"):
            fetch_page(f"http://localhost:{site.port}/", FetchPolicy(), resolver)
    assert opened == [("93.184.216.34", site.port)] and site.requests == []


def gzip_of(chunks) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return b"".join(compressor.compress(chunk) for chunk in chunks) + compressor.flush()


@pytest.mark.slow
def test_a_double_gzip_bomb_is_refused_without_inflating_it():
    inner = gzip_of(b"\0" * 1_000_000 for _ in range(400))  # 400 MB of zeros
    bomb = gzip_of([inner])
    assert len(bomb) < 50_000
    serve_bomb = lambda handler: page(handler, bomb, [("Content-Encoding", "gzip, gzip")])  # noqa: E731
    with LocalSite({"/": serve_bomb}) as site:
        tracemalloc.start()
        try:
            with pytest.raises(FetchError, match="larger than 5 MB"):
                fetch_page(f"http://127.0.0.1:{site.port}/", FetchPolicy(allow_private=True))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 40_000_000, f"{peak / 1e6:.0f} MB held while reading a {len(bomb)} byte answer"


def test_compressed_pages_are_read_and_unknown_encodings_refused():
    routes = {
        "/gzip": lambda handler: page(handler, gzip_of([PAGE]), [("Content-Encoding", "gzip")]),
        "/deflate": lambda handler: page(handler, zlib.compress(PAGE), [("Content-Encoding", "deflate")]),
        "/zz": lambda handler: page(handler, PAGE, [("Content-Encoding", "zz")]),
    }
    policy = FetchPolicy(allow_private=True)
    with LocalSite(routes) as site:
        base = f"http://127.0.0.1:{site.port}"
        assert fetch_page(base + "/gzip", policy).content == PAGE
        assert fetch_page(base + "/deflate", policy).content == PAGE
        with pytest.raises(FetchError, match="compressed with zz"):
            fetch_page(base + "/zz", policy)


@pytest.mark.slow
def test_a_page_trickling_one_byte_at_a_time_ends_at_the_total_deadline():
    def trickle(handler):
        body = PAGE * 4
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        for byte in body:  # each byte well within the read timeout, the whole far beyond it
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.02)

    with LocalSite({"/": trickle}) as site:
        with pytest.raises(FetchError, match=r"did not answer within 1 s"):
            fetch_page(f"http://127.0.0.1:{site.port}/", FetchPolicy(timeout_s=1, allow_private=True))


@pytest.mark.parametrize(
    "address",
    [
        "::127.0.0.1",  # IPv4-compatible loopback
        "::ffff:0:7f00:1",  # IPv4-translated loopback
        "64:ff9b::a9fe:a9fe",  # NAT64 of the metadata address
        "64:ff9b::a00:5",  # NAT64 of a private address
        "64:ff9b:1::a9fe:a9fe",  # local-use NAT64
        "2002:a9fe:a9fe::",  # 6to4 of the metadata address
        "2002:7f00:1::1",  # 6to4 of loopback
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",  # Teredo
    ],
)
def test_ipv6_forms_of_local_addresses_are_refused(address):
    with pytest.raises(FetchError, match="private or local address"):
        fetch_page(
            f"http://[{address}]:18080/",
            FetchPolicy(),
            lambda host, port: [host],
            httpx.MockTransport(lambda r: httpx.Response(200)),
        )


@pytest.mark.parametrize("address", ["2606:4700:4700::1111", "64:ff9b::5db8:d822", "93.184.216.34"])
def test_public_addresses_in_any_form_are_fetched(address):
    transport = httpx.MockTransport(lambda r: httpx.Response(200, headers={"Content-Type": "text/html"}, content=PAGE))
    host = f"[{address}]" if ":" in address else address
    assert fetch_page(f"http://{host}/", FetchPolicy(), lambda host, port: [host], transport).content == PAGE


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://[zz]/", "http://a:99999/", "http://exa mple.com/", "http:///x", "http://%41.com/"]
)
def test_malformed_urls_get_one_sentence(url):
    with pytest.raises(FetchError, match="is not a valid web address"):
        fetch_page(
            url, FetchPolicy(), lambda host, port: ["93.184.216.34"], httpx.MockTransport(lambda r: httpx.Response(200))
        )


def test_a_name_that_rebinds_to_loopback_on_a_redirect_is_refused_before_connecting(routed_connections):
    opened, routes = routed_connections

    def again(handler):
        handler.send_response(302)
        handler.send_header("Location", "/article")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    with LocalSite({"/": again, "/article": page}) as site:
        routes.update({"93.184.216.34": ("127.0.0.1", site.port), "127.0.0.1": ("127.0.0.1", site.port)})
        resolver = rebinding_resolver({"news.example": "93.184.216.34"})
        with pytest.raises(FetchError, match="private or local address"):
            fetch_page(f"http://news.example:{site.port}/", FetchPolicy(), resolver)
    # The redirect's own lookup answered loopback: refused there, so only the first page was ever asked for.
    assert resolver.asked == {"news.example": 2}
    assert opened == [("93.184.216.34", site.port)] and site.requests == [f"news.example:{site.port}/"]


def openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    """A test authority and a certificate it signed for news.example only (no address in it)."""
    folder = tmp_path_factory.mktemp("tls")
    ca, key, csr, cert, ext = (folder / name for name in ("ca.pem", "key.pem", "leaf.csr", "leaf.pem", "leaf.ext"))
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    authority = ("-keyout", str(folder / "ca.key"), "-out", str(ca), "-subj", "/CN=Test authority")
    openssl("req", "-x509", *ec, *authority, "-days", "2")
    openssl("req", *ec, "-keyout", str(key), "-out", str(csr), "-subj", "/CN=news.example")
    ext.write_text(
        "subjectAltName=DNS:news.example\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n"
    )
    openssl(
        "x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(folder / "ca.key"), "-CAcreateserial",
        "-out", str(cert), "-days", "2", "-extfile", str(ext),
    )  # fmt: skip
    return ca, cert, key


class TlsSite(LocalSite):
    """The local site over TLS, with a certificate for news.example; it records the name each client asked for."""

    def __init__(self, routes, cert: Path, key: Path) -> None:
        super().__init__(routes)
        self.server_names: list[str | None] = []
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        context.sni_callback = lambda sock, name, ctx: self.server_names.append(name)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)


def test_https_goes_to_the_checked_address_and_verifies_the_certificate_of_the_name(
    routed_connections, certificates, monkeypatch
):
    opened, routes = routed_connections
    ca, cert, key = certificates
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))  # the test authority is the only one trusted
    with TlsSite({"/": page}, cert, key) as site:
        routes["93.184.216.34"] = ("127.0.0.1", site.port)
        resolver = rebinding_resolver({"news.example": "93.184.216.34"})
        fetched = fetch_page(f"https://news.example:{site.port}/", FetchPolicy(), resolver)
    assert fetched.content == PAGE and resolver.asked == {"news.example": 1}
    # Connected to the checked address, yet TLS named the host (SNI) and its certificate was checked against it.
    assert opened == [("93.184.216.34", site.port)]
    assert site.server_names == ["news.example"] and site.requests == [f"news.example:{site.port}/"]


def test_https_refuses_a_certificate_that_is_not_the_names(routed_connections, certificates, monkeypatch):
    opened, routes = routed_connections
    ca, cert, key = certificates
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    with TlsSite({"/": page}, cert, key) as site:
        routes["93.184.216.34"] = ("127.0.0.1", site.port)
        with pytest.raises(FetchError, match="could not be fetched"):
            fetch_page(f"https://other.example:{site.port}/", FetchPolicy(), lambda host, port: ["93.184.216.34"])
    assert opened == [("93.184.216.34", site.port)] and site.requests == []
