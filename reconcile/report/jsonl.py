"""JSON Lines: one discrepancy a line, each self-contained, for very large corpora.

A line carries everything a consumer needs (subject, event, severity, ratio, reason,
fingerprint, and every claim with its document, words, interval, source and position), so
lines can be streamed, split, grepped and loaded into a table without joining anything.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from reconcile.fingerprint import fingerprint
from reconcile.locate import ClaimLocator, relative_path
from reconcile.model import Claim, Discrepancy, Report
from reconcile.report.text import ordered_discrepancies


def _claim_row(locator: ClaimLocator, claim: Claim) -> dict[str, Any]:
    where = locator.locate(claim)
    figure, source = claim.figure, claim.source
    return {
        "id": claim.id,
        "document": claim.document,
        "path": relative_path(where.path),
        "record_line": where.record_line,
        "line": where.start_line,
        "column": where.start_column,
        "end_line": where.end_line,
        "end_column": where.end_column,
        "offset": where.offset,
        "length": where.length,
        "text": figure.text,
        "sentence": locator.sentence(claim),
        "value": figure.value,
        "low": figure.low,
        "high": figure.high,
        "approx": figure.approx,
        "vague": figure.vague,
        "kind": figure.kind,
        "unit": figure.unit,
        "when": claim.when.isoformat() if claim.when else None,
        "source": {
            "name": source.name,
            "kind": source.kind,
            "cue": source.cue,
            "explicit": source.explicit,
        },
    }


def discrepancy_row(locator: ClaimLocator, discrepancy: Discrepancy,
                    review: str | None = None) -> dict[str, Any]:
    """One discrepancy as a JSON-ready mapping with its claims inline; ``review`` is the
    editor's reason when it was recorded as reviewed."""
    claims = locator.claims(discrepancy.claims)
    return {
        "id": discrepancy.id,
        "fingerprint": fingerprint(discrepancy, claims),
        "subject": discrepancy.subject,
        "event": discrepancy.event,
        "severity": discrepancy.severity,
        "ratio": discrepancy.ratio,
        "reason": discrepancy.reason,
        "claims": [_claim_row(locator, claim) for claim in claims],
        "pairs": [pair.model_dump() for pair in discrepancy.pairs],
        "reviewed": review,
    }


def lines(report: Report) -> Iterator[str]:
    """The report's discrepancies, one JSON document each, without building them all first."""
    locator = ClaimLocator(report)
    for discrepancy in ordered_discrepancies(report.discrepancies):
        row = discrepancy_row(locator, discrepancy, report.reviewed.get(discrepancy.id))
        yield json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"


def render(report: Report) -> str:
    """The whole report as JSON Lines (empty when nothing disagrees)."""
    return "".join(lines(report))
