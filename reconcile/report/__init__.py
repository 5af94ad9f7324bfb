"""Output formats: one module per format, each with ``render(report: Report) -> str``.

A format is found by module name (``--format sarif`` imports ``reconcile.report.sarif``), so
adding a format is adding a module and naming it in ``FORMATS``.
"""

from __future__ import annotations

from importlib import import_module

from reconcile.model import Report

FORMATS: tuple[str, ...] = (
    "table", "json", "markdown", "jsonl", "sarif", "junit", "github", "html",
)


def render(report: Report, format_name: str) -> str:
    """The report in the named format, as text ending in a newline."""
    if format_name not in FORMATS:
        raise ValueError(f"unknown format {format_name!r}; choose from {', '.join(FORMATS)}")
    module = import_module(f"reconcile.report.{format_name}")
    return module.render(report)
