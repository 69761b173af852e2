"""An app on temporary folders with a fast fake voice; the end-to-end tests use the real one."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.services import build_services
from app.web.app import create_app
from tests.speech.fakes import FakeEngine
from tests.web.helpers import make_settings


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
