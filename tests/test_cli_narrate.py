"""`narrateur narrate` as people use it: URLs from a (local) web site, several inputs at once, names from the
title, files beside the MP3, one MP3 per chapter, exit codes; real espeak-ng and ffmpeg, the command run in this
process (tests/test_cli_progress.py runs it as a whole process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.command import Finished, narrateur
from tests.local_site import LocalSite
from tests.media import ffprobe
from tests.paths import FIXTURES, SEED

SEED_TITLE = "Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN"
LE_MONDE_TITLE = "À Bruxelles, l'OTAN cherche à rassurer ses membres européens"


def narrate(folder: Path, *args: str, stdin: bytes = b"", **env: str) -> Finished:
    environment = {"NARRATEUR_CACHE_DIR": str(folder.parent / f"{folder.name}-cache"), "NARRATEUR_ENGINE": "espeak"}
    return narrateur("narrate", *args, stdin=stdin, cwd=folder, env={**environment, **env})


@pytest.fixture(scope="module")
def site():
    with LocalSite() as running:
        running.put("/monde/otan.html", "text/html; charset=utf-8", (FIXTURES / "le_monde.html").read_bytes())
        yield running


def mp3_seconds(path: Path) -> float:
    return float(ffprobe(path, "-show_format")["format"]["duration"])


@pytest.mark.slow
def test_a_url_is_narrated_under_its_title_in_the_current_folder(tmp_path, site):
    result = narrate(tmp_path, site.url + "/monde/otan.html", NARRATEUR_ALLOW_PRIVATE_URLS="true")
    assert result.returncode == 0, result.stderr
    mp3 = tmp_path / f"{LE_MONDE_TITLE}.mp3"
    assert mp3_seconds(mp3) > 30
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Wrote {LE_MONDE_TITLE}.mp3 (1 min") and "engine espeak" in lines[0]
    assert result.stderr == ""


def test_a_local_address_is_refused_unless_allowed(tmp_path, site):
    result = narrate(tmp_path, site.url + "/monde/otan.html")
    assert result.returncode == 2 and result.stdout == ""
    error = result.stderr
    assert error.count("\n") == 1 and "points to a private or local address" in error and "Traceback" not in error
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_several_inputs_one_summary_line_each_in_their_order(tmp_path, site):
    seed = str(SEED)
    url = site.url + "/monde/otan.html"
    html = (FIXTURES / "afp_depeche.html").read_bytes()
    result = narrate(
        tmp_path, seed, url, "-", "-o", "sorties/", "--chapters", "auto", "--vtt", "auto",
        stdin=html, NARRATEUR_ALLOW_PRIVATE_URLS="true",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"Wrote sorties/{SEED_TITLE}.mp3 (2 min")
    assert lines[1].startswith(f"Wrote sorties/{LE_MONDE_TITLE}.mp3")
    assert all("and its .chapters.json, .vtt; engine espeak" in line for line in lines)
    written = sorted(path.name for path in (tmp_path / "sorties").iterdir())
    stems = {name.split(".")[0] for name in written}
    assert len(written) == 9 and len(stems) == 3
    chapters = json.loads((tmp_path / "sorties" / f"{SEED_TITLE}.chapters.json").read_text())
    assert [c["title"] for c in chapters["chapters"]] == [SEED_TITLE, "Réajuster les budgets militaires"]
    transcript = (tmp_path / "sorties" / f"{LE_MONDE_TITLE}.vtt").read_text()
    assert transcript.startswith("WEBVTT")


@pytest.mark.slow
def test_one_chapter_mp3_each_as_the_service_names_them(tmp_path):
    result = narrate(tmp_path, str(SEED), "-o", "seed.mp3", "--per-chapter", "chapitres")
    assert result.returncode == 0, result.stderr
    assert "2 chapter MP3s in chapitres/" in result.stdout
    files = sorted((tmp_path / "chapitres").iterdir())
    assert [path.name for path in files] == ["chapitre-01.mp3", "chapitre-02.mp3"]
    whole = ffprobe(tmp_path / "seed.mp3", "-show_chapters")["chapters"]
    for path, chapter in zip(files, whole, strict=True):
        probed = ffprobe(path, "-show_format")["format"]
        expected = float(chapter["end_time"]) - float(chapter["start_time"])
        assert float(probed["duration"]) == pytest.approx(expected, abs=0.1)
        assert probed["tags"]["title"].endswith(chapter["tags"]["title"])


@pytest.mark.slow
def test_the_same_title_twice_gets_two_names(tmp_path):
    seed = str(SEED)
    result = narrate(tmp_path, seed, seed)
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in tmp_path.glob("*.mp3")) == [f"{SEED_TITLE} (2).mp3", f"{SEED_TITLE}.mp3"]


@pytest.mark.slow
def test_a_failing_input_fails_alone_and_says_so(tmp_path, site):
    empty = tmp_path / "vide.txt"
    empty.write_text("")
    result = narrate(
        tmp_path, str(SEED), str(empty), site.url + "/absente.html",
        NARRATEUR_ALLOW_PRIVATE_URLS="true",
    )  # fmt: skip
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1 and (tmp_path / f"{SEED_TITLE}.mp3").exists()
    errors = result.stderr.splitlines()
    assert len(errors) == 2 and "Traceback" not in result.stderr
    assert errors[0].startswith(f"narrateur: {empty}: ") and "answered HTTP 404" in errors[1]


def test_nothing_readable_is_bad_input(tmp_path):
    empty = tmp_path / "vide.txt"
    empty.write_text("")
    result = narrate(tmp_path, str(empty), str(tmp_path / "absent.txt"))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 2
    assert "No such file" in result.stderr


@pytest.mark.parametrize(
    "args,message",
    [
        (["-o", "un.mp3"], "-o names one file but 2 inputs were given: give a folder instead (-o DIR/)"),
        (["--chapters", "c.json"], "--chapters names one file but 2 inputs were given: use --chapters auto"),
        (["-", "-"], "Standard input (-) can be read only once"),
    ],
)
def test_arguments_that_cannot_work_are_refused_before_anything_is_read(tmp_path, args, message):
    seed = str(SEED)
    inputs = [] if args[0] == "-" else [seed, seed]
    result = narrate(tmp_path, *inputs, *args, stdin=b"")
    assert result.returncode == 2 and message in result.stderr and result.stdout == ""
    assert not list(tmp_path.glob("*.mp3"))


@pytest.mark.slow
def test_quiet_prints_nothing_and_verbose_prints_the_log(tmp_path):
    seed = str(SEED)
    quiet = narrate(tmp_path, seed, "-q", "-o", "q.mp3")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
    verbose = narrate(tmp_path, seed, "-v", "-o", "v.mp3", NARRATEUR_CACHE_DIR=str(tmp_path / "other-cache"))
    log = verbose.stderr
    assert verbose.returncode == 0 and "INFO app.narrate_cli" in log and "20 segments, engine espeak" in log
    assert "clips made" in log and len(verbose.stdout.splitlines()) == 1


def test_help_lists_the_exit_codes():
    for args in (["--help"], ["narrate", "--help"]):
        result = narrateur(*args)
        assert result.returncode == 0
        assert "0  every input was narrated" in result.stdout
        assert "1  some inputs failed" in result.stdout and "2  bad input" in result.stdout
