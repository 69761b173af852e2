"""Cover art generated per article: its title on a plain background (Pillow), no downloaded asset."""

from __future__ import annotations

import hashlib
import io
import textwrap
from functools import lru_cache
from pathlib import Path

SIZE_PX = 1400  # the smallest square podcast directories accept
FONT_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)
# Dark backgrounds that keep white text above 7:1 contrast; the title picks one, so covers differ but stay stable.
BACKGROUNDS = ((22, 45, 80), (70, 25, 60), (20, 70, 60), (60, 40, 20), (40, 40, 75), (90, 30, 30))


def load_drawing() -> None:
    """Loads Pillow and its image writers ahead of the first cover (a command does it while it waits)."""
    from PIL import Image, ImageDraw, ImageFont  # noqa: F401

    Image.preinit()  # the image formats Pillow registers on its first save


def _font(size: int):
    from PIL import ImageFont

    for path in FONT_PATHS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


@lru_cache(maxsize=64)
def cover_jpeg(title: str, show_name: str) -> bytes:
    """Deterministic for a title, so a running service draws each cover once."""
    from PIL import Image, ImageDraw  # Pillow loads with the first cover, often in a thread beside the voices

    background = BACKGROUNDS[hashlib.sha256(title.encode("utf-8")).digest()[0] % len(BACKGROUNDS)]
    image = Image.new("RGB", (SIZE_PX, SIZE_PX), background)
    draw = ImageDraw.Draw(image)
    lines = textwrap.wrap(title, width=20)[:7]
    size = 104 if len(lines) <= 4 else 84
    font = _font(size)
    y = (SIZE_PX - len(lines) * size * 1.25) / 2
    for line in lines:
        width = draw.textlength(line, font=font)
        draw.text(((SIZE_PX - width) / 2, y), line, font=font, fill=(255, 255, 255))
        y += size * 1.25
    small = _font(56)
    draw.text((80, SIZE_PX - 140), show_name, font=small, fill=(230, 230, 230))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()
