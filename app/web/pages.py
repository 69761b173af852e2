"""The pages: home (library and form), the listening page, and the simplified page that works without JavaScript."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from app.errors import InputError, NarrateurError, RateLimitedError
from app.library import Submission
from app.publish import chapter_mp3_name
from app.web import french, views
from app.web.deps import ArticleId, ClientDep, JobsDep, LibraryDep, RateLimitDep

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.globals["clock"] = french.duration_clock


def _library_rows(library) -> list[dict]:
    return [
        {
            "id": record.id,
            "title": record.title,
            "duration_ms": record.duration_ms,
            "duration_clock": french.duration_clock(record.duration_ms),
            "duration_words": french.duration_words(record.duration_ms),
            "date": french.date_words(record.published_at or record.created_at),
            "status": french.status_words(record.status, views.progress(record).percent),
        }
        for record in library.list()
    ]


def _home(request: Request, library, values=None, errors=None, status_code: int = 200) -> HTMLResponse:
    context = {"articles": _library_rows(library), "values": values or {}, "errors": errors or {}, "active": "home"}
    return templates.TemplateResponse(request, "home.html", context, status_code=status_code)


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, library: LibraryDep):
    return await run_in_threadpool(_home, request, library)


@router.post("/articles", response_class=HTMLResponse)
async def narrate_from_form(
    request: Request,
    library: LibraryDep,
    rate_limit: RateLimitDep,
    client: ClientDep,
    text: str = Form(""),
    html: str = Form(""),
    url: str = Form(""),
    engine: str = Form("auto"),
):
    """The form without JavaScript: narrate, then go to the article's page; errors shown next to their field."""
    values = {"text": text, "html": html, "url": url, "engine": engine}
    filled = [name for name in ("text", "html", "url") if values[name].strip()]
    if len(filled) != 1:
        message = "Remplissez un seul des trois champs." if filled else "Collez un article, son HTML ou son adresse."
        return await run_in_threadpool(_home, request, library, values, {"form": message}, 422)
    try:
        rate_limit.admit(client)
        record, created = await run_in_threadpool(library.submit, Submission(**{filled[0]: values[filled[0]]}, engine=engine))
    except (InputError, RateLimitedError) as error:
        return await run_in_threadpool(_home, request, library, values, {filled[0]: str(error)}, 429 if isinstance(error, RateLimitedError) else 422)
    except NarrateurError as error:
        return await run_in_threadpool(_home, request, library, values, {"form": str(error)}, 503)
    return RedirectResponse(f"/articles/{record.id}", status_code=303)


def _article_context(record, live) -> dict:
    article = views.detail(record, live)
    ready = record.status == "ready"
    audio_src = article.links.get("audio") or article.links.get("first_chapter_audio")
    data = {
        "id": article.id,
        "title": article.title,
        "status": article.status,
        "ready": ready,
        "audio": article.links.get("audio"),
        "cover": article.links.get("cover"),
        "events": article.links["events"],
        "chapters": [c.model_dump() for c in article.chapters],
        "segments": [{"start_ms": s.start_ms, "end_ms": s.end_ms} for s in article.segments],
    }
    return {
        "article": article,
        "audio_src": audio_src,
        "early": bool(audio_src) and not ready,
        "duration_words": french.duration_words(article.duration_ms),
        "duration_clock": french.duration_clock(article.duration_ms),
        "size_words": french.size_words(record.mp3_bytes),
        "status_words": french.status_words(article.status, article.progress.percent),
        "data": data,
    }


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def player(request: Request, article_id: ArticleId, library: LibraryDep, jobs: JobsDep):
    record = await run_in_threadpool(library.get, article_id)
    return templates.TemplateResponse(request, "player.html", _article_context(record, jobs.live.get(article_id)))


@router.get("/articles/{article_id}/simple", response_class=HTMLResponse)
async def simple(request: Request, article_id: ArticleId, library: LibraryDep, jobs: JobsDep):
    record = await run_in_threadpool(library.get, article_id)
    context = _article_context(record, jobs.live.get(article_id))
    article = context["article"]
    folder = jobs.folder(article_id)
    chapters, index = [], 0
    for number, chapter in enumerate(article.chapters):
        count = len(record.script["chapters"][number]["segments"])
        path = folder / chapter_mp3_name(number)
        available = record.status == "ready" and path.is_file()
        chapters.append(
            {
                "title": chapter.title,
                "segments": article.segments[index : index + count],
                "audio": f"/articles/{article_id}/{chapter_mp3_name(number)}" if available else None,
                "size_words": french.size_words(path.stat().st_size) if available else "",
                "duration_words": french.duration_words((chapter.end_ms or 0) - (chapter.start_ms or 0)),
            }
        )
        index += count
    return templates.TemplateResponse(request, "simple.html", context | {"chapters": chapters})
