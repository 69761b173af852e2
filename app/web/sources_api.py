"""The sources API: follow a feed, list what is followed (with failures), stop following. Adding and removing
need the admin token when NARRATEUR_ADMIN_TOKEN is set; reading stays open."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from app.errors import NotFoundError
from app.sources.poller import SourcePoller
from app.web.deps import require_admin
from app.web.schemas import Problem
from app.web.sources_views import SourceIn, SourceOut, source_out

router = APIRouter(prefix="/api", tags=["sources"])
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": Problem} for code in (401, 404, 422, 503)}


async def get_poller(request: Request) -> SourcePoller:
    return request.app.state.sources


PollerDep = Annotated[SourcePoller, Depends(get_poller)]


async def valid_source_id(source_id: str) -> str:
    if len(source_id) != 16 or any(char not in "0123456789abcdef" for char in source_id):
        raise NotFoundError(f"No source with id {source_id[:40]!r}")
    return source_id


SourceId = Annotated[str, Depends(valid_source_id)]


def described(poller: SourcePoller, source_id: str) -> SourceOut:
    return source_out(poller.sources.get(source_id), poller.sources.items(source_id, ("pending", "failed")))


@router.post(
    "/sources",
    status_code=201,
    response_model=SourceOut,
    responses={200: {"model": SourceOut}, **ERRORS},
    dependencies=[Depends(require_admin)],
)
async def add_source(body: SourceIn, poller: PollerDep):
    """Follows a feed: fetched and read now; its current items are skipped but for the `backfill` newest, and
    each new one is narrated. The same feed again answers 200 with the source."""
    interval_s = body.interval_minutes * 60 if body.interval_minutes else None
    source, created = await run_in_threadpool(poller.add, body.url, body.engine, interval_s, body.backfill)
    answer = await run_in_threadpool(described, poller, source.id)
    headers = {"Location": f"/api/sources/{source.id}"}
    return JSONResponse(answer.model_dump(), status_code=201 if created else 200, headers=headers)


@router.get("/sources", response_model=list[SourceOut])
async def list_sources(poller: PollerDep):
    sources = await run_in_threadpool(poller.sources.list)
    return [await run_in_threadpool(described, poller, source.id) for source in sources]


@router.get("/sources/{source_id}", response_model=SourceOut, responses=ERRORS)
async def get_source(source_id: SourceId, poller: PollerDep):
    return await run_in_threadpool(described, poller, source_id)


@router.delete("/sources/{source_id}", status_code=204, responses=ERRORS, dependencies=[Depends(require_admin)])
async def delete_source(source_id: SourceId, poller: PollerDep):
    """Stops following the source; the articles narrated from it stay in the library."""
    await run_in_threadpool(poller.sources.delete, source_id)
