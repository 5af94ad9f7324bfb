"""The measures, on hand-built reports: what counts as found, right, caught and flagged."""

from __future__ import annotations

import pytest
from test_evaluate_fixtures import case, case_data, claim, discrepancy, report, span

from reconcile.evaluate import same_source_aliased
from reconcile.evaluation.cases import Case
from reconcile.evaluation.matching import match_figures
from reconcile.evaluation.measures import Tally, same_interval, score_case
from reconcile.model import Source


def exact(ours: str, gold: str) -> bool:
    return ours == gold


def test_the_claim_overlapping_most_is_matched_and_each_claim_serves_one_figure() -> None:
    gold = case()
    wide = claim("13,000 workers are involved", "SATS", 13000)
    narrow = claim("13,000", "SATS", 13000)
    matched = match_figures(gold.figures, [narrow, wide])
    assert matched["f1"] is wide
    assert "f2" not in matched


def test_a_perfect_report_scores_full_marks() -> None:
    strikers = claim("some 13,000 workers", "SATS", 13000)
    union = claim("closer to 18,000", "union leaders", 18000)
    members = claim("over 600,000 workers", "COSATU", 600000, high=None)
    score = score_case(case(), report([strikers, union, members],
                                      [discrepancy(strikers, union)]), exact)
    assert score.tallies == {
        "figure recall": Tally(3, 3),
        "value accuracy": Tally(3, 3),
        "attribution accuracy": Tally(3, 3),
        "conflict recall": Tally(1, 1),
        "discrepancy precision": Tally(1, 1),
        "agreements wrongly flagged": Tally(0, 1),
    }
    assert score.failures == []


def test_missed_figure_wrong_value_and_wrong_source_each_get_a_line() -> None:
    strikers = claim("13,000 workers", "Reuters", 13000)
    members = claim("600,000 workers", "COSATU", 600000)
    score = score_case(case(), report([strikers, members]), exact)
    assert score.tallies["figure recall"] == Tally(2, 3)
    assert score.tallies["value accuracy"] == Tally(1, 2)
    assert score.tallies["attribution accuracy"] == Tally(1, 2)
    assert score.tallies["conflict recall"] == Tally(0, 1)
    assert score.failures == [
        'wrong source f1 "some 13,000 workers": ours "Reuters" vs gold "SATS"',
        'missed figure f2 "closer to 18,000" (union leaders) in reuters-12519 at '
        f"{span('closer to 18,000')[0]}",
        'wrong value f3 "over 600,000 workers": ours "600,000 workers" '
        "600,000 [600,000, 600,000] vs gold 600,000 [600,000, open]",
        'missed conflict [f1 "some 13,000 workers" (SATS), f2 "closer to 18,000" '
        "(union leaders)] (figures not found: f2)",
    ]


def test_attribution_is_judged_by_the_function_given() -> None:
    strikers = claim("some 13,000 workers", "sats", 13000)
    score = score_case(case(), report([strikers]), lambda a, b: a.lower() == b.lower())
    assert score.tallies["attribution accuracy"] == Tally(1, 1)


@pytest.mark.parametrize(
    ("bounds", "right"),
    [
        ({"value": 17e6, "low": 17e6, "high": 20e6}, False),
        ({"value": None, "low": 17e6, "high": 20e6}, True),
        ({"value": None, "low": 17e6 * (1 + 1e-9), "high": 20e6}, True),
        ({"value": None, "low": 17e6, "high": None}, False),
    ],
)
def test_a_range_must_match_as_a_range(bounds: dict, right: bool) -> None:
    gold = case().figures[0].model_copy(update={"value": None, "low": 17e6, "high": 20e6})
    ours = claim("some 13,000 workers", "SATS", bounds["value"], low=bounds["low"],
                 high=bounds["high"]).figure
    assert same_interval(ours, gold) is right


def test_a_conflict_judged_as_agreement_is_missed() -> None:
    strikers = claim("some 13,000 workers", "SATS", 13000)
    union = claim("closer to 18,000", "union leaders", 18000)
    score = score_case(case(), report([strikers, union],
                                      [discrepancy(strikers, union, "agree")]), exact)
    assert score.tallies["conflict recall"] == Tally(0, 1)
    assert score.tallies["discrepancy precision"] == Tally(0, 1)
    assert any(line.startswith("missed conflict") and
               line.endswith("(figures found but not judged in conflict)")
               for line in score.failures)


def test_flagging_an_agreement_is_a_false_discrepancy_and_a_flagged_pair() -> None:
    union = claim("closer to 18,000", "union leaders", 18000)
    members = claim("over 600,000 workers", "COSATU", 600000, high=None)
    score = score_case(case(), report([union, members], [discrepancy(members, union)]), exact)
    assert score.tallies["discrepancy precision"] == Tally(0, 1)
    assert score.tallies["agreements wrongly flagged"] == Tally(1, 1)
    assert score.failures[-2].startswith("false discrepancy d-reuters-12519:")
    assert 'f3="over 600,000 workers" (COSATU)' in score.failures[-2]
    assert score.failures[-1] == (
        'flagged agreement f3 "over 600,000 workers" (COSATU) ~ f2 "closer to 18,000" '
        "(union leaders): different things: membership, not strikers"
    )


def test_discrepancies_outside_the_annotation_are_not_counted() -> None:
    other = claim("April 2", "Reuters", 2)
    date = claim("JOHANNESBURG", "Reuters", 1)
    score = score_case(case(), report([other, date], [discrepancy(other, date)]), exact)
    assert score.tallies["discrepancy precision"] == Tally(0, 0)
    assert score.uncounted == 1
    assert str(score.tallies["discrepancy precision"]) == "n/a (0/0)"


def test_tally_prints_a_percentage_with_counts() -> None:
    assert str(Tally(140, 147)) == "95.2% (140/147)"
    assert Tally(1, 2) + Tally(2, 3) == Tally(3, 5)


def test_a_name_the_lexicon_aliases_is_the_same_source() -> None:
    """The pipeline writes "USDA" for "the U.S. Agriculture Department" on purpose."""
    aliases = {"u.s. agriculture department": "USDA"}
    assert same_source_aliased("USDA", "U.S. Agriculture Department", aliases)
    assert same_source_aliased("USDA", "the U.S. Agriculture Department", aliases)
    assert not same_source_aliased("USDA", "Agriculture Minister", aliases)


def test_the_publisher_named_by_one_of_its_desks_is_the_publisher() -> None:
    """A BBC Sport story's unattributed figure is "BBC Sport" to its annotator and the
    corpus's "BBC News" to us: one publisher. A named source is not let off that way."""
    data = case_data()
    data["figures"][0]["source"] = "BBC Sport"
    gold = Case.model_validate(data)
    ours = claim("some 13,000 workers", "BBC News", 13000)
    publisher = ours.model_copy(update={"source": Source(name="BBC News", kind="publisher",
                                                         explicit=False)})
    right = score_case(gold, report([publisher]), exact)
    assert right.tallies["attribution accuracy"] == Tally(1, 1)
    named = score_case(gold, report([ours]), exact)
    assert named.tallies["attribution accuracy"] == Tally(0, 1)
