"""The CI and editor workflows end to end: real articles through the real pipeline.

Each test writes articles into its own folder and runs ``reconcile check`` there, so no
config file of the checkout applies. The disagreeing article is a shipped rule's must-fire
example that the pipeline currently reports (the stages are still being tuned, so no test
here fixes which discrepancy is found — only what the command line does with it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from reconcile import cli
from reconcile.config import ENV_VAR, REVIEW_FILE_NAME
from reconcile.report import FORMATS
from reconcile.ruleset import load_ruleset

runner = CliRunner()


@dataclass(frozen=True)
class Example:
    """A shipped rule example as an article: its rule, text and date."""

    rule: str
    text: str
    published: date | None

    def markdown(self, text: str | None = None, above: str = "") -> str:
        """The example as a Markdown article with front matter (its date) and a lead-in."""
        front = f"---\npublished: {self.published}\n---\n" if self.published else ""
        return f"{front}{above}{text or self.text}\n"


def _examples(expect: str, outcome: str) -> Iterator[Example]:
    ruleset = load_ruleset()
    for rule in ruleset.subjects:
        for index, example in enumerate(rule.examples, start=1):
            if (example.expect == expect and not example.todo
                    and cli.run_example(ruleset, rule, index).outcome == outcome):
                yield Example(rule.id, " ".join(example.text.split()), example.published)


def _first(expect: str, outcome: str) -> Example:
    found = next(_examples(expect, outcome), None)
    if found is None:
        pytest.skip(f"no shipped {expect!r} example gives {outcome!r} at present")
    return found


@pytest.fixture(scope="module")
def conflict() -> Example:
    """A must-fire example the pipeline reports as a conflict today."""
    return _first("conflict", "conflict")


@pytest.fixture(scope="module")
def quiet_article() -> Example:
    """A must-not-fire example with nothing to report."""
    return _first("none", "none")


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder with no config file in reach and no RECONCILE_CONFIG."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV_VAR, raising=False)
    (tmp_path / "articles").mkdir()
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> Result:
    return runner.invoke(cli.app, ["check", *args])


def report_json(*args: str) -> dict[str, Any]:
    result = run("articles", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def one_error_line(result: Result) -> str:
    """The single stderr line of a failed run (exit 2), checked to be one line."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line]
    assert len(lines) == 1, result.stderr
    return lines[0]


# Exit codes ---------------------------------------------------------------------------

def test_exit_codes_clean_findings_threshold_and_rollout(desk: Path, conflict: Example,
                                                         quiet_article: Example) -> None:
    write(desk / "articles" / "calm.md", quiet_article.markdown())
    assert run("articles", "--fail-on", "info").exit_code == 0
    write(desk / "articles" / "dispute.md", conflict.markdown())
    assert run("articles").exit_code == 0, "fail-on is off unless asked"
    assert run("articles", "--fail-on", "info").exit_code == 1
    assert run("articles", "--fail-on", "info", "--exit-zero").exit_code == 0


def test_min_level_hides_but_never_changes_the_exit_code(desk: Path, conflict: Example) -> None:
    write(desk / "articles" / "dispute.md", conflict.markdown())
    severity = report_json()["discrepancies"][0]["severity"]
    threshold = ["--fail-on", severity]
    shown = run("articles", *threshold)
    hidden = run("articles", *threshold, "--min-level", "error", "--format", "json")
    assert shown.exit_code == hidden.exit_code == 1
    if severity != "error":
        assert json.loads(hidden.stdout)["discrepancies"] == []


def test_unusable_input_outranks_findings_and_the_report_is_still_written(
    desk: Path, conflict: Example
) -> None:
    write(desk / "articles" / "dispute.md", conflict.markdown())
    write(desk / "articles" / "wire.jsonl", '{"id": "w1", "text": "x"}\n{not json\n')
    result = run("articles", "--fail-on", "info", "--output", "out.json", "--format", "json")
    assert result.exit_code == 2
    assert re.search(r"wire\.jsonl:2: ", result.stderr)
    data = json.loads((desk / "out.json").read_text("utf-8"))
    assert data["discrepancies"] and data["summary"]["problems"] == 1
    assert data["problems"][0]["line"] == 2


# Formats ------------------------------------------------------------------------------

