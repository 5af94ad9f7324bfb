"""Prices told by the decade they fall in: "analysts value Purolator in the mid 30s a share".

Wire copy gives a rough price as a part of a decade ("in the low 50s", "in the upper 80s to
100 dlrs per share", "the stock can go to the mid 30s") or as a whole one of three digits
("a price in the 160s", 160 to 169). Read as a figure, it is an interval by the convention
the dev set's annotators use: the low part of a decade is its first four numbers, the middle
its next three and the high part its last three (the mid 30s are 34 to 36). The same words also
name decades of years ("in the mid-70s, when I was there"), so only a sentence that speaks
of a value, a price or shares reads them as one.
"""

from __future__ import annotations

import re

from reconcile.figures.patterns import PER_SHARE
from reconcile.model import Figure

_DECADE = re.compile(
    r"\b(?:in|to|into)\s+the\s+(?:(low|lower|mid|high|upper)[\s-]?([1-9])0s|([1-9]\d)0s)\b",
    re.IGNORECASE)
"""A part of a decade after "in", "to" or "into" ("in the low 50s", "go to the mid 30s"),
or a whole decade of three digits ("a price in the 160s"), which no decade of years is."""
_PARTS = {"low": (0, 3), "lower": (0, 3), "mid": (4, 6), "high": (7, 9), "upper": (7, 9)}
_VALUE_WORDS = re.compile(
    r"\b(?:valu(?:e|ed|es|ing)|worth|pric(?:e|ed|es|ing)|trad(?:e|ed|ing)|shares?|stock|"
    r"dlrs?|dollars?|bids?|offers?)\b", re.IGNORECASE)
_WEATHER_WORDS = re.compile(
    r"\b(?:temperatures?|degrees|freezing|readings|highs|lows|fahrenheit|celsius)\b",
    re.IGNORECASE)
"""A weather report's decades are temperatures ("expected to drop to freezing to the low
20s"), whatever price its sentence also names."""
_DOLLARS_AFTER = re.compile(r"\s+(?:dlrs?|dollars)\b", re.IGNORECASE)
_SENTENCE_REACH = 200


def decade_ranges(text: str, dollar: str) -> list[Figure]:
    """The parts of decades in ``text`` that price something, as intervals: money per
    share when "a share" follows, dollars (``dollar``'s code) when "dlrs" does, else a
    plain number."""
    if "0s" not in text:
        return []  # one substring test spares most texts the search
    found = []
    for match in _DECADE.finditer(text):
        if not _prices(text, match.start(), match.end()):
            continue
        part = match.group(1)
        base = int(match.group(2) or match.group(3)) * 10
        first, last = _PARTS[part.lower()] if part else (0, 9)
        share = PER_SHARE.match(text, match.end())
        dollars = _DOLLARS_AFTER.match(text, match.end())
        if share is not None:
            kind, unit, end = "money", f"{dollar} per share", share.end()
        elif dollars is not None:
            kind, unit, end = "money", dollar, dollars.end()
        else:
            kind, unit, end = "number", None, match.end()
        found.append(Figure(
            text=text[match.start():end], start=match.start(), end=end,
            number_start=match.start(1 if part else 3), number_end=match.end(), value=None,
            low=float(base + first), high=float(base + last), approx=False, kind=kind,
            unit=unit))
    return found


def _prices(text: str, start: int, end: int) -> bool:
    """Whether the sentence around the words speaks of a value or a price, and not of the
    weather."""
    low = max(text.rfind(". ", max(0, start - _SENTENCE_REACH), start),
              text.rfind("\n", max(0, start - _SENTENCE_REACH), start), start - _SENTENCE_REACH)
    stop = text.find(". ", end, end + _SENTENCE_REACH)
    high = stop if stop >= 0 else end + _SENTENCE_REACH
    return _VALUE_WORDS.search(text, max(0, low), high) is not None \
        and _WEATHER_WORDS.search(text, max(0, low), high) is None
