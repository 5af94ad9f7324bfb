"""Read articles from files, folders, JSON Lines corpora and standard input.

Reading never stops at a bad input: anything that cannot be used comes back as an
``InputProblem`` (``path:line: why``) in the stream, and the rest is still read. It is a
generator all the way down, so a corpus of tens of thousands of articles streams line by
line instead of sitting in memory.

Offsets are into ``Document.text``, which is the file as written, decoded as UTF-8 (a byte
order mark dropped, line endings kept). A Markdown file's YAML front matter (between ``---``
lines at the very top) gives title, publisher, published and url; in the text it is blanked
to spaces, line breaks kept, so its dates and URLs are not read as figures while every
offset, line and column of the body stays that of the file.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import yaml
from dateutil import parser as dateparser

from reconcile.model import Document, InputProblem

STDIN = "-"
FOLDER_SUFFIXES = (".txt", ".md", ".jsonl")
_METADATA = ("publisher", "title", "url")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BINARY_PROBE = 8192


class _Unusable(Exception):
    """Why one input (a file or a line) cannot be used; becomes an ``InputProblem``."""


def read_inputs(paths: Sequence[str], stdin: IO[bytes] | None = None) -> Iterator[
    Document | InputProblem
]:
    """Every article named by ``paths``, in order, with a problem for each unusable input.

    ``-`` reads standard input (``stdin`` replaces it, for tests). A document id that was
    already seen is a problem for the later document, so ids stay unique within a run.
    """
    seen: dict[str, str] = {}
    for path in paths:
        for item in _read_path(path, stdin):
            if isinstance(item, Document):
                where = _where(item.path, item.line)
                if item.id in seen:
                    yield InputProblem(path=item.path, line=item.line,
                                       message=f"duplicate id {item.id!r} (first in "
                                               f"{seen[item.id]})")
                    continue
                seen[item.id] = where
            yield item


def _where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path


def _read_path(path: str, stdin: IO[bytes] | None) -> Iterator[Document | InputProblem]:
    if path == STDIN:
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        return
    location = Path(path)
    if location.is_dir():
        files = sorted(
            (found for found in location.rglob("*")
             if found.suffix.lower() in FOLDER_SUFFIXES and found.is_file()),
            key=lambda found: found.relative_to(location).parts,
        )
        if not files:
            yield InputProblem(path=path, message="no .txt, .md or .jsonl files in this folder")
        for found in files:
            yield from _read_file(str(found))
        return
    if not location.exists():
        yield InputProblem(path=path, message="no such file or folder")
        return
    yield from _read_file(path)


def _read_file(path: str) -> Iterator[Document | InputProblem]:
    try:
        if path.lower().endswith(".jsonl"):
            with open(path, "rb") as stream:
                yield from _json_lines(path, stream, 1)
            return
        with open(path, "rb") as stream:
            raw = stream.read()
        yield _document(path, path, _decode(raw), None, markdown=path.lower().endswith(".md"))
    except _Unusable as error:
        yield InputProblem(path=path, message=str(error))
    except OSError as error:
        yield InputProblem(path=path, message=f"cannot read: {error.strerror or error}")


def _read_stdin(stream: IO[bytes]) -> Iterator[Document | InputProblem]:
    """JSON Lines when the first non-blank character is ``{``, else one plain-text article."""
    skipped: list[bytes] = []
    for raw in stream:
        if raw.strip(b" \t\r\n\xef\xbb\xbf"):
            if raw.lstrip(b" \t\xef\xbb\xbf").startswith(b"{"):
                yield from _json_lines(STDIN, _chain([raw], stream), len(skipped) + 1)
                return
            skipped.append(raw)
            break
        skipped.append(raw)
    try:
        yield _document(STDIN, STDIN, _decode(b"".join(skipped) + stream.read()), None)
    except _Unusable as error:
        yield InputProblem(path=STDIN, message=str(error))


def _chain(first: Iterable[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    yield from first
    yield from rest


def _decode(raw: bytes) -> str:
    """UTF-8 text without its byte order mark; ``_Unusable`` for binary or other encodings."""
    if b"\x00" in raw[:_BINARY_PROBE]:
        raise _Unusable("not a text file (it holds NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Unusable(f"not UTF-8 text (byte {raw[error.start]:#04x} at offset "
                        f"{error.start})") from None


def _document(doc_id: str, path: str, text: str, line: int | None,
              markdown: bool = False) -> Document:
    metadata: dict[str, Any] = {}
    if markdown:
        text, metadata = _front_matter(text)
    if not text.strip():
        raise _Unusable("the text is empty")
    return Document(id=doc_id, text=text, path=path, line=line, **metadata)


def _front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """Metadata from YAML front matter, and the text with the front matter blanked."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, {}
    try:
        data = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" on line {mark.line + 2}" if mark is not None else ""
        raise _Unusable(f"front matter is not valid YAML{where}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise _Unusable("front matter must be a mapping of keys to values")
    blanked = re.sub(r"[^\r\n]", " ", match.group(0))
    return blanked + text[match.end():], _metadata(data)


def _metadata(record: dict[str, Any]) -> dict[str, Any]:
    """The known metadata keys of a record, checked; other keys are ignored."""
    found: dict[str, Any] = {}
    for key in _METADATA:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise _Unusable(f"{key!r} must be a string")
        found[key] = value
    published = record.get("published")
    if published is not None:
        found["published"] = _date(published)
    return found


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise _Unusable("'published' must be a date string such as 2020-08-16")
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dateparser.parse(value).date()
    except (ValueError, OverflowError):
        raise _Unusable(f"'published' is not a date: {value!r}") from None


def _json_lines(path: str, lines: Iterable[bytes], first: int) -> Iterator[
    Document | InputProblem
]:
    """One document per non-blank line; a line that cannot be used is a problem."""
    for number, raw in enumerate(lines, start=first):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        try:
            yield _record(path, number, raw)
        except _Unusable as error:
            yield InputProblem(path=path, line=number, message=str(error))


def _record(path: str, number: int, raw: bytes) -> Document:
    if b"\x00" in raw:
        raise _Unusable("not text (the line holds NUL bytes)")
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise _Unusable(f"not UTF-8 text (byte {raw[error.start]:#04x} at column "
                        f"{error.start + 1})") from None
    except json.JSONDecodeError as error:
        raise _Unusable(f"not valid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(record, dict):
        raise _Unusable("a line must hold a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise _Unusable("no string 'text' in this record")
    raw_id = record.get("id")
    if raw_id is None:
        doc_id = f"{path}:{number}"
    elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id):
        doc_id = str(raw_id)
    else:
        raise _Unusable("'id' must be a non-empty string or a number")
    if not text.strip():
        raise _Unusable(f"the text of {doc_id!r} is empty")
    return Document(id=doc_id, text=text, path=path, line=number, **_metadata(record))
