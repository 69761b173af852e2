"""The pages: home (form and latest articles), the library (search, filter, delete, retry), and the forms that
work without JavaScript. The article's own pages are in article_pages."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from app.errors import InputError, NarrateurError, RateLimitedError
from app.library import Submission
from app.web import article_pages, french_errors, guard, views
from app.web.deps import AdminDep, ArticleId, ClientDep, LibraryDep, RateLimitDep
from app.web.errors import status_and_code
from app.web.schemas import normalized_url
from app.web.templating import STATIC_DIR, render

router = APIRouter(include_in_schema=False)
router.include_router(article_pages.router)
HOME_ROWS = 5
RETURN_PAGES = ("/", "/bibliotheque")


def _rows(library) -> list[views.LibraryRow]:
    return [views.library_row(record) for record in library.list()]


def _home(request: Request, library, values=None, errors=None, status_code: int = 200) -> HTMLResponse:
    rows = _rows(library)
    context = {
        "articles": rows[:HOME_ROWS],
        "total": len(rows),
        "values": values or {},
        "errors": errors or {},
        "active": "home",
    }
    return render(request, "home.html", context, status_code)


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, library: LibraryDep):
    return await run_in_threadpool(_home, request, library)


@router.get("/bibliotheque", response_class=HTMLResponse)
async def library_page(request: Request, library: LibraryDep, q: str = Query("", max_length=200), etat: str = "tous"):
    rows = await run_in_threadpool(_rows, library)
    state = etat if etat in views.FILTERS else "tous"
    found = views.search(rows, q, state)
    notice = {"supprime": "L'article a été supprimé.", "relance": "La narration a été relancée."}.get(
        request.query_params.get("fait", "")
    )
    context = {"articles": found, "total": len(rows), "query": q, "state": state, "notice": notice, "active": "library"}
    return render(request, "library.html", context)


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
    csrf: str = Form(""),
):
    """The form without JavaScript: narrate, then go to the article's page; errors shown next to their field."""
    guard.check_form(request, csrf)
    values = {"text": text, "html": html, "url": url, "engine": engine}
    filled = [name for name in ("text", "html", "url") if values[name].strip()]
    if len(filled) != 1:
        message = (
            "Remplissez un seul champ : l'adresse, le texte ou le HTML."
            if filled
            else "Donnez l'adresse d'un article, ou collez son texte ou son HTML."
        )
        return await run_in_threadpool(_home, request, library, values, {"form": message}, 422)
    given = normalized_url(url) if filled[0] == "url" else values[filled[0]]
    try:
        rate_limit.admit(client)  # counted at admission, whatever the answer: the API's rule
        record, created = await run_in_threadpool(library.submit, Submission(**{filled[0]: given}, engine=engine))
    except (InputError, RateLimitedError) as error:
        status, _ = status_and_code(error)  # 422, 413 for a text over the limit, 429
        field = "form" if status == 429 else filled[0]
        return await run_in_threadpool(
            _home, request, library, values, {field: french_errors.translate(str(error), status)}, status
        )
    except NarrateurError as error:
        status, _ = status_and_code(error)
        return await run_in_threadpool(
            _home, request, library, values, {"form": french_errors.translate(str(error), status)}, status
        )
    return RedirectResponse(f"/articles/{record.id}", status_code=303)


def _back(page: str, done: str) -> str:
    """Where an editing form returns: the page it was sent from (home or library), with what happened."""
    path = page if page in RETURN_PAGES else "/bibliotheque"
    return f"{path}?{urlencode({'fait': done})}" if path == "/bibliotheque" else path


def _confirm_again(request: Request, library, article_id: str, action: str, message: str) -> HTMLResponse:
    """The admin token was missing or wrong: the confirmation again, this time with the token field."""
    record = library.get(article_id)
    context = {"row": views.library_row(record), "action": action, "message": message, "ask_token": True}
    return render(request, "confirm.html", context, 401)


@router.get("/articles/{article_id}/supprimer", response_class=HTMLResponse)
async def confirm_delete(request: Request, article_id: ArticleId, library: LibraryDep, admin: AdminDep):
    """The confirmation as a page of its own, for links opened outside the library."""
    record = await run_in_threadpool(library.get, article_id)
    context = {
        "row": views.library_row(record),
        "action": "supprimer",
        "message": None,
        "ask_token": not admin.form_session(request),
    }
    return render(request, "confirm.html", context)


@router.post("/articles/{article_id}/supprimer")
async def delete_from_form(
    request: Request,
    article_id: ArticleId,
    library: LibraryDep,
    admin: AdminDep,
    csrf: str = Form(""),
    jeton: str = Form(""),
    retour: str = Form(""),
):
    guard.check_form(request, csrf)
    refusal = admin.form_refusal(request, jeton)
    if refusal is not None:
        return await run_in_threadpool(_confirm_again, request, library, article_id, "supprimer", refusal)
    await run_in_threadpool(library.delete, article_id)
    response = RedirectResponse(_back(retour, "supprime"), status_code=303)
    admin.remember(response, request)
    return response


@router.post("/articles/{article_id}/reessayer")
async def retry_from_form(
    request: Request,
    article_id: ArticleId,
    library: LibraryDep,
    admin: AdminDep,
    csrf: str = Form(""),
    jeton: str = Form(""),
    engine: str = Form(""),
):
    guard.check_form(request, csrf)
    refusal = admin.form_refusal(request, jeton)
    if refusal is not None:
        return await run_in_threadpool(_confirm_again, request, library, article_id, "reessayer", refusal)
    await run_in_threadpool(library.retry, article_id, engine or None)
    response = RedirectResponse(f"/articles/{article_id}", status_code=303)
    admin.remember(response, request)
    return response


@router.get("/favicon.ico")
async def favicon():
    return FileResponse(
        STATIC_DIR / "favicon.ico", media_type="image/x-icon", headers={"Cache-Control": "public, max-age=86400"}
    )