def test_every_format_is_byte_stable_across_runs_and_jobs(desk: Path, conflict: Example) -> None:
    write(desk / "articles" / "dispute.md", conflict.markdown())
    write(desk / "articles" / "again.md", conflict.markdown(above="Earlier today:\n\n"))
    outputs: dict[str, list[bytes]] = {name: [] for name in FORMATS}
    for attempt, jobs in enumerate(("1", "1", "2")):
        folder = desk / f"run{attempt}"
        folder.mkdir()
        specs = [arg for name in FORMATS for arg in ("--report", f"{name}:{folder}/r.{name}")]
        result = run("articles", "--jobs", jobs, "--quiet", *specs)
        assert result.exit_code == 0 and result.stdout == "", result.output
        for name in FORMATS:
            outputs[name].append((folder / f"r.{name}").read_bytes())
    for name, texts in outputs.items():
        assert texts[0], f"{name} report is empty"
        assert texts[0] == texts[1] == texts[2], f"{name} differs between runs or --jobs"


def test_output_and_reports_write_several_formats_in_one_run(desk: Path,
                                                             conflict: Example) -> None:
    write(desk / "articles" / "dispute.md", conflict.markdown())
    result = run("articles", "--format", "json", "--output", "r.json",
                 "--report", "markdown:r.md", "--report", "junit:r.xml")
    assert result.exit_code == 0 and result.stdout == ""
    data = json.loads((desk / "r.json").read_text("utf-8"))
    assert data["version"] == 1 and data["tool"]["name"] == "reconcile"
    claim = data["claims"][0]
    assert claim["line"] >= 1 and claim["column"] >= 1
    assert (desk / "r.md").read_text("utf-8").startswith("## reconcile: ")
    assert "<testsuites" in (desk / "r.xml").read_text("utf-8")


@pytest.mark.parametrize(("spec", "message"), [
    ("xml:r.xml", "'xml' is not one of"),
    ("json", "write it FORMAT:PATH"),
    ("json:no/such/folder/r.json", "cannot write"),
])
def test_bad_report_target_is_one_line_exit_two(desk: Path, spec: str, message: str) -> None:
    assert message in one_error_line(run("articles", "--report", spec))
    as_json = run("articles", "--report", spec, "--format", "json")
    assert message in json.loads(as_json.stdout)["errors"][0]["message"]


# Baselines ----------------------------------------------------------------------------

def _bump_largest_number(text: str) -> str:
    """The text with its largest plain number raised by half, so one figure changes."""
    numbers = list(re.finditer(r"\d[\d,]*(?:\.\d+)?", text))
    largest = max(numbers, key=lambda m: float(m.group().replace(",", "")))
    raised = float(largest.group().replace(",", "")) * 1.5
    return text[: largest.start()] + f"{raised:,.0f}" + text[largest.end():]


def test_baseline_round_trip(desk: Path, conflict: Example) -> None:
    article = write(desk / "articles" / "dispute.md", conflict.markdown())
    first = run("articles", "--write-baseline", "baseline.json", "--fail-on", "info")
    assert first.exit_code == 1
    accepted = len(json.loads((desk / "baseline.json").read_text("utf-8"))["discrepancies"])
    assert accepted >= 1

    write(article, conflict.markdown(above="Updated with reaction.\n\n"))
    edited = run("articles", "--baseline", "baseline.json", "--fail-on", "info")
    assert edited.exit_code == 0, "an edit elsewhere in the article is no new finding"
    assert f"baseline: 0 new, {accepted} unchanged" in edited.stdout
    summary = report_json("--baseline", "baseline.json")["summary"]
    assert summary["baseline"] == {"new": 0, "unchanged": accepted, "gone": 0}

    write(article, conflict.markdown(_bump_largest_number(conflict.text)))
    changed = report_json("--baseline", "baseline.json")
    assert changed["summary"]["baseline"]["new"] == 1
    assert len(changed["discrepancies"]) == 1
    assert run("articles", "--baseline", "baseline.json", "--fail-on", "info").exit_code == 1


def test_baseline_counts_what_went_away(desk: Path, conflict: Example,
                                        quiet_article: Example) -> None:
    article = write(desk / "articles" / "dispute.md", conflict.markdown())
    assert run("articles", "--write-baseline", "baseline.json").exit_code == 0
    write(article, quiet_article.markdown())
    summary = report_json("--baseline", "baseline.json")["summary"]["baseline"]
    assert summary["new"] == 0 and summary["gone"] >= 1


