"""Article understanding on the evaluation set may get better, never worse: every figure of every mode and split
stays at or above its floor in floors.json (at or below it, for figures where lower is better).

After an improvement, `python bench/eval_article.py --update-floors` raises the floors."""

from __future__ import annotations

import json

import pytest

from tests.eval import scoring

pytestmark = pytest.mark.slow  # the evaluation set scored whole

FLOORS_FILE = scoring.PAGES.parent / "floors.json"
FLOORS = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
CASES = [
    (mode, split, figure, floor)
    for mode, splits in FLOORS.items()
    for split, figures in splits.items()
    for figure, floor in figures.items()
]


@pytest.fixture(scope="module")
def scores() -> dict[str, list[scoring.PageScore]]:
    return scoring.score_all(scoring.load_pages())


@pytest.mark.parametrize(("mode", "split", "figure", "floor"), CASES, ids=["/".join(case[:3]) for case in CASES])
def test_figure_holds_its_floor(scores, mode, split, figure, floor):
    value = scoring.held_figures(scores[mode], split).get(figure)
    assert value is not None, f"no page measures {figure} in {mode}/{split} any more"
    direction = "at least" if scoring.FIGURES[figure][0] else "at most"
    assert not scoring.below_floor(figure, value, floor), (
        f"{figure} in {mode}/{split} is {value:.4f}, it must be {direction} {floor} (see bench/eval_article.py)"
    )


def test_every_figure_has_a_floor(scores):
    for mode in scoring.MODES:
        for split in {score.split for score in scores[mode]}:
            unguarded = set(scoring.held_figures(scores[mode], split)) - set(FLOORS.get(mode, {}).get(split, {}))
            assert not unguarded, f"{mode}/{split}: no floor for {sorted(unguarded)}: run --update-floors"
