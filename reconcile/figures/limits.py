"""A figure that names a limit, compared with what is measured: "OPEC output in February
was "well below" the 15.8 mln bpd ceiling", "inflation was way below the 2% target", "caused
it to exceed the 51 pct limit".

A hedge before a determiner usually compares an unmentioned quantity with a reference
figure that is itself plain ("less than the 16.5 mln tonnes of last year"), and the hedge
pattern of ``patterns`` leaves it so. When the reference is a limit (a ceiling, quota, cap,
target, threshold) the sentence is about the measured thing and the limit is its bound:
output below the ceiling is at most the ceiling. Not when another figure comes right before
the hedge ("75-100,000 bpd below its 1.238 mln bpd quota" gives a difference) nor when the
sentence has already stated the measured amount in the limit's unit ("running at about 14.7
mln bpd, down from a 16 mln bpd average for February and well below the 15.8 mln bpd
ceiling"): the limit is then a plain reference, as the dev set reads it.
"""

from __future__ import annotations

import re

from reconcile.figures.lexicon import HEDGES
from reconcile.figures.patterns import alternation, for_lowered
from reconcile.model import Figure

_BOUNDS = {**{phrase: bound for phrase, (bound, approx) in HEDGES.items()
              if bound in ("low", "high") and not approx and phrase[:1].isalpha()},
           "broke": "low", "broken": "low", "breaks": "low", "crossed": "low"}
"""The bounds of ``HEDGES``, and verbs that pass a limit only before one ("has broken the
100 million mark": "broke 5 records" is no bound)."""
_LIMIT_WORDS = ("ceiling", "quota", "limit", "cap", "target", "threshold", "mark", "barrier")
_LIMIT_NOUN = rf"(?:{'|'.join(_LIMIT_WORDS)})s?\b(?!-)"
_ANY_LIMIT = re.compile(_LIMIT_NOUN, re.IGNORECASE)
_ANY_LIMIT_LOWERED = for_lowered(_ANY_LIMIT)
"""The same search in lowered text, run only where one of ``_LIMIT_WORDS`` is: a
case-insensitive alternation makes the engine try it at every character, a case-sensitive
one stops at every c, l, q and t, and six substring tests rule out most texts faster."""
_LIMIT_AFTER = re.compile(rf"[^\S\n]{{1,2}}(?:[a-z]{{2,12}}[^\S\n]{{1,2}})?{_LIMIT_NOUN}")
_HEDGE_THE_BEFORE = re.compile(
    rf"(?<![\w])(?P<hedge>{alternation(_BOUNDS)})[\"”']?\s{{1,3}}(?:the|its|their)\s{{1,3}}$",
    re.IGNORECASE,
)
_DIFFERENCE_GAP = 8
"""At most this many characters between a figure and the hedge after it make the two a
difference from the limit ("1.4 mln barrels per day (bpd) less than its ... ceiling")."""


_SPANS_OF_TIME = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds",
                            "decades"})
"""Units of a figure that qualifies the limit rather than sets it ("lending under its three
month credit quota")."""
_PHRASE_ENDS = re.compile(
    r"[^\S\n]*(?:[.,;:!?)]|$)|[^\S\n]+(?:for|in|at|on|by|and|but|as|last|this|after|before|"
    r"since|within|during|earlier|later)\b")
"""What may follow a mark that is a milestone: the phrase ends."""
_MILESTONE = 1000
"""The least milestone a "mark" passed names (see ``_is_milestone``)."""
_SENTENCE_END = re.compile(r"[.!?][\"”']?\s")


def _compared_already(text: str, previous: Figure, figure: Figure, hedge_start: int) -> bool:
    """Whether ``previous`` is what the limit is compared with: right before the hedge, or
    earlier in the same sentence in the same unit."""
    if hedge_start - previous.end <= _DIFFERENCE_GAP:
        return True
    return previous.unit == figure.unit and _SENTENCE_END.search(
        text, previous.end, hedge_start) is None


def with_limit_bounds(text: str, figures: list[Figure], lowered: str | None = None
                      ) -> list[Figure]:
    """``figures`` with each plain figure of a limit, compared by a hedge, made that bound;
    ``lowered`` is ``patterns.lowered_text(text)`` where the caller has it."""
    if lowered is None:
        if _ANY_LIMIT.search(text) is None:
            return figures
    elif not any(word in lowered for word in _LIMIT_WORDS) or (
            _ANY_LIMIT_LOWERED.search(lowered) is None):
        return figures
    bounded = list(figures)
    for index, figure in enumerate(figures):
        if not _plain(figure):
            continue
        milestone = _is_milestone(text, figure)
        if not milestone and _LIMIT_AFTER.match(text, figure.end) is None:
            continue
        hedge = _HEDGE_THE_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        if hedge is None or (index > 0 and _compared_already(text, figures[index - 1], figure,
                                                             hedge.start())):
            continue
        bound = _BOUNDS[re.sub(r"\s+", " ", hedge.group("hedge").lower())]
        bounded[index] = figure.model_copy(update={
            "start": hedge.start(), "text": text[hedge.start():figure.end],
            "low": figure.low if bound == "low" else None,
            "high": figure.high if bound == "high" else None,
            **({"kind": "number", "unit": None} if milestone else {}),
        })
    return bounded


def _is_milestone(text: str, figure: Figure) -> bool:
    """ "has broken the 100 million mark", "topped the 100,000 mark.": "the", a round number
    and the mark it is, ending the phrase, read as an amount of German marks. A rate of the
    mark is a small number ("below the 1.80 mark"), and a mark before a noun is money ("over
    its 473 mln mark currency swindle")."""
    return figure.unit == "DEM" and figure.text.endswith(" mark") and (
        figure.value is not None and figure.value >= _MILESTONE) and text.endswith(
        "the ", 0, figure.start) and _PHRASE_ENDS.match(text, figure.end) is not None


def _plain(figure: Figure) -> bool:
    """A plain amount, which may be a limit: "15.8 mln bpd" of "its 15.8 mln bpd ceiling", or
    a milestone ("the 100,000 mark")."""
    return (figure.value is not None and figure.low == figure.high
            and figure.unit not in _SPANS_OF_TIME)
