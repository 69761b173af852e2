"""No normalizer ever joins two words: every word boundary of the display text survives into the speech text.

Stated precisely, for a sentence and the text after each normalizer of the pipeline (a letter run is a maximal
run of letters; digits, signs, apostrophes, hyphens and spaces all end one):

1. No plain word of the input (a whitespace-separated token of lowercase letters, with inner apostrophes or hyphens,
   that no table rewrites) loses its boundary: when one fewer of its letter runs stands alone in the output, no
   longer run begins or ends with it. "à 9 h dans" → "à neuf heuresdans" fails; a word a rule drops (the date of a
   wire dateline) does not.
2. No letter run of the final output that is not in the input is the concatenation of two words the pipeline can
   say: a table's spoken form, a number in words, or a piece of the input normalized alone. "trois" + "quarts" →
   "troisquarts" fails.

Inputs are the sentences of every fixture article and of the evaluation set's annotated paragraphs, alone and with
a written phenomenon (a time, a fraction, an amount, an acronym…) inserted between any two of their words.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.article import parse_article
from app.article.sentences import spans
from app.speechtext import normalize, tables
from app.speechtext.numbers import cardinal, ordinal
from app.speechtext.pipeline import NORMALIZERS
from app.speechtext.tables import (
    ABBREVIATIONS,
    CURRENCY_MULTIPLIERS,
    MONTH_ABBREVIATIONS,
    ORDINAL_SUFFIXES,
    TITLES,
    UNITS,
)
from tests.paths import EVAL_PAGES, FIXTURES

# One written form per phenomenon a normalizer rewrites; inserted between the words of real sentences.
PHENOMENA = (
    "9 h",
    "18 h 30",
    "9h",
    "14h52",
    "10:30",
    "à 21 h",
    "1er",
    "1re",
    "2e",
    "21e",
    "2nd",
    "XXIe",
    "Louis XIV",
    "Ier",
    "14/02/2017",
    "le 22/07",
    "15/02",
    "18 juil.",
    "1 mai",
    "3/4",
    "3/4 des",
    "les 2/3",
    "1/2",
    "1/4 d'heure",
    "7/10",
    "15/20",
    "24/7",
    "24h/24",
    "7j/7",
    "2015/2016",
    "1/8 de finale",
    "1/2 finale",
    "1/2 heure",
    "1 500 000",
    "1.500.000",
    "3,5",
    "-12",
    "+3",
    "2015-2017",
    "3,5 %",
    "57.09%",
    "300 $",
    "$300",
    "3,5 M$",
    "$2.5M",
    "5 k€",
    "12,5 milliards $",
    "1,50 €",
    "39,00 €",
    "28.40 €",
    "20 £",
    "3 000 €/mois",
    "en €",
    "5 km",
    "130 km/h",
    "-5 °C",
    "200 m²",
    "2 kg",
    "1 t",
    "7 min",
    "80 ans",
    "514 555-1234",
    "01 23 45 67 89",
    "02/558.97.80",
    "49.3",
    "2.05",
    "0,5 g/l",
    "1,5 million",
    "G20",
    "COVID-19",
    "A13",
    "SNCF",
    "OTAN",
    "l'ONU",
    "CGT-RATP",
    "M. Dupont",
    "Mme Roy",
    "St-Jérôme",
    "Fort St. John",
    "etc.",
    "p. ex.",
    "n° 5",
    "N°52",
    "av. J.-C.",
    "É.-U.",
    "W. Bush",
    "plan B",
    "https://www.ici.ca/x",
    "a.b@ici.ca",
    "#MeToo",
    "@JeanDupont",
    "et/ou",
    "euros/mois",
    "&",
    "±",
    "½",
    "3D",
    "4x4",
    "🎉",
    "«\u00a0vite\u00a0»",
    "d'«\u00a0abord\u00a0»",
    "L’A13",
    "(+1,3 %)",
    "  ",
    "\u00a0",
    " - ",
    "BAKOU (AFP) - ",
    "- ",
    "LE POINT SUR LA SITUATION - ",
    "ÉLECTIONS",
    "LA CGT ET LE PS",
)

EDGE_PUNCTUATION = '«»“”"()[],.;:!?…'


def _letter_runs(text: str) -> list[str]:
    """Maximal runs of letters (str.isalpha: "½" and "²" are not letters, "é" is)."""
    return "".join(char if char.isalpha() else " " for char in text).split()


def _is_word(token: str) -> bool:
    return bool(token) and token[0].isalpha() and token[-1].isalpha() and all(c.isalpha() or c in "'’-" for c in token)


# Lowercase words a table rewrites ("km", "etc", the "e" of "2e", the "h" of "9 h"): not plain words.
REWRITTEN = frozenset(
    token.strip(".").lower()
    for written in (
        *ABBREVIATIONS,
        *TITLES,
        *UNITS,
        *CURRENCY_MULTIPLIERS,
        *MONTH_ABBREVIATIONS,
        *ORDINAL_SUFFIXES,
        "h",
    )
    for token in written.split()
    if _is_word(token.strip("."))
)


def _spoken_strings(value) -> list[str]:
    """Every string of a table; of a mapping, its values (the spoken side)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _spoken_strings(list(value.values()))
    if isinstance(value, (tuple, list, set, frozenset)):
        return [text for item in value for text in _spoken_strings(item)]
    return []


# What the pipeline may say for any input: the spoken side of every table, and numbers as words.
VOCABULARY = frozenset(
    run.lower()
    for text in (
        *(t for name, value in vars(tables).items() if name.isupper() for t in _spoken_strings(value)),
        *(cardinal(n) for n in (*range(101), 1000, 10**6, 10**9)),
        *(ordinal(n) for n in (*range(1, 101), 1000, 10**6)),
    )
    for run in _letter_runs(text)
)


