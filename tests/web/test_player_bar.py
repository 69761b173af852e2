"""The listening page in Debian chromium, at 1280 px and 375 px: one player bar that stays on screen, the
transcript with one tab stop, deep links, sharing, the sleep timer, the Media Session, keyboard use."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")
from playwright.sync_api import expect  # noqa: E402

from tests.paths import SEED_TEXT  # noqa: E402
from tests.web.browser_support import AUDIO, WIDTHS, LiveServer, chromium, wait_until  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("player")) as server:
        yield server, server.narrate(text=SEED_TEXT)


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture(params=list(WIDTHS))
def page(request, browser):
    context = browser.new_context(viewport=WIDTHS[request.param], locale="fr-FR")
    opened = context.new_page()
    opened.width = request.param
    yield opened
    context.close()


def listen(page, site, fragment: str = "") -> dict:
    server, state = site
    page.goto(f"{server.url}/articles/{state['id']}{fragment}")
    wait_until(page, f"{AUDIO}.readyState >= 1")
    return state


def in_view(page, selector: str) -> bool:
    return page.evaluate(
        f"(() => {{ const box = document.querySelector({selector!r}).getBoundingClientRect();"
        " return box.top >= 0 && box.bottom <= window.innerHeight; })()"
    )


def test_one_player_in_a_bar_that_stays_on_screen(site, page):
    state = listen(page, site)
    assert page.locator("audio").count() == 1
    assert page.evaluate(f"{AUDIO}.hasAttribute('controls')") is False, "the native controls would be a second player"
    page.mouse.wheel(0, 5000)
    wait_until(page, "window.scrollY > 300")
    assert in_view(page, "#lecteur") and in_view(page, "#lecture")
    page.click("#lecture")
    wait_until(page, f"!{AUDIO}.paused")
    expect(page.locator("#lecture")).to_have_attribute("aria-pressed", "true")
    page.click("#lecture")
    wait_until(page, f"{AUDIO}.paused")
    page.click("#avance")
    wait_until(page, f"{AUDIO}.currentTime >= 14.9")
    expect(page.locator("#position")).to_have_text("0:15")
    remaining = round(state["duration_ms"] / 1000 - page.evaluate(f"{AUDIO}.currentTime"))
    expect(page.locator("#restant")).to_have_text(f"–{remaining // 60}:{remaining % 60:02d}")
    page.click("#recul")
    wait_until(page, f"{AUDIO}.currentTime < 1")
    height = page.evaluate("document.getElementById('lecteur').getBoundingClientRect().height")
    assert height < WIDTHS[page.width]["height"] * 0.2, "the bar must leave room to read"
    if page.width == "phone":
        expect(page.locator("#chapitre-suivant")).to_be_hidden()  # on a phone the bar stays small until asked
        page.click("#plus")
    page.click("#chapitre-suivant")
    start = state["chapters"][1]["start_ms"] / 1000
    wait_until(page, f"Math.abs({AUDIO}.currentTime - {start}) < 0.3")
    expect(page.locator("#chapitre-courant")).to_have_text("Réajuster les budgets militaires")
    page.click("#chapitre-precedent")
    wait_until(page, f"{AUDIO}.currentTime < 0.5")
    expect(page.locator("#chapitre-courant")).to_have_text("Début de l'article")


def test_speed_from_half_to_three_times_remembered(site, page):
    listen(page, site)
    if page.width == "phone":
        page.click("#plus")
    options = page.locator("#vitesse option").evaluate_all("nodes => nodes.map(n => Number(n.value))")
    assert options[0] == 0.5 and options[-1] == 3 and 1 in options
    page.select_option("#vitesse", "3")
    assert page.evaluate(f"{AUDIO}.playbackRate") == 3
    page.keyboard.press("Alt+Shift+ArrowDown")
    assert page.evaluate(f"{AUDIO}.playbackRate") == 2.5
    page.reload()
    wait_until(page, f"{AUDIO}.playbackRate === 2.5")


def test_transcript_costs_one_tab_stop_and_arrows_move_between_sentences(site, page):
    state = listen(page, site)
    page.focus(".skip-inline")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('phrase')")
    page.keyboard.press("Tab")
    assert not page.evaluate("!!document.activeElement.closest('#transcription')"), (
        "the transcript must cost one tab stop"
    )
    page.keyboard.press("Shift+Tab")
    first = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("[document.activeElement.textContent, Number(document.activeElement.dataset.startMs)]")
    assert focused[0] != first
    page.keyboard.press("Enter")
    wait_until(page, f"!{AUDIO}.paused && {AUDIO}.currentTime >= {focused[1] / 1000 - 0.05}")
    expect(page.locator(".phrase.current-sentence")).to_have_text(focused[0])
    assert state["segments"][2]["start_ms"] == focused[1]


def test_the_skip_link_jumps_over_the_transcript(site, page):
    listen(page, site)
    page.focus(".skip-inline")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "apres-transcription"


def test_a_click_on_a_sentence_plays_from_there_and_the_page_brings_the_passage_back(site, page):
    state = listen(page, site)
    last = state["segments"][-1]
    page.locator(f".phrase[data-start-ms='{state['segments'][3]['start_ms']}']").click()
    wait_until(page, f"!{AUDIO}.paused")
    # Following the voice: a passage far below is brought into view as it is read.
    page.evaluate(f"{AUDIO}.currentTime = {(last['start_ms'] + 200) / 1000}")
    wait_until(
        page,
        "(() => { const box = document.querySelector('.phrase.current-sentence').getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; })()",
    )
    wait_until(page, "new Promise(done => { const y = scrollY; setTimeout(() => done(scrollY === y), 150); })")
    # The listener scrolls away: the page stops following and offers to come back.
    page.mouse.move(200, 200)
    page.mouse.wheel(0, -20000)
    expect(page.locator("#revenir")).to_be_visible()
    page.click("#revenir")
    wait_until(
        page,
        "(() => { const box = document.querySelector('.phrase.current-sentence').getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; })()",
    )
    assert page.evaluate("document.activeElement.classList.contains('current-sentence')")
    expect(page.locator("#revenir")).to_be_hidden()
    page.evaluate(f"{AUDIO}.pause()")


@pytest.mark.parametrize("fragment,seconds", [("#t=42", 42), ("#t=0:42", 42), ("#t=0:50", 50), ("#t=00:00:50", 50)])
def test_deep_links_to_a_moment_never_overwrite_the_resume_position(site, browser, fragment, seconds):
    server, state = site
    for width in WIDTHS.values():
        context = browser.new_context(viewport=width)
        page = context.new_page()
        page.goto(server.url + "/")
        page.evaluate(f"localStorage.setItem('narrateur:position:{state['id']}', '12')")
        page.goto(f"{server.url}/articles/{state['id']}{fragment}")
        wait_until(page, f"Math.abs({AUDIO}.currentTime - {seconds}) < 0.3")
        assert page.evaluate(f"{AUDIO}.paused")
        assert in_view(page, "#lecture") and in_view(page, ".phrase.current-sentence")
        page.goto(f"{server.url}/articles/{state['id']}")
        wait_until(page, f"Math.abs({AUDIO}.currentTime - 12) < 0.3")
        context.close()


def test_a_chapter_link_shows_the_chapter_and_keeps_the_player_in_view(site, page):
    server, state = site
    page.goto(server.url + "/")
    page.evaluate(f"localStorage.setItem('narrateur:position:{state['id']}', '7')")
    listen(page, site, "#chapitre-2")
    start = state["chapters"][1]["start_ms"] / 1000
    wait_until(page, f"Math.abs({AUDIO}.currentTime - {start}) < 0.3")
    assert in_view(page, "#lecture") and in_view(page, "#chapitre-2")
    assert page.evaluate(f"localStorage.getItem('narrateur:position:{state['id']}')") == "7"


def test_share_this_moment_copies_a_link_that_opens_there(site, browser):
    server, state = site
    for width in WIDTHS.values():
        context = browser.new_context(viewport=width)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
        page = context.new_page()
        page.goto(f"{server.url}/articles/{state['id']}")
        wait_until(page, f"{AUDIO}.readyState >= 1")
        page.evaluate(f"{AUDIO}.currentTime = 50.4")
        page.click("#plus")
        page.click("#partager")
        expect(page.locator("#partage-etat")).to_contain_text("Lien copié")
        link = page.evaluate("navigator.clipboard.readText()")
        assert link == f"{server.url}/articles/{state['id']}#t=0:50"
        page.goto(link)
        wait_until(page, f"Math.abs({AUDIO}.currentTime - 50) < 0.3")
        context.close()


def test_sleep_timer_at_the_end_of_the_chapter(site, page):
    state = listen(page, site)
    end = state["chapters"][0]["end_ms"] / 1000
    page.click("#plus")
    page.select_option("#minuterie", "chapitre")
    # Moving to another chapter moves the stop with it; coming back, the first one's end stops the reading.
    page.click("#chapitre-suivant")
    page.click("#lecture")
    page.wait_for_timeout(1200)
    assert not page.evaluate(f"{AUDIO}.paused")
    page.click("#lecture")
    page.evaluate(f"{AUDIO}.currentTime = {end - 1.2}")
    expect(page.locator("#minuterie-etat")).to_have_text("La lecture s'arrêtera à la fin du chapitre.")
    page.click("#lecture")
    wait_until(page, f"{AUDIO}.paused && {AUDIO}.currentTime >= {end - 0.3}", timeout_s=15)
    assert abs(page.evaluate(f"{AUDIO}.currentTime") - end) < 0.4
    expect(page.locator("#minuterie-etat")).to_have_text("Minuterie\u00a0: lecture arrêtée.")


def test_sleep_timer_after_some_minutes(site, browser):
    server, state = site
    context = browser.new_context(viewport=WIDTHS["phone"])
    page = context.new_page()
    page.clock.install()
    page.goto(f"{server.url}/articles/{state['id']}")
    wait_until(page, f"{AUDIO}.readyState >= 1")
    page.click("#plus")
    page.select_option("#minuterie", "15")
    expect(page.locator("#minuterie-etat")).to_contain_text("La lecture s'arrêtera à ")
    page.click("#lecture")
    wait_until(page, f"!{AUDIO}.paused")
    page.clock.run_for("14:00")
    assert not page.evaluate(f"{AUDIO}.paused")
    page.clock.run_for("01:05")
    wait_until(page, f"{AUDIO}.paused")
    context.close()


def test_media_session_shows_the_chapter_the_article_and_its_cover(site, page):
    state = listen(page, site)
    page.evaluate(f"{AUDIO}.currentTime = {state['chapters'][1]['start_ms'] / 1000 + 1}")
    wait_until(page, "navigator.mediaSession.metadata.title === 'Réajuster les budgets militaires'")
    metadata = page.evaluate(
        "(() => { const m = navigator.mediaSession.metadata; return {artist: m.artist, artwork: m.artwork.map(a => a.src)}; })()"
    )
    assert metadata["artist"] == state["title"]
    assert metadata["artwork"] == [f"{site[0].url}/articles/{state['id']}/cover.jpg"]


def test_keyboard_walk_the_bar_within_three_tab_stops_focus_always_visible(site, page):
    listen(page, site)
    stops = []
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            break
        stops.append(
            page.evaluate(
                "document.activeElement.id || document.activeElement.className || document.activeElement.tagName"
            )
        )
        style = page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()"
        )
        assert style[0] != "none" and style[1] != "0px", f"no visible focus on {stops[-1]}"
    bar = page.evaluate(
        "Array.from(document.querySelectorAll('#lecteur button, #lecteur input, #lecteur select')).filter(e => e.offsetParent).map(e => e.id)"
    )
    first_in_bar = next(index for index, stop in enumerate(stops) if stop in bar)
    assert first_in_bar + 1 <= 3, stops[:4]
    assert stops[0] == "skip-link"
    assert sum(1 for stop in stops if "phrase" in stop) == 1


def test_keyboard_shortcuts(site, page):
    state = listen(page, site)
    page.keyboard.press("Alt+Shift+P")
    wait_until(page, f"!{AUDIO}.paused")
    page.keyboard.press("Alt+Shift+N")
    wait_until(page, f"{AUDIO}.currentTime >= {state['chapters'][1]['start_ms'] / 1000 - 0.1}")
    page.keyboard.press("Alt+Shift+P")
    wait_until(page, f"{AUDIO}.paused")


def test_the_button_under_the_title_listens_or_resumes(site, page):
    server, state = site
    page.goto(server.url + "/")
    page.evaluate(f"localStorage.setItem('narrateur:position:{state['id']}', '12')")
    listen(page, site)
    expect(page.locator("#ecouter")).to_have_text("Reprendre à 0:12")
    page.click("#ecouter")
    wait_until(page, f"!{AUDIO}.paused && {AUDIO}.currentTime >= 12")
    expect(page.locator("#ecouter")).to_have_text("Pause")
    page.click("#ecouter")
    wait_until(page, f"{AUDIO}.paused")
