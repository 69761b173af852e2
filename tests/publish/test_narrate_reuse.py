"""`narrateur narrate` run again on the same article copies the narration it kept, and only when nothing changed."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import load_settings
from app.publish import reuse
from tests.command import Finished, narrateur
from tests.paths import SEED


def narrate(folder: Path, output: str, *extra: str, source: Path = SEED, **env: str) -> Finished:
    environment = {"NARRATEUR_CACHE_DIR": str(folder / "cache"), "NARRATEUR_ENGINE": "espeak", **env}
    finished = narrateur("narrate", str(source), "-o", output, *extra, cwd=folder, env=environment)
    assert finished.returncode == 0, finished.stderr
    return finished


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.mark.slow
def test_the_same_article_again_is_copied_whole_with_its_chapters_and_transcript(tmp_path):
    first = narrate(tmp_path, "first.mp3")
    again = narrate(tmp_path, "again.mp3", "--chapters", "chapters.json", "--vtt", "transcript.vtt")
    assert "reused the narration made" not in first.stdout
    assert "reused the narration made" in again.stdout
    assert (tmp_path / "first.mp3").read_bytes() == (tmp_path / "again.mp3").read_bytes()
    # Asked for only the second time, the chapters and transcript are the ones of that narration.
    assert '"Réajuster les budgets militaires"' in (tmp_path / "chapters.json").read_text(encoding="utf-8")
    assert "<v Jim Mattis>" in (tmp_path / "transcript.vtt").read_text(encoding="utf-8")
    said_first, said_again = first.stdout.split(")")[0], again.stdout.split(")")[0]
    assert said_first.replace("first", "again") == said_again  # same duration, size and chapters


@pytest.mark.slow
def test_a_kept_narration_is_copied_without_loading_the_stacks_or_the_log(tmp_path):
    """What the copy costs is start-up (the speed issue): no article or audio stack, no numpy, no Pillow, and not
    even `logging`, which only -v shows."""
    narrate(tmp_path, "first.mp3")
    probe = (
        "import sys\n"
        "from app.cli import main\n"
        f"status = main(['narrate', {str(SEED)!r}, '-o', 'again.mp3', '-q'])\n"
        "print(status, *[m for m in ('logging', 'numpy', 'PIL', 'app.article', 'app.speech') if m in sys.modules])\n"
    )
    environment = {**os.environ, "NARRATEUR_CACHE_DIR": str(tmp_path / "cache"), "NARRATEUR_ENGINE": "espeak"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=environment, timeout=120
    )
    assert result.stdout.split() == ["0"], result.stderr
    assert (tmp_path / "again.mp3").read_bytes() == (tmp_path / "first.mp3").read_bytes()


@pytest.mark.slow
def test_a_changed_voice_setting_or_article_is_narrated_again(tmp_path):
    narrate(tmp_path, "first.mp3")
    slower = narrate(tmp_path, "slower.mp3", NARRATEUR_VOICES='{"narrator": {"espeak_rate_wpm": 130}}')
    edited = tmp_path / "edited.txt"
    edited.write_text(SEED.read_text(encoding="utf-8").replace("Jim Mattis", "James Mattis"), encoding="utf-8")
    other = narrate(tmp_path, "edited.mp3", source=edited)
    assert "reused" not in slower.stdout and "reused" not in other.stdout
    assert (tmp_path / "slower.mp3").stat().st_size > (tmp_path / "first.mp3").stat().st_size


@pytest.mark.slow
def test_a_damaged_kept_narration_is_made_again(tmp_path):
    narrate(tmp_path, "first.mp3")
    (kept,) = (tmp_path / "cache" / reuse.FOLDER).iterdir()
    mp3 = kept / reuse.MP3
    mp3.write_bytes(mp3.read_bytes()[: mp3.stat().st_size // 2])
    again = narrate(tmp_path, "again.mp3")
    assert "reused" not in again.stdout
    assert (tmp_path / "first.mp3").read_bytes()[-50_000:] == (tmp_path / "again.mp3").read_bytes()[-50_000:]


@pytest.mark.slow
def test_under_auto_a_local_voice_is_reused_only_while_google_s_silence_is_remembered(tmp_path):
    unreachable = {
        "NARRATEUR_ENGINE": "auto",
        "NARRATEUR_GTTS_BASE_URL": closed_port_url(),
        "NARRATEUR_GTTS_RETRIES": "0",
    }
    first = narrate(tmp_path, "first.mp3", **unreachable)
    remembered = narrate(tmp_path, "remembered.mp3", **unreachable)
    forgotten = narrate(tmp_path, "forgotten.mp3", NARRATEUR_GTTS_PROBE_TTL_S="0", **unreachable)
    assert "engine espeak (auto:" in first.stdout
    assert "reused" in remembered.stdout
    assert "reused" not in forgotten.stdout


def test_the_key_follows_the_lexicon_s_content_and_leaves_wyoming_voices_alone(tmp_path):
    lexicon = tmp_path / "lexicon.json"
    lexicon.write_text('{"OTAN": "Otanne"}', encoding="utf-8")
    settings = load_settings(lexicon_path=lexicon)
    before = reuse.narration_key(b"Bonjour.", "auto", "espeak", settings)
    lexicon.write_text('{"OTAN": "O T A N"}', encoding="utf-8")
    assert reuse.narration_key(b"Bonjour.", "auto", "espeak", settings) != before
    assert reuse.narration_key(b"Bonjour.", "auto", "espeak", load_settings(data_dir=tmp_path / "x")) == (
        reuse.narration_key(b"Bonjour.", "auto", "espeak", load_settings(data_dir=tmp_path / "y"))
    )
    over_wyoming = load_settings(wyoming_host="127.0.0.1")
    assert reuse.narration_key(b"Bonjour.", "auto", "piper", over_wyoming) is None
    assert reuse.narration_key(b"Bonjour.", "auto", "espeak", over_wyoming) is not None


def test_only_the_most_recently_used_narrations_are_kept(tmp_path):
    cache = tmp_path / "cache"
    (tmp_path / "a.mp3").write_bytes(b"\xff\xfb" * 10)
    for number in range(reuse.KEEP + 3):
        summary = {"title": "T", "duration_ms": 1, "chapters": 1, "engine": "espeak", "engine_note": "", "made_at": 0}
        reuse.keep(cache, f"key{number}", {reuse.MP3: tmp_path / "a.mp3"}, summary)
        os.utime(cache / reuse.FOLDER / f"key{number}", (number, number))
    assert reuse.find(cache, "key0", "espeak", 300) is None
    assert reuse.find(cache, f"key{reuse.KEEP + 2}", "espeak", 300) is not None
    assert len(list((cache / reuse.FOLDER).iterdir())) == reuse.KEEP
