"""A figure named only as "a figure" or "an estimate" measures what the figure before it of
the same kind, unit and size measures (``reconcile.subjects.vague``). Sentences are from
the Reuters corpus."""

from __future__ import annotations

from datetime import date

from reconcile.model import Claim, Document
from reconcile.pipeline import extract
from reconcile.ruleset import load_ruleset
from reconcile.subjects.event import parse

RULES = load_ruleset()


def claim_of(text: str, figure: str) -> Claim:
    document = Document(id="a", text=text, publisher="Reuters", published=date(1987, 3, 30),
                        title="RESULTS", path="a.txt")
    found = [claim for claim in extract(document, RULES) if claim.figure.text == figure]
    assert found, f"no figure {figure!r}"
    return found[0]


def test_a_figure_named_only_as_a_figure_measures_what_the_one_before_measures() -> None:
    """Reuters: "1985 figures of 660,000 dlrs" are the partnership's income from operations
    of the sentence before, for 1985; "10 cts a unit" beside it is no like-sized sum."""
    text = ("NEW YORK, March 30 - Teeco Properties L.P. said the partnership recorded income "
            "from operations for 1986 of 140,000 dlrs, or two cts a unit. The partnerhsip said "
            "this compared to 1985 figures of 660,000 dlrs, or 10 cts a unit.")
    before, figure = claim_of(text, "140,000 dlrs"), claim_of(text, "660,000 dlrs")
    assert figure.subject == before.subject == "financial-results"
    assert parse(figure.event).facet == parse(before.event).facet == "profit"
    assert parse(figure.event).period == "1985"


def test_an_estimate_named_by_its_measure_keeps_the_rule_of_that_measure() -> None:
    """Reuters: "its sugar consumption estimate of 2.53 mln tonnes" is sugar consumption,
    as the tonnes of the sentences before are, not a generic "estimate"."""
    text = ("It said the estimate for domestically produced sugar supply for the same period "
            "was revised to 190,400 tonnes from the earlier estimate of 195,100 tonnes, while "
            "imports were revised to 402,000 tonnes from the earlier 435,800 tonnes. It did not "
            "revise its sugar consumption estimate of 2.53 mln tonnes for the 1986/87 sugar "
            "year ending September 30.")
    figure = claim_of(text, "2.53 mln tonnes")
    assert figure.subject == "production"
    assert parse(figure.event).facet == "consumption"


def test_a_bare_number_named_as_an_estimate_takes_no_measure_before_it() -> None:
    """Reuters: "a previous estimate of 621,000" has no unit: it may be of any measure."""
    text = ("The ministry put hard winter wheat sowings at 246,000 ha versus a February 1 "
            "estimate of 236,000 and actual area harvested last campaign of 217,000. Winter "
            "rape plantings were forecast at 627,000 ha against a previous estimate of 621,000 "
            "and 375,000 rpt 375,000 harvested in 1985/86.")
    assert claim_of(text, "621,000").subject is None
