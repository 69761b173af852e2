"""The package as a user installs it: a wheel built from this checkout, installed with the locked dependencies into a
fresh virtualenv, serves its pages (templates), its static files and a narration from there, run outside the checkout
so that nothing is imported or read from it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from uv import find_uv_bin

import app
from tests.web.server import free_port

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "app" / "web" / "static"
ARTICLE = (
    "Le vent se lève sur la côte\n\n"
    "Des rafales de cent kilomètres par heure sont attendues mercredi soir sur le littoral breton, selon les "
    "prévisionnistes, qui appellent à la prudence."
)


def run(command: list, cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, env=outside_env(), capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def outside_env(**extra: str) -> dict[str, str]:
    """This process's environment without what would lead Python back to the checkout or to its virtualenv."""
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, **extra}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtualenv holding the locked dependencies and the wheel; returns its folder."""
    folder = tmp_path_factory.mktemp("wheel")
    # The build sees only what it needs (a copy: an in-tree build would leave build/ in the checkout).
    source = folder / "source"
    source.mkdir()
    shutil.copy(ROOT / "pyproject.toml", source)
    shutil.copy(ROOT / "README.md", source)
    shutil.copytree(ROOT / "app", source / "app", ignore=shutil.ignore_patterns("__pycache__"))
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", "dist", source], folder)
    (wheel,) = (folder / "dist").glob("narrateur-*.whl")
    assert wheel.name == f"narrateur-{app.__version__}-py3-none-any.whl"

    venv = folder / "venv"
    run([sys.executable, "-m", "venv", venv], folder)
    # The locked dependencies as scripts/setup installs them, through uv rather than pip: the same files checked
    # against the same hashes, in seconds instead of a minute and a half.
    lock = ROOT / "requirements" / "lock.txt"
    run(
        [find_uv_bin(), "pip", "install", "-q", "--python", venv / "bin" / "python", "--require-hashes", "-r", lock],
        folder,
    )
    run([venv / "bin" / "python", "-m", "pip", "install", "-q", "--no-deps", wheel], folder)
    run([venv / "bin" / "python", "-m", "pip", "check"], folder)  # the lock holds everything the wheel requires
    return venv


def test_the_installed_package_is_the_wheel_not_the_checkout(installed: Path):
    where = run([installed / "bin" / "python", "-c", "import app; print(app.__file__)"], installed.parent)
    assert Path(where.strip()).is_relative_to(installed / "lib")
    version = run([installed / "bin" / "narrateur", "--version"], installed.parent)
    assert version == f"narrateur {app.__version__}\n"


@pytest.fixture
def served(installed: Path, tmp_path: Path):
    """`narrateur serve` from the wheel's virtualenv, in an empty folder; yields its address."""
    port = free_port()
    env = outside_env(
        NARRATEUR_DATA_DIR=str(tmp_path / "data"),
        NARRATEUR_CACHE_DIR=str(tmp_path / "cache"),
        NARRATEUR_ENGINE="espeak",
        NARRATEUR_SOURCE_POLLING="false",
    )
    log = tmp_path / "server.log"
    with open(log, "wb") as output:
        server = subprocess.Popen(
            [installed / "bin" / "narrateur", "serve", "--port", str(port)],
            cwd=tmp_path,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while server.poll() is None and time.monotonic() < deadline:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise AssertionError("the installed service did not start:\n" + log.read_text())
        yield url
    finally:
        server.terminate()
        server.wait(30)


def test_the_installed_service_serves_its_pages_and_static_files(served: str):
    home = httpx.get(served + "/")
    assert home.status_code == 200
    assert '<h1 id="titre">Écoutez vos articles de presse</h1>' in home.text
    assert '<link rel="stylesheet" href="/static/style.css">' in home.text

    css = httpx.get(served + "/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert css.content == (STATIC / "style.css").read_bytes()
    # Every static file ships: the scripts, fonts and icons the pages load.
    missing = [
        str(path.relative_to(STATIC))
        for path in sorted(STATIC.rglob("*"))
        if path.is_file() and httpx.get(f"{served}/static/{path.relative_to(STATIC)}").content != path.read_bytes()
    ]
    assert missing == []
    assert httpx.get(served + "/favicon.ico").content == (STATIC / "favicon.ico").read_bytes()

    library = httpx.get(served + "/bibliotheque")
    assert library.status_code == 200 and '<h1 id="titre">Bibliothèque</h1>' in library.text
    unknown = httpx.get(served + "/articles/0123456789abcdef", headers={"Accept": "text/html"})
    assert unknown.status_code == 404 and '<html lang="fr">' in unknown.text


def test_the_installed_service_narrates_an_article(served: str):
    submitted = httpx.post(served + "/api/articles", json={"text": ARTICLE}, timeout=30)
    assert submitted.status_code == 202
    article_id = submitted.json()["id"]
    deadline = time.monotonic() + 180
    while (state := httpx.get(f"{served}/api/articles/{article_id}").json())["status"] not in ("ready", "failed"):
        assert time.monotonic() < deadline, f"still {state['status']} after 180 s"
        time.sleep(0.2)
    assert state["status"] == "ready" and state["engine"] == "espeak"
    page = httpx.get(f"{served}/articles/{article_id}")
    assert page.status_code == 200 and '<h1 id="titre">Le vent se lève sur la côte</h1>' in page.text
    audio = httpx.get(f"{served}/articles/{article_id}/audio.mp3")
    assert audio.status_code == 200 and audio.headers["content-type"] == "audio/mpeg"
    assert audio.content[:3] == b"ID3"
