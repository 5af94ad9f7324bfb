"""Annotated cases: the file format, its validation, and errors that name file and line.

A case is one JSON object (see ``docs/eval-format.md``): the articles it covers, the
figures annotated in them by character offsets, and which figures conflict or must not be
reported as conflicting. Rule authors write these by hand for their own corpora, so every
mistake comes back as ``file:line: what is wrong`` (exit 2 upstream), never a traceback.
Checks that need the article text (ids, offsets, quotes) live in ``corpus.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from reconcile.evaluation.jsonlines import key_lines
from reconcile.yamlfile import Location, RuleFileError, line_of, validate

AGREEMENT_KINDS = ("agree", "update", "different things")

MINOR_UNITS = {"GBp": ("GBP", 100), "GBX": ("GBP", 100), "USc": ("USD", 100)}
"""Currency units an annotator may write a price in (a share's "300p" as 300 GBp), with the
currency and the factor our figures use: the tool reads "300p" as 3 GBP, the same amount."""


class CaseError(RuleFileError):
    """A case file or folder cannot be used; ``str()`` is ``file:line: why``."""


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldFigure(_Strict):
    """One annotated figure: where it is, what it says, and who gives it."""

    ref: str = Field(min_length=1)
    doc: str
    start: int = Field(ge=0)
    end: int
    quote: str
    value: float | None
    low: float | None
    high: float | None
    approx: bool = False
    unit: str | None = None
    source: str = Field(min_length=1)
    subject: str = ""

    @model_validator(mode="before")
    @classmethod
    def _in_major_unit(cls, data: object) -> object:
        """A figure in pence or cents, in pounds or dollars, so that it compares with ours."""
        if not isinstance(data, dict) or not isinstance(data.get("unit"), str):
            return data
        minor, _, rest = data["unit"].partition(" ")
        if minor not in MINOR_UNITS:
            return data
        major, factor = MINOR_UNITS[minor]
        scaled = {key: data[key] / factor for key in ("value", "low", "high")
                  if isinstance(data.get(key), int | float)}
        return {**data, **scaled, "unit": " ".join(filter(None, (major, rest)))}

    @model_validator(mode="after")
    def _coherent(self) -> GoldFigure:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be after start ({self.start})")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low ({self.low:g}) is above high ({self.high:g})")
        return self


class Conflict(_Strict):
    """Figures about one measured thing whose sources disagree: one expected discrepancy."""

    subject: str = ""
    figures: list[str] = Field(min_length=2)
    why: str = ""


class Agreement(_Strict):
    """Figures that must not be reported as disagreeing with each other."""

    subject: str = ""
    figures: list[str] = Field(min_length=2)
    why: str

    @field_validator("why")
    @classmethod
    def _names_its_kind(cls, why: str) -> str:
        if not why.strip().lower().startswith(AGREEMENT_KINDS):
            kinds = ", ".join(repr(kind) for kind in AGREEMENT_KINDS)
            raise ValueError(f"must start with one of {kinds}")
        return why

    def pairs(self) -> list[tuple[str, str]]:
        """Every pair of its figures: each one must not be judged a conflict."""
        return list(combinations(self.figures, 2))


class Case(_Strict):
    """One case file: articles of one corpus and their annotated figures."""

    id: str = Field(min_length=1)
    corpus: str = Field(min_length=1)
    documents: list[str] = Field(min_length=1)
    figures: list[GoldFigure]
    conflicts: list[Conflict] = []
    agreements: list[Agreement] = []

    def figure(self, ref: str) -> GoldFigure:
        """The annotated figure with this ref (references are checked on load)."""
        return next(figure for figure in self.figures if figure.ref == ref)


@dataclass(frozen=True)
class CaseFile:
    """A validated case with where it came from, to point later errors at their line."""

    path: Path
    case: Case
    lines: dict[Location, int]

    def error(self, loc: Location, message: str) -> CaseError:
        """An error about the part of the file at ``loc``."""
        return CaseError(self.path, line_of(loc, self.lines), message)


@contextmanager
def reading(path: Path) -> Iterator[None]:
    """Turn a failure to read ``path`` (missing, unreadable, not UTF-8) into a CaseError."""
    try:
        yield
    except UnicodeDecodeError as error:
        raise CaseError(path, None, f"not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise CaseError(path, None, f"cannot read: {error.strerror}") from None


def case_paths(cases: Path) -> list[Path]:
    """The case files to run: one ``.json`` file, or every ``*.json`` in a folder, sorted."""
    if cases.is_file():
        return [cases]
    if not cases.is_dir():
        raise CaseError(cases, None, "no such case file or folder")
    found = sorted(cases.glob("*.json"))
    if not found:
        raise CaseError(cases, None, "no case files (*.json) in this folder")
    return found


def load_case(path: Path) -> CaseFile:
    """Read and validate one case file, checking its internal references."""
    with reading(path):
        text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CaseError(path, error.lineno, f"not valid JSON: {error.msg}") from None
    if not isinstance(data, dict):
        raise CaseError(path, 1, "a case file holds one JSON object")
    lines = key_lines(text)
    try:
        case = validate(path, data, lines, Case)
    except RuleFileError as error:
        raise CaseError(error.path, error.line, error.message) from None
    loaded = CaseFile(path, case, lines)
    _check_references(loaded)
    return loaded


def _check_references(loaded: CaseFile) -> None:
    """Refs unique, figures in the case's documents, groups naming known distinct figures."""
    case = loaded.case
    if case.id != loaded.path.stem:
        raise loaded.error(("id",), f"id {case.id!r} differs from the file name "
                                    f"{loaded.path.stem!r}")
    refs: set[str] = set()
    for index, figure in enumerate(case.figures):
        if figure.ref in refs:
            raise loaded.error(("figures", index, "ref"), f"ref {figure.ref!r} is used twice")
        refs.add(figure.ref)
        if figure.doc not in case.documents:
            raise loaded.error(("figures", index, "doc"),
                               f"document {figure.doc!r} is not in this case's documents")
    entries: list[tuple[str, list[Conflict] | list[Agreement]]] = [
        ("conflicts", case.conflicts), ("agreements", case.agreements)
    ]
    for key, group in entries:
        for index, entry in enumerate(group):
            for offset, ref in enumerate(entry.figures):
                if ref not in refs:
                    raise loaded.error((key, index, "figures", offset),
                                       f"unknown figure ref {ref!r}")
            if len(set(entry.figures)) != len(entry.figures):
                raise loaded.error((key, index, "figures"), "a figure is listed twice")
