"""The pronunciation lexicon a user edits without touching code: a TOML or JSON file of word → spoken form."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.errors import ConfigError


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[tuple[str, str], ...] = ()

    def apply(self, text: str) -> str:
        for written, spoken in self.entries:
            text = re.sub(rf"(?<![\w-]){re.escape(written)}(?![\w-])", spoken, text)
        return text


def load_lexicon(path: Path | None) -> Lexicon:
    if path is None:
        return Lexicon()
    path = Path(path)
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise ConfigError(f"The lexicon file {path} does not exist", "check NARRATEUR_LEXICON_PATH") from None
    return _load(path, stamp)


@lru_cache(maxsize=8)
def _load(path: Path, _stamp: int) -> Lexicon:
    """Cached per file version: an edited lexicon is read again, an unchanged one is not."""
    raw = path.read_bytes()
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw)
        else:
            import tomllib  # only for a TOML lexicon: most narrations have none (see bench/bench_process.py)

            data = tomllib.loads(raw.decode("utf-8"))
            data = data.get("lexicon", data)
    except (ValueError, UnicodeDecodeError) as error:
        raise ConfigError(f"The lexicon file {path} cannot be read", str(error).split("\n")[0]) from None
    if not isinstance(data, dict):
        raise ConfigError(f"The lexicon file {path} must map words to their spoken form")
    entries = []
    for written, spoken in data.items():
        if not isinstance(spoken, str) or not spoken.strip() or not written.strip() or "\n" in written + spoken:
            raise ConfigError(f"The lexicon entry {written!r} in {path} must be a non-empty one-line text")
        if re.search(r"\d", spoken):
            raise ConfigError(f"The spoken form of {written!r} in {path} must be written in words, not digits")
        entries.append((written.strip(), spoken.strip()))
    # Longer entries first so "Jens Stoltenberg" wins over "Jens".
    return Lexicon(tuple(sorted(entries, key=lambda entry: len(entry[0]), reverse=True)))
