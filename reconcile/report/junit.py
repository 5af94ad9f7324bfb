"""JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure): one testcase
per document, failing once per discrepancy that touches it.

A newsroom pipeline then sees "article X failed: sources disagree" in the same place as its
other checks. A discrepancy an editor recorded as reviewed is no failure: it is listed in
the testcase's ``system-out`` with the reason. Unusable inputs are errored testcases.
Article text may hold characters XML 1.0 cannot carry at all (control codes from old wire
feeds): those are replaced, so the file always parses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from xml.etree import ElementTree

from reconcile.locate import ClaimLocator, claim_label, relative_path
from reconcile.model import Discrepancy, Report

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _details(locator: ClaimLocator, discrepancy: Discrepancy) -> str:
    lines = [f"{discrepancy.subject}: {discrepancy.event or 'event unknown'}"]
    for claim in locator.claims(discrepancy.claims):
        where = locator.locate(claim)
        lines.append(f"{relative_path(where.path)}:{where.file_line}: {claim_label(claim)}")
        lines.append(f"    {locator.sentence(claim)}")
    return "\n".join(lines)


def _element(parent: ElementTree.Element, tag: str, text: str | None = None,
             **attributes: str) -> ElementTree.Element:
    element = ElementTree.SubElement(
        parent, tag, {name: xml_text(value) for name, value in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def render(report: Report) -> str:
    """The report as a JUnit XML document."""
    locator = ClaimLocator(report)
    touching: dict[str, list[Discrepancy]] = defaultdict(list)
    reviewed: dict[str, list[str]] = defaultdict(list)
    for discrepancy in report.discrepancies:
        review = report.reviewed.get(discrepancy.id)
        for document in dict.fromkeys(c.document for c in locator.claims(discrepancy.claims)):
            if review is None:
                touching[document].append(discrepancy)
            else:
                reviewed[document].append(f"reviewed: {_details(locator, discrepancy)}\n"
                                          f"    reason: {review}")
    failures = sum(len(found) for found in touching.values())
    totals = {
        "tests": str(len(report.documents) + len(report.problems)),
        "failures": str(failures),
        "errors": str(len(report.problems)),
    }
    suites = ElementTree.Element("testsuites", {"name": "reconcile", **totals})
    suite = _element(suites, "testsuite", name="reconcile", skipped="0", **totals)
    for document in report.documents:
        case = _element(suite, "testcase", name=document.id,
                        classname=f"reconcile.{relative_path(document.path)}")
        for discrepancy in touching[document.id]:
            _element(case, "failure", _details(locator, discrepancy),
                     message=discrepancy.reason, type=discrepancy.severity)
        if reviewed[document.id]:
            _element(case, "system-out", "\n".join(reviewed[document.id]))
    for problem in report.problems:
        case = _element(suite, "testcase", name=str(problem),
                        classname=f"reconcile.{relative_path(problem.path)}")
        _element(case, "error", str(problem), message=problem.message, type="InputProblem")
    ElementTree.indent(suites)
    body = ElementTree.tostring(suites, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
