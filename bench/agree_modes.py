"""Copied text against HTML on pages nobody annotated: how often the two input modes agree.

The HTML mode has the page's markup and metadata and scores far better on the evaluation set, so on any folder of
saved French pages its script stands in for the truth of the copied-text mode: same title, its paragraphs found in
the text mode's spoken words, the text mode's extra words, the same chapters. The pages a disagreement lists are
read by a person, who decides which mode is wrong (sometimes it is the HTML). That gives development pages by the
hundred without annotating them; the evaluation set's held-out pages stay unseen.

Usage: `python bench/agree_modes.py FOLDER [NAME_PART ...]`. FOLDER holds `<name>.html` pages; the copied text
`<name>.txt` is made beside each with `tests/eval/make_text.py`'s chromium when it is missing. Prints figures and
the pages that disagree; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.eval.scoring import covered, found_in, ngrams, parse, same, spoken_ngrams, words  # noqa: E402

FOUND_SHARE = 0.9
PARAGRAPH_WORDS = 8  # shorter segments (credits, headings) are not paragraphs to look for


def make_missing_texts(pages: list[Path]) -> None:
    missing = [page for page in pages if not page.with_suffix(".txt").exists()]
    if not missing:
        return
    from playwright.sync_api import sync_playwright

    from tests.eval.make_text import CHROMIUM, CHROMIUM_ARGS, FALLBACK_URL, copied_text

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for page in missing:
            page.with_suffix(".txt").write_text(copied_text(browser, page.read_bytes(), FALLBACK_URL))
        browser.close()


def compare(page: Path) -> tuple[dict[str, int], list[str]]:
    """Counts for one page, and what disagrees."""
    html, _ = parse(page.read_bytes(), "html", None)
    text, _ = parse(page.with_suffix(".txt").read_text(encoding="utf-8"), "text", None)
    if html is None or text is None:
        return {"pages": 0}, ["refused in " + ("HTML" if html is None else "text")]
    spoken = [word for segment in text.segments for word in words(segment.text)]
    heard = spoken_ngrams(spoken)
    paragraphs = [s.text for s in html.segments if len(words(s.text)) >= PARAGRAPH_WORDS]
    found = sum(found_in(paragraph, heard) >= FOUND_SHARE for paragraph in paragraphs)
    allowed = {gram for s in html.segments for gram in ngrams(words(s.text))}
    extra = covered(spoken, allowed).count(False)
    html_chapters = [words(c.title) for c in html.chapters][1:]
    text_chapters = [words(c.title) for c in text.chapters][1:]
    counts = {
        "pages": 1,
        "titles": int(same(html.title, text.title)),
        "paragraphs": len(paragraphs),
        "found": found,
        "spoken": len(spoken),
        "extra": extra,
        "chapters": len(html_chapters),
        "shared_chapters": sum(chapter in text_chapters for chapter in html_chapters),
    }
    notes = []
    if not counts["titles"]:
        notes.append(f"title: HTML {html.title[:60]!r}, text {text.title[:60]!r}")
    if found < len(paragraphs):
        notes.append(f"paragraphs {found}/{len(paragraphs)}")
    if extra > 0.05 * max(1, len(spoken)):
        notes.append(f"text-only words {extra}/{len(spoken)}")
    if html_chapters != text_chapters:
        notes.append(f"chapters: HTML {len(html_chapters)}, text {len(text_chapters)}")
    return counts, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("names", nargs="*", help="only the pages whose name contains one of these")
    args = parser.parse_args()
    pages = sorted(p for p in args.folder.glob("*.html") if not args.names or any(n in p.name for n in args.names))
    make_missing_texts(pages)
    totals: dict[str, int] = {}
    for page in pages:
        counts, notes = compare(page)
        for name, value in counts.items():
            totals[name] = totals.get(name, 0) + value
        if notes:
            print(f"{page.stem[-60:]:60}  " + " | ".join(notes))
    share = lambda part, whole: f"{100 * part / whole:.1f}%" if whole else "—"  # noqa: E731
    print(
        f"\n{totals.get('pages', 0)} pages read in both modes: title agrees {share(totals.get('titles', 0), totals.get('pages', 0))}, "
        f"HTML paragraphs heard in text {share(totals.get('found', 0), totals.get('paragraphs', 0))}, "
        f"text-only words {share(totals.get('extra', 0), totals.get('spoken', 0))}, "
        f"HTML chapters also in text {share(totals.get('shared_chapters', 0), totals.get('chapters', 0))}"
    )


if __name__ == "__main__":
    main()
