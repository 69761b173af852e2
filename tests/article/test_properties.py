"""No string makes the parser raise anything but the project's own error."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.article import parse_article
from app.errors import NarrateurError

FRENCH_BITS = st.sampled_from(
    [
        "«",
        "»",
        "“",
        "”",
        '"',
        "\n",
        " ",
        ", a dit Jim Mattis",
        "Retour",
        "<p>",
        "</p>",
        "<h2>",
        "<blockquote>",
        "— ",
        "Jim Mattis, secrétaire",
        ".",
        "?",
        "a-t-il ajouté",
        "selon",
        "\u00a0",
        "<html>",
        "<q>",
        "</q>",
    ]
)
TEXTS = st.lists(st.one_of(st.text(max_size=40), FRENCH_BITS), max_size=40).map("".join)


def assert_article_or_one_sentence(source: str | bytes) -> None:
    """An article with a title and words in every segment, or the project's error in one sentence."""
    try:
        article = parse_article(source)
    except NarrateurError as error:
        said = str(error)
        assert said.endswith(".") and "\n" not in said and len(said) > 10, repr(said)
        return
    assert article.title.strip()
    assert article.segments and all(segment.text.strip() for segment in article.segments)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("<BLOCKQUOTE>0<P>«")  # a guillemet alone above a credit line once made an empty quote and title
def test_any_text_parses_or_raises_own_error(text):
    assert_article_or_one_sentence(text)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_raise_own_error(data):
    assert_article_or_one_sentence(data)
