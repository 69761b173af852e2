"""What a user waits for, as whole processes from the shell, against the hand pipeline in the same run.

Hand pipeline: `espeak-ng -v fr --stdout -f seed | ffmpeg -f wav -i - -c:a libmp3lame -b:a 64k out.mp3`.
Figures are medians of RUNS pairs (Narrateur, hand pipeline) run alternately; wall time by the clock around the
process, CPU time and peak memory by `getrusage(RUSAGE_CHILDREN)`. The app's modules are compiled to bytecode first, as
an installed package's are: with PYTHONDONTWRITEBYTECODE set, every run would otherwise compile them again. Targets (speed issue): narrate seed cold ≤ 0.7×,
cached ≤ 0.15×, segment ≤ 0.2×, `--help` ≤ 80 ms, 20,000 words ≤ 0.4× and < 150 MB; the service, 20 distinct
articles posted at once until all are ready (client side), ≤ 0.45× of 20 hand pipelines run two at a time (one per
core). Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
SEED = ROOT / "tests" / "fixtures" / "seed_otan.txt"
NARRATEUR = [sys.executable, "-m", "app"]


def run(command: list[str] | str, env: dict | None = None) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MB) of one process (a shell pipeline counts all of its processes)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command,
        shell=isinstance(command, str),
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def hand_pipeline(text: Path, out: Path) -> list[str] | str:
    return f"espeak-ng -v fr --stdout -f {text} | ffmpeg -y -loglevel error -f wav -i - -c:a libmp3lame -b:a 64k {out}"


def long_article(words: int) -> str:
    body = [line for line in SEED.read_text(encoding="utf-8").splitlines() if len(line.split()) > 12]
    lines, count, part = ["Un très long article de test sur l'OTAN"], 0, 0
    while count < words:
        part += 1
        lines.append(f"Partie {part} du dossier")
        for paragraph in body:
            lines.append(re.sub(r"([.!?»])", rf" (partie {part})\1", paragraph))  # every sentence unique
            count += len(lines[-1].split())
    return "\n".join(lines)


def row(
    name: str, ours: list[tuple[float, float, float]], hand: list[tuple[float, float, float]] | None, target: str
) -> None:
    wall = statistics.median(r[0] for r in ours)
    cpu = statistics.median(r[1] for r in ours)
    line = f"{name:44} {wall * 1000:8.0f} ms  cpu {cpu * 1000:6.0f} ms"
    if hand:
        hand_wall = statistics.median(r[0] for r in hand)
        line += f"   hand {hand_wall * 1000:6.0f} ms   ratio {wall / hand_wall:5.2f}×"
    print(f"{line}   target {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-long", action="store_true", help="leave out the 20,000-word article")
    parser.add_argument("--skip-service", action="store_true", help="leave out the service's throughput")
    args = parser.parse_args()
    # What pip leaves installed; a user's first run would write the same files.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        env = {**os.environ, "NARRATEUR_ENGINE": "espeak", "NARRATEUR_DATA_DIR": str(folder / "data")}
        run(hand_pipeline(SEED, folder / "warm.mp3"))  # page cache warm for both sides
        hand, cold, cached, segment, helps = [], [], [], [], []
        for index in range(args.runs):
            cache = {**env, "NARRATEUR_CACHE_DIR": str(folder / f"cache{index}")}
            hand.append(run(hand_pipeline(SEED, folder / "hand.mp3")))
            cold.append(run([*NARRATEUR, "narrate", str(SEED), "-o", str(folder / "cold.mp3")], cache))
            cached.append(run([*NARRATEUR, "narrate", str(SEED), "-o", str(folder / "cached.mp3")], cache))
            segment.append(run([*NARRATEUR, "segment", str(SEED)], env))
            helps.append(run([*NARRATEUR, "--help"], env))
            shutil.rmtree(folder / f"cache{index}", ignore_errors=True)
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print(f"seed article, whole processes, medians of {args.runs} pairs run alternately (load average {load})")
        row("narrateur narrate seed (empty cache)", cold, hand, "≤ 0.7×")
        row("narrateur narrate seed (clips cached)", cached, hand, "≤ 0.15×")
        row("narrateur segment seed", segment, hand, "≤ 0.2×")
        row("narrateur --help", helps, None, "≤ 80 ms")
        if not args.skip_service:
            service_throughput(folder)
        if args.skip_long:
            return
        text = folder / "long.txt"
        text.write_text(long_article(20_000), encoding="utf-8")
        long_hand = run(hand_pipeline(text, folder / "long-hand.mp3"))
        long_ours, peak_mb = peak_run(
            [*NARRATEUR, "narrate", str(text), "-o", str(folder / "long.mp3")],
            {**env, "NARRATEUR_CACHE_DIR": str(folder / "long-cache")},
        )
        print("20,000-word article, one run each")
        row("narrateur narrate 20,000 words", [long_ours], [long_hand], "≤ 0.4×")
        print(f"{'':44} peak {peak_mb:6.0f} MB (largest process, /usr/bin/time)   target < 150 MB")


def distinct_articles(count: int) -> list[str]:
    """The seed, each copy with a sentence of its own in every paragraph: no clip is shared between them."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return [
        "\n".join(f"{line} Version {n}." if len(line.split()) > 12 else line for line in lines) for n in range(count)
    ]


def service_throughput(folder: Path, count: int = 20) -> None:
    """`count` distinct articles posted at once to a fresh service, until all are ready; the hand pipeline on the
    same texts, two at a time (one per core), in the same run."""
    import httpx
    from served import Server

    articles = distinct_articles(count)
    texts = []
    for index, article in enumerate(articles):
        texts.append(folder / f"article{index}.txt")
        texts[-1].write_text(article, encoding="utf-8")
    start = time.perf_counter()
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda t: run(hand_pipeline(t, t.with_suffix(".mp3"))), texts))
    hand = time.perf_counter() - start
    server = Server(folder / "service")
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client, ThreadPoolExecutor(count) as pool:
            start = time.perf_counter()
            answers = list(pool.map(lambda text: client.post("/api/articles", json={"text": text}), articles))
            ids = [answer.json()["id"] for answer in answers]
            waiting = set(ids)
            while waiting:
                waiting = {i for i in waiting if client.get(f"/api/articles/{i}").json()["status"] != "ready"}
                time.sleep(0.02)
            ours = time.perf_counter() - start
    finally:
        server.close()
    print(f"service, {count} distinct articles posted at once, until all ready (client side)")
    print(
        f"{'narrateur serve, espeak-ng':44} {ours * 1000:8.0f} ms   hand {hand * 1000:6.0f} ms (two at a time)"
        f"   ratio {ours / hand:5.2f}×   target ≤ 0.45×"
    )


def peak_run(command: list[str], env: dict) -> tuple[tuple[float, float, float], float]:
    """One run under /usr/bin/time, which reads the peak resident memory of that process alone."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        figures = run(["/usr/bin/time", "-o", report.name, "-f", "%M", *command], env)
        return figures, int(report.read().split()[-1]) / 1024


if __name__ == "__main__":
    main()
