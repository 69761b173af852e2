"""Who may change the library: the admin token for the API's editing routes, and for the pages' forms a
same-origin check with a CSRF token (double-submit cookie), plus the admin token asked once per browser."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

from fastapi import Request, Response

from app.errors import ForbiddenFormError, NotAuthorizedError
from app.regexes import compiled
from app.settings_fields import Secret
from app.web import french_errors

CSRF_COOKIE = "narrateur_csrf"
ADMIN_COOKIE = "narrateur_admin"
COOKIE_MAX_AGE_S = 30 * 24 * 3600  # a tab left open for days still has a form that works
_TOKEN = compiled(r"[A-Za-z0-9_-]{32,64}")
FORM_REFUSED = ("This form did not come from Narrateur's own pages", "reload the page and send it again")


def csrf_token(request: Request) -> tuple[str, bool]:
    """The browser's CSRF token, and whether it is new (then it must be set as a cookie)."""
    existing = request.cookies.get(CSRF_COOKIE, "")
    if _TOKEN.fullmatch(existing):
        return existing, False
    return secrets.token_urlsafe(32), True


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def set_csrf_cookie(response: Response, token: str, request: Request) -> None:
    response.set_cookie(
        CSRF_COOKIE,
        token,
        max_age=COOKIE_MAX_AGE_S,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
        path="/",
    )


def _same_origin(request: Request) -> bool:
    """The form was sent from a page of this host: Origin (or, without it, Referer) names our own host."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    sender = request.headers.get("origin") or request.headers.get("referer")
    if sender is None:
        return True  # old or privacy-minded browsers send neither; the CSRF token still has to match
    # Behind a TLS proxy the scheme may differ from ours: the host is what a forged form cannot choose. A proxy
    # that rewrites Host leaves the public address (NARRATEUR_PUBLIC_BASE_URL) as the other name of this site.
    public = request.app.state.settings.public_base_url
    ours = {request.headers.get("host", "").lower(), urlsplit(public).netloc.lower() if public else ""}
    return urlsplit(sender).netloc.lower() in ours - {""}


def check_form(request: Request, submitted_token: str | None) -> None:
    """Refuses a form from another site, or without the token this browser was given."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if (
        not _same_origin(request)
        or not cookie
        or not submitted_token
        or not hmac.compare_digest(cookie, submitted_token)
    ):
        raise ForbiddenFormError(*FORM_REFUSED)


WRONG_ADMIN_TOKEN = "Ce jeton d'administration n'est pas le bon."


class AdminGate:
    """NARRATEUR_ADMIN_TOKEN, when set, guards deleting and retrying; reading stays open."""

    def __init__(self, token: Secret | None) -> None:
        self._token = token.get_secret_value() if token else None

    @property
    def required(self) -> bool:
        return self._token is not None

    def _matches(self, given: str | None) -> bool:
        if not given or self._token is None:
            return False
        return hmac.compare_digest(given.encode(), self._token.encode())

    def check_api(self, request: Request) -> None:
        if not self.required:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not self._matches(given.strip()):
            raise NotAuthorizedError(
                "This action needs the admin token", "send it as Authorization: Bearer <NARRATEUR_ADMIN_TOKEN>"
            )

    def _session(self) -> str:
        # The cookie proves the token was typed once, without being the token itself.
        return hmac.new((self._token or "").encode(), b"narrateur admin form session", hashlib.sha256).hexdigest()

    def form_session(self, request: Request) -> bool:
        """Whether this browser has given the admin token already (always true when none is set)."""
        if not self.required:
            return True
        return hmac.compare_digest(request.cookies.get(ADMIN_COOKIE, ""), self._session())

    def check_form(self, request: Request, typed: str | None) -> None:
        """Lets the form go on when this browser gave the token before or types it now (then `remember` it)."""
        if self.form_session(request) or self._matches((typed or "").strip()):
            return
        raise NotAuthorizedError("This action needs the admin token", "type NARRATEUR_ADMIN_TOKEN in the form")

    def form_refusal(self, request: Request, typed: str | None) -> str | None:
        """None when the form may go on; otherwise the French sentence to show beside the token field (a wrong
        token is said so; a missing one says where to find it)."""
        try:
            self.check_form(request, typed)
        except NotAuthorizedError as error:
            return WRONG_ADMIN_TOKEN if typed else french_errors.translate(str(error), 401)
        return None

    def remember(self, response: Response, request: Request) -> None:
        if self.required:
            response.set_cookie(
                ADMIN_COOKIE,
                self._session(),
                max_age=COOKIE_MAX_AGE_S,
                httponly=True,
                samesite="strict",
                secure=_secure(request),
                path="/",
            )
