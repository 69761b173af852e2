"""Article understanding and speech text speed, in-process (issue targets: seed < 50 ms, 100 KB HTML < 300 ms,
10,000 words of speech text < 200 ms). Prints figures; asserts nothing."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.article import parse_article  # noqa: E402
from app.speechtext import normalize, speech_article  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def best_of(function, repeat: int = 7) -> tuple[float, float]:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return min(timings), statistics.median(timings)


def big_html(target_bytes: int = 100_000) -> bytes:
    page = (FIXTURES / "le_monde.html").read_text(encoding="utf-8")
    head, _, rest = page.partition("<h2>")
    body, _, tail = rest.partition("</article>")
    sections = []
    index = 0
    while len(head) + sum(map(len, sections)) < target_bytes:
        index += 1
        sections.append(f"<h2>Section {index}</h2>" + body.split("</h2>", 1)[1])
    return (head + "".join(sections) + "</article>" + tail).encode("utf-8")


def main() -> None:
    seed = (FIXTURES / "seed_otan.txt").read_bytes()
    parse_article(seed)  # warm imports and regex caches
    html = big_html()
    words = " ".join(segment.text for segment in parse_article(seed).segments).split()
    text_10k = " ".join((words * (10_000 // len(words) + 1))[:10_000])

    rows = [
        ("seed article (text) → Article", lambda: parse_article(seed), 50),
        (
            "seed article → Article with speech text",
            lambda: (normalize.cache_clear(), speech_article(parse_article(seed))),
            50,
        ),
        (f"{len(html) // 1000} KB HTML page → Article", lambda: parse_article(html), 300),
        ("10,000 words → speech text", lambda: normalize.__wrapped__(text_10k), 200),  # uncached
    ]
    print(f"{'measure':48} {'best ms':>9} {'median ms':>10} {'target ms':>10} {'ratio':>7}")
    for name, function, target in rows:
        best, median = best_of(function)
        print(f"{name:48} {best:9.1f} {median:10.1f} {target:10d} {median / target:7.2f}")
    print_scaling()


def hostile_pages(count: int) -> dict[str, str]:
    """Pages built to make a parser quadratic: one paragraph of many spans, many one-word paragraphs, deep nesting."""
    return {
        "spans in one <p>": "<html><body><h1>Titre de la page</h1><p>"
        + "<span>mot</span> " * count
        + ".</p></body></html>",
        "one-word <p>": "<html><body><h1>Titre de la page</h1>" + "<p>mot</p>" * count + "</body></html>",
        "nested <div>": "<html><body><h1>Titre</h1>"
        + "<div>" * min(count, 5000)
        + "<p>"
        + "Une phrase de texte. " * 40
        + "</p>"
        + "</div>" * min(count, 5000)
        + "</body></html>",
    }


def print_scaling() -> None:
    """Time per element as pages grow tenfold: linear parsing keeps it flat."""
    from app.errors import NarrateurError

    print(f"\n{'hostile page (HTML parse)':28} {'10k ms':>9} {'100k ms':>9} {'per-element ratio':>18}")
    small, large = hostile_pages(10_000), hostile_pages(100_000)
    for name in small:
        times = []
        for page in (small[name], large[name]):
            start = time.perf_counter()
            try:
                parse_article(page, "html", max_bytes=10_000_000)
            except NarrateurError:
                pass  # refusing such a page is fine; the time it takes is what is measured
            times.append((time.perf_counter() - start) * 1000)
        print(f"{name:28} {times[0]:9.0f} {times[1]:9.0f} {times[1] / times[0] / 10:18.2f}")


if __name__ == "__main__":
    main()
