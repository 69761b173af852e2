"""Real servers for the distributed mode's tests, each on a loopback port in a temporary folder, no system service.

PostgreSQL is Debian's, run with initdb/pg_ctl as the current user, or as the unprivileged `postgres` user that
Debian's package creates when the tests run as root (PostgreSQL refuses to run as root). S3 is moto's server
mode (`moto_server`, from PyPI): Debian has no S3 server, and the code speaks plain S3 to whatever endpoint it is
given, so MinIO, Ceph or AWS work the same."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from tests.web.server import free_port

POSTGRES_BIN = Path("/usr/lib/postgresql")


def postgres_bin(tool: str) -> str:
    found = shutil.which(tool)
    if found:
        return found
    versions = sorted(POSTGRES_BIN.glob("*/bin"), key=lambda path: int(path.parent.name))
    if not versions:
        raise RuntimeError("PostgreSQL is not installed: scripts/setup --test installs Debian's postgresql")
    return str(versions[-1] / tool)


class PostgresServer:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="narrateur-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        if self.user:
            command = ("runuser", "-u", self.user, "--", *command)
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://narrateur@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        if not self.data.exists():
            self._run(postgres_bin("initdb"), "-D", str(self.data), "-U", "narrateur", "-A", "trust", "-E", "UTF8")
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
        )
        self._run(
            postgres_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"
        )

    def stop(self, mode: str = "fast") -> None:
        self._run(postgres_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


class MotoServer:
    """moto's S3 in server mode: a real HTTP endpoint speaking S3."""

    def __init__(self) -> None:
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="narrateur-s3-"))
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = open(self.folder / "moto.log", "ab")  # noqa: SIM115 - the server's whole life
        moto = Path(sys.executable).parent / "moto_server"
        self.process = subprocess.Popen(
            [str(moto), "-H", "127.0.0.1", "-p", str(self.port)], stdout=log, stderr=log, cwd=self.folder
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                httpx.get(self.url + "/moto-api/", timeout=1)
                return
            time.sleep(0.1)
        raise AssertionError("moto_server did not start: " + (self.folder / "moto.log").read_text())

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)

    def settings(self, bucket: str) -> dict[str, str]:
        """The environment that points Narrateur at this endpoint and bucket."""
        return {
            "NARRATEUR_S3_BUCKET": bucket,
            "NARRATEUR_S3_ENDPOINT_URL": self.url,
            "NARRATEUR_S3_REGION": "us-east-1",
            "NARRATEUR_S3_ACCESS_KEY_ID": "testing",
            "NARRATEUR_S3_SECRET_ACCESS_KEY": "testing",
        }
