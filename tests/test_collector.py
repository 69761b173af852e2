"""Commands load with the garbage collector off and leave it as they found it when run inside another process."""

from __future__ import annotations

import gc

from tests.command import narrateur
from tests.paths import SEED


def test_segment_run_in_this_process_leaves_the_collector_on():
    assert gc.isenabled()
    result = narrateur("segment", str(SEED))
    assert result.returncode == 0, result.stderr
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_narrate_run_in_this_process_leaves_the_collector_on_and_nothing_frozen(tmp_path):
    environment = {"NARRATEUR_CACHE_DIR": str(tmp_path / "cache"), "NARRATEUR_ENGINE": "espeak"}
    result = narrateur("narrate", str(SEED), "-o", str(tmp_path / "seed.mp3"), env=environment)
    assert result.returncode == 0, result.stderr
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_command_that_fails_leaves_the_collector_on(tmp_path):
    result = narrateur("segment", str(tmp_path / "absent.txt"))
    assert result.returncode == 2
    assert gc.isenabled()
