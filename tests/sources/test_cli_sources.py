"""`narrateur sources` as a person (or cron) runs it: the command in this process, real espeak-ng, a local web
site; the service holding the data folder is another process, as it is in real use."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest

from tests.command import Finished, narrateur
from tests.local_site import LocalSite, atom, rss
from tests.paths import FIXTURES, ROOT
from tests.sources.helpers import ARTICLES


def sources(folder, *args: str) -> Finished:
    env = {
        "NARRATEUR_DATA_DIR": str(folder / "data"),
        "NARRATEUR_CACHE_DIR": str(folder / "cache"),
        "NARRATEUR_ENGINE": "espeak",
        "NARRATEUR_ALLOW_PRIVATE_URLS": "true",
    }
    return narrateur("sources", *args, env=env)


@pytest.fixture
def site():
    with LocalSite() as running:
        for index, name in enumerate(ARTICLES):
            running.put(f"/a/{index}.html", "text/html; charset=utf-8", (FIXTURES / name).read_bytes())
        yield running


def entries(site, count: int) -> list[tuple[str, str, str]]:
    return [(f"guid-{index}", f"{site.url}/a/{index}.html", f"Article {index}") for index in range(count)]


@pytest.mark.slow
def test_follow_a_feed_narrate_its_items_then_only_the_new_one(tmp_path, site):
    url = site.put("/rss.xml", "application/rss+xml", rss("Le fil", entries(site, 3)))
    added = sources(tmp_path, "add", url, "--backfill", "3")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith('Following "Le fil" (id ') and "3 items seen, 3 to narrate" in added.stdout

    first = sources(tmp_path, "run")
    assert first.returncode == 0 and first.stderr == "", first.stderr
    lines = first.stdout.splitlines()
    assert len(lines) == 3 and all(line.startswith('Narrated "') and " from Le fil (" in line for line in lines)
    for line in lines:
        assert os.path.getsize(line.rsplit(": ", 1)[1]) > 100_000  # the published MP3

    site.put("/rss.xml", "application/rss+xml", rss("Le fil", entries(site, 4)))
    second = sources(tmp_path, "run", "--now")
    assert second.returncode == 0 and len(second.stdout.splitlines()) == 1
    assert "OTAN" not in second.stdout and site.count("/a/3.html") == 1

    unchanged = sources(tmp_path, "run", "--now")
    assert unchanged.returncode == 0 and unchanged.stdout == "" and site.requests[-1] == ("/rss.xml", 304)
    assert [site.count(f"/a/{index}.html") for index in range(4)] == [1, 1, 1, 1]


@pytest.mark.slow
def test_a_broken_item_fails_alone_exits_1_and_is_listed(tmp_path, site):
    items = [*entries(site, 1), ("cassé", f"{site.url}/a/absent.html", "Cassé")]
    url = site.put("/atom.xml", "application/atom+xml", atom("Fil Atom", items))
    assert sources(tmp_path, "add", url, "--backfill", "2").returncode == 0
    run = sources(tmp_path, "run")
    assert run.returncode == 1 and len(run.stdout.splitlines()) == 1
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert re.match(
        r"narrateur: Fil Atom: \S+/a/absent\.html: The page at \S+ answered HTTP 404\. \(attempt 1 of 5, tried again in 5 min",
        run.stderr,
    )
    listed = sources(tmp_path, "list")
    assert "1 narrated, 1 waiting, 0 failed, 0 skipped" in listed.stdout and "answered HTTP 404" in listed.stdout


def test_bad_input_exits_2_in_one_sentence(tmp_path, site):
    page = sources(tmp_path, "add", f"{site.url}/a/0.html")
    assert page.returncode == 2 and "is text/html, not a feed" in page.stderr and page.stderr.count("\n") == 1
    negative = sources(tmp_path, "add", f"{site.url}/rss.xml", "--backfill", "-1")
    assert negative.returncode == 2 and "--backfill is a number of items" in negative.stderr
    unknown = sources(tmp_path, "remove", "0123456789abcdef")
    assert unknown.returncode == 2 and "No source with id" in unknown.stderr


HOLD_THE_DATA_FOLDER = textwrap.dedent(
    """
    import sys
    from app.library.lock import DataFolderLock

    lock = DataFolderLock(sys.argv[1])
    lock.acquire()
    print("held", flush=True)
    sys.stdin.read()
    """
)


@pytest.mark.slow
def test_run_leaves_a_data_folder_with_a_service_to_the_service(tmp_path):
    # The lock is a POSIX record lock, owned by a process: the service holding it must be another process.
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_DATA_FOLDER, str(tmp_path / "data")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline() == "held\n"
        run = sources(tmp_path, "run")
    finally:
        holder.stdin.close()
        holder.wait(30)
    assert f"(process {holder.pid})" in run.stderr
    assert run.returncode == 2 and "already using the data folder" in run.stderr
    assert "a service runs on this data folder and polls its sources itself" in run.stderr
