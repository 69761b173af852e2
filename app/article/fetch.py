"""Fetching an article's page by URL, safely: timeouts, a size limit, a content-type check, a redirect limit, and
no request to loopback, private, link-local or metadata addresses (checked after DNS, on every redirect)."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from app.errors import FetchError

ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True)
class FetchPolicy:
    timeout_s: float = 10.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True)
class FetchedPage:
    url: str
    content: bytes
    content_type: str


def system_resolver(host: str, port: int) -> list[str]:
    try:
        return list({info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"The address {host} cannot be found", "check the URL") from None


def refused_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast or str(ip) in ("169.254.169.254", "100.100.100.200", "fd00:ec2::254")


def check_url(url: str, policy: FetchPolicy, resolver: Resolver) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("Only http and https URLs of a web page can be narrated")
    if policy.allow_private:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for address in resolver(parts.hostname, port):
        if refused_address(address):
            raise FetchError(
                f"The URL {url} points to a private or local address",
                "Narrateur only fetches public web pages",
            )


def fetch_page(url: str, policy: FetchPolicy, resolver: Resolver = system_resolver, transport=None) -> FetchedPage:
    with httpx.Client(timeout=policy.timeout_s, follow_redirects=False, transport=transport,
                      headers={"User-Agent": "Narrateur/0.1 (+article narration)", "Accept": "text/html,text/plain"}) as client:
        for _ in range(policy.max_redirects + 1):
            check_url(url, policy, resolver)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        location = response.headers.get("Location")
                        if not location:
                            raise FetchError(f"The page at {url} redirects nowhere")
                        url = urljoin(url, location)
                        continue
                    return _read(url, response, policy)
            except httpx.TimeoutException:
                raise FetchError(f"The page at {url} did not answer within {policy.timeout_s:g} s") from None
            except httpx.HTTPError as error:
                raise FetchError(f"The page at {url} could not be fetched", type(error).__name__) from None
    raise FetchError(f"The page at {url} redirects more than {policy.max_redirects} times")


def _read(url: str, response: httpx.Response, policy: FetchPolicy) -> FetchedPage:
    if response.status_code != 200:
        raise FetchError(f"The page at {url} answered HTTP {response.status_code}")
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type not in ALLOWED_TYPES:
        raise FetchError(f"The page at {url} is {content_type or 'of an unknown type'}, not a web page")
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(f"The page at {url} is larger than {policy.max_bytes // 1_000_000} MB")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchError(f"The page at {url} is larger than {policy.max_bytes // 1_000_000} MB")
        chunks.append(chunk)
    return FetchedPage(url, b"".join(chunks), content_type)
