"""GitHub Actions workflow commands: each discrepancy an annotation on the pull request.

One annotation per discrepancy, at its first figure, listing every figure in its message:
GitHub caps annotations per step, so one per figure would hide the rest. Values are escaped
by the workflow-command rules (``%``, CR and LF everywhere; ``:`` and ``,`` in properties too),
so article text cannot end a command early or forge another.
"""

from __future__ import annotations

from reconcile.locate import ClaimLocator, Location, claim_label, relative_path
from reconcile.model import Discrepancy, Report
from reconcile.report.text import ordered_discrepancies

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property's value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, properties: list[tuple[str, str]], message: str) -> str:
    """A workflow command line, every value escaped."""
    head = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{kind} {head}::{escape_data(message)}"


def _position(where: Location) -> list[tuple[str, str]]:
    """Line and column properties; columns only where they are the file's own."""
    if not where.in_file:
        return [("line", str(where.file_line))]
    position = [("line", str(where.start_line)), ("endLine", str(where.end_line))]
    if where.start_line == where.end_line:
        position += [("col", str(where.start_column)), ("endColumn", str(where.end_column))]
    return position


def annotation(locator: ClaimLocator, discrepancy: Discrepancy) -> str:
    """One ``::error``/``::warning``/``::notice`` line for a discrepancy."""
    claims = locator.claims(discrepancy.claims)
    where = locator.locate(claims[0])
    properties = [
        ("file", relative_path(where.path)),
        *_position(where),
        ("title", f"reconcile {discrepancy.subject}"),
    ]
    figures = []
    for claim in claims:
        place = locator.locate(claim)
        figures.append(f"- {claim_label(claim)} [{relative_path(place.path)}:{place.file_line}]")
    message = "\n".join([discrepancy.reason, *figures])
    return command(COMMANDS[discrepancy.severity], properties, message)


def render(report: Report) -> str:
    """Every discrepancy (most severe first), then every unusable input, as command lines."""
    locator = ClaimLocator(report)
    lines = [
        annotation(locator, discrepancy)
        for discrepancy in ordered_discrepancies(report.discrepancies)
    ]
    for problem in report.problems:
        place = [("file", relative_path(problem.path))]
        if problem.line is not None:
            place.append(("line", str(problem.line)))
        place.append(("title", "reconcile input"))
        lines.append(command("error", place, problem.message))
    return "".join(line + "\n" for line in lines)
