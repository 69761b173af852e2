"""HTTP as clients and caches use it: conditional ranges, malformed and multiple ranges, weak validators, HEAD
wherever GET is, bodies that are not UTF-8 or nest too deep, a size limit in bytes, safe download names."""

from __future__ import annotations

import threading
from email.utils import formatdate

import pytest

from tests.paths import SEED_TEXT
from tests.speech.fakes import FakeEngine
from tests.web.helpers import wait_ready


@pytest.fixture(scope="module")
def ready(tmp_path_factory):
    """One narrated article, shared by the tests that only read it."""
    from fastapi.testclient import TestClient

    from app.services import build_services
    from app.web.app import create_app
    from tests.web.helpers import make_settings

    settings = make_settings(tmp_path_factory.mktemp("http"))
    with TestClient(
        create_app(settings, build_services(settings, espeak=FakeEngine("espeak", ms_per_char=20)))
    ) as client:
        article_id = client.post("/api/articles", json={"text": SEED_TEXT}).json()["id"]
        assert wait_ready(client, article_id)["status"] == "ready"
        whole = client.get(f"/articles/{article_id}/audio.mp3")
        yield client, article_id, whole


def test_audio_answers_carry_the_security_headers_and_validators(ready):
    client, article_id, whole = ready
    for url in (f"/articles/{article_id}/audio.mp3", f"/articles/{article_id}/chapitre-01.mp3"):
        answer = client.get(url, headers={"Range": "bytes=0-99"})
        assert answer.status_code == 206 and len(answer.content) == 100
        assert (
            answer.headers["x-content-type-options"] == "nosniff"
            and "default-src 'self'" in answer.headers["content-security-policy"]
        )
        assert answer.headers["etag"] and answer.headers["last-modified"] and answer.headers["accept-ranges"] == "bytes"


def test_if_range_with_a_stale_validator_sends_the_whole_file(ready):
    client, article_id, whole = ready
    url = f"/articles/{article_id}/audio.mp3"
    etag, modified = whole.headers["etag"], whole.headers["last-modified"]
    fresh = client.get(url, headers={"Range": "bytes=0-99", "If-Range": etag})
    assert fresh.status_code == 206 and fresh.content == whole.content[:100]
    stale = client.get(url, headers={"Range": "bytes=0-99", "If-Range": '"an-old-version"'})
    assert stale.status_code == 200 and stale.content == whole.content
    assert client.get(url, headers={"Range": "bytes=0-99", "If-Range": modified}).status_code == 206
    older = formatdate(0, usegmt=True)
    assert client.get(url, headers={"Range": "bytes=0-99", "If-Range": older}).status_code == 200


@pytest.mark.parametrize("header", ["bytes=abc", "items=0-10", "bytes=9-2", "bytes=", "bytes=-", "bytes=0-1-2"])
def test_a_malformed_range_is_ignored(ready, header):
    client, article_id, whole = ready
    answer = client.get(f"/articles/{article_id}/audio.mp3", headers={"Range": header})
    assert answer.status_code == 200 and answer.content == whole.content


def test_multiple_ranges(ready):
    client, article_id, whole = ready
    url = f"/articles/{article_id}/audio.mp3"
    size = len(whole.content)
    one_good = client.get(url, headers={"Range": f"bytes=0-9, {size + 100}-"})
    assert one_good.status_code == 206 and one_good.content == whole.content[:10]
    assert one_good.headers["content-range"] == f"bytes 0-9/{size}"
    two = client.get(url, headers={"Range": "bytes=0-9,20-29"})
    assert two.status_code == 206 and two.headers["content-type"].startswith("multipart/byteranges; boundary=")
    boundary = two.headers["content-type"].split("boundary=")[1]
    parts = [p for p in two.content.split(b"--" + boundary.encode()) if p.strip(b"\r\n-")]
    assert len(parts) == 2
    assert (
        b"Content-Range: bytes 0-9/" in parts[0]
        and parts[0].split(b"\r\n\r\n", 1)[1].rstrip(b"\r\n") == whole.content[:10]
    )
    assert (
        b"Content-Range: bytes 20-29/" in parts[1]
        and parts[1].split(b"\r\n\r\n", 1)[1].rstrip(b"\r\n") == whole.content[20:30]
    )
    none = client.get(url, headers={"Range": f"bytes={size + 1}-, {size + 50}-"})
    assert none.status_code == 416 and none.headers["content-range"] == f"bytes */{size}"


