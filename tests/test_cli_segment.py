"""`narrateur segment` as a user runs it: JSON on stdout, one sentence on stderr for bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.command import narrateur as run
from tests.paths import FIXTURES, ROOT, SEED


@pytest.mark.slow
def test_the_installed_entry_point_prints_the_script():
    """The one whole process of this family: `python -m app segment` as a shell runs it."""
    result = subprocess.run(
        [sys.executable, "-m", "app", "segment", "-"],
        input="Un titre\nLe taux est de 3,5 %.\n".encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    script = json.loads(result.stdout.decode("utf-8"))
    assert script["title"] == "Un titre"
    assert script["chapters"][0]["segments"][1]["speech_text"] == "Le taux est de trois virgule cinq pour cent."


def test_segment_prints_the_script_with_speech_text():
    result = run("segment", str(SEED))
    assert result.returncode == 0, result.stderr
    script = json.loads(result.stdout)
    assert script["title"] == "Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN"
    assert [c["title"] for c in script["chapters"]][1] == "Réajuster les budgets militaires"
    spoken = [s["speech_text"] for c in script["chapters"] for s in c["segments"]]
    assert any("dix milliards de dollars en deux mille seize" in s for s in spoken)
    assert any("deux pour cent du produit intérieur brut (pé-i-bé)" in s for s in spoken)
    assert all(not any(ch.isdigit() for ch in s) for s in spoken)


def test_segment_reads_stdin_and_html_format():
    html = (FIXTURES / "le_devoir.html").read_bytes()
    result = run("segment", "-", "--format", "html", stdin=html)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Québec veut accélérer la construction de logements"


HELD_OUT = [
    ("M. Trump a parlé.", "monsieur Trump a parlé."),
    ("Le taux est de 3,5 %.", "Le taux est de trois virgule cinq pour cent."),
    ("Au XXIe siècle, tout change.", "Au vingt et unième siècle, tout change."),
    ("Les É.-U. ont réagi.", "Les États-Unis ont réagi."),
    ("La SNCF annonce une grève.", "La esse-enne-cé-effe annonce une grève."),
    ("La ville compte 1 500 000 habitants.", "La ville compte un million cinq cent mille habitants."),
]


@pytest.mark.parametrize("sentence,said", HELD_OUT)
def test_held_out_sentences_through_the_command(sentence, said):
    text = f"Un titre pour la phrase\n{sentence}\n".encode()
    result = run("segment", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["chapters"][0]["segments"][1]["speech_text"] == said


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"  \n \n",
        b"\x00\xff\x00binary",
        "Retour\nPlus d'articles\n".encode(),
        b"<html><head><script>x</script><style>p{}</style></head><body></body></html>",
        b"<!DOCTYPE html><html><body><h1>Titre</h1><p>Le d",
        b"Un paragraphe assez long. " * 200_000,
    ],
    ids=["empty", "whitespace", "binary", "chrome", "scripts", "truncated", "5MB"],
)
def test_bad_input_one_sentence_nonzero_exit(tmp_path, content):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    result = run("segment", str(path))
    assert result.returncode != 0
    stderr = result.stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1 and stderr.startswith("narrateur: ")
    assert result.stdout == ""


def test_missing_file(tmp_path):
    result = run("segment", str(tmp_path / "absent.txt"))
    assert result.returncode != 0 and "No such file" in result.stderr and "Traceback" not in result.stderr


def test_a_bad_setting_stops_start_up_with_one_sentence():
    result = run("serve", "--port", "0", env={"NARRATEUR_BITRATE_KBPS": "65"})
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "narrateur: Invalid setting NARRATEUR_BITRATE_KBPS: it must be one of 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160."
    ]


def test_the_lexicon_setting_reaches_the_command(tmp_path):
    lexicon = tmp_path / "lexique.toml"
    lexicon.write_text('[lexicon]\n"Mattis" = "Matisse"\n', encoding="utf-8")
    result = run("segment", str(SEED), env={"NARRATEUR_LEXICON_PATH": str(lexicon)})
    spoken = " ".join(s["speech_text"] for c in json.loads(result.stdout)["chapters"] for s in c["segments"])
    assert "Jim Matisse" in spoken and "Mattis" not in spoken


@pytest.mark.parametrize(
    "source,format,loaded",
    [
        (SEED, "auto", set()),  # plain text: no HTML stack, no audio, no web, no logging
        (FIXTURES / "le_devoir.html", "auto", {"lxml", "logging"}),  # the HTML stack, told to log errors only
    ],
)
def test_segment_loads_only_what_its_input_needs(source, format, loaded):
    """What a short command imports is what its user waits for (the speed issue): a plain-text file never loads
    the HTML stack, numpy or the web framework, nor `logging`, which only the HTML stack's libraries use."""
    probe = (
        "import sys, io, contextlib\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['segment', {str(source)!r}, '--format', {format!r}])\n"
        "loaded = [m for m in ('lxml', 'trafilatura', 'numpy', 'fastapi', 'logging') if m in sys.modules]\n"
        "import logging\n"
        "print(status, logging.getLogger().level, *loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    words = result.stdout.split()
    assert words[0] == "0", result.stderr
    assert set(words[2:]) - {"trafilatura"} == loaded
    if loaded:
        assert words[1] == "40"  # logging.ERROR: a library's warning does not repeat the command's own sentence
