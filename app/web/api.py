"""The JSON API over the library: thin handlers that call the library and shape its answers."""

from __future__ import annotations

import asyncio
import json

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse

from app.library import Submission
from app.web import french_errors, views
from app.web.deps import ArticleId, ClientDep, JobsDep, LibraryDep, RateLimitDep, require_admin
from app.web.schemas import ArticleCreated, ArticleIn, ArticleOut, ArticleSummary, Problem, RetryIn

router = APIRouter(prefix="/api", tags=["articles"])
ERRORS = {code: {"model": Problem} for code in (404, 413, 422, 429, 503)}
EDITING = {code: {"model": Problem} for code in (401, 404, 409, 422, 503)}
EVENT_INTERVAL_S = 0.5
EVENT_STREAM_MAX_S = 3600


@router.post("/articles", status_code=202, response_model=ArticleCreated, responses={200: {"model": ArticleCreated}, **ERRORS})
async def create_article(body: ArticleIn, library: LibraryDep, rate_limit: RateLimitDep, client: ClientDep):
    """Narrates an article given as text, HTML or URL; the same article again answers 200 with its id."""
    rate_limit.check(client)
    # Parsing, fetching and hashing are blocking work: keep them off the event loop.
    record, created = await run_in_threadpool(
        library.submit, Submission(body.text, body.html, body.url, body.engine)
    )
    if created:
        rate_limit.record(client)
    answer = ArticleCreated(id=record.id, status=record.status, links=views.links(record))
    return JSONResponse(answer.model_dump(), status_code=202 if created else 200, headers={"Location": f"/api/articles/{record.id}"})


@router.get("/articles", response_model=list[ArticleSummary])
async def list_articles(library: LibraryDep):
    return [views.summary(record) for record in await run_in_threadpool(library.list)]


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=ERRORS)
async def get_article(article_id: ArticleId, library: LibraryDep, jobs: JobsDep):
    record = await run_in_threadpool(library.get, article_id)
    return views.detail(record, jobs.live.get(article_id))


@router.delete("/articles/{article_id}", status_code=204, responses=EDITING, dependencies=[Depends(require_admin)])
async def delete_article(article_id: ArticleId, library: LibraryDep):
    await run_in_threadpool(library.delete, article_id)


@router.post("/articles/{article_id}/retry", status_code=202, response_model=ArticleCreated, responses=EDITING, dependencies=[Depends(require_admin)])
async def retry_article(article_id: ArticleId, library: LibraryDep, body: RetryIn | None = None):
    """Queues a failed narration again, optionally with another engine (espeak: the offline voice)."""
    record = await run_in_threadpool(library.retry, article_id, body.engine if body else None)
    return ArticleCreated(id=record.id, status=record.status, links=views.links(record))


@router.get("/articles/{article_id}/events", responses=ERRORS, response_class=StreamingResponse)
async def article_events(article_id: ArticleId, request: Request, library: LibraryDep, jobs: JobsDep):
    """Server-Sent Events: a `progress` event whenever progress changes, then `ready` or `failed`."""
    await run_in_threadpool(library.get, article_id)  # 404 before the stream starts

    async def stream():
        last = None
        for _ in range(int(EVENT_STREAM_MAX_S / EVENT_INTERVAL_S)):
            if await request.is_disconnected():
                return
            try:
                record = await run_in_threadpool(library.get, article_id)
            except Exception:  # noqa: BLE001 - deleted meanwhile: end the stream
                yield "event: failed\ndata: {\"error\": \"The article was deleted.\", \"message\": \"L'article a été supprimé.\"}\n\n"
                return
            progress = views.progress(record, jobs.live.get(article_id)).model_dump()
            state = {"status": record.status, "first_chapter_ready": record.first_chapter_ready, **progress}
            if state != last:
                last = state
                event = record.status if record.status in ("ready", "failed") else "progress"
                payload = state | ({"error": record.error, "message": french_errors.translate(record.error, 500)} if record.error else {})
                yield f"event: {event}\ndata: {json.dumps(payload, ensure_ascii=False)}\n\n"
            if record.status in ("ready", "failed"):
                return
            await asyncio.sleep(EVENT_INTERVAL_S)

    return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store"})
