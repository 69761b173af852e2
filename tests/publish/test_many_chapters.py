"""Articles with hundreds of chapters: every chapter in the ID3 table of contents, seekable by time."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timezone

from mutagen.id3 import ID3, CTOCFlags

from app.publish.tags import TagInfo, id3_tag
from app.speech.audio import AudioFormat, Pcm
from app.speech.encode import encode_clip


def tag_info(chapters) -> TagInfo:
    return TagInfo(
        title="Un long dossier",
        artist="Narrateur",
        album="Narrateur",
        published=datetime(2026, 1, 2, tzinfo=timezone.utc),
        description=None,
        source_url=None,
        cover_jpeg=None,
        chapters=tuple(chapters),
    )


def test_seven_hundred_chapters_are_all_in_the_tag_and_read_by_ffprobe(tmp_path):
    count, chapter_ms = 703, 100
    chapters = [(f"Chapitre numéro {n + 1}", n * chapter_ms, (n + 1) * chapter_ms) for n in range(count)]
    audio = encode_clip(Pcm.silence(count * chapter_ms + 500, 22050), AudioFormat()).mp3
    path = tmp_path / "long.mp3"
    path.write_bytes(id3_tag(tag_info(chapters)) + audio)

    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(probe.stdout)["chapters"]
    assert [c["tags"]["title"] for c in found] == [title for title, _, _ in chapters]
    assert [round(float(c["start_time"]) * 1000) for c in found] == [start for _, start, _ in chapters]

    # The table of contents reaches every chapter: a top-level table whose sub-tables hold at most 255 each.
    tag = ID3(path)
    tables = {frame.element_id: frame for frame in tag.getall("CTOC")}
    top = [t for t in tables.values() if t.flags & CTOCFlags.TOP_LEVEL]
    assert len(top) == 1

    def reached(element_id):
        table = tables.get(element_id)
        if table is None:
            return [element_id]
        assert len(table.child_element_ids) <= 255
        return [leaf for child in table.child_element_ids for leaf in reached(child)]

    assert reached(top[0].element_id) == [f"chp{n}" for n in range(count)]


def test_a_few_chapters_keep_one_flat_table(tmp_path):
    tag = id3_tag(tag_info([("Un", 0, 1000), ("Deux", 1000, 2000)]))
    path = tmp_path / "short.mp3"
    path.write_bytes(tag + encode_clip(Pcm.silence(2000, 22050), AudioFormat()).mp3)
    tables = ID3(path).getall("CTOC")
    assert len(tables) == 1 and tables[0].child_element_ids == ["chp0", "chp1"]
