"""The report as Markdown, for a pull-request or issue comment.

The same content as the table report, in the shape a code-review page renders well: a
heading per discrepancy, a pipe table of its figures, and each figure's sentence quoted with
the number in bold, so reviewers read the disagreement where they already work.
"""

from __future__ import annotations

from tabulate import tabulate

from reconcile.baseline import BaselineResult
from reconcile.model import Discrepancy, Report
from reconcile.report.table import HEADERS, closing_lines, figure_row, review_note
from reconcile.report.text import Lookup, describe, ordered_discrepancies, plural

_SEVERITY_BADGE = {"error": "🔴", "warning": "🟠", "info": "🔵"}
_ESCAPED = str.maketrans({"|": "\\|", "*": "\\*", "_": "\\_", "`": "\\`", "~": "\\~",
                          "<": "&lt;"})


def escape(text: str) -> str:
    """Text safe inside a Markdown table cell or quote (no stray tables, emphasis or HTML)."""
    return text.translate(_ESCAPED)


def _section(lookup: Lookup, discrepancy: Discrepancy) -> list[str]:
    claims = lookup.claims_of(discrepancy)
    rows = [[escape(cell) for cell in figure_row(lookup, claim)] for claim in claims]
    badge = _SEVERITY_BADGE[discrepancy.severity]
    lines = [
        f"### {badge} {discrepancy.severity}: {escape(describe(discrepancy))}",
        "",
        f"`{discrepancy.id}` — {escape(discrepancy.reason)}",
        "",
    ]
    note = review_note(lookup.report, discrepancy)
    if note:
        lines += [f"✅ {escape(note)}", ""]
    lines += [
        tabulate(rows, headers=HEADERS, tablefmt="github", disable_numparse=True),
        "",
    ]
    for claim in claims:
        sentence = escape(lookup.marked(claim, ("\x00", "\x01")))
        sentence = sentence.replace("\x00", "**").replace("\x01", "**")
        lines.extend([f"> {sentence}", f"> — {escape(claim.source.name)}", ""])
    return lines


def render(report: Report, baseline: BaselineResult | None = None) -> str:
    """The report as GitHub-flavoured Markdown, ending in a newline; ``baseline`` adds its
    counts."""
    lookup = Lookup(report)
    discrepancies = ordered_discrepancies(report.discrepancies)
    lines = [f"## reconcile: {plural(len(discrepancies), 'discrepancy', 'discrepancies')}", ""]
    for discrepancy in discrepancies:
        lines.extend(_section(lookup, discrepancy))
    lines.extend(f"- {escape(line)}" for line in closing_lines(report, baseline))
    return "\n".join(lines) + "\n"
