"""Two API replicas and two workers on one machine, over a real PostgreSQL and an S3 endpoint (moto's server).

Each test starts its own processes, database and bucket; espeak-ng and ffmpeg speak and encode for real."""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time

import boto3
import httpx
import psycopg
import pytest

from tests.cluster.cluster import Cluster, article_text
from tests.polling import eventually

pytestmark = pytest.mark.slow


def bucket_names(s3_server, bucket: str, prefix: str = "") -> list[str]:
    client = boto3.client(
        "s3", endpoint_url=s3_server.url, region_name="us-east-1", aws_access_key_id="t", aws_secret_access_key="t"
    )
    names = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        names += [item["Key"] for item in page.get("Contents", [])]
    return names


def narrate_jobs(database_url: str) -> list[tuple[str, str]]:
    with psycopg.connect(database_url) as connection:
        return connection.execute(
            "SELECT lock, status FROM procrastinate_jobs WHERE task_name = 'narrateur.narrate' ORDER BY id"
        ).fetchall()


@pytest.fixture
def cluster(tmp_path, database_url, s3_server, bucket, request):
    options = getattr(request, "param", {})
    made = Cluster(tmp_path, database_url, s3_server.settings(bucket), **options)
    made.start()
    yield made
    made.stop()


def worker_of(cluster: Cluster, article_id: str) -> int:
    for index, worker in enumerate(cluster.workers):
        if re.search(rf"Starting job narrateur\.narrate\[\d+\]\(article_id='{article_id}'\)", worker.log):
            return index
    raise AssertionError("no worker started the narration")


def test_fifty_articles_across_two_apis_ready_once_and_served_by_both(cluster, database_url, s3_server, bucket):
    with httpx.Client(timeout=60) as client:
        ids = []
        for number in range(50):
            api = cluster.apis[number % 2]
            answer = client.post(f"{api.url}/api/articles", json={"text": article_text(number)})
            assert answer.status_code == 202, answer.text
            ids.append(answer.json()["id"])
    assert len(set(ids)) == 50
    states = cluster.wait_ready(ids)
    assert {state["status"] for state in states.values()} == {"ready"}

    # Exactly once: one row and one finished job per article, and each clip synthesized once in the whole
    # cluster (as many clips made, counted in both workers' logs, as there are clips in the shared cache).
    with psycopg.connect(database_url) as connection:
        assert connection.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone() == (50, 50)
    assert sorted(narrate_jobs(database_url)) == sorted((article_id, "succeeded") for article_id in ids)
    clips = [name for name in bucket_names(s3_server, bucket, "clips/") if name.endswith(".clip")]
    assert cluster.clips_made() == len(clips) > 50 * 5
    assert all(worker.clips_made() > 0 for worker in cluster.workers)  # both workers narrated

    # Every article's files are in the bucket, whichever worker made them, and either replica serves them.
    with httpx.Client(timeout=30) as client:
        for article_id in ids[:6]:
            whole = [client.get(f"{api.url}/articles/{article_id}/audio.mp3") for api in cluster.apis]
            assert [answer.status_code for answer in whole] == [200, 200]
            assert whole[0].content == whole[1].content and whole[0].content[:3] == b"ID3"
            assert int(whole[0].headers["content-length"]) == len(whole[0].content)
            for api in cluster.apis:
                part = client.get(f"{api.url}/articles/{article_id}/audio.mp3", headers={"Range": "bytes=1000-1999"})
                assert part.status_code == 206
                assert part.headers["content-range"] == f"bytes 1000-1999/{len(whole[0].content)}"
                assert part.content == whole[0].content[1000:2000]
                chapters = client.get(f"{api.url}/articles/{article_id}/chapters.json")
                assert chapters.status_code == 200 and json.loads(chapters.content)["chapters"]
            etag = whole[0].headers["etag"]
            assert (
                client.get(
                    f"{cluster.apis[1].url}/articles/{article_id}/audio.mp3", headers={"If-None-Match": etag}
                ).status_code
                == 304
            )


@pytest.mark.parametrize("cluster", [{"apis": 1, "NARRATEUR_SPLIT_MIN_CLIPS": "100000"}], indirect=True)
def test_a_killed_worker_s_narration_finishes_on_the_other(cluster, database_url, s3_server, bucket):
    article_id = cluster.post(0, article_text(900, paragraphs=40))["id"]
    api = cluster.apis[0].url
    deadline = time.monotonic() + 120
    while httpx.get(f"{api}/api/articles/{article_id}").json()["progress"]["done_segments"] < 3:
        assert time.monotonic() < deadline, "the narration did not start"
        time.sleep(0.1)
    first = worker_of(cluster, article_id)
    cluster.workers[first].kill()  # mid-narration: no goodbye, no acknowledgement

    state = cluster.wait_ready([article_id], timeout_s=300)[article_id]
    assert state["status"] == "ready" and state["progress"]["done_segments"] == 41
    survivor = cluster.workers[1 - first]
    assert f"({article_id}) of a worker that stopped answering: given back" in survivor.log
    assert re.search(rf"narration {article_id}: \d+ clips made", survivor.log)

    # Nothing lost, nothing twice: one row, one job (given back, then succeeded), and in the bucket exactly
    # the narration's files, each once.
    with psycopg.connect(database_url) as connection:
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone() == (1,)
    assert narrate_jobs(database_url) == [(article_id, "succeeded")]
    names = sorted(
        name.removeprefix(f"articles/{article_id}/") for name in bucket_names(s3_server, bucket, "articles/")
    )
    assert names == [
        "audio.mp3",
        "chapitre-01.mp3",
        "chapters.json",
        "chapters.vtt",
        "cover.jpg",
        "debut.mp3",
        "narration.json",
        "transcript.vtt",
    ]
    audio = httpx.get(f"{api}/articles/{article_id}/audio.mp3", timeout=30)
    assert audio.status_code == 200
    (cluster.folder / "narration.mp3").write_bytes(audio.content)
    probed = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
            cluster.folder / "narration.mp3",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert abs(float(probed.stdout) * 1000 - state["duration_ms"]) < 100  # the whole narration, every clip in it
    assert not any((survivor.folder.parent / f"worker{1 - first}" / "data" / "staging").glob("*/*"))


