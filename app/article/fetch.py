"""Fetching an article's page by URL, safely: one total deadline, a size limit on the bytes received and on what
they inflate to, a content-type check, a redirect limit, and no request to loopback, private, link-local or
metadata addresses in any of their IPv4 or IPv6 spellings. Each name is resolved once, checked, and connected to
at the address that was checked, on every redirect (a second lookup could answer differently: DNS rebinding)."""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

import httpcore
import httpx

from app.deadline import Deadline
from app.errors import FetchError
from app.regexes import compiled

log = logging.getLogger(__name__)
ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
"""What a publisher's RSS or Atom feed is served as (many serve it as plain XML)."""
Resolver = Callable[[str, int], list[str]]
HOST_NAME = compiled(r"^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\.?$")
METADATA_ADDRESSES = ("169.254.169.254", "100.100.100.200", "fd00:ec2::254")
# Content codings we can inflate step by step, with their zlib window bits.
INFLATE_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
INFLATE_STEP_BYTES = 64 * 1024
"""At most this much inflated output per step of each coding: a bomb never gets to expand in memory."""


@dataclass(frozen=True)
class FetchPolicy:
    timeout_s: float = 10.0
    """Seconds for the whole fetch: lookups, connections, redirects and the body."""
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True)
class FetchedPage:
    url: str
    content: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    """The server answered 304 to the conditions sent: what was fetched before is still current (no content)."""


def system_resolver(host: str, port: int) -> list[str]:
    try:
        return list({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"The address {host} cannot be found", "check the URL") from None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 transition form carries (mapped, compatible, translated, NAT64, 6to4)."""
    if ip.ipv4_mapped or ip.sixtofour:
        return ip.ipv4_mapped or ip.sixtofour
    value = int(ip)
    low = ipaddress.IPv4Address(value & 0xFFFFFFFF)
    if value >> 32 == 0 and value > 1:  # ::a.b.c.d (IPv4-compatible, deprecated)
        return low
    if value >> 32 == 0xFFFF0000:  # ::ffff:0:a.b.c.d (IPv4-translated)
        return low
    if ip in ipaddress.ip_network("64:ff9b::/96"):  # NAT64, well-known prefix
        return low
    return None


def refused_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in ipaddress.ip_network("64:ff9b:1::/48"):  # local-use NAT64: whatever it reaches is local
            return True
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            ip = embedded
    return not ip.is_global or ip.is_multicast or str(ip) in METADATA_ADDRESSES


def _parse(url: str) -> httpx.URL:
    """The URL, if it is a well-formed http(s) address of a named or numbered host."""
    try:
        parsed = httpx.URL(url)
        port = parsed.port
    except (httpx.InvalidURL, ValueError, UnicodeError):
        parsed, port = None, None
    if parsed is not None and parsed.scheme not in ("http", "https"):
        raise _refused(url, FetchError("Only http and https URLs of a web page can be narrated"))
    host = parsed.raw_host.decode("ascii", "replace").lower() if parsed is not None else ""
    if parsed is None or not host or not (port is None or 0 < port < 65536) or not _valid_host(host):
        raise FetchError(f"The URL {url[:200]} is not a valid web address", "check how it was copied")
    return parsed


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return len(host) <= 253 and bool(HOST_NAME.match(host))


def check_url(url: str, policy: FetchPolicy, resolver: Resolver, deadline: Deadline | None = None) -> tuple[str, str]:
    """(host, address to connect to): the URL's host resolved once, and refused unless it is public."""
    parsed = _parse(url)
    host = parsed.raw_host.decode("ascii").lower()
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    addresses = _resolve(resolver, host, port, deadline or Deadline(policy.timeout_s))
    if not addresses:
        raise FetchError(f"The address {host} cannot be found", "check the URL")
    if not policy.allow_private and any(refused_address(address) for address in addresses):
        public_only = "Narrateur only fetches public web pages"
        raise _refused(url, FetchError(f"The URL {url} points to a private or local address", public_only))
    return host, addresses[0]


def _refused(url: str, error: FetchError) -> FetchError:
    """`error`, logged once: a fetch the service's rules refused (an operator may want to know who tries what)."""
    try:
        host = httpx.URL(url).host or url[:200]
    except (httpx.InvalidURL, ValueError, UnicodeError):
        host = url[:200]
    log.warning("fetch from %s refused: %s", host, error)
    return error


def _resolve(resolver: Resolver, host: str, port: int, deadline: Deadline) -> list[str]:
    """The resolver's answer, within the deadline (a lookup that hangs is left behind, not waited for)."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    answer: dict[str, object] = {}

    def lookup() -> None:
        try:
            answer["addresses"] = resolver(host, port)
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread
            answer["error"] = error

    thread = threading.Thread(target=lookup, name="fetch-dns", daemon=True)
    thread.start()
    thread.join(deadline.remaining())
    if "error" in answer:
        raise answer["error"]  # type: ignore[misc]
    if "addresses" not in answer:
        deadline.check()
        raise FetchError(f"The address {host} could not be looked up in time")
    return list(answer["addresses"])  # type: ignore[call-overload]


class _PinnedBackend(httpcore.SyncBackend):
    """Connects each host to the address its check resolved, never looking the name up again; clips every
    network wait to what is left of the fetch's deadline."""

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.addresses: dict[str, str] = {}

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        address = self.addresses.get(host.lower())
        if address is None:
            raise httpcore.ConnectError(f"{host} was not checked before connecting")
        stream = super().connect_tcp(address, port, self._timeout(timeout), local_address, socket_options)
        return _DeadlineStream(stream, self)

    def _timeout(self, timeout: float | None) -> float:
        remaining = self.deadline.remaining()
        if remaining <= 0:
            raise httpcore.ReadTimeout("the fetch's deadline has passed")
        return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, backend: _PinnedBackend) -> None:
        self._stream = stream
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._backend._timeout(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._backend._timeout(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        # TLS checks the certificate against the name, while the connection stays on the checked address.
        tls = self._stream.start_tls(ssl_context, server_hostname, self._backend._timeout(timeout))
        return _DeadlineStream(tls, self._backend)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _PinnedTransport(httpx.HTTPTransport):
    def __init__(self, backend: _PinnedBackend) -> None:
        super().__init__()
        # httpx has no public way to give its pool a network backend; the pool is what HTTPTransport drives.
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), network_backend=backend)


