"""The cache stays within its bound even while one narration needs more clips than fit in it."""

from __future__ import annotations

import pytest

from app.publish.folder import publish_folder
from app.publish.mp3 import Show
from app.speech.cache import ClipCache
from tests.speech.fakes import FakeEngine
from tests.speech.helpers import decode, joined_mp3, renderer, seed_article


def folder_bytes(folder) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*.clip"))


@pytest.mark.slow
def test_a_narration_larger_than_the_cache_never_grows_it_past_its_bound(tmp_path):
    from datetime import datetime, timezone

    bound = 300_000
    render = renderer(tmp_path / "cache", FakeEngine("espeak"), FakeEngine("gtts"))
    render.cache = ClipCache(tmp_path / "cache", bound, spill_folder=tmp_path / "spill")
    seen = []
    with render.cache.holding():  # the narration's clips stay where they are until it is published
        narration = render.render(
            seed_article(), "espeak", lambda done, total, chapter: seen.append(folder_bytes(tmp_path / "cache"))
        )
        assert max(seen) <= bound, f"the cache reached {max(seen)} bytes, bound {bound}"
        assert list((tmp_path / "spill").rglob("*.clip"))
        # Every clip of the narration is still there to be assembled, and the whole decodes.
        mp3 = joined_mp3(narration)
        assert sum(clip.size_bytes for clip in narration.clips) == len(mp3) > bound
        assert abs(len(decode(mp3)) / 22.05 - narration.timeline.duration_ms) <= 1
        files = publish_folder(
            tmp_path / "article", seed_article(), narration, Show("N", "N"), datetime.now(timezone.utc)
        )
    assert files.mp3.stat().st_size > len(mp3)
    assert 0 < folder_bytes(tmp_path / "cache") <= bound  # the most recent clips joined the cache
    assert not list((tmp_path / "spill").rglob("*.clip"))  # and the others were let go
    again = render.render(seed_article(), "espeak")
    assert 0 < again.clips_made < len(again.clips)
