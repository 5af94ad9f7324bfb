"""Helpers every output format shares: numbers, intervals, sources, sentences, order.

Each format shows the same facts in its own layout; putting the wording of a figure, the
marking of a sentence and the order of discrepancies in one place keeps the formats from
drifting apart, so a reviewer sees the same words whichever format the desk chose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reconcile.locate import ClaimLocator, interval_text
from reconcile.model import SEVERITY_ORDER, Claim, Discrepancy, Report, Source

MARK_OPEN = "»"
MARK_CLOSE = "«"
_SPACE = re.compile(r"\s+")


class Lookup(ClaimLocator):
    """A report's claims and documents by id, with claims in reading order and marked."""

    def __init__(self, report: Report) -> None:
        super().__init__(report)
        self.report = report
        self._order: dict[str, int] = {doc.id: index for index, doc in
                                       enumerate(report.documents)}

    def claims_of(self, discrepancy: Discrepancy) -> list[Claim]:
        """The discrepancy's claims in reading order (document, then offset)."""
        return sort_claims(self.claims(discrepancy.claims), self._order)

    def all_claims(self) -> list[Claim]:
        """Every claim of the report in reading order."""
        return sort_claims(self.report.claims, self._order)

    def marked(self, claim: Claim, mark: tuple[str, str] = (MARK_OPEN, MARK_CLOSE)) -> str:
        """The claim's sentence on one line, with the figure's number marked."""
        return marked_sentence(self.document(claim).text, claim, mark)


def sort_claims(claims: Iterable[Claim], order: dict[str, int]) -> list[Claim]:
    """Claims by document (in ``order``, unknown ones last by id), then by position."""
    return sorted(claims, key=lambda c: (order.get(c.document, len(order)), c.document,
                                         c.figure.start, c.figure.end, c.id))


def ordered_discrepancies(discrepancies: Iterable[Discrepancy]) -> list[Discrepancy]:
    """Most severe first and, within a severity, in the order the judge numbered them (a
    conflict the text states before one only grouped, then the widest; see
    ``compare.judge_groups``): one order for every format. The sort is stable, so a
    severity changed after judging (a config level) moves a discrepancy without
    reshuffling the rest."""
    return sorted(discrepancies, key=lambda d: -SEVERITY_ORDER[d.severity])


def one_line(text: str) -> str:
    """``text`` with every run of white space as one space, for a cell or a quote."""
    return _SPACE.sub(" ", text).strip()


_SIGNS_AFTER = "%‰"


def marked_span(text: str, claim: Claim) -> tuple[int, int, int, int]:
    """Where to mark a claim's number in its sentence: (sentence start, mark start, mark
    end, sentence end). The mark holds the number with the sign written on to it ("about
    »5%«", "»3% to 3.5%«"): a sign left outside reads as a mark put one character short."""
    figure = claim.figure
    mark_end = figure.number_end
    while mark_end < len(text) and text[mark_end] in _SIGNS_AFTER:
        mark_end += 1
    return (min(claim.sentence_start, figure.number_start), figure.number_start, mark_end,
            max(claim.sentence_end, mark_end))


def marked_sentence(text: str, claim: Claim,
                    mark: tuple[str, str] = (MARK_OPEN, MARK_CLOSE)) -> str:
    """The sentence holding ``claim`` on one line, its number wrapped in ``mark``."""
    start, mark_start, mark_end, end = marked_span(text, claim)
    return one_line(text[start:mark_start] + mark[0] + text[mark_start:mark_end] + mark[1]
                    + text[mark_end:end])


def format_value(claim: Claim) -> str:
    """The interval a figure's wording implies, with what it counts: ``~5,000 people``."""
    unit = claim.figure.unit
    return interval_text(claim) + (f" {unit}" if unit else "")


def format_ratio(ratio: float | None) -> str:
    """A ratio between figures as ``13×`` or ``1.3×`` (``–`` when there is none)."""
    if ratio is None:
        return "–"
    return f"{ratio:,.0f}×" if ratio >= 10 else f"{ratio:.1f}×"


def format_source(source: Source) -> str:
    """Who gives the figure, with its kind, and a mark when only the publisher is known."""
    label = f"{source.name} ({source.kind})"
    return label if source.explicit else f"{label}, unattributed"


def describe(discrepancy: Discrepancy) -> str:
    """The heading words of a discrepancy: subject, event and the ratio between extremes."""
    parts = [discrepancy.subject]
    if discrepancy.event:
        parts.append(discrepancy.event)
    return " — ".join(parts) + f" — {format_ratio(discrepancy.ratio)} apart"


def summary_lines(report: Report) -> list[str]:
    """The closing facts of a run: counts, severities, the vague convention, problems."""
    counts = {severity: 0 for severity in sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.__getitem__,
                                                 reverse=True)}
    for discrepancy in report.discrepancies:
        counts[discrepancy.severity] += 1
    by_severity = ", ".join(f"{count} {severity}" for severity, count in counts.items())
    lines = [
        f"{plural(len(report.documents), 'document')}, {plural(len(report.claims), 'claim')}, "
        f"{plural(len(report.discrepancies), 'discrepancy', 'discrepancies')} ({by_severity})",
    ]
    for name, convention in sorted(report.conventions.items()):
        lines.append(f"{name} magnitudes read by the convention {convention!r}")
    if report.problems:
        lines.append(f"{plural(len(report.problems), 'input problem')} (skipped)")
    return lines


def plural(count: int, singular: str, many: str | None = None) -> str:
    """``1 claim``, ``2 claims``."""
    return f"{count} {singular if count == 1 else many or singular + 's'}"
