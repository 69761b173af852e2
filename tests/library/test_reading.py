"""Reading a page in a worker process: bounded in wall time and CPU time, killed when its client leaves,
errors arriving whole. Real processes; the endless work is a function that never returns."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from app.deadline import Deadline
from app.errors import BusyError, InputError, ParseTimeoutError, RateLimitedError, WorkCancelledError
from app.library.reading import PageReaders, Reading
from tests.paths import SEED


def spin(pid_file: str) -> None:
    """Burns CPU for ever, after saying which process it is."""
    Path(pid_file).write_text(str(os.getpid()))
    while True:
        pass


def sleep_for_ever(pid_file: str) -> None:
    Path(pid_file).write_text(str(os.getpid()))
    threading.Event().wait()


def refuse(_argument) -> None:
    raise RateLimitedError("Too many things at once", 42)


def gone(pid: int, within_s: float = 10) -> bool:
    ends = time.monotonic() + within_s
    while time.monotonic() < ends:
        status = Path(f"/proc/{pid}/status")
        if not status.exists() or "State:\tZ" in status.read_text():
            return True
        time.sleep(0.05)
    return False


def started_pid(pid_file: Path) -> int:
    ends = time.monotonic() + 30
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < ends, "the worker never started"
        time.sleep(0.01)
    return int(pid_file.read_text())


def test_a_reading_is_the_article_with_its_speech_text():
    article = PageReaders(2, 30).read(Reading(SEED.read_bytes()))
    assert article.title == "Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN"
    assert all(segment.speech_text for segment in article.segments)


@pytest.mark.slow
def test_a_reading_past_its_wall_time_is_killed(tmp_path):
    readers = PageReaders(2, 1)
    with pytest.raises(ParseTimeoutError, match="Reading the page took longer than 1 s and was stopped"):
        readers.run(sleep_for_ever, str(tmp_path / "pid"))
    assert gone(started_pid(tmp_path / "pid"))


@pytest.mark.slow
def test_a_reading_past_its_cpu_time_is_ended_by_the_kernel(tmp_path):
    readers = PageReaders(2, 1)
    outer = Deadline(3600)  # the wall deadline is not what stops it: the process's CPU limit is
    readers.timeout_s = 1
    with pytest.raises(ParseTimeoutError):
        readers._run(spin, str(tmp_path / "pid"), outer)
    assert gone(started_pid(tmp_path / "pid"))


def test_a_reading_whose_client_left_is_killed_at_once(tmp_path):
    readers = PageReaders(2, 3600)
    request = Deadline(3600)
    threading.Thread(target=lambda: (started_pid(tmp_path / "pid"), request.cancel()), daemon=True).start()
    with pytest.raises(WorkCancelledError):
        readers.run(spin, str(tmp_path / "pid"), request)
    assert gone(started_pid(tmp_path / "pid"))


def test_errors_arrive_whole_with_their_fields():
    with pytest.raises(RateLimitedError, match="Too many things at once") as raised:
        PageReaders(2, 30).run(refuse, None)
    assert raised.value.retry_after_s == 42
    with pytest.raises(InputError, match="The input is empty"):
        PageReaders(2, 30).read(Reading(b"   "))


def test_readings_beyond_the_slots_wait_and_give_up_with_one_sentence(tmp_path):
    readers = PageReaders(1, 3600)
    first = Deadline(3600)
    worker = threading.Thread(
        target=lambda: pytest.raises(WorkCancelledError, readers.run, sleep_for_ever, str(tmp_path / "pid"), first)
    )
    worker.start()
    started_pid(tmp_path / "pid")
    with pytest.raises(BusyError, match="Too many articles are being read at once"):
        readers.run(sleep_for_ever, str(tmp_path / "other"), Deadline(0.3))
    assert not (tmp_path / "other").exists()
    first.cancel()
    worker.join(30)
