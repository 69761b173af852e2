"""The service as users run it: a real server process, real SQLite, real espeak-ng and ffmpeg.
Killed mid-narration and started again, it loses nothing and reuses the clips it had made."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.paths import SEED_TEXT
from tests.web.server import Server, wait_for

pytestmark = pytest.mark.slow  # the service as a process, killed and restarted


@pytest.fixture
def server(tmp_path):
    running = Server(tmp_path)
    running.start()
    yield running
    running.stop()


def test_post_the_seed_wait_fetch_the_mp3_and_read_its_chapters(server, tmp_path):
    created = httpx.post(f"{server.url}/api/articles", json={"text": SEED_TEXT}, timeout=30)
    assert created.status_code == 202
    article_id = created.json()["id"]
    state = wait_for(server, article_id, lambda s: s["status"] in ("ready", "failed"))
    assert state["status"] == "ready", state["error"]
    mp3 = tmp_path / "seed.mp3"
    mp3.write_bytes(httpx.get(f"{server.url}/articles/{article_id}/audio.mp3", timeout=30).content)
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(mp3)],
        capture_output=True,
        text=True,
        check=True,
    )
    chapters = json.loads(probe.stdout)["chapters"]
    assert [c["tags"]["title"] for c in chapters] == [state["title"], "Réajuster les budgets militaires"]
    assert round(float(chapters[1]["start_time"]) * 1000) == state["chapters"][1]["start_ms"]


def long_article() -> str:
    lines = SEED_TEXT.splitlines()
    parts = [SEED_TEXT]
    for number in range(2, 7):
        parts.append(f"Partie {number} du dossier")
        parts += [f"{line} Ce point est repris dans la partie {number}." for line in lines if len(line.split()) > 12]
    return "\n".join(parts)


def clip_inodes(folder: Path) -> dict[str, int]:
    return {path.name: path.stat().st_ino for path in (folder / "cache").glob("*/*.clip")}


def test_killed_mid_job_resumes_after_restart_and_reuses_clips(server, tmp_path):
    created = httpx.post(f"{server.url}/api/articles", json={"text": long_article()}, timeout=30).json()
    article_id = created["id"]
    wait_for(server, article_id, lambda s: s["status"] == "rendering" and s["progress"]["done_segments"] >= 5, 60)
    workers = children_of(server.process.pid)
    server.kill()
    made_before = clip_inodes(tmp_path)
    assert workers and all(gone(pid) for pid in workers), "worker processes died with the killed service"
    assert made_before, "some clips were finished before the crash"

    server.start()
    state = wait_for(server, article_id, lambda s: s["status"] in ("ready", "failed"), 180)
    assert state["status"] == "ready", state["error"]
    after = clip_inodes(tmp_path)
    assert all(after.get(name) == inode for name, inode in made_before.items()), "finished clips were made again"
    audio = httpx.get(f"{server.url}/articles/{article_id}/audio.mp3", timeout=30)
    assert audio.status_code == 200 and len(audio.content) == state_bytes(server, article_id)
    assert [a["id"] for a in httpx.get(f"{server.url}/api/articles").json()] == [article_id]


def children_of(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.append(int(status.parent.name))
    return found


def gone(pid: int, timeout_s: float = 5) -> bool:
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        status = Path(f"/proc/{pid}/status")
        if not status.exists() or "State:\tZ" in status.read_text():
            return True
        time.sleep(0.05)
    return False


def state_bytes(server: Server, article_id: str) -> int:
    feed = httpx.get(f"{server.url}/feed.xml").text
    return int(feed.split('length="')[1].split('"')[0])
