"""The direction of a stated change, and how a rise and a fall of one measure are judged."""

from __future__ import annotations

import pytest

from reconcile.direction import change_of, opposite
from reconcile.model import Claim, Document, Figure, Source
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset


def _claim(text: str, words: str, kind: str = "percent") -> Claim:
    start = text.index(words)
    figure = Figure(text=words, start=start, end=start + len(words), number_start=start,
                    number_end=start + len(words), value=1.0, low=1.0, high=1.0, kind=kind,
                    unit="percent" if kind == "percent" else "people")
    return Claim(id=f"d:{start}", document="d", figure=figure, source=Source(name="X"),
                 subject="house-prices", sentence_start=0, sentence_end=len(text))


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("UK house prices fell 0.2% in December, the Nationwide said.", "0.2%", "down"),
    ("UK house prices increased by 1.1% in December, the Halifax has said.", "1.1%", "up"),
    ("It leaves GDP up 2.3% for the full year.", "2.3%", "up"),
    ("Recent data showed a 0.2% slip in High Street sales during November.", "0.2%", "down"),
    ("Retail sales dropped by 1% on the month in December, after a 0.6% rise in November.",
     "0.6%", "up"),
    ("Retail sales dropped by about 1% on the month in December.", "1%", "down"),
])
def test_a_change_word_at_the_figure_gives_its_direction(text: str, words: str,
                                                         expected: str) -> None:
    assert change_of(text, _claim(text, words)) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("Unemployment rose to 5.1% in March.", "5.1%"),  # a level after "to"
    ("Inflation fell from 3.2% in February.", "3.2%"),  # an earlier level after "from"
    ("Annual inflation was 7.1% in November.", "7.1%"),  # no change word at all
])
def test_a_level_has_no_direction(text: str, words: str) -> None:
    assert change_of(text, _claim(text, words)) is None


def test_counts_are_read_by_their_levels_not_their_direction() -> None:
    text = "Membership fell 2,000 last year."
    assert change_of(text, _claim(text, "2,000", kind="count")) is None


def test_opposite_needs_both_directions() -> None:
    assert opposite("up", "down") and not opposite("up", "up")
    assert not opposite("up", None) and not opposite(None, None)


def _judged(text: str) -> tuple[list[str], list[str]]:
    report = check([Document(id="d", text=text, publisher="BBC News",
                             published="2005-01-10", path="x")], load_ruleset())
    return ([d.reason for d in report.discrepancies], [p.reason for p in report.agreements])


def test_a_rise_and_a_fall_of_one_size_are_a_conflict_not_an_agreement() -> None:
    reasons, agreements = _judged(
        "UK house prices rose 0.2% in December, the Halifax said. UK house prices fell 0.2% "
        "in December, the Nationwide said.")
    assert reasons == ["0.2% (Halifax) vs 0.2% (Nationwide): Halifax has a rise, "
                       "Nationwide a fall"] and agreements == []


def test_two_rises_are_compared_by_their_sizes() -> None:
    reasons, agreements = _judged(
        "UK house prices rose 0.7% in December, the Halifax said. UK house prices rose 0.7% "
        "in December, the Nationwide said.")
    assert reasons == [] and agreements == ["0.7% (Halifax) vs 0.7% (Nationwide): agree "
                                            "within tolerance"]
