"""The pages with the real voice (espeak-ng) in a real browser (Debian chromium driven by Playwright): the
transcript follows what is said, chapters, resume, the simplified page and the home form."""

from __future__ import annotations

import httpx
import pytest

pytest.importorskip("playwright")
from playwright.sync_api import expect  # noqa: E402

from tests.paths import SEED_TEXT  # noqa: E402
from tests.web.browser_support import chromium, wait_until  # noqa: E402
from tests.web.server import Server, wait_for  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    server = Server(tmp_path_factory.mktemp("browser"))
    server.start()
    article_id = httpx.post(f"{server.url}/api/articles", json={"text": SEED_TEXT}, timeout=30).json()["id"]
    state = wait_for(server, article_id, lambda s: s["status"] == "ready", 120)
    yield server, state
    server.stop()


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR")
    opened = context.new_page()
    yield opened
    context.close()


def test_setting_the_time_highlights_the_segment_being_spoken(site, page):
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}")
    for index in (2, 7, len(state["segments"]) - 1):
        segment = state["segments"][index]
        middle = (segment["start_ms"] + segment["end_ms"]) / 2000
        page.evaluate(f"document.getElementById('audio').currentTime = {middle}")
        expect(page.locator(".segment.current")).to_have_attribute("data-start-ms", str(segment["start_ms"]))
        expect(page.locator(".segment.current")).to_contain_text(segment["text"][:40])
    expect(page.locator(".segment.current")).to_have_count(1)


def test_the_sentence_being_said_is_marked_within_its_paragraph(site, page):
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}")
    index, segment = next((i, s) for i, s in enumerate(state["segments"]) if len(s["sentences"]) >= 2)
    second = segment["sentences"][1]
    page.evaluate(f"document.getElementById('audio').currentTime = {(second['start_ms'] + second['end_ms']) / 2000}")
    expect(page.locator(".phrase.current-sentence")).to_have_text(second["text"])
    expect(page.locator(".segment.current")).to_have_attribute("data-start-ms", str(segment["start_ms"]))


def test_activating_a_chapter_seeks_to_its_start_and_marks_it_current(site, page):
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}")
    page.locator("a.chapter[data-chapter='1']").focus()
    page.keyboard.press("Enter")
    start = state["chapters"][1]["start_ms"] / 1000
    wait_until(page, f"Math.abs(document.getElementById('audio').currentTime - {start}) < 0.3")
    expect(page.locator("a.chapter[data-chapter='1']")).to_have_attribute("aria-current", "true")
    expect(page.locator("a.chapter[data-chapter='0']")).not_to_have_attribute("aria-current", "true")
    expect(page.locator("#chapitre-courant")).to_have_text("Réajuster les budgets militaires")


def test_activating_a_transcript_segment_plays_from_there(site, page):
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}")
    start_ms = state["segments"][4]["start_ms"]
    page.locator(f".phrase[data-start-ms='{start_ms}']").click()
    start = start_ms / 1000
    wait_until(
        page,
        f"document.getElementById('audio').currentTime >= {start} - 0.05 && !document.getElementById('audio').paused",
    )


def test_resume_where_the_listener_stopped_with_the_real_voice(site, browser):
    server, state = site
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server.url}/")
    resume_s = state["chapters"][1]["start_ms"] / 1000 + 2
    page.evaluate(f"localStorage.setItem('narrateur:position:{state['id']}', '{resume_s}')")
    page.goto(f"{server.url}/articles/{state['id']}")
    wait_until(page, f"Math.abs(document.getElementById('audio').currentTime - {resume_s}) < 0.3")
    assert page.evaluate("navigator.mediaSession.metadata.title") == "Réajuster les budgets militaires"
    assert page.evaluate("navigator.mediaSession.metadata.artist") == state["title"]
    context.close()


def test_simple_page_works_without_javascript(site, browser):
    server, state = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server.url}/articles/{state['id']}/simple")
    assert page.locator("h1").all_inner_texts() == [state["title"]]
    assert page.locator("h2[id^=chapitre]").all_inner_texts() == ["Début de l'article"] + [
        c["title"] for c in state["chapters"][1:]
    ]
    sources = page.locator("audio").evaluate_all("nodes => nodes.map(n => n.getAttribute('src'))")
    assert sources == [f"/articles/{state['id']}/audio.mp3"] + [
        f"/articles/{state['id']}/chapitre-0{n}.mp3" for n in (1, 2)
    ]
    assert page.locator("blockquote cite").first.inner_text() == "Jim Mattis"
    assert "mégaoctet" in page.locator("main").inner_text() and "secondes" in page.locator("main").inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#contenu"
    assert httpx.get(f"{server.url}{sources[1]}").status_code == 200
    context.close()


def test_home_form_narrates_and_opens_the_listening_page(site, page):
    server, _ = site
    page.goto(server.url + "/")
    page.fill(
        "#champ-text",
        "Un article tout neuf\nLe conseil municipal a voté mardi un budget de 3,5 M$ pour les pistes cyclables.",
    )
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Un article tout neuf", timeout=60_000)


def test_home_form_errors_next_to_their_field(site, page):
    server, _ = site
    page.goto(server.url + "/")
    page.fill("#champ-text", "Retour\nPlus d'articles\nVidéo du jour")
    page.click("button[type=submit]")
    expect(page.locator("#erreur-text")).to_be_visible()
    expect(page.locator("#champ-text")).to_have_attribute("aria-invalid", "true")
    assert page.locator("#erreur-text").inner_text().startswith("Aucun texte d'article n'a été trouvé")
    assert page.evaluate("document.activeElement.id") == "champ-text"


def test_home_form_without_javascript_redirects_to_the_article(site, browser):
    server, _ = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/")
    page.fill("#champ-text", "Sans JavaScript aussi\nLe formulaire envoie l'article et ouvre la page d'écoute.")
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Sans JavaScript aussi")
    context.close()
