"""One rule for where sentences end, read by the quotes and by the speech text's clips."""

from __future__ import annotations

import pytest

from app.article import parse_article, sentences
from app.speechtext import speech_article
from tests.paths import FIXTURES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Trudeau est arrivé. Il a parlé.", ["M. Trudeau est arrivé.", "Il a parlé."]),
        ("Selon J. Roy, rien. Puis tout.", ["Selon J. Roy, rien.", "Puis tout."]),
        ("Vers 50 av. J.-C. Rome régnait.", ["Vers 50 av. J.-C. Rome régnait."]),
        ("Le Dr. Martin parle. MM. Dupont et Durand aussi.", ["Le Dr. Martin parle.", "MM. Dupont et Durand aussi."]),
        ("Il a dit « non ». Elle a ri!  Et après?", ["Il a dit « non ».", "Elle a ri!", "Et après?"]),
        ("Ils chantaient « À demain » Puis ils sont partis.", ["Ils chantaient « À demain »", "Puis ils sont partis."]),
        ("des pommes, des poires, etc. Et puis rien.", ["des pommes, des poires, etc. Et puis rien."]),
        # the social network is a word, a capital after a name an initial
        ("Elle l'a écrit sur X. Son rival a répondu.", ["Elle l'a écrit sur X.", "Son rival a répondu."]),
        ("Il a vu Michel X. Dupont hier.", ["Il a vu Michel X. Dupont hier."]),
    ],
)
def test_sentences_end_where_a_reader_hears_them_end(text, expected):
    assert sentences.split(text) == expected
    assert [text[a:b] for a, b in sentences.spans(text)] == expected


def test_the_speech_clips_cut_each_paragraph_where_the_rule_does():
    several = 0
    for path in sorted(FIXTURES.glob("*.txt")):
        article = speech_article(parse_article(path.read_bytes()))
        for segment in article.segments:
            cut = [(start, end) for start, end, _, _ in segment.speech_map]
            assert cut == sentences.spans(segment.text), (path.name, segment.text)
            several += len(cut) > 1
    assert several >= 5  # paragraphs of several sentences, each cut by the rule
