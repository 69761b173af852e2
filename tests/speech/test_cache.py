import itertools
import multiprocessing
import os
import threading
import time

import numpy as np

from app.config import VoiceProfile
from app.speech.audio import AudioFormat, Pcm
from app.speech.cache import ClipCache, clip_key
from app.speech.encode import encode_clip


def clip(ms: int = 500):
    return encode_clip(Pcm(np.zeros(int(22.05 * ms), dtype=np.int16), 22050), AudioFormat())


def key(text: str) -> str:
    return clip_key("fake", VoiceProfile(), text, AudioFormat())


def test_key_changes_with_engine_voice_text_and_format():
    base = clip_key("espeak", VoiceProfile(), "Bonjour", AudioFormat())
    assert base != clip_key("gtts", VoiceProfile(), "Bonjour", AudioFormat())
    assert base != clip_key("espeak", VoiceProfile(espeak_pitch=20), "Bonjour", AudioFormat())
    assert base != clip_key("espeak", VoiceProfile(), "Bonjour.", AudioFormat())
    assert base != clip_key("espeak", VoiceProfile(), "Bonjour", AudioFormat(bitrate_kbps=96))


def test_round_trip_and_truncated_file_is_made_again(tmp_path):
    cache = ClipCache(tmp_path, 10**9)
    stored, made = cache.get_or_make(key("a"), clip)
    assert made and cache.get(key("a")) == stored
    stored.path.write_bytes(stored.path.read_bytes()[:-100])  # a crash mid-write, or disk damage
    assert cache.get(key("a")) is None
    again, made = cache.get_or_make(key("a"), clip)
    assert made and again.size_bytes == stored.size_bytes


def test_no_temp_files_left(tmp_path):
    cache = ClipCache(tmp_path, 10**9)
    cache.get_or_make(key("a"), clip)
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def _make_in_a_process(folder: str, text: str, log: str) -> bool:
    def slow_make():
        with open(log, "a") as made:
            made.write("made\n")
        time.sleep(0.3)
        return clip()

    return ClipCache(folder, 10**9).get_or_make(key(text), slow_make)[1]


def test_processes_sharing_the_cache_make_a_clip_once_and_leave_only_clips(tmp_path):
    # The service and a command line share one cache: the second to ask for a clip waits for the first's.
    cache, log = tmp_path / "cache", tmp_path / "made.log"
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        made = pool.starmap(_make_in_a_process, [(str(cache), "same", str(log))] * 3)
    assert sorted(made) == [False, False, True]
    assert log.read_text() == "made\n"
    assert [path.name for path in cache.rglob("*") if path.is_file()] == [f"{key('same')}.clip"]


def test_concurrent_requests_make_the_clip_once(tmp_path):
    cache = ClipCache(tmp_path, 10**9)
    made = []

    def slow_make():
        made.append(1)
        time.sleep(0.2)
        return clip()

    threads = [threading.Thread(target=cache.get_or_make, args=(key("same"), slow_make)) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1


def made_at(stored, moment: int) -> None:
    """Sets when a clip was last used, as the cache records it (its file's mtime), to a whole second of a clock
    the test moves itself, long ago: the clips' order never depends on the real clock or on the file system's
    timestamp resolution, and a clip read since (the cache stamps it with the real time) is newer than all."""
    os.utime(stored.path, (moment, moment))


def test_size_bound_evicts_least_recently_used_but_not_pinned(tmp_path):
    one = clip(2000)
    bound = len(one.mp3) * 5 + 100
    cache = ClipCache(tmp_path, bound)
    clock = itertools.count(1_000_000)
    with cache.pinned([key("0")]):
        for index in range(7):
            cache.get(key("1"))  # kept in use
            made, _ = cache.get_or_make(key(str(index)), lambda: one)
            made_at(made, next(clock))
    assert cache.size_bytes() <= bound
    assert cache.get(key("0")) is not None  # pinned by a running narration
    assert cache.get(key("1")) is not None  # recently used
    assert cache.get(key("2")) is None
    assert cache.get(key("6")) is not None  # the newest
