"""Every file of a published narration, from one timeline; per-chapter MP3s; and the podcast feed."""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone

import feedparser
import pytest
from mutagen.id3 import ID3

from app.publish.feed import FeedChannel, FeedItem, podcast_feed
from app.publish.folder import CHAPTERS_VTT, MP3_NAME, chapter_mp3_name, publish_folder
from app.publish.mp3 import Show
from tests.speech.fakes import FakeEngine
from tests.speech.helpers import renderer, seed_article


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    folder = tmp_path_factory.mktemp("published")
    article = seed_article()
    narration = renderer(folder / "cache", FakeEngine("espeak"), FakeEngine("gtts")).render(article, "espeak")
    files = publish_folder(
        folder / "article",
        article,
        narration,
        Show("Narrateur", "Narrateur"),
        datetime(2026, 11, 25, tzinfo=timezone.utc),
    )
    return files, narration


def duration_s(path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout)


def test_one_mp3_per_chapter_tagged_and_as_long_as_the_chapter(published):
    files, narration = published
    for index, chapter in enumerate(narration.timeline.chapters):
        path = files.folder / chapter_mp3_name(index)
        assert duration_s(path) == pytest.approx((chapter.end_ms - chapter.start_ms) / 1000, abs=0.2)
        assert str(ID3(path)["TIT2"]) == f"{index + 1}. {chapter.title}"
    assert files.mp3.name == MP3_NAME and files.mp3_bytes == files.mp3.stat().st_size


def test_vtt_chapters_match_the_timeline(published):
    files, narration = published
    text = (files.folder / CHAPTERS_VTT).read_text()
    assert text.startswith("WEBVTT") and text.count(" --> ") == len(narration.timeline.chapters)
    assert "Réajuster les budgets militaires" in text


def test_no_partial_files_left(published):
    files, _ = published
    assert not [p for p in files.folder.iterdir() if p.name.startswith(".")]


def test_feed_parses_with_every_field():
    channel = FeedChannel(
        "Narrateur",
        "Des articles lus à voix haute",
        "http://127.0.0.1:8000/",
        "http://127.0.0.1:8000/feed.xml",
        "http://127.0.0.1:8000/static/cover.jpg",
        "Narrateur",
    )
    item = FeedItem(
        guid="a1b2",
        title="Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN",
        description="Le secrétaire…",
        published=datetime(2026, 11, 25, 10, tzinfo=timezone.utc),
        page_url="http://127.0.0.1:8000/articles/a1b2",
        mp3_url="http://127.0.0.1:8000/articles/a1b2/audio.mp3",
        mp3_bytes=1_115_000,
        duration_ms=139_389,
        chapters_url="http://127.0.0.1:8000/articles/a1b2/chapters.json",
        transcript_url="http://127.0.0.1:8000/articles/a1b2/transcript.vtt",
        image_url="http://127.0.0.1:8000/articles/a1b2/cover.jpg",
        author="Narrateur",
    )
    parsed = feedparser.parse(podcast_feed(channel, [item]))
    assert not parsed.bozo
    assert (
        parsed.feed.title == "Narrateur"
        and parsed.feed.language == "fr"
        and parsed.feed.link == "http://127.0.0.1:8000/"
    )
    assert parsed.feed.image.href == "http://127.0.0.1:8000/static/cover.jpg"
    entry = parsed.entries[0]
    assert entry.id == "a1b2" and entry.title == item.title
    assert entry.enclosures[0] == {"href": item.mp3_url, "length": "1115000", "type": "audio/mpeg"}
    assert entry.published_parsed[:4] == (2026, 11, 25, 10)
    assert entry.itunes_duration == "00:02:19"
    assert (
        entry.podcast_chapters["url"] == item.chapters_url
        and entry.podcast_chapters["type"] == "application/json+chapters"
    )
    assert entry.podcast_transcript["url"] == item.transcript_url and entry.podcast_transcript["type"] == "text/vtt"
