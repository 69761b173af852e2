"""A library that heals: files removed behind the service's back are made again, a damaged row never takes down
a page that lists others, and at start-up a damaged or lost database is rebuilt from the published folders."""

from __future__ import annotations

import shutil
import sqlite3

import httpx
import pytest

from tests.paths import SEED_TEXT
from tests.web.helpers import wait_ready
from tests.web.server import Server, wait_for

pytestmark = pytest.mark.slow  # narrations, damaged databases and restarts

OTHER = "Un autre titre\nUn autre paragraphe de l'article, assez long pour compter comme un article."


def narrated(client, text: str) -> str:
    article_id = client.post("/api/articles", json={"text": text}).json()["id"]
    assert wait_ready(client, article_id)["status"] == "ready"
    return article_id


def test_audio_deleted_behind_the_service_is_narrated_again(client, tmp_path):
    article_id = narrated(client, OTHER)
    (tmp_path / "data" / "articles" / article_id / "audio.mp3").unlink()
    again = client.post("/api/articles", json={"text": OTHER})
    assert again.status_code == 202 and again.json()["status"] in ("queued", "rendering")
    assert wait_ready(client, article_id)["status"] == "ready"
    assert client.get(f"/articles/{article_id}/audio.mp3").status_code == 200


def test_a_ready_article_missing_its_files_is_requeued_when_read(client, tmp_path):
    article_id = narrated(client, OTHER)
    shutil.rmtree(tmp_path / "data" / "articles" / article_id)
    missing = client.get(f"/articles/{article_id}/audio.mp3")
    assert missing.status_code == 404 and missing.json()["detail"] == (
        f"The audio of article {article_id} was missing: it is being narrated again, try again in a minute."
    )
    assert wait_ready(client, article_id)["status"] == "ready"
    assert client.get(f"/articles/{article_id}/audio.mp3").status_code == 200


def test_a_damaged_row_never_takes_down_the_pages_that_list_the_others(client, tmp_path):
    good = narrated(client, SEED_TEXT)
    bad = narrated(client, OTHER)
    with sqlite3.connect(tmp_path / "data" / "narrateur.sqlite3") as connection:
        connection.execute("UPDATE articles SET script_json = '{not json', timeline_json = '[' WHERE id = ?", (bad,))
    assert [a["id"] for a in client.get("/api/articles").json()] == [good]
    home = client.get("/")
    assert home.status_code == 200 and "rassurer les Européens" in home.text
    feed = client.get("/feed.xml")
    assert feed.status_code == 200 and good in feed.text and bad not in feed.text
    damaged = client.get(f"/api/articles/{bad}")
    assert damaged.status_code == 404 and damaged.json()["detail"] == (
        f"The article {bad} is damaged in the library and cannot be read: delete it and narrate it again."
    )
    assert client.delete(f"/api/articles/{bad}").status_code == 204


@pytest.fixture
def server(tmp_path):
    running = Server(tmp_path)
    running.start()
    yield running
    running.stop()


def post_and_wait(server, text: str) -> dict:
    article_id = httpx.post(f"{server.url}/api/articles", json={"text": text}, timeout=30).json()["id"]
    return wait_for(server, article_id, lambda s: s["status"] in ("ready", "failed"))


def zero_pages(database, first_page: int) -> None:
    """Overwrites every page of the file from `first_page` on with zeros, as a failing disk would."""
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = database.stat().st_size
    page = 4096
    with open(database, "r+b") as file:
        file.seek(first_page * page)
        file.write(b"\0" * (size - first_page * page))


@pytest.mark.parametrize("damage", ["zeroed pages", "truncated to nothing"])
def test_a_damaged_database_is_rebuilt_from_the_published_folders_at_start_up(server, tmp_path, damage):
    seed = post_and_wait(server, SEED_TEXT)
    other = post_and_wait(server, OTHER)
    orphan = tmp_path / "data" / "articles" / "0123456789abcdef"
    orphan.mkdir()
    (orphan / "audio.mp3").write_bytes(b"ID3 not a narration")
    server.stop()
    database = tmp_path / "data" / "narrateur.sqlite3"
    if damage == "zeroed pages":
        zero_pages(database, 1)
    else:
        database.write_bytes(b"")
        for extra in ("-wal", "-shm"):
            database.with_name(database.name + extra).unlink(missing_ok=True)

    server.start()
    library = httpx.get(f"{server.url}/api/articles").json()
    assert sorted(a["id"] for a in library) == sorted([seed["id"], other["id"]])
    restored = httpx.get(f"{server.url}/api/articles/{seed['id']}").json()
    assert (
        restored["status"] == "ready"
        and restored["chapters"] == seed["chapters"]
        and restored["segments"] == seed["segments"]
    )
    assert httpx.get(f"{server.url}/articles/{seed['id']}/audio.mp3").status_code == 200
    assert not orphan.exists()  # not a narration: removed, never served
    assert httpx.get(f"{server.url}/articles/0123456789abcdef/audio.mp3").status_code == 404
    if damage == "zeroed pages":  # the damaged file is kept beside, never deleted
        assert list((tmp_path / "data").glob("narrateur.sqlite3.damaged-*"))


def test_a_ready_article_without_its_audio_is_requeued_at_start_up(server, tmp_path):
    seed = post_and_wait(server, SEED_TEXT)
    server.stop()
    (tmp_path / "data" / "articles" / seed["id"] / "audio.mp3").unlink()
    server.start()
    state = wait_for(server, seed["id"], lambda s: s["status"] in ("ready", "failed"))
    assert state["status"] == "ready"
    assert httpx.get(f"{server.url}/articles/{seed['id']}/audio.mp3").status_code == 200


@pytest.fixture
def immutable():
    """Makes files immutable (chattr +i, as an operator or a failing volume might); undone at the end."""
    import subprocess

    made = []

    def make(path):
        result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"chattr +i is not possible here: {result.stderr.strip()}")
        made.append(path)

    yield make
    for path in made:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_an_immutable_database_still_serves_the_library_and_refuses_new_work_in_one_sentence(
    server, tmp_path, immutable
):
    seed = post_and_wait(server, SEED_TEXT)
    server.stop()
    database = tmp_path / "data" / "narrateur.sqlite3"
    immutable(database)
    server.start()
    assert httpx.get(f"{server.url}/").status_code == 200
    assert [a["id"] for a in httpx.get(f"{server.url}/api/articles").json()] == [seed["id"]]
    assert seed["id"] in httpx.get(f"{server.url}/feed.xml").text
    assert httpx.get(f"{server.url}/articles/{seed['id']}/audio.mp3").status_code == 200
    refused = httpx.post(f"{server.url}/api/articles", json={"text": OTHER}, timeout=30)
    assert refused.status_code == 503
    assert refused.json()["detail"].startswith(f"The library's database {database} cannot be written:")
    assert "Traceback" not in (tmp_path / "server.log").read_text()
