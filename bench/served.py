"""A real `narrateur serve` process on a free port, with its own folders, for the benchmarks that time the service."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

WARM_S = 2.0
"""A service is up before articles arrive: its page readers' fork server has finished its imports by then."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, folder: Path, **extra_env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            **extra_env,
            "NARRATEUR_DATA_DIR": str(folder / "data"),
            "NARRATEUR_CACHE_DIR": str(folder / "cache"),
            "NARRATEUR_ENGINE": "espeak",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(self.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(300):
            try:
                httpx.get(self.url + "/healthz", timeout=1)
                time.sleep(WARM_S)
                return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise SystemExit("the server did not start")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(30)
