"""``why_apart``: the stage that kept two figures of a missed conflict from being a pair."""

from __future__ import annotations

from datetime import date

from reconcile.evaluation.measures import MEASURES, CaseScore, Tally
from reconcile.evaluation.report import Evaluation
from reconcile.evaluation.why import why_apart
from reconcile.model import Claim, Document, Report
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset

RULES = load_ruleset()


def _report(text: str) -> Report:
    document = Document(id="t", text=text, path="t", publisher="Reuters",
                        published=date(1987, 3, 24))
    return check([document], RULES)


def _claim(report: Report, words: str) -> Claim:
    return next(claim for claim in report.claims if claim.figure.text == words)


def test_a_figure_no_rule_claims_is_named() -> None:
    report = _report("General Motors Corp said car sales for March 11 through 20 were off "
                     "15.5 pct to 109,174 from 129,242 a year earlier. Analysts said GM sold "
                     "105,438 cars in the period.")
    reason = why_apart(_claim(report, "109,174"), _claim(report, "105,438 cars"), report, RULES)
    assert str(reason) == "no subject rule claims '109,174'"
    assert reason.stage == "no subject rule"


def test_figures_that_agree_within_tolerance_say_so() -> None:
    report = _report("Police said about 1,000 people marched through the capital on Sunday. "
                     "Organisers said 1,050 people took part in the march.")
    reason = why_apart(_claim(report, "about 1,000 people"), _claim(report, "1,050 people"),
                       report, RULES)
    assert reason.stage == "judged"
    assert str(reason).startswith("judged agree: ")
    assert "agree within tolerance" in str(reason)


def test_two_months_of_one_measure_are_kept_apart_by_their_keys() -> None:
    report = _report("The ministry said retail sales rose 2.1 pct in February. The union "
                     "said retail sales fell 1.5 pct in January.")
    reason = why_apart(_claim(report, "2.1 pct"), _claim(report, "1.5 pct"), report, RULES)
    assert str(reason) == ("event keys kept apart: [period=1987-02; what=retail sale change] "
                           "vs [period=1987-01; what=retail sale change]")
    assert reason.stage == "event keys kept apart"


def test_the_evaluation_counts_missed_conflicts_by_the_furthest_stage() -> None:
    tally = Tally()
    first = CaseScore("a", dict.fromkeys(MEASURES, tally), missed={"judged": 1,
                                                                    "no subject rule": 2})
    second = CaseScore("b", dict.fromkeys(MEASURES, tally), missed={"no subject rule": 1})
    evaluation = Evaluation("cases", [first, second])
    assert evaluation.missed == {"no subject rule": 3, "judged": 1}
    assert list(evaluation.missed) == ["no subject rule", "judged"]  # the pipeline's order
    assert ("missed conflicts by the furthest stage their figures reached: "
            "no subject rule 3, judged 1") in evaluation.render()


def test_a_grouped_pair_that_is_no_rivals_says_so() -> None:
    # the pair is grouped and judged in conflict, but kept out of every discrepancy and
    # agreement: only the groups themselves show it met
    report = _report("About 1,000 people marched through the capital on Sunday. Organisers "
                     "said 5,000 people took part in the march.")
    reason = why_apart(_claim(report, "About 1,000 people"), _claim(report, "5,000 people"),
                       report, RULES)
    assert reason.stage == "not rivals"
    assert str(reason).startswith("not rivals: one figure unattributed")