def fetch_page(
    url: str,
    policy: FetchPolicy,
    resolver: Resolver = system_resolver,
    transport: httpx.BaseTransport | None = None,
    deadline: Deadline | None = None,
    *,
    accept: tuple[str, ...] = ALLOWED_TYPES,
    conditions: dict[str, str] | None = None,
) -> FetchedPage:
    """The page at `url`. `deadline` (policy.timeout_s from now by default) bounds the whole fetch; cancelling
    it stops the fetch. A given `transport` replaces the network (tests): names are still checked. `accept` is
    the content types taken (web pages by default, FEED_TYPES for a feed); `conditions` (If-None-Match,
    If-Modified-Since) may be answered by a 304, returned as `not_modified`."""
    deadline = deadline or Deadline(policy.timeout_s)
    backend = _PinnedBackend(deadline)
    headers = {
        "User-Agent": "Narrateur/0.1 (+article narration)",
        "Accept": ",".join(accept),
        "Accept-Encoding": "gzip, deflate",
        **(conditions or {}),
    }
    with httpx.Client(
        timeout=policy.timeout_s,
        follow_redirects=False,
        headers=headers,
        transport=transport or _PinnedTransport(backend),
    ) as client:
        for _ in range(policy.max_redirects + 1):
            host, address = check_url(url, policy, resolver, deadline)
            backend.addresses[host] = address
            try:
                with client.stream("GET", url) as response:
                    if response.status_code == 304 and conditions:
                        return FetchedPage(url, b"", "", *_validators(response), not_modified=True)
                    if response.is_redirect:
                        location = response.headers.get("Location")
                        if not location:
                            raise FetchError(f"The page at {url} redirects nowhere")
                        url = urljoin(url, location)
                        continue
                    return _read(url, response, policy, deadline, accept)
            except httpx.TimeoutException:
                raise _stopped(deadline, url, policy) from None
            except httpx.HTTPError as error:
                raise FetchError(f"The page at {url} could not be fetched", type(error).__name__) from None
    raise _refused(url, FetchError(f"The page at {url} redirects more than {policy.max_redirects} times"))


