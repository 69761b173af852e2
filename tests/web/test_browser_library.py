"""Home and library in Debian chromium, at 1280 px and 375 px: narrate and land on the listening page as soon as
the opening plays, the swap to the whole article at the same moment, playing and queueing from the
library, listened state, a live list, deleting without JavaScript, retrying a failed narration."""

from __future__ import annotations

import re
import time

import httpx
import pytest

pytest.importorskip("playwright")
from playwright.sync_api import expect  # noqa: E402

from tests.paths import SEED_TEXT  # noqa: E402
from tests.web.browser_support import AUDIO, WIDTHS, LiveServer, chromium, wait_until  # noqa: E402
from tests.web.helpers import Gate  # noqa: E402

pytestmark = pytest.mark.browser
FIRES = "Les feux de forêt gagnent du terrain\nLes pompiers de Colombie-Britannique luttent contre un incendie qui menace la ville de Fort Nelson depuis trois jours."
STRIKE = "Une grève dans les transports\nLes syndicats appellent à une journée de grève jeudi dans le métro et les bus de la capitale."


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("library"), gtts_base_url="http://127.0.0.1:9", gtts_retries=0) as server:
        yield server, server.narrate(text=SEED_TEXT), server.narrate(text=FIRES)


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture(params=list(WIDTHS))
def context(request, browser):
    opened = browser.new_context(viewport=WIDTHS[request.param], locale="fr-FR")
    yield opened
    opened.close()


def row(page, article_id: str):
    return page.locator(f"#article-{article_id}")


def test_home_opens_the_listening_page_at_once_plays_the_opening_then_swaps_at_the_same_moment(tmp_path, browser):
    for width in WIDTHS.values():
        engine = Gate()
        with LiveServer(tmp_path / str(width["width"]), engine=engine) as server:
            context = browser.new_context(viewport=width)
            page = context.new_page()
            page.goto(server.url + "/")
            page.fill("#champ-text", SEED_TEXT)
            page.click("button[type=submit]")
            page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}$"), timeout=30_000)
            article_id = page.url.rsplit("/", 1)[1]
            assert server.state(article_id)["status"] != "ready", "the page opened before the whole article was ready"
            wait_until(
                page, f"({AUDIO}.getAttribute('src') || '').endsWith('/debut.mp3') && {AUDIO}.readyState >= 1", 20
            )
            expect(page.locator("#lecteur")).to_be_visible()
            wait_until(page, f"!{AUDIO}.paused")  # asked for, the article plays as soon as its opening can
            page.evaluate(f"{AUDIO}.currentTime = 6")
            engine.release.set()
            wait_until(page, f"{AUDIO}.getAttribute('src').endsWith('/audio.mp3') && {AUDIO}.readyState >= 1", 60)
            wait_until(page, f"!{AUDIO}.paused && {AUDIO}.currentTime >= 6")
            assert page.evaluate(f"{AUDIO}.currentTime") < 12, "the whole article goes on where the opening was"
            expect(page.locator("a.chapter")).to_have_count(2)
            assert page.locator(".phrase[data-start-ms]").count() > 10
            expect(page.locator("#annonces")).to_have_text(
                "L'article complet est prêt\u00a0: la lecture continue sans coupure."
            )
            page.evaluate(f"{AUDIO}.pause()")
            context.close()


def test_play_from_the_library_remember_progress_and_mark_listened(site, context):
    server, seed, fires = site
    page = context.new_page()
    page.goto(server.url + "/bibliotheque")
    expect(row(page, seed["id"]).locator("[data-listening]")).to_be_hidden()
    row(page, seed["id"]).locator("[data-play]").click()
    wait_until(page, f"!{AUDIO}.paused")
    expect(page.locator("#bar-lien")).to_have_text(seed["title"])
    page.evaluate(f"{AUDIO}.currentTime = 30")
    wait_until(page, f"{AUDIO}.currentTime > 30.5")
    page.click("#lecture")
    expect(row(page, seed["id"]).locator("[data-listening]")).to_have_text(
        re.compile(r"En cours\s: \d+\smin restantes")
    )
    page.goto(server.url + "/")
    expect(page.locator("#lecteur")).to_be_visible()  # home keeps the bar for the article being played
    expect(page.locator("#bar-lien")).to_have_text(seed["title"])
    wait_until(page, f"Math.abs({AUDIO}.currentTime - 30.5) < 1.5 && {AUDIO}.paused")
    page.evaluate(f"{AUDIO}.currentTime = {seed['duration_ms'] / 1000 - 0.6}")
    page.click("#lecture")
    expect(row(page, seed["id"]).locator("[data-listening]")).to_have_text("Écouté", timeout=10_000)


