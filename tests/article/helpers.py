from __future__ import annotations

from app.article import parse_article
from tests.paths import FIXTURES


def parse_fixture(name: str):
    return parse_article((FIXTURES / name).read_bytes())


def segments_of(article, kind: str):
    return [s for s in article.segments if s.kind.value == kind]


def quote_speakers(article) -> dict[str, str | None]:
    return {s.text: s.speaker for s in segments_of(article, "quote")}
