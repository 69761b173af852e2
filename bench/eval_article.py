"""Article understanding on the evaluation set (`tests/eval/`): figures per mode × split and in total, the worst
pages per figure, time per page. `--update-floors` raises `tests/eval/floors.json` (never lowers it); `--page ID`
shows one page's script beside its truth. Prints figures; asserts nothing."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.eval import scoring  # noqa: E402
from tests.eval.scoring import FIGURES, MODES, SPLITS  # noqa: E402

FLOORS = ROOT / "tests" / "eval" / "floors.json"


def cell(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def print_figures(scores: dict[str, list[scoring.PageScore]], splits: list[str]) -> None:
    columns = [(mode, split) for mode in MODES for split in [*splits, "all"]]
    print(f"{'figure (higher is better unless marked ↓)':42}" + "".join(f"{m + '/' + s:>15}" for m, s in columns))
    for name, (higher_is_better, held) in FIGURES.items():
        label = name + ("" if higher_is_better else " ↓") + ("" if held else " (informative)")
        row = []
        for mode, split in columns:
            subset = [s for s in scores[mode] if split in ("all", s.split)]
            row.append(cell(scoring.pooled(subset)[name]) if subset else "")
        print(f"{label:42}" + "".join(f"{value:>15}" for value in row))


def print_worst(scores: dict[str, list[scoring.PageScore]]) -> None:
    # Dev pages only: a held-out page named here would be the next one studied, and no longer held out.
    print("\nWorst dev pages per figure (held-out pages are never listed)")
    for name in FIGURES:
        for mode in MODES:
            pages = scoring.worst([score for score in scores[mode] if score.split == "dev"], name)
            if pages:
                listed = ", ".join(f"{page_id} {value * 100:.0f}%" for page_id, value in pages)
                print(f"  {name:20} {mode:5} {listed}")


def print_times(scores: dict[str, list[scoring.PageScore]]) -> None:
    print("\nTime per page (parse_article, warm process)")
    for mode in MODES:
        times = [s.ms for s in scores[mode]]
        slowest = max(scores[mode], key=lambda s: s.ms)
        print(
            f"  {mode:5} median {statistics.median(times):7.1f} ms   mean {statistics.mean(times):7.1f} ms   "
            f"max {slowest.ms:7.1f} ms ({slowest.page_id})"
        )


def update_floors(scores: dict[str, list[scoring.PageScore]], splits: list[str]) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    partial = FLOORS.with_suffix(".json.partial")
    partial.write_text(
        json.dumps(scoring.raised_floors(floors, scores, splits), indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    partial.replace(FLOORS)
    print(f"\nFloors written to {FLOORS.relative_to(ROOT)}")


def show_page(page: scoring.Page) -> None:
    truth = page.truth
    scoring.warm_up()
    for mode in MODES:
        score, article = scoring.score_page(page, mode)
        print(f"\n===== {page.id} · {mode} · {score.ms:.1f} ms · {'REFUSED' if article is None else 'accepted'}")
        for name in FIGURES:
            if name in score.counts:
                found, total = score.counts[name]
                print(f"  {name:20} {cell(score.value(name)):>7}  ({found:g}/{total:g})")
        if article is not None:
            pairs = [
                ("title", article.title, truth["title"]),
                ("author", article.author, truth["author"]),
                ("published", article.published, truth["published"]),
                ("standfirst", article.standfirst, truth.get("standfirst")),
            ]
            for label, got, want in pairs:
                print(f"  {label:10} script: {got!r}\n  {'':10} truth:  {want!r}")
            print_script(article, scoring.truth_ngrams(truth))
        for label, items in score.missed.items():
            for item in items:
                print(f"  ✗ {label}: {item}")


def print_script(article, allowed: set) -> None:
    """The script, each segment marked with its share of words found nowhere in the truth (chrome)."""
    tokens = [scoring.words(segment.text) for segment in article.segments]  # the chapters' segments, in order
    flags, counts = iter(scoring.covered([word for words in tokens for word in words], allowed)), iter(map(len, tokens))
    print("  script (chrome share per segment):")
    for chapter in article.chapters:
        print(f"  ── chapter: {chapter.title!r}")
        for segment in chapter.segments:
            count = next(counts)
            chrome = sum(not next(flags) for _ in range(count))
            mark = f"{chrome / count * 100:3.0f}%" if count else "  -"
            speaker = f" · {segment.speaker}" if segment.speaker else ""
            print(f"    {mark} [{scoring.kind_of(segment)}{speaker}] {segment.text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, help="only the pages of this split")
    parser.add_argument("--page", metavar="ID", help="one page's script beside its truth")
    parser.add_argument("--only", metavar="PREFIX", default="", help="only the pages whose id starts with PREFIX")
    parser.add_argument("--update-floors", action="store_true", help="raise tests/eval/floors.json to the figures")
    parser.add_argument(
        "--study-heldout", action="store_true", help="let --page show a held-out page (then move it to dev)"
    )
    args = parser.parse_args(argv)
    if args.update_floors and (args.page or args.only):
        print("Floors hold for whole splits: --update-floors goes with no --page or --only", file=sys.stderr)
        return 2
    try:
        pages = scoring.load_pages(args.split, [args.page] if args.page else None, args.only)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if not pages:
        print(f"No page {args.page!r} in tests/eval/pages" if args.page else "No pages", file=sys.stderr)
        return 2
    if args.page and pages[0].split == "heldout" and not args.study_heldout:
        print(
            f"{args.page} is held out: reading its script would make it a dev page. Use --study-heldout, then move it"
            " to dev and say why in its notes.",
            file=sys.stderr,
        )
        return 2
    if args.page:
        show_page(pages[0])
        return 0
    splits = [args.split] if args.split else list(SPLITS)
    print(
        f"Article understanding on {len(pages)} pages "
        + ", ".join(f"{sum(p.split == s for p in pages)} {s}" for s in splits)
        + "\n"
    )
    scores = scoring.score_all(pages)
    print_figures(scores, splits)
    print_worst(scores)
    print_times(scores)
    if args.update_floors:
        update_floors(scores, splits)
    return 0


if __name__ == "__main__":
    sys.exit(main())
