"""Commands load with the garbage collector off and leave it as they found it when run inside another process."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

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


def test_a_whole_process_ends_with_the_commands_status_and_all_of_its_output(tmp_path):
    # `python -m app` and the console script freeze the collector as the process ends (app.cli.run).
    done = subprocess.run([sys.executable, "-m", "app", "segment", str(SEED)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN"
    absent = tmp_path / "absent.txt"
    failed = subprocess.run([sys.executable, "-m", "app", "segment", str(absent)], capture_output=True, check=False)
    assert failed.returncode == 2
    assert failed.stderr.decode() == f"narrateur: No such file: {absent}.\n"
