"""Is this text HTML? Decided by regular expressions alone, so a plain-text article never loads the HTML stack."""

from __future__ import annotations

import re

from app.regexes import compiled

HTML_DOCUMENT = compiled(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL
)
TAG = compiled(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
SIGNATURE = compiled(
    r"<(?:!doctype|html|head|body|p|div|article|section|h[1-6]|main|span|br|meta|title|ul|li|a)\b", re.IGNORECASE
)
HEAD_CHARS = 20000
"""Enough of the start to decide; the rest of a long page changes nothing."""


# Tags that close (or break a line): markup in use. The tags a WordPress comment form lists as allowed ("Vous pouvez
# utiliser ces balises et attributs HTML : <a href="" title=""> <abbr title=""> …") only open.
CLOSING = compiled(r"</(?:p|div|article|section|h[1-6]|main|span|ul|li|a|body|html|title)\s*>|<br\s*/?>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """HTML by its start or by its markup: a pasted page, or a fragment with tags in use."""
    head = text[:HEAD_CHARS]
    return bool(HTML_DOCUMENT.match(head) or SIGNATURE.search(head) and CLOSING.search(head))


def is_html_document(text: str) -> bool:
    """Markup pasted where text was expected: a whole document, or text that is mostly tags."""
    head = text[:HEAD_CHARS]
    if HTML_DOCUMENT.match(head):
        return True
    tags = TAG.findall(head)
    return len(tags) >= 5 and sum(map(len, tags)) > 0.3 * len(head.strip())
