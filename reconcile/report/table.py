"""The default report for a terminal: each discrepancy, its figures, their sentences.

Most severe first, so the line a reader sees first is the one that matters most; each
figure keeps its own words and its source's words, so the reader can judge without opening
the article.
"""

from __future__ import annotations

from tabulate import tabulate

from reconcile.baseline import BaselineResult
from reconcile.model import Claim, Discrepancy, Report
from reconcile.report.text import (
    Lookup,
    describe,
    format_source,
    format_value,
    one_line,
    ordered_discrepancies,
    plural,
    summary_lines,
)

HEADERS = ("words", "value", "source", "cue", "where")


def figure_row(lookup: Lookup, claim: Claim) -> list[str]:
    """One figure as table cells: its words, interval, source, cue and document:line."""
    return [
        one_line(claim.figure.text),
        format_value(claim),
        format_source(claim.source),
        one_line(claim.source.cue or "–"),
        where(lookup, claim),
    ]


def where(lookup: Lookup, claim: Claim) -> str:
    """``document:line`` of a figure, the line counted in the article's own text."""
    return f"{claim.document}:{lookup.locate(claim).start_line}"


def review_note(report: Report, discrepancy: Discrepancy) -> str | None:
    """``reviewed: reason (who, when)`` for a discrepancy an editor has accepted, else None."""
    reason = report.reviewed.get(discrepancy.id)
    return None if reason is None else f"reviewed: {one_line(reason)}"


def closing_lines(report: Report, baseline: BaselineResult | None = None) -> list[str]:
    """The summary facts, then how many shown are reviewed and what the baseline did."""
    lines = summary_lines(report)
    reviewed = sum(1 for item in report.discrepancies if item.id in report.reviewed)
    if reviewed:
        lines.append(f"{plural(reviewed, 'discrepancy', 'discrepancies')} reviewed "
                     "(shown, not failures)")
    if baseline is not None:
        lines.append(baseline.summary())
    return lines


def _section(lookup: Lookup, number: int, discrepancy: Discrepancy) -> list[str]:
    claims = lookup.claims_of(discrepancy)
    note = review_note(lookup.report, discrepancy)
    lines = [
        f"{number}. [{discrepancy.severity.upper()}] {discrepancy.id}: {describe(discrepancy)}",
        f"   {discrepancy.reason}",
        *([f"   {note}"] if note else []),
        "",
        tabulate([figure_row(lookup, claim) for claim in claims], headers=HEADERS,
                 tablefmt="simple", disable_numparse=True),
        "",
    ]
    lines.extend(f"  {claim.source.name}: {lookup.marked(claim)}" for claim in claims)
    lines.append("")
    return lines


CLAIM_HEADERS = ("id", "words", "value", "kind", "source", "cue", "subject", "event", "when")


def claims_table(report: Report) -> str:
    """Every claim, one row each, for ``reconcile extract`` (debugging a rule)."""
    lookup = Lookup(report)
    rows = [
        [claim.id, one_line(claim.figure.text), format_value(claim), claim.figure.kind,
         format_source(claim.source), one_line(claim.source.cue or "–"),
         claim.subject or "–", claim.event or "–",
         claim.when.isoformat() if claim.when else "–"]
        for claim in lookup.all_claims()
    ]
    return tabulate(rows, headers=CLAIM_HEADERS, disable_numparse=True) + "\n"


def render(report: Report, baseline: BaselineResult | None = None) -> str:
    """The report as plain text tables, ending in a newline; ``baseline`` adds its counts."""
    lookup = Lookup(report)
    lines: list[str] = []
    discrepancies = ordered_discrepancies(report.discrepancies)
    for number, discrepancy in enumerate(discrepancies, start=1):
        lines.extend(_section(lookup, number, discrepancy))
    if not discrepancies:
        lines.extend(["No discrepancies found.", ""])
    lines.extend(closing_lines(report, baseline))
    return "\n".join(lines) + "\n"