def test_baseline_from_a_newer_schema_is_file_line_exit_two(desk: Path) -> None:
    write(desk / "baseline.json", '{\n  "schema_version": 99,\n  "discrepancies": []\n}\n')
    line = one_error_line(run("articles", "--baseline", "baseline.json"))
    assert line.startswith("reconcile: error: baseline.json:2: schema_version 99 is newer")


# Reviews and inline suppressions ------------------------------------------------------

def _review_file(desk: Path, entry: str) -> Path:
    return write(desk / REVIEW_FILE_NAME, "reviews:\n" + entry)


def test_reviewed_discrepancy_is_shown_as_reviewed_and_does_not_fail(
    desk: Path, conflict: Example
) -> None:
    write(desk / "articles" / "dispute.md", conflict.markdown())
    rows = [json.loads(line) for line in run("articles", "--format", "jsonl").stdout.splitlines()]
    entries = "".join(
        f"  - fingerprint: {row['fingerprint']}\n    reason: Both counts are attributed\n"
        f"    who: J. Doe\n    when: 2024-05-02\n" for row in rows)
    _review_file(desk, entries)
    assert run("articles", "--fail-on", "info").exit_code == 0
    data = report_json()
    assert all(item["reviewed"] == {"reason": "Both counts are attributed (J. Doe, 2024-05-02)"}
               for item in data["discrepancies"])
    assert data["summary"]["reviewed"] == len(rows)
    assert "reviewed: Both counts are attributed" in run("articles").stdout
    assert "✅ reviewed: Both counts" in run("articles", "--format", "markdown").stdout
    assert "Both counts are attributed" in run("articles", "--format", "html").stdout
    sarif = json.loads(run("articles", "--format", "sarif").stdout)
    assert all(result["suppressions"][0]["status"] == "accepted"
               for result in sarif["runs"][0]["results"])
    junit = run("articles", "--format", "junit").stdout
    assert 'failures="0"' in junit and "reason: Both counts are attributed" in junit
    lines = run("articles", "--format", "jsonl").stdout.splitlines()
    assert all(json.loads(line)["reviewed"].startswith("Both counts") for line in lines)


def test_sarif_describes_rules_by_their_names(desk: Path, conflict: Example) -> None:
    write(desk / "articles" / "dispute.md", conflict.markdown())
    name = load_ruleset().subject(conflict.rule).name
    rules = json.loads(run("articles", "--format", "sarif").stdout)["runs"][0]["tool"]["driver"]
    described = {rule["id"]: rule["shortDescription"]["text"] for rule in rules["rules"]}
    assert described[conflict.rule] == f"Sources disagree about {name.lower()}"


def test_expired_review_fails_again_and_says_so(desk: Path, conflict: Example) -> None:
    write(desk / "articles" / "dispute.md", conflict.markdown())
    yesterday = date.today() - timedelta(days=1)
    _review_file(desk, f"  - rule: {conflict.rule}\n    reason: checked\n    who: A. N. Other\n"
                       f"    when: {yesterday - timedelta(days=30)}\n    expires: {yesterday}\n")
    result = run("articles", "--fail-on", "info")
    assert result.exit_code == 1
    assert f"{REVIEW_FILE_NAME}:2: review by A. N. Other expired" in result.stderr


def test_review_file_naming_a_missing_rule_is_file_line_exit_two(desk: Path) -> None:
    _review_file(desk, "  - rule: no-such-rule\n    reason: x\n    who: y\n    when: 2024-01-01\n")
    line = one_error_line(run("articles"))
    assert f"{REVIEW_FILE_NAME}:2: reviews.0.rule: no rule named 'no-such-rule'" in line


def test_unused_review_entry_and_suppression_are_named_on_request(
    desk: Path, quiet_article: Example
) -> None:
    write(desk / "articles" / "calm.md",
          quiet_article.markdown(above="Intro.\n\n<!-- reconcile: ignore -->\n"))
    _review_file(desk, "  - rule: crowd-size\n    reason: x\n    who: y\n    when: 2024-01-01\n")
    assert run("articles").stderr == ""
    result = run("articles", "--warn-unused-suppressions")
    assert result.exit_code == 0
    assert re.search(r"articles/calm\.md:\d+: unused suppression", result.stderr)
    assert f"{REVIEW_FILE_NAME}:2: unused review entry" in result.stderr


