"""Baselines: accept today's discrepancies so that CI fails only on new ones.

A newsroom adopting ``reconcile`` on an archive has many known disagreements; failing every
build on them teaches people to ignore the tool. A baseline records each discrepancy by its
fingerprint (``reconcile.fingerprint``: the rule, event, figures and documents, never
offsets), so an article edited elsewhere still matches its baseline entry while a changed
figure is a new finding. Matching counts duplicates: two identical discrepancies against
one baseline entry leave one new.

The file is JSON, sorted for quiet diffs, with a ``schema_version`` so an older
``reconcile`` refuses a newer file instead of misreading it. The readable fields beside each
fingerprint are for people reviewing the baseline in a pull request; only the fingerprint
is matched.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from reconcile import __version__
from reconcile.fingerprint import fingerprint
from reconcile.model import Claim, Discrepancy, Report, Severity
from reconcile.yamlfile import Location, RuleFileError, read_text, read_yaml, validate

SCHEMA_VERSION = 1


class BaselineFigure(BaseModel):
    """One figure of a baselined discrepancy, as a reviewer would read it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    document: str
    text: str
    source: str


class BaselineEntry(BaseModel):
    """One accepted discrepancy: its fingerprint and what it was, in words."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$")
    rule: str
    event: str | None = None
    severity: Severity | None = None
    reason: str = ""
    figures: list[BaselineFigure] = []


class Baseline(BaseModel):
    """A whole baseline file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: int = Field(ge=1)
    tool: str = "reconcile"
    tool_version: str = ""
    discrepancies: list[BaselineEntry]


class BaselineResult(NamedTuple):
    """What a run found against its baseline: the new findings and the two counts."""

    new: list[Discrepancy]
    gone: int
    unchanged: int

    def summary(self) -> str:
        """One line for a report's closing facts: what the baseline accepted and lost."""
        return (f"baseline: {len(self.new)} new, {self.unchanged} unchanged (not shown), "
                f"{self.gone} gone")


def report_fingerprints(report: Report) -> dict[str, str]:
    """The fingerprint of every discrepancy of ``report``, by discrepancy id."""
    claims = {claim.id: claim for claim in report.claims}
    return {
        item.id: fingerprint(item, [claims[claim_id] for claim_id in item.claims])
        for item in report.discrepancies
    }


def _entry(item: Discrepancy, print_: str, claims: dict[str, Claim]) -> BaselineEntry:
    figures = [
        BaselineFigure(document=claim.document, text=claim.figure.text, source=claim.source.name)
        for claim in (claims[claim_id] for claim_id in item.claims)
    ]
    return BaselineEntry(
        fingerprint=print_, rule=item.subject, event=item.event, severity=item.severity,
        reason=item.reason, figures=figures,
    )


def build_baseline(report: Report) -> Baseline:
    """The baseline accepting every discrepancy of ``report``."""
    claims = {claim.id: claim for claim in report.claims}
    prints = report_fingerprints(report)
    entries = [_entry(item, prints[item.id], claims) for item in report.discrepancies]
    entries.sort(key=lambda entry: (entry.rule, entry.event or "", entry.fingerprint))
    return Baseline(
        schema_version=SCHEMA_VERSION, tool_version=__version__, discrepancies=entries
    )


def write_baseline(report: Report, path: Path) -> Baseline:
    """Write the baseline of ``report`` to ``path`` (replaced whole, never half-written)."""
    baseline = build_baseline(report)
    text = json.dumps(baseline.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return baseline


def _lines_of(path: Path) -> dict[Location, int]:
    """Key lines for an error message; JSON as written by us is YAML, so reuse its reader."""
    try:
        return read_yaml(path)[1]
    except RuleFileError:
        return {}


def load_baseline(path: Path) -> Baseline:
    """Read a baseline; a bad or too-new file is ``RuleFileError`` (``file:line: ...``)."""
    path = Path(path)
    text = read_text(path)
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise RuleFileError(path, error.lineno, f"not JSON: {error.msg}") from None
    version = data.get("schema_version") if isinstance(data, dict) else None
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise RuleFileError(
            path, _lines_of(path).get(("schema_version",)),
            f"schema_version {version} is newer than this reconcile reads ({SCHEMA_VERSION});"
            " upgrade reconcile or write the baseline again",
        )
    try:
        return Baseline.model_validate(data)
    except ValueError:
        return validate(path, data, _lines_of(path), Baseline)


def apply_baseline(report: Report, baseline: Baseline) -> BaselineResult:
    """Split ``report``'s discrepancies into new ones and those the baseline accepts.

    ``gone`` counts baseline entries no longer found (fixed or edited away), ``unchanged``
    those still found; each entry accepts one matching discrepancy.
    """
    accepted = Counter(entry.fingerprint for entry in baseline.discrepancies)
    prints = report_fingerprints(report)
    new: list[Discrepancy] = []
    unchanged = 0
    for item in report.discrepancies:
        key = prints[item.id]
        if accepted[key] > 0:
            accepted[key] -= 1
            unchanged += 1
        else:
            new.append(item)
    return BaselineResult(new=new, gone=sum(accepted.values()), unchanged=unchanged)
