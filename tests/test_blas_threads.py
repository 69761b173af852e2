"""numpy's OpenBLAS keeps to one thread in Narrateur's commands, unless the user asks for more."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.command import narrateur

THREADS_AFTER_A_COMMAND = (
    "import os, sys\n"
    "from app.cli import main\n"
    "try:\n"
    "    main(['--version'])\n"
    "except SystemExit:\n"
    "    pass\n"
    "import numpy\n"
    "print(len(os.listdir('/proc/self/task')))\n"
)


def threads_after_a_command(**env: str) -> int:
    """Threads of a process that ran a command and then loaded numpy (OPENBLAS_NUM_THREADS as `env` says)."""
    environment = {name: value for name, value in os.environ.items() if name != "OPENBLAS_NUM_THREADS"}
    result = subprocess.run(
        [sys.executable, "-c", THREADS_AFTER_A_COMMAND],
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return int(result.stdout.split()[-1])


def test_numpy_loaded_by_a_command_starts_no_thread_of_its_own():
    assert threads_after_a_command() == 1


def test_the_users_own_setting_wins():
    assert threads_after_a_command(OPENBLAS_NUM_THREADS="2") == 2


def test_run_inside_a_process_that_loaded_numpy_it_leaves_the_environment_alone(monkeypatch):
    import numpy  # noqa: F401 - loaded, as in the tests' own process

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert narrateur("--version").returncode == 0
    assert "OPENBLAS_NUM_THREADS" not in os.environ
