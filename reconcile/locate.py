"""Where a figure is: from character offsets to 1-based lines and columns, and file paths.

Machine formats (SARIF, GitHub annotations, JUnit, JSON Lines) point editors at lines and
columns, while the pipeline keeps character offsets into ``Document.text``. A corpus run asks
for thousands of positions, so each text's line starts are computed once and looked up by
bisection. Columns count characters (Unicode code points), as the offsets do.

An article read from a JSON Lines corpus is one string field on one line of its file: the
article's own lines and columns cannot be mapped to a file column (JSON escapes change the
widths), so a ``Location`` then carries the file line of the record (``record_line``) beside
the position within the article text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reconcile.model import Claim, Document, Report


class LineIndex:
    """The line starts of one text, for many offset-to-position lookups."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._starts = [0]
        position = text.find("\n")
        while position != -1:
            self._starts.append(position + 1)
            position = text.find("\n", position + 1)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of ``offset``; the text's end is a valid offset."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside a text of {self._length} characters")
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


@dataclass(frozen=True)
class Location:
    """A figure's span: its place in the article text and, through that, in its file.

    ``start_line`` .. ``end_column`` are 1-based, in the article text, with ``end_column``
    just past the last character (as SARIF and GitHub expect). ``record_line`` is the file
    line holding the article when the file holds many (JSON Lines), else ``None``, and then
    the article's lines are the file's lines.
    """

    path: str
    document: str
    start_line: int
    start_column: int
    end_line: int
    end_column: int
    offset: int
    length: int
    record_line: int | None = None

    @property
    def in_file(self) -> bool:
        """True when the article text is the whole file, so lines and columns are the file's."""
        return self.record_line is None

    @property
    def file_line(self) -> int:
        """The line of the file to open: the figure's own, or the record holding the article."""
        return self.start_line if self.record_line is None else self.record_line


def relative_path(path: str, root: Path | None = None) -> str:
    """``path`` relative to ``root`` (the working directory) in POSIX form, where it lies
    under it, so that reports stay valid when the checkout moves; otherwise as given."""
    base = (root or Path.cwd()).resolve()
    candidate = Path(path)
    try:
        return candidate.resolve().relative_to(base).as_posix()
    except (ValueError, OSError):
        return candidate.as_posix()


class ClaimLocator:
    """Claims, their documents and their locations for one report, computed on demand.

    Only the documents a discrepancy touches get a line index, so rendering stays cheap on
    a large corpus with few findings.
    """

    def __init__(self, report: Report) -> None:
        self._claims = {claim.id: claim for claim in report.claims}
        self._documents = {document.id: document for document in report.documents}
        self._lines: dict[str, LineIndex] = {}

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (``KeyError`` names it when the report lacks it)."""
        return self._claims[claim_id]

    def claims(self, claim_ids: Iterable[str]) -> list[Claim]:
        """The claims with these ids, in the order given."""
        return [self._claims[claim_id] for claim_id in claim_ids]

    def document(self, claim: Claim) -> Document:
        """The document a claim was read from."""
        return self._documents[claim.document]

    def sentence(self, claim: Claim) -> str:
        """The sentence a claim's figure stands in, as written."""
        return self.document(claim).text[claim.sentence_start : claim.sentence_end]

    def locate(self, claim: Claim) -> Location:
        """Where the claim's figure is, in its article and its file."""
        document = self.document(claim)
        index = self._lines.get(document.id)
        if index is None:
            index = self._lines[document.id] = LineIndex(document.text)
        figure = claim.figure
        start_line, start_column = index.position(figure.start)
        end_line, end_column = index.position(figure.end)
        return Location(
            path=document.path,
            document=document.id,
            start_line=start_line,
            start_column=start_column,
            end_line=end_line,
            end_column=end_column,
            offset=figure.start,
            length=figure.end - figure.start,
            record_line=document.line,
        )


def format_amount(value: float) -> str:
    """A number as a reader writes it: thousands separated, no trailing ``.0``."""
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def interval_text(claim: Claim) -> str:
    """The amount a figure stands for: ``~5,000``, ``4,500–5,500``, ``≥100,000``."""
    figure = claim.figure
    bounds = ""
    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        bounds = f"{format_amount(figure.low)}–{format_amount(figure.high)}"
    elif figure.low is not None and figure.high is None:
        bounds = f"≥{format_amount(figure.low)}"
    elif figure.high is not None and figure.low is None:
        bounds = f"≤{format_amount(figure.high)}"
    if figure.value is None:
        return bounds or "?"
    point = ("~" if figure.approx else "") + format_amount(figure.value)
    return f"{point} ({bounds})" if bounds else point


def claim_label(claim: Claim) -> str:
    """Who says how much, in one line: ``Reuters (media, "estimated"): ~5,000``."""
    source = claim.source
    detail = source.kind if source.cue is None else f'{source.kind}, "{source.cue}"'
    unit = f" {claim.figure.unit}" if claim.figure.unit else ""
    return f"{source.name} ({detail}): {interval_text(claim)}{unit}"
