"""A scale left out of a figure set against a scaled one ("Net 51.9 mln vs 30.1").

Sentences are from the Reuters corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.figures import FigureConventions, extract_figures
from reconcile.yamlfile import load_model

CONVENTIONS = load_model(Path(__file__).resolve().parents[1] / "rules" / "figures.yaml",
                         FigureConventions)


def values(text: str) -> dict[str, tuple[float | None, str | None]]:
    found = extract_figures(text, CONVENTIONS)
    assert all(text[f.start:f.end] == f.text for f in found)
    return {f.text: (f.value, f.unit) for f in found}


@pytest.mark.parametrize(("text", "bare", "value", "unit"), [
    ("Profit attributable 51.9 mln vs 30.1\n\nShr 1.20 dlrs vs 1.05 dlrs", "30.1", 30.1e6,
     None),
    ("Agricultural exports to Algeria rose to 464.0 mln dlrs from 380.0, it said.", "380.0",
     380e6, "USD"),
    ("Net revenues in the December quarter rose to 3.92 billion from 1.79 in the September "
     "quarter.", "1.79", 1.79e9, None),
    ("Net 5 mln vs loss 3.2", "3.2", 3.2e6, None),
    # a comma before the set-against word (USDA reports)
    ("Exports in 1985/86 are estimated at 27.77 mln tonnes, vs 27.62 last month.", "27.62",
     27.62e6, "tonnes"),
    ("The contribution to overall February, 1987 volume from IDB business was 43.10 billion "
     "stg, against 43.19 in January.", "43.19", 43.19e9, "GBP"),
])
def test_a_bare_figure_set_against_a_scaled_one_takes_its_scale(
        text: str, bare: str, value: float, unit: str | None) -> None:
    read_value, read_unit = values(text)[bare]
    assert read_value == pytest.approx(value)
    assert read_unit == unit


@pytest.mark.parametrize(("text", "bare", "value"), [
    # a year after "from" is a date, not an amount
    ("The deficit rose to 8.81 billion dlrs from 1985 levels of 7.1 billion.", "7.1 billion",
     7.1e9),
    # a figure of its own kind after "from" keeps its words' reading
    ("Sales rose 5 pct to 1.2 billion dlrs from 950 mln.", "950 mln", 950e6),
])
def test_other_figures_are_left_as_written(text: str, bare: str, value: float) -> None:
    assert values(text)[bare][0] == pytest.approx(value)


@pytest.mark.parametrize(("sentence", "bare", "value", "unit"), [
    # Reuters: the second of two parallel "at" phrases leaves its unit out
    ("Morrison sees 1987 earnings at 1.25 dlrs and 1988 at 1.75 against losses in 1986.",
     "1.75", 1.75, "USD"),
    ("The discount rate stood at 1.00 pct in February and at 1.25 in March.", "1.25", 1.25,
     "percent"),
])
def test_a_parallel_phrase_takes_the_unit_of_the_first(sentence: str, bare: str, value: float,
                                                       unit: str) -> None:
    figure = next(f for f in extract_figures(sentence, CONVENTIONS) if f.text == bare)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("sentence", [
    # another measure after "at" (a price beside a coupon), or a figure between the two
    "The coupon was set at 7.50 pct and the conversion price at 248.",
    "The bonds are priced at 10.6 pct maturing March 31, 2002 and 58 mln dlrs at 10.25.",
])
def test_a_parallel_phrase_of_another_measure_stays_bare(sentence: str) -> None:
    assert extract_figures(sentence, CONVENTIONS)[-1].unit is None
