"""Regular expressions kept compiled between processes (app/regexes.py): never a different match, never in the way."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys

import pytest

import app
from app import regexes
from app.regexes import longest_first, prefix_tree
from tests.paths import FIXTURES, ROOT, SEED


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache file of this test's own, and a process state that has read none."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regexes, "_cache", regexes._Cache())
    return tmp_path


def app_patterns() -> list[re.Pattern]:
    """Every compiled pattern a module of the app holds at its top level."""
    found = {}
    for module_info in pkgutil.walk_packages(app.__path__, "app."):
        if module_info.name == "app.__main__" or module_info.name.startswith(("app.web", "app.cluster")):
            continue  # the command itself; the web stack and the distributed mode need optional libraries
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[(value.pattern, value.flags)] = value
    return list(found.values())


def test_a_pattern_from_the_file_matches_exactly_as_re_compile(fresh_cache):
    patterns = app_patterns()
    assert len(patterns) > 150
    for pattern in patterns:
        regexes.compiled(pattern.pattern, pattern.flags)
    regexes.save()
    regexes._cache = regexes._Cache()  # the next process: everything from the file
    texts = SEED.read_text(encoding="utf-8").splitlines() + (FIXTURES / "le_devoir.html").read_text("utf-8").split(">")
    for pattern in patterns:
        served = regexes.compiled(pattern.pattern, pattern.flags)
        fresh = re.compile(pattern.pattern, pattern.flags)
        assert (served.flags, served.groups, served.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
        for text in texts:
            assert [m.span() + m.groups() for m in served.finditer(text)] == [
                m.span() + m.groups() for m in fresh.finditer(text)
            ], pattern.pattern
    assert not regexes._cache.made, "every pattern came from the file"


def test_inline_flags_named_groups_and_errors_behave_as_in_re(fresh_cache):
    source = r"(?i)(?P<verb>a\s+dit|déclare)(?:\s+(?P<who>[A-ZÉ]\w+))?"
    regexes.compiled(source)
    regexes.save()
    regexes._cache = regexes._Cache()
    served = regexes.compiled(source)
    assert served.flags & re.IGNORECASE
    assert served.search("«…», A DIT Édouard").groupdict() == {"verb": "A DIT", "who": "Édouard"}
    with pytest.raises(re.error):
        regexes.compiled(r"(?P<unclosed")


def segment(cache_home, *extra_env) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(cache_home), "HOME": str(cache_home)}
    return subprocess.run(
        [sys.executable, "-m", "app", "segment", str(SEED)], capture_output=True, cwd=ROOT, env=env, timeout=120
    )


@pytest.mark.slow
def test_the_second_segment_process_compiles_nothing_and_prints_the_same_script(tmp_path):
    first = segment(tmp_path)
    stored = list((tmp_path / "narrateur").glob("regexes-*.marshal"))
    assert first.returncode == 0 and len(stored) == 1, first.stderr
    written = stored[0].stat().st_mtime_ns
    second = segment(tmp_path)
    assert second.stdout == first.stdout and json.loads(second.stdout)["title"]
    # Nothing new to add: every pattern's text is the same in every process (no set order in an alternation).
    assert stored[0].stat().st_mtime_ns == written


@pytest.mark.slow
def test_a_damaged_or_unwritable_cache_changes_nothing_a_user_sees(tmp_path):
    expected = segment(tmp_path / "clean").stdout
    damaged = tmp_path / "damaged"
    (damaged / "narrateur").mkdir(parents=True)
    stored = next((tmp_path / "clean" / "narrateur").glob("regexes-*.marshal"))
    (damaged / "narrateur" / stored.name).write_bytes(stored.read_bytes()[: stored.stat().st_size // 2])
    result = segment(damaged)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, b"")
    assert (damaged / "narrateur" / stored.name).read_bytes() == stored.read_bytes()  # written whole again
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would go")
    result = segment(blocked)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, b"")


def test_an_alternation_as_a_tree_of_prefixes_factors_what_forms_share():
    assert prefix_tree(["déclare", "démontre", "dé"]) == "dé(?:clare|montre)?"


def test_an_alternation_as_a_tree_matches_what_the_longest_first_list_matches():
    forms = ["a dit", "a déclaré", "déclare", "dé", "mis en garde", "mis", "lance", "lancé", "souligne", "souligné"]
    listed = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in longest_first(set(forms)))
    tree = re.compile(rf"(?<!\w)(?:{prefix_tree(forms)})(?!\w)", re.IGNORECASE)
    plain = re.compile(rf"(?<!\w)(?:{listed})(?!\w)", re.IGNORECASE)
    texts = [
        "« Non », a déclaré le maire.",
        "Il a mis en garde contre la crise, a mis   en garde lundi.",
        "« Oui », lance-t-il, puis il a souligné que tout va bien ; il souligne.",
        "Elle a dit : « Je le déclare », dé à coudre, mis sur la table.",
    ]
    for text in texts:
        found = [match.span() for match in tree.finditer(text)]
        assert found and found == [match.span() for match in plain.finditer(text)]
