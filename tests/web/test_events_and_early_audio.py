"""Live progress as Server-Sent Events, and the opening playable before the whole article is ready."""

from __future__ import annotations

import json
import time

import pytest

from tests.paths import SEED_TEXT
from tests.web.helpers import Gate, wait_ready


@pytest.mark.slow
def test_event_stream_reports_progress_then_ready(client):
    article_id = client.post("/api/articles", json={"text": SEED_TEXT}).json()["id"]
    events = []
    with client.stream("GET", f"/api/articles/{article_id}/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        name = None
        for line in stream.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                events.append((name, json.loads(line[6:])))
                if name in ("ready", "failed"):
                    break
    assert events[-1][0] == "ready" and events[-1][1]["percent"] == 100
    percents = [data["percent"] for _, data in events]
    assert percents == sorted(percents)


@pytest.mark.slow
def test_the_opening_plays_while_the_rest_renders(make_client):
    engine = Gate()
    client = make_client(engine=engine)
    article_id = client.post("/api/articles", json={"text": SEED_TEXT}).json()["id"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        state = client.get(f"/api/articles/{article_id}").json()
        if "opening_audio" in state["links"]:
            break
        time.sleep(0.05)
    assert state["status"] == "rendering"
    early = client.get(state["links"]["opening_audio"])
    assert early.status_code == 200 and early.content[:3] == b"ID3"
    assert early.headers["cache-control"] == "no-cache"
    page = client.get(f"/articles/{article_id}").text
    assert f'src="/articles/{article_id}/debut.mp3"' in page
    engine.release.set()
    ready = wait_ready(client, article_id)
    assert ready["status"] == "ready" and "opening_audio" not in ready["links"]
    assert f'src="/articles/{article_id}/audio.mp3"' in client.get(f"/articles/{article_id}").text