def plain_words(text: str) -> Counter:
    """The letter runs of the text's plain words: lowercase tokens of letters no table rewrites."""
    runs: Counter = Counter()
    for token in text.split():
        word = token.strip(EDGE_PUNCTUATION)
        if _is_word(word) and word == word.lower() and word not in REWRITTEN:
            runs.update(_letter_runs(word))
    return runs


def joined_words(before: str, after: str) -> list[str]:
    """Plain words of `before` that stand alone less often in `after` and begin or end a longer run there."""
    runs = _letter_runs(after)
    missing = plain_words(before) - Counter(runs)
    return sorted(w for w in missing if any(r != w and (r.startswith(w) or r.endswith(w)) for r in runs))


def glued_runs(text: str, spoken: str) -> list[str]:
    """Runs of the speech text, absent from the input, that are two spoken pieces of the input run together."""
    pieces = set(VOCABULARY) | {run.lower() for run in _letter_runs(text)}
    for token in text.split():
        pieces.update(run.lower() for run in _letter_runs(normalize(token)))
    glued = []
    for run in {run.lower() for run in _letter_runs(spoken)} - pieces:
        # Two-letter pieces at least: "un" + "e" is "une", a word of its own.
        if any(run[:cut] in pieces and run[cut:] in pieces for cut in range(2, len(run) - 1)):
            glued.append(run)
    return sorted(glued)


def assert_boundaries_kept(text: str) -> None:
    current = text
    for normalizer in NORMALIZERS:
        result = normalizer(current)
        joined = joined_words(text, result)
        assert not joined, f"{normalizer.__name__} joined {joined} to a neighbour: {current!r} → {result!r}"
        current = result
    assert current == normalize(text)
    assert not glued_runs(text, current), f"glued {glued_runs(text, current)}: {text!r} → {current!r}"


def fixture_sentences() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix in (".txt", ".html"):
            article = parse_article(path.read_bytes())
            texts += [segment.text for chapter in article.chapters for segment in chapter.segments]
    return texts


def eval_sentences() -> list[str]:
    texts = []
    for path in sorted(EVAL_PAGES.glob("*.json")):
        page = json.loads(path.read_text(encoding="utf-8"))
        texts += [p for p in page.get("paragraphs") or [] if isinstance(p, str)]
    return texts


def split_sentences(texts: list[str]) -> list[str]:
    return sorted({text[a:b] for text in texts for a, b in spans(text)})


FIXTURE_SENTENCES = split_sentences(fixture_sentences())
EVAL_SENTENCES = split_sentences(eval_sentences())


@pytest.mark.parametrize("sentence", FIXTURE_SENTENCES, ids=lambda s: s[:40])
def test_fixture_sentences_keep_their_word_boundaries(sentence):
    assert_boundaries_kept(sentence)


@pytest.mark.slow
def test_evaluation_paragraphs_keep_their_word_boundaries():
    assert len(EVAL_SENTENCES) > 1000  # the annotated paragraphs of tests/eval/pages are all read
    for sentence in EVAL_SENTENCES:
        assert_boundaries_kept(sentence)


@st.composite
def sentence_with_phenomena(draw) -> str:
    """A real sentence with one or two phenomena inserted at word boundaries (side by side or apart)."""
    words = draw(st.sampled_from(FIXTURE_SENTENCES + EVAL_SENTENCES)).split(" ")
    for phenomenon in draw(st.lists(st.sampled_from(PHENOMENA), min_size=1, max_size=2)):
        position = draw(st.integers(min_value=0, max_value=len(words)))
        words = words[:position] + [phenomenon] + words[position:]
    return " ".join(words)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, derandomize=True)
@given(sentence_with_phenomena())
def test_phenomena_between_any_two_words_keep_their_boundaries(sentence):
    assert_boundaries_kept(sentence)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PHENOMENA), min_size=1, max_size=4))
def test_phenomena_side_by_side_leave_no_digit_or_symbol(phenomena):
    """Never a traceback, never a digit or a symbol for the engine to spell, whatever follows what."""
    spoken = normalize("Il dit " + " ".join(phenomena) + " dans la salle.")
    assert not re.search(r"[\d%$€£¥°@#&/²³½¼¾]", spoken), spoken


@pytest.mark.parametrize("phenomenon", PHENOMENA)
def test_each_phenomenon_before_and_after_a_word_keeps_the_boundaries(phenomenon):
    for sentence in (
        f"Il dit {phenomenon} dans la salle.",
        f"{phenomenon} partira",
        f"à {phenomenon}, puis",
        f"et {phenomenon}",
    ):
        assert_boundaries_kept(sentence)


def test_every_normalizer_meets_a_phenomenon():
    """The property means something only if each normalizer has text to rewrite in it."""
    texts = [text for p in PHENOMENA for text in (f"Il dit {p} dans la salle.", f"{p}Il part.")]
    idle = [n.__name__ for n in NORMALIZERS if all(n(text) == text for text in texts)]
    assert not idle


@pytest.mark.parametrize(
    "before,after,joined",
    [
        ("Il part à 9 h dans la matinée.", "Il part à neuf heuresdans la matinée.", ["dans"]),
        ("Le train partira.", "Le train partira.", []),
        ("à 9 h", "àneuf heures", ["à"]),
        ("TOKYO, 3 janvier 2025 (AFP) - Un séisme", "Tokyo. Un séisme", []),
        ("dans la salle dans", "dans la salledans", ["dans", "salle"]),
    ],
)
def test_the_property_sees_a_joined_word(before, after, joined):
    assert joined_words(before, after) == joined


def test_the_property_sees_two_spoken_forms_run_together():
    assert glued_runs("les 3/4 des voix", "les troisquarts des voix") == ["troisquarts"]
