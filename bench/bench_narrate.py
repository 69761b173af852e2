"""Narration speed and memory against what a user would do by hand, measured in the same run.

Baseline: `espeak-ng -v fr --stdout -f seed.txt | ffmpeg -i - -c:a libmp3lame -b:a 64k out.mp3`.
Targets (issue 5): cold ≤ 0.5×, warm ≤ 0.05×, one paragraph edited ≤ 0.15× the baseline's wall time;
a 20,000-word article under 300 MB peak memory, time growing linearly with length. Prints; asserts nothing.
"""

from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.config import load_settings  # noqa: E402
from app.publish.cover import cover_jpeg  # noqa: E402
from app.publish.mp3 import write_narration_mp3  # noqa: E402
from app.services import build_services  # noqa: E402
from app.speechtext.pipeline import normalize  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "seed_otan.txt"
RUNS = 7


def baseline_s(folder: Path) -> float:
    command = f"espeak-ng -v fr --stdout -f {SEED} | ffmpeg -y -loglevel error -i - -c:a libmp3lame -b:a 64k {folder}/baseline.mp3"
    start = time.perf_counter()
    subprocess.run(command, shell=True, check=True)
    return time.perf_counter() - start


def narrate_s(services, source: bytes, out: Path) -> float:
    """What `narrateur narrate` does, in-process: script, voices (cover drawn meanwhile), tagged MP3."""
    start = time.perf_counter()
    article = services.script(source)
    with ThreadPoolExecutor(1) as side:
        cover = side.submit(cover_jpeg, article.title, services.show.name)
        narration = services.renderer.render(article, "espeak")
        write_narration_mp3(out, article, narration, services.show, datetime.now(timezone.utc), cover.result())
    return time.perf_counter() - start


def edited(source: bytes, run: int) -> bytes:
    return source.replace(
        "La réunion de Bruxelles est considérée".encode(),
        f"La réunion de Bruxelles, {run} fois, est considérée".encode(),
    )


def long_article(words: int) -> bytes:
    body = [line for line in SEED.read_text(encoding="utf-8").splitlines() if len(line.split()) > 12]
    lines, count, part = ["Un très long article de test sur l'OTAN"], 0, 0
    while count < words:
        part += 1
        lines.append(f"Partie {part} du dossier")
        for paragraph in body:
            # Every sentence made unique, so the clip cache cannot shorten the work.
            lines.append(re.sub(r"([.!?»])", rf" (partie {part})\1", paragraph))
            count += len(lines[-1].split())
    return "\n".join(lines).encode("utf-8")


def child_run(path: Path, cache: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of `narrateur narrate` on a file, in its own process."""
    env = {**os.environ, "NARRATEUR_CACHE_DIR": str(cache), "NARRATEUR_ENGINE": "espeak"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app", "narrate", str(path), "-o", str(out)], check=True, env=env, capture_output=True
    )
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        source = SEED.read_bytes()
        baseline_s(folder)  # warm the page cache for both sides
        warm_services = build_services(load_settings(cache_dir=folder / "warmup"))
        narrate_s(warm_services, source, folder / "warmup.mp3")  # imports and worker start-up, as in a running server

        baselines, colds, warms, edits = [], [], [], []
        for run in range(RUNS):
            baselines.append(baseline_s(folder))
            services = build_services(load_settings(cache_dir=folder / f"cache{run}"))
            services.renderer.workers = warm_services.renderer.workers  # worker processes live as long as the service
            cover_jpeg.cache_clear()  # cold means nothing computed before, in memory or on disk
            normalize.cache_clear()
            colds.append(narrate_s(services, source, folder / "cold.mp3"))
            warms.append(narrate_s(services, source, folder / "warm.mp3"))
            edits.append(narrate_s(services, edited(source, run), folder / "edited.mp3"))
        print(
            f"seed article, {RUNS} runs each, espeak-ng, tags and chapters included; ratios of medians (and of bests)"
        )
        base, base_best = statistics.median(baselines), min(baselines)
        print(f"  {'baseline espeak-ng | ffmpeg':28} {base * 1000:8.0f} ms (best {base_best * 1000:5.0f})   1.00×")
        for name, values, target in (
            ("cold (empty cache)", colds, 0.5),
            ("warm (same article)", warms, 0.05),
            ("one paragraph edited", edits, 0.15),
        ):
            value, best = statistics.median(values), min(values)
            print(
                f"  {name:28} {value * 1000:8.0f} ms (best {best * 1000:5.0f})   {value / base:.3f}× ({best / base_best:.3f}×)   target ≤ {target}×"
            )

        print("long articles, `narrateur narrate` in its own process, empty cache")
        results = {}
        for words in (5_000, 20_000):
            path = folder / f"long{words}.txt"
            path.write_bytes(long_article(words))
            results[words] = child_run(path, folder / f"long-cache{words}", folder / f"long{words}.mp3")
            print(
                f"  {words:6d} words   {results[words][0]:6.1f} s   peak {results[words][1]:6.0f} MB   (target < 300 MB)"
            )
        print(f"  time ratio 20,000 / 5,000 words: {results[20_000][0] / results[5_000][0]:.2f} (linear: 4.0)")


if __name__ == "__main__":
    main()
