"""Serving a published file the way browsers, podcast apps and caches ask for it, without blocking the event loop.

Validators: a strong ETag and Last-Modified; If-None-Match compares weakly (and `*` matches), If-Range strongly.
Ranges: one or several (multipart/byteranges); unsatisfiable ones are dropped, a malformed header is ignored
(the whole file is sent), none satisfiable is a 416. Reads come from the page cache in place when the kernel can
answer at once (RWF_NOWAIT), otherwise from a worker thread; large answers stream in big chunks."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from typing import Protocol

from fastapi import Request
from fastapi.responses import Response, StreamingResponse

from app.publish.published import LocalFile
from app.regexes import compiled

CHUNK_BYTES = 256 * 1024
"""Largest read per step: small enough that fifty downloads take turns fairly, large enough to cost little."""
MAX_RANGES = 16
"""More ranges than this in one request is no player's doing: the header is ignored and the file sent whole."""
RANGE_SPEC = compiled(r"^\s*(\d*)\s*-\s*(\d*)\s*$")


class Published(Protocol):
    """A published file wherever it is kept (a folder, a bucket): its size, its validators, its bytes."""

    @property
    def size(self) -> int: ...
    @property
    def etag(self) -> str: ...
    @property
    def modified_s(self) -> float: ...

    async def read(self, offset: int, length: int) -> bytes | memoryview: ...


async def file_answer(request: Request, path: Path | Published, media_type: str, headers: dict[str, str]) -> Response:
    """The file, or the part of it asked for, or 304/416; `headers` are added to every answer."""
    source = LocalFile.at(path) if isinstance(path, Path) else path
    if source is None:
        raise FileNotFoundError(path)
    size = source.size
    etag, modified = source.etag, formatdate(source.modified_s, usegmt=True)
    headers = headers | {"ETag": etag, "Last-Modified": modified, "Accept-Ranges": "bytes"}
    if _none_match(request.headers.get("If-None-Match"), etag):
        return Response(status_code=304, headers=headers)
    ranges = None
    if "Range" in request.headers and _if_range_holds(request.headers.get("If-Range"), etag, source.modified_s):
        ranges = parse_ranges(request.headers["Range"], size)
    if ranges == []:
        return Response(status_code=416, headers=headers | {"Content-Range": f"bytes */{size}"})
    head = request.method == "HEAD"
    if ranges is None:
        return await _body(source, [(0, size - 1)] if size else [], size, 200, media_type, headers, head)
    if len(ranges) == 1:
        first, last = ranges[0]
        headers = headers | {"Content-Range": f"bytes {first}-{last}/{size}"}
        return await _body(source, ranges, size, 206, media_type, headers, head)
    return await _multipart(source, ranges, size, media_type, headers, head)


def parse_ranges(header: str, size: int) -> list[tuple[int, int]] | None:
    """The satisfiable byte ranges, in order and merged where they touch; [] when none is satisfiable; None when
    the header is malformed, not in bytes, or asks for too many (then it is ignored)."""
    unit, _, specs = header.partition("=")
    if unit.strip().lower() != "bytes" or not specs.strip():
        return None
    wanted = []
    for spec in specs.split(","):
        match = RANGE_SPEC.match(spec)
        if not match or not any(match.groups()):
            return None
        first, last = match.groups()
        if first and last and int(last) < int(first):
            return None
        if not first:  # the last N bytes
            if int(last) > 0 and size > 0:
                wanted.append((max(0, size - int(last)), size - 1))
        elif int(first) < size:
            wanted.append((int(first), min(int(last), size - 1) if last else size - 1))
    if len(wanted) > MAX_RANGES:
        return None
    merged: list[tuple[int, int]] = []
    for first, last in sorted(wanted):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def _none_match(header: str | None, etag: str) -> bool:
    """If-None-Match compares weakly: W/"x" matches "x", and * matches any file."""
    if not header:
        return False
    tags = [tag.strip() for tag in header.split(",")]
    return "*" in tags or etag in [tag.removeprefix("W/") for tag in tags]


def _if_range_holds(header: str | None, etag: str, mtime: float) -> bool:
    """No If-Range, or one naming this very version (strong ETag, or the exact Last-Modified date)."""
    if header is None:
        return True
    header = header.strip()
    if header.startswith(('"', "W/")):
        return header == etag
    try:
        return int(parsedate_to_datetime(header).timestamp()) == int(mtime)
    except (TypeError, ValueError, IndexError):
        return False


async def _body(
    source: Published,
    ranges: list[tuple[int, int]],
    size: int,
    status: int,
    media_type: str,
    headers: dict[str, str],
    head: bool,
) -> Response:
    length = sum(last - first + 1 for first, last in ranges)
    headers = headers | {"Content-Length": str(length)}
    if head:
        return Response(status_code=status, media_type=media_type, headers=headers)
    if length <= CHUNK_BYTES:
        data = await source.read(ranges[0][0], length) if ranges else b""
        return Response(data, status_code=status, media_type=media_type, headers=headers)
    return StreamingResponse(_chunks(source, ranges), status_code=status, media_type=media_type, headers=headers)


async def _multipart(
    source: Published, ranges: list[tuple[int, int]], size: int, media_type: str, headers: dict[str, str], head: bool
) -> Response:
    boundary = secrets.token_hex(12)
    parts = [
        (
            f"--{boundary}\r\nContent-Type: {media_type}\r\n"
            f"Content-Range: bytes {first}-{last}/{size}\r\n\r\n".encode(),
            first,
            last,
        )
        for first, last in ranges
    ]
    closing = f"\r\n--{boundary}--\r\n".encode()
    length = sum(len(part) + last - first + 1 for part, first, last in parts) + 2 * (len(parts) - 1) + len(closing)
    headers = headers | {"Content-Length": str(length)}
    multipart_type = f"multipart/byteranges; boundary={boundary}"
    if head:
        return Response(status_code=206, media_type=multipart_type, headers=headers)

    async def body() -> AsyncIterator[bytes | memoryview]:
        for index, (part, first, last) in enumerate(parts):
            yield (b"\r\n" if index else b"") + part
            async for chunk in _chunks(source, [(first, last)]):
                yield chunk
        yield closing

    return StreamingResponse(body(), status_code=206, media_type=multipart_type, headers=headers)


async def _chunks(source: Published, ranges: list[tuple[int, int]]) -> AsyncIterator[bytes | memoryview]:
    for first, last in ranges:
        for offset in range(first, last + 1, CHUNK_BYTES):
            yield await source.read(offset, min(CHUNK_BYTES, last + 1 - offset))
