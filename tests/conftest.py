"""Shared fixtures: article files, and settings pointing every folder at a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_path():
    return lambda name: FIXTURES / name


@pytest.fixture
def seed_bytes() -> bytes:
    return (FIXTURES / "seed_otan.txt").read_bytes()
