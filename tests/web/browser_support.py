"""What the browser tests share: Debian chromium through Playwright, axe-core, and a real HTTP server (uvicorn
on a free port, in a thread) whose speech engine the test controls, so rendering states are deterministic."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn
from axe_playwright_python.sync_playwright import Axe

from app.services import build_services
from app.web.app import create_app
from tests.polling import eventually
from tests.speech.fakes import FakeEngine
from tests.web.helpers import make_settings
from tests.web.server import free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--autoplay-policy=no-user-gesture-required",
]
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}


class LiveServer:
    """The app served over real HTTP from this process: the browser sees exactly what users see."""

    def __init__(self, folder: Path, engine=None, **settings) -> None:
        self.settings = make_settings(folder, **settings)
        self.engine = engine or FakeEngine("espeak", ms_per_char=20)
        self.app = create_app(self.settings, build_services(self.settings, espeak=self.engine))
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        eventually(lambda: self.server.started, 30, "the live server starting")
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(30)

    def narrate(self, wait: bool = True, **body) -> dict:
        answer = httpx.post(self.url + "/api/articles", json=body, timeout=30)
        assert answer.status_code in (200, 202), answer.text
        return self.wait(answer.json()["id"]) if wait else answer.json()

    def state(self, article_id: str) -> dict:
        return httpx.get(f"{self.url}/api/articles/{article_id}", timeout=10).json()

    def wait(
        self, article_id: str, condition=lambda s: s["status"] in ("ready", "failed"), timeout_s: float = 60
    ) -> dict:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            state = self.state(article_id)
            if condition(state):
                return state
            time.sleep(0.05)
        raise AssertionError(f"article {article_id} never reached the state asked for; last: {state['status']}")


@contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def wait_until(page, expression: str, timeout_s: float = 10) -> None:
    """Polls an expression with page.evaluate (Playwright's wait_for_function evaluates strings in the page,
    which the pages' Content-Security-Policy rightly forbids)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if page.evaluate(expression):
            return
        time.sleep(0.05)
    raise AssertionError(f"never true: {expression}")


def violations(page) -> list[str]:
    result = Axe().run(page, options=WCAG)
    return [f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']][:3]}" for v in result.response["violations"]]


AUDIO = "document.getElementById('audio')"
