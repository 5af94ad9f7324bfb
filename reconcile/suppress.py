"""Inline suppressions: an editor silences a rule in the article itself.

In a Markdown or HTML article (any text, in fact) a comment

    <!-- reconcile: ignore -->                     every rule
    <!-- reconcile: ignore crowd-size -->          one rule
    <!-- reconcile: ignore crowd-size, vote-share -->

applies to:

- the **whole document** when nothing but whitespace, other comments and markup tags comes
  before it (front matter counts as whitespace: the reader blanks it);
- otherwise the **next paragraph**: from the end of the comment to the end of the first
  paragraph with text after it. A paragraph ends at a blank line or at a closing block tag
  (``</p>``, ``</li>``, ``</h2>``, ...). Comments stacked on the lines above one paragraph
  all apply to it; a comment in the middle of a paragraph covers the rest of it.

A discrepancy is suppressed when any of its figures lies inside a suppression of its rule:
the editor who marks one figure has seen that it disagrees. A comment that starts with
``reconcile:`` but does not read as above is reported, never silently ignored, and so is a
suppression that silenced nothing (under ``--warn-unused-suppressions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from reconcile.model import Discrepancy, Document, Report

_COMMENT = re.compile(r"<!--\s*reconcile:(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(r"\s*ignore(?:\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*))?\s*")
# One whitespace character an alternative (not ``\s+``), so a failing match cannot backtrack
# through every way of splitting a long run of spaces.
_PREAMBLE = re.compile(r"(?:\s|<!--.*?-->|<[^<>]*>)*", re.DOTALL)
_GAP = re.compile(r"(?:\s|<!--.*?-->)*", re.DOTALL)
_PARAGRAPH_END = re.compile(
    r"\n[ \t]*\r?\n|</(?:p|li|h[1-6]|blockquote|td|th|dd|dt|figcaption|pre|div)\s*>",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Suppression:
    """One comment: the rules it names (empty = all) and the text span it covers."""

    document: str
    rules: frozenset[str]
    start: int
    end: int
    where: str

    def covers(self, rule: str, start: int, end: int) -> bool:
        """True when a figure of ``rule`` at ``start:end`` falls under this comment."""
        return (not self.rules or rule in self.rules) and self.start <= start and end <= self.end


class SuppressionResult(NamedTuple):
    """Discrepancies kept, ids suppressed, and ``path:line: ...`` notices."""

    kept: list[Discrepancy]
    suppressed: list[str]
    unused: list[str]
    malformed: list[str]


def _where(document: Document, offset: int) -> str:
    """``path:line`` of an offset; a JSON Lines article names its record and article id."""
    if document.line is not None:
        return f"{document.path}:{document.line} (article {document.id})"
    return f"{document.path}:{document.text.count(chr(10), 0, offset) + 1}"


def _scope_end(text: str, after: int) -> int:
    """End of the first paragraph with text after offset ``after``."""
    body = _GAP.match(text, after).end()
    found = _PARAGRAPH_END.search(text, body)
    return found.end() if found else len(text)


def find_suppressions(document: Document) -> tuple[list[Suppression], list[str]]:
    """The suppressions written in one document, and notices for comments not understood."""
    text = document.text
    if "reconcile:" not in text:
        return [], []
    found: list[Suppression] = []
    malformed: list[str] = []
    for comment in _COMMENT.finditer(text):
        directive = _DIRECTIVE.fullmatch(comment.group(1))
        where = _where(document, comment.start())
        if directive is None:
            malformed.append(f"{where}: not understood: {comment.group(0)!r}; write "
                             "<!-- reconcile: ignore [RULE, ...] -->")
            continue
        named = directive.group(1)
        rules = frozenset(re.split(r"\s*,\s*", named)) if named else frozenset()
        at_top = _PREAMBLE.fullmatch(text, 0, comment.start()) is not None
        start, end = (0, len(text)) if at_top else (comment.end(), _scope_end(text, comment.end()))
        found.append(Suppression(document.id, rules, start, end, where))
    return found, malformed


def suppressed(report: Report) -> SuppressionResult:
    """Drop the discrepancies an inline comment silences; report unused and bad comments."""
    by_document: dict[str, list[Suppression]] = {}
    malformed: list[str] = []
    for document in report.documents:
        found, bad = find_suppressions(document)
        if found:
            by_document[document.id] = found
        malformed += bad
    claims = {claim.id: claim for claim in report.claims}
    used: set[Suppression] = set()
    kept: list[Discrepancy] = []
    silenced: list[str] = []
    for item in report.discrepancies:
        matching = {
            suppression
            for claim in (claims[claim_id] for claim_id in item.claims)
            for suppression in by_document.get(claim.document, ())
            if suppression.covers(item.subject, claim.figure.start, claim.figure.end)
        }
        used |= matching
        if matching:
            silenced.append(item.id)
        else:
            kept.append(item)
    unused = [
        f"{suppression.where}: unused suppression: it silenced nothing"
        for found in by_document.values() for suppression in found if suppression not in used
    ]
    return SuppressionResult(kept, silenced, unused, malformed)
