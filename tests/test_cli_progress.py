"""The progress bar of `narrateur narrate`: shown on a terminal (a pseudo-terminal here), never in a pipe."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time

import pytest

from tests.paths import SEED

pytestmark = pytest.mark.slow  # whole processes on a pipe and a pseudo-terminal, real espeak-ng


def run_with_stderr_on_a_terminal(folder, *args: str) -> tuple[int, str, str]:
    """(exit status, standard output, what the terminal showed on standard error)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {
        **os.environ,
        "NARRATEUR_ENGINE": "espeak",
        "NARRATEUR_CACHE_DIR": str(folder / "cache"),
        "TERM": "xterm-256color",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "narrate", *args], stdout=subprocess.PIPE, stderr=slave, env=env, cwd=folder
    )
    os.close(slave)
    shown = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    os.close(master)
    status = process.wait(30)
    # What a person reads: the text without the terminal's colour and cursor codes.
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode("utf-8", "replace"))
    return status, process.stdout.read().decode(), text


def test_a_terminal_shows_segments_done_the_engine_and_the_time_left(tmp_path):
    status, out, shown = run_with_stderr_on_a_terminal(tmp_path, str(SEED), "-o", "seed.mp3")
    assert status == 0
    assert re.search(r" ?\d+/20 segments espeak \d\d:\d\d left", shown), shown[-500:]
    assert "20/20 segments" in shown and "seed_otan.txt" in shown
    assert "━" in shown  # the bar itself
    assert out.startswith("Wrote seed.mp3 (") and out.count("\n") == 1


def test_quiet_shows_no_bar_even_on_a_terminal(tmp_path):
    status, out, shown = run_with_stderr_on_a_terminal(tmp_path, str(SEED), "-q", "-o", "q.mp3")
    assert status == 0 and out == "" and "segments" not in shown


def test_a_pipe_gets_the_summary_and_nothing_else(tmp_path):
    env = {**os.environ, "NARRATEUR_ENGINE": "espeak", "NARRATEUR_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-m", "app", "narrate", str(SEED), "-o", "seed.mp3"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("Wrote seed.mp3 (") and result.stdout.count("\n") == 1
