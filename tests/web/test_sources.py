"""Sources in the service: the API (admin token for adding and removing), the service's own polling, one podcast
per source, the French page and its forms, and a clean stop."""

from __future__ import annotations

import html
import time

import feedparser
import pytest

from tests.local_site import LocalSite, atom, rss
from tests.paths import FIXTURES
from tests.sources.helpers import ARTICLES
from tests.web.helpers import form_token

SECRET = "un-jeton-assez-long-pour-compter"


@pytest.fixture
def site():
    with LocalSite() as running:
        for index, name in enumerate(ARTICLES):
            running.put(f"/a/{index}.html", "text/html; charset=utf-8", (FIXTURES / name).read_bytes())
        yield running


def entries(site, indexes) -> list[tuple[str, str, str]]:
    return [(f"guid-{index}", f"{site.url}/a/{index}.html", f"Article {index}") for index in indexes]


def wait_for(condition, timeout_s: float = 60):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("never happened")


def ready_titles(client) -> set[str]:
    return {a["title"] for a in client.get("/api/articles").json() if a["status"] == "ready"}


@pytest.mark.slow
def test_the_service_polls_its_sources_on_its_own(make_client, site):
    client = make_client(allow_private_urls=True)
    url = site.put("/rss.xml", "application/rss+xml", rss("Le fil", entries(site, range(3))))
    added = client.post("/api/sources", json={"url": url, "backfill": 3, "interval_minutes": 0.02})
    assert added.status_code == 201, added.text
    source = added.json()
    assert source["title"] == "Le fil" and source["counts"] == {"pending": 3}
    assert source["links"]["podcast"] == f"/feed.xml?source={source['id']}"
    assert added.headers["Location"] == f"/api/sources/{source['id']}"
    wait_for(lambda: len(ready_titles(client)) == 3)
    wait_for(lambda: client.get(f"/api/sources/{source['id']}").json()["counts"] == {"done": 3})

    site.put("/rss.xml", "application/rss+xml", rss("Le fil", entries(site, range(4))))
    wait_for(lambda: len(ready_titles(client)) == 4)
    assert [site.count(f"/a/{index}.html") for index in range(4)] == [1, 1, 1, 1]
    wait_for(lambda: site.count("/rss.xml", 304) >= 2)  # unchanged since: one small answer each time
    assert [site.count(f"/a/{index}.html") for index in range(4)] == [1, 1, 1, 1]


@pytest.mark.slow
def test_one_podcast_per_source(make_client, site):
    client = make_client(allow_private_urls=True)
    first = site.put("/un.xml", "application/rss+xml", rss("Premier fil", entries(site, [0, 1])))
    second = site.put("/deux.atom", "application/atom+xml", atom("Second fil", entries(site, [2])))
    one = client.post("/api/sources", json={"url": first, "backfill": 2}).json()
    two = client.post("/api/sources", json={"url": second, "backfill": 1}).json()
    wait_for(lambda: len(ready_titles(client)) == 3)
    wait_for(lambda: client.get(f"/api/sources/{one['id']}").json()["counts"] == {"done": 2})
    wait_for(lambda: client.get(f"/api/sources/{two['id']}").json()["counts"] == {"done": 1})

    whole = feedparser.parse(client.get("/feed.xml").content)
    own = feedparser.parse(client.get(f"/feed.xml?source={one['id']}").content)
    other = feedparser.parse(client.get(f"/feed.xml?source={two['id']}").content)
    assert len(whole.entries) == 3 and len(own.entries) == 2 and len(other.entries) == 1
    assert own.feed.title == "Premier fil · Narrateur"
    assert other.entries[0].title == "Les feux de forêt forcent l'évacuation de Fort Nelson"
    assert client.get("/feed.xml?source=0123456789abcdef").status_code == 404
    assert client.get("/feed.xml?source=../etc").status_code == 404


@pytest.mark.slow
def test_a_broken_item_is_shown_with_its_error_and_its_next_try(make_client, site):
    client = make_client(allow_private_urls=True)
    items = entries(site, [0]) + [("cassé", f"{site.url}/a/absent.html", "Cassé")]
    url = site.put("/rss.xml", "application/rss+xml", rss("Le fil", items))
    source = client.post("/api/sources", json={"url": url, "backfill": 2}).json()
    state = wait_for(lambda: (s := client.get(f"/api/sources/{source['id']}").json())["counts"].get("done") and s)
    failure = wait_for(lambda: client.get(f"/api/sources/{source['id']}").json()["failures"])[0]
    assert failure["status"] == "pending" and failure["attempts"] == 1 and failure["next_attempt_at"]
    assert "answered HTTP 404" in failure["error"] and failure["message"].startswith("La page ")
    assert state["counts"]["done"] == 1
    page = html.unescape(client.get("/sources").text)
    assert (
        "Articles pas encore lus à cause d'une erreur (1)" in page
        and "n'existe pas (erreur 404)" in page
        and "Nouvel essai dans" in page
    )


