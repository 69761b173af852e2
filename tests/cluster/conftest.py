"""One PostgreSQL and one S3 endpoint for the distributed mode's tests; each test gets its own database and bucket."""

from __future__ import annotations

import uuid

import pytest

from tests.cluster.servers import MotoServer, PostgresServer


@pytest.fixture(scope="session")
def postgres_server():
    server = PostgresServer()
    server.start()
    yield server
    server.remove()


@pytest.fixture(scope="session")
def s3_server():
    server = MotoServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def database_url(postgres_server) -> str:
    return postgres_server.create_database("t" + uuid.uuid4().hex[:12])


@pytest.fixture
def bucket() -> str:
    return "narrateur-" + uuid.uuid4().hex[:12]
