"""The published files of an article: audio with Range, ETag and caching; chapters, transcript, cover; the feed."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response

from app.errors import NotFoundError
from app.publish import CHAPTERS_JSON, CHAPTERS_VTT, COVER_JPEG, MP3_NAME, TRANSCRIPT_VTT
from app.publish.cover import cover_jpeg
from app.publish.feed import FeedChannel, podcast_feed
from app.web import views
from app.web.ranges import file_answer
from app.web.deps import ArticleId, JobsDep, LibraryDep, SettingsDep

router = APIRouter(tags=["files"])
# Published files never change for an id (same content, same id), so caches may keep them; revalidation via ETag.
CACHE = "public, max-age=3600"


def _file(jobs, article_id: str, name: str):
    path = jobs.folder(article_id) / name
    if not path.is_file():
        raise NotFoundError(f"The article {article_id} has no {name} yet")
    return path


def readable_file_name(title: str) -> str:
    """A file name from the title: accents kept (RFC 5987 filename*), unsafe characters dropped."""
    name = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", " ", unicodedata.normalize("NFC", title))
    name = re.sub(r"\s+", " ", name).strip(" .")[:120] or "narration"
    return f"{name}.mp3"


def content_disposition(name: str) -> str:
    """An ASCII file name for old clients, and the real one (RFC 5987 filename*) for the others."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().replace('"', "'").replace("\\", "")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def _etag(path) -> str:
    stat = path.stat()
    return f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'


async def audio(request: Request, article_id: ArticleId, jobs: JobsDep, library: LibraryDep, download: bool = False):
    # async: a couple of stat() calls are cheaper than a hop to the thread pool, and this is the hot path.
    path = _file(jobs, article_id, MP3_NAME)
    etag = _etag(path)
    headers = {"Cache-Control": CACHE, "ETag": etag}
    if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    if download:
        record = await run_in_threadpool(library.get, article_id)
        headers["Content-Disposition"] = content_disposition(readable_file_name(record.title))
    return file_answer(request, path, "audio/mpeg", headers)


router.add_api_route("/articles/{article_id}/audio.mp3", audio, methods=["GET"], response_class=FileResponse)
router.add_api_route("/articles/{article_id}/audio.mp3", audio, methods=["HEAD"], include_in_schema=False)


@router.get("/articles/{article_id}/chapitre-{number}.mp3", response_class=FileResponse)
def chapter_audio(article_id: ArticleId, number: str, jobs: JobsDep):
    if not re.fullmatch(r"\d{2}", number):
        raise NotFoundError("No such chapter")
    # While rendering, the first chapter's file is replaced when the whole narration is published: no caching.
    return FileResponse(_file(jobs, article_id, f"chapitre-{number}.mp3"), media_type="audio/mpeg", headers={"Cache-Control": "no-cache"})


# The published files other than the audio: name in the article's folder → media type.
PUBLISHED_FILES = {
    CHAPTERS_JSON: "application/json+chapters",
    CHAPTERS_VTT: "text/vtt; charset=utf-8",
    TRANSCRIPT_VTT: "text/vtt; charset=utf-8",
    COVER_JPEG: "image/jpeg",
}


def _published_file_route(name: str, media_type: str) -> None:
    def published_file(article_id: ArticleId, jobs: JobsDep):
        return FileResponse(_file(jobs, article_id, name), media_type=media_type, headers={"Cache-Control": CACHE})

    published_file.__name__ = "get_" + name.replace(".", "_")  # a distinct OpenAPI operation per file
    router.add_api_route(f"/articles/{{article_id}}/{name}", published_file, methods=["GET"], response_class=FileResponse)


for _name, _media_type in PUBLISHED_FILES.items():
    _published_file_route(_name, _media_type)


@router.get("/cover.jpg")
def show_cover(settings: SettingsDep):
    """The show's cover: its name on the same generated art as the articles'."""
    return Response(cover_jpeg(settings.show_name, "Podcast"), media_type="image/jpeg", headers={"Cache-Control": CACHE})


@router.get("/feed.xml")
def feed(request: Request, library: LibraryDep, settings: SettingsDep):
    base = views.public_base(request, settings)
    channel = FeedChannel(
        title=settings.show_name,
        description="Des articles de presse lus à voix haute, avec chapitres et transcription.",
        site_url=f"{base}/",
        feed_url=f"{base}/feed.xml",
        image_url=f"{base}/cover.jpg",
        author=settings.show_author,
    )
    items = views.feed_items(library.list(), base, settings.show_author)
    return Response(podcast_feed(channel, items), media_type="application/rss+xml; charset=utf-8", headers={"Cache-Control": "no-cache"})
