"""Severity thresholds and the exit code a CI job can trust.

Two thresholds are kept apart on purpose: ``min_level`` says what a reader is shown,
``fail_on`` says what fails the build. A newsroom may want to *see* small disagreements
(info) while only *failing* on large ones (error). The exit code follows the linters the
project copies (ruff, semgrep): 0 clean, 1 findings at or above ``fail_on``, 2 unusable
input, rules or configuration, and 2 outranks 1 because a run that could not read all its
input has not shown that the rest is clean.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from reconcile.exits import EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNUSABLE
from reconcile.model import SEVERITY_ORDER, Discrepancy, Report, Severity


def at_or_above(severity: Severity, level: Severity) -> bool:
    """True when ``severity`` is at least as grave as ``level``."""
    return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[level]


def shown(discrepancies: Iterable[Discrepancy], min_level: Severity) -> list[Discrepancy]:
    """The discrepancies a reader is shown under ``--min-level``, in their order."""
    return [item for item in discrepancies if at_or_above(item.severity, min_level)]


def filter_report(report: Report, min_level: Severity) -> Report:
    """The report with only the discrepancies at or above ``min_level``.

    Claims and agreements stay: a renderer may still show every figure found, and a
    discrepancy hidden here is a display choice, not a change in what was found.
    """
    return report.model_copy(update={"discrepancies": shown(report.discrepancies, min_level)})


def exit_code(
    report: Report,
    fail_on: Severity | None,
    exit_zero: bool = False,
    had_problems: bool = False,
    exempt: Collection[str] = (),
) -> int:
    """The process exit code for a finished run.

    ``report`` should hold the discrepancies that still count (after suppressions and the
    baseline); ``exempt`` names discrepancy ids recorded as reviewed, which never fail.
    ``had_problems`` is for trouble the report does not carry (a bad review file read late);
    problems with the inputs themselves are in ``report.problems``. ``fail_on`` ``None``
    (the default everywhere) means findings never fail; ``exit_zero`` turns findings into
    success but never hides unusable input.
    """
    if had_problems or report.problems:
        return EXIT_UNUSABLE
    if exit_zero or fail_on is None:
        return EXIT_CLEAN
    failing = [
        item for item in report.discrepancies
        if item.id not in exempt and at_or_above(item.severity, fail_on)
    ]
    return EXIT_FINDINGS if failing else EXIT_CLEAN