@pytest.mark.parametrize("tag", ["weak", "star", "list"])
def test_weak_validators_and_star_revalidate(ready, tag):
    client, article_id, whole = ready
    etag = whole.headers["etag"]
    header = {"weak": f"W/{etag}", "star": "*", "list": f'"other", W/{etag}'}[tag]
    answer = client.get(f"/articles/{article_id}/audio.mp3", headers={"If-None-Match": header})
    assert answer.status_code == 304 and answer.content == b""


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/healthz",
        "/feed.xml",
        "/cover.jpg",
        "/api/articles",
        "/api/articles/{id}",
        "/articles/{id}",
        "/articles/{id}/simple",
        "/articles/{id}/audio.mp3",
        "/articles/{id}/chapters.json",
        "/articles/{id}/chapters.vtt",
        "/articles/{id}/transcript.vtt",
        "/articles/{id}/cover.jpg",
        "/articles/{id}/chapitre-01.mp3",
        "/articles/{id}/chapitre-02.mp3",
        "/api/articles/{id}/events",
        "/static/style.css",
    ],
)
def test_head_answers_wherever_get_does(ready, path):
    client, article_id, _ = ready
    url = path.replace("{id}", article_id)
    head = client.head(url)
    assert head.status_code == 200, head.text
    assert head.content == b""
    if not url.endswith("/events"):
        get = client.get(url)
        assert head.headers["content-type"] == get.headers["content-type"]


def test_a_body_that_is_not_utf8_or_nests_too_deep_is_422(client):
    latin1 = '{"text": "Un été à Montréal, un paragraphe assez long."}'.encode("latin-1")
    answer = client.post("/api/articles", content=latin1, headers={"Content-Type": "application/json"})
    assert (answer.status_code, answer.json()["detail"]) == (
        422,
        "The request body is not UTF-8: send JSON encoded in UTF-8.",
    )
    assert answer.json()["code"] == "unreadable_encoding" and answer.json()["message"].startswith("Le corps")
    deep = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    answer = client.post("/api/articles", content=deep, headers={"Content-Type": "application/json"})
    assert (answer.status_code, answer.json()["detail"]) == (422, "The request body's JSON is nested too deeply.")


def accented_article(utf8_bytes: int) -> str:
    """French text so accented (and with no-break spaces, as French typography has) that its JSON, escaped to
    ASCII, is about 2.5 times its UTF-8."""
    sentence = "Été\u00a0réélu\u00a0créé\u00a0épée\u00a0évité\u00a0à\u00a0côté\u00a0où\u00a0déjà\u00a0!"
    lines, size = ["Un titre élevé à l'été"], 0
    while size < utf8_bytes:
        paragraph = " ".join([sentence] * 8)
        lines.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return "\n".join(lines)


class Held(FakeEngine):
    def __init__(self) -> None:
        super().__init__("espeak", ms_per_char=20)
        self.release = threading.Event()

    def synthesize(self, text, voice):
        self.release.wait(60)
        return super().synthesize(text, voice)


def test_the_size_limit_counts_the_texts_bytes_not_the_bodys_escapes(make_client):
    engine = Held()
    client = make_client(engine=engine, max_input_bytes=100_000)
    try:
        text = accented_article(95_000)
        body_bytes = len(__import__("json").dumps({"text": text}).encode())
        assert body_bytes > 2 * 100_000 + 10_000 and len(text.encode("utf-8")) < 100_000
        assert client.post("/api/articles", json={"text": text}).status_code == 202
        too_long = accented_article(110_000)
        assert len(too_long) < 100_000 < len(too_long.encode("utf-8"))
        answer = client.post("/api/articles", json={"text": too_long})
        assert answer.status_code == 413 and answer.json()["detail"] == (
            f"The text is {len(too_long.encode('utf-8')) // 1000} kB, over the limit of 100 kB."
        )
    finally:
        engine.release.set()


def test_bidirectional_controls_never_reach_a_download_name(client):
    title = "Rapport\u202egnp.exe\u2066 sur l'\u200fOTAN"
    article_id = client.post(
        "/api/articles", json={"text": f"{title}\nUn paragraphe de l'article, assez long pour compter."}
    ).json()["id"]
    wait_ready(client, article_id)
    disposition = client.get(f"/articles/{article_id}/audio.mp3?download=1").headers["content-disposition"]
    for control in ("%E2%80%AE", "%E2%81%A6", "%E2%80%8F"):
        assert control not in disposition
    assert "filename*=UTF-8''Rapportgnp.exe%20sur%20l%27OTAN.mp3" in disposition


@pytest.mark.parametrize(
    "url,detail",
    [
        ("http://[::1", "The URL http://[::1 is not a valid web address: check how it was copied."),
        ("http://[zz]/", "The URL http://[zz]/ is not a valid web address: check how it was copied."),
        ("http://a:99999/", "The URL http://a:99999/ is not a valid web address: check how it was copied."),
        (
            "http://[::127.0.0.1]:18080/",
            "The URL http://[::127.0.0.1]:18080/ points to a private or local address: Narrateur only fetches public web pages.",
        ),
        (
            "http://[64:ff9b::a9fe:a9fe]/",
            "The URL http://[64:ff9b::a9fe:a9fe]/ points to a private or local address: Narrateur only fetches public web pages.",
        ),
    ],
)
def test_malformed_and_disguised_local_urls_get_one_sentence(shared_client, url, detail):
    answer = shared_client.post("/api/articles", json={"url": url})
    assert (answer.status_code, answer.json()["detail"]) == (422, detail)
    assert answer.json()["code"] in ("invalid_url", "private_address")
