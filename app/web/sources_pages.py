"""The Sources page: the feeds followed (what was narrated, what failed and when it is tried again), a form to
follow one more, and one to stop following; forms that work without JavaScript, like the library's."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse

from app.errors import InputError, NarrateurError
from app.web import french_errors, guard
from app.web.deps import AdminDep
from app.web.errors import status_and_code
from app.web.schemas import normalized_url
from app.web.sources_api import PollerDep, SourceId
from app.web.sources_views import source_row
from app.web.templating import render

router = APIRouter(include_in_schema=False)
NOTICES = {
    "ajoute": "La source est suivie : ses nouveaux articles seront lus à voix haute.",
    "supprime": "La source n'est plus suivie. Ses articles restent dans la bibliothèque.",
}


def _rows(poller) -> list:
    return [source_row(s, poller.sources.items(s.id, ("pending", "failed"))) for s in poller.sources.list()]


def _page(request: Request, poller, values=None, errors=None, status_code: int = 200, notice=None) -> HTMLResponse:
    context = {
        "sources": _rows(poller),
        "values": values or {},
        "errors": errors or {},
        "notice": notice,
        "active": "sources",
    }
    return render(request, "sources.html", context, status_code)


@router.get("/sources", response_class=HTMLResponse)
async def sources_page(request: Request, poller: PollerDep):
    notice = NOTICES.get(request.query_params.get("fait", ""))
    return await run_in_threadpool(_page, request, poller, None, None, 200, notice)


@router.post("/sources", response_class=HTMLResponse)
async def follow_from_form(
    request: Request,
    poller: PollerDep,
    admin: AdminDep,
    url: str = Form(""),
    backfill: str = Form("0"),
    interval: str = Form("30"),
    engine: str = Form("auto"),
    csrf: str = Form(""),
    jeton: str = Form(""),
):
    guard.check_form(request, csrf)
    values = {"url": url, "backfill": backfill, "interval": interval, "engine": engine}
    errors = _check(values)
    if not errors:
        refusal = admin.form_refusal(request, jeton)
        if refusal is not None:
            errors["jeton"] = refusal
    if errors:
        status = 401 if "jeton" in errors else 422
        return await run_in_threadpool(_page, request, poller, values, errors, status)
    try:
        source, _ = await run_in_threadpool(
            poller.add, normalized_url(url), engine, float(interval) * 60, int(backfill)
        )
    except NarrateurError as error:
        status, _ = status_and_code(error)
        field = "url" if isinstance(error, InputError) else "form"
        message = french_errors.translate(str(error), status)
        return await run_in_threadpool(_page, request, poller, values, {field: message}, status)
    response = RedirectResponse(f"/sources?fait=ajoute#source-{source.id}", status_code=303)
    admin.remember(response, request)
    return response


def _check(values: dict[str, str]) -> dict[str, str]:
    """The fields a person types, each with its own sentence."""
    errors = {}
    if not values["url"].strip():
        errors["url"] = "Donnez l'adresse du flux RSS ou Atom du site."
    if not values["backfill"].strip().isdigit() or int(values["backfill"]) > 1000:
        errors["backfill"] = "Donnez un nombre d'articles entre 0 et 1000."
    try:
        interval = float(values["interval"].replace(",", "."))
    except ValueError:
        interval = 0
    if not 1 <= interval <= 10080:
        errors["interval"] = "Donnez un intervalle en minutes, entre 1 et 10080 (une semaine)."
    else:
        values["interval"] = f"{interval:g}"
    if values["engine"] not in ("auto", "espeak", "gtts", "piper"):
        errors["engine"] = "Choisissez une des voix proposées."
    return errors


@router.post("/sources/{source_id}/supprimer")
async def unfollow_from_form(
    request: Request,
    source_id: SourceId,
    poller: PollerDep,
    admin: AdminDep,
    csrf: str = Form(""),
    jeton: str = Form(""),
):
    guard.check_form(request, csrf)
    refusal = admin.form_refusal(request, jeton)
    if refusal is not None:
        return await run_in_threadpool(_page, request, poller, None, {f"supprimer-{source_id}": refusal}, 401)
    await run_in_threadpool(poller.sources.delete, source_id)
    response = RedirectResponse("/sources?fait=supprime", status_code=303)
    admin.remember(response, request)
    return response
