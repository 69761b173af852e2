"""Work the service does for a request is bounded and stops when nobody waits for it: slow pages never starve
the other routes, a client that leaves cancels its fetch, and a stopping service ends within a few seconds,
resuming its narrations at the next start. A real server process against a real, deliberately slow web site."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.paths import SEED_TEXT
from tests.polling import SERVER_POLL_S
from tests.web.server import Server, wait_for

pytestmark = pytest.mark.slow  # the service as a process under slow clients


class TricklingSite:
    """Answers every GET with headers, then one byte every half second for two minutes; notes when each of its
    clients hangs up."""

    def __init__(self) -> None:
        self.hung_up = threading.Semaphore(0)
        self.connected = threading.Semaphore(0)
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.connected.release()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "240")
                self.end_headers()
                try:
                    for _ in range(240):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(0.5)
                except OSError:
                    site.hung_up.release()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/article"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, args=(SERVER_POLL_S,), daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def slow_site():
    with TricklingSite() as site:
        yield site


@pytest.fixture
def server(tmp_path):
    running = Server(
        tmp_path,
        NARRATEUR_ALLOW_PRIVATE_URLS="true",
        NARRATEUR_FETCH_TIMEOUT_S="100",
        NARRATEUR_NARRATIONS_PER_CLIENT_PER_HOUR="1000",
    )
    running.start()
    yield running
    running.stop()


def raw_post(server: Server, body: dict) -> socket.socket:
    """Sends a POST and leaves the connection open without reading the answer."""
    payload = json.dumps(body).encode()
    connection = socket.create_connection(("127.0.0.1", server.port))
    connection.sendall(
        b"POST /api/articles HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(payload)}\r\n\r\n".encode()
        + payload
    )
    return connection


def test_a_client_that_leaves_stops_the_fetch_it_started(server, slow_site):
    connection = raw_post(server, {"url": slow_site.url})
    assert slow_site.connected.acquire(timeout=30)
    connection.close()
    # The page still has two minutes to trickle: the service hangs up on it because the client left.
    assert slow_site.hung_up.acquire(timeout=20), "the fetch went on after its client left"


def test_forty_five_slow_pages_do_not_starve_the_other_routes(server, slow_site):
    connections = [raw_post(server, {"url": slow_site.url}) for _ in range(45)]
    try:
        for _ in range(10):
            assert slow_site.connected.acquire(timeout=30)
        with httpx.Client(base_url=server.url, timeout=10) as client:
            assert client.get("/").status_code == 200
            assert client.get("/api/articles").status_code == 200
            assert client.get("/healthz").status_code == 200
    finally:
        for connection in connections:
            connection.close()


def test_a_stopping_service_ends_within_seconds_and_resumes_its_narration_at_the_next_start(tmp_path, slow_site):
    from tests.speech.fake_google import FakeGoogle

    with FakeGoogle(delay_s=0.3) as google:  # a distant voice: the narration is still running when the stop comes
        server = Server(
            tmp_path,
            NARRATEUR_ENGINE="gtts",
            NARRATEUR_GTTS_BASE_URL=google.url,
            NARRATEUR_GTTS_CONCURRENCY="2",
            NARRATEUR_ALLOW_PRIVATE_URLS="true",
            NARRATEUR_FETCH_TIMEOUT_S="100",
        )
        server.start()
        try:
            article_id = httpx.post(f"{server.url}/api/articles", json={"text": SEED_TEXT}, timeout=30).json()["id"]
            wait_for(
                server, article_id, lambda s: s["status"] == "rendering" and s["progress"]["done_segments"] >= 2, 120
            )
            events = subprocess.Popen(
                ["curl", "-sN", f"{server.url}/api/articles/{article_id}/events"], stdout=subprocess.DEVNULL
            )
            pending = raw_post(server, {"url": slow_site.url})  # a request still being answered
            assert slow_site.connected.acquire(timeout=30)
            try:
                began = time.monotonic()
                server.process.send_signal(signal.SIGTERM)
                server.process.wait(15)  # raises if it does not end: it must, within a few seconds
                stopped_in = time.monotonic() - began
            finally:
                events.kill()
                pending.close()
            # uvicorn ends on the signal it was sent, once it has shut down (the usual way for a Unix service).
            assert server.process.returncode in (0, -signal.SIGTERM), (
                f"status {server.process.returncode} after {stopped_in:.1f} s"
            )
            log = (server.folder / "server.log").read_text()
            assert "Traceback" not in log, log[-3000:]
            assert f"narration {article_id} stopped by the shutdown" in log

            server.start()
            state = wait_for(server, article_id, lambda s: s["status"] in ("ready", "failed"), 300)
            assert state["status"] == "ready", state["error"]
        finally:
            server.stop()
