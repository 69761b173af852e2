"""The listening page and the API say which voice spoke, and why."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.config import load_settings
from app.services import build_services
from app.speech.piper_engine import PiperEngine
from app.web.app import create_app
from tests.speech.fakes import FakeEngine
from tests.speech.piper_voices import JOE, joe_folder
from tests.web.helpers import wait_ready

TEXT = "Les alliés se retrouvent\n\nLes ministres de la Défense se réunissent à Bruxelles pour parler des budgets."


@pytest.mark.slow
def test_page_and_api_name_the_piper_voice_and_why(tmp_path):
    settings = load_settings(
        data_dir=tmp_path / "data", cache_dir=tmp_path / "cache", engine="auto", chapter_chime=False
    )
    piper = PiperEngine(joe_folder(tmp_path / "voices"), JOE, language="en")
    services = build_services(settings, gtts=FakeEngine("gtts", fail_after=0), espeak=FakeEngine("espeak"), piper=piper)
    with TestClient(create_app(settings, services)) as client:
        created = client.post("/api/articles", json={"text": TEXT}).json()
        state = wait_ready(client, created["id"], timeout_s=120)
        page = client.get(f"/articles/{created['id']}").text
    assert state["status"] == "ready" and state["engine"] == "piper"
    assert state["engine_note"] == f"auto: Piper voice {JOE} (en_US, 1 speaker) on this machine, since fake probe"
    assert "Lu par la voix Piper" in page
    assert f"Choix automatique : voix Piper {JOE}, installée sur le serveur" in page.replace("\u00a0", " ")
