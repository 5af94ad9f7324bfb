"""The machine-readable report: a stable JSON contract other tools can build on.

Keys come in a fixed order (the contract's keys first, extras after) and lists in a fixed
order (documents as read, claims by document and offset, discrepancies most severe first),
so the same input gives byte-identical output for any number of jobs and diffs stay small.
``import json`` below is the standard library: imports are absolute, so this module's own
name does not shadow it.

A corpus run has hundreds of thousands of claims, so the report is written as a stream of
chunks, a batch of claims at a time, never held whole as data or as text; and it is encoded
here rather than by ``json.dumps(indent=2)``, whose indenting encoder is pure Python and
several times slower: the long lists (documents, claims, agreements) from a template per
shape (``jsonshape``), the rest by a small recursive encoder. The bytes are the same as
``json.dumps(data, indent=2, ensure_ascii=False)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from reconcile import __version__
from reconcile.baseline import BaselineResult
from reconcile.locate import LineIndex
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
    SummaryOut,
    ToolOut,
)
from reconcile.report.jsonshape import Rows, Shape
from reconcile.report.text import Lookup, ordered_discrepancies
from reconcile.yamlfile import RuleFileError


def plain_number(value: float | None) -> float | int | None:
    """Whole numbers as JSON integers (5000, not 5000.0); others unchanged."""
    if value is not None and value == int(value) and abs(value) < 2**53:
        return int(value)
    return value


DOCUMENT_SHAPE = Shape(DocumentOut)
CLAIM_SHAPE = Shape(ClaimOut)
PAIR_SHAPE = Shape(PairOut)
"""The keys of the report's long lists: their items are written from plain values in this
order, not through the models. A corpus has hundreds of thousands of claims and validating
each costs more than the rest of its encoding (tests check that every item round-trips
through its model unchanged)."""


def document_row(document: Document) -> tuple[Any, ...]:
    """A document's metadata in ``DocumentOut``'s key order (its text stays in the input;
    offsets point into it)."""
    return (
        document.id, document.path, document.publisher,
        document.published.isoformat() if document.published else None,
        document.title, document.line, document.url,
    )


def claim_rows(lookup: Lookup, claims: Iterable[Claim]) -> Iterator[tuple[Any, ...]]:
    """Each claim in ``ClaimOut``'s key order, nested objects flattened: the figure's words
    and interval, what it measures, who says so, where.

    Lines and columns come from one line index per run of claims of a document (claims in
    reading order are one run per document).
    """
    lines: LineIndex | None = None
    current = None
    for claim in claims:
        figure, source = claim.figure, claim.source
        if lines is None or claim.document != current:
            current = claim.document
            lines = LineIndex(lookup.document(claim).text)
        line, column = lines.position(figure.start)
        value, low, high = figure.value, figure.low, figure.high
        shown = plain_number(value)
        yield (
            claim.id, claim.document, figure.start, figure.end, figure.text,
            # most figures are points: an end equal to the value is written as the value
            shown, shown if low == value else plain_number(low),
            shown if high == value else plain_number(high),
            figure.approx, figure.unit, claim.subject, claim.event,
            claim.when.isoformat() if claim.when else None,
            source.name, source.kind, source.cue, source.explicit, source.evidence,
            source.start, source.end,
            figure.kind, figure.vague, line, column,
            claim.sentence_start, claim.sentence_end,
        )


def claim_data(lookup: Lookup, claim: Claim) -> dict[str, Any]:
    """One claim as plain data, keyed as ``ClaimOut``."""
    return CLAIM_SHAPE.nest(next(claim_rows(lookup, (claim,))))


def pair_row(pair: PairJudgement) -> tuple[Any, ...]:
    """How two claims relate (agree, update, conflict), and why, in ``PairOut``'s order."""
    return (pair.a, pair.b, pair.verdict, plain_number(pair.ratio), pair.reason)


def _by_claims(pairs: list[PairJudgement]) -> list[PairJudgement]:
    return sorted(pairs, key=lambda p: (p.a, p.b))


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
        pairs=[PairOut(**PAIR_SHAPE.nest(pair_row(pair)))
               for pair in _by_claims(discrepancy.pairs)],
        reviewed=ReviewOut(reason=review) if review is not None else None,
    )


