"""Where the tests find the project and its article fixtures (defined once, imported by any test that needs them)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEED = FIXTURES / "seed_otan.txt"
"""The seed article: the NATO story most end-to-end tests narrate."""
EVAL_PAGES = ROOT / "tests" / "eval" / "pages"
"""The evaluation set: annotated real pages (tests/eval/)."""
SEED_TEXT = SEED.read_text(encoding="utf-8")
