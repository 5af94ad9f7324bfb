"""Golden files: the exact output each format gives, kept beside the tests that check it.

Set ``REGEN_GOLDEN=1`` to rewrite them after an intended change, then read the diff.
``sample-report.json`` is a hand-built report (the seed's rally figures) so that the
formats are tested without depending on the extraction stages.
"""

from __future__ import annotations

import os
from pathlib import Path

from reconcile.model import Report

GOLDEN = Path(__file__).resolve().parent


def assert_golden(name: str, text: str) -> None:
    """``text`` equals the golden file ``name`` (or becomes it under ``REGEN_GOLDEN=1``)."""
    path = GOLDEN / name
    if os.environ.get("REGEN_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; run with REGEN_GOLDEN=1 to create it"
    assert text == path.read_text(encoding="utf-8"), f"output differs from {path}"


def sample_report() -> Report:
    """The hand-built report the format tests render."""
    return Report.model_validate_json((GOLDEN / "sample-report.json").read_text("utf-8"))
