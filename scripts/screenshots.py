"""Screenshots of the pages people use (home, library, listening, simplified, an error page) at 1280 px and
375 px, light and dark, from a real server with real espeak-ng voices and Debian chromium.

    .venv/bin/python scripts/screenshots.py [--out screenshots]

Prints the path of every file it writes."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--autoplay-policy=no-user-gesture-required"]
WIDTHS = {"desktop": (1280, 900), "phone": (375, 812)}
# What the library holds: a few real articles, and one whose narration fails (Google asked for, unreachable).
ARTICLES = [
    ("html", "le_devoir.html", "espeak"),
    ("html", "radio_canada.html", "espeak"),
    ("html", "afp_depeche.html", "espeak"),
    ("text", "seed_otan.txt", "espeak"),
]
FAILING = ("text", "le_monde_copie.txt", "gtts")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(folder: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {
        **os.environ,
        "NARRATEUR_DATA_DIR": str(folder / "data"),
        "NARRATEUR_CACHE_DIR": str(folder / "cache"),
        "NARRATEUR_ENGINE": "espeak",
        "NARRATEUR_GTTS_BASE_URL": "http://127.0.0.1:9",
        "NARRATEUR_GTTS_RETRIES": "0",
    }
    log = open(folder / "server.log", "ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("The server did not start: see " + str(folder / "server.log"))


def narrate(url: str) -> list[str]:
    ids = []
    for kind, name, engine in ARTICLES + [FAILING]:
        body = {kind: (FIXTURES / name).read_text(encoding="utf-8"), "engine": engine}
        ids.append(httpx.post(url + "/api/articles", json=body, timeout=60).raise_for_status().json()["id"])
        time.sleep(0.05)  # distinct creation times keep the library's order stable
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        states = [httpx.get(f"{url}/api/articles/{i}", timeout=10).json()["status"] for i in ids]
        if all(state in ("ready", "failed") for state in states):
            return ids
        time.sleep(0.5)
    raise SystemExit("The articles were not ready within 10 minutes.")


def shoot(url: str, ids: list[str], out: Path) -> None:
    listening, failed = ids[-2], ids[-1]
    pages = {
        "accueil": "/",
        "bibliotheque": "/bibliotheque",
        "ecoute": f"/articles/{listening}",
        "ecoute-longue": f"/articles/{ids[0]}",
        "simplifiee": f"/articles/{listening}/simple",
        "echec": f"/articles/{failed}",
        "erreur-404": "/articles/0000000000000000",
    }
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for scheme in ("light", "dark"):
            for width_name, (width, height) in WIDTHS.items():
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    color_scheme=scheme,
                    locale="fr-FR",
                    device_scale_factor=1,
                )
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(url + path)
                    page.wait_for_load_state("networkidle")
                    if name.startswith("ecoute"):
                        listen_a_little(page)
                    target = out / f"{name}-{width_name}-{scheme}.png"
                    page.screenshot(path=str(target), full_page=name not in ("ecoute", "ecoute-longue"))
                    print(target)
                    if name == "accueil" and width_name == "phone":
                        target = out / f"accueil-{width_name}-{scheme}-ecran.png"
                        page.screenshot(path=str(target))
                        print(target)
                context.close()
        browser.close()


def listen_a_little(page) -> None:
    """Plays a moment in, so the bar, the chapter and the highlighted passage show as a listener sees them."""
    page.evaluate("document.getElementById('audio').muted = true")
    page.click("#lecture")
    page.evaluate("document.getElementById('audio').currentTime = 20")
    time.sleep(0.8)
    page.click("#lecture")
    page.evaluate("window.scrollTo(0, 0)")
    time.sleep(0.3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        process, url = start_server(Path(folder))
        try:
            shoot(url, narrate(url), args.out)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
