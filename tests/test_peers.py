"""Run the test suites of two peer projects through ``extract_figures`` and hold the pass
rates (a ratchet: each floor sits just under the rate reached, so a change that loses cases
fails, with the failing cases in the message).

The suites are read from ``../shared/peers`` (see its README for the formats); the test
skips when that folder is absent.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reconcile.figures import FigureConventions, extract_figures
from reconcile.model import Figure

PEERS = Path(__file__).resolve().parents[1].parent / "shared" / "peers"
RT = PEERS / "recognizers-text"
CONVENTIONS = FigureConventions(name="test")


def _load(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        pytest.skip(f"peer suite {path} is not there (../shared/peers holds the peer suites)")
    return json.loads(path.read_text(encoding="utf-8"))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _same_values(found: list[float], expected: list[float]) -> bool:
    """Equal as sets of numbers, compared with a relative tolerance."""
    return all(any(_close(f, e) for f in found) for e in expected) and all(
        any(_close(f, e) for e in expected) for f in found
    )


def _rate(cases: list[dict[str, Any]], passes: Callable[[dict[str, Any]], tuple[bool, str]]
          ) -> tuple[float, list[str]]:
    failures = []
    for case in cases:
        ok, detail = passes(case)
        if not ok:
            failures.append(detail)
    return 1 - len(failures) / len(cases), failures


def _assert_rate(name: str, rate: float, floor: float, failures: list[str]) -> None:
    listing = "\n".join(failures)
    assert rate >= floor, f"{name}: pass rate {rate:.1%} fell below {floor:.1%}; fails:\n{listing}"


def _point_values(figures: list[Figure]) -> list[float]:
    values = []
    for figure in figures:
        if figure.value is not None:
            values.append(figure.value)
        else:
            values += [bound for bound in (figure.low, figure.high) if bound is not None]
    return values


def _rt_value(text: str) -> float:
    return float(text.rstrip("%"))


def test_recognizers_number_model() -> None:
    def passes(case: dict[str, Any]) -> tuple[bool, str]:
        expected = [_rt_value(r["Resolution"]["value"]) for r in case["Results"]]
        found = _point_values(extract_figures(case["Input"], CONVENTIONS))
        return _same_values(found, expected), f"{case['Input']!r}: {found} != {expected}"

    rate, failures = _rate(_load(RT / "Number" / "NumberModel.json"), passes)
    _assert_rate("NumberModel", rate, 0.935, failures)


def test_recognizers_percent_model() -> None:
    def passes(case: dict[str, Any]) -> tuple[bool, str]:
        expected = [_rt_value(r["Resolution"]["value"]) for r in case["Results"]
                    if r["Resolution"]["value"] not in (None, "null")]
        found = [f.value for f in extract_figures(case["Input"], CONVENTIONS)
                 if f.kind == "percent" and f.value is not None]
        return _same_values(found, expected), f"{case['Input']!r}: {found} != {expected}"

    rate, failures = _rate(_load(RT / "Number" / "PercentModel.json"), passes)
    _assert_rate("PercentModel", rate, 0.99, failures)


def _interval(text: str) -> tuple[float | None, float | None]:
    low, high = text[1:-1].split(",")
    return (float(low) if low else None, float(high) if high else None)


def test_recognizers_number_range_model() -> None:
    def passes(case: dict[str, Any]) -> tuple[bool, str]:
        expected = [_interval(r["Resolution"]["value"]) for r in case["Results"]]
        found = [(f.low, f.high) for f in extract_figures(case["Input"], CONVENTIONS)]
        ranges = [bounds for bounds in found if bounds[0] != bounds[1]]
        ok = all(any(_close(l1, l2) and _close(h1, h2) for l2, h2 in found)
                 for l1, h1 in expected) and (bool(expected) or not ranges)
        return ok, f"{case['Input']!r}: {found} != {expected}"

    rate, failures = _rate(_load(RT / "Number" / "NumberRangeModel.json"), passes)
    _assert_rate("NumberRangeModel", rate, 0.93, failures)


_COINS = {"cent": 0.01, "pence": 0.01, "penny": 0.01, "dime": 0.1}
"""We give coins in currency units (0.34 USD); the peers count them in coins."""


def _in_currency_units(value: float, unit: str | None) -> float:
    return value * _COINS.get((unit or "").lower(), 1.0)


def test_recognizers_currency_model() -> None:
    def passes(case: dict[str, Any]) -> tuple[bool, str]:
        expected = [_in_currency_units(float(r["Resolution"]["value"]),
                                       r["Resolution"].get("unit")) for r in case["Results"]
                    if r["Resolution"].get("value") not in (None, "null")]
        found = [f.value for f in extract_figures(case["Input"], CONVENTIONS)
                 if f.kind == "money" and f.value is not None]
        return _same_values(found, expected), f"{case['Input'][:90]!r}: {found} != {expected}"

    rate, failures = _rate(_load(RT / "NumberWithUnit" / "CurrencyModel.json"), passes)
    _assert_rate("CurrencyModel", rate, 0.925, failures)


_NEWS_UNITS = {"dimensionless", "percentage", "dollar", "euro", "pound sterling", "cent",
               "penny", "yen"}


def _quantulum_values(text: str) -> list[float]:
    """Our figures as quantulum3 states them: a point, or the midpoint of a closed range."""
    return [f.value if f.value is not None else (f.low + f.high) / 2
            for f in extract_figures(text, CONVENTIONS)
            if f.value is not None or (f.low is not None and f.high is not None)]


def test_quantulum_counts_percentages_money() -> None:
    """Whole cases whose every quantity is a count, a percentage or money."""
    cases = [case for case in _load(PEERS / "quantulum3" / "quantities.json")
             if case["res"] and all(r["unit"] in _NEWS_UNITS for r in case["res"])]

    def passes(case: dict[str, Any]) -> tuple[bool, str]:
        expected = [_in_currency_units(float(r["value"]), r["unit"]) for r in case["res"]]
        found = _quantulum_values(case["req"])
        return _same_values(found, expected), f"{case['req'][:90]!r}: {found} != {expected}"

    rate, failures = _rate(cases, passes)
    # Fair failures, where the suite wants what a news reader does not: a number that ends
    # a name ("English 101", "South 32 Ltd", as "BBC Radio 4" and "Local 594"), a decade
    # ("the 1960s") and an accountant's bracketed loss read as a plain amount.
    _assert_rate("quantulum3", rate, 0.80, failures)


def quantulum_per_quantity() -> tuple[int, int, list[str]]:
    """The second view of quantulum3's suite: over all its cases, each expected quantity that
    is a count, a percentage or money (coins such as dimes included), counted right when one
    of our figures has its value, whatever else the sentence holds. Returns (right, all,
    the quantities missed)."""
    right = 0
    missed = []
    for case in _load(PEERS / "quantulum3" / "quantities.json"):
        expected = [r for r in case["res"] if r["unit"] in _NEWS_UNITS | {"dime"}]
        found = _quantulum_values(case["req"]) if expected else []
        for quantity in expected:
            value = _in_currency_units(float(quantity["value"]), quantity["unit"])
            if any(_close(value, figure) for figure in found):
                right += 1
            else:
                missed.append(f"{quantity['surface']!r} ({quantity['unit']} {value}) in "
                              f"{case['req'][:80]!r}: found {found}")
    return right, right + len(missed), missed


def test_quantulum_per_quantity() -> None:
    right, total, missed = quantulum_per_quantity()
    # Fair failures as in the whole cases: numbers that end a name ("English 101", "South
    # 32 Ltd", a galaxy cluster's catalogue number), years and decades, a processor's model.
    _assert_rate(f"quantulum3 per quantity ({right}/{total})", right / total, 0.78, missed)
