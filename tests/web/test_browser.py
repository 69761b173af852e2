"""The pages in a real browser (Debian chromium driven by Playwright): accessibility, keyboard, player behaviour."""

from __future__ import annotations

import time

import httpx
import pytest

pytest.importorskip("playwright")
from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from tests.conftest import FIXTURES  # noqa: E402
from tests.web.server import Server, wait_for  # noqa: E402

pytestmark = pytest.mark.browser
SEED = (FIXTURES / "seed_otan.txt").read_text(encoding="utf-8")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--autoplay-policy=no-user-gesture-required",
]
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    server = Server(tmp_path_factory.mktemp("browser"))
    server.start()
    article_id = httpx.post(f"{server.url}/api/articles", json={"text": SEED}, timeout=30).json()["id"]
    state = wait_for(server, article_id, lambda s: s["status"] == "ready", 120)
    yield server, state
    server.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR")
    opened = context.new_page()
    yield opened
    context.close()


def wait_until(page, expression: str, timeout_s: float = 10) -> None:
    """Polls an expression with page.evaluate: Playwright's wait_for_function evaluates strings in the page,
    which the pages' Content-Security-Policy (rightly) forbids."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if page.evaluate(expression):
            return
        time.sleep(0.05)
    raise AssertionError(f"never true: {expression}")


def violations(page) -> list[str]:
    result = Axe().run(page, options=WCAG)
    return [f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']][:3]}" for v in result.response["violations"]]


@pytest.mark.parametrize("path", ["/", "/articles/{id}", "/articles/{id}/simple"])
def test_no_wcag_violation(site, page, path):
    server, state = site
    page.goto(server.url + path.format(id=state["id"]))
    page.wait_for_load_state("networkidle")
    assert violations(page) == []


def test_no_wcag_violation_in_dark_mode_and_at_320_px(site, browser):
    server, state = site
    context = browser.new_context(color_scheme="dark", viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in ("/", f"/articles/{state['id']}", f"/articles/{state['id']}/simple"):
        page.goto(server.url + path)
        assert violations(page) == []
        # Reflow: nothing wider than the screen, no horizontal scrolling.
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_keyboard_reaches_and_operates_every_control(site, page):
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}")
    reached = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.id || document.activeElement.className || document.activeElement.textContent.trim()"))
        if page.evaluate("document.activeElement === document.body"):
            continue  # focus left the page for the browser's own interface, then comes back
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", f"focus must be visible on {page.evaluate('document.activeElement.outerHTML.slice(0, 120)')}"
    for control in ("lecture", "recul", "avance", "vitesse", "volume", "chapitre-1", "chapitre-2", "seek"):
        assert control in reached, control
    page.focus("#lecture")
    page.keyboard.press("Enter")
    wait_until(page, "!document.getElementById('audio').paused")
    expect(page.locator("#lecture")).to_have_attribute("aria-pressed", "true")
    page.focus("#avance")
    page.keyboard.press("Space")
    wait_until(page, "document.getElementById('audio').currentTime >= 14")
    page.focus("#vitesse")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.getElementById('audio').playbackRate") == 1.25
    page.keyboard.press("Alt+Shift+P")
    wait_until(page, "document.getElementById('audio').paused")


def test_setting_the_time_highlights_the_segment_being_spoken(site, page):
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}")
    for index in (2, 7, len(state["segments"]) - 1):
        segment = state["segments"][index]
        middle = (segment["start_ms"] + segment["end_ms"]) / 2000
        page.evaluate(f"document.getElementById('audio').currentTime = {middle}")
        expect(page.locator(".segment.current")).to_have_attribute("id", f"segment-{index + 1}")
    expect(page.locator(".segment.current")).to_have_count(1)


def test_the_sentence_being_said_is_marked_within_its_paragraph(site, page):
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}")
    index, segment = next((i, s) for i, s in enumerate(state["segments"]) if len(s["sentences"]) >= 2)
    second = segment["sentences"][1]
    page.evaluate(f"document.getElementById('audio').currentTime = {(second['start_ms'] + second['end_ms']) / 2000}")
    expect(page.locator(f"#segment-{index + 1} .sentence.current-sentence")).to_have_text(second["text"])


def test_activating_a_chapter_seeks_to_its_start_and_marks_it_current(site, page):
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}")
    page.locator("#chapitre-2").focus()
    page.keyboard.press("Enter")
    start = state["chapters"][1]["start_ms"] / 1000
    wait_until(page, f"Math.abs(document.getElementById('audio').currentTime - {start}) < 0.3")
    expect(page.locator("#chapitre-2")).to_have_attribute("aria-current", "true")
    expect(page.locator("#chapitre-1")).not_to_have_attribute("aria-current", "true")


def test_activating_a_transcript_segment_plays_from_there(site, page):
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}")
    page.locator("#segment-5 .seek").press("Enter")
    start = state["segments"][4]["start_ms"] / 1000
    wait_until(page, f"document.getElementById('audio').currentTime >= {start} - 0.05 && !document.getElementById('audio').paused")


def test_deep_links_and_resume(site, browser):
    server, state = site
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server.url}/articles/{state['id']}#t=42")
    wait_until(page, "Math.abs(document.getElementById('audio').currentTime - 42) < 0.3")
    page.goto(f"{server.url}/articles/{state['id']}#chapitre-2")
    start = state["chapters"][1]["start_ms"] / 1000
    wait_until(page, f"Math.abs(document.getElementById('audio').currentTime - {start}) < 0.3")
    page.goto(f"{server.url}/")  # away from the player, so it cannot save its own position over ours
    page.evaluate(f"localStorage.setItem('narrateur:position:{state['id']}', '61')")
    page.goto(f"{server.url}/articles/{state['id']}")
    wait_until(page, "Math.abs(document.getElementById('audio').currentTime - 61) < 0.3")
    assert page.evaluate("navigator.mediaSession.metadata.title") == state["title"]
    context.close()


def test_simple_page_works_without_javascript(site, browser):
    server, state = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server.url}/articles/{state['id']}/simple")
    assert page.locator("h1").all_inner_texts() == [state["title"]]
    assert page.locator("h2[id^=chapitre]").all_inner_texts() == [c["title"] for c in state["chapters"]]
    sources = page.locator("audio").evaluate_all("nodes => nodes.map(n => n.getAttribute('src'))")
    assert sources == [f"/articles/{state['id']}/chapitre-0{n}.mp3" for n in (1, 2)]
    assert page.locator("blockquote cite").first.inner_text() == "Jim Mattis"
    assert "mégaoctet" in page.locator("main").inner_text() and "secondes" in page.locator("main").inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#contenu"
    assert httpx.get(f"{server.url}{sources[1]}").status_code == 200
    context.close()


def test_home_form_narrates_with_live_progress(site, page):
    server, _ = site
    page.goto(server.url + "/")
    page.fill("#champ-text", "Un article tout neuf\nLe conseil municipal a voté mardi un budget de 3,5 M$ pour les pistes cyclables.")
    page.click("button[type=submit]")
    expect(page.locator("#progression-texte")).to_have_text("L'article est prêt à écouter.", timeout=60_000)
    assert page.locator("#progression-texte").get_attribute("aria-live") == "polite"
    page.click("#progression-lien a")
    expect(page.locator("h1")).to_have_text("Un article tout neuf")


def test_home_form_errors_next_to_their_field(site, page):
    server, _ = site
    page.goto(server.url + "/")
    page.fill("#champ-text", "Retour\nPlus d'articles\nVidéo du jour")
    page.click("button[type=submit]")
    expect(page.locator("#erreur-text")).to_be_visible()
    expect(page.locator("#champ-text")).to_have_attribute("aria-invalid", "true")
    assert "No article text was found" in page.locator("#erreur-text").inner_text()


def test_home_form_without_javascript_redirects_to_the_article(site, browser):
    server, _ = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/")
    page.fill("#champ-text", "Sans JavaScript aussi\nLe formulaire envoie l'article et ouvre la page d'écoute.")
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Sans JavaScript aussi")
    context.close()
