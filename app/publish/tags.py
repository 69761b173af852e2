"""ID3v2.3 tags for a narration MP3: what podcast apps show, plus a table of contents and one CHAP per chapter."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from mutagen.id3 import APIC, CHAP, COMM, CTOC, ID3, TALB, TCON, TDRC, TIT2, TLAN, TPE1, WOAS, CTOCFlags

NO_OFFSET = 0xFFFFFFFF  # CHAP byte offsets unused: players seek by time


@dataclass(frozen=True)
class TagInfo:
    title: str
    artist: str
    album: str
    published: datetime
    description: str | None
    source_url: str | None
    cover_jpeg: bytes | None
    chapters: tuple[tuple[str, int, int], ...]
    """(title, start_ms, end_ms) per chapter, in the MP3's own time."""


def id3_tag(info: TagInfo) -> bytes:
    tag = ID3()
    tag.add(TIT2(encoding=3, text=info.title))
    tag.add(TPE1(encoding=3, text=info.artist))
    tag.add(TALB(encoding=3, text=info.album))
    tag.add(TDRC(encoding=3, text=info.published.strftime("%Y-%m-%d")))
    tag.add(TLAN(encoding=3, text="fre"))
    tag.add(TCON(encoding=3, text="Podcast"))
    if info.description:
        tag.add(COMM(encoding=3, lang="fre", desc="", text=info.description))
    if info.source_url:
        tag.add(WOAS(url=info.source_url))
    if info.cover_jpeg:
        tag.add(APIC(encoding=3, mime="image/jpeg", type=3, desc="Couverture", data=info.cover_jpeg))
    body = _frames(tag)
    if info.chapters:
        body += _chapter_frames(info.chapters)
    return b"ID3\x03\x00\x00" + _syncsafe(len(body)) + body


MAX_TABLE_ENTRIES = 255
"""A CTOC frame counts its entries in one byte."""


def _chapter_frames(chapters: tuple[tuple[str, int, int], ...]) -> bytes:
    """CTOC frames then CHAP frames in time order.

    A table of contents holds at most 255 entries, so a longer article gets nested tables (ID3v2 Chapter
    Frame Addendum): the top-level table lists sub-tables of up to 255 chapters each, as deep as needed.
    mutagen sorts a tag's frames by size when saving, and FFmpeg lists chapters in tag order, so each
    frame is rendered on its own and the frames are joined in the order we want."""
    ids = [f"chp{index}" for index in range(len(chapters))]
    frames: list[CHAP | CTOC] = list(_tables(ids))
    for element_id, (title, start_ms, end_ms) in zip(ids, chapters, strict=True):
        frames.append(
            CHAP(
                element_id=element_id,
                start_time=start_ms,
                end_time=end_ms,
                start_offset=NO_OFFSET,
                end_offset=NO_OFFSET,
                sub_frames=[TIT2(encoding=3, text=title)],
            )
        )
    body = b""
    for frame in frames:
        single = ID3()
        single.add(frame)
        body += _frames(single)
    return body


def _tables(ids: list[str]) -> list[CTOC]:
    """The top-level table first, then its sub-tables level by level, each titled with the chapters it covers."""
    entries = [(element_id, index + 1, index + 1) for index, element_id in enumerate(ids)]  # (id, first, last)
    levels: list[list[CTOC]] = []
    while len(entries) > MAX_TABLE_ENTRIES:
        groups = [entries[start : start + MAX_TABLE_ENTRIES] for start in range(0, len(entries), MAX_TABLE_ENTRIES)]
        names = [f"toc{len(levels) + 1}-{number}" for number in range(len(groups))]
        levels.append([_table(name, group, CTOCFlags.ORDERED) for name, group in zip(names, groups, strict=True)])
        entries = [(name, group[0][1], group[-1][2]) for name, group in zip(names, groups, strict=True)]
    top = _table("toc", entries, CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, "Chapitres")
    return [top] + [table for tables in reversed(levels) for table in tables]


def _table(element_id: str, entries: list[tuple[str, int, int]], flags: int, title: str | None = None) -> CTOC:
    title = title or f"Chapitres {entries[0][1]} à {entries[-1][2]}"
    return CTOC(
        element_id=element_id,
        flags=flags,
        child_element_ids=[entry[0] for entry in entries],
        sub_frames=[TIT2(encoding=3, text=title)],
    )


def _frames(tag: ID3) -> bytes:
    """A tag's frames as ID3v2.3 bytes, without the 10-byte header and with no padding."""
    buffer = io.BytesIO()
    # v2.3 is the version podcast apps read best; mutagen converts v2.4-only frames (TDRC → TYER) on save.
    tag.save(buffer, v2_version=3, padding=lambda _info: 0)
    return buffer.getvalue()[10:]


def _syncsafe(size: int) -> bytes:
    return bytes(((size >> shift) & 0x7F) for shift in (21, 14, 7, 0))
