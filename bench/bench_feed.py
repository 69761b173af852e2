"""A publisher's feed of 20 articles, all narrated by Narrateur, against the same 20 articles narrated one by one
with the hand pipeline, in the same run, as whole processes (what a user waits for).

Narrateur: `narrateur sources add FEED --backfill 20` then `narrateur sources run`, on an empty data folder and an
empty clip cache, the feed and the 20 pages (real French news pages of the evaluation set) served by a local web
server. Hand pipeline: for each article's text (its title, standfirst, headings and paragraphs as annotated),
`espeak-ng -v fr --stdout -f FILE | ffmpeg -f wav -i - -c:a libmp3lame -b:a 64k out.mp3`, one after the other.
Also: a poll of the unchanged feed (`sources run --now`: one 304, nothing fetched again). Medians of RUNS pairs
run alternately. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.local_site import LocalSite, rss  # noqa: E402

PAGES = ROOT / "tests" / "eval" / "pages"
NARRATEUR = [sys.executable, "-m", "app"]
ARTICLES = 20


def articles(count: int) -> list[tuple[str, bytes, str]]:
    """(id, page HTML, article text) of the first `count` annotated pages that hold an article."""
    found = []
    for annotation in sorted(PAGES.glob("*.json")):
        about = json.loads(annotation.read_text(encoding="utf-8"))
        page = PAGES / f"{about['id']}.html.gz"
        if not about.get("has_article") or not page.exists():
            continue
        parts = [about["title"], about.get("standfirst") or "", *about.get("headings", []), *about["paragraphs"]]
        text = "\n\n".join(part for part in parts if part)
        found.append((about["id"], gzip.decompress(page.read_bytes()), text))
        if len(found) == count:
            break
    return found


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str] | str, env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        command,
        shell=isinstance(command, str),
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def seconds_of_audio(paths: list[Path]) -> float:
    total = 0.0
    for path in paths:
        probe = subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        total += float(probe.stdout)
    return total


def narrateur_run(folder: Path, feed: str) -> tuple[float, float, float, list[Path]]:
    """(wall s of add + run, their CPU s, wall s of a poll of the unchanged feed, the MP3s)."""
    env = {
        **os.environ,
        "NARRATEUR_DATA_DIR": str(folder / "data"),
        "NARRATEUR_CACHE_DIR": str(folder / "cache"),
        "NARRATEUR_ENGINE": "espeak",
        "NARRATEUR_ALLOW_PRIVATE_URLS": "true",
    }
    cpu = children_cpu_s()
    wall = timed([*NARRATEUR, "sources", "add", feed, "--backfill", str(ARTICLES)], env)
    wall += timed([*NARRATEUR, "sources", "run"], env)
    cpu = children_cpu_s() - cpu
    unchanged = timed([*NARRATEUR, "sources", "run", "--now"], env)
    return wall, cpu, unchanged, sorted((folder / "data" / "articles").glob("*/audio.mp3"))


def hand_run(folder: Path, texts: list[Path]) -> tuple[float, float, list[Path]]:
    outputs = []
    cpu = children_cpu_s()
    start = time.perf_counter()
    for text in texts:
        out = folder / f"{text.stem}.mp3"
        subprocess.run(
            f"espeak-ng -v fr --stdout -f {text} | ffmpeg -y -loglevel error -f wav -i - -c:a libmp3lame -b:a 64k {out}",
            shell=True,
            check=True,
        )
        outputs.append(out)
    return time.perf_counter() - start, children_cpu_s() - cpu, outputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    chosen = articles(ARTICLES)
    with tempfile.TemporaryDirectory() as temp, LocalSite() as site:
        folder = Path(temp)
        texts = []
        items = []
        for index, (page_id, html, text) in enumerate(chosen):
            link = site.put(f"/articles/{page_id}.html", "text/html; charset=utf-8", html)
            items.append((page_id, link, f"Article {index + 1}"))
            texts.append(folder / f"{page_id}.txt")
            texts[-1].write_text(text, encoding="utf-8")
        feed = site.put("/rss.xml", "application/rss+xml", rss("Le fil", items))
        ours, hand, unchanged, ours_cpu, hand_cpu = [], [], [], [], []
        for run in range(args.runs):
            hand_folder = folder / f"hand{run}"
            hand_folder.mkdir()
            hand_wall, hand_spent, hand_mp3s = hand_run(hand_folder, texts)
            wall, spent, still, mp3s = narrateur_run(folder / f"narrateur{run}", feed)
            hand.append(hand_wall)
            hand_cpu.append(hand_spent)
            ours.append(wall)
            ours_cpu.append(spent)
            unchanged.append(still)
            if run == 0:
                narrated_s, hand_s = seconds_of_audio(mp3s), seconds_of_audio(hand_mp3s)
                print(
                    f"{len(mp3s)} of {ARTICLES} articles narrated from the feed; audio {narrated_s / 60:.1f} min "
                    f"(Narrateur) and {hand_s / 60:.1f} min (hand pipeline)"
                )
            shutil.rmtree(folder / f"narrateur{run}", ignore_errors=True)
            shutil.rmtree(hand_folder, ignore_errors=True)
        median = statistics.median
        print(f"{ARTICLES}-article feed, whole processes, medians of {args.runs} pairs run alternately")
        print(f"{'narrateur sources add + run (empty cache)':44} {median(ours):7.1f} s   cpu {median(ours_cpu):6.1f} s")
        print(f"{'hand pipeline, 20 files one by one':44} {median(hand):7.1f} s   cpu {median(hand_cpu):6.1f} s")
        print(f"{'ratio (Narrateur / hand pipeline)':44} {median(ours) / median(hand):7.2f}×")
        print(f"{'unchanged feed polled again (one 304)':44} {median(unchanged):7.2f} s")


if __name__ == "__main__":
    main()
