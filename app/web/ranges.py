"""Serving a file with Range support; small answers straight from the page cache without thread hops.

Starlette's FileResponse moves every stat and read to a worker thread, which costs a few milliseconds per
request; a browser seeking in an MP3 asks for small ranges, so those are read in place. Large answers (and
multi-range requests) still stream through FileResponse."""

from __future__ import annotations

import os
import re
from email.utils import formatdate
from pathlib import Path

from fastapi import Request
from fastapi.responses import FileResponse, Response

IN_PLACE_MAX_BYTES = 2_000_000
SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def file_answer(request: Request, path: Path, media_type: str, headers: dict[str, str]) -> Response:
    stat = path.stat()
    size = stat.st_size
    headers = headers | {"Last-Modified": formatdate(stat.st_mtime, usegmt=True), "Accept-Ranges": "bytes"}
    wanted = request.headers.get("Range")
    if wanted is None:
        if size > IN_PLACE_MAX_BYTES or request.method == "HEAD":
            return FileResponse(path, media_type=media_type, headers=headers, stat_result=stat)
        return Response(_read(path, 0, size), media_type=media_type, headers=headers)
    match = SINGLE_RANGE.match(wanted.strip())
    if not match or not any(match.groups()):
        return FileResponse(path, media_type=media_type, headers=headers, stat_result=stat)  # multi-range: let Starlette do it
    first, last = match.groups()
    if first:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    else:
        start, end = max(0, size - int(last)), size - 1
    if start >= size or start > end:
        return Response(status_code=416, headers=headers | {"Content-Range": f"bytes */{size}"})
    if end - start + 1 > IN_PLACE_MAX_BYTES:
        return FileResponse(path, media_type=media_type, headers=headers, stat_result=stat)
    body = _read(path, start, end - start + 1)
    return Response(body, status_code=206, media_type=media_type, headers=headers | {"Content-Range": f"bytes {start}-{end}/{size}"})


def _read(path: Path, offset: int, length: int) -> bytes:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        return os.pread(descriptor, length, offset)
    finally:
        os.close(descriptor)