def _stopped(deadline: Deadline, url: str, policy: FetchPolicy) -> Exception:
    """Why a fetch stopped early: cancelled (nobody waits for it any more), or out of time."""
    if deadline.cancelled:
        try:
            deadline.check()
        except Exception as error:  # noqa: BLE001 - the deadline's own error is the one to raise
            return error
    return FetchError(f"The page at {url} did not answer within {policy.timeout_s:g} s")


def _validators(response: httpx.Response) -> tuple[str | None, str | None]:
    """ETag and Last-Modified: what a later conditional request sends back."""
    return response.headers.get("ETag"), response.headers.get("Last-Modified")


def _read(
    url: str, response: httpx.Response, policy: FetchPolicy, deadline: Deadline, accept: tuple[str, ...]
) -> FetchedPage:
    if response.status_code != 200:
        raise FetchError(f"The page at {url} answered HTTP {response.status_code}")
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type not in accept:
        wanted = "a feed" if accept == FEED_TYPES else "a web page"
        raise _refused(url, FetchError(f"The page at {url} is {content_type or 'of an unknown type'}, not {wanted}"))

    def too_large() -> FetchError:
        return _refused(url, FetchError(f"The page at {url} is larger than {policy.max_bytes // 1_000_000} MB"))

    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise too_large()
    codings = [c.strip().lower() for c in response.headers.get("Content-Encoding", "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    unknown = [c for c in codings if c not in INFLATE_WBITS]
    if unknown:
        error = FetchError(f"The page at {url} is compressed with {unknown[0]}, which Narrateur cannot read")
        raise _refused(url, error)
    if response.is_stream_consumed:
        # An in-memory answer (httpx.MockTransport) arrives read and inflated already.
        raw, codings = iter([response.content]), []
    else:
        raw = _raw(response, policy, too_large, deadline)
    chunks, size = [], 0
    try:
        for chunk in _inflated(raw, codings):
            size += len(chunk)
            if size > policy.max_bytes:
                raise too_large()
            chunks.append(chunk)
    except zlib.error:
        raise FetchError(f"The page at {url} is damaged: its compressed content cannot be read") from None
    return FetchedPage(url, b"".join(chunks), content_type, *_validators(response))


def _raw(
    response: httpx.Response, policy: FetchPolicy, too_large: Callable[[], FetchError], deadline: Deadline
) -> Iterator[bytes]:
    """The bytes as they came over the wire, bounded in size and in time."""
    received = 0
    for chunk in response.iter_raw():
        received += len(chunk)
        if received > policy.max_bytes:
            raise too_large()
        if deadline.remaining() <= 0:
            raise _stopped(deadline, str(response.url), policy)
        yield chunk


def _inflated(chunks: Iterator[bytes], codings: list[str]) -> Iterator[bytes]:
    """Undoes the content codings (applied in order, so undone in reverse), each a bounded step at a time."""
    for coding in reversed(codings):
        chunks = _inflate(chunks, INFLATE_WBITS[coding])
    return chunks


def _inflate(chunks: Iterator[bytes], wbits: int) -> Iterator[bytes]:
    decoder = zlib.decompressobj(wbits)
    for chunk in chunks:
        data = chunk
        while True:
            out = decoder.decompress(data, INFLATE_STEP_BYTES)
            if out:
                yield out
            data = decoder.unconsumed_tail
            if not data and len(out) < INFLATE_STEP_BYTES:
                break
    tail = decoder.flush()
    if tail:
        yield tail
