"""The pages as HTML: credits, the library (search, filter, delete, retry), the simplified page, the readable
transcript, French typography and the favicon."""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

import pytest

from app.article.model import script_json
from app.library import article_id
from tests.paths import SEED_TEXT
from tests.web.helpers import form_token, wait_ready

NBSP = "\u00a0"


def add_article(client, text: str, **about) -> dict:
    """An article whose page said who wrote it, when and where (the script carries author, published, source_url)."""
    services = client.app.state.services
    article = replace(services.script(text, "text"), **about)
    identifier = article_id(article)
    client.app.state.store.add(
        identifier, article.title, article.source_url, script_json(article), "espeak", len(article.segments)
    )
    client.app.state.jobs.submit(identifier)
    return wait_ready(client, identifier)


def text_of(answer) -> str:
    """The page's words as a reader gets them: tags out, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", " ", answer.text))


BYLINE = {
    "author": "Anne Dupont",
    "published": "2024-03-05T08:30:00+01:00",
    "source_url": "https://www.lemonde.fr/international/article/otan",
}


@pytest.mark.slow
def test_credits_on_the_listening_page_the_simplified_page_and_the_library(client):
    state = add_article(client, SEED_TEXT, **BYLINE, standfirst="Jim Mattis a voulu rassurer ses alliés.")
    for page in (
        f"/articles/{state['id']}",
        f"/articles/{state['id']}/simple",
        f"/articles/{state['id']}/transcription",
        "/",
        "/bibliotheque",
    ):
        words = " ".join(text_of(client.get(page)).split())
        assert "Par Anne Dupont" in words and "lemonde.fr" in words and "5 mars 2024" in words, page
    listening = client.get(f"/articles/{state['id']}").text
    assert 'href="https://www.lemonde.fr/international/article/otan"' in listening
    assert '<time datetime="2024-03-05T08:30:00+01:00">5 mars 2024</time>' in listening
    assert "Jim Mattis a voulu rassurer ses alliés." in unescape(listening)
    api = client.get(f"/api/articles/{state['id']}").json()
    assert (api["author"], api["published"], api["source_url"]) == (
        "Anne Dupont",
        BYLINE["published"],
        BYLINE["source_url"],
    )


@pytest.mark.slow
def test_library_search_by_title_author_or_source_and_filter_failed(make_client):
    client = make_client(gtts_base_url="http://127.0.0.1:9", gtts_retries=0)
    add_article(client, SEED_TEXT, **BYLINE)
    add_article(
        client,
        "Les feux de forêt gagnent du terrain\nLes pompiers de Colombie-Britannique luttent contre un incendie qui menace la ville.",
        author="Éric Tremblay",
        source_url="https://ici.radio-canada.ca/nouvelle/1",
    )
    failed = client.post(
        "/api/articles",
        json={
            "text": "Grève dans les transports\nLes syndicats appellent à une grève jeudi dans le métro.",
            "engine": "gtts",
        },
    ).json()
    assert wait_ready(client, failed["id"])["status"] == "failed"

    def titles(query: str) -> list[str]:
        page = client.get("/bibliotheque" + query)
        return [unescape(t) for t in re.findall(r'<h3 class="item-title"><a href="[^"]+">([^<]+)</a>', page.text)]

    assert len(titles("")) == 3
    assert titles("?q=eric") == ["Les feux de forêt gagnent du terrain"]  # accents and case do not matter
    assert titles("?q=OTAN+rassurer") == ["Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN"]
    assert titles("?q=radio-canada") == ["Les feux de forêt gagnent du terrain"]
    assert titles("?etat=echecs") == ["Grève dans les transports"]
    assert titles("?etat=echecs&q=otan") == []
    assert "Aucun article ne correspond" in unescape(client.get("/bibliotheque?q=zzz").text)
    failed_row = text_of(client.get("/bibliotheque?etat=echecs"))
    assert "Le service vocal de Google n'a pas abouti après 1 essai (service injoignable)." in " ".join(
        failed_row.split()
    )
    assert "Réessayer" in failed_row


@pytest.mark.slow
def test_delete_from_the_library_needs_a_confirmation_the_pages_token_and_the_same_origin(client):
    state = add_article(client, SEED_TEXT)
    library = client.get("/bibliotheque").text
    assert '<details class="confirm">' in library and "Supprimer définitivement" in library
    token = form_token(client)
    url = f"/articles/{state['id']}/supprimer"
    no_token = client.post(url, data={"csrf": ""}, headers={"Accept": "text/html"})
    assert no_token.status_code == 403 and "Ce formulaire a expiré ou ne vient pas de Narrateur" in unescape(
        no_token.text
    )
    elsewhere = client.post(
        url, data={"csrf": token}, headers={"Origin": "https://evil.example", "Accept": "text/html"}
    )
    assert elsewhere.status_code == 403
    cross_site = client.post(url, data={"csrf": token}, headers={"Sec-Fetch-Site": "cross-site"})
    assert cross_site.status_code == 403 and cross_site.json()["code"] == "form_forbidden"
    assert client.get(f"/api/articles/{state['id']}").status_code == 200
    done = client.post(
        url,
        data={"csrf": token, "retour": "/bibliotheque"},
        headers={"Origin": "http://testserver"},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"] == "/bibliotheque?fait=supprime"
    assert client.get(f"/api/articles/{state['id']}").status_code == 404
    assert "L'article a été supprimé." in unescape(client.get(done.headers["location"]).text)


@pytest.mark.slow
def test_forms_sent_from_the_public_address_pass_behind_a_proxy_that_rewrites_host(make_client):
    client = make_client(public_base_url="https://ecoute.example.org")
    state = add_article(client, SEED_TEXT)
    done = client.post(
        f"/articles/{state['id']}/supprimer",
        data={"csrf": form_token(client)},
        headers={"Origin": "https://ecoute.example.org", "Host": "127.0.0.1:8000"},
        follow_redirects=False,
    )
    assert done.status_code == 303


@pytest.mark.slow
def test_a_failed_narration_is_retried_from_its_page_with_the_offline_voice(make_client):
    client = make_client(gtts_base_url="http://127.0.0.1:9", gtts_retries=0)
    failed = client.post("/api/articles", json={"text": SEED_TEXT, "engine": "gtts"}).json()
    assert wait_ready(client, failed["id"])["status"] == "failed"
    page = client.get(f"/articles/{failed['id']}").text
    assert "La narration a échoué" in page and 'class="chapter"' not in page
    assert (
        '<button type="submit" class="button-secondary" name="engine" value="espeak">Réessayer avec la voix hors ligne</button>'
        in page
    )
    assert "Le service vocal de Google n&#39;a pas abouti" in page
    again = client.post(
        f"/articles/{failed['id']}/reessayer",
        data={"csrf": form_token(client), "engine": "espeak"},
        follow_redirects=False,
    )
    assert again.status_code == 303 and again.headers["location"] == f"/articles/{failed['id']}"
    state = wait_ready(client, failed["id"])
    assert (state["status"], state["engine"]) == ("ready", "espeak")
    refused = client.post(f"/api/articles/{failed['id']}/retry")
    assert refused.status_code == 409 and refused.json()["code"] == "not_failed"
    assert refused.json()["message"] == "Seule une narration qui a échoué peut être relancée."


@pytest.mark.slow
def test_the_api_retries_a_failed_narration(make_client):
    client = make_client(gtts_base_url="http://127.0.0.1:9", gtts_retries=0)
    failed = client.post("/api/articles", json={"text": SEED_TEXT, "engine": "gtts"}).json()
    assert wait_ready(client, failed["id"])["status"] == "failed"
    assert client.get(f"/api/articles/{failed['id']}").json()["links"]["retry"] == f"/api/articles/{failed['id']}/retry"
    answer = client.post(f"/api/articles/{failed['id']}/retry", json={"engine": "espeak"})
    assert answer.status_code == 202 and answer.json()["status"] in ("queued", "rendering")
    assert wait_ready(client, failed["id"])["engine"] == "espeak"


@pytest.mark.slow
def test_the_admin_token_guards_deleting_and_retrying_while_reading_stays_open(make_client):
    secret = "un-jeton-assez-long-pour-compter"
    client = make_client(admin_token=secret)
    state = add_article(client, SEED_TEXT)
    assert client.get("/api/articles").status_code == 200 and client.get(f"/articles/{state['id']}").status_code == 200
    refused = client.delete(f"/api/articles/{state['id']}")
    assert refused.status_code == 401 and refused.json()["code"] == "admin_token_required"
    assert refused.headers["www-authenticate"].startswith("Bearer")
    assert (
        client.delete(
            f"/api/articles/{state['id']}", headers={"Authorization": "Bearer wrong-token-of-some-length"}
        ).status_code
        == 401
    )
    assert client.post(f"/api/articles/{state['id']}/retry").status_code == 401

    token = form_token(client)
    assert 'name="jeton" type="password"' in client.get("/bibliotheque").text
    asked = client.post(f"/articles/{state['id']}/supprimer", data={"csrf": token})
    assert asked.status_code == 401 and "Jeton d'administration" in asked.text
    wrong = client.post(f"/articles/{state['id']}/supprimer", data={"csrf": token, "jeton": "pas le bon jeton du tout"})
    assert wrong.status_code == 401 and "Ce jeton d&#39;administration n&#39;est pas le bon." in wrong.text
    done = client.post(
        f"/articles/{state['id']}/supprimer", data={"csrf": token, "jeton": secret}, follow_redirects=False
    )
    assert done.status_code == 303 and client.get(f"/api/articles/{state['id']}").status_code == 404
    # Typed once, the token is remembered by this browser: the forms stop asking.
    assert 'name="jeton" type="password"' not in client.get("/bibliotheque").text
    other = add_article(client, "Un autre article\nAvec un paragraphe assez long pour être lu à voix haute.")
    assert (
        client.post(f"/articles/{other['id']}/supprimer", data={"csrf": token}, follow_redirects=False).status_code
        == 303
    )
    third = add_article(client, "Un troisième article\nEncore un paragraphe assez long pour être lu à voix haute.")
    assert (
        client.delete(f"/api/articles/{third['id']}", headers={"Authorization": f"Bearer {secret}"}).status_code == 204
    )


@pytest.mark.slow
def test_simplified_page_has_the_whole_article_first_then_chapters_with_quotes_and_speakers(client):
    state = add_article(client, SEED_TEXT)
    page = client.get(f"/articles/{state['id']}/simple").text
    sources = re.findall(r'<audio controls preload="none" src="([^"]+)"', page)
    assert sources == [
        f"/articles/{state['id']}/audio.mp3",
        f"/articles/{state['id']}/chapitre-01.mp3",
        f"/articles/{state['id']}/chapitre-02.mp3",
    ]
    headings = [unescape(h) for h in re.findall(r"<h2 id=\"[^\"]+\">([^<]+)</h2>", page)]
    assert headings[:3] == ["Écouter l'article en entier", "Début de l'article", "Réajuster les budgets militaires"]
    assert state["title"] not in headings
    assert f"<blockquote><p>«{NBSP}L&#39;alliance reste fondamentale" in page
    assert "<footer>— <cite>Jim Mattis</cite></footer>" in page
    assert "<script" not in page.split("</main>")[0]


@pytest.mark.slow
def test_readable_transcript_as_a_page_and_as_text(client):
    state = add_article(client, SEED_TEXT, **BYLINE)
    page = client.get(f"/articles/{state['id']}/transcription")
    assert page.status_code == 200 and "Réajuster les budgets militaires</h2>" in page.text
    assert "<footer>— <cite>Jim Mattis</cite></footer>" in page.text
    text = client.get(f"/articles/{state['id']}/transcription.txt")
    assert text.headers["content-type"] == "text/plain; charset=utf-8"
    lines = text.text.splitlines()
    assert lines[0] == state["title"] and lines[1] == "Par Anne Dupont · 5 mars 2024 · lemonde.fr"
    assert f"«{NBSP}L'alliance reste fondamentale pour les États-Unis et pour toute la" in text.text
    assert "— Jim Mattis" in lines and "Réajuster les budgets militaires" in lines
    assert "-->" not in text.text and "WEBVTT" not in text.text
    download = client.get(f"/articles/{state['id']}/transcription.txt?download=1")
    assert "filename*=UTF-8''Les%20%C3%89tats-Unis" in download.headers["content-disposition"]
    assert ".txt" in download.headers["content-disposition"]


def test_guillemets_and_high_punctuation_keep_their_words(client):
    state = add_article(
        client,
        "Un titre : les « alliés » inquiets\nLe ministre a répondu « oui » au projet ; ses collègues, eux, se demandent encore : pourquoi pas ? Le vote aura lieu jeudi.",
    )
    for page in (f"/articles/{state['id']}", f"/articles/{state['id']}/simple", "/bibliotheque"):
        words = unescape(client.get(page).text)
        assert f"«{NBSP}alliés{NBSP}»" in words and f"titre{NBSP}: les" in words, page
        assert "« " not in words and " »" not in words, page
        assert page == "/bibliotheque" or f"«{NBSP}oui{NBSP}»" in words
    assert (
        f"répondu «{NBSP}oui{NBSP}» au projet\u202f; ses collègues, eux, se demandent encore{NBSP}: pourquoi pas\u202f?"
        in unescape(client.get(f"/articles/{state['id']}/transcription").text)
    )


def test_favicon(client):
    icon = client.get("/favicon.ico")
    assert (
        icon.status_code == 200
        and icon.headers["content-type"] == "image/x-icon"
        and icon.content[:4] == b"\x00\x00\x01\x00"
    )
    assert client.get("/static/favicon.svg").status_code == 200
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in client.get("/").text


@pytest.mark.parametrize("given", ["www.example.com/article", "example.com/article"])
def test_an_address_without_https_is_understood(make_client, given):
    def no_such_host(host, port):
        from app.errors import FetchError

        raise FetchError(f"The address {host} cannot be found", "check the URL")

    client = make_client(resolver=no_such_host)
    answer = client.post("/api/articles", json={"url": given})
    assert answer.status_code == 422 and answer.json()["code"] == "host_not_found"
    host = given.split("/")[0]
    assert answer.json()["message"] == f"L'adresse {host} est introuvable{NBSP}: vérifiez l'URL."
    form = client.post("/articles", data={"url": given, "csrf": form_token(client)})
    assert form.status_code == 422 and f"L'adresse {host} est introuvable" in unescape(form.text)


@pytest.mark.slow
def test_failed_page_says_why_auto_fell_back(make_client):
    client = make_client(gtts_base_url="http://127.0.0.1:9", gtts_retries=0)
    state = client.post("/api/articles", json={"text": SEED_TEXT, "engine": "auto"}).json()
    assert wait_ready(client, state["id"])["engine"] == "espeak"
    page = " ".join(text_of(client.get(f"/articles/{state['id']}")).split())
    assert (
        "Choix automatique : voix hors ligne (espeak-ng), parce que le service vocal de Google n'a pas répondu "
        "(service injoignable) et qu'aucune voix Piper n'est installée."
    ) in page.replace(NBSP, " ")


@pytest.mark.slow
def test_what_was_not_read_is_listed_with_why_old_rows_included(client):
    from app.article.model import Dropped

    state = add_article(
        client,
        SEED_TEXT,
        dropped=(
            Dropped("Lire aussi : la défense européenne", "related"),
            Dropped("Accueil", "chrome"),
            Dropped("Zut", "something-new"),
        ),
    )
    record = client.app.state.store.get(state["id"])
    for page in (f"/articles/{state['id']}", f"/articles/{state['id']}/transcription"):
        words = " ".join(text_of(client.get(page)).split()).replace(NBSP, " ")
        assert "Passages de la page non lus (3)" in words
        assert "Lire aussi : la défense européenne (lien vers un autre article)" in words
        assert "Accueil (habillage de la page)" in words and "Zut (autre)" in words
    # Scripts stored before reasons existed hold bare strings.
    from app.web import reading

    old = replace(record, script={**record.script, "dropped": ["Retour", "Plus d'articles"]})
    assert reading.dropped(old) == [("Retour", "habillage de la page"), ("Plus d'articles", "habillage de la page")]