def test_adding_and_removing_need_the_admin_token_reading_does_not(make_client, site):
    client = make_client(allow_private_urls=True, admin_token=SECRET)
    url = site.put("/rss.xml", "application/rss+xml", rss("Le fil", entries(site, [0])))
    refused = client.post("/api/sources", json={"url": url})
    assert refused.status_code == 401 and refused.json()["code"] == "admin_token_required"
    assert site.count("/rss.xml") == 0
    bearer = {"Authorization": f"Bearer {SECRET}"}
    added = client.post("/api/sources", json={"url": url}, headers=bearer)
    assert added.status_code == 201 and added.json()["counts"] == {"skipped": 1}
    again = client.post("/api/sources", json={"url": url}, headers=bearer)
    assert again.status_code == 200 and again.json()["id"] == added.json()["id"]
    assert client.get("/api/sources").status_code == 200 and len(client.get("/api/sources").json()) == 1
    identifier = added.json()["id"]
    assert client.delete(f"/api/sources/{identifier}").status_code == 401
    assert client.delete(f"/api/sources/{identifier}", headers=bearer).status_code == 204
    assert client.get(f"/api/sources/{identifier}").json()["code"] == "not_found"
    assert client.delete(f"/api/sources/{identifier}", headers=bearer).status_code == 404


@pytest.mark.slow
def test_a_page_that_is_no_feed_is_refused_in_one_sentence(make_client, site):
    client = make_client(allow_private_urls=True)
    answer = client.post("/api/sources", json={"url": f"{site.url}/a/0.html"})
    assert answer.status_code == 422 and answer.json()["code"] == "not_a_feed"
    assert answer.json()["message"].startswith("L'adresse http://127.0.0.1")
    private = make_client(allow_private_urls=False).post("/api/sources", json={"url": f"{site.url}/rss.xml"})
    assert private.status_code == 422 and private.json()["code"] == "private_address"
    assert client.post("/api/sources", json={"url": "x", "backfill": -1}).status_code == 422


@pytest.mark.slow
def test_the_page_follows_and_unfollows_with_its_forms(make_client, site):
    client = make_client(allow_private_urls=True)
    url = site.put("/rss.xml", "application/rss+xml", rss("Le fil", entries(site, [0])))
    page = client.get("/sources")
    assert page.status_code == 200 and '<h1 id="titre">Sources</h1>' in page.text
    assert 'aria-current="page">Sources</a>' in page.text and "Aucune source pour l'instant" in page.text
    token = form_token(client)
    empty = client.post("/sources", data={"csrf": token, "url": "", "interval": "0"})
    assert empty.status_code == 422
    text = html.unescape(empty.text)
    assert "Donnez l'adresse du flux RSS ou Atom du site." in text and "entre 1 et 10080" in text
    followed = client.post(
        "/sources", data={"csrf": token, "url": url, "interval": "15", "backfill": "0"}, follow_redirects=False
    )
    assert followed.status_code == 303 and followed.headers["location"].startswith("/sources?fait=ajoute#source-")
    shown = html.unescape(client.get(followed.headers["location"]).text)
    assert "La source est suivie" in shown and "Le fil" in shown and "Relevé toutes les 15 minutes" in shown
    identifier = followed.headers["location"].rsplit("source-", 1)[1]
    no_token = client.post(f"/sources/{identifier}/supprimer", data={}, follow_redirects=False)
    assert no_token.status_code == 403
    removed = client.post(f"/sources/{identifier}/supprimer", data={"csrf": token}, follow_redirects=False)
    assert removed.status_code == 303 and "n'est plus suivie" in html.unescape(
        client.get(removed.headers["location"]).text
    )


@pytest.mark.slow
def test_the_page_asks_for_the_admin_token_once(make_client, site):
    client = make_client(allow_private_urls=True, admin_token=SECRET)
    url = site.put("/rss.xml", "application/rss+xml", rss("Le fil", entries(site, [0])))
    token = form_token(client)
    assert 'name="jeton"' in client.get("/sources").text
    wrong = client.post("/sources", data={"csrf": token, "url": url, "jeton": "pas-le-bon"})
    assert wrong.status_code == 401 and "Ce jeton d'administration n'est pas le bon." in html.unescape(wrong.text)
    assert site.count("/rss.xml") == 0
    right = client.post("/sources", data={"csrf": token, "url": url, "jeton": SECRET}, follow_redirects=False)
    assert right.status_code == 303
    assert 'name="jeton"' not in client.get("/sources").text  # remembered by this browser


def test_the_poller_stops_with_the_service(make_client, site):
    client = make_client(allow_private_urls=True, fetch_timeout_s=2)
    url = site.put("/rss.xml", "application/rss+xml", rss("Le fil", entries(site, range(4))))
    client.post("/api/sources", json={"url": url, "backfill": 4})
    poller = client.app.state.sources
    assert poller._thread.is_alive()
    client.__exit__(None, None, None)
    assert not poller._thread.is_alive()
