"""SARIF 2.1.0, for code-scanning dashboards and editors (VS Code's SARIF viewer, GitHub).

Each discrepancy is one result, located at its first figure, with the other figures as
related locations, so a viewer opens the article at the disputed words. Columns count
Unicode code points (``columnKind``), like the pipeline's offsets. An article from a JSON
Lines corpus is one line of its file: the region then points at that line, and the
figure's place inside the article text goes in the region's property bag (``article``),
because JSON escapes make file columns differ from article columns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from reconcile import __version__
from reconcile.fingerprint import VERSION as FINGERPRINT_KEY
from reconcile.fingerprint import fingerprint
from reconcile.locate import ClaimLocator, Location, claim_label, relative_path
from reconcile.model import Claim, Discrepancy, InputProblem, Report
from reconcile.report.text import ordered_discrepancies

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "SRCROOT"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _artifact(path: str) -> dict[str, str]:
    """A relative URI against the working directory where possible, else an absolute one."""
    relative = relative_path(path)
    if Path(relative).is_absolute():
        return {"uri": Path(relative).as_uri()}
    return {"uri": quote(relative), "uriBaseId": ROOT_ID}


def _region(where: Location, snippet: str) -> dict[str, Any]:
    article = {
        "startLine": where.start_line,
        "startColumn": where.start_column,
        "endLine": where.end_line,
        "endColumn": where.end_column,
        "charOffset": where.offset,
        "charLength": where.length,
    }
    if where.in_file:
        return {**article, "snippet": {"text": snippet}}
    return {
        "startLine": where.file_line,
        "endLine": where.file_line,
        "snippet": {"text": snippet},
        "properties": {"article": article},
    }


def _location(locator: ClaimLocator, claim: Claim, index: int | None = None) -> dict[str, Any]:
    where = locator.locate(claim)
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": _artifact(where.path),
            "region": _region(where, claim.figure.text),
        },
        "logicalLocations": [{"name": claim.document, "kind": "document"}],
        "message": {"text": claim_label(claim)},
    }
    if index is not None:
        location["id"] = index
    return location


def _rule(subject: str, name: str | None) -> dict[str, Any]:
    """A rule descriptor, described by the rule's own name where the report carries it."""
    words = subject.replace("-", " ").replace("_", " ")
    return {
        "id": subject,
        "name": "".join(part.capitalize() for part in words.split()),
        "shortDescription": {"text": f"Sources disagree about {(name or words).lower()}"},
        "fullDescription": {
            "text": f"Figures for the same {words} from different sources differ beyond the "
            "rule's tolerance; every figure is shown with its source and sentence."
        },
    }


def _result(locator: ClaimLocator, discrepancy: Discrepancy, rule_index: int,
            review: str | None) -> dict[str, Any]:
    """One result; a reviewed discrepancy carries an accepted external suppression, which
    code-scanning dashboards show as dismissed rather than open."""
    claims = locator.claims(discrepancy.claims)
    first, others = claims[0], claims[1:]
    suppressions = [] if review is None else [
        {"kind": "external", "status": "accepted", "justification": review}]
    return {
        "ruleId": discrepancy.subject,
        "ruleIndex": rule_index,
        "level": LEVELS[discrepancy.severity],
        "message": {"text": discrepancy.reason},
        "locations": [_location(locator, first)],
        "relatedLocations": [
            _location(locator, claim, index) for index, claim in enumerate(others, start=1)
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(discrepancy, claims)},
        "properties": {
            "discrepancyId": discrepancy.id,
            "event": discrepancy.event,
            "severity": discrepancy.severity,
            "ratio": discrepancy.ratio,
        },
        **({"suppressions": suppressions} if suppressions else {}),
    }


def _notification(problem: InputProblem) -> dict[str, Any]:
    region = {"region": {"startLine": problem.line}} if problem.line is not None else {}
    return {
        "level": "error",
        "message": {"text": problem.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": _artifact(problem.path), **region}}
        ],
    }


def sarif_log(report: Report) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log object (one run)."""
    locator = ClaimLocator(report)
    subjects = sorted({discrepancy.subject for discrepancy in report.discrepancies})
    rule_index = {subject: index for index, subject in enumerate(subjects)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "reconcile",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(subject, report.rule_names.get(subject))
                          for subject in subjects],
            }
        },
        "originalUriBaseIds": {ROOT_ID: {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [_notification(p) for p in report.problems],
            }
        ],
        "results": [
            _result(locator, discrepancy, rule_index[discrepancy.subject],
                    report.reviewed.get(discrepancy.id))
            for discrepancy in ordered_discrepancies(report.discrepancies)
        ],
        "properties": {"conventions": report.conventions},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    """The report as SARIF 2.1.0 JSON text."""
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"
