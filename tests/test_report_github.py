"""GitHub Actions annotations: one command line per discrepancy, safely escaped."""

from __future__ import annotations

import re

from report_samples import corpus_report, seed_report

from reconcile.report.github import escape_data, escape_property, render

COMMAND = re.compile(r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:]*,?)+)::(.*)$")


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    properties = dict(item.split("=", 1) for item in match.group(2).split(","))
    return match.group(1), properties, match.group(3)


def test_seed_discrepancy_is_an_error_at_the_first_figure() -> None:
    (line,) = render(seed_report()).splitlines()
    command, properties, message = _parse(line)
    assert command == "error"
    assert properties == {"file": "seeds/belarus.txt", "line": "5", "endLine": "5", "col": "1",
                          "endColumn": "20", "title": "reconcile crowd-size"}
    reason, reuters, ministry = message.split("%0A")
    assert reason.startswith("Reuters says ~5,000")  # commas are escaped in properties only
    assert reuters.startswith("- Reuters (media") and reuters.endswith("[seeds/belarus.txt:5]")
    assert "65,000" in ministry


def test_severities_and_json_lines_records() -> None:
    lines = render(corpus_report()).splitlines()
    commands = [_parse(line)[0] for line in lines]
    assert commands == ["error", "warning", "notice", "error"]
    _, wire, _ = _parse(lines[2])
    assert wire == {"file": "corpus/news.jsonl", "line": "7", "title": "reconcile sales-volume"}
    _, problem, message = _parse(lines[3])
    assert problem["line"] == "9" and message == "not JSON: <eof>"


def test_escaping_follows_the_workflow_command_rules() -> None:
    assert escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_article_text_cannot_forge_a_second_command() -> None:
    report = seed_report()
    forged = report.discrepancies[0].model_copy(
        update={"reason": "13× apart\n::error file=x.py::forged"})
    text = render(report.model_copy(update={"discrepancies": [forged]}))
    assert len(text.splitlines()) == 1
    assert "%0A::error file=x.py::forged" in text