def claims_payload(lookup: Lookup) -> dict[str, Any]:
    """The contract's documents and claims, shared by ``check`` and ``extract``."""
    return {
        "version": VERSION,
        "documents": [DOCUMENT_SHAPE.nest(document_row(d)) for d in lookup.report.documents],
        "claims": [CLAIM_SHAPE.nest(row) for row in claim_rows(lookup, lookup.all_claims())],
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


def _outline(report: Report, lookup: Lookup,
             baseline: BaselineResult | None) -> dict[str, Any]:
    """The whole report as data in the contract's order, its long lists left as ``Rows``.

    ``ReportOut`` gives the keys and their order; documents, claims and agreements are
    put in after, as ``Rows`` of lazily built values, so that each item is built only when
    it is written.
    """
    outline = ReportOut(
        documents=[],
        claims=[],
        discrepancies=[discrepancy_json(lookup, d)
                       for d in ordered_discrepancies(report.discrepancies)],
        agreements=[],
        conventions=dict(sorted(report.conventions.items())),
        problems=[problem_json(p.path, p.line, p.message) for p in report.problems],
        tool=ToolOut(name="reconcile", version=__version__),
        rules=dict(sorted(report.rule_names.items())),
        summary=summary(report, baseline),
    ).model_dump()
    outline["documents"] = Rows(DOCUMENT_SHAPE, map(document_row, report.documents))
    outline["claims"] = Rows(CLAIM_SHAPE, claim_rows(lookup, lookup.all_claims()))
    outline["agreements"] = Rows(PAIR_SHAPE, map(pair_row, _by_claims(report.agreements)))
    return outline


def problem_json(path: str, line: int | None, message: str) -> ProblemOut:
    """An unusable input or file, as ``path``, ``line`` and ``message``."""
    return ProblemOut(path=path, line=line, message=message)


def errors_json(error: RuleFileError) -> str:
    """The JSON a fatal mistake prints on standard output when JSON was asked for."""
    return dumps(ErrorsOut(errors=[problem_json(error.path, error.line, error.message)])
                 .model_dump())


_STRING = json.encoder.encode_basestring  # the C encoder, non-ASCII kept
_INDENT = "  "


def _number(value: float) -> str:
    """A float as ``json.dumps`` writes it, NaN and infinities included."""
    if value != value:
        return "NaN"
    if value in (_INFINITY, -_INFINITY):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


_INFINITY = float("inf")
_PLAIN: dict[type, Callable[[Any], str]] = {
    str: _STRING,
    int: int.__repr__,
    float: _number,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _: "null",
}
"""How each JSON scalar type is written, looked up by exact type: most values of a report
are scalars, and one lookup is cheaper than a chain of ``isinstance`` tests."""


def _encode(value: Any, indent: str) -> str:
    """``value`` as 2-space indented JSON, its first line at ``indent``'s depth."""
    plain = _PLAIN.get(type(value))
    if plain is not None:
        return plain(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + _INDENT
        items = ",\n".join(f"{inner}{_STRING(key)}: {_encode(item, inner)}"
                           for key, item in value.items())
        return f"{{\n{items}\n{indent}}}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + _INDENT
        items = ",\n".join(inner + _encode(item, inner) for item in value)
        return f"[\n{items}\n{indent}]"
    for kind, write in _PLAIN.items():  # subclasses, such as str and int enums
        if isinstance(value, kind):
            return write(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def encode_chunks(data: dict[str, Any]) -> Iterator[str]:
    """A top-level object as JSON text in chunks; its ``Rows`` values become lists written
    a batch of items at a time. The chunks joined are ``dumps(data)`` with each ``Rows``
    as the list of its items."""
    separator = "{\n"
    for key, value in data.items():
        yield f"{separator}{_INDENT}{_STRING(key)}: "
        if isinstance(value, Rows):
            yield from value.stream(_INDENT)
        else:
            yield _encode(value, _INDENT)
        separator = ",\n"
    yield "{}\n" if separator == "{\n" else "\n}\n"


def dumps(data: dict[str, Any]) -> str:
    """Data as 2-space indented JSON, non-ASCII kept, ending in a newline."""
    return _encode(data, "") + "\n"


def chunks(report: Report, baseline: BaselineResult | None = None) -> Iterator[str]:
    """The report as JSON text in chunks of about one claim each."""
    return encode_chunks(_outline(report, Lookup(report), baseline))


def write(report: Report, stream: IO[str], baseline: BaselineResult | None = None) -> None:
    """Write the report as JSON to ``stream`` without holding it whole in memory."""
    for chunk in chunks(report, baseline):
        stream.write(chunk)


def render(report: Report, baseline: BaselineResult | None = None) -> str:
    """The report as JSON text, ending in a newline; ``baseline`` adds its counts."""
    return "".join(chunks(report, baseline))