def test_listen_next_plays_the_queued_article_when_one_ends(site, context):
    server, seed, fires = site
    page = context.new_page()
    page.goto(server.url + "/bibliotheque")
    row(page, seed["id"]).locator("[data-play]").click()
    wait_until(page, f"!{AUDIO}.paused")
    page.click("#lecture")
    queue = row(page, fires["id"]).locator("[data-queue]")
    queue.click()
    expect(queue).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#annonces")).to_have_text(f"«\u00a0{fires['title']}\u00a0» sera lu ensuite.")
    page.click("#plus")
    expect(page.locator("#file li")).to_have_count(1)
    expect(page.locator("#file li")).to_contain_text(fires["title"])
    page.goto(f"{server.url}/articles/{seed['id']}")
    wait_until(page, f"{AUDIO}.readyState >= 1")
    page.evaluate(f"{AUDIO}.currentTime = {seed['duration_ms'] / 1000 - 0.6}")
    page.click("#lecture")
    page.wait_for_url(f"{server.url}/articles/{fires['id']}", timeout=15_000)
    wait_until(page, f"!{AUDIO}.paused")
    assert page.evaluate("JSON.parse(localStorage.getItem('narrateur:a-suivre'))") == []
    page.evaluate(f"{AUDIO}.pause()")


def test_the_library_updates_itself(site, context):
    server = site[0]
    page = context.new_page()
    page.goto(server.url + "/bibliotheque")
    created = httpx.post(
        server.url + "/api/articles", json={"text": STRIKE + f" Version {time.monotonic_ns()}."}, timeout=30
    ).json()
    expect(row(page, created["id"])).to_be_visible(timeout=20_000)
    expect(row(page, created["id"]).locator(".badge")).to_have_text("Prêt", timeout=20_000)
    expect(page.locator("#annonces")).to_contain_text("est prêt à écouter", timeout=10_000)


def test_search_and_filter(site, context):
    server, seed, fires = site
    page = context.new_page()
    page.goto(server.url + "/bibliotheque")
    page.fill("#recherche", "forêt")
    page.click("form[role=search] button")
    expect(page.locator(".library-item")).to_have_count(1)
    expect(page.locator(".item-title")).to_have_text(fires["title"])
    page.fill("#recherche", "")
    page.select_option("#filtre", "echecs")
    page.click("form[role=search] button")
    expect(page.locator(".library-item")).to_have_count(0)
    expect(page.locator(".empty")).to_contain_text("Aucun article ne correspond")


def test_delete_with_a_confirmation_without_javascript(site, browser):
    server = site[0]
    doomed = server.narrate(
        text="Un article à supprimer\nCe paragraphe existe seulement pour être supprimé depuis la bibliothèque."
    )
    for width in WIDTHS.values():
        context = browser.new_context(viewport=width, java_script_enabled=False)
        page = context.new_page()
        page.goto(server.url + "/bibliotheque")
        if not row(page, doomed["id"]).count():
            context.close()
            continue
        confirm = row(page, doomed["id"]).locator("details.confirm")
        expect(confirm.locator("button")).to_be_hidden()
        confirm.locator("summary").click()
        expect(confirm).to_contain_text("C'est définitif.")
        confirm.locator("button").click()
        page.wait_for_url(server.url + "/bibliotheque?fait=supprime")
        expect(page.locator(".notice")).to_have_text("L'article a été supprimé.")
        expect(row(page, doomed["id"])).to_have_count(0)
        context.close()
    assert server.state(doomed["id"]).get("code") == "not_found"


