"""The Markdown report: a heading per discrepancy, a pipe table, quoted sentences."""

from __future__ import annotations

from golden import assert_golden, sample_report

from reconcile.report import render
from reconcile.report.markdown import escape


def test_sample_matches_golden() -> None:
    assert_golden("sample.markdown.md", render(sample_report(), "markdown"))


def test_headings_tables_and_quotes() -> None:
    text = render(sample_report(), "markdown")
    assert text.startswith("## reconcile: 2 discrepancies\n")
    assert text.index("### 🔴 error: crowd-size") < text.index("### 🔵 info: vote-share")
    assert "| Around 5,000 people | \\~5,000 people | Reuters (media)" in text
    assert "> The Belarusian Interior Ministry put the number at **65,000**." in text


def test_escape_keeps_cells_and_quotes_literal() -> None:
    assert escape("a | b *c* _d_ `e` ~f <g>") == "a \\| b \\*c\\* \\_d\\_ \\`e\\` \\~f &lt;g>"
    text = render(sample_report(), "markdown")
    assert "ordering \\| pipes" in text
