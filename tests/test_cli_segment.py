"""`narrateur segment` as a user runs it: JSON on stdout, one sentence on stderr for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, timeout=120
    )


def test_segment_prints_the_script_with_speech_text():
    result = run("segment", str(FIXTURES / "seed_otan.txt"))
    assert result.returncode == 0, result.stderr
    script = json.loads(result.stdout.decode("utf-8"))
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
    [b"", b"  \n \n", b"\x00\xff\x00binary", "Retour\nPlus d'articles\n".encode(),
     b"<html><head><script>x</script><style>p{}</style></head><body></body></html>",
     b"<!DOCTYPE html><html><body><h1>Titre</h1><p>Le d", b"Un paragraphe assez long. " * 200_000],
    ids=["empty", "whitespace", "binary", "chrome", "scripts", "truncated", "5MB"],
)
def test_bad_input_one_sentence_nonzero_exit(tmp_path, content):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    result = run("segment", str(path))
    assert result.returncode != 0
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1 and stderr.startswith("narrateur: ")
    assert result.stdout == b""


def test_missing_file(tmp_path):
    result = run("segment", str(tmp_path / "absent.txt"))
    assert result.returncode != 0 and b"No such file" in result.stderr and b"Traceback" not in result.stderr
