"""One self-contained HTML file for an editor: a card per discrepancy, filters, no network.

Everything that came from an article or a rule (text, sources, events, reasons, titles,
URLs) is escaped, because a corpus is untrusted input: an article holding ``<script>`` must
show as words. A Content-Security-Policy allows only this file's own script (by hash) and
no network at all, as a second wall. Links to articles use the document's URL only when it
is http(s); otherwise the file path, as a ``file:`` link.

``report.reviewed`` (or the ``reviewed`` argument, which may also be keyed by fingerprint,
which survives edits) maps a discrepancy to the reviewer's reason: those cards are greyed,
show the reason, and can be hidden.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from reconcile.fingerprint import fingerprint
from reconcile.locate import relative_path
from reconcile.model import SEVERITY_ORDER, Claim, Discrepancy, Document, Report
from reconcile.report.html_assets import SCRIPT, STYLE
from reconcile.report.text import (
    Lookup,
    format_ratio,
    format_value,
    marked_span,
    one_line,
    ordered_discrepancies,
    summary_lines,
)

_SEVERITIES = sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.__getitem__, reverse=True)


def marked_sentence_html(text: str, claim: Claim) -> str:
    """The claim's sentence, escaped, with its number in ``<mark>``."""
    # The "|" guards keep the space next to the number when runs of white space are folded.
    start, mark_start, mark_end, end = marked_span(text, claim)
    before = one_line(text[start:mark_start] + "|")[:-1]
    after = one_line("|" + text[mark_end:end])[1:]
    number = text[mark_start:mark_end]
    return f"{escape(before)}<mark>{escape(number)}</mark>{escape(after)}"


def article_link(document: Document) -> str:
    """A link to the article: its http(s) URL, else its file; never another scheme."""
    label = escape(document.title or relative_path(document.path))
    if document.url and urlsplit(document.url).scheme in ("http", "https"):
        return f'<a href="{escape(document.url)}">{label}</a>'
    target = Path(document.path).resolve().as_uri()
    return f'<a href="{escape(target)}">{label}</a>'


def _figure(lookup: Lookup, claim: Claim) -> str:
    document = lookup.document(claim)
    where = lookup.locate(claim)
    source = claim.source
    cue = f", “{escape(source.cue)}”" if source.cue else ""
    explicit = "" if source.explicit else ", unattributed"
    place = f"{relative_path(where.path)}:{where.file_line}"
    if where.in_file:
        place += f":{where.start_column}"
    return (
        '<section class="figure">'
        f'<h3>{escape(source.name)} <span class="kind">({escape(source.kind)}{cue}{explicit})'
        "</span></h3>"
        f'<p class="amount">{escape(format_value(claim))} '
        f'<span class="kind">{escape(claim.figure.kind)}</span></p>'
        f"<blockquote>{marked_sentence_html(document.text, claim)}</blockquote>"
        f'<p class="where">{article_link(document)} · {escape(place)}</p>'
        "</section>"
    )


def _card(lookup: Lookup, discrepancy: Discrepancy, index: int, review: str | None) -> str:
    claims = lookup.claims_of(discrepancy)
    sources = sorted({claim.source.name for claim in claims})
    classes = f"card {discrepancy.severity}" + (" reviewed" if review is not None else "")
    attributes = (
        f'id="d{index}" class="{classes}" data-severity="{discrepancy.severity}" '
        f'data-subject="{escape(discrepancy.subject)}" '
        f'data-sources="{escape(json.dumps(sources))}" '
        f'data-reviewed="{"true" if review is not None else "false"}"'
    )
    return (
        f"<article {attributes}>"
        f'<h2><span class="badge">{discrepancy.severity}</span>{escape(discrepancy.subject)}'
        "</h2>"
        '<p class="facts">'
        f"<span>Event: {escape(discrepancy.event or 'unknown')}</span>"
        f"<span>Ratio: {escape(format_ratio(discrepancy.ratio))}</span>"
        f"<span>{len(claims)} figures, {len(sources)} sources</span></p>"
        f'<p class="reason">{escape(discrepancy.reason)}</p>'
        f'<p class="review">Reviewed: {escape(review or "")}</p>'
        f'<div class="figures">{"".join(_figure(lookup, claim) for claim in claims)}</div>'
        "</article>"
    )


def _options(name: str, label: str, values: list[str]) -> str:
    options = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
    return (
        f'<label>{label} <select name="{name}"><option value="">all</option>{options}'
        "</select></label>"
    )


def _filters(report: Report, lookup: Lookup) -> str:
    counts = {severity: 0 for severity in _SEVERITIES}
    for discrepancy in report.discrepancies:
        counts[discrepancy.severity] += 1
    boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{severity}" checked> '
        f"{severity} ({counts[severity]})</label> "
        for severity in _SEVERITIES
    )
    subjects = sorted({discrepancy.subject for discrepancy in report.discrepancies})
    sources = sorted(
        {claim.source.name for d in report.discrepancies for claim in lookup.claims(d.claims)}
    )
    return (
        '<form id="filters">'
        f"<fieldset><legend>Severity</legend>{boxes}</fieldset>"
        f"{_options('subject', 'Subject', subjects)}{_options('source', 'Source', sources)}"
        '<label><input type="checkbox" name="reviewed" checked> show reviewed</label>'
        '<output id="shown"></output></form>'
    )


def _review_of(discrepancy: Discrepancy, lookup: Lookup, reviewed: Mapping[str, str]) -> str | None:
    if discrepancy.id in reviewed:
        return reviewed[discrepancy.id]
    return reviewed.get(fingerprint(discrepancy, lookup.claims(discrepancy.claims)))


def render(report: Report, reviewed: Mapping[str, str] | None = None) -> str:
    """The report as one HTML page; reviewed discrepancies are greyed, with their reason."""
    reviewed = {**report.reviewed, **(reviewed or {})}
    lookup = Lookup(report)
    cards = [
        _card(lookup, discrepancy, index, _review_of(discrepancy, lookup, reviewed))
        for index, discrepancy in enumerate(ordered_discrepancies(report.discrepancies))
    ]
    summary = "".join(f'<p class="summary">{escape(line)}</p>' for line in summary_lines(report))
    problems = "".join(f"<li>{escape(str(problem))}</li>" for problem in report.problems)
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode()
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; img-src data:; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>reconcile: {len(cards)} discrepancies</title><style>{STYLE}</style></head>"
        f"<body><header><h1>reconcile report</h1>{summary}</header>"
        f"{_filters(report, lookup)}<main>{''.join(cards)}</main>"
        + (f'<section id="problems"><h2>Inputs skipped</h2><ul>{problems}</ul></section>'
           if problems else "")
        + f"<script>{SCRIPT}</script></body></html>\n"
    )
