"""`narrateur narrate` end to end with real espeak-ng and ffmpeg, checked the way a podcast app reads the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from tests.command import Finished, narrateur
from tests.media import ffprobe
from tests.paths import SEED


def narrate(tmp_path: Path, *extra: str, source: str | None = None) -> Finished:
    env = {"NARRATEUR_CACHE_DIR": str(tmp_path / "cache"), "NARRATEUR_ENGINE": "espeak"}
    return narrateur("narrate", source or str(SEED), *extra, cwd=tmp_path, env=env)


@pytest.fixture(scope="module")
def seed_mp3(tmp_path_factory):
    folder = tmp_path_factory.mktemp("narrate")
    result = narrate(folder, "-o", "seed.mp3", "--chapters", "chapters.json", "--vtt", "transcript.vtt")
    assert result.returncode == 0, result.stderr
    return folder, result


def test_prints_where_how_long_and_which_engine(seed_mp3):
    _, result = seed_mp3
    assert result.stdout.count("\n") == 1  # one summary line
    assert result.stdout.startswith("Wrote seed.mp3 (2 min ")
    assert ", and chapters.json, transcript.vtt; engine espeak (espeak-ng was asked for)" in result.stdout


def test_ffprobe_lists_the_chapters_in_order(seed_mp3):
    folder, _ = seed_mp3
    chapters = ffprobe(folder / "seed.mp3", "-show_chapters")["chapters"]
    assert [c["tags"]["title"] for c in chapters] == [
        "Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN",
        "Réajuster les budgets militaires",
    ]
    assert float(chapters[0]["start_time"]) == 0
    json_chapters = json.loads((folder / "chapters.json").read_text())["chapters"]
    assert float(chapters[1]["start_time"]) == pytest.approx(json_chapters[1]["startTime"], abs=0.001)
    assert 60 < float(chapters[1]["start_time"]) < float(chapters[1]["end_time"])


def test_heading_is_spoken_where_its_chapter_starts(seed_mp3):
    folder, _ = seed_mp3
    cues = (folder / "transcript.vtt").read_text().split("\n\n")
    heading_cue = next(c for c in cues if c.endswith("Réajuster les budgets militaires"))
    start = heading_cue.split("\n")[1].split(" --> ")[0]
    seconds = sum(float(x) * m for x, m in zip(start.split(":"), (3600, 60, 1), strict=False))
    chapter = ffprobe(folder / "seed.mp3", "-show_chapters")["chapters"][1]
    assert float(chapter["start_time"]) == pytest.approx(seconds, abs=0.002)


def test_constant_bit_rate_mono_speech(seed_mp3):
    folder, _ = seed_mp3
    stream = ffprobe(folder / "seed.mp3", "-show_streams")["streams"][0]
    assert stream["codec_name"] == "mp3" and stream["channels"] == 1 and stream["bit_rate"] == "64000"
    info = MP3(folder / "seed.mp3").info
    assert info.bitrate == 64000 and info.sample_rate == 22050


def test_id3v23_tags(seed_mp3):
    folder, _ = seed_mp3
    tag = ID3(folder / "seed.mp3")
    assert tag.version == (2, 3, 0)
    assert str(tag["TIT2"]) == "Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN"
    assert str(tag["TLAN"]) == "fre" and str(tag["TCON"]) == "Podcast" and str(tag["TALB"]) == "Narrateur"
    assert str(tag["TPE1"]) == "Narrateur"
    assert str(tag.getall("COMM")[0]).startswith("Le secrétaire américain à la Défense")
    assert tag.getall("APIC")[0].mime == "image/jpeg" and len(tag.getall("APIC")[0].data) > 5000
    toc = tag["CTOC:toc"]
    assert toc.child_element_ids == ["chp0", "chp1"] and toc.flags & 3 == 3  # top-level and ordered
    assert str(tag["CHAP:chp1"].sub_frames["TIT2"]) == "Réajuster les budgets militaires"


def test_json_chapters_and_vtt_transcript(seed_mp3):
    folder, _ = seed_mp3
    document = json.loads((folder / "chapters.json").read_text())
    assert document["version"] == "1.2.0"
    assert [set(c) for c in document["chapters"]] == [{"startTime", "endTime", "title"}] * 2
    transcript = (folder / "transcript.vtt").read_text()
    assert transcript.startswith("WEBVTT\n")
    assert "<v Jim Mattis>« L'alliance reste fondamentale" in transcript
    assert "<v Jens Stoltenberg>« Je suis absolument certain" in transcript


@pytest.mark.parametrize(
    "args,message",
    [
        (["-o", "out.mp3", "--engine", "klingon"], "Unknown engine 'klingon'"),
        (["-o", "missing/out.mp3"], "does not exist"),
    ],
)
def test_bad_arguments_one_sentence_no_file(tmp_path, args, message):
    result = narrate(tmp_path, *args)
    assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.mp3")) and not list(tmp_path.glob(".*part"))


def test_bad_input_leaves_nothing_behind(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = narrate(tmp_path, "-o", "out.mp3", source=str(empty))
    assert result.returncode != 0 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "out.mp3").exists()
