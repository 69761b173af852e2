"""Published files and clips on S3-compatible storage (moto's server as the endpoint), and the CLI's worker."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading

import pytest

from app.publish.object_storage import ObjectPublications, S3Location, object_storage
from app.speech.audio import EncodedClip
from app.speech.shared_cache import SharedClipCache, shared_name

pytestmark = pytest.mark.slow  # the distributed mode: PostgreSQL and an S3 server


@pytest.fixture
def storage(s3_server, bucket):
    return object_storage(S3Location(bucket, s3_server.url, "us-east-1", "testing", "testing", prefix="narrateur/"))


def test_publishing_uploads_the_staged_files_and_serves_ranges(storage, tmp_path):
    publications = ObjectPublications(storage, tmp_path / "staging")
    folder = publications.staging("0123456789abcdef")
    folder.mkdir(parents=True)
    (folder / "audio.mp3").write_bytes(bytes(range(256)) * 100)
    (folder / "chapters.json").write_text('{"chapters": []}')
    assert not publications.exists("0123456789abcdef")
    publications.publish("0123456789abcdef")
    assert not folder.exists()  # the staging folder goes once uploaded
    assert publications.exists("0123456789abcdef")
    assert sorted(storage.names("articles/")) == [
        "articles/0123456789abcdef/audio.mp3",
        "articles/0123456789abcdef/chapters.json",
    ]
    assert storage.client.list_objects_v2(Bucket=storage.location.bucket)["Contents"][0]["Key"].startswith("narrateur/")

    found = asyncio.run(publications.file("0123456789abcdef", "audio.mp3"))
    assert found.size == 25600 and found.etag.startswith('"')
    assert bytes(asyncio.run(found.read(300, 10))) == (bytes(range(256)) * 100)[300:310]
    assert asyncio.run(publications.file("0123456789abcdef", "cover.jpg")) is None

    publications.remove("0123456789abcdef")
    assert storage.names("articles/") == []
    assert not publications.exists("0123456789abcdef")


class _Locks:
    """One process's lock per key (the cluster's PostgreSQL locks are tested with the store)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()

    def exclusive(self, key):
        return self.lock


def _clip(tag: bytes) -> EncodedClip:
    return EncodedClip(
        frame_count=2,
        samples_per_frame=576,
        sample_rate_hz=22050,
        sound_start_samples=10,
        sound_samples=900,
        mp3=tag * 200,
    )


def test_a_clip_is_made_once_for_every_worker_sharing_the_store(storage, tmp_path):
    locks = _Locks()
    caches = [SharedClipCache(tmp_path / f"cache{n}", 10_000_000, storage, locks) for n in range(2)]
    key = "c0" * 32
    made = []

    def make():
        made.append(1)
        return _clip(b"\xff\xfb")

    results = [None, None]

    def ask(index: int) -> None:
        results[index] = caches[index].get_or_make(key, make)

    threads = [threading.Thread(target=ask, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1
    assert sorted(fresh for _, fresh in results) == [False, True]
    assert results[0][0].read() == results[1][0].read() == b"\xff\xfb" * 200
    assert storage.get(shared_name(key)) is not None


def test_a_damaged_shared_clip_is_made_again(storage, tmp_path):
    cache = SharedClipCache(tmp_path / "cache", 10_000_000, storage, _Locks())
    key = "d1" * 32
    storage.put(shared_name(key), b'{"version": 1, "size_bytes": 3}\nabc')
    clip, fresh = cache.get_or_make(key, lambda: _clip(b"\x01\x02"))
    assert fresh and clip.read() == b"\x01\x02" * 200


def test_worker_outside_the_distributed_mode_says_so(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "NARRATEUR_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "app", "worker"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "set NARRATEUR_DATABASE_URL" in done.stderr


def test_a_bad_database_url_is_one_sentence(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "NARRATEUR_DATABASE_URL": "mysql://x/y"}
    done = subprocess.run([sys.executable, "-m", "app", "worker"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "narrateur: Invalid setting NARRATEUR_DATABASE_URL: it must be a PostgreSQL URL, such as "
        "postgresql://narrateur:secret@db:5432/narrateur."
    )


@pytest.mark.parametrize("command", [["worker"], ["serve", "--port", "0"]])
def test_an_unreachable_database_is_one_sentence(tmp_path, command):
    from tests.web.server import free_port

    env = {
        "PATH": "/usr/bin:/bin",
        "NARRATEUR_DATA_DIR": str(tmp_path),
        "NARRATEUR_DATABASE_URL": f"postgresql://narrateur@127.0.0.1:{free_port()}/narrateur",
    }
    done = subprocess.run([sys.executable, "-m", "app", *command], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("narrateur: PostgreSQL cannot be reached at NARRATEUR_DATABASE_URL")
