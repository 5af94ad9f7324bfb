"""Shown vs failing thresholds and exit codes CI can trust (2 outranks 1)."""

from test_baseline import make_report

from reconcile.exits import EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNUSABLE
from reconcile.levels import exit_code, filter_report
from reconcile.model import InputProblem, Report


def with_severity(severity: str) -> Report:
    report = make_report()
    return report.model_copy(update={"discrepancies": [
        item.model_copy(update={"severity": severity}) for item in report.discrepancies
    ]})


def test_findings_at_or_above_threshold_fail() -> None:
    assert exit_code(with_severity("warning"), fail_on="warning") == EXIT_FINDINGS
    assert exit_code(with_severity("error"), fail_on="warning") == EXIT_FINDINGS
    assert exit_code(with_severity("info"), fail_on="warning") == EXIT_CLEAN


def test_exit_zero_keeps_findings_from_failing_but_not_bad_input() -> None:
    assert exit_code(with_severity("error"), fail_on="info", exit_zero=True) == EXIT_CLEAN
    assert exit_code(with_severity("error"), "info", exit_zero=True,
                     had_problems=True) == EXIT_UNUSABLE


def test_unusable_input_outranks_findings() -> None:
    report = with_severity("error").model_copy(update={
        "problems": [InputProblem(path="corpus.jsonl", line=12, message="not JSON")],
    })
    assert exit_code(report, fail_on="error") == EXIT_UNUSABLE


def test_reviewed_discrepancies_never_fail() -> None:
    report = with_severity("error")
    reviewed = {item.id for item in report.discrepancies}
    assert exit_code(report, fail_on="info", exempt=reviewed) == EXIT_CLEAN


def test_min_level_hides_without_dropping_claims() -> None:
    report = with_severity("info")
    hidden = filter_report(report, "warning")
    assert hidden.discrepancies == []
    assert hidden.claims == report.claims
    assert filter_report(report, "info").discrepancies == report.discrepancies
