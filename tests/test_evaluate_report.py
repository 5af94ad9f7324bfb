"""The printed evaluation: per-case counts, totals as percentages, one line per failure."""

from __future__ import annotations

from test_evaluate_fixtures import case, claim, discrepancy, report

from reconcile.evaluation.measures import MEASURES, score_case
from reconcile.evaluation.report import Evaluation


def exact(ours: str, gold: str) -> bool:
    return ours == gold


def evaluation() -> Evaluation:
    strikers = claim("some 13,000 workers", "SATS", 13000)
    union = claim("closer to 18,000", "union leaders", 18000)
    dates = claim("April 2", "Reuters", 2), claim("JOHANNESBURG", "Reuters", 1)
    found = score_case(case(), report([strikers, union, *dates],
                                      [discrepancy(strikers, union), discrepancy(*dates)]), exact)
    missed = score_case(case(), report([]), exact)
    return Evaluation("cases/", [found, missed])


def test_totals_sum_the_cases() -> None:
    result = evaluation()
    assert str(result.total("figure recall")) == "33.3% (2/6)"
    assert str(result.total("conflict recall")) == "50.0% (1/2)"
    assert str(result.total("value accuracy")) == "100.0% (2/2)"
    assert str(result.total("agreements wrongly flagged")) == "n/a (0/0)"
    assert result.uncounted == 1


def test_render_prints_every_measure_the_uncounted_note_and_the_failures() -> None:
    text = evaluation().render()
    lines = text.splitlines()
    assert lines[0] == "2 case(s) from cases/"
    for measure in MEASURES:
        assert any(line.startswith(measure) for line in lines), measure
    assert "figure recall               33.3% (2/6)" in lines
    assert ("1 reported discrepancies touch no annotated figure and are not counted in "
            "precision (the annotation does not cover them).") in lines
    assert "failures (5):" in lines
    assert lines[-1] == ('  sats: missed conflict [f1 "some 13,000 workers" (SATS), '
                         'f2 "closer to 18,000" (union leaders)] (figures not found: f1, f2)')
    assert text == evaluation().render()


def test_render_counts_wrong_values_and_sources_by_kind() -> None:
    strikers = claim("some 13,000 workers", "Reuters", 13000)
    union = claim("closer to 18,000", "union leaders", 18, low=18, high=18)
    wrong = score_case(case(), report([strikers, union]), exact)
    lines = Evaluation("cases/", [wrong]).render().splitlines()
    assert "wrong values by kind: a scale apart 1" in lines
    assert "wrong sources by kind: another source 1" in lines
    assert not any(line.startswith("wrong") for line in evaluation().render().splitlines())
