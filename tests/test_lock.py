"""The lock stays in step with pyproject.toml: every dependency declared is pinned, at a version it accepts, with
hashes, and the runtime lock pins what the test lock pins."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;]+)(?:\s*;\s*([^\\]+?))?\s*\\$")


def pins(name: str) -> dict[str, str]:
    """Package → version pinned for this interpreter (a universal lock may pin one package per Python version)."""
    text = (ROOT / "requirements" / name).read_text(encoding="utf-8")
    found = {}
    for line in text.splitlines():
        match = PIN.match(line)
        if match and (match[3] is None or Requirement(f"x; {match[3]}").marker.evaluate()):
            found[canonicalize_name(match[1])] = match[2]
    return found


def unpinned(requirements: list[str], locked: dict[str, str]) -> list[str]:
    # The project's own extras (narrateur[cluster] in the test extra) are expanded by the lock, not pinned.
    wanted = [Requirement(text) for text in requirements if canonicalize_name(Requirement(text).name) != "narrateur"]
    return [
        str(requirement)
        for requirement in wanted
        if (requirement.marker is None or requirement.marker.evaluate())
        and not requirement.specifier.contains(locked.get(canonicalize_name(requirement.name), "0"), prereleases=True)
    ]


def test_every_runtime_dependency_is_pinned_at_a_version_it_accepts():
    assert unpinned(PYPROJECT["project"]["dependencies"], pins("lock.txt")) == []


def test_every_test_dependency_is_pinned_at_a_version_it_accepts():
    declared = PYPROJECT["project"]["dependencies"] + PYPROJECT["project"]["optional-dependencies"]["test"]
    assert unpinned(declared, pins("lock-test.txt")) == []


def test_every_cluster_dependency_is_pinned_in_the_cluster_and_test_locks():
    declared = PYPROJECT["project"]["dependencies"] + PYPROJECT["project"]["optional-dependencies"]["cluster"]
    assert unpinned(declared, pins("lock-cluster.txt")) == [] and unpinned(declared, pins("lock-test.txt")) == []


def test_both_locks_hold_the_build_backend():
    backend = PYPROJECT["build-system"]["requires"]
    assert unpinned(backend, pins("lock.txt")) == [] and unpinned(backend, pins("lock-test.txt")) == []


def test_the_runtime_lock_pins_the_test_lock_versions():
    test = pins("lock-test.txt")
    for name in ("lock.txt", "lock-cluster.txt"):
        assert {package: version for package, version in pins(name).items() if test.get(package) != version} == {}


def test_every_pin_carries_hashes():
    for name in ("lock.txt", "lock-cluster.txt", "lock-test.txt"):
        entries = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / "requirements" / name).read_text(encoding="utf-8"))
        bare = [entry.split()[0] for entry in entries if "==" in entry and "--hash=sha256:" not in entry]
        assert bare == [], name