@pytest.mark.parametrize("cluster", [{"apis": 1}], indirect=True)
def test_workers_reconnect_after_postgres_restarts(cluster, postgres_server, database_url):
    ids = [cluster.post(0, article_text(700 + number, paragraphs=6))["id"] for number in range(6)]
    api = cluster.apis[0].url
    deadline = time.monotonic() + 120
    while not any(httpx.get(f"{api}/api/articles/{i}").json()["status"] == "ready" for i in ids):
        assert time.monotonic() < deadline
        time.sleep(0.2)
    with psycopg.connect(database_url) as connection:
        unfinished = connection.execute("SELECT COUNT(*) FROM articles WHERE status <> 'ready'").fetchone()[0]
    postgres_server.stop()
    time.sleep(3)
    postgres_server.start()
    assert unfinished > 0  # the restart came mid-run
    states = cluster.wait_ready(ids, timeout_s=300)
    assert {state["status"] for state in states.values()} == {"ready"}
    # A job whose end was being recorded when PostgreSQL went away is recorded once the worker is back.
    eventually(
        lambda: all(status == "succeeded" for _, status in narrate_jobs(database_url)),
        timeout_s=120,
        what="every job recorded as succeeded",
    )
    jobs = narrate_jobs(database_url)
    assert sorted(lock for lock, status in jobs if status == "succeeded") == sorted(ids), jobs


@pytest.mark.parametrize("cluster", [{"apis": 2, "NARRATEUR_SPLIT_MIN_CLIPS": "100000"}], indirect=True)
def test_deleting_on_one_replica_stops_the_narration_and_leaves_no_object(cluster, s3_server, bucket, database_url):
    article_id = cluster.post(0, article_text(800, paragraphs=60))["id"]
    first, second = (api.url for api in cluster.apis)
    deadline = time.monotonic() + 120
    while httpx.get(f"{first}/api/articles/{article_id}").json()["progress"]["done_segments"] < 2:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert httpx.delete(f"{second}/api/articles/{article_id}").status_code == 204
    assert httpx.get(f"{first}/api/articles/{article_id}").status_code == 404
    deadline = time.monotonic() + 60
    while narrate_jobs(database_url)[0][1] in ("todo", "doing"):
        assert time.monotonic() < deadline, "the narration was not stopped"
        time.sleep(0.2)
    assert bucket_names(s3_server, bucket, "articles/") == []
    assert "its article was deleted" in "".join(worker.log for worker in cluster.workers)


@pytest.mark.parametrize("cluster", [{"apis": 2}], indirect=True)
def test_progress_events_reach_the_other_replica(cluster):
    article_id = cluster.post(0, article_text(600, paragraphs=30))["id"]
    events: list[tuple[str, dict]] = []

    def listen() -> None:
        with httpx.stream("GET", f"{cluster.apis[1].url}/api/articles/{article_id}/events", timeout=120) as answer:
            name = None
            for line in answer.iter_lines():
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: "):
                    events.append((name, json.loads(line[6:])))

    listener = threading.Thread(target=listen)
    listener.start()
    listener.join(180)
    assert events[-1][0] == "ready" and events[-1][1]["percent"] == 100
    progress = [data["done_segments"] for name, data in events if name == "progress"]
    assert len(progress) >= 2 and progress == sorted(progress)


@pytest.mark.parametrize("cluster", [{"apis": 1, "NARRATEUR_SPLIT_MIN_CLIPS": "20"}], indirect=True)
def test_a_long_narration_is_shared_between_the_workers(cluster, s3_server, bucket):
    article_id = cluster.post(0, article_text(500, paragraphs=40))["id"]
    state = cluster.wait_ready([article_id], timeout_s=300)[article_id]
    assert state["status"] == "ready"
    owner = worker_of(cluster, article_id)
    helper = cluster.workers[1 - owner]
    assert re.search(rf"narration {article_id}, share [234] of 4: [1-9]\d* clips made", helper.log)
    clips = [name for name in bucket_names(s3_server, bucket, "clips/") if name.endswith(".clip")]
    assert cluster.clips_made() == len(clips)  # shared, yet no clip made twice
