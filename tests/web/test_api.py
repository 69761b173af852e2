"""The HTTP API as a client uses it: statuses, the exact error sentences, the library, files and ranges."""

from __future__ import annotations

import threading

import pytest

from tests.paths import SEED_TEXT
from tests.web.helpers import wait_ready


def post(client, **body):
    return client.post("/api/articles", json=body)


def test_narrate_then_read_the_article(client):
    created = post(client, text=SEED_TEXT)
    assert created.status_code == 202 and created.headers["Location"] == f"/api/articles/{created.json()['id']}"
    state = wait_ready(client, created.json()["id"])
    assert state["status"] == "ready" and state["engine"] == "espeak"
    assert state["title"] == "Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN"
    assert [c["title"] for c in state["chapters"]] == [state["title"], "Réajuster les budgets militaires"]
    assert state["chapters"][1]["start_ms"] > 0 and state["chapters"][1]["end_ms"] == state["duration_ms"]
    quote = next(s for s in state["segments"] if s["text"].startswith("L'alliance reste fondamentale"))
    assert quote["kind"] == "quote" and quote["voice"] == "quote" and quote["speaker"] == "Jim Mattis"
    assert all(s["start_ms"] is not None and s["end_ms"] > s["start_ms"] for s in state["segments"])
    assert state["progress"] == {"done_segments": 20, "total_segments": 20, "percent": 100, "current_chapter": None}
    library = client.get("/api/articles").json()
    assert [a["id"] for a in library] == [state["id"]]


@pytest.mark.slow
def test_same_article_same_id_no_second_job(client):
    first = post(client, text=SEED_TEXT).json()
    again = post(client, text=SEED_TEXT)
    assert again.status_code == 200 and again.json()["id"] == first["id"]


@pytest.mark.slow
def test_twenty_clients_at_once_make_one_job(client):
    answers = []
    barrier = threading.Barrier(20)

    def one():
        barrier.wait()
        answers.append(post(client, text=SEED_TEXT))

    threads = [threading.Thread(target=one) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) == [200] * 19 + [202]
    assert len({a.json()["id"] for a in answers}) == 1
    assert len(client.get("/api/articles").json()) == 1


@pytest.mark.slow
def test_audio_ranges_etag_and_download_name(client):
    article_id = post(client, text=SEED_TEXT).json()["id"]
    wait_ready(client, article_id)
    url = f"/articles/{article_id}/audio.mp3"
    whole = client.get(url)
    assert whole.status_code == 200 and whole.headers["content-type"] == "audio/mpeg" and whole.content[:3] == b"ID3"
    assert whole.headers["accept-ranges"] == "bytes" and "max-age" in whole.headers["cache-control"]
    assert whole.headers["etag"] and whole.headers["last-modified"]
    part = client.get(url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == whole.content[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{len(whole.content)}"
    assert client.get(url, headers={"Range": f"bytes={len(whole.content) + 10}-"}).status_code == 416
    assert client.get(url, headers={"If-None-Match": whole.headers["etag"]}).status_code == 304
    head = client.head(url)
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) == len(whole.content)
    download = client.get(url + "?download=1")
    disposition = download.headers["content-disposition"]
    assert disposition.startswith(
        "attachment; filename=\"Les Etats-Unis s'efforcent de rassurer les Europeens sur l'OTAN.mp3\""
    )
    assert "filename*=UTF-8''Les%20%C3%89tats-Unis" in disposition


@pytest.mark.slow
def test_chapter_and_transcript_files(client):
    article_id = post(client, text=SEED_TEXT).json()["id"]
    wait_ready(client, article_id)
    chapters = client.get(f"/articles/{article_id}/chapters.json")
    assert chapters.headers["content-type"].startswith("application/json+chapters")
    assert chapters.json()["chapters"][1]["title"] == "Réajuster les budgets militaires"
    assert client.get(f"/articles/{article_id}/chapters.vtt").text.startswith("WEBVTT")
    assert "<v Jim Mattis>" in client.get(f"/articles/{article_id}/transcript.vtt").text
    assert client.get(f"/articles/{article_id}/chapitre-02.mp3").status_code == 200
    assert client.get(f"/articles/{article_id}/cover.jpg").content[:2] == b"\xff\xd8"


@pytest.mark.slow
def test_delete_removes_article_and_audio(client):
    article_id = post(client, text=SEED_TEXT).json()["id"]
    wait_ready(client, article_id)
    assert client.delete(f"/api/articles/{article_id}").status_code == 204
    assert client.get(f"/api/articles/{article_id}").status_code == 404
    assert client.get(f"/articles/{article_id}/audio.mp3").status_code == 404
    assert client.delete(f"/api/articles/{article_id}").status_code == 404


@pytest.mark.slow
def test_feed_lists_ready_articles(client):
    import feedparser

    article_id = post(client, text=SEED_TEXT).json()["id"]
    wait_ready(client, article_id)
    feed = feedparser.parse(client.get("/feed.xml").content)
    entry = feed.entries[0]
    assert entry.id == article_id and entry.enclosures[0]["href"].endswith(f"/articles/{article_id}/audio.mp3")
    assert int(entry.enclosures[0]["length"]) == len(client.get(f"/articles/{article_id}/audio.mp3").content)


@pytest.mark.slow
def test_show_cover_for_the_feed(client):
    cover = client.get("/cover.jpg")
    assert (
        cover.status_code == 200 and cover.headers["content-type"] == "image/jpeg" and cover.content[:2] == b"\xff\xd8"
    )


def test_healthz_and_headers(client):
    answer = client.get("/healthz")
    assert answer.json() == {"status": "ok"}
    assert "default-src 'self'" in answer.headers["content-security-policy"]
    assert (
        "access-control-allow-origin" not in client.get("/api/articles", headers={"Origin": "http://evil.test"}).headers
    )


@pytest.mark.slow
def test_gtts_narration_through_the_service_against_a_fake_google(make_client):
    from tests.speech.fake_google import FakeGoogle

    with FakeGoogle() as fake:
        client = make_client(gtts_base_url=fake.url)
        article_id = post(client, text=SEED_TEXT, engine="gtts").json()["id"]
        state = wait_ready(client, article_id)
    assert state["status"] == "ready" and state["engine"] == "gtts"
    assert {request["lang"] for request in fake.requests} == {"fr"}
    assert {request["tld"] for request in fake.requests} == {
        "fr",
        "ca",
    }  # narrator from France, first quote voice from Canada
    assert client.get(f"/articles/{article_id}/audio.mp3").status_code == 200


@pytest.mark.slow
def test_auto_falls_back_to_espeak_when_google_is_unreachable(make_client):
    client = make_client(gtts_base_url="http://127.0.0.1:9", gtts_retries=0)
    article_id = post(client, text=SEED_TEXT, engine="auto").json()["id"]
    state = wait_ready(client, article_id)
    assert state["engine"] == "espeak" and "could not be reached" in state["engine_note"]
