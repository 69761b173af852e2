"""Regular expressions compiled once per machine, not once per process, the way Python keeps compiled modules.

The article and speech-text stages hold about 230 regular expressions, some of them long alternations of French
words (speech verbs, given names, page chrome). Python's regex compiler is written in Python: compiling them took
40 % of a `narrateur segment` process (bench/bench_process.py). What it produces for a pattern, the engine's code,
depends only on the pattern, its flags and the interpreter, so it is kept in a file named after the interpreter and
handed straight to the regex engine (`_sre`) next time, as `re` itself does after compiling. The first process to
compile a pattern adds it at exit (`save`). Anything unexpected (another interpreter, a file unreadable, foreign or
not writable) falls back to `re.compile`: the cache can only make start-up faster, never change a match.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another interpreter: re.compile all along
    _sre = None

FORMAT = 1
# Code words as bytes: marshal reads them ten times faster than a list of ints.
CODE_WORD = "I" if array("I").itemsize == 4 else "L"
# Entries of patterns no longer in the code stay until the file holds this many, then only the current ones.
MAX_ENTRIES = 1500  # five times what the app holds today

Entry = tuple[int, bytes, int, dict, tuple]
"""(flags, code, groups, groupindex, indexgroup): the arguments of `_sre.compile` after the pattern."""


def cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
    return Path(base, "narrateur", f"regexes-{tag}.marshal")


class _Cache:
    def __init__(self) -> None:
        self.loaded: dict[tuple[str, int], Entry] | None = None
        self.made: dict[tuple[str, int], Entry] = {}
        self.used: set[tuple[str, int]] = set()
        self.broken = _sre is None

    def entries(self) -> dict[tuple[str, int], Entry]:
        if self.loaded is None:
            self.loaded = _read(cache_file())
        return self.loaded


_cache = _Cache()


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, served from the cache when it holds the pattern."""
    if _cache.broken:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entry = _cache.entries().get(key)
    try:
        if entry is None:
            entry = _compile(pattern, int(flags))
            _cache.made[key] = entry
        _cache.used.add(key)
        flags_with_inline, code, groups, groupindex, indexgroup = entry
        words = array(CODE_WORD)
        words.frombytes(code)
        return _sre.compile(pattern, flags_with_inline, words.tolist(), groups, groupindex, indexgroup)
    except re.error:
        raise  # a bad pattern, as re.compile says it
    except Exception:  # noqa: BLE001 - an interpreter whose internals differ, a foreign entry: compile as re does
        _cache.broken = True
        return re.compile(pattern, flags)


def _compile(pattern: str, flags: int) -> Entry:
    """What re._compiler.compile hands to `_sre.compile` (the same steps, kept instead of used once)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array(CODE_WORD, (int(word) for word in code)).tobytes()
    return flags | parsed.state.flags, words, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != FORMAT or not isinstance(stored[1], dict):
        return {}
    return stored[1]


@atexit.register
def save() -> None:
    """Adds the patterns this process compiled to the file (forked processes that end without exit handlers call
    it themselves). Written whole or not at all; a failure to write only means compiling again next time."""
    if not _cache.made or _cache.broken:
        return
    from app.files import write_atomically  # only when there is something to write

    path = cache_file()
    entries = _read(path)
    if len(entries) + len(_cache.made) > MAX_ENTRIES:
        entries = {key: entries[key] for key in _cache.used if key in entries}
    entries.update(_cache.made)
    try:
        write_atomically(path, [marshal.dumps((FORMAT, entries))], durable=False)
    except OSError:
        return
    _cache.loaded = entries
    _cache.made = {}


def prefix_tree(forms) -> str:
    """An alternation of `forms` written as a tree of their common prefixes ("dé(?:clare|montre)"), spaces as any
    run of spaces. The regex engine tries an alternation's branches one by one at each position: a list of 400 verb
    forms costs 400 tries where a word starts, a tree a handful. At each letter the longer forms are tried before
    the form ending there, so it matches what a longest-first list would, backtracking the same way."""
    tree: dict = {}
    for form in forms:
        node = tree
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    ends = "" in node
    branches = [(r"\s+" if char == " " else re.escape(char)) + _branches(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")


def longest_first(words) -> list[str]:
    """Words for an alternation: longest first, so that "mis en garde" is tried before "mis", then in alphabetical
    order, so that the pattern reads the same in every process (a set's order changes) and the cache finds it."""
    return sorted(words, key=lambda word: (-len(word), word))
