"""The JSON report's shape as pydantic models: one definition for the output and its schema.

Tools downstream of ``reconcile --format json`` need a published contract they can check
against. Building the output through these models, and generating
``schemas/report.schema.json`` from the same models, means the two cannot drift: a new key
in the output is a new field here, and the committed schema test fails until the schema is
regenerated (``python -m reconcile.schemas``). Field order is the output's key order (the
contract's keys first).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from reconcile.model import FigureKind, PairVerdict, Severity, SourceKind

VERSION = 1
"""The contract version: its keys never change meaning while this stays 1."""
SCHEMA_VERSION = 2
"""The version of this schema: raised when keys are added (1 was the contract alone)."""
Number = int | float


class Out(BaseModel):
    """Base of every output object: no key beyond those declared (``additionalProperties``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class DocumentOut(Out):
    """A document's metadata; its text stays in the input and offsets point into it."""

    id: str
    path: str
    publisher: str | None
    published: str | None = Field(description="ISO date")
    title: str | None
    line: int | None = Field(description="file line of a JSON Lines record, else null")
    url: str | None


class SourceOut(Out):
    """Who gives a figure, with the words that attribute it."""

    name: str
    kind: SourceKind
    cue: str | None
    explicit: bool
    evidence: str | None
    start: int | None
    end: int | None


class SpanOut(Out):
    """Character offsets into the document text."""

    start: int
    end: int


class ClaimOut(Out):
    """A figure, its interval, what it measures, who says so, and where it is."""

    id: str
    document: str
    start: int = Field(description="character offset of the figure in the document text")
    end: int
    text: str
    value: Number | None
    low: Number | None
    high: Number | None
    approx: bool
    unit: str | None
    subject: str | None
    event: str | None
    when: str | None = Field(description="ISO date the figure refers to")
    source: SourceOut
    kind: FigureKind
    vague: str | None
    line: int = Field(ge=1, description="1-based line of the figure in the document text")
    column: int = Field(ge=1, description="1-based column (code points) of the figure")
    sentence: SpanOut


class PairOut(Out):
    """How two claims relate, and why."""

    a: str
    b: str
    verdict: PairVerdict
    ratio: Number | None
    reason: str


class ReviewOut(Out):
    """An editor's record that a discrepancy was checked: not a failure, still shown."""

    reason: str


class DiscrepancyOut(Out):
    """Claims about one measured thing whose sources disagree; no winner is picked."""

    id: str
    subject: str
    event: str | None
    severity: Severity
    ratio: Number | None
    claims: list[str]
    reason: str
    pairs: list[PairOut]
    reviewed: ReviewOut | None = None


class ProblemOut(Out):
    """An input that could not be used, or a file that stops the run: ``path:line: message``."""

    path: str
    line: int | None
    message: str


class ToolOut(Out):
    """What wrote the report."""

    name: str
    version: str


class BaselineOut(Out):
    """The run compared with a baseline: only ``new`` discrepancies are listed."""

    new: int
    unchanged: int
    gone: int


class SummaryOut(Out):
    """The counts a dashboard shows without walking the lists."""

    documents: int
    claims: int
    discrepancies: dict[Severity, int]
    reviewed: int
    problems: int
    baseline: BaselineOut | None = None


class ReportOut(Out):
    """The whole ``--format json`` report."""

    version: int = Field(VERSION, ge=VERSION, le=VERSION)
    documents: list[DocumentOut]
    claims: list[ClaimOut]
    discrepancies: list[DiscrepancyOut]
    agreements: list[PairOut]
    conventions: dict[str, str]
    problems: list[ProblemOut]
    schema_version: int = SCHEMA_VERSION
    tool: ToolOut
    rules: dict[str, str] = Field(description="subject rule id -> its name")
    summary: SummaryOut


class ErrorsOut(Out):
    """What ``--format json`` prints on standard output when the run cannot start at all."""

    schema_version: int = SCHEMA_VERSION
    errors: list[ProblemOut]

