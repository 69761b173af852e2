"""HTTP latencies on loopback (issue 6 targets: a warm audio.mp3 at p50 < 5 ms and p99 < 50 ms; /healthz at
p99 < 50 ms while four narrations render). Starts a real server process; prints figures; asserts nothing."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from served import Server  # noqa: E402

SEED = (ROOT / "tests" / "fixtures" / "seed_otan.txt").read_text(encoding="utf-8")


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return (
        f"p50 {p(0.50):6.2f} ms   p99 {p(0.99):6.2f} ms   max {ordered[-1] * 1000:6.1f} ms   ({len(samples)} requests)"
    )


def timed_gets(client: httpx.Client, url: str, count: int, headers=None) -> list[float]:
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        response = client.get(url, headers=headers)
        response.read()
        samples.append(time.perf_counter() - start)
        assert response.status_code in (200, 206), response.status_code
    return samples


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        server = Server(Path(folder), NARRATEUR_NARRATION_WORKERS="4")
        base = server.url
        try:
            with httpx.Client(timeout=30) as client:
                submitted = time.perf_counter()
                article_id = client.post(base + "/api/articles", json={"text": SEED}).json()["id"]
                first_audio = None
                while True:
                    state = client.get(f"{base}/api/articles/{article_id}").json()
                    if first_audio is None and "opening_audio" in state["links"]:
                        first_audio = time.perf_counter() - submitted
                    if state["status"] == "ready":
                        break
                    time.sleep(0.02)
                whole = time.perf_counter() - submitted
                print(
                    f"seed submitted (empty cache, espeak-ng): opening playable after {first_audio * 1000:.0f} ms, "
                    f"whole article after {whole * 1000:.0f} ms"
                )
                audio = f"{base}/articles/{article_id}/audio.mp3"
                timed_gets(client, audio, 50)  # warm
                print("warm audio.mp3, whole file (1.1 MB):   ", percentiles(timed_gets(client, audio, 500)))
                print(
                    "warm audio.mp3, Range 64 KB:           ",
                    percentiles(timed_gets(client, audio, 1000, {"Range": "bytes=65536-131071"})),
                )
                print(
                    "/healthz, idle:                        ", percentiles(timed_gets(client, base + "/healthz", 1000))
                )

                # Four different long articles rendering while /healthz is measured.
                for number in range(4):
                    text = (
                        SEED
                        + "\n"
                        + "\n".join(
                            f"{line} Variante {number}." for line in SEED.splitlines() if len(line.split()) > 12
                        )
                        * 3
                    )
                    client.post(base + "/api/articles", json={"text": text})
                busy: list[float] = []
                stop = time.monotonic() + 8
                while time.monotonic() < stop:
                    busy += timed_gets(client, base + "/healthz", 20)
                    time.sleep(0.01)
                rendering = sum(
                    1 for a in client.get(base + "/api/articles").json() if a["status"] in ("queued", "rendering")
                )
                print(
                    "/healthz, while four narrations render:",
                    percentiles(busy),
                    f"({rendering} still rendering at the end)",
                )
        finally:
            server.close()


if __name__ == "__main__":
    main()
