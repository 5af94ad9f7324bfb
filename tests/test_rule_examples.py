"""Every shipped rule's examples as tests of their own, run as ``reconcile test`` runs them.

A failing example names its rule and number (``crowd-size[0-conflict]``), so a rule author
sees which sentence the pipeline misreads. A ``todo`` example is a known miss: it is an
expected failure, and strict, so the day it starts passing the run fails until the ``todo``
mark is dropped — exactly what ``reconcile test`` does.
"""

from __future__ import annotations

import pytest

from reconcile.cli import run_example
from reconcile.ruleset import Ruleset, load_ruleset

MUST_FIRE = {"conflict", "update"}
MUST_NOT_FIRE = {"agree", "none"}

RULESET: Ruleset = load_ruleset()


def _cases() -> list[pytest.ParameterSet]:
    cases = []
    for rule in RULESET.subjects:
        for index, example in enumerate(rule.examples, start=1):
            marks = [pytest.mark.xfail(strict=True, reason=example.note or "known miss")
                     ] if example.todo else []
            cases.append(pytest.param(rule.id, index, marks=marks,
                                      id=f"{rule.id}[{index - 1}-{example.expect}]"))
    return cases


@pytest.mark.parametrize(("rule_id", "index"), _cases())
def test_rule_example(rule_id: str, index: int) -> None:
    result = run_example(RULESET, RULESET.subject(rule_id), index)
    assert result.passed, (
        f"{rule_id} #{index}: expected {result.example.expect}, got {result.outcome}: "
        f"{result.example.text.strip()}")


@pytest.mark.parametrize("rule", RULESET.subjects, ids=lambda rule: rule.id)
def test_rule_has_a_must_fire_and_a_must_not_fire_example(rule) -> None:
    expectations = {example.expect for example in rule.examples}
    assert expectations & MUST_FIRE, f"{rule.id}: add an example that must conflict or update"
    assert expectations & MUST_NOT_FIRE, f"{rule.id}: add an example that must not fire"
