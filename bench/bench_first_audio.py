"""Time to first audio: from submitting the seed on the home page (empty cache) to its first sound playable.

A real server process (`narrateur serve`, espeak-ng), fresh folders and up for 2 s every run, Debian chromium through
Playwright. Measured in the browser's own clock: from the form's submit event to the first `canplay` of the
listening page's <audio>, i.e. when pressing play gives sound at once. Also from the client side of the API:
POST, then polling until the early audio's link answers with its bytes. The hand pipeline of the seed is timed
in the same run for scale. Target (speed issue): first audio ≤ 0.4 s. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_process import SEED, hand_pipeline, run  # noqa: E402
from served import Server  # noqa: E402

CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--autoplay-policy=no-user-gesture-required"]
# Stamps the submit on the home page, and the first playable moment on the listening page, in the page's clock.
STAMPS = """
document.addEventListener("submit", () => sessionStorage.setItem("submitted", String(Date.now())), true);
document.addEventListener("canplay", () => {
  if (!sessionStorage.getItem("playable")) sessionStorage.setItem("playable", String(Date.now()));
}, true);
"""


def browser_run(browser, server: Server) -> float:
    page = browser.new_page()
    page.add_init_script(STAMPS)
    page.goto(server.url + "/")
    page.fill("#champ-text", SEED.read_text(encoding="utf-8"))
    page.click("button[type=submit]")
    page.wait_for_url("**/articles/*", timeout=60_000)
    page.wait_for_function("() => sessionStorage.getItem('playable')", timeout=60_000)
    submitted, playable = page.evaluate(
        "() => [Number(sessionStorage.getItem('submitted')), Number(sessionStorage.getItem('playable'))]"
    )
    page.close()
    return (playable - submitted) / 1000


def api_run(server: Server) -> tuple[float, float]:
    """(first audio fetched, whole article ready), in seconds from the POST."""
    with httpx.Client(base_url=server.url, timeout=30) as client:
        start = time.perf_counter()
        article_id = client.post("/api/articles", json={"text": SEED.read_text(encoding="utf-8")}).json()["id"]
        first = None
        while True:
            state = client.get(f"/api/articles/{article_id}").json()
            early = state["links"].get("audio") or state["links"].get("opening_audio")
            if first is None and early:
                client.get(early).raise_for_status()
                first = time.perf_counter() - start
            if state["status"] in ("ready", "failed"):
                return first, time.perf_counter() - start
            time.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    browser_s, api_first_s, api_whole_s, hand_s = [], [], [], []
    with tempfile.TemporaryDirectory() as temp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for index in range(args.runs):
            hand_s.append(run(hand_pipeline(SEED, Path(temp) / "hand.mp3"))[0])
            for kind in ("browser", "api"):
                server = Server(Path(temp) / f"{kind}{index}")
                try:
                    if kind == "browser":
                        browser_s.append(browser_run(browser, server))
                    else:
                        first, whole = api_run(server)
                        api_first_s.append(first)
                        api_whole_s.append(whole)
                finally:
                    server.close()
        browser.close()
    median = lambda values: statistics.median(values) * 1000  # noqa: E731
    print(f"seed on an empty cache, espeak-ng, medians of {args.runs} runs (fresh server each)")
    print(
        f"browser: submit → first sound playable on the listening page  {median(browser_s):6.0f} ms   target ≤ 400 ms"
    )
    print(f"API: POST → early audio fetched                                 {median(api_first_s):6.0f} ms")
    print(f"API: POST → whole article ready                                 {median(api_whole_s):6.0f} ms")
    print(f"hand pipeline, whole seed to MP3 (for scale)                    {median(hand_s):6.0f} ms")


if __name__ == "__main__":
    main()
