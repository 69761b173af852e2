"""Headers every answer carries, a bound on request bodies, and a per-client limit on new narrations."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

from app.errors import RateLimitedError
from app.web.french import typography
from app.web.templating import templates

CSP = (
    "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityMiddleware:
    """Pure ASGI (it must not buffer streamed audio or server-sent events)."""

    def __init__(self, app, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        html = b"text/html" in headers.get(b"accept", b"")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            return await _too_large(send, html)
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body_bytes:
                raise _BodyTooLarge
            return message

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in SECURITY_HEADERS if h[0] not in present
                ]
            await send(message)

        try:
            await self.app(scope, limited_receive, with_headers)
        except _BodyTooLarge:
            await _too_large(send, html)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send, html: bool) -> None:
    """Answered before any route runs: the same error the error handlers give, French page for a browser."""
    if html:
        message = typography(
            "La demande est trop volumineuse : un article en fait rarement plus de quelques centaines de kilooctets."
        )
        page = templates.get_template("error.html").render(
            status=413, title="Demande trop volumineuse", message=message
        )
        body, kind = page.encode(), b"text/html; charset=utf-8"
    else:
        body, kind = (
            (
                '{"detail":"The request is too large.","code":"too_large","message":"La demande est trop volumineuse."}'
            ).encode(),
            b"application/json",
        )
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())] + SECURITY_HEADERS,
        }
    )
    await send({"type": "http.response.body", "body": body})


class NarrationRateLimit:
    """At most `per_hour` new narrations per client in any sliding hour."""

    WINDOW_S = 3600.0

    def __init__(self, per_hour: int, clock=time.monotonic) -> None:
        self.per_hour = per_hour
        self._clock = clock
        self._seen: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def admit(self, client: str) -> None:
        """Counts one more request from `client`, or refuses it: the check and the count are one step, so
        requests arriving together cannot all pass, and every request admitted counts, whatever comes of it."""
        with self._lock:
            now = self._clock()
            seen = self._seen[client]
            while seen and now - seen[0] > self.WINDOW_S:
                seen.popleft()
            if len(seen) >= self.per_hour:
                retry = int(self.WINDOW_S - (now - seen[0])) + 1
                raise RateLimitedError(f"Too many new narrations from this client: try again in {retry} seconds", retry)
            seen.append(now)