def test_inline_suppression_in_markdown_silences_its_paragraph(desk: Path,
                                                              conflict: Example) -> None:
    comment = f"<!-- reconcile: ignore {conflict.rule} -->\n"
    write(desk / "articles" / "dispute.md", conflict.markdown(above="Intro.\n\n" + comment))
    assert report_json()["discrepancies"] == []
    assert run("articles", "--fail-on", "info").exit_code == 0
    other = "<!-- reconcile: ignore some-other-rule -->\n"
    write(desk / "articles" / "dispute.md", conflict.markdown(above="Intro.\n\n" + other))
    assert run("articles", "--fail-on", "info").exit_code == 1


# Configuration ------------------------------------------------------------------------

def test_config_file_settings_and_command_line_overrides(desk: Path, conflict: Example) -> None:
    write(desk / "articles" / "dispute.md", conflict.markdown())
    write(desk / ".reconcile.toml", 'fail-on = "info"\nformat = "json"\n')
    assert run("articles").exit_code == 1
    assert json.loads(run("articles").stdout)["version"] == 1
    assert run("articles", "--exit-zero").exit_code == 0
    write(desk / ".reconcile.toml", "exit-zero = true\nfail-on = \"info\"\n")
    assert run("articles", "--no-exit-zero").exit_code == 1
    shown = runner.invoke(cli.app, ["config", "show", "--no-such"]).exit_code
    assert shown == 2
    listing = runner.invoke(cli.app, ["config", "show"]).stdout
    assert re.search(r'^fail-on = "info" +# .*\.reconcile\.toml$', listing, re.MULTILINE)
    assert re.search(r"^jobs = 1 +# default$", listing, re.MULTILINE)


def test_config_paths_are_relative_to_the_file(desk: Path, conflict: Example) -> None:
    write(desk / "articles" / "dispute.md", conflict.markdown())
    write(desk / "ci" / "reconcile.toml", 'baseline = "baseline.json"\n')
    assert run("articles", "--write-baseline", "ci/baseline.json").exit_code == 0
    summary = report_json("--config", "ci/reconcile.toml")["summary"]
    assert summary["baseline"]["new"] == 0


@pytest.mark.parametrize(("text", "message"), [
    ('jobs = 2\nfail_onn = "info"\n', ".reconcile.toml:2: unknown setting 'fail_onn'; "
                                       "did you mean 'fail-on'?"),
    ('jobs = "two"\n', ".reconcile.toml:1: jobs: "),
    ("jobs = [\n", ".reconcile.toml:1: TOML error"),
    ("format = \"csv\"\n", ".reconcile.toml:1: format: Value error, unknown format"),
])
def test_bad_config_file_is_file_line_exit_two(desk: Path, text: str, message: str) -> None:
    write(desk / ".reconcile.toml", text)
    assert message in one_error_line(run("articles"))


def test_bad_config_under_json_prints_an_errors_object(desk: Path) -> None:
    write(desk / ".reconcile.toml", "jobs = 0\n")
    result = run("articles", "--format", "json")
    assert result.exit_code == 2
    errors = json.loads(result.stdout)["errors"]
    assert errors == [{"path": str(desk / ".reconcile.toml"), "line": 1,
                       "message": errors[0]["message"]}]
    assert errors[0]["message"].startswith("jobs: ")


def test_rule_file_with_a_yaml_error_is_file_line_exit_two(desk: Path) -> None:
    write(desk / "house" / "subjects" / "strikes.yaml",
          "id: strikes\nname: Strikes\nsignals: [strike\nkinds: [count]\n")
    line = one_error_line(run("articles", "--rules", "house"))
    assert re.search(r"house/subjects/strikes\.yaml:\d+: YAML error", line)


def test_currency_setting_reaches_the_figures_stage(desk: Path) -> None:
    write(desk / "articles" / "fx.md", "The company said it lost $4 million last year.\n")
    currencies = {c["unit"] for c in report_json("--currency", "CAD")["claims"]
                  if c["kind"] == "money"}
    assert currencies <= {"CAD"}
    assert "--currency" in one_error_line(run("articles", "--currency", "dollars"))
