"""Every error a person reads is a French sentence; programs keep the English detail and a stable code."""

from __future__ import annotations

import pytest

from app.web import french_errors
from tests.web.helpers import form_token

NBSP, NARROW = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    "english,code,french",
    [
        (
            "The input is empty: paste the text or HTML of an article.",
            "empty_input",
            "Le texte est vide : collez le texte ou le HTML d'un article.",
        ),
        (
            "The text is 10 kB, over the limit of 5 kB.",
            "too_large",
            "Le texte fait 10 ko, au-delà de la limite de 5 ko : un article en fait rarement plus de quelques centaines.",
        ),
        (
            "No article text was found: the input holds only navigation, links or headlines, no paragraph.",
            "no_article_text",
            "Aucun texte d'article n'a été trouvé : il n'y a que des menus, des liens ou des titres, aucun paragraphe.",
        ),
        (
            "The address www.lemonde.fr cannot be found: check the URL.",
            "host_not_found",
            "L'adresse www.lemonde.fr est introuvable : vérifiez l'URL.",
        ),
        (
            "Only http and https URLs of a web page can be narrated.",
            "unsupported_url",
            "Seules les adresses de pages web (http ou https) peuvent être narrées.",
        ),
        (
            "The page at https://a.fr/x did not answer within 10 s.",
            "fetch_timeout",
            "La page https://a.fr/x n'a pas répondu en 10 secondes : réessayez plus tard.",
        ),
        (
            "The page at https://a.fr/x answered HTTP 404.",
            "page_not_found",
            "La page https://a.fr/x n'existe pas (erreur 404) : vérifiez l'adresse.",
        ),
        (
            "The page at https://a.fr/x is image/png, not a web page.",
            "not_a_web_page",
            "L'adresse https://a.fr/x ne mène pas à une page web.",
        ),
        (
            "The page at https://a.fr/x is larger than 5 MB.",
            "page_too_large",
            "La page https://a.fr/x dépasse 5 mégaoctets.",
        ),
        (
            "Too many new narrations from this client: try again in 1800 seconds.",
            "rate_limited",
            "Vous avez demandé beaucoup de narrations en une heure : réessayez dans 30 minutes.",
        ),
        (
            "Too many narrations are waiting: try again in a few minutes.",
            "queue_full",
            "Trop de narrations attendent déjà : réessayez dans quelques minutes.",
        ),
        ("No article with id '0123456789abcdef'.", "not_found", "Cet article n'existe pas ou a été supprimé."),
        (
            "Google's speech service failed after 4 attempts: the service could not be reached.",
            "speech_service_failed",
            "Le service vocal de Google n'a pas abouti après 4 essais (service injoignable).",
        ),
        (
            "Google's speech service failed after 1 attempt: no answer within 10 s.",
            "speech_service_failed",
            "Le service vocal de Google n'a pas abouti après 1 essai (pas de réponse en 10 secondes).",
        ),
        (
            "The narration failed unexpectedly (ValueError).",
            "narration_failed",
            "La narration a échoué de façon inattendue ; l'erreur a été consignée.",
        ),
        (
            "The clip cache at /var/cache cannot be written: No space left on device.",
            "storage_failed",
            "Le serveur n'a pas pu enregistrer le son (disque plein ou protégé).",
        ),
    ],
)
def test_known_sentences_in_french(english, code, french):
    assert french_errors.code_of(english) == code
    # The same words, with French typography: no line may break before ":" or ";".
    assert french_errors.translate(english) == french.replace(" :", NBSP + ":").replace(" ;", NARROW + ";")


@pytest.mark.parametrize(
    "status,french",
    [
        (404, "Cette page n'existe pas."),
        (429, "Trop de demandes"),
        (503, "Le service est occupé"),
        (422, "ne peut pas être narré"),
    ],
)
def test_an_unknown_sentence_still_gets_a_french_one_for_its_status(status, french):
    assert french in french_errors.translate("Something nobody wrote down yet.", status)


@pytest.mark.parametrize(
    "note,french",
    [
        (
            "auto: espeak-ng, since google's speech service failed after 1 attempt: the service could not be reached",
            "Choix automatique : voix hors ligne (espeak-ng), parce que le service vocal de Google n'a pas répondu (service injoignable).",
        ),
        (
            "gtts failed mid-way (Google's speech service refused the request (HTTP 403).); the whole narration was redone with espeak",
            "La voix de Google a échoué en cours de route ; toute la narration a été refaite avec la voix hors ligne (espeak-ng).",
        ),
        (
            "auto: espeak-ng, since something new",
            "Choix automatique : voix hors ligne (espeak-ng), parce que le service vocal de Google n'était pas utilisable.",
        ),
    ],
)
def test_why_the_voice_is_not_the_one_asked_for(note, french):
    assert french_errors.engine_note(note) == french.replace(" :", NBSP + ":").replace(" ;", NARROW + ";")


def test_api_errors_carry_code_and_french_message(client):
    answer = client.post("/api/articles", json={"text": "Retour\nPlus d'articles\nVidéo du jour"})
    body = answer.json()
    assert set(body) == {"detail", "code", "message"}
    assert body["code"] == "no_article_text" and body["message"].startswith("Aucun texte d'article")
    unknown = client.get("/nulle-part")
    assert unknown.status_code == 404 and unknown.json() == {
        "detail": "Nothing exists at this address.",
        "code": "not_found",
        "message": f"Cette page n'existe pas{NBSP}: l'adresse est peut-être mal copiée.",
    }


@pytest.mark.parametrize("status", [404, 422, 429, 503])
def test_browsers_get_french_error_pages(make_client, status):
    client = make_client(narrations_per_client_per_hour=1, max_queued_jobs=1)
    html = {"Accept": "text/html,application/xhtml+xml"}
    if status == 404:
        answer = client.get("/articles/0123456789abcdef", headers=html)
    elif status == 422:
        answer = client.get("/bibliotheque?q=" + "x" * 300, headers=html)
    else:
        client.post("/api/articles", json={"text": "Un titre\nUn paragraphe assez long pour être lu à voix haute."})
        if status == 503:
            client.app.state.rate_limit.per_hour = 100
            # A narration waiting that no worker will take: the queue stays full whatever the first one does.
            waiting = {"title": "En attente", "chapters": [{"title": "En attente", "segments": []}], "dropped": []}
            client.app.state.store.add("f" * 16, "En attente", None, waiting, "auto", 1)
        answer = client.post(
            "/api/articles", json={"text": "Un autre titre\nUn autre paragraphe assez long pour compter."}, headers=html
        )
    assert answer.status_code == status and answer.headers["content-type"].startswith("text/html")
    assert '<html lang="fr">' in answer.text and '<link rel="stylesheet" href="/static/style.css">' in answer.text
    assert f'<p class="error-status">Erreur {status}</p>' in answer.text
    assert "Revenir à l'accueil" in answer.text
    if status in (429, 503):
        assert "Vous pourrez réessayer dans" in answer.text and "Retry-After" in answer.headers


def test_a_form_too_large_for_the_service_gets_a_french_page(make_client):
    client = make_client(max_input_bytes=5000)
    answer = client.post(
        "/articles", data={"text": "x" * 60_000, "csrf": form_token(client)}, headers={"Accept": "text/html"}
    )
    assert answer.status_code == 413 and answer.headers["content-type"].startswith("text/html")
    assert "<h1>Demande trop volumineuse</h1>" in answer.text and "Revenir à l" in answer.text
