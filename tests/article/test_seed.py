"""The example article the project started from, read as its listener expects."""

from app.article.model import script_json
from tests.article.helpers import parse_fixture, quote_speakers, segments_of


def test_title_once_and_two_chapters():
    article = parse_fixture("seed_otan.txt")
    assert article.title == "Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN"
    assert [c.title for c in article.chapters] == [article.title, "Réajuster les budgets militaires"]
    assert [s.kind.value for s in article.chapters[0].segments][0] == "title"
    assert article.chapters[1].segments[0].kind.value == "heading"
    assert len(segments_of(article, "title")) == 1


def test_pull_quotes_and_their_role_lines():
    article = parse_fixture("seed_otan.txt")
    segments = list(article.segments)
    for speaker, role_line, quote_start in [
        ("Jim Mattis", "Jim Mattis, secrétaire américain à la Défense", "Comme l'a dit le président Trump"),
        ("Jens Stoltenberg", "Jens Stoltenberg, secrétaire général de l'OTAN", "Je suis absolument certain"),
    ]:
        index = next(i for i, s in enumerate(segments) if s.text.startswith(quote_start))
        assert (segments[index].kind.value, segments[index].speaker) == ("quote", speaker)
        assert (segments[index + 1].kind.value, segments[index + 1].text) == ("attribution", role_line)
        assert segments[index + 1].speaker == speaker


def test_inline_quotes_with_speakers():
    speakers = quote_speakers(parse_fixture("seed_otan.txt"))
    alliance = next(text for text in speakers if text.startswith("L'alliance reste fondamentale"))
    assert speakers[alliance] == "Jim Mattis"
    assert "diplomate" in speakers["Nous devons rassembler la famille"]
    assert speakers["La situation a été fragilisée."] == speakers["Nous devons rassembler la famille"]
    clairs = next(text for text in speakers if text.startswith("Nous devons être clairs"))
    assert "autre diplomate" in speakers[clairs]


def test_attribution_clause_follows_its_quote():
    segments = list(parse_fixture("seed_otan.txt").segments)
    index = next(i for i, s in enumerate(segments) if s.text.startswith("L'alliance reste"))
    assert segments[index + 1].kind.value == "attribution"
    assert segments[index + 1].text.startswith("a dit Jim Mattis à la presse")


def test_scare_quote_stays_in_narration():
    article = parse_fixture("seed_otan.txt")
    assert not any("obsolète" in s.text for s in segments_of(article, "quote"))
    assert any("d'« obsolète »" in s.text for s in segments_of(article, "paragraph"))


def test_chrome_dropped_and_never_spoken():
    article = parse_fixture("seed_otan.txt")
    chrome = [
        "Retour",
        "Plus d'articles",
        "Vidéo du jour",
        "Qu'est-ce que le fétichisme des pieds?",
        "Rabais de la semaine",
    ]
    assert sorted(article.dropped_texts) == sorted(chrome)
    spoken = " ".join(s.text for s in article.segments)
    for line in chrome:
        assert line not in spoken


def test_script_json_names():
    data = script_json(parse_fixture("seed_otan.txt"))
    segment = data["chapters"][0]["segments"][2]
    assert set(segment) >= {"kind", "text", "speech_text", "voice", "speaker"}
    assert segment["voice"] == "quote"
    assert data["language"] == "fr"
