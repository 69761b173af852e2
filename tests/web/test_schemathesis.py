"""Property-based requests over the OpenAPI schema (schemathesis): whatever a caller sends, never a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from app.services import build_services
from app.web.app import create_app
from tests.speech.fakes import FakeEngine
from tests.web.helpers import make_settings

pytestmark = pytest.mark.slow  # every operation of the API fuzzed


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    import schemathesis  # imported here: collecting the fast subset need not load it

    folder = tmp_path_factory.mktemp("schemathesis")
    app_settings = make_settings(folder, narrations_per_client_per_hour=100_000, max_queued_jobs=100_000)
    app = create_app(
        app_settings,
        build_services(app_settings, espeak=FakeEngine("espeak", ms_per_char=5)),
        resolver=lambda host, port: ["93.184.216.34"],
    )
    with TestClient(app):  # runs the lifespan: the app's services exist while schemathesis calls it
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def test_no_operation_answers_500(api):
    # schemathesis's pytest plugin does not load under this pytest; its Python API does the same work.
    operations = [result.ok() for result in api.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/articles", "/api/articles/{article_id}", "/feed.xml", "/healthz"}
    for operation in operations:

        @given(operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def no_server_error(case):
            response = case.call()
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:200]}"
            )

        no_server_error()
