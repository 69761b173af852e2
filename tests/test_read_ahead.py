"""An input read ahead in a process of its own: the article, or the error reading it raised, or one sentence."""

from __future__ import annotations

import os

import pytest

from app import narrate_inputs, regexes
from app.errors import InputError, NarrateurError
from app.narrate_inputs import ReadAhead, Reading, Source
from tests.paths import SEED


def reading(content: bytes) -> Reading:
    return Reading(Source(content, "auto"), 5_000_000, None)


def test_the_article_read_in_its_own_process_is_the_one_read_here():
    ahead = ReadAhead(reading(SEED.read_bytes()))
    here = narrate_inputs.read_article(reading(SEED.read_bytes()))
    assert ahead.article() == here
    assert ahead.article() == here  # asked twice (an input given twice): the same answer


def test_bad_input_raises_the_error_it_raised_there():
    ahead = ReadAhead(reading(b""))
    with pytest.raises(InputError):
        ahead.article()


def test_a_reader_that_dies_is_one_sentence(monkeypatch):
    monkeypatch.setattr(narrate_inputs, "read_article", lambda _reading: os._exit(3))
    with pytest.raises(NarrateurError, match="The process reading the article died"):
        ReadAhead(reading(SEED.read_bytes())).article()


def test_the_patterns_the_reader_compiled_are_kept_for_the_next_command(tmp_path, monkeypatch):
    """The reader ends without exit handlers; what it compiled is written before it ends (app/regexes.py)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regexes, "_cache", regexes._Cache())
    quote = r"«\s*(?P<quote>[^»]+?)\s*»"
    monkeypatch.setattr(narrate_inputs, "read_article", lambda _reading: regexes.compiled(quote).pattern)
    assert ReadAhead(reading(SEED.read_bytes())).article() == quote
    assert (quote, 0) in regexes._read(regexes.cache_file())
