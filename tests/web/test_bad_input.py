"""Callers' mistakes: one clear sentence and a 4xx, nothing stored, never a 500."""

from html import unescape

import pytest

from tests.web.helpers import form_token, wait_ready


@pytest.mark.parametrize(
    "body,status,detail,code",
    [
        ({"text": ""}, 422, "Send exactly one of text, html or url.", "one_input_expected"),
        ({"text": "   \n  "}, 422, "The input is empty: paste the text or HTML of an article.", "empty_input"),
        (
            {"text": "Retour\nPlus d'articles\nVidéo du jour"},
            422,
            "No article text was found: the input holds only navigation, links or headlines, no paragraph.",
            "no_article_text",
        ),
        (
            {"text": "\x00\x01\x02\x03\x04\x05\x06 binaire \x07\x08"},
            422,
            "The input is binary data, not text or HTML: it holds control characters.",
            "binary_input",
        ),
        (
            {"html": "<html><head><script>x()</script></head><body></body></html>"},
            422,
            "No article text was found in the HTML: the page holds only scripts, styles or markup.",
            "no_article_text",
        ),
        (
            {"text": "Un titre", "url": "https://example.com/"},
            422,
            "Send exactly one of text, html or url.",
            "one_input_expected",
        ),
        (
            {"text": "Un titre\nUn paragraphe qui est assez long pour compter.", "engine": "klingon"},
            422,
            "Invalid engine: use auto, espeak, gtts or piper.",
            "unknown_engine",
        ),
        ({"txt": "x"}, 422, "Unknown field 'txt': send text, html or url, and optionally engine.", "unknown_field"),
        ({"text": 42}, 422, "Invalid text: input should be a valid string.", "invalid_field"),
        (
            {"url": "ftp://example.com/article"},
            422,
            "Only http and https URLs of a web page can be narrated.",
            "unsupported_url",
        ),
        (
            {"url": "http://127.0.0.1:8000/"},
            422,
            "The URL http://127.0.0.1:8000/ points to a private or local address: Narrateur only fetches public web pages.",
            "private_address",
        ),
    ],
)
def test_one_sentence_4xx(shared_client, body, status, detail, code):
    answer = shared_client.post("/api/articles", json=body)
    assert (answer.status_code, answer.json()["detail"], answer.json()["code"]) == (status, detail, code)
    assert shared_client.get("/api/articles").json() == []


def test_malformed_json(shared_client):
    answer = shared_client.post("/api/articles", content=b"{not json", headers={"Content-Type": "application/json"})
    assert (answer.status_code, answer.json()["detail"], answer.json()["code"]) == (
        422,
        "The request body is not valid JSON.",
        "invalid_json",
    )


def test_too_long(make_client):
    client = make_client(max_input_bytes=5000)
    answer = client.post("/api/articles", json={"text": "Un titre\n" + "Une phrase de l'article. " * 400})
    assert answer.status_code == 413 and answer.json()["detail"].startswith("The text is 10 kB, over the limit of 5 kB")
    huge = client.post("/api/articles", content=b"x" * 50_000, headers={"Content-Type": "application/json"})
    assert (huge.status_code, huge.json()["detail"], huge.json()["code"]) == (
        413,
        "The request is too large.",
        "too_large",
    )


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles/0123456789abcdef",
        "/api/articles/../../etc/passwd",
        "/articles/nope/audio.mp3",
        "/articles/0123456789abcdef/simple",
        "/articles/0123456789abcdef/chapitre-x1.mp3",
    ],
)
def test_unknown_ids_are_404(shared_client, path):
    answer = shared_client.get(path)
    assert answer.status_code == 404 and answer.json()["detail"].endswith(".")


def test_rate_limit_per_client(make_client):
    client = make_client(narrations_per_client_per_hour=2)
    for number in range(2):
        assert (
            client.post(
                "/api/articles",
                json={"text": f"Titre {number}\nUn paragraphe numéro {number} assez long pour compter."},
            ).status_code
            == 202
        )
    third = client.post("/api/articles", json={"text": "Titre trois\nUn troisième paragraphe assez long pour compter."})
    assert third.status_code == 429 and int(third.headers["Retry-After"]) > 0
    assert third.json()["detail"].startswith("Too many new narrations from this client")


def test_queue_bound(make_client):
    import threading

    from tests.speech.fakes import FakeEngine

    class Held(FakeEngine):
        """Speaks nothing until released: the first narration is still running when the second arrives."""

        def __init__(self) -> None:
            super().__init__("espeak")
            self.release = threading.Event()

        def synthesize(self, text, voice):
            self.release.wait(60)
            return super().synthesize(text, voice)

    engine = Held()
    client = make_client(engine=engine, max_queued_jobs=1)
    try:
        first = client.post("/api/articles", json={"text": "Titre un\nUn premier paragraphe assez long pour compter."})
        assert first.status_code == 202
        second = client.post(
            "/api/articles", json={"text": "Titre deux\nUn second paragraphe assez long pour compter."}
        )
        assert (
            second.status_code == 503
            and second.json()["detail"] == "Too many narrations are waiting: try again in a few minutes."
        )
    finally:
        engine.release.set()


def test_article_text_is_escaped_in_pages(client):
    hostile = "Un titre <script>alert('x')</script> piégé\nUn paragraphe <img src=x onerror=alert(1)> assez long pour compter."
    article_id = client.post("/api/articles", json={"text": hostile}).json()["id"]
    wait_ready(client, article_id)
    for page in (f"/articles/{article_id}", f"/articles/{article_id}/simple", "/"):
        html = client.get(page).text
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert" in html


def test_form_without_javascript_shows_errors_next_to_the_field(client):
    csrf = form_token(client)
    empty = client.post("/articles", data={"text": "", "html": "", "url": "", "engine": "auto", "csrf": csrf})
    assert empty.status_code == 422 and "Donnez l'adresse d'un article, ou collez son texte ou son HTML." in unescape(
        empty.text
    )
    chrome = client.post(
        "/articles",
        data={"text": "Retour\nPlus d'articles", "html": "", "url": "", "engine": "auto", "csrf": csrf},
        follow_redirects=False,
    )
    assert chrome.status_code == 422
    assert (
        'id="champ-text" name="text" rows="6" placeholder="Collez ici le titre et le texte de l\'article." aria-invalid="true" aria-describedby="erreur-text" autofocus>'
        in chrome.text
    )
    assert '<p class="error" id="erreur-text">Aucun texte d\'article n\'a été trouvé' in unescape(chrome.text)
    assert client.get("/api/articles").json() == []
