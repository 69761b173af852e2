"""Makes each page's `<id>.txt`: the text a reader gets with select-all and copy, from its saved `<id>.html.gz`.

Debian chromium (through Playwright) loads the page at its original address with JavaScript off and no network:
every request is intercepted, the page itself is answered with the saved bytes and everything else (styles, images,
scripts, frames) is aborted. The text is `document.body.innerText`, which is what a copy of the whole page yields.

Usage: `python tests/eval/make_text.py [--force] [ID ...]` (no ID: every page that has no .txt yet).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from playwright.sync_api import Route, sync_playwright

PAGES = Path(__file__).resolve().parent / "pages"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
FALLBACK_URL = "https://page.invalid/article.html"  # for a page whose annotation gives no URL


def page_url(page_id: str) -> str:
    annotation = PAGES / f"{page_id}.json"
    if annotation.exists():
        return json.loads(annotation.read_text(encoding="utf-8")).get("url") or FALLBACK_URL
    return FALLBACK_URL


def content_type(html: bytes) -> str:
    # A saved page has lost its HTTP header; the server declared UTF-8 for the pages that omit a <meta charset>,
    # and chromium would otherwise guess windows-1252 for them.
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        return "text/html"
    return "text/html; charset=utf-8"


def copied_text(browser, html: bytes, url: str) -> str:
    context = browser.new_context(java_script_enabled=False, locale="fr-FR", service_workers="block")
    try:
        page = context.new_page()

        def answer(route: Route) -> None:
            if (
                route.request.url.split("#")[0] == url.split("#")[0]
                and route.request.resource_type == "document"
                and route.request.frame == page.main_frame
            ):
                route.fulfill(status=200, body=html, headers={"content-type": content_type(html)})
            else:
                route.abort()

        context.route("**/*", answer)
        page.goto(url, wait_until="load")
        return page.evaluate("document.body ? document.body.innerText : ''")
    finally:
        context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="page ids (default: every page without a .txt)")
    parser.add_argument("--force", action="store_true", help="remake the .txt even when it exists")
    args = parser.parse_args(argv)
    ids = args.ids or sorted(path.name.removesuffix(".html.gz") for path in PAGES.glob("*.html.gz"))
    missing = [page_id for page_id in ids if not (PAGES / f"{page_id}.html.gz").exists()]
    if missing:
        print(f"No saved page for: {', '.join(missing)}", file=sys.stderr)
        return 2
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for page_id in ids:
                target = PAGES / f"{page_id}.txt"
                if target.exists() and not (args.force or args.ids):
                    continue
                html = gzip.decompress((PAGES / f"{page_id}.html.gz").read_bytes())
                text = copied_text(browser, html, page_url(page_id))
                partial = target.with_suffix(".txt.partial")
                partial.write_text(text + "\n", encoding="utf-8")
                partial.replace(target)
                print(f"{page_id}: {len(text.split())} words")
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
