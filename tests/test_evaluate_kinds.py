"""The kinds of wrong values and wrong sources the evaluation counts (``evaluation.kinds``)."""

from __future__ import annotations

import pytest
from test_evaluate_fixtures import case, case_data, claim, report

from reconcile.evaluation.cases import Case, GoldFigure
from reconcile.evaluation.kinds import SOURCE_KINDS, VALUE_KINDS, source_kind, value_kind
from reconcile.evaluation.measures import score_case
from reconcile.model import Source


def gold(value: float | None, low: float | None, high: float | None,
         source: str = "SATS") -> GoldFigure:
    return GoldFigure(ref="f1", doc="reuters-12519", start=0, end=7, quote="13,000",
                      value=value, low=low, high=high, unit="workers", source=source,
                      subject="workers")


@pytest.mark.parametrize(("ours", "theirs", "kind"), [
    # "more than 100,000 staff": the dev-set README example gives the bound as the value
    ((100000, 100000, None), (None, 100000, None), "a bound given no point value"),
    # a fall of 0.2% written as -0.2, as a point and as a bound
    ((0.2, 0.2, 0.2), (-0.2, -0.2, -0.2), "a sign"),
    ((None, 2, None), (None, None, -2), "a sign"),
    # "17.00" of a table in mln tonnes; "one in 16" read as 0.0625 against 6.25%
    ((17, 17, 17), (17e6, 17e6, 17e6), "a scale apart"),
    ((0.0625, 0.0625, 0.0625), (6.25, 6.25, 6.25), "a scale apart"),
    # "below the 2.0 mln bag mark": a ceiling, not a point
    ((2e6, 2e6, 2e6), (2e6, None, 2e6), "a bound open or closed"),
    # "beween 169 mln and 253 mln dlrs" read as its upper end alone
    ((253e6, 253e6, 253e6), (None, 169e6, 253e6), "a range or a point"),
    ((10, 10, 10), (12, 12, 12), "another value"),
])
def test_a_wrong_value_is_of_one_kind(ours: tuple[float | None, ...],
                                      theirs: tuple[float | None, ...], kind: str) -> None:
    value, low, high = ours
    figure = claim("13,000", "SATS", value, low=low, high=high).figure
    assert value_kind(figure, gold(*theirs)) == kind
    assert kind in VALUE_KINDS


def exact(ours: str, gold: str) -> bool:
    return ours == gold


def test_a_wrong_source_is_of_one_kind() -> None:
    unattributed = claim("13,000", "Reuters", 13000)
    unattributed = unattributed.model_copy(update={
        "source": Source(name="Reuters", explicit=False)})
    named = claim("13,000", "union leaders", 13000)
    assert source_kind(unattributed, gold(13000, 13000, 13000), "Reuters", exact) \
        == "the publisher where a source is named"
    assert source_kind(named, gold(13000, 13000, 13000, source="Reuters"), "Reuters", exact) \
        == "a source where the publisher is named"
    assert source_kind(named, gold(13000, 13000, 13000), "Reuters", exact) == "another source"
    assert {"the publisher where a source is named", "another source"} <= set(SOURCE_KINDS)


def test_the_evaluation_counts_wrong_values_and_sources_by_kind() -> None:
    data = case_data()
    data["figures"][2]["value"] = None  # "over 600,000 workers" given no point value
    members = claim("over 600,000 workers", "COSATU", 600000, high=None)
    strikers = claim("some 13,000 workers", "the union", 13000)
    score = score_case(Case.model_validate(data), report([members, strikers]), exact)
    assert score.wrong == {"a bound given no point value": 1, "another source": 1}
    assert score_case(case(), report([]), exact).wrong == {}
