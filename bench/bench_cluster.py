"""Distributed mode against the embedded service, on this machine: whole processes, timed from the client side.

Prints the throughput (articles per minute, from the first POST until the last article is ready) of the embedded
service, and of the distributed mode with one API and 1 then 2 `narrateur worker` processes (real PostgreSQL,
moto's S3 server), and the per-article overhead of the distributed mode: one article at a time, the wait from
POST to ready, against the embedded service's in the same run. Every run narrates articles no run has seen
(cold caches), with espeak-ng.

    .venv/bin/python bench/bench_cluster.py [--articles 16] [--rounds 3] [--sequential 10] [--paragraphs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.cluster.cluster import Cluster, article_text  # noqa: E402
from tests.cluster.servers import MotoServer, PostgresServer  # noqa: E402
from tests.web.server import Server  # noqa: E402

NUMBERS = iter(range(10_000, 1_000_000))


def post_all(url: str, count: int, paragraphs: int) -> list[str]:
    """Posted by 4 clients at once, as a newsroom's desks would (one client posting in turn would measure itself)."""
    texts = [article_text(next(NUMBERS), paragraphs) for _ in range(count)]
    with httpx.Client(timeout=60) as client, ThreadPoolExecutor(4) as clients:
        post = lambda text: client.post(f"{url}/api/articles", json={"text": text}).json()["id"]  # noqa: E731
        return list(clients.map(post, texts))


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


def one_article(client: httpx.Client, url: str, paragraphs: int) -> float:
    """Seconds from POST to ready for one article."""
    started = time.perf_counter()
    answer = client.post(f"{url}/api/articles", json={"text": article_text(next(NUMBERS), paragraphs)})
    while client.get(f"{url}/api/articles/{answer.json()['id']}").json()["status"] != "ready":
        time.sleep(0.02)
    return time.perf_counter() - started


def wait_started(worker, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while "Starting worker" not in worker.log:
        if time.monotonic() > deadline:
            raise SystemExit("the worker did not start:\n" + worker.log)
        time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sequential", type=int, default=10)
    parser.add_argument("--paragraphs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="narrateur-bench-cluster-"))
    postgres, s3 = PostgresServer(), MotoServer()
    postgres.start()
    s3.start()
    (folder / "embedded").mkdir()
    unlimited = {"NARRATEUR_NARRATIONS_PER_CLIENT_PER_HOUR": "100000"}  # one client posts every article here
    embedded = Server(folder / "embedded", **unlimited)
    url = postgres.create_database(f"bench_{uuid.uuid4().hex[:6]}")
    bucket = s3.settings(f"bench-{uuid.uuid4().hex[:8]}")
    cluster = Cluster(folder / "cluster", url, bucket, apis=1, workers=2, **unlimited)
    rates: dict[str, list[float]] = {"embedded": [], "distributed, 1 worker": [], "distributed, 2 workers": []}
    waits: dict[str, list[float]] = {"embedded": [], "distributed": []}
    try:
        embedded.start()
        cluster.workers[0].start()
        cluster.apis[0].start()
        wait_started(cluster.workers[0])
        api = cluster.apis[0].url
        # Rounds alternate between the modes, so other work on the machine weighs on each alike.
        for _ in range(args.rounds):
            rates["embedded"].append(throughput(embedded.url, args.articles, args.paragraphs))
            rates["distributed, 1 worker"].append(throughput(api, args.articles, args.paragraphs))
            cluster.workers[1].start()
            wait_started(cluster.workers[1])
            rates["distributed, 2 workers"].append(throughput(api, args.articles, args.paragraphs))
            cluster.workers[1].stop()
            cluster.workers[1].log_path.unlink()
        with httpx.Client(timeout=60) as client:
            for _ in range(args.sequential):
                waits["embedded"].append(one_article(client, embedded.url, args.paragraphs))
                waits["distributed"].append(one_article(client, api, args.paragraphs))
    finally:
        embedded.stop()
        cluster.stop()
        postgres.remove()
        s3.stop()
        shutil.rmtree(folder, ignore_errors=True)

    print(
        f"{args.articles} articles of {args.paragraphs} paragraphs each, espeak-ng, {os.cpu_count()} cores, cold caches"
    )
    print(f"throughput, posted by 4 clients at once until the last is ready (median of {args.rounds} rounds):")
    base = statistics.median(rates["embedded"])
    for name, measured in rates.items():
        rate = statistics.median(measured)
        print(f"  {name:<26} {rate:6.1f} articles/min  ({rate / base:.2f}× embedded)")
    alone, spread = statistics.median(waits["embedded"]), statistics.median(waits["distributed"])
    print(f"one article at a time, POST to ready (median of {args.sequential}, alternating):")
    print(f"  embedded                   {alone * 1000:6.0f} ms")
    print(f"  distributed, 1 worker      {spread * 1000:6.0f} ms  ({spread / alone:.2f}× embedded)")
    print(f"  overhead per article       {(spread - alone) * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
