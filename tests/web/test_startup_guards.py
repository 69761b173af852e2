"""Starting the service: a bad setting or a data folder already in use stops it with one sentence, no traceback."""

from __future__ import annotations

import httpx
import pytest

from tests.command import Finished, narrateur
from tests.web.server import Server, free_port


def serve(tmp_path, **env) -> Finished:
    """`narrateur serve` in this process: each case here stops it before it listens."""
    folders = {"NARRATEUR_DATA_DIR": str(tmp_path / "data"), "NARRATEUR_CACHE_DIR": str(tmp_path / "cache")}
    return narrateur("serve", "--port", str(free_port()), env={**folders, **env})


@pytest.mark.parametrize(
    "name,value,sentence",
    [
        (
            "NARRATEUR_CORS_ORIGINS",
            "notjson",
            'narrateur: Invalid setting NARRATEUR_CORS_ORIGINS: it must be JSON, such as ["https://example.org"].\n',
        ),
        (
            "NARRATEUR_VOICES",
            "{voices",
            'narrateur: Invalid setting NARRATEUR_VOICES: it must be JSON, such as {"narrator": {"espeak_voice": "fr+m3"}}.\n',
        ),
    ],
)
def test_a_setting_that_is_not_json_stops_start_up_with_one_sentence(tmp_path, name, value, sentence):
    finished = serve(tmp_path, **{name: value})
    assert finished.returncode == 2 and finished.stderr == sentence


@pytest.mark.slow
def test_a_second_service_on_the_same_data_folder_is_refused_with_one_sentence(tmp_path):
    first = Server(tmp_path)
    first.start()
    try:
        second = serve(tmp_path)
        assert second.returncode == 2
        assert second.stderr == (
            f"narrateur: Another Narrateur (process {first.process.pid}) is already using the data folder "
            f"{tmp_path / 'data'}: stop it, or give this one another NARRATEUR_DATA_DIR.\n"
        )
        assert httpx.get(first.url + "/healthz").status_code == 200  # the first one is untouched
    finally:
        first.stop()
