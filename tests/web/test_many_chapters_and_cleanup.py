"""An article of any number of chapters is narrated, served and listed chapter by chapter; a narration that fails
leaves no file behind."""

from __future__ import annotations

import pytest

from app.errors import SynthesisError
from tests.speech.fakes import FakeEngine
from tests.web.helpers import wait_ready


def dossier(parts: int, tag: str = "") -> str:
    lines = [
        f"Un dossier de {parts} parties{tag}",
        "Le premier paragraphe du dossier présente le sujet avec assez de mots pour compter.",
    ]
    for number in range(2, parts + 1):
        lines += [
            f"Partie {number} du dossier",
            f"Le paragraphe de la partie {number} explique un point précis avec assez de mots pour compter.",
        ]
    return "\n\n".join(lines)


@pytest.mark.slow
def test_an_article_of_121_chapters_is_narrated_and_every_chapter_served(make_client):
    client = make_client(engine=FakeEngine("espeak", ms_per_char=25))
    article_id = client.post("/api/articles", json={"text": dossier(121)}).json()["id"]
    state = wait_ready(client, article_id, 240)
    assert state["status"] == "ready", state["error"]
    assert len(state["chapters"]) == 121
    assert len(client.get(f"/articles/{article_id}/chapters.json").json()["chapters"]) == 121
    assert client.get(f"/articles/{article_id}/chapters.vtt").text.count(" --> ") == 121
    for number in ("01", "99", "100", "121"):
        answer = client.get(f"/articles/{article_id}/chapitre-{number}.mp3")
        assert answer.status_code == 200 and answer.content[:3] == b"ID3", number
    for wrong in ("122", "0100", "1", "00"):
        assert client.get(f"/articles/{article_id}/chapitre-{wrong}.mp3").status_code == 404, wrong
    simple = client.get(f"/articles/{article_id}/simple").text
    assert f'src="/articles/{article_id}/chapitre-121.mp3"' in simple


class FailsOnOneParagraph(FakeEngine):
    def synthesize(self, text, voice):
        if "partie sept " in text:
            raise SynthesisError("espeak could not speak one sentence")
        return super().synthesize(text, voice)


def test_a_failed_narration_leaves_no_file_behind(make_client, tmp_path):
    client = make_client(engine=FailsOnOneParagraph("espeak", ms_per_char=25))
    article_id = client.post("/api/articles", json={"text": dossier(12)}).json()["id"]
    state = wait_ready(client, article_id)
    assert state["status"] == "failed" and "could not speak one sentence" in state["error"]
    folder = tmp_path / "data" / "articles" / article_id
    assert not folder.exists(), sorted(p.name for p in folder.iterdir())
    assert "opening_audio" not in state["links"]
    assert client.get(f"/articles/{article_id}/debut.mp3").status_code == 404
