"""Hostile inputs: time per character must stay flat as the input grows (no catastrophic
backtracking). Compares the time for size N and 4N; no absolute limits."""

from __future__ import annotations

import time

import pytest

from reconcile.figures import FigureConventions, extract_figures

CONVENTIONS = FigureConventions(name="test")


def _seconds(text: str) -> float:
    """Best of three, in CPU time of this process: other work on a shared machine does not
    count, so the ratio below measures the algorithm, not the load."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        extract_figures(text, CONVENTIONS)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(("unit", "size"), [
    ("1,234,5678,9", 200_000),
    ("thousands of ", 40_000),
    ("\"'“‘", 200_000),
    ("two hundred and three thousand four million, ", 40_000),
    ("1 234 567 8 9 0 ", 25_000),
])
def test_time_per_character_stays_flat(unit: str, size: int) -> None:
    small = (unit * (size // len(unit) + 1))[:size]
    large = small * 4
    ratio = _seconds(large) / max(_seconds(small), 1e-4)
    # Linear is 4x; quadratic backtracking would be 16x. The margin absorbs a loaded machine.
    assert ratio < 8, f"{unit!r}: 4x the text took {ratio:.1f}x the time"


def test_long_line_of_number_words_finishes() -> None:
    """One line with no sentence break; 1 MB here (10 MB was measured by hand: linear)."""
    line = ("twenty-one thousand and a half million minus 5 dozens 3/4 " * 20_000)[:1_000_000]
    found = extract_figures(line, CONVENTIONS)
    assert found and all(line[f.start:f.end] == f.text for f in found[:100])
