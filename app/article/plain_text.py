"""Text copied from a news page: one block per line."""

from __future__ import annotations

from app.article.structure import Block


def text_blocks(text: str) -> list[Block]:
    return [Block(line) for line in text.split("\n") if line.strip()]
