"""Readable, safe file names from an article's title: the service's downloads and the command line's outputs."""

from __future__ import annotations

import re
import unicodedata


def readable_file_name(title: str, suffix: str = ".mp3") -> str:
    """A file name from the title: accents kept (RFC 5987 filename*); characters unsafe in file names dropped,
    and so are invisible controls (bidirectional overrides would make 'gnp.exe' read 'exe.png')."""
    name = unicodedata.normalize("NFC", title)
    name = "".join(char for char in name if unicodedata.category(char) not in ("Cf", "Co", "Cs"))
    name = re.sub(r"[\\/:*?\"<>|\x00-\x1f\x7f-\x9f\u2028\u2029]+", " ", name)
    name = re.sub(r"\s+", " ", name).strip(" .")[:120] or "narration"
    return f"{name}{suffix}"
