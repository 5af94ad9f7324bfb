"""The typed data that flows between pipeline stages.

Every stage takes and returns these models and nothing else, so that a stage can be tested
alone, run in another process (models pickle), and swapped without touching its neighbours.
Offsets are character offsets into ``Document.text`` as read (after decoding), so any report
can point at the exact words.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

Severity = Literal["info", "warning", "error"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}

FigureKind = Literal["count", "percent", "points", "money", "ratio", "quantity", "number"]
"""What sort of figure it is.

- ``count``: a number of things, with the counted noun in ``Figure.unit`` ("people").
- ``percent``: a percentage; ``points``: percentage points (never compared with percent).
- ``money``: an amount with an ISO 4217 code in ``Figure.unit``, scale applied.
- ``ratio``: "one in five", "3 out of 10"; value is the fraction (0.2).
- ``quantity``: a measured amount with a unit of measure ("tonnes", "barrels per day").
- ``number``: a bare number with nothing counted.
"""

SourceKind = Literal[
    "media", "official", "police", "organiser", "opposition", "witness", "company",
    "union", "expert", "results", "publisher", "other",
]
PairVerdict = Literal["agree", "update", "conflict"]


class Frozen(BaseModel):
    """Base for values that never change once built (hashable, safe to share)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Frozen):
    """One article as read. ``path`` and ``line`` say where it came from, for error messages."""

    id: str
    text: str
    path: str
    line: int | None = None
    publisher: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None


class InputProblem(Frozen):
    """An input that could not be used; reported as ``path:line: message`` and skipped."""

    path: str
    line: int | None = None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class Sentence(Frozen):
    """A sentence (or a heading or caption line) of a document, by offsets."""

    start: int
    end: int


class Figure(Frozen):
    """A figure as written, with the interval its wording implies.

    ``text == document.text[start:end]`` always; the span covers hedge, number, scale and
    unit or counted noun ("upward of 100,000 people"). ``number_start``/``number_end`` cover
    just the numeric words, for highlighting. ``low``/``high`` are the interval the wording
    implies (``None`` = open on that side); ``value`` is the point figure where there is
    one (``None`` for ranges and vague magnitudes). ``approx`` marks hedges such as "about".
    ``vague`` names the convention entry applied ("tens of thousands") when the amount is
    a vague magnitude.
    """

    text: str
    start: int
    end: int
    number_start: int
    number_end: int
    value: float | None
    low: float | None
    high: float | None
    approx: bool = False
    kind: FigureKind = "number"
    unit: str | None = None
    vague: str | None = None


class Source(Frozen):
    """Who gives a figure.

    ``name`` is normalised ("Reuters" for "a Reuters reporter"); ``evidence`` is the words
    as written (or the pronoun) and ``start``/``end`` their span; ``cue`` is the attributing
    words ("estimated", "put the number at"). ``explicit`` is False when nothing in the text
    attributes the figure and it defaults to the publisher.
    """

    name: str
    kind: SourceKind = "other"
    cue: str | None = None
    explicit: bool = True
    evidence: str | None = None
    start: int | None = None
    end: int | None = None


class Claim(Frozen):
    """A figure, who gives it, and what it measures.

    ``subject`` is the id of the rule that matched (``None`` when none did); ``event`` is
    a key, in words a reviewer can check, for the measured thing within the subject (which
    rally, which election, which company's profit); ``when`` is the date the figure refers
    to. ``sentence_start``/``sentence_end`` give the sentence to show the figure in.
    """

    id: str
    document: str
    figure: Figure
    source: Source
    subject: str | None = None
    event: str | None = None
    when: date | None = None
    sentence_start: int
    sentence_end: int


class PairJudgement(Frozen):
    """How two claims of one group relate, and why, in words."""

    a: str
    b: str
    verdict: PairVerdict
    ratio: float | None = None
    reason: str


class Discrepancy(Frozen):
    """A group of claims about the same measured thing whose sources disagree.

    It keeps every claim and never picks a winner. ``ratio`` is between the most distant
    figures; ``severity`` comes from the rule; ``pairs`` holds the judgement of each pair
    of claims from different sources.
    """

    id: str
    subject: str
    event: str | None
    severity: Severity
    ratio: float | None
    claims: list[str]
    reason: str
    pairs: list[PairJudgement] = []


class Report(Frozen):
    """Everything one run found: the input to every output format."""

    documents: list[Document]
    claims: list[Claim]
    discrepancies: list[Discrepancy]
    problems: list[InputProblem] = []
    agreements: list[PairJudgement] = []
    conventions: dict[str, str] = {}
    reviewed: dict[str, str] = {}
    """Discrepancy id -> the editor's reason, for discrepancies recorded as reviewed."""
    rule_names: dict[str, str] = {}
    """Subject rule id -> its human name, so formats can describe rules without loading them."""
