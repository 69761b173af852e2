import pytest

from app.errors import ConfigError
from app.speechtext import load_lexicon, normalize
from tests.paths import ROOT


def test_toml_lexicon_applies_before_other_rules(tmp_path):
    path = tmp_path / "lexique.toml"
    path.write_text('[lexicon]\n"Mattis" = "Matisse"\n"OTAN" = "Otanne"\n', encoding="utf-8")
    lexicon = load_lexicon(path)
    assert normalize("Jim Mattis à l'OTAN.", lexicon) == "Jim Matisse à l'Otanne."
    assert normalize("Les Mattisiens restent.", lexicon) == "Les Mattisiens restent."


def test_json_lexicon(tmp_path):
    path = tmp_path / "lexique.json"
    path.write_text('{"Stoltenberg": "Stoltenbergue"}', encoding="utf-8")
    assert normalize("Jens Stoltenberg", load_lexicon(path)) == "Jens Stoltenbergue"


@pytest.mark.parametrize(
    "content,name",
    [
        ('"Mattis" = 3', "lexique.toml"),
        ("[[broken", "lexique.toml"),
        ('{"A": "deux 2"}', "lexique.json"),
        ("[]", "lexique.json"),
    ],
)
def test_invalid_lexicon_is_one_clear_error(tmp_path, content, name):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_lexicon(path)
    assert str(path) in str(raised.value)


def test_missing_lexicon(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_lexicon(tmp_path / "absent.toml")


def test_the_example_lexicon_loads():

    lexicon = load_lexicon(ROOT / "examples" / "lexique.toml")
    assert normalize("Jim Mattis au CHUM.", lexicon) == "Jim Matisse au Chomme."
