"""The published JSON Schemas: committed files equal the models, and real output obeys them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from golden import sample_report
from typer.testing import CliRunner

from reconcile import cli
from reconcile.report import render
from reconcile.ruleset import default_rules_dir
from reconcile.schemas import SCHEMA_DIR, SCHEMAS, schema_text
from reconcile.yamlfile import RuleFileError

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def committed(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = committed(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_equals_the_generated_one(name: str) -> None:
    path = SCHEMA_DIR / name
    assert path.is_file(), f"{path} missing; run python -m reconcile.schemas"
    assert path.read_text(encoding="utf-8") == schema_text(name), (
        f"{path} is stale; run python -m reconcile.schemas and commit it")


def test_sample_report_validates_and_drift_is_caught() -> None:
    check = validator("report.schema.json")
    data = json.loads(render(sample_report(), "json"))
    check.validate(data)
    data["claims"][0]["surprise"] = 1
    assert not check.is_valid(data)


def test_real_check_output_validates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(cli.app, ["check", "seeds", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validator("report.schema.json").validate(data)
    assert data["summary"]["documents"] == len(data["documents"]) == 1
    assert data["summary"]["claims"] == len(data["claims"])


def test_fatal_error_object_validates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(cli.app, ["check", "seeds", "--format", "json",
                                     "--select", "no-such-rule"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    validator("report.schema.json").validate(data)
    assert data["errors"][0]["message"] == "no rule named 'no-such-rule'"


def test_every_shipped_rule_file_validates_against_the_rule_schema() -> None:
    check = validator("rule.schema.json")
    files = sorted((default_rules_dir() / "subjects").glob("*.yaml"))
    assert files
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        check.validate(json.loads(json.dumps(data, default=str)))  # dates as editors see them


def test_rule_schema_rejects_what_the_loader_rejects(tmp_path: Path) -> None:
    bad = {"id": "Strikes", "name": "Strikes", "kinds": ["count"], "signals": ["strike"],
           "examples": [{"text": "x", "expect": "maybe"}]}
    errors = {error.json_path for error in validator("rule.schema.json").iter_errors(bad)}
    assert errors == {"$.id", "$.examples[0].expect"}
    path = tmp_path / "subjects" / "strikes.yaml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(RuleFileError):
        cli.load_ruleset([tmp_path])


def test_rules_schema_command_prints_the_committed_schema() -> None:
    result = runner.invoke(cli.app, ["rules", "schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == committed("rule.schema.json")
