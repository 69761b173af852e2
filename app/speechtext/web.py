"""Addresses, hashtags and emoji: said the way a radio host would, or left out, never spelled as letter salad."""

from __future__ import annotations

import re
import unicodedata

from app.regexes import compiled

URL = compiled(r"\b(?:https?://|www\.)[^\s<>«»\"]+", re.IGNORECASE)
EMAIL = compiled(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
HASHTAG = compiled(r"(?<![\w&])#(\w+)")
MENTION = compiled(r"(?<![\w])@(\w{2,})")


def _dotted(host: str) -> str:
    return " point ".join(part for part in host.split(".") if part)


def urls(text: str) -> str:
    """https://www.radio-canada.ca/info/123 → radio-canada point ca: the site, not the path."""

    def say(match: re.Match) -> str:
        address = match.group(0).rstrip(".,;:!?)")
        trailing = match.group(0)[len(address) :]
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", address, flags=re.IGNORECASE).split("/")[0].split("?")[0]
        return _dotted(host.lower()) + trailing

    return URL.sub(say, text)


def emails(text: str) -> str:
    def say(match: re.Match) -> str:
        user, _, host = match.group(0).partition("@")
        return f"{_dotted(user)} arobase {_dotted(host)}"

    return EMAIL.sub(say, text)


def hashtags(text: str) -> str:
    """#COP29 → mot-clic COP29; CamelCase tags are split into words."""
    return HASHTAG.sub(lambda m: "mot-clic " + re.sub(r"(?<=[a-zé])(?=[A-Z])", " ", m.group(1)), text)


def mentions(text: str) -> str:
    return MENTION.sub(lambda m: re.sub(r"(?<=[a-zé])(?=[A-Z])", " ", m.group(1)), text)


KEPT_SYMBOLS = set("°º№")


def emoji(text: str) -> str:
    """Pictographs carry no words for a listener: they are left out (the degree sign is read later)."""
    return "".join(
        " "
        if (unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") and ch not in KEPT_SYMBOLS)
        or 0xFE00 <= ord(ch) <= 0xFE0F
        or ch == "\u200d"
        else ch
        for ch in text
    )
