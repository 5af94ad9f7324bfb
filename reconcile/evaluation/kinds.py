"""What kind of miss a wrong value or a wrong source is, so that the totals say where the
misses lie without a failure line being read.

The kinds separate the tool's errors from conventions annotators differ on. A one-sided
bound ("more than 100,000 staff") is given a point value by the dev set's README example
and none by some annotators; a fall is written as a negative number by some; a share
written as a fraction ("three-quarters") is a percentage to others. A source left to the
publisher where the annotator names one is mostly a figure no words attribute, which
annotators give to the publisher or to the story's actor about equally often.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reconcile.evaluation.cases import GoldFigure
from reconcile.model import Claim, Figure

VALUE_KINDS = (
    "a bound given no point value",
    "a sign",
    "a scale apart",
    "a bound open or closed",
    "a range or a point",
    "another value",
)
"""How a wrong value differs from the annotator's, in the order the report lists them."""

SOURCE_KINDS = (
    "the publisher where a source is named",
    "a source where the publisher is named",
    "another source",
)
"""How a wrong source differs from the annotator's, in the order the report lists them."""

_SCALES = (100.0, 1e3, 1e6, 1e9)
"""Factors a misread scale or a fraction read as a share leaves between two numbers."""


def value_kind(ours: Figure, gold: GoldFigure) -> str:
    """Which of ``VALUE_KINDS`` a wrong value is (``ours`` does not equal ``gold``)."""
    if gold.value is None and ours.value is not None and same_number(ours.low, gold.low) \
            and same_number(ours.high, gold.high) and (gold.low is None) != (gold.high is None):
        return VALUE_KINDS[0]
    if _negated(ours, gold):
        return VALUE_KINDS[1]
    if ours.value and gold.value and _scale_apart(ours.value, gold.value):
        return VALUE_KINDS[2]
    if same_number(ours.value, gold.value):
        return VALUE_KINDS[3]
    if (ours.value is None) != (gold.value is None):
        return VALUE_KINDS[4]
    return VALUE_KINDS[5]


def source_kind(claim: Claim, gold: GoldFigure, publisher: str | None,
                same_source: Callable[[str, str], bool]) -> str:
    """Which of ``SOURCE_KINDS`` a wrong source is (``claim``'s does not match ``gold``'s)."""
    gold_is_publisher = publisher is not None and same_source(publisher, gold.source)
    if not claim.source.explicit and not gold_is_publisher:
        return SOURCE_KINDS[0]
    if claim.source.explicit and gold_is_publisher:
        return SOURCE_KINDS[1]
    return SOURCE_KINDS[2]


def _negated(ours: Figure, gold: GoldFigure) -> bool:
    """Whether the annotator wrote the figure as a negative number (a fall of 2% as -2):
    negated, its interval is ours, or at least its point value is."""
    if not any(number is not None and number < 0 for number in (gold.value, gold.low, gold.high)):
        return False
    value, low, high = (None if number is None else -number
                        for number in (gold.value, gold.high, gold.low))
    if ours.value is not None and value is not None and same_number(ours.value, value):
        return True
    return all(same_number(mine, theirs)
               for mine, theirs in ((ours.value, value), (ours.low, low), (ours.high, high)))


def same_number(ours: float | None, gold: float | None) -> bool:
    """Equal within a relative 1e-6; ``None`` (open or no point value) only equals ``None``."""
    if ours is None or gold is None:
        return ours is None and gold is None
    return math.isclose(ours, gold, rel_tol=1e-6, abs_tol=1e-9)


def _scale_apart(ours: float, gold: float) -> bool:
    ratio = abs(ours / gold)
    return any(math.isclose(ratio, factor, rel_tol=1e-6)
               or math.isclose(ratio, 1 / factor, rel_tol=1e-6) for factor in _SCALES)
