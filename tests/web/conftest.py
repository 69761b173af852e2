"""An app on temporary folders with a fast fake voice; the end-to-end tests use the real one."""

from __future__ import annotations

import re
import time

import pytest
from fastapi.testclient import TestClient

from app.config import load_settings
from app.services import build_services
from app.web.app import create_app
from tests.speech.fakes import FakeEngine


def make_settings(tmp_path, **overrides):
    return load_settings(
        data_dir=tmp_path / "data", cache_dir=tmp_path / "cache", engine="espeak", chapter_chime=False, **overrides
    )


@pytest.fixture
def make_client(tmp_path):
    clients = []

    def build(engine=None, resolver=None, **overrides):
        settings = make_settings(tmp_path, **overrides)
        services = build_services(settings, espeak=engine or FakeEngine("espeak", ms_per_char=20))
        client = TestClient(create_app(settings, services, resolver=resolver))
        client.__enter__()
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client):
    return make_client()


def wait_ready(client, article_id: str, timeout_s: float = 60) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = client.get(f"/api/articles/{article_id}").json()
        if state["status"] in ("ready", "failed"):
            return state
        time.sleep(0.05)
    raise AssertionError(f"article {article_id} not ready after {timeout_s} s")


def form_token(client) -> str:
    """The CSRF token the pages give this client (a browser gets it the same way, from any page)."""
    page = client.get("/")
    return re.search(r'name="csrf" value="([^"]+)"', page.text)[1]
