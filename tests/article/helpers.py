from __future__ import annotations

from pathlib import Path

from app.article import parse_article

FIXTURES = Path(__file__).parent.parent / "fixtures"


def parse_fixture(name: str):
    return parse_article((FIXTURES / name).read_bytes())


def segments_of(article, kind: str):
    return [s for s in article.segments if s.kind.value == kind]


def quote_speakers(article) -> dict[str, str | None]:
    return {s.text: s.speaker for s in segments_of(article, "quote")}
