"""Where the CPU time of a cold `narrateur narrate` goes, per process and per stage, beside the hand pipeline's.

On two cores a cold narration is CPU-bound from start to end, so its wall time follows its CPU time (bench_process.py
times the whole processes). Each run narrates the seed on an empty cache under bench/cpu_probe.py, which records
the CPU time of every process of the command as it ends, and the speech workers' CPU time in espeak-ng, mastering
and encoding. The command's figure is the whole tree's CPU time (getrusage RUSAGE_CHILDREN) less its children's:
its imports, its threads (clip cache, cover), its writing and its exit. The hand pipeline's two programs are timed
apart in the same run: espeak-ng writing a WAV, ffmpeg encoding it with LAME. Medians of RUNS runs; `--long` adds
one run of the 20,000-word article. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from bench_process import SEED, long_article  # noqa: E402

PROBE = [sys.executable, str(BENCH / "cpu_probe.py")]


def cpu_of(command: list[str], env: dict | None = None) -> float:
    """CPU seconds of a command and every process it starts."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def hand(text: Path, folder: Path) -> dict[str, float]:
    wav, mp3 = folder / "hand.wav", folder / "hand.mp3"
    speak = cpu_of(["espeak-ng", "-v", "fr", "-w", str(wav), "-f", str(text)])
    encode = cpu_of(
        ["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-c:a", "libmp3lame", "-b:a", "64k", str(mp3)]
    )
    return {"espeak-ng": speak, "ffmpeg (LAME)": encode, "total": speak + encode}


def narrate(text: Path, folder: Path) -> dict[str, float]:
    report = folder / "probe.jsonl"
    report.unlink(missing_ok=True)
    env = {
        **os.environ,
        "CPU_PROBE_OUT": str(report),
        "NARRATEUR_ENGINE": "espeak",
        "NARRATEUR_DATA_DIR": str(folder / "data"),
        "NARRATEUR_CACHE_DIR": str(folder / "cache"),
    }
    total = cpu_of([*PROBE, "narrate", str(text), "-o", str(folder / "narrated.mp3")], env)
    subprocess.run(["rm", "-rf", str(folder / "cache"), str(folder / "data")], check=True)
    lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    children = [line for line in lines if line["role"] != "command"]
    workers = [line for line in children if line["role"] == "speech worker"]
    figures = {"total": total, "command": total - sum(line["cpu_s"] for line in children)}
    figures["reader"] = sum(line["cpu_s"] for line in children if line["role"] == "reader")
    figures["  of which reading the article"] = sum(line["stages"].get("reading", 0.0) for line in children)
    figures[f"speech workers ({len(workers)})"] = sum(line["cpu_s"] for line in workers)
    for stage in ("espeak-ng", "mastering", "encoding"):
        figures[f"  of which {stage}"] = sum(line["stages"].get(stage, 0.0) for line in workers)
    figures["  of which the rest"] = figures[f"speech workers ({len(workers)})"] - sum(
        figures[f"  of which {stage}"] for stage in ("espeak-ng", "mastering", "encoding")
    )
    return figures


def show(title: str, runs: list[dict[str, float]]) -> None:
    print(title)
    for name in runs[0]:
        print(f"  {name:40} {statistics.median(run[name] for run in runs) * 1000:8.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--long", action="store_true", help="add one run of the 20,000-word article")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(BENCH.parent / "app")], check=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        ours, theirs = [], []
        for _ in range(args.runs):
            theirs.append(hand(SEED, folder))
            ours.append(narrate(SEED, folder))
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print(f"CPU time of a cold narration of the seed, medians of {args.runs} runs (load average {load})")
        show("narrateur narrate seed", ours)
        show("hand pipeline, its two programs apart", theirs)
        if args.long:
            text = folder / "long.txt"
            text.write_text(long_article(20_000), encoding="utf-8")
            show("20,000-word article, one run", [narrate(text, folder)])
            show("hand pipeline on it", [hand(text, folder)])


if __name__ == "__main__":
    main()
