"""The README stays true: every setting is documented, and CI runs exactly its test command."""

import dataclasses

from app.config import Settings
from tests.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented_with_its_variable():
    missing = [
        name for name in [f.name for f in dataclasses.fields(Settings)] if f"`NARRATEUR_{name.upper()}`" not in README
    ]
    assert missing == []


def test_ci_runs_the_readme_test_command():
    assert "scripts/test\n" in README and "scripts/serve\n" in README
    assert (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1] == "scripts/test"
