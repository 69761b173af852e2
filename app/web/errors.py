"""The one place where errors become HTTP answers: {"detail": "<one clear sentence>"}."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import errors

log = logging.getLogger("narrateur.web")

STATUS = [
    (errors.InputTooLargeError, 413),
    (errors.UnknownEngineError, 422),
    (errors.FetchError, 422),
    (errors.InputError, 422),
    (errors.NotFoundError, 404),
    (errors.RateLimitedError, 429),
    (errors.QueueFullError, 503),
    (errors.BusyError, 503),
    (errors.DiskFullError, 507),
    (errors.StorageError, 503),
    (errors.WorkCancelledError, 503),
]
HTTP_SENTENCES = {
    404: "Nothing exists at this address.",
    405: "This address does not accept that method.",
    413: "The request is too large.",
}


def problem(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _validation_sentence(error: RequestValidationError) -> str:
    first = error.errors()[0] if error.errors() else {}
    kind, location = first.get("type", ""), [str(part) for part in first.get("loc", ()) if part != "body"]
    field = ".".join(location)
    if kind == "json_invalid":
        return "The request body is not valid JSON."
    if kind == "extra_forbidden":
        return f"Unknown field {field!r}: send text, html or url, and optionally engine."
    if kind in ("model_attributes_type", "dict_type") or not field:
        return "The request body must be a JSON object such as {\"text\": \"…\"}."
    if kind == "literal_error":
        return f"Invalid {field}: use auto, espeak or gtts."
    message = first.get("msg", "is invalid").rstrip(".")
    return f"Invalid {field}: {message[0].lower() + message[1:]}."


def install(app: FastAPI) -> None:
    @app.exception_handler(errors.NarrateurError)
    async def narrateur_error(_request: Request, error: errors.NarrateurError) -> JSONResponse:
        status = next((code for kind, code in STATUS if isinstance(error, kind)), 500)
        headers = {"Retry-After": str(error.retry_after_s)} if isinstance(error, errors.RateLimitedError) else None
        if isinstance(error, (errors.QueueFullError, errors.BusyError)):
            headers = {"Retry-After": "60" if isinstance(error, errors.QueueFullError) else "5"}
        if status == 500:
            log.error("server-side failure: %s", error)
        return problem(status, str(error), headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, error: RequestValidationError) -> JSONResponse:
        return problem(422, _validation_sentence(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        detail = error.detail if isinstance(error.detail, str) and error.detail.endswith(".") else HTTP_SENTENCES.get(error.status_code, "The request cannot be served.")
        return problem(error.status_code, detail, getattr(error, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return problem(500, "Narrateur failed unexpectedly; the error was logged.")
