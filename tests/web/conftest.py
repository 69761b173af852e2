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


@pytest.fixture(scope="module")
def shared_client(tmp_path_factory):
    """One app for the tests of a module that only send what it refuses or ask for what does not exist: they
    change nothing, so they need not pay for an app each. Its rate limit is out of reach (every request counts
    toward it, refused ones too); the tests of the limit have their own app."""
    settings = make_settings(tmp_path_factory.mktemp("shared"), narrations_per_client_per_hour=100_000)
    services = build_services(settings, espeak=FakeEngine("espeak", ms_per_char=20))
    with TestClient(create_app(settings, services)) as client:
        yield client
