"""The published JSON Schemas: the JSON report and the rule files, generated from the models.

Editors get completion and checking in their YAML editor from ``rule.schema.json``, and
downstream tools validate reports against ``report.schema.json``. Both are generated from
the pydantic models the code itself uses, committed under ``schemas/``, and a test keeps the
committed files equal to what the models give. Regenerate after a model change with
``python -m reconcile.schemas``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from reconcile.report.jsonmodel import ErrorsOut, ReportOut
from reconcile.subjects.rule import SubjectRule

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


def model_schema(model: type[BaseModel], title: str) -> dict[str, Any]:
    """The JSON Schema (2020-12) of ``model``, titled for people."""
    generated = model.model_json_schema()
    generated.pop("title", None)
    return {"$schema": DRAFT, "title": title, **generated}


def report_schema() -> dict[str, Any]:
    """A ``--format json`` report, or the error object a fatal mistake prints instead."""
    report = ReportOut.model_json_schema()
    errors = ErrorsOut.model_json_schema()
    definitions = {**report.pop("$defs"), **errors.pop("$defs")}
    definitions["ReportOut"] = report
    definitions["ErrorsOut"] = errors
    return {
        "$schema": DRAFT,
        "title": "reconcile JSON report",
        "oneOf": [{"$ref": "#/$defs/ReportOut"}, {"$ref": "#/$defs/ErrorsOut"}],
        "$defs": dict(sorted(definitions.items())),
    }


def rule_schema() -> dict[str, Any]:
    """A subject rule file (``rules/subjects/*.yaml``)."""
    return model_schema(SubjectRule, "reconcile subject rule")


SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "report.schema.json": report_schema,
    "rule.schema.json": rule_schema,
}


def schema_text(name: str) -> str:
    """The schema file ``name`` as committed: 2-space JSON ending in a newline."""
    return json.dumps(SCHEMAS[name](), indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema into ``folder``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMAS:
        path = folder / name
        path.write_text(schema_text(name), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_schemas():
        print(written_path)
