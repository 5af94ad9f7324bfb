"""The table report: most severe first, each figure's words, source and marked sentence."""

from __future__ import annotations

from datetime import date

from golden import assert_golden, sample_report

from reconcile.model import Document, Report
from reconcile.pipeline import check
from reconcile.report import render
from reconcile.report.table import claims_table
from reconcile.ruleset import load_ruleset


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


def test_a_percent_sign_written_on_to_the_number_is_marked_with_it() -> None:
    """BBC: "about »5%«" and "closer to »15%«", never "»5«%"."""
    text = ("According to market statistics gathered by Websidestory, Firefox's market share "
            "is now about 5% of all users. However, other browser stat gatherers say the "
            "figure is closer to 15%.")
    report = check([Document(id="ff", path="ff", text=text, title="Firefox share",
                             published=date(2004, 11, 30))], load_ruleset())
    table = render(report, "table")
    assert "is now about »5%« of all users." in table
    assert "is closer to »15%«." in table
    assert "«%" not in table
