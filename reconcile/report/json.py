"""The machine-readable report: a stable JSON contract other tools can build on.

Keys come in a fixed order (the contract's keys first, extras after) and lists in a fixed
order (documents as read, claims by document and offset, discrepancies most severe first),
so the same input gives byte-identical output for any number of jobs and diffs stay small.
``import json`` below is the standard library: imports are absolute, so this module's own
name does not shadow it.
"""

from __future__ import annotations

import json
from typing import Any

from reconcile import __version__
from reconcile.baseline import BaselineResult
from reconcile.model import SEVERITY_ORDER, Claim, Discrepancy, Document, PairJudgement, Report
from reconcile.report.jsonmodel import (
    VERSION,
    BaselineOut,
    ClaimOut,
    DiscrepancyOut,
    DocumentOut,
    ErrorsOut,
    PairOut,
    ProblemOut,
    ReportOut,
    ReviewOut,
    SourceOut,
    SpanOut,
    SummaryOut,
    ToolOut,
)
from reconcile.report.text import Lookup, ordered_discrepancies
from reconcile.yamlfile import RuleFileError


def plain_number(value: float | None) -> float | int | None:
    """Whole numbers as JSON integers (5000, not 5000.0); others unchanged."""
    if value is not None and value == int(value) and abs(value) < 2**53:
        return int(value)
    return value


def document_json(document: Document) -> DocumentOut:
    """A document's metadata (its text stays in the input; offsets point into it)."""
    return DocumentOut(
        id=document.id,
        path=document.path,
        publisher=document.publisher,
        published=document.published.isoformat() if document.published else None,
        title=document.title,
        line=document.line,
        url=document.url,
    )


def claim_json(lookup: Lookup, claim: Claim) -> ClaimOut:
    """One claim: the figure's words and interval, what it measures, who says so, where."""
    figure, source = claim.figure, claim.source
    where = lookup.locate(claim)
    return ClaimOut(
        id=claim.id,
        document=claim.document,
        start=figure.start,
        end=figure.end,
        text=figure.text,
        value=plain_number(figure.value),
        low=plain_number(figure.low),
        high=plain_number(figure.high),
        approx=figure.approx,
        unit=figure.unit,
        subject=claim.subject,
        event=claim.event,
        when=claim.when.isoformat() if claim.when else None,
        source=SourceOut(
            name=source.name, kind=source.kind, cue=source.cue, explicit=source.explicit,
            evidence=source.evidence, start=source.start, end=source.end,
        ),
        kind=figure.kind,
        vague=figure.vague,
        line=where.start_line,
        column=where.start_column,
        sentence=SpanOut(start=claim.sentence_start, end=claim.sentence_end),
    )


def pair_json(pair: PairJudgement) -> PairOut:
    """How two claims relate (agree, update, conflict), and why."""
    return PairOut(a=pair.a, b=pair.b, verdict=pair.verdict, ratio=plain_number(pair.ratio),
                   reason=pair.reason)


def _pairs(pairs: list[PairJudgement]) -> list[PairOut]:
    return [pair_json(pair) for pair in sorted(pairs, key=lambda p: (p.a, p.b))]


def discrepancy_json(lookup: Lookup, discrepancy: Discrepancy) -> DiscrepancyOut:
    """A discrepancy with its claims in reading order, each pair's judgement, and its review."""
    review = lookup.report.reviewed.get(discrepancy.id)
    return DiscrepancyOut(
        id=discrepancy.id,
        subject=discrepancy.subject,
        event=discrepancy.event,
        severity=discrepancy.severity,
        ratio=plain_number(discrepancy.ratio),
        claims=[claim.id for claim in lookup.claims_of(discrepancy)],
        reason=discrepancy.reason,
        pairs=_pairs(discrepancy.pairs),
        reviewed=ReviewOut(reason=review) if review is not None else None,
    )


def claims_payload(lookup: Lookup) -> dict[str, Any]:
    """The contract's documents and claims, shared by ``check`` and ``extract``."""
    return {
        "version": VERSION,
        "documents": [document_json(d).model_dump() for d in lookup.report.documents],
        "claims": [claim_json(lookup, claim).model_dump() for claim in lookup.all_claims()],
    }


def summary(report: Report, baseline: BaselineResult | None = None) -> SummaryOut:
    """Counts of the run: discrepancies by severity (most severe first), reviews, problems."""
    counts = dict.fromkeys(sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.__getitem__, reverse=True),
                           0)
    for discrepancy in report.discrepancies:
        counts[discrepancy.severity] += 1
    shown = {discrepancy.id for discrepancy in report.discrepancies}
    return SummaryOut(
        documents=len(report.documents),
        claims=len(report.claims),
        discrepancies=counts,
        reviewed=len(shown & report.reviewed.keys()),
        problems=len(report.problems),
        baseline=BaselineOut(new=len(baseline.new), unchanged=baseline.unchanged,
                             gone=baseline.gone) if baseline is not None else None,
    )


def report_model(report: Report, baseline: BaselineResult | None = None) -> ReportOut:
    """The whole report as the published model, in the contract's order."""
    lookup = Lookup(report)
    return ReportOut(
        documents=[document_json(document) for document in report.documents],
        claims=[claim_json(lookup, claim) for claim in lookup.all_claims()],
        discrepancies=[discrepancy_json(lookup, d)
                       for d in ordered_discrepancies(report.discrepancies)],
        agreements=_pairs(report.agreements),
        conventions=dict(sorted(report.conventions.items())),
        problems=[problem_json(p.path, p.line, p.message) for p in report.problems],
        tool=ToolOut(name="reconcile", version=__version__),
        rules=dict(sorted(report.rule_names.items())),
        summary=summary(report, baseline),
    )


def problem_json(path: str, line: int | None, message: str) -> ProblemOut:
    """An unusable input or file, as ``path``, ``line`` and ``message``."""
    return ProblemOut(path=path, line=line, message=message)


def payload(report: Report, baseline: BaselineResult | None = None) -> dict[str, Any]:
    """The whole report as plain data in the contract's order."""
    return report_model(report, baseline).model_dump()


def errors_json(error: RuleFileError) -> str:
    """The JSON a fatal mistake prints on standard output when JSON was asked for."""
    return dumps(ErrorsOut(errors=[problem_json(error.path, error.line, error.message)])
                 .model_dump())


def dumps(data: dict[str, Any]) -> str:
    """Data as 2-space indented JSON, non-ASCII kept, ending in a newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render(report: Report, baseline: BaselineResult | None = None) -> str:
    """The report as JSON text, ending in a newline; ``baseline`` adds its counts."""
    return dumps(payload(report, baseline))
