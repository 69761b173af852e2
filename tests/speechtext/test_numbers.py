"""num2words is right about most French numbers; these are the places we correct or extend it."""

import subprocess
import sys
from decimal import Decimal

import pytest

from app.speechtext.numbers import cardinal, ordinal, parse_number
from tests.paths import ROOT


@pytest.mark.parametrize(
    "value,words",
    [(80, "quatre-vingtième"), (200, "deux centième"), (1, "premier"), (21, "vingt et unième"), (2, "deuxième")],
)
def test_ordinals(value, words):
    assert ordinal(value) == words


@pytest.mark.parametrize(
    "value,feminine,words",
    [
        (1, True, "une"),
        (21, True, "vingt et une"),
        (Decimal("0.05"), False, "zéro virgule zéro cinq"),
        (1001, False, "mille un"),
    ],
)
def test_cardinals(value, feminine, words):
    assert cardinal(value, feminine=feminine) == words


@pytest.mark.parametrize(
    "written,value", [("1 500", 1500), ("1.500.000", 1500000), ("3,5", Decimal("3.5")), ("−12", -12)]
)
def test_parse_french_numbers(written, value):
    assert parse_number(written) == value


def test_num2words_is_whole_again_for_whoever_imports_it_after_us():
    # Only its French converter loads for speech text; a program using num2words itself still gets the package.
    code = (
        "from app.speechtext.numbers import cardinal; cardinal(21); "
        "from num2words import num2words; print(num2words(3, lang='fr'), num2words(4, lang='en'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.stdout.split() == ["trois", "four"], done.stderr
