"""Voices on disk, and fetching one by name from a host laid out as rhasspy/piper-voices (served locally)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.errors import EngineUnavailableError, FetchError, InputError
from app.speech.voice_download import download_voice
from app.speech.voice_files import find_voice, installed_voices
from tests.command import Finished
from tests.command import narrateur as run_narrateur
from tests.speech.fake_voice_host import FakeVoiceHost, index_entry
from tests.speech.piper_voices import JOE, JOE_CONFIG, JOE_MODEL, joe_folder

JOE_PATH = "en/en_US/joe/medium/en_US-joe-medium"


@pytest.fixture(scope="module")
def joe_files() -> dict[str, bytes]:
    return {f"{JOE_PATH}.onnx": JOE_MODEL.read_bytes(), f"{JOE_PATH}.onnx.json": JOE_CONFIG.read_bytes()}


def host_with_index(files: dict[str, bytes], entry_files: dict[str, bytes] | None = None) -> FakeVoiceHost:
    import json

    index = {JOE: index_entry(JOE, entry_files or files)}
    return FakeVoiceHost({**files, "voices.json": json.dumps(index).encode()})


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# -- on disk --------------------------------------------------------------------------------------------------------


def test_installed_voice_reads_its_config(tmp_path):
    (voice,) = installed_voices(joe_folder(tmp_path / "voices"))
    assert (voice.name, voice.language, voice.quality, voice.sample_rate_hz, voice.speaker_count) == (
        JOE,
        "en_US",
        "medium",
        22050,
        1,
    )
    assert voice.speaks("en") and voice.speaks("en_US") and not voice.speaks("fr")
    assert voice.sha256() == hashlib.sha256(JOE_MODEL.read_bytes()).hexdigest()


def test_a_model_without_config_or_with_a_broken_one_is_not_listed(tmp_path):
    folder = joe_folder(tmp_path / "voices")
    (folder / "fr_FR-half-medium.onnx").write_bytes(b"onnx")
    (folder / "fr_FR-broken-medium.onnx").write_bytes(b"onnx")
    (folder / "fr_FR-broken-medium.onnx.json").write_text("{not json")
    assert [v.name for v in installed_voices(folder)] == [JOE]


def test_find_voice_by_name_or_language_says_how_to_get_one(tmp_path):
    folder = joe_folder(tmp_path / "voices")
    assert find_voice(folder, JOE).name == JOE
    assert find_voice(folder, language="en").name == JOE
    with pytest.raises(
        EngineUnavailableError, match=r"No Piper voice speaking fr is installed in .*voices download fr_FR-siwis-medium"
    ):
        find_voice(folder)
    with pytest.raises(EngineUnavailableError, match="fr_FR-tom-medium is not installed"):
        find_voice(folder, "fr_FR-tom-medium")


# -- download -------------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_download_fetches_index_then_both_files_and_checks_them(tmp_path, joe_files):
    with host_with_index(joe_files) as host:
        voice = download_voice(JOE, tmp_path / "voices", host.url)
    assert host.requests == ["voices.json", f"{JOE_PATH}.onnx", f"{JOE_PATH}.onnx.json"]
    assert voice.name == JOE and voice.sha256() == hashlib.sha256(JOE_MODEL.read_bytes()).hexdigest()
    assert leftovers(tmp_path / "voices") == [f"{JOE}.onnx", f"{JOE}.onnx.json"]


@pytest.mark.slow
def test_a_checksum_mismatch_leaves_nothing_behind(tmp_path, joe_files):
    damaged = {**joe_files, f"{JOE_PATH}.onnx": joe_files[f"{JOE_PATH}.onnx"][:-1] + b"\0"}
    with host_with_index(damaged, entry_files=joe_files) as host:
        with pytest.raises(FetchError, match="checksum differs from the voices index"):
            download_voice(JOE, tmp_path / "voices", host.url)
    assert leftovers(tmp_path / "voices") == []


@pytest.mark.slow
def test_a_file_of_the_wrong_size_leaves_nothing_behind(tmp_path, joe_files):
    short = {**joe_files, f"{JOE_PATH}.onnx.json": joe_files[f"{JOE_PATH}.onnx.json"][:100]}
    with host_with_index(short, entry_files=joe_files) as host:
        with pytest.raises(FetchError, match="has 100 bytes where the voices index says"):
            download_voice(JOE, tmp_path / "voices", host.url)
    assert leftovers(tmp_path / "voices") == []


@pytest.mark.slow
def test_without_an_index_the_usual_paths_are_fetched(tmp_path, joe_files):
    with FakeVoiceHost(joe_files) as host:
        voice = download_voice(JOE, tmp_path / "voices", host.url)
    assert voice.name == JOE and host.requests[1:] == [f"{JOE_PATH}.onnx", f"{JOE_PATH}.onnx.json"]


def test_unknown_and_malformed_names_are_refused_in_one_sentence(tmp_path, joe_files):
    with host_with_index(joe_files) as host:
        with pytest.raises(InputError, match="There is no Piper voice named fr_FR-nobody-medium in the voices index"):
            download_voice("fr_FR-nobody-medium", tmp_path / "voices", host.url)
    with pytest.raises(InputError, match="not a Piper voice name"):
        download_voice("../../etc/passwd", tmp_path / "voices", "http://127.0.0.1:9")


def test_an_unreachable_host_is_one_sentence(tmp_path):
    with pytest.raises(FetchError) as raised:
        download_voice(JOE, tmp_path / "voices", "http://127.0.0.1:9/piper-voices")
    assert (
        str(raised.value)
        == f"Cannot download {JOE}: 127.0.0.1 cannot be reached: this machine may have no internet connection."
    )
    assert not (tmp_path / "voices").exists()


@pytest.mark.slow
def test_a_second_download_replaces_the_voice_whole(tmp_path, joe_files):
    folder = joe_folder(tmp_path / "voices", copy=True)
    (folder / f"{JOE}.onnx").write_bytes(b"old model")
    with host_with_index(joe_files) as host:
        download_voice(JOE, folder, host.url)
    assert (folder / f"{JOE}.onnx").read_bytes() == joe_files[f"{JOE_PATH}.onnx"]


# -- command line ---------------------------------------------------------------------------------------------------


def narrateur(*args: str, **env: str) -> Finished:
    return run_narrateur(*args, env={f"NARRATEUR_{k.upper()}": v for k, v in env.items()})


@pytest.mark.slow
def test_cli_downloads_then_lists_the_voice(tmp_path, joe_files):
    folder = tmp_path / "voices"
    with host_with_index(joe_files) as host:
        result = narrateur("voices", "download", JOE, voices_dir=str(folder), voices_base_url=host.url)
    assert result.returncode == 0, result.stderr
    assert f"Downloaded {JOE} into {folder} (en_US, medium, 1 speaker, 63 MB)" in result.stdout
    listed = narrateur("voices", "list", voices_dir=str(folder), piper_voice=JOE)
    assert listed.returncode == 0 and f"{JOE} (speaks): en_US, medium, 1 speaker" in listed.stdout


def test_cli_without_internet_refuses_in_one_sentence(tmp_path):
    result = narrateur(
        "voices", "download", "fr_FR-siwis-medium", voices_dir=str(tmp_path / "v"), voices_base_url="http://127.0.0.1:9"
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "narrateur: Cannot download fr_FR-siwis-medium: 127.0.0.1 cannot be reached: this machine may have no internet connection."
    ]
    assert result.stdout == ""


def test_cli_list_of_an_empty_folder_says_how_to_get_a_voice(tmp_path):
    result = narrateur("voices", "list", voices_dir=str(tmp_path / "none"))
    assert result.returncode == 0
    assert "No Piper voice in" in result.stdout and "narrateur voices download fr_FR-siwis-medium" in result.stdout
