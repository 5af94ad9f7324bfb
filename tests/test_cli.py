"""The command line: exit codes CI can trust and one-line errors, never a traceback.

The exit-code tests stand the pipeline in with a hand-built report, so they test the
command line's own decisions; the subprocess tests run the real ``python -m reconcile``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from golden import sample_report
from typer.testing import CliRunner

from reconcile import cli
from reconcile.model import Claim, Discrepancy, Figure, InputProblem, PairJudgement, Report, Source

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "seeds"
runner = CliRunner()


@pytest.fixture
def fake_check(monkeypatch: pytest.MonkeyPatch) -> list[Report]:
    """Make ``check`` return the report put in the list (the sample report by default)."""
    reports = [sample_report().model_copy(update={"problems": []})]
    monkeypatch.setattr(cli, "run_check", lambda inputs, rules, jobs, on_document: reports[0])
    return reports


def invoke(*args: str):
    return runner.invoke(cli.app, list(args))


def test_findings_exit_zero_without_fail_on(fake_check: list[Report]) -> None:
    result = invoke("check", str(SEED_DIR))
    assert result.exit_code == 0, result.output
    assert "[ERROR] crowd-size" in result.stdout


def test_fail_on_sets_exit_one_at_or_above_the_level(fake_check: list[Report]) -> None:
    assert invoke("check", str(SEED_DIR), "--fail-on", "error").exit_code == 1
    assert invoke("check", str(SEED_DIR), "--fail-on", "info").exit_code == 1
    only_info = [d for d in fake_check[0].discrepancies if d.severity == "info"]
    fake_check[0] = fake_check[0].model_copy(update={"discrepancies": only_info})
    assert invoke("check", str(SEED_DIR), "--fail-on", "warning").exit_code == 0


def test_unusable_input_exits_two_and_still_writes_the_report(
    fake_check: list[Report], tmp_path: Path
) -> None:
    problem = InputProblem(path="news.jsonl", line=7, message="not valid JSON: Expecting value")
    fake_check[0] = fake_check[0].model_copy(update={"problems": [problem]})
    out = tmp_path / "report.json"
    result = invoke("check", str(SEED_DIR), "--fail-on", "error", "--format", "json",
                    "--output", str(out))
    assert result.exit_code == 2
    assert result.stderr == "news.jsonl:7: not valid JSON: Expecting value\n"
    assert json.loads(out.read_text("utf-8"))["problems"][0]["line"] == 7
    assert result.stdout == ""


def test_quiet_prints_no_report(fake_check: list[Report]) -> None:
    result = invoke("check", str(SEED_DIR), "--quiet")
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("args", [
    ("--format", "xml"), ("--jobs", "0"), ("--fail-on", "fatal"), ("--rules", "/no/such/dir"),
    ("--select", "no-such-rule"),
])
def test_bad_options_exit_two(fake_check: list[Report], args: tuple[str, str]) -> None:
    assert invoke("check", str(SEED_DIR), *args).exit_code == 2


def test_unwritable_output_is_one_line_exit_two(fake_check: list[Report], tmp_path: Path) -> None:
    result = invoke("check", str(SEED_DIR), "--output", str(tmp_path / "no" / "dir" / "r.txt"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "cannot write" in result.stderr


def test_bad_rule_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "subjects" / "strikes.yaml"
    bad.parent.mkdir()
    bad.write_text("id: strikes\nname: Strikes\nkinds: [count]\nsignals: [strike]\n"
                   "tolerance: lots\nexamples:\n  - {text: 'x', expect: none}\n", "utf-8")
    result = invoke("rules", "validate", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"reconcile: error: {bad}:5: tolerance")
    assert result.stderr.count("\n") == 1


def test_rules_list_show_and_validate() -> None:
    listed = invoke("rules", "list")
    assert listed.exit_code == 0 and "crowd-size" in listed.stdout
    shown = invoke("rules", "show", "crowd-size")
    assert shown.exit_code == 0 and "id: crowd-size" in shown.stdout
    assert invoke("rules", "show", "no-such-rule").exit_code == 2
    valid = invoke("rules", "validate")
    assert valid.exit_code == 0 and valid.stdout.startswith("ok: ")


def claim(claim_id: str, subject: str, value: float) -> Claim:
    figure = Figure(text=str(value), start=0, end=1, number_start=0, number_end=1,
                    value=value, low=value, high=value, kind="count")
    return Claim(id=claim_id, document="d", figure=figure, source=Source(name=claim_id),
                 subject=subject, sentence_start=0, sentence_end=1)


def judged(verdicts: list[str], agreements: int = 0) -> Report:
    claims = [claim("a", "deaths", 1), claim("b", "deaths", 2)]
    pairs = [PairJudgement(a="a", b="b", verdict=v, reason="r") for v in verdicts]
    discrepancies = [Discrepancy(id="x", subject="deaths", event=None, severity="error",
                                 ratio=2.0, claims=["a", "b"], reason="r", pairs=pairs)
                     ] if verdicts else []
    agreed = [PairJudgement(a="a", b="b", verdict="agree", reason="r")] * agreements
    return Report(documents=[], claims=claims, discrepancies=discrepancies, agreements=agreed)


@pytest.mark.parametrize(("report", "outcome"), [
    (judged(["update", "conflict"]), "conflict"),
    (judged(["update"]), "update"),
    (judged([], agreements=1), "agree"),
    (judged([]), "none"),
])
def test_example_outcome(report: Report, outcome: str) -> None:
    assert cli.example_outcome(report, "deaths") == outcome
    assert cli.example_outcome(report, "other-rule") == "none"


def run_module(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "reconcile", *args], input=stdin, cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize(("args", "message"), [
    (("check", "no/such/article.txt"), "no/such/article.txt: no such file or folder"),
    (("check", "seeds", "--format", "xml"), "reconcile: error: Invalid value for '--format'"),
    (("check", "seeds", "--rules", "no/such/rules"), "reconcile: error: no/such/rules: "),
    (("chek", "seeds"), "reconcile: error: No such command 'chek'"),
    (("eval", "no/such/cases"), "reconcile: error: "),
])
def test_user_mistakes_are_one_line_and_exit_two(args: tuple[str, ...], message: str) -> None:
    result = run_module(*args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1


def test_module_reads_stdin_json_lines() -> None:
    line = json.dumps({"id": "wire-1", "text": "Police said 300 people were detained."})
    result = run_module("extract", "-", "--format", "json", stdin=line + "\n")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"][0]["id"] == "wire-1"


def rule_folder(tmp_path: Path, todo: bool) -> Path:
    """A folder with one subject rule whose single example must not conflict."""
    rule = tmp_path / "subjects" / "fines.yaml"
    rule.parent.mkdir()
    rule.write_text(
        "id: fines-test\nname: Fines\nkinds: [money]\nsignals: [fined, fine]\n"
        "examples:\n  - text: 'The club was fined 3,000 euros by the league on Monday.'\n"
        f"    expect: none\n    todo: {'true' if todo else 'false'}\n", "utf-8")
    return tmp_path


def test_rule_examples_pass_and_exit_zero(tmp_path: Path) -> None:
    result = invoke("test", "--rules", str(rule_folder(tmp_path, todo=False)),
                    "--select", "fines-test")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("PASS fines-test #1: expected none")
    assert "1 example, 0 unexpected" in result.stdout


def test_todo_example_that_passes_fails_the_run(tmp_path: Path) -> None:
    result = invoke("test", "--rules", str(rule_folder(tmp_path, todo=True)),
                    "--select", "fines-test")
    assert result.exit_code == 1
    assert "this todo example now passes: drop `todo`" in result.stdout
