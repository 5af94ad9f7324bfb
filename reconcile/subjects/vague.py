"""A figure named only as "a figure", "an estimate" or "a projection" of the measure before.

Wire copy names a measure once and then sets its figures against each other in sentences
that only say what kind of figure each is: "The Indonesian government said crude palm oil
(CPO) output is expected to rise to 1.56 mln tonnes in 1987 ..., up from a projected 1.45
mln tonnes in 1986. The 1986 projection of 1.45 mln tonnes is up from a provisional figure
of 1.3 mln tonnes." Such a figure, of no rule's words, measures what the nearest figure
before it of the same kind and unit measures (the crop, not "projection"), in this sentence
or the one before; its own clause still says its period and whether it is a forecast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reconcile.model import Claim, Figure
from reconcile.textfold import may_hold

_VAGUE_BEFORE = re.compile(
    r"\b(?:figure|figures|estimate|estimates|projection|projections)\s+(?:of|at|was|is|were|"
    r"are)\s+(?:(?:about|around|some|nearly|almost|only|just|roughly|approximately)\s+)?$",
    re.IGNORECASE)
"""The words before a figure that call it a figure or an estimate of something unsaid ("a
provisional figure of", "the 1986 projection of", "the estimate was about")."""
_VAGUE_WORDS = ("figure", "estimate", "projection")
"""Words every match of ``_VAGUE_BEFORE`` holds: the words before most figures hold none."""
_REACH = 60
"""How far before the figure its vague words are looked for (characters)."""


def named_vaguely(text: str, sentence_start: int, figure: Figure) -> bool:
    """Whether the words right before ``figure`` only call it a figure or an estimate."""
    low = max(sentence_start, figure.start - _REACH)
    return may_hold(text[low:figure.start], _VAGUE_WORDS) \
        and _VAGUE_BEFORE.search(text, low, figure.start) is not None


_NEAR = 20.0
"""How far apart a figure and the one it is a figure of may lie: a forecast and last
year's level, an audited and an unaudited result. "660,000 dlrs, or 10 cts a unit" are two
measures of one unit, a sum and a share's part of it."""


def measure_before(figure: Figure, earlier: Sequence[Claim], first: int,
                   fallback: str | None) -> Claim | None:
    """The nearest claim before ``figure`` of a subject rule (not ``fallback``), of the
    same kind and unit and of a like size, in a sentence that starts at ``first`` or later
    (this sentence or the one before); None when there is none, or when the figure has no
    unit: a bare number ("against a previous estimate of 621,000") may be of any measure
    before it, and a figure of another unit measures something else ("1.3 mln tonnes" is
    no figure of "a 1.5 billion dlr" deal)."""
    size = _size(figure)
    if figure.unit is None or size is None:
        return None
    for claim in reversed(earlier):
        if claim.sentence_start < first:
            break
        if claim.subject is None or claim.subject == fallback:
            continue
        other = _size(claim.figure)
        if claim.figure.kind == figure.kind and claim.figure.unit == figure.unit \
                and other is not None and max(size, other) <= _NEAR * min(size, other):
            return claim
    return None


def _size(figure: Figure) -> float | None:
    """The figure's size, its value or a bound where it has none; None when it is not
    above zero."""
    size = figure.value if figure.value is not None else figure.high or figure.low
    return size if size is not None and size > 0 else None
