"""End to end on the seed article: the acceptance criteria of the whole pipeline.

``reconcile check seeds/`` must report the pro-Lukashenko rally first and at the highest
severity (about 5,000 by Reuters against 65,000 by the Belarusian Interior Ministry, with
their words), must not merge the opposition march with that rally, must credit "just over
80 percent" to the official results, and must not read ages, dates or years as figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from golden import assert_golden
from typer.testing import CliRunner

from reconcile import cli
from reconcile.model import SEVERITY_ORDER
from reconcile.pipeline import check
from reconcile.read import read_inputs
from reconcile.report import render
from reconcile.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
SEEDS = "seeds"
SEED_FILE = "000_b53cec8373aa6d43.txt"


@pytest.fixture(scope="module")
def seed_json() -> dict[str, Any]:
    """``reconcile check seeds --format json`` run from the repository root, as a user would."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        result = CliRunner().invoke(cli.app, ["check", SEEDS, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def claims_by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {claim["id"]: claim for claim in data["claims"]}


def rally(data: dict[str, Any]) -> dict[str, Any]:
    return data["discrepancies"][0]


def test_rally_conflict_is_first_and_most_severe(seed_json: dict[str, Any]) -> None:
    assert seed_json["discrepancies"], "no discrepancy reported for the seed"
    first = rally(seed_json)
    top = max(SEVERITY_ORDER[d["severity"]] for d in seed_json["discrepancies"])
    assert SEVERITY_ORDER[first["severity"]] == top
    assert first["severity"] == "error"
    claims = claims_by_id(seed_json)
    figures = {claims[c]["text"]: claims[c] for c in first["claims"]}
    reuters = next(c for text, c in figures.items() if "5,000" in text and "65,000" not in text)
    ministry = next(c for text, c in figures.items() if "65,000" in text)
    assert reuters["approx"] is True and reuters["value"] == 5000
    assert reuters["source"]["name"] == "Reuters" and reuters["source"]["cue"] == "estimated"
    assert ministry["value"] == 65000
    assert "Interior Ministry" in ministry["source"]["name"]
    assert ministry["source"]["cue"] == "put the number at"
    assert first["ratio"] == pytest.approx(13, rel=0.01)


def test_opposition_march_is_not_grouped_with_the_rally(seed_json: dict[str, Any]) -> None:
    claims = claims_by_id(seed_json)
    rally_texts = " | ".join(claims[c]["text"] for c in rally(seed_json)["claims"])
    assert "100,000" not in rally_texts
    assert "tens of thousands" not in rally_texts.lower()
    for discrepancy in seed_json["discrepancies"]:
        texts = [claims[c]["text"] for c in discrepancy["claims"]]
        assert not (any("65,000" in t for t in texts) and any("100,000" in t for t in texts))


def test_vote_share_is_claimed_by_the_official_results(seed_json: dict[str, Any]) -> None:
    (share,) = [c for c in seed_json["claims"] if "80 percent" in c["text"]]
    assert "just over" in share["text"]
    assert share["low"] == 80 and share["high"] is None
    assert share["source"]["name"].lower() == "official results"


def test_no_age_date_or_year_is_a_figure(seed_json: dict[str, Any]) -> None:
    text = (ROOT / SEEDS / SEED_FILE).read_text("utf-8")
    not_figures = [
        text.index("68", text.index("Alla Georgievna")),  # an age
        text.index("31-year-old"),  # an age
        text.index("16, 2020"),  # a date
        text.index("2020"),  # a year
    ]
    numbers = [(c["start"], c["end"]) for c in seed_json["claims"]]
    for offset in not_figures:
        assert not any(start <= offset < end for start, end in numbers), text[offset:offset + 12]
    assert not any(re.fullmatch(r"(19|20)\d\d", c["text"]) for c in seed_json["claims"])


def test_table_opens_with_the_rally_and_its_sentences() -> None:
    result = CliRunner().invoke(cli.app, ["check", str(ROOT / SEEDS)])
    assert result.exit_code == 0, result.output
    first_section = result.stdout.split("\n2. ")[0]
    assert first_section.startswith("1. [ERROR] ")
    assert "Around »5,000« people attended the pro-Lukashenko protest" in first_section
    assert "The Belarusian Interior Ministry put the number at »65,000«." in first_section


def test_fail_on_error_exits_one_on_the_seed() -> None:
    result = CliRunner().invoke(cli.app, ["check", str(ROOT / SEEDS), "--fail-on", "error",
                                          "--quiet"])
    assert result.exit_code == 1


@pytest.mark.parametrize("name", ["table", "json", "markdown"])
def test_seed_report_matches_golden(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    report = check(read_inputs([SEEDS]), load_ruleset())
    golden = {"table": "seed.table.txt", "json": "seed.json", "markdown": "seed.md"}[name]
    assert_golden(golden, render(report, name))


def test_output_is_identical_for_any_number_of_jobs(tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text((ROOT / SEEDS / SEED_FILE).read_text("utf-8"), "utf-8")
    paths = [str(ROOT / SEEDS), str(second)]
    rules = load_ruleset()
    one = render(check(read_inputs(paths), rules), "json")
    assert one == render(check(read_inputs(paths), rules, jobs=2), "json")
    assert len(json.loads(one)["documents"]) == 2
