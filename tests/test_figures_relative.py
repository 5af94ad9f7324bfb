"""Relative figures ("half that", "double that figure"), each from a real sentence of the
corpora: the phrase becomes a figure worth its multiplier times the figure it refers to,
and phrases that compare with something the text never gives stay out."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from test_figures import figures

from reconcile.model import Figure


def relative(text: str, words: str) -> Figure:
    """The one figure whose words are ``words``, among figures that never overlap."""
    found = figures(text)
    assert all(first.end <= second.start for first, second in pairwise(found))
    matching = [figure for figure in found if figure.text == words]
    assert len(matching) == 1, figures(text)
    return matching[0]


def test_rival_crowd_figure_is_half_the_organisers():
    text = "Organisers said 100,000 people marched; police put the figure at half that."
    figure = relative(text, "half that")
    assert (figure.value, figure.low, figure.high) == (50_000, 50_000, 50_000)
    assert (figure.kind, figure.unit, figure.approx) == ("count", "people", False)
    assert text[figure.number_start:figure.number_end] == "half"


def test_antecedent_in_the_sentence_before():
    text = ('"It\'s very easy to forget that in 1983 when we put the bid document in we were '
            'forecasting that the total market would be two million people," he said. '
            '"Cellnet was forecasting half that."')
    figure = relative(text, "half that")
    assert figure.value == 1_000_000 and figure.unit == "people"


def test_hedge_of_the_phrase_bounds_the_interval():
    text = ("The seamen are demanding pay raises of about 200 pct but have been offered "
            "less than half that.")
    figure = relative(text, "less than half that")
    assert (figure.low, figure.high, figure.kind, figure.approx) == (None, 100, "percent", True)


def test_hedge_of_the_antecedent_carries_over():
    text = ("The smelter, near Frankfurt, had annual capacity of about 44,000 tonnes but was "
            "operating at about half that in January, spokesman Fernand Leclerc said.")
    figure = relative(text, "about half that")
    assert (figure.value, figure.unit, figure.approx) == (22_000, "tonnes", True)


def test_open_bound_of_the_antecedent_is_scaled():
    text = ("The JTAG order is for at least 125,000 telephone connections with an option to "
            "double this amount later.")
    figure = relative(text, "double this amount")
    assert (figure.low, figure.high, figure.unit) == (250_000, None, "connections")


def test_times_replaces_the_bare_number_it_holds():
    text = ("If you operate one vehicle that's an increase of about £750. "
            "If you're running 10 vehicles it's obviously 10 times that.")
    figure = relative(text, "10 times that")
    assert (figure.value, figure.kind, figure.unit) == (7_500, "money", "GBP")
    assert not any(found.text == "10" for found in figures(text))


def test_fraction_of_that_given_as_an_estimate():
    text = "The bill came to 90 mln dlrs. The union put it at two-thirds of that."
    figure = relative(text, "two-thirds of that")
    assert figure.value == pytest.approx(60e6) and figure.unit == "USD"


def test_copula_compares_the_clause_figure_with_the_one_before():
    text = ('"In the new member states, gross public debt is typically about 40% of gross '
            'domestic product," says Reza Moghadam. "At about 80% of GDP, Turkey\'s gross debt '
            'is double that figure."')
    assert relative(text, "double that figure").value == 80


@pytest.mark.parametrize("text", [
    # another noun follows the anaphor
    "The board took about eight weeks, whereas local banks took half that time to process.",
    # "that of X": X's figure is never given
    "Net income of 12 mln dlrs was almost double that of the previous fiscal year.",
    # appositive: "X, double that in the north" makes X the double
    "Unemployment in the south is 14.7 pct, more than double that in the industrial north.",
    # shares of the figure, not rival figures
    "It plans to spend 500 mln dlrs. Nearly half of that will be spent on exploration.",
    "The Philippines earned 488 mln dlrs from coconut products in 1986. Exports to the "
    "United States account for about half of that total, PCA's Romero said.",
    # conjunction "that", and "many times"
    "We have stated 3 times that Coca Cola Co has no interest in an acquisition.",
    # "twice the amount expected" compares with an unstated figure
    "US firms created 337,000 jobs last month, twice the amount expected.",
])
def test_no_relative_figure(text):
    assert not any(anaphor in figure.text for figure in figures(text)
                   for anaphor in (" that", " the amount"))


def test_no_antecedent_no_figure():
    text = "Although Xbox sales also climbed, PS2 sales were more than double that."
    assert not any("double" in figure.text for figure in figures(text))


def test_name_number_is_no_antecedent():
    text = ('"With Halo 2 out next week, it is a contest." PS2 sales were more than double '
            'that.')
    assert not any("double" in figure.text for figure in figures(text))


def test_corpus_uses_keep_offsets_and_units():
    """Every relative phrase of the first BBC articles keeps its words and takes a unit or
    kind from a figure before it."""
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bbc.jsonl"
    if not corpus.is_file():
        pytest.skip(f"shared corpus not found at {corpus}")
    seen = 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if "times that" not in text and "half that" not in text:
                continue
            found = figures(text)
            for figure in found:
                if figure.text.endswith(("that", "that figure", "this figure")):
                    earlier = [other for other in found if other.end <= figure.start]
                    assert any(other.kind == figure.kind for other in earlier)
                    seen += 1
    assert seen >= 2
