"""axe-core finds no WCAG 2.2 A/AA violation on any page, error pages and the library included, in light and
dark, at 1280 px and 375 px; nothing is wider than a phone's screen."""

from __future__ import annotations

from html import unescape

import httpx
import pytest

pytest.importorskip("playwright")

from tests.paths import SEED_TEXT  # noqa: E402
from tests.speech.fakes import FakeEngine  # noqa: E402
from tests.web.browser_support import AUDIO, WIDTHS, LiveServer, chromium, violations, wait_until  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("a11y"), gtts_base_url="http://127.0.0.1:9", gtts_retries=0) as server:
        ready = server.narrate(text=SEED_TEXT)
        failed = server.narrate(
            text="Une grève annoncée\nLes syndicats appellent à une journée de grève jeudi dans les transports.",
            engine="gtts",
        )
        assert failed["status"] == "failed"
        yield server, ready, failed


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def error_page_html(tmp_path, status: int) -> str:
    """The HTML a browser gets for a refused narration (429) or a full queue (503), from a real app."""
    from fastapi.testclient import TestClient

    from app.services import build_services
    from app.web.app import create_app
    from tests.web.helpers import make_settings

    settings = make_settings(tmp_path, narrations_per_client_per_hour=1, max_queued_jobs=1)
    slow = FakeEngine("espeak", ms_per_char=20)
    with TestClient(create_app(settings, build_services(settings, espeak=slow))) as client:
        html = {"Accept": "text/html"}
        client.post("/api/articles", json={"text": SEED_TEXT})
        if status == 503:
            client.app.state.rate_limit.per_hour = 100
            # A narration waiting that no worker will take: the queue stays full whatever the first one does.
            waiting = {"title": "En attente", "chapters": [{"title": "En attente", "segments": []}], "dropped": []}
            client.app.state.store.add("f" * 16, "En attente", None, waiting, "auto", 1)
        answer = client.post(
            "/api/articles", json={"text": "Un autre titre\nUn autre paragraphe assez long pour compter."}, headers=html
        )
    assert answer.status_code == status and answer.headers["content-type"].startswith("text/html")
    return answer.text


def answer_with(status: int, body: str):
    return lambda route: route.fulfill(status=status, body=body, content_type="text/html; charset=utf-8")


def pages(site) -> dict[str, str]:
    _, ready, failed = site
    return {
        "accueil": "/",
        "bibliotheque": "/bibliotheque",
        "bibliotheque-vide": "/bibliotheque?q=introuvable&etat=echecs",
        "ecoute": f"/articles/{ready['id']}",
        "simplifiee": f"/articles/{ready['id']}/simple",
        "transcription": f"/articles/{ready['id']}/transcription",
        "echec": f"/articles/{failed['id']}",
        "confirmation": f"/articles/{ready['id']}/supprimer",
        "erreur-404": "/articles/0000000000000000",
        "erreur-404-route": "/nulle-part",
        "erreur-422": "/bibliotheque?q=" + "x" * 300,
    }


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", list(WIDTHS))
def test_no_wcag_violation_on_any_page(site, browser, tmp_path, scheme, width):
    server = site[0]
    context = browser.new_context(color_scheme=scheme, viewport=WIDTHS[width], locale="fr-FR")
    page = context.new_page()
    for status in (429, 503):
        page.route(
            f"{server.url}/erreur-{status}", answer_with(status, error_page_html(tmp_path / str(status), status))
        )
    found = {}
    for name, path in (pages(site) | {"erreur-429": "/erreur-429", "erreur-503": "/erreur-503"}).items():
        answer = page.goto(server.url + path)
        if name.startswith("erreur"):
            assert answer.status == int(name.split("-")[1]), name
            assert page.locator("h1").count() == 1 and page.locator("link[rel=stylesheet]").count() == 1
        page.wait_for_load_state("networkidle")
        found[name] = violations(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"], (
            f"{name} is wider than the screen"
        )
    assert {name: found_here for name, found_here in found.items() if found_here} == {}
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_violation_while_playing_with_options_open_and_a_confirmation_open(site, browser, scheme):
    server, ready, _ = site
    context = browser.new_context(color_scheme=scheme, viewport=WIDTHS["phone"])
    page = context.new_page()
    page.goto(f"{server.url}/articles/{ready['id']}")
    page.click("#lecture")
    wait_until(page, f"!{AUDIO}.paused")
    page.click("#plus")
    page.select_option("#minuterie", "chapitre")
    page.evaluate(f"{AUDIO}.pause()")
    assert violations(page) == []
    page.goto(server.url + "/bibliotheque")
    page.locator(".confirm summary").first.click()
    assert violations(page) == []
    context.close()


def test_error_pages_are_french_pages_for_browsers_and_json_for_programs(site):
    server = site[0]
    html = httpx.get(server.url + "/articles/0000000000000000", headers={"Accept": "text/html"})
    assert html.status_code == 404 and "<h1>Page introuvable</h1>" in html.text
    assert "Cet article n'existe pas ou a été supprimé." in unescape(html.text)
    program = httpx.get(server.url + "/articles/0000000000000000")
    assert program.status_code == 404 and program.json()["code"] == "not_found"


def test_no_violation_while_an_article_is_prepared(browser, tmp_path):
    from tests.web.helpers import Gate

    engine = Gate()
    with LiveServer(tmp_path, engine=engine) as server:
        created = server.narrate(wait=False, text=SEED_TEXT)
        server.wait(created["id"], lambda s: "opening_audio" in s["links"])
        try:
            for scheme in ("light", "dark"):
                for width in WIDTHS.values():
                    context = browser.new_context(color_scheme=scheme, viewport=width)
                    page = context.new_page()
                    page.goto(f"{server.url}/articles/{created['id']}")
                    wait_until(page, f"{AUDIO}.readyState >= 1")
                    assert page.locator("#progression").count() == 1
                    assert violations(page) == []
                    context.close()
        finally:
            engine.release.set()
