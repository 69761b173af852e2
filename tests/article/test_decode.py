import codecs

import pytest

from app.article import parse_article
from app.errors import BinaryInputError, EmptyInputError, InputTooLargeError, NoArticleError

BODY = "Titre de l’article\n\nLe ministre a annoncé\u00a0mardi une réforme\u202fimportante du système de santé.\n"


@pytest.mark.parametrize(
    "data",
    [
        BODY.encode("utf-8"),
        codecs.BOM_UTF8 + BODY.encode("utf-8"),
        BODY.replace("\u202f", "\u00a0").encode("cp1252"),
        BODY.replace("’", "'").replace("\u202f", " ").encode("latin-1"),
        BODY.encode("utf-16"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16-bom"],
)
def test_encodings_read_the_same(data):
    article = parse_article(data)
    assert article.title == "Titre de l'article"
    assert article.segments[1].text == "Le ministre a annoncé mardi une réforme importante du système de santé."


def test_zero_width_and_typographic_spaces_cleaned():
    article = parse_article("Un titre\u200b ici\n« Bonjour\u00a0! », a dit\u2009Jean Roy, très ému de l’accueil.")
    quote = article.segments[1]
    assert quote.text == "Bonjour !" and quote.speaker == "Jean Roy"


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", EmptyInputError),
        (b"   \n\t \n", EmptyInputError),
        (b"\x00\x01\x02binary\x00", BinaryInputError),
        ("Retour\nPlus d'articles\nVidéo du jour\n".encode(), NoArticleError),
        (
            b"<html><head><script>x()</script><style>p{}</style></head><body><script>y</script></body></html>",
            NoArticleError,
        ),
        (b"<!DOCTYPE html><html><body><h1>Titre</h1><p>Le d\xc3\xa9but d'un paragraphe", NoArticleError),
        (b"x" * 3_000_000, InputTooLargeError),
    ],
    ids=["empty", "whitespace", "binary", "chrome-only", "scripts-only", "truncated-html", "too-large"],
)
def test_bad_input_raises_one_clear_error(data, error):
    with pytest.raises(error) as raised:
        parse_article(data)
    message = str(raised.value)
    assert message.endswith(".") and "\n" not in message and len(message) < 200
