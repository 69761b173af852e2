"""The JSON API over the library: thin handlers that call the library and shape its answers."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from typing import Any

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

from app.deadline import Deadline
from app.errors import InputEncodingError, InputError, NarrateurError, NotFoundError, WorkCancelledError
from app.library import FINAL, Submission
from app.web import french_errors, views
from app.web.deps import ArticleId, ClientDep, JobsDep, LibraryDep, RateLimitDep, require_admin
from app.web.schemas import ArticleCreated, ArticleIn, ArticleOut, ArticleSummary, Problem, RetryIn


class JsonBodyRoute(APIRoute):
    """A body FastAPI cannot parse as JSON for a reason other than syntax (bytes that are not UTF-8, nesting
    deeper than Python's parser goes) is the caller's mistake too: one sentence and a 422, like bad syntax."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except HTTPException as error:
                if isinstance(error.__cause__, UnicodeDecodeError):
                    raise InputEncodingError("The request body is not UTF-8: send JSON encoded in UTF-8") from None
                if isinstance(error.__cause__, RecursionError):
                    raise InputError("The request body's JSON is nested too deeply") from None
                raise

        return handle


router = APIRouter(prefix="/api", tags=["articles"], route_class=JsonBodyRoute)
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": Problem} for code in (404, 413, 422, 429, 503)}
EDITING: dict[int | str, dict[str, Any]] = {code: {"model": Problem} for code in (401, 404, 409, 422, 503)}
EVENT_STREAM_MAX_S = 3600
CLIENT_CLOSED_REQUEST = 499
"""nginx's status for a request whose client left before the answer: nobody reads it, the logs do."""


@router.post(
    "/articles", status_code=202, response_model=ArticleCreated, responses={200: {"model": ArticleCreated}, **ERRORS}
)
async def create_article(
    body: ArticleIn, request: Request, library: LibraryDep, rate_limit: RateLimitDep, client: ClientDep
):
    """Narrates an article given as text, HTML or URL; the same article again answers 200 with its id."""
    rate_limit.admit(client)  # counted now, whatever comes of it: refused and failing requests count too
    deadline = Deadline(float("inf"))
    submission = Submission(body.text, body.html, body.url, body.engine)
    try:
        record, created = await _while_connected(request, deadline, library.submit, submission, deadline)
    except _ClientLeft:
        return Response(status_code=CLIENT_CLOSED_REQUEST)
    answer = ArticleCreated(id=record.id, status=record.status, links=views.links(record))
    return JSONResponse(
        answer.model_dump(), status_code=202 if created else 200, headers={"Location": f"/api/articles/{record.id}"}
    )


class _ClientLeft(Exception):
    pass


async def _while_connected(request: Request, deadline: Deadline, function: Callable[..., Any], *args: Any) -> Any:
    """Runs blocking work (fetching, reading a page) in a thread of the intake's own bounded pool, so slow pages
    never hold the threads other routes need; when the client leaves first, the work is cancelled."""
    work = asyncio.ensure_future(anyio.to_thread.run_sync(function, *args, limiter=request.app.state.intake))
    gone = asyncio.ensure_future(_disconnected(request))
    try:
        await asyncio.wait({work, gone}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        gone.cancel()
    if work.done():
        return work.result()
    deadline.cancel()
    with contextlib.suppress(WorkCancelledError, NarrateurError):
        await work  # ends at once: the fetch and the reading watch the deadline
    raise _ClientLeft


async def _disconnected(request: Request) -> None:
    while (await request.receive())["type"] != "http.disconnect":
        pass


@router.get("/articles", response_model=list[ArticleSummary])
async def list_articles(library: LibraryDep):
    return [views.summary(record) for record in await run_in_threadpool(library.list)]


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=ERRORS)
async def get_article(article_id: ArticleId, library: LibraryDep, jobs: JobsDep):
    record = await run_in_threadpool(library.get, article_id)
    return views.detail(record, jobs.progress_of(article_id))


@router.delete("/articles/{article_id}", status_code=204, responses=EDITING, dependencies=[Depends(require_admin)])
async def delete_article(article_id: ArticleId, library: LibraryDep):
    await run_in_threadpool(library.delete, article_id)


@router.post(
    "/articles/{article_id}/retry",
    status_code=202,
    response_model=ArticleCreated,
    responses=EDITING,
    dependencies=[Depends(require_admin)],
)
async def retry_article(article_id: ArticleId, library: LibraryDep, body: RetryIn | None = None):
    """Queues a failed narration again, optionally with another engine (espeak: the offline voice)."""
    record = await run_in_threadpool(library.retry, article_id, body.engine if body else None)
    return ArticleCreated(id=record.id, status=record.status, links=views.links(record))


@router.get("/articles/{article_id}/events", responses=ERRORS, response_class=StreamingResponse)
async def article_events(article_id: ArticleId, request: Request, library: LibraryDep, jobs: JobsDep):
    """Server-Sent Events: a `progress` event whenever progress changes, then `ready` or `failed`."""
    await run_in_threadpool(library.get, article_id)  # 404 before the stream starts
    headers = {"Cache-Control": "no-store"}
    if request.method == "HEAD":
        return Response(media_type="text/event-stream", headers=headers)
    stopping, events = request.app.state.stopping, request.app.state.events

    async def stream():
        async with events.follow(article_id) as changes:
            async for event in _article_events(article_id, request, library, jobs, stopping, changes):
                yield event

    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


async def _article_events(article_id: str, request: Request, library, jobs, stopping, changes):
    last = None
    ends = time.monotonic() + EVENT_STREAM_MAX_S
    while time.monotonic() < ends:
        if stopping.is_set() or await request.is_disconnected():
            return  # the service is stopping: the browser reconnects to the next one
        try:
            record = await run_in_threadpool(library.get, article_id)
        except NotFoundError:  # deleted meanwhile: end the stream
            deleted = {"error": "The article was deleted.", "message": "L'article a été supprimé."}
            yield f"event: failed\ndata: {json.dumps(deleted, ensure_ascii=False)}\n\n"
            return
        except NarrateurError:  # the library cannot be read right now: the browser will reconnect
            return
        progress = views.progress(record, jobs.progress_of(article_id)).model_dump()
        opening = views.links(record).get("opening_audio")
        state = {"status": record.status, "opening_ready": record.opening_ready, "opening_audio": opening, **progress}
        if state != last:
            last = state
            event = record.status if record.status in FINAL else "progress"
            payload = state | (
                {"error": record.error, "message": french_errors.translate(record.error, 500)} if record.error else {}
            )
            yield f"event: {event}\ndata: {json.dumps(payload, ensure_ascii=False)}\n\n"
        if record.status in FINAL:
            return
        await changes.next()
