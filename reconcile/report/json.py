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

from reconcile.model import Claim, Discrepancy, Document, PairJudgement, Report
from reconcile.report.text import Lookup, ordered_discrepancies

VERSION = 1


def plain_number(value: float | None) -> float | int | None:
    """Whole numbers as JSON integers (5000, not 5000.0); others unchanged."""
    if value is not None and value == int(value) and abs(value) < 2**53:
        return int(value)
    return value


def document_json(document: Document) -> dict[str, Any]:
    """A document's metadata (its text stays in the input; offsets point into it)."""
    return {
        "id": document.id,
        "path": document.path,
        "publisher": document.publisher,
        "published": document.published.isoformat() if document.published else None,
        "title": document.title,
        "line": document.line,
        "url": document.url,
    }


def claim_json(lookup: Lookup, claim: Claim) -> dict[str, Any]:
    """One claim: the figure's words and interval, what it measures, who says so, where."""
    figure, source = claim.figure, claim.source
    where = lookup.locate(claim)
    return {
        "id": claim.id,
        "document": claim.document,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "value": plain_number(figure.value),
        "low": plain_number(figure.low),
        "high": plain_number(figure.high),
        "approx": figure.approx,
        "unit": figure.unit,
        "subject": claim.subject,
        "event": claim.event,
        "when": claim.when.isoformat() if claim.when else None,
        "source": {
            "name": source.name,
            "kind": source.kind,
            "cue": source.cue,
            "explicit": source.explicit,
            "evidence": source.evidence,
            "start": source.start,
            "end": source.end,
        },
        "kind": figure.kind,
        "vague": figure.vague,
        "line": where.start_line,
        "column": where.start_column,
        "sentence": {"start": claim.sentence_start, "end": claim.sentence_end},
    }


def pair_json(pair: PairJudgement) -> dict[str, Any]:
    """How two claims relate (agree, update, conflict), and why."""
    return {"a": pair.a, "b": pair.b, "verdict": pair.verdict,
            "ratio": plain_number(pair.ratio), "reason": pair.reason}


def discrepancy_json(lookup: Lookup, discrepancy: Discrepancy) -> dict[str, Any]:
    """A discrepancy with its claims in reading order and the judgement of each pair."""
    return {
        "id": discrepancy.id,
        "subject": discrepancy.subject,
        "event": discrepancy.event,
        "severity": discrepancy.severity,
        "ratio": plain_number(discrepancy.ratio),
        "claims": [claim.id for claim in lookup.claims_of(discrepancy)],
        "reason": discrepancy.reason,
        "pairs": [pair_json(pair) for pair in
                  sorted(discrepancy.pairs, key=lambda p: (p.a, p.b))],
    }


def claims_payload(lookup: Lookup) -> dict[str, Any]:
    """The contract's documents and claims, shared by ``check`` and ``extract``."""
    return {
        "version": VERSION,
        "documents": [document_json(document) for document in lookup.report.documents],
        "claims": [claim_json(lookup, claim) for claim in lookup.all_claims()],
    }


def payload(report: Report) -> dict[str, Any]:
    """The whole report as plain data in the contract's order."""
    lookup = Lookup(report)
    return {
        **claims_payload(lookup),
        "discrepancies": [discrepancy_json(lookup, d)
                          for d in ordered_discrepancies(report.discrepancies)],
        "agreements": [pair_json(pair) for pair in
                       sorted(report.agreements, key=lambda p: (p.a, p.b))],
        "conventions": dict(sorted(report.conventions.items())),
        "problems": [{"path": p.path, "line": p.line, "message": p.message}
                     for p in report.problems],
    }


def dumps(data: dict[str, Any]) -> str:
    """Data as 2-space indented JSON, non-ASCII kept, ending in a newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render(report: Report) -> str:
    """The report as JSON text, ending in a newline."""
    return dumps(payload(report))
