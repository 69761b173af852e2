"""An article's pages: the listening page, the simplified page (no JavaScript needed), the readable transcript."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, PlainTextResponse

from app.library import Status
from app.publish.folder import MP3_NAME, chapter_mp3_name
from app.publish.names import readable_file_name
from app.web import french, french_errors, reading, views
from app.web.deps import ArticleId, JobsDep, LibraryDep, PublicationsDep, SettingsDep
from app.web.files import content_disposition
from app.web.templating import render

router = APIRouter(include_in_schema=False)


def _segments(article) -> list[dict]:
    """Transcript entries: each segment's sentences with their start, and the anchor of each chapter's heading."""
    entries, chapter = [], 0
    for segment in article.segments:
        anchor = None
        if segment.kind in ("title", "heading"):
            chapter += 1
            anchor = f"chapitre-{chapter}"
        if segment.sentences:
            sentences = [(sentence.text, sentence.start_ms) for sentence in segment.sentences]
        else:
            sentences = [(segment.text, segment.start_ms)]
        quoted = segment.kind == "quote" and not segment.text.lstrip().startswith("«")
        entries.append({"segment": segment, "sentences": sentences, "anchor": anchor, "add_guillemets": quoted})
    return entries


def _fell_back(note: str | None) -> bool:
    """Whether the voice is not the one asked for: the page says why (a chosen voice needs no comment)."""
    return note is not None and (note.startswith(("auto: espeak", "auto: Piper")) or "failed mid-way" in note)


def _context(record, live, settings) -> dict:
    article = views.detail(record, live)
    ready = record.status == Status.READY
    audio_src = article.links.get("audio") or article.links.get("opening_audio")
    about = views.credits(record)
    chapters = [
        c.model_copy(update={"title": reading.OPENING_CHAPTER})
        if index == 0 and c.title.strip() == article.title.strip()
        else c
        for index, c in enumerate(article.chapters)
    ]
    data = {
        "id": article.id,
        "title": article.title,
        "author": about.author,
        "show": settings.show_name,
        "status": article.status,
        "ready": ready,
        "audio": audio_src,
        "early": bool(audio_src) and not ready,
        "cover": article.links.get("cover") or "/cover.jpg",
        "page": article.links["page"],
        "events": article.links["events"],
        "duration_ms": article.duration_ms,
        "chapters": [c.model_dump() for c in chapters] if ready else [],
    }
    return {
        "article": article,
        "chapters": chapters,
        "about": about,
        "credit_line": reading.credit_line(about),
        "audio_src": audio_src,
        "early": data["early"],
        "entries": _segments(article),
        "timed": ready,
        "engine_words": french.engine_words(article.engine),
        "engine_note": french_errors.engine_note(article.engine_note) if _fell_back(article.engine_note) else "",
        "error": french_errors.translate(article.error, 500) if article.status == Status.FAILED else "",
        "size_words": french.size_words(record.mp3_bytes),
        "dropped": reading.dropped(record),
        "status_words": french.status_words(article.status, article.progress.percent),
        "data": data,
    }


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def listening_page(
    request: Request, article_id: ArticleId, library: LibraryDep, jobs: JobsDep, settings: SettingsDep
):
    record = await run_in_threadpool(library.get, article_id)
    context = _context(record, jobs.progress_of(article_id), settings)
    return render(request, "player.html", context | {"active": None})


@router.get("/articles/{article_id}/simple", response_class=HTMLResponse)
async def simple_page(
    request: Request,
    article_id: ArticleId,
    library: LibraryDep,
    jobs: JobsDep,
    publications: PublicationsDep,
    settings: SettingsDep,
):
    record = await run_in_threadpool(library.get, article_id)
    context = _context(record, jobs.progress_of(article_id), settings)
    article = context["article"]
    chapters = []
    for chapter, reader in zip(article.chapters, reading.chapters(record), strict=False):
        found = await publications.file(article_id, chapter_mp3_name(reader.number - 1))
        available = record.status == Status.READY and found is not None
        chapters.append(
            {
                "reading": reader,
                "audio": f"/articles/{article_id}/{chapter_mp3_name(reader.number - 1)}" if available else None,
                "size_words": french.size_words(found.size) if available else "",
                "duration_words": french.duration_words((chapter.end_ms or 0) - (chapter.start_ms or 0)),
            }
        )
    whole = record.status == Status.READY and await publications.file(article_id, MP3_NAME) is not None
    context |= {"chapters": chapters, "whole_available": whole}
    return render(request, "simple.html", context | {"active": None})


@router.get("/articles/{article_id}/transcription", response_class=HTMLResponse)
async def transcript_page(request: Request, article_id: ArticleId, library: LibraryDep):
    record = await run_in_threadpool(library.get, article_id)
    about = views.credits(record)
    context = {
        "record": record,
        "about": about,
        "credit_line": reading.credit_line(about),
        "chapters": reading.chapters(record),
        "dropped": reading.dropped(record),
        "active": None,
    }
    return render(request, "transcript.html", context)


@router.get("/articles/{article_id}/transcription.txt", response_class=PlainTextResponse)
async def transcript_text(article_id: ArticleId, library: LibraryDep, download: bool = False):
    record = await run_in_threadpool(library.get, article_id)
    headers = {"Cache-Control": "no-cache"}
    if download:
        headers["Content-Disposition"] = content_disposition(readable_file_name(record.title, ".txt"))
    return PlainTextResponse(reading.plain_text(record), media_type="text/plain; charset=utf-8", headers=headers)
