"""The pages' Jinja environment: French filters, and a render that hands every form its CSRF token."""

from __future__ import annotations

import hashlib
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.web import french
from app.web.guard import AdminGate, csrf_token, set_csrf_cookie

STATIC_DIR = Path(__file__).resolve().parent / "static"
"""The pages' CSS, scripts, fonts and icons: inside the package, so an installed wheel serves them (the
repository's top-level static/ links here)."""
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.globals["clock"] = french.duration_clock
templates.env.filters["fr"] = french.typography
templates.env.filters["quoted"] = french.quoted
templates.env.filters["duration_words"] = french.duration_words
templates.env.filters["duration_short"] = french.duration_short
templates.env.filters["date_words"] = french.date_words
templates.env.filters["hash_text"] = lambda text: hashlib.sha1(str(text).encode()).hexdigest()[:12]


def render(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    """A page; its forms carry the browser's CSRF token, set as a cookie on the first visit."""
    token, new = csrf_token(request)
    settings = request.app.state.settings
    admin = AdminGate(settings.admin_token)
    context = {"csrf": token, "admin_required": admin.required, "admin_ok": admin.form_session(request), **context}
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    if new:
        set_csrf_cookie(response, token, request)
    response.headers.setdefault("Cache-Control", "no-cache")
    return response
