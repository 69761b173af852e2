"""Distributed mode against the embedded service, on this machine: whole processes, timed from the client side.

Prints the throughput (articles per minute, from the first POST until the last article is ready) of the embedded
service, and of the distributed mode with one API and 1 then 2 `narrateur worker` processes (real PostgreSQL,
moto's S3 server), and the per-article overhead of the distributed mode: one article at a time, the wait from
POST to ready, against the embedded service's in the same run. Every run narrates articles no run has seen
(cold caches), with espeak-ng.

    .venv/bin/python bench/bench_cluster.py [--articles 16] [--sequential 6] [--paragraphs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.cluster.cluster import Cluster, article_text  # noqa: E402
from tests.cluster.servers import MotoServer, PostgresServer  # noqa: E402
from tests.web.server import Server  # noqa: E402

NUMBERS = iter(range(10_000, 1_000_000))


def post_all(url: str, count: int, paragraphs: int) -> list[str]:
    with httpx.Client(timeout=60) as client:
        return [
            client.post(f"{url}/api/articles", json={"text": article_text(next(NUMBERS), paragraphs)}).json()["id"]
            for _ in range(count)
        ]


def wait_all(url: str, ids: list[str], timeout_s: float = 1800) -> None:
    wanted = set(ids)
    deadline = time.monotonic() + timeout_s
    with httpx.Client(timeout=30) as client:
        while time.monotonic() < deadline:
            statuses = {row["id"]: row["status"] for row in client.get(f"{url}/api/articles").json()}
            if all(statuses.get(article_id) == "ready" for article_id in wanted):
                return
            failed = [key for key in wanted if statuses.get(key) == "failed"]
            if failed:
                raise SystemExit(f"narrations failed: {failed}")
            time.sleep(0.1)
    raise SystemExit("the narrations did not finish in time")


def throughput(url: str, count: int, paragraphs: int) -> float:
    """Articles per minute: all posted at once, until the last is ready."""
    started = time.perf_counter()
    wait_all(url, post_all(url, count, paragraphs))
    return count / (time.perf_counter() - started) * 60


def one_at_a_time(url: str, count: int, paragraphs: int) -> list[float]:
    """Seconds from POST to ready, one article after the other."""
    waits = []
    with httpx.Client(timeout=60) as client:
        for _ in range(count):
            started = time.perf_counter()
            article_id = client.post(
                f"{url}/api/articles", json={"text": article_text(next(NUMBERS), paragraphs)}
            ).json()["id"]
            while client.get(f"{url}/api/articles/{article_id}").json()["status"] != "ready":
                time.sleep(0.02)
            waits.append(time.perf_counter() - started)
    return waits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=16)
    parser.add_argument("--sequential", type=int, default=6)
    parser.add_argument("--paragraphs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="narrateur-bench-cluster-"))
    postgres, s3 = PostgresServer(), MotoServer()
    postgres.start()
    s3.start()
    figures: dict[str, float] = {}
    waits: dict[str, list[float]] = {}
    try:
        embedded = Server(folder / "embedded")
        (folder / "embedded").mkdir()
        embedded.start()
        try:
            waits["embedded"] = one_at_a_time(embedded.url, args.sequential, args.paragraphs)
            figures["embedded"] = throughput(embedded.url, args.articles, args.paragraphs)
        finally:
            embedded.stop()
        for workers in (1, 2):
            url = postgres.create_database(f"bench{workers}_{uuid.uuid4().hex[:6]}")
            cluster = Cluster(
                folder / f"cluster{workers}", url, s3.settings(f"bench-{uuid.uuid4().hex[:8]}"), 1, workers
            )
            cluster.start()
            try:
                if workers == 1:
                    waits["distributed"] = one_at_a_time(cluster.apis[0].url, args.sequential, args.paragraphs)
                figures[f"distributed, {workers} worker{'s' * (workers > 1)}"] = throughput(
                    cluster.apis[0].url, args.articles, args.paragraphs
                )
            finally:
                cluster.stop()
    finally:
        postgres.remove()
        s3.stop()
        shutil.rmtree(folder, ignore_errors=True)

    print(f"{args.articles} articles of {args.paragraphs} paragraphs each, espeak-ng, 2 cores, cold caches")
    print("throughput (all posted at once, until the last is ready):")
    for name, per_minute in figures.items():
        print(f"  {name:<26} {per_minute:6.1f} articles/min  ({per_minute / figures['embedded']:.2f}× embedded)")
    base, dist = statistics.median(waits["embedded"]), statistics.median(waits["distributed"])
    print(f"one article at a time, POST to ready (median of {args.sequential}):")
    print(f"  embedded                   {base * 1000:6.0f} ms")
    print(f"  distributed, 1 worker      {dist * 1000:6.0f} ms  ({dist / base:.2f}× embedded)")
    print(f"  overhead per article       {(dist - base) * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
