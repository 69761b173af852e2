"""The published files of an article: audio with Range, ETag and caching; chapters, transcript, cover; the feed."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response

from app.errors import NotFoundError
from app.publish.cover import cover_jpeg
from app.publish.feed import FeedChannel, podcast_feed
from app.publish.folder import (
    CHAPTERS_JSON,
    CHAPTERS_VTT,
    COVER_JPEG,
    MP3_NAME,
    OPENING_MP3,
    TRANSCRIPT_VTT,
    chapter_mp3_name,
)
from app.publish.names import readable_file_name
from app.regexes import compiled
from app.web import views
from app.web.deps import ArticleId, LibraryDep, PublicationsDep, SettingsDep
from app.web.ranges import file_answer

router = APIRouter(tags=["files"])
# Published files never change for an id (same content, same id), so caches may keep them; revalidation via ETag.
CACHE = "public, max-age=3600"


async def _file(publications, article_id: str, name: str):
    found = await publications.file(article_id, name)
    if found is None:
        raise NotFoundError(f"The article {article_id} has no {name} yet")
    return found


async def _published(library, publications, article_id: str, name: str):
    """The file; when a ready article's files went missing, it is narrated again and the answer says so."""
    try:
        return await _file(publications, article_id, name)
    except NotFoundError:
        if await run_in_threadpool(library.heal, article_id):
            raise NotFoundError(
                f"The audio of article {article_id} was missing: it is being narrated again, try again in a minute"
            ) from None
        raise


def content_disposition(name: str) -> str:
    """An ASCII file name for old clients, and the real one (RFC 5987 filename*) for the others."""
    ascii_name = (
        unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().replace('"', "'").replace("\\", "")
    )
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


async def audio(
    request: Request, article_id: ArticleId, publications: PublicationsDep, library: LibraryDep, download: bool = False
):
    # async, and no thread hop unless the disk must be read: this is the hot path of every player.
    path = await _published(library, publications, article_id, MP3_NAME)
    headers = {"Cache-Control": CACHE}
    if download:
        record = await run_in_threadpool(library.get, article_id)
        headers["Content-Disposition"] = content_disposition(readable_file_name(record.title))
    return await file_answer(request, path, "audio/mpeg", headers)


router.add_api_route("/articles/{article_id}/audio.mp3", audio, methods=["GET"], response_class=FileResponse)
router.add_api_route("/articles/{article_id}/audio.mp3", audio, methods=["HEAD"], include_in_schema=False)

PLAYED = compiled(r"^/articles/([0-9a-f]{16})/(audio\.mp3|debut\.mp3|chapitre-\d{2,}\.mp3)$")


class PlayedFiles:
    """The MP3s players fetch, Range after Range, answered before routing: no route matching, no dependency
    injection, so fifty listeners seeking at once leave the event loop free for everyone else. The answer is the
    same as the routes'; whatever this does not answer itself (a file not there, a download, a query, another
    method) goes on to the routes."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        match = PLAYED.match(scope["path"]) if scope["type"] == "http" and scope["method"] in ("GET", "HEAD") else None
        if match and not scope["query_string"]:
            article_id, name = match.groups()
            cache = "no-cache" if name == OPENING_MP3 else CACHE
            if name in (MP3_NAME, OPENING_MP3) or chapter_mp3_name(int(name[9:-4]) - 1) == name:
                found = await scope["app"].state.publications.file(article_id, name)
                if found is not None:
                    response = await file_answer(Request(scope), found, "audio/mpeg", {"Cache-Control": cache})
                    return await response(scope, receive, send)
        await self.app(scope, receive, send)


@router.get("/articles/{article_id}/chapitre-{number}.mp3", response_class=FileResponse)
async def chapter_audio(request: Request, article_id: ArticleId, number: str, publications: PublicationsDep):
    # Chapters are numbered from 1, with at least two digits: chapitre-01.mp3 … chapitre-100.mp3 and on.
    if (
        not number.isascii()
        or not number.isdigit()
        or int(number) < 1
        or chapter_mp3_name(int(number) - 1) != f"chapitre-{number}.mp3"
    ):
        raise NotFoundError("No such chapter")
    path = await _file(publications, article_id, chapter_mp3_name(int(number) - 1))
    return await file_answer(request, path, "audio/mpeg", {"Cache-Control": CACHE})


@router.get("/articles/{article_id}/debut.mp3", response_class=FileResponse)
async def opening_audio(request: Request, article_id: ArticleId, publications: PublicationsDep):
    """The opening, playable while the rest renders. A retry may narrate it again with another voice: no caching."""
    path = await _file(publications, article_id, OPENING_MP3)
    return await file_answer(request, path, "audio/mpeg", {"Cache-Control": "no-cache"})


# The published files other than the audio: name in the article's folder → media type.
PUBLISHED_FILES = {
    CHAPTERS_JSON: "application/json+chapters",
    CHAPTERS_VTT: "text/vtt; charset=utf-8",
    TRANSCRIPT_VTT: "text/vtt; charset=utf-8",
    COVER_JPEG: "image/jpeg",
}


def _published_file_route(name: str, media_type: str) -> None:
    async def published_file(request: Request, article_id: ArticleId, publications: PublicationsDep):
        found = await _file(publications, article_id, name)
        return await file_answer(request, found, media_type, {"Cache-Control": CACHE})

    published_file.__name__ = "get_" + name.replace(".", "_")  # a distinct OpenAPI operation per file
    router.add_api_route(
        f"/articles/{{article_id}}/{name}", published_file, methods=["GET"], response_class=FileResponse
    )


for _name, _media_type in PUBLISHED_FILES.items():
    _published_file_route(_name, _media_type)


@router.get("/cover.jpg")
def show_cover(settings: SettingsDep):
    """The show's cover: its name on the same generated art as the articles'."""
    return Response(
        cover_jpeg(settings.show_name, "Podcast"), media_type="image/jpeg", headers={"Cache-Control": CACHE}
    )


@router.get("/feed.xml")
def feed(request: Request, library: LibraryDep, settings: SettingsDep, source: str | None = None):
    """The podcast of the library; `?source=ID`, the podcast of one source (a publisher's own)."""
    base = views.public_base(request, settings)
    records = library.list()
    title, feed_url = settings.show_name, f"{base}/feed.xml"
    if source is not None:
        followed = request.app.state.sources.sources
        found = followed.get(source if re.fullmatch(r"[0-9a-f]{16}", source) else "")
        narrated = followed.article_ids(found.id)
        records = [record for record in records if record.id in narrated]
        title, feed_url = f"{found.title} · {settings.show_name}", f"{feed_url}?source={found.id}"
    channel = FeedChannel(
        title=title,
        description="Des articles de presse lus à voix haute, avec chapitres et transcription.",
        site_url=f"{base}/",
        feed_url=feed_url,
        image_url=f"{base}/cover.jpg",
        author=settings.show_author,
    )
    items = views.feed_items(records, base, settings.show_author)
    return Response(
        podcast_feed(channel, items),
        media_type="application/rss+xml; charset=utf-8",
        headers={"Cache-Control": "no-cache"},
    )
