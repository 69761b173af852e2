"""Dependencies the routes ask for; built in the app's lifespan, so tests can swap them.

All are `async def`: FastAPI runs a plain `def` dependency in a worker thread, a hop that costs more than these
few lines and that every audio request would pay several times."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Path, Request

from app.config import Settings
from app.errors import NotFoundError
from app.library import Library, NarrationJobs
from app.publish.published import Publications
from app.web.guard import AdminGate
from app.web.security import NarrationRateLimit


async def get_library(request: Request) -> Library:
    return request.app.state.library


async def get_jobs(request: Request) -> NarrationJobs:
    return request.app.state.jobs


async def get_publications(request: Request) -> Publications:
    return request.app.state.publications


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_rate_limit(request: Request) -> NarrationRateLimit:
    return request.app.state.rate_limit


async def get_admin(request: Request) -> AdminGate:
    return AdminGate(request.app.state.settings.admin_token)


async def require_admin(request: Request) -> None:
    """Editing routes of the API: the admin token when NARRATEUR_ADMIN_TOKEN is set."""
    (await get_admin(request)).check_api(request)


async def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


LibraryDep = Annotated[Library, Depends(get_library)]
JobsDep = Annotated[NarrationJobs, Depends(get_jobs)]
PublicationsDep = Annotated[Publications, Depends(get_publications)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
RateLimitDep = Annotated[NarrationRateLimit, Depends(get_rate_limit)]
ClientDep = Annotated[str, Depends(client_of)]
AdminDep = Annotated[AdminGate, Depends(get_admin)]


async def valid_article_id(article_id: Annotated[str, Path(description="Article id: 16 hexadecimal digits")]) -> str:
    """Ids are 16 hex digits; anything else never reaches a query or a path on disk."""
    if not re.fullmatch(r"[0-9a-f]{16}", article_id):
        raise NotFoundError(f"No article with id {article_id[:40]!r}")
    return article_id


ArticleId = Annotated[str, Depends(valid_article_id)]
