"""Offsets become the 1-based lines and columns editors open, in files and in JSON Lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from report_samples import SEED_TEXT, corpus_report, seed_report

from reconcile.locate import ClaimLocator, LineIndex, claim_label, interval_text, relative_path


def test_positions_count_lines_and_columns_from_one() -> None:
    index = LineIndex("Minsk\nAround 5,000 people\n")
    assert index.position(0) == (1, 1)
    assert index.position(5) == (1, 6)  # the newline itself ends line 1
    assert index.position(6) == (2, 1)
    assert index.position(13) == (2, 8)
    assert index.position(len("Minsk\nAround 5,000 people\n")) == (3, 1)


def test_offsets_outside_the_text_are_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        LineIndex("abc").position(4)


@given(st.text(alphabet="ab\n\r é", max_size=60), st.data())
def test_position_agrees_with_counting_newlines(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    line, column = LineIndex(text).position(offset)
    assert line == text.count("\n", 0, offset) + 1
    assert column == offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_seed_figure_is_found_on_its_line() -> None:
    report = seed_report()
    locator = ClaimLocator(report)
    ministry = locator.claim(report.discrepancies[0].claims[1])
    where = locator.locate(ministry)
    line_text = SEED_TEXT.splitlines()[where.start_line - 1]
    assert line_text[where.start_column - 1 : where.end_column - 1] == "65,000"
    assert (where.in_file, where.file_line, where.length) == (True, 5, 6)
    sentence = "The Belarusian Interior Ministry put the number at 65,000."
    assert locator.sentence(ministry) == sentence


def test_json_lines_article_keeps_its_record_line_apart() -> None:
    report = corpus_report()
    locator = ClaimLocator(report)
    company = locator.claim("wire-7:31")
    where = locator.locate(company)
    assert not where.in_file
    assert where.file_line == 7  # the record's line in corpus/news.jsonl
    assert (where.start_line, where.start_column) == (1, 32)  # inside the article text


def test_paths_under_the_working_directory_become_relative(tmp_path: Path) -> None:
    inside = tmp_path / "seeds" / "a.txt"
    assert relative_path(str(inside), root=tmp_path) == "seeds/a.txt"
    assert relative_path("/elsewhere/b.txt", root=tmp_path) == "/elsewhere/b.txt"


def test_labels_name_the_source_and_the_interval() -> None:
    report = seed_report()
    reuters, ministry = report.claims
    assert claim_label(reuters) == 'Reuters (media, "estimated"): ~5,000 (4,500–5,500) people'
    assert interval_text(ministry) == "65,000"
