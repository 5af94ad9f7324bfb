"""JSON Lines output: one self-contained discrepancy a line."""

from __future__ import annotations

import json

from report_samples import corpus_report, seed_report

from reconcile.model import Report
from reconcile.report.jsonl import render


def _rows(report: Report) -> list[dict]:
    text = render(report)
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_one_line_per_discrepancy_with_claims_inline() -> None:
    rows = _rows(corpus_report())
    assert [row["severity"] for row in rows] == ["error", "warning", "info"]
    seed = rows[0]
    assert seed["subject"] == "crowd-size"
    assert seed["event"] == "pro-Lukashenko rally, Minsk"
    assert seed["ratio"] == 13.0
    assert len(seed["fingerprint"]) == 64
    reuters, ministry = seed["claims"]
    assert reuters["text"] == "Around 5,000 people"
    assert (reuters["value"], reuters["low"], reuters["high"]) == (5000, 4500, 5500)
    assert reuters["source"] == {"name": "Reuters", "kind": "media", "cue": "estimated",
                                 "explicit": True}
    assert ministry["sentence"] == "The Belarusian Interior Ministry put the number at 65,000."
    assert (ministry["line"], ministry["record_line"], ministry["path"]) == (
        5, None, "seeds/belarus.txt")


def test_json_lines_articles_carry_their_record_line() -> None:
    wire = _rows(corpus_report())[2]
    company = wire["claims"][0]
    assert company["path"] == "corpus/news.jsonl"
    assert company["record_line"] == 7
    assert (company["line"], company["column"], company["end_column"]) == (1, 32, 44)


def test_text_with_markup_and_quotes_round_trips() -> None:
    hostile = _rows(corpus_report())[1]
    assert hostile["reason"] == 'Police say 300 <script>alert("r")</script>, organisers 1,200'
    assert hostile["claims"][1]["source"]["name"] == "Organisers <i>"


def test_nothing_to_report_is_an_empty_file() -> None:
    report = seed_report().model_copy(update={"discrepancies": []})
    assert render(report) == ""
