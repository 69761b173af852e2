"""Load on the published audio (issue 12): 50 clients for 20 s asking for 64 KiB Ranges, then 50 clients for
20 s asking for the whole file, each time with /healthz probed alongside. Targets: /healthz p99 <= 50 ms under
the Range load; full-file GET p99 <= 1 s at 50 clients.

Starts a real server process on temporary folders, narrates the seed article with espeak-ng, then runs the load
from separate processes (the load, and the /healthz probe, so neither waits on the other's Python). Each client
is a raw keep-alive HTTP/1.1 connection, so the load costs little CPU beside the server. Prints p50/p99, request
rates and errors; asserts nothing.

    .venv/bin/python bench/bench_load.py [--clients 50] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from served import Server  # noqa: E402

SEED = (ROOT / "tests" / "fixtures" / "seed_otan.txt").read_text(encoding="utf-8")
RANGE_BYTES = 64 * 1024


def long_article() -> str:
    """The seed's title and paragraphs, then three reworded parts: a narration of about 5 MB."""
    lines = SEED.splitlines()
    paragraphs = [line for line in lines if len(line.split()) > 12]
    parts = [next(line for line in lines if line.startswith("Les États-Unis")), *paragraphs]
    for number in range(2, 5):
        parts.append(f"Partie {number} du dossier")
        parts += [f"{line} Ce point est repris dans la partie {number}." for line in paragraphs]
    return "\n\n".join(parts)


def narrate(client: httpx.Client, base: str, text: str) -> tuple[str, int]:
    """Narrates a text and waits for it: the path of its audio.mp3 and its size in bytes."""
    article_id = client.post(base + "/api/articles", json={"text": text}).json()["id"]
    while client.get(f"{base}/api/articles/{article_id}").json()["status"] not in ("ready", "failed"):
        time.sleep(0.1)
    path = f"/articles/{article_id}/audio.mp3"
    return path, len(client.get(base + path).content)


async def _request(reader, writer, path: str, headers: str = "") -> tuple[int, int]:
    """One GET on a keep-alive connection: (status, body bytes)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\n{headers}\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")), 0)
    await reader.readexactly(length)
    return status, length


async def _client(port: int, path: str, size: int, ranged: bool, stop_at: float, samples: list, errors: list) -> None:
    reader = writer = None
    while time.monotonic() < stop_at:
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
            headers = ""
            if ranged:
                start = random.randrange(0, max(1, size - RANGE_BYTES))
                headers = f"Range: bytes={start}-{start + RANGE_BYTES - 1}\r\n"
            began = time.perf_counter()
            status, _ = await _request(reader, writer, path, headers)
            samples.append(time.perf_counter() - began)
            if status not in (200, 206):
                errors.append(f"HTTP {status}")
        except (OSError, asyncio.IncompleteReadError, ValueError) as error:
            errors.append(type(error).__name__)
            if writer is not None:
                writer.close()
            reader = writer = None
            await asyncio.sleep(0.05)
    if writer is not None:
        writer.close()


def _load(port: int, path: str, size: int, ranged: bool, clients: int, seconds: float, out) -> None:
    # The load would come from other machines: here it shares the server's two cores, so it yields to the
    # server and to the probe whenever they want a core (it still takes all the CPU they leave).
    os.nice(19)

    async def run():
        samples: list[float] = []
        errors: list[str] = []
        stop_at = time.monotonic() + seconds
        await asyncio.gather(*(_client(port, path, size, ranged, stop_at, samples, errors) for _ in range(clients)))
        out.send((samples, errors))

    asyncio.run(run())


def _probe(port: int, seconds: float, out) -> None:
    """/healthz every 20 ms on its own connection, the way a load balancer checks a service."""
    samples: list[float] = []
    errors: list[str] = []
    stop_at = time.monotonic() + seconds
    sock = None
    while time.monotonic() < stop_at:
        try:
            if sock is None:
                sock = socket.create_connection(("127.0.0.1", port), timeout=30)
                stream = sock.makefile("rb")
            began = time.perf_counter()
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: bench\r\n\r\n")
            status = int(stream.readline().split()[1])
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            stream.read(length)
            samples.append(time.perf_counter() - began)
            if status != 200:
                errors.append(f"HTTP {status}")
        except (OSError, ValueError, IndexError) as error:
            errors.append(type(error).__name__)
            sock = None
        time.sleep(0.02)
    out.send((samples, errors))


def figures(samples: list[float], errors: list[str], seconds: float) -> str:
    if not samples:
        return f"no answer; {len(errors)} errors {sorted(set(errors))}"
    ordered = sorted(samples)
    at = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    kinds = f" {sorted(set(errors))}" if errors else ""
    return (
        f"p50 {at(0.50):7.1f} ms   p99 {at(0.99):7.1f} ms   max {ordered[-1] * 1000:7.1f} ms   "
        f"{len(samples) / seconds:6.0f} req/s   errors {len(errors)}{kinds}"
    )


def p99(samples: list[float]) -> float:
    return sorted(samples)[min(len(samples) - 1, int(0.99 * len(samples)))] if samples else float("nan")


def run_phase(
    name: str, port: int, path: str, size: int, ranged: bool, clients: int, seconds: float, idle_p99: float
) -> None:
    context = multiprocessing.get_context("spawn")
    load_end, load_out = context.Pipe(False)
    probe_end, probe_out = context.Pipe(False)
    load = context.Process(target=_load, args=(port, path, size, ranged, clients, seconds, load_out))
    probe = context.Process(target=_probe, args=(port, seconds, probe_out))
    load.start()
    probe.start()
    load_samples, load_errors = load_end.recv()
    probe_samples, probe_errors = probe_end.recv()
    load.join()
    probe.join()
    print(f"{name:<34}", figures(load_samples, load_errors, seconds))
    print(
        f"{'  /healthz alongside':<34}",
        figures(probe_samples, probe_errors, seconds),
        f"  p99 {p99(probe_samples) / idle_p99:.1f}x idle",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server = Server(Path(folder))
        port, base = server.port, server.url
        try:
            with httpx.Client(timeout=30) as client:
                path, size = narrate(client, base, SEED)
                long_path, long_size = narrate(client, base, long_article())
                print(f"{args.clients} clients, {args.seconds:g} s per phase, {os.cpu_count()} cores")
                idle = []
                for _ in range(1000):
                    began = time.perf_counter()
                    client.get(base + "/healthz")
                    idle.append(time.perf_counter() - began)
                print(f"{'/healthz, idle':<34}", figures(idle, [], sum(idle)))
            for name, at, length, ranged in [
                (f"Range 64 KiB of {long_size / 1e6:.1f} MB", long_path, long_size, True),
                (f"whole file, {size / 1e6:.1f} MB", path, size, False),
                (f"whole file, {long_size / 1e6:.1f} MB", long_path, long_size, False),
            ]:
                run_phase(name, port, at, length, ranged, args.clients, args.seconds, p99(idle))
        finally:
            server.process.send_signal(signal.SIGTERM)
            began = time.perf_counter()
            try:
                server.process.wait(60)
                print(f"shutdown after SIGTERM: {time.perf_counter() - began:.1f} s")
            except subprocess.TimeoutExpired:
                server.process.kill()
                print("shutdown after SIGTERM: still running after 60 s, killed")


if __name__ == "__main__":
    main()
