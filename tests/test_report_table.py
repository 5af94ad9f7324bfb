"""The table report: most severe first, each figure's words, source and marked sentence."""

from __future__ import annotations

from golden import assert_golden, sample_report

from reconcile.model import Report
from reconcile.report import render
from reconcile.report.table import claims_table


def test_sample_matches_golden() -> None:
    assert_golden("sample.table.txt", render(sample_report(), "table"))


def test_most_severe_discrepancy_comes_first_with_its_figures_and_sources() -> None:
    text = render(sample_report(), "table")
    first, second = text.index("[ERROR]"), text.index("[INFO]")
    assert first < second
    section = text[first:second]
    assert "13× apart" in section
    assert "Around 5,000 people" in section and "~5,000 people" in section
    assert "Reuters (media)" in section and "estimated" in section
    assert "Belarusian Interior Ministry (official)" in section and "put the number at" in section
    assert "The Belarusian Interior Ministry put the number at »65,000«." in section


def test_summary_names_the_vague_convention_and_counts() -> None:
    text = render(sample_report(), "table")
    assert "1 document, 4 claims, 2 discrepancies (1 error, 0 warning, 1 info)" in text
    assert "vague magnitudes read by the convention 'acled'" in text
    assert "1 input problem (skipped)" in text


def test_report_without_discrepancies_says_so() -> None:
    empty = Report(documents=[], claims=[], discrepancies=[])
    assert render(empty, "table").startswith("No discrepancies found.\n")


def test_claims_table_lists_every_claim_with_subject_and_event() -> None:
    rows = claims_table(sample_report()).splitlines()[2:]
    assert len(rows) == 4
    assert "upward of 100,000 people" in rows[2] and "opposition march, Minsk" in rows[2]
    assert "≥80 percent" in rows[3] and "official results (results)" in rows[3]
