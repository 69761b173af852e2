"""Limits counted at admission: they hold when many requests arrive at once, and every request counts, even one
that is refused or fails."""

from __future__ import annotations

import threading

import pytest

from tests.speech.fakes import FakeEngine
from tests.web.helpers import form_token


def article(number: int) -> dict:
    return {"text": f"Titre numéro {number}\nUn paragraphe numéro {number} assez long pour compter comme article."}


def at_once(client, bodies) -> list[int]:
    answers: list[int] = []
    barrier = threading.Barrier(len(bodies))

    def one(body):
        barrier.wait()
        answers.append(client.post("/api/articles", json=body).status_code)

    threads = [threading.Thread(target=one, args=(body,)) for body in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(answers)


@pytest.mark.slow
def test_forty_articles_at_once_from_one_client_allowed_five(make_client):
    client = make_client(narrations_per_client_per_hour=5)
    assert at_once(client, [article(n) for n in range(40)]) == [202] * 5 + [429] * 35
    assert len(client.get("/api/articles").json()) == 5


class Held(FakeEngine):
    """Speaks nothing until released: queued narrations stay unfinished while the test counts them."""

    def __init__(self) -> None:
        super().__init__("espeak", ms_per_char=20)
        self.release = threading.Event()

    def synthesize(self, text, voice):
        self.release.wait(60)
        return super().synthesize(text, voice)


@pytest.mark.slow
def test_forty_articles_at_once_fill_a_queue_of_five_and_no_more(make_client):
    engine = Held()
    client = make_client(engine=engine, max_queued_jobs=5, narrations_per_client_per_hour=1000)
    try:
        assert at_once(client, [article(n) for n in range(40)]) == [202] * 5 + [503] * 35
        assert len(client.get("/api/articles").json()) == 5
    finally:
        engine.release.set()


@pytest.mark.slow
def test_refused_failing_and_known_requests_count_too(make_client):
    client = make_client(narrations_per_client_per_hour=3)
    assert client.post("/api/articles", json={"text": "Retour\nPlus d'articles"}).status_code == 422
    assert client.post("/api/articles", json=article(1)).status_code == 202
    assert client.post("/api/articles", json=article(1)).status_code == 200
    fourth = client.post("/api/articles", json=article(2))
    assert fourth.status_code == 429 and fourth.json()["detail"].startswith("Too many new narrations from this client")
    # The form counts against the same allowance.
    csrf = form_token(client)
    form = client.post(
        "/articles",
        data={"text": article(3)["text"], "html": "", "url": "", "engine": "auto", "csrf": csrf},
        follow_redirects=False,
    )
    assert form.status_code == 429
