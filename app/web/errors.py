"""The one place where errors become HTTP answers.

Programs get JSON: `detail` (one English sentence), a stable machine `code`, and `message`, the same in French
for people. A browser (Accept: text/html) gets a French page in the site's style."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import errors
from app.web import french_errors
from app.web.templating import templates

log = logging.getLogger(__name__)

# Most specific first: the first class an error is an instance of gives its status and general code.
STATUS = [
    (errors.InputTooLargeError, 413, "too_large"),
    (errors.UnknownEngineError, 422, "unknown_engine"),
    (errors.FetchError, 422, "fetch_failed"),
    (errors.EmptyInputError, 422, "empty_input"),
    (errors.BinaryInputError, 422, "binary_input"),
    (errors.InputEncodingError, 422, "unreadable_encoding"),
    (errors.NoArticleError, 422, "no_article_text"),
    (errors.InputError, 422, "invalid_input"),
    (errors.NotFoundError, 404, "not_found"),
    (errors.NotAuthorizedError, 401, "admin_token_required"),
    (errors.ForbiddenFormError, 403, "form_forbidden"),
    (errors.ConflictError, 409, "conflict"),
    (errors.RateLimitedError, 429, "rate_limited"),
    (errors.QueueFullError, 503, "queue_full"),
    (errors.BusyError, 503, "busy"),
    (errors.DiskFullError, 507, "disk_full"),
    (errors.StorageError, 503, "library_unavailable"),
    (errors.WorkCancelledError, 503, "cancelled"),
]
HTTP_SENTENCES = {
    404: ("Nothing exists at this address.", "not_found"),
    405: ("This address does not accept that method.", "method_not_allowed"),
    413: ("The request is too large.", "too_large"),
}
TITLES = {
    401: "Action réservée",
    403: "Formulaire refusé",
    404: "Page introuvable",
    405: "Action impossible",
    409: "Action impossible",
    413: "Demande trop volumineuse",
    422: "Impossible de narrer cet article",
    429: "Trop de demandes",
    503: "Service occupé",
    507: "Disque plein",
    500: "Erreur inattendue",
}


def status_and_code(error: errors.NarrateurError) -> tuple[int, str]:
    status, code = next(
        ((status, code) for kind, status, code in STATUS if isinstance(error, kind)), (500, "internal_error")
    )
    return status, french_errors.code_of(str(error)) or code


def wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def answer(
    request: Request, status: int, detail: str, code: str | None = None, headers: dict[str, str] | None = None
) -> Response:
    """The error as JSON for programs, or as a French page for a browser."""
    message = french_errors.translate(detail, status)
    code = code or french_errors.code_of(detail) or "error"
    if wants_html(request):
        context = {
            "status": status,
            "title": TITLES.get(status, "Erreur"),
            "message": message,
            "code": code,
            "retry_after_s": int((headers or {}).get("Retry-After", 0) or 0),
        }
        return templates.TemplateResponse(request, "error.html", context, status_code=status, headers=headers)
    return JSONResponse({"detail": detail, "code": code, "message": message}, status_code=status, headers=headers)


def _validation_sentence(error: RequestValidationError) -> str:
    first = error.errors()[0] if error.errors() else {}
    kind, location = first.get("type", ""), [str(part) for part in first.get("loc", ()) if part != "body"]
    field = ".".join(location)
    if kind == "json_invalid":
        return "The request body is not valid JSON."
    if kind == "extra_forbidden":
        return f"Unknown field {field!r}: send text, html or url, and optionally engine."
    if kind in ("model_attributes_type", "dict_type") or not field:
        return 'The request body must be a JSON object such as {"text": "…"}.'
    if kind == "literal_error":
        return f"Invalid {field}: use auto, espeak, gtts or piper."
    message = first.get("msg", "is invalid").rstrip(".")
    return f"Invalid {field}: {message[0].lower() + message[1:]}."


def install(app: FastAPI) -> None:
    @app.exception_handler(errors.NarrateurError)
    async def narrateur_error(request: Request, error: errors.NarrateurError) -> Response:
        status, code = status_and_code(error)
        headers = None
        if isinstance(error, errors.RateLimitedError):
            headers = {"Retry-After": str(error.retry_after_s)}
        elif isinstance(error, (errors.QueueFullError, errors.BusyError)):
            headers = {"Retry-After": "60" if isinstance(error, errors.QueueFullError) else "5"}
        elif isinstance(error, errors.NotAuthorizedError):
            headers = {"WWW-Authenticate": 'Bearer realm="narrateur"'}
        if status == 500:
            log.error("server-side failure: %s", error)
        return answer(request, status, str(error), code, headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        sentence = _validation_sentence(error)
        return answer(request, 422, sentence, french_errors.code_of(sentence) or "invalid_request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        known, code = HTTP_SENTENCES.get(error.status_code, ("The request cannot be served.", "bad_request"))
        detail = error.detail if isinstance(error.detail, str) and error.detail.endswith(".") else known
        return answer(request, error.status_code, detail, code, getattr(error, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        log.exception("unexpected error")
        return answer(request, 500, "Narrateur failed unexpectedly; the error was logged.", "internal_error")