def test_without_javascript_the_native_player_shows_and_the_custom_buttons_do_not(site, browser):
    server, seed, _ = site
    for width in WIDTHS.values():
        context = browser.new_context(viewport=width, java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{server.url}/articles/{seed['id']}")
        assert page.locator("audio[controls]").count() == 1
        expect(page.locator("audio")).to_be_visible()
        expect(page.locator("#commandes")).to_be_hidden()
        expect(page.locator("#transcription-aide")).to_be_hidden()
        assert page.locator(".phrase[tabindex]").count() == 0
        page.goto(server.url + "/bibliotheque")
        expect(page.locator("[data-play]").first).to_be_hidden()
        expect(page.locator("[data-queue]").first).to_be_hidden()
        context.close()


def test_a_failed_narration_is_retried_with_the_offline_voice(site, context):
    server = site[0]
    failed = server.narrate(text=STRIKE + f" Version {time.monotonic_ns()}.", engine="gtts")
    assert failed["status"] == "failed"
    page = context.new_page()
    page.goto(f"{server.url}/articles/{failed['id']}")
    expect(page.locator("#echec-titre")).to_have_text("La narration a échoué")
    expect(page.locator(".failure")).to_contain_text("Le service vocal de Google n'a pas abouti")
    expect(page.locator("a.chapter")).to_have_count(0)
    page.click("text=Réessayer avec la voix hors ligne")
    wait_until(page, f"({AUDIO}.getAttribute('src') || '').endsWith('/audio.mp3')", 30)
    expect(page.locator(".failure")).to_have_count(0)
    assert server.state(failed["id"])["engine"] == "espeak"


@pytest.mark.parametrize("javascript", [True, False])
def test_an_empty_form_is_announced_and_focused(site, browser, javascript):
    server = site[0]
    for width in WIDTHS.values():
        context = browser.new_context(viewport=width, java_script_enabled=javascript)
        page = context.new_page()
        page.goto(server.url + "/")
        page.click("button[type=submit]")
        error = page.locator("#erreur-form")
        expect(error).to_have_text("Donnez l'adresse d'un article, ou collez son texte ou son HTML.")
        assert error.get_attribute("role") == "alert"
        wait_until(page, "document.activeElement.id === 'erreur-form'")
        context.close()


def test_an_address_without_https_goes_to_the_field_in_french(site, context):
    server = site[0]
    page = context.new_page()
    page.goto(server.url + "/")
    page.fill("#champ-url", "localhost/article")
    page.click("button[type=submit]")
    expect(page.locator("#erreur-url")).to_have_text(
        "Seules les adresses de pages web (http ou https) peuvent être narrées."
    )
    expect(page.locator("#champ-url")).to_have_attribute("aria-invalid", "true")
    assert page.evaluate("document.activeElement.id") == "champ-url"


@pytest.mark.parametrize("path", ["/", "/bibliotheque"])
def test_keyboard_walk_of_home_and_library_focus_always_visible(site, context, path):
    server, seed, _ = site
    page = context.new_page()
    page.goto(server.url + "/")
    page.evaluate(f"localStorage.setItem('narrateur:dernier', '{seed['id']}')")
    page.goto(server.url + path)
    expect(page.locator("#lecteur")).to_be_visible()
    stops = []
    for _ in range(80):
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
    assert stops[:2] == ["skip-link", "recul"]
    assert "recherche" in stops or path == "/"
    assert any("button-small" in stop for stop in stops), "the rows' play buttons are reached"


def test_when_the_opening_ends_before_the_rest_is_ready_the_rest_follows_by_itself(tmp_path, browser):
    engine = Gate()
    with LiveServer(tmp_path, engine=engine) as server:
        created = server.narrate(wait=False, text=SEED_TEXT)
        server.wait(created["id"], lambda s: "opening_audio" in s["links"])
        context = browser.new_context(viewport=WIDTHS["phone"])
        page = context.new_page()
        page.goto(f"{server.url}/articles/{created['id']}")
        wait_until(page, f"{AUDIO}.readyState >= 1")
        early_end = page.evaluate(f"{AUDIO}.duration")
        page.evaluate(f"{AUDIO}.currentTime = {early_end - 0.5}")
        page.click("#lecture")
        wait_until(page, f"{AUDIO}.ended")
        expect(page.locator("#progression-debut")).to_contain_text("Le début est terminé")
        engine.release.set()
        wait_until(page, f"{AUDIO}.getAttribute('src').endsWith('/audio.mp3') && !{AUDIO}.paused", 60)
        assert page.evaluate(f"{AUDIO}.currentTime") >= early_end - 0.6
        page.evaluate(f"{AUDIO}.pause()")
        context.close()


def test_a_queued_article_deleted_meanwhile_is_skipped(site, context):
    server, seed, fires = site
    gone = server.narrate(
        text=f"Un article vite supprimé\nCe paragraphe {time.monotonic_ns()} sera supprimé avant d'être écouté."
    )
    page = context.new_page()
    page.goto(server.url + "/")
    page.evaluate(
        f"""localStorage.setItem('narrateur:a-suivre', JSON.stringify([{{id: '{gone["id"]}', title: 'x'}}, {{id: '{fires["id"]}', title: 'y'}}]))"""
    )
    assert httpx.delete(f"{server.url}/api/articles/{gone['id']}").status_code == 204
    page.goto(f"{server.url}/articles/{seed['id']}")
    wait_until(page, f"{AUDIO}.readyState >= 1")
    page.evaluate(f"{AUDIO}.currentTime = {seed['duration_ms'] / 1000 - 0.5}")
    page.click("#lecture")
    page.wait_for_url(f"{server.url}/articles/{fires['id']}", timeout=15_000)
    page.evaluate(f"{AUDIO}.pause()")
