"""Output formats: one module per format, each with ``render(report: Report) -> str``.

A format is found by module name (``--format sarif`` imports ``reconcile.report.sarif``), so
adding a format is adding a module and naming it in ``FORMATS``. A format may also offer
``write(report, stream, ...)`` to write a large report in pieces instead of as one string
(JSON does: a corpus run's report is hundreds of megabytes); ``write`` below uses it.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import IO

from reconcile.baseline import BaselineResult
from reconcile.model import Report

FORMATS: tuple[str, ...] = (
    "table", "json", "markdown", "jsonl", "sarif", "junit", "github", "html",
)
SUMMARISING: tuple[str, ...] = ("table", "markdown", "json")
"""The formats that close with a run's counts, and so also show a baseline's."""


def _format(format_name: str) -> ModuleType:
    if format_name not in FORMATS:
        raise ValueError(f"unknown format {format_name!r}; choose from {', '.join(FORMATS)}")
    return import_module(f"reconcile.report.{format_name}")


def render(report: Report, format_name: str) -> str:
    """The report in the named format, as text ending in a newline."""
    return _format(format_name).render(report)


def write(report: Report, format_name: str, stream: IO[str],
          baseline: BaselineResult | None = None) -> None:
    """Write the report in the named format to ``stream``, in pieces where the format can;
    the formats that summarise a run also get the baseline's counts."""
    module = _format(format_name)
    extra = (baseline,) if format_name in SUMMARISING else ()
    writer = getattr(module, "write", None)
    if writer is not None:
        writer(report, stream, *extra)
    else:
        stream.write(module.render(report, *extra))
