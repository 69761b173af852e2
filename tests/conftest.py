"""Hooks shared by every test folder (paths are in tests/paths.py, helpers in each folder's helpers module).

Markers (`scripts/test -m "not slow and not browser"` is the fast subset):
- `browser`: drives Debian chromium through Playwright (module-level `pytestmark` in tests/web/).
- `slow`: end-to-end runs over a second or more: a whole article narrated into MP3s (real espeak-ng or Piper,
  or the fake voice over the whole seed), the service as a process, fuzzing, the evaluation set. Set with
  `pytestmark` or `@pytest.mark.slow`, and below for every test that uses a fixture narrating a whole article."""

from __future__ import annotations

import pytest

NARRATING_FIXTURES = {
    "seed_mp3": "tests/publish/test_narrate_cli.py: the seed narrated by the command line with espeak-ng",
    "published": "tests/publish/test_publish_folder.py: the seed rendered and published",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if NARRATING_FIXTURES.keys() & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
