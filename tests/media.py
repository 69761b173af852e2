"""Reading audio files the way a podcast app or a person would: ffprobe's view of them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def ffprobe(path: Path, *what: str) -> dict:
    """ffprobe's JSON for `what` (such as -show_chapters, -show_format, -show_streams)."""
    out = subprocess.run(
        ["ffprobe", "-v", "error", *what, "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout)
