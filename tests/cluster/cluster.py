"""A cluster on one machine: API replicas (`narrateur serve`) and workers (`narrateur worker`) as real processes,
over a PostgreSQL server and an S3 endpoint."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.web.server import Server


class Worker:
    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder = folder
        self.env = env
        self.process: subprocess.Popen | None = None
        self.log_path = folder / "worker.log"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")  # noqa: SIM115 - the process's whole life
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "worker"], env={**os.environ, **self.env}, stdout=log, stderr=log
        )

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def clips_made(self) -> int:
        return sum(int(count) for count in re.findall(r": (\d+) clips made", self.log))

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()


class Cluster:
    def __init__(self, folder: Path, database_url: str, s3_env: dict[str, str], apis: int = 2, workers: int = 2, **env):
        self.folder = folder
        self.env = {
            "NARRATEUR_DATABASE_URL": database_url,
            "NARRATEUR_ENGINE": "espeak",
            "NARRATEUR_WORKER_HEARTBEAT_S": "1",
            "NARRATEUR_WORKER_STALLED_S": "5",
            **s3_env,
            **env,
        }
        self.apis = [self._api(index) for index in range(apis)]
        self.workers = [self._worker(index) for index in range(workers)]

    def _folders(self, name: str) -> dict[str, str]:
        # Each process its own folders, as on separate machines: only PostgreSQL and the bucket are shared.
        return {
            "NARRATEUR_DATA_DIR": str(self.folder / name / "data"),
            "NARRATEUR_CACHE_DIR": str(self.folder / name / "cache"),
        }

    def _api(self, index: int) -> Server:
        folder = self.folder / f"api{index}"
        folder.mkdir(parents=True, exist_ok=True)
        return Server(folder, **self.env, **self._folders(f"api{index}"))

    def _worker(self, index: int) -> Worker:
        return Worker(self.folder / f"worker{index}", {**self.env, **self._folders(f"worker{index}")})

    def start(self) -> None:
        for worker in self.workers:
            worker.start()
        for api in self.apis:
            api.start()

    def stop(self) -> None:
        for process in [*self.apis, *self.workers]:
            process.stop()

    def clips_made(self) -> int:
        return sum(worker.clips_made() for worker in self.workers)

    def post(self, index: int, text: str) -> dict:
        api = self.apis[index % len(self.apis)]
        answer = httpx.post(f"{api.url}/api/articles", json={"text": text}, timeout=60)
        assert answer.status_code in (200, 202), answer.text
        return answer.json()

    def wait_ready(self, ids: list[str], timeout_s: float = 600) -> dict[str, dict]:
        deadline = time.monotonic() + timeout_s
        states: dict[str, dict] = {}
        while time.monotonic() < deadline:
            for index, article_id in enumerate(ids):
                if states.get(article_id, {}).get("status") in ("ready", "failed"):
                    continue
                api = self.apis[index % len(self.apis)]
                states[article_id] = httpx.get(f"{api.url}/api/articles/{article_id}", timeout=10).json()
            if all(state["status"] in ("ready", "failed") for state in states.values()) and len(states) == len(ids):
                return states
            time.sleep(0.5)
        waiting = {key: state["status"] for key, state in states.items() if state["status"] not in ("ready",)}
        raise AssertionError(f"not all ready: {waiting}\n" + "\n".join(w.log[-3000:] for w in self.workers))


def article_text(number: int, paragraphs: int = 2) -> str:
    """An article of its own: every sentence names the article and its paragraph, so none is shared."""
    body = "\n\n".join(
        f"Le point {index + 1} du rapport {number} porte sur le budget de l'année {1900 + index}. "
        f"Les élus ont voté la mesure {index + 1} du rapport {number} par {index + 20} voix contre {index + 3}."
        for index in range(paragraphs)
    )
    return f"Le rapport {number} du conseil municipal\n\n{body}\n"
