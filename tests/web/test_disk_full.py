"""A full disk evicts clips first, then fails with one sentence and leaves nothing partial; a read-only cache
says so in its own words. Real small file systems (tmpfs)."""

from __future__ import annotations

import pytest

from tests.paths import SEED_TEXT
from tests.web.disks import fill, tmpfs
from tests.web.helpers import wait_ready

OTHER = "Un autre titre\nUn autre paragraphe de l'article, assez long pour compter comme un article.\n" + (
    "Un second paragraphe, différent du premier, dit encore autre chose sur le même sujet.\n"
)


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".part", ".tmp")))


@pytest.mark.slow
def test_a_full_cache_disk_evicts_old_clips_and_the_narration_succeeds(make_client, tmp_path):
    with tmpfs(tmp_path / "cache", 3000):
        client = make_client()
        first = client.post("/api/articles", json={"text": SEED_TEXT}).json()["id"]
        assert wait_ready(client, first)["status"] == "ready"
        fill(tmp_path / "cache")
        second = client.post("/api/articles", json={"text": OTHER}).json()["id"]
        state = wait_ready(client, second)
        assert state["status"] == "ready", state["error"]
        assert client.get(f"/articles/{second}/audio.mp3").status_code == 200
        assert leftovers(tmp_path / "cache") == []


@pytest.mark.slow
def test_a_full_data_disk_fails_with_one_sentence_and_leaves_nothing_partial(make_client, tmp_path):
    with tmpfs(tmp_path / "data", 4000):
        client = make_client()
        first = client.post("/api/articles", json={"text": OTHER}).json()["id"]
        assert wait_ready(client, first)["status"] == "ready"
        filler = fill(tmp_path / "data")
        answer = client.post("/api/articles", json={"text": SEED_TEXT})
        if answer.status_code == 202:  # the row fitted in the database's free pages: the narration then fails
            state = wait_ready(client, answer.json()["id"])
            assert state["status"] == "failed"
            assert state["error"].startswith("The disk is full:"), state["error"]
        else:
            assert answer.status_code == 507 and answer.json()["detail"].startswith("The disk is full:")
        # Reading still works, and nothing half-written is left.
        assert client.get("/").status_code == 200
        assert [a["id"] for a in client.get("/api/articles").json()][-1] == first
        assert leftovers(tmp_path / "data") == []
        filler.unlink()
        again = client.post("/api/articles", json={"text": SEED_TEXT})
        assert again.status_code == 202, again.text
        assert wait_ready(client, again.json()["id"])["status"] == "ready"


def test_a_read_only_cache_fails_the_narration_with_the_caches_own_sentence(make_client, tmp_path):
    with tmpfs(tmp_path / "cache", 1000, read_only=True):
        client = make_client()
        state = wait_ready(client, client.post("/api/articles", json={"text": OTHER}).json()["id"])
        assert state["status"] == "failed"
        assert state["error"] == f"The clip cache at {tmp_path / 'cache'} cannot be written: Read-only file system."
