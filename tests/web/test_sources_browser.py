"""The Sources page in Debian chromium: axe-core finds no WCAG 2.2 A/AA violation (a source with a failed item,
the form with its errors, the confirmation open, an admin token asked), light and dark, desktop and phone;
following a feed with the keyboard alone works."""

from __future__ import annotations

import httpx
import pytest

pytest.importorskip("playwright")

from tests.local_site import LocalSite, rss  # noqa: E402
from tests.paths import FIXTURES  # noqa: E402
from tests.polling import eventually  # noqa: E402
from tests.sources.helpers import ARTICLES  # noqa: E402
from tests.web.browser_support import WIDTHS, LiveServer, chromium, violations  # noqa: E402

pytestmark = pytest.mark.browser
SECRET = "un-jeton-assez-long-pour-compter"


@pytest.fixture(scope="module")
def site():
    with LocalSite() as running:
        for index, name in enumerate(ARTICLES):
            running.put(f"/a/{index}.html", "text/html; charset=utf-8", (FIXTURES / name).read_bytes())
        running.put("/fil.xml", "application/rss+xml", rss("Le fil", [("g0", f"{running.url}/a/0.html", "Un")]))
        yield running


@pytest.fixture(scope="module")
def server(site, tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("sources"), allow_private_urls=True, admin_token=SECRET) as running:
        items = [("g0", f"{site.url}/a/0.html", "Un"), ("absent", f"{site.url}/a/absent.html", "Un article absent")]
        feed = site.put("/rss.xml", "application/rss+xml", rss("Le fil de l'actualité", items))
        answer = httpx.post(
            running.url + "/api/sources",
            json={"url": feed, "backfill": 2},
            headers={"Authorization": f"Bearer {SECRET}"},
            timeout=30,
        )
        assert answer.status_code == 201, answer.text
        eventually(
            lambda: httpx.get(running.url + "/api/sources", timeout=10).json()[0]["failures"],
            60,
            "the broken item failing",
        )
        yield running


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", list(WIDTHS))
def test_no_wcag_violation_on_the_sources_page(server, browser, scheme, width):
    context = browser.new_context(color_scheme=scheme, viewport=WIDTHS[width], locale="fr-FR")
    page = context.new_page()
    page.goto(server.url + "/sources")
    assert page.locator("h1").inner_text() == "Sources"
    page.locator(".source-failures summary").click()
    page.locator(".confirm summary").first.click()
    found = {"page": violations(page)}
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    page.fill("#champ-flux", "")
    page.fill("#champ-intervalle", "0")
    with page.expect_navigation():
        page.click("button[type=submit] >> text=Suivre ce flux")
    assert page.locator("#champ-flux[aria-invalid=true]").count() == 1
    found["form errors"] = violations(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    assert {name: seen for name, seen in found.items() if seen} == {}
    context.close()


def test_following_a_feed_with_the_keyboard_alone(server, site, browser):
    context = browser.new_context(viewport=WIDTHS["desktop"], locale="fr-FR")
    page = context.new_page()
    page.goto(server.url + "/sources")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    typed = {"champ-flux": f"{site.url}/fil.xml", "champ-jeton": SECRET}
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.id")
        if focused in typed:
            page.keyboard.type(typed.pop(focused))
        if page.evaluate("document.activeElement.type") == "submit" and not typed:
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "fait=ajoute" in page.url
    assert page.locator(".notice").inner_text().startswith("La source est suivie")
    assert page.locator(".source-item h3").all_inner_texts() == ["Le fil de l'actualité", "Le fil"]
    context.close()
