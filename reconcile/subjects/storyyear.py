"""The year an undated story calls "this year", where its own figures say which it is.

An article with no publication date keeps "this year" and "next year" as words in its
event keys (``period=this-year``), so its figures meet neither dated ones nor another
undated story's of the same year named otherwise ("its 2005 growth forecast" against
"growth for the current year"). Two readings of the story's figures tie the words to a
year, and only these:

- one measure given in "this year" (or "next year") and in a named year at the same value:
  "The International Monetary Fund is to cut its 2005 growth forecast for the German
  economy from 1.8% to 0.8%" and "the IMF had said that German growth for the current year
  would be 1.8%" make the current year 2005;
- one measure run over three or more periods in one sentence, a year apart each, named and
  relative alike: "total growth of 3.6% in 2004 ..., slipping to 2.9% next year before
  recovering to 3.1% in 2006" makes next year 2005; "4.1% this year, dipping to 4% in
  2005, before picking up again to 4.2% in 2006" makes this year 2004.

Readings that disagree leave the story undated. "Last year" is not resolved: its words
("a year ago", "a year earlier") also stand for the same quarter a year back. The year
found goes into the event key's period only; a claim's ``when`` stays as the text gives it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from reconcile.model import Claim
from reconcile.subjects.event import EventKey, parse
from reconcile.timeref import MONTHS

_RELATIVE = re.compile(r"(this|current|next|coming)-year(?:-(\w[\w/]*))?")
_SHIFT = {"this": 0, "current": 0, "next": 1, "coming": 1}
_YEAR = re.compile(r"(?:19|20)\d\d")
_RUN = 3
"""How many periods a sentence's run of one measure needs: two may go either way ("8%
this year after 9% last year"), three a year apart fix the relative one."""


def _shift(period: str | None) -> int | None:
    """How many years after the story's year a relative period ("this-year",
    "next-year-h1") lies, or None for any other period."""
    match = _RELATIVE.fullmatch(period or "")
    return None if match is None else _SHIFT[match.group(1)]


def _year(period: str | None) -> int | None:
    return int(period) if period and _YEAR.fullmatch(period) else None


def _measure(claim: Claim, key: EventKey) -> tuple[object, ...]:
    """What two figures must share to be one measure here: subject, unit, facet, mode and
    names near the figure."""
    return (claim.subject, claim.figure.kind, claim.figure.unit, key.facet, key.mode,
            key.who, key.of, key.what)


def _same_value(one: Claim, other: Claim) -> bool:
    return (one.figure.low, one.figure.high) == (other.figure.low, other.figure.high) \
        and one.figure.low is not None


def _by_value(keyed: list[tuple[Claim, EventKey]]) -> set[int]:
    """The years a figure of a relative period and one of a named year of the same measure
    at the same value make "this year" (the earlier value of a change counts: the IMF's
    "from 1.8%" is the forecast it had made)."""
    years = set()
    for claim, key in keyed:
        shift = _shift(key.period)
        if shift is None:
            continue
        measure = _measure(claim, key)
        for other, other_key in keyed:
            year = _year(other_key.period)
            if year is not None and _same_value(claim, other) \
                    and _measure(other, other_key)[:4] == measure[:4] \
                    and (other_key.mode in (None, key.mode)) and _names_fit(key, other_key):
                years.add(year - shift)
    return years


def _names_fit(one: EventKey, other: EventKey) -> bool:
    """Names near both figures, where both have them, overlap; an owner named on both is one."""
    mine, theirs = one.clause_names(), other.clause_names()
    if mine and theirs and not mine & theirs:
        return False
    return one.owner is None or other.owner is None or one.owner == other.owner


def _by_run(keyed: list[tuple[Claim, EventKey]]) -> set[int]:
    """The years a sentence's run of one measure over periods a year apart makes "this
    year": in text order, named years and relative ones, three or more, each one year on
    (or back) from the one before."""
    runs: dict[tuple[object, ...], list[tuple[int | None, int | None]]] = {}
    for claim, key in keyed:
        shift, year = _shift(key.period), _year(key.period)
        if key.part or (shift is None and year is None):
            continue
        measure = (claim.document, claim.sentence_start, *_measure(claim, key)[:4])
        runs.setdefault(measure, []).append((shift, year))
    years = set()
    for periods in runs.values():
        if len(periods) < _RUN or all(year is None for _, year in periods) \
                or all(shift is None for shift, _ in periods):
            continue
        for step in (1, -1):
            found = _run_year(periods, step)
            if found is not None:
                years.add(found)
    return years


def _run_year(periods: list[tuple[int | None, int | None]], step: int) -> int | None:
    """The story's year that makes ``periods`` (shift, named year) a run ``step`` years
    apart each, if one does."""
    first_named = next(index for index, (_, year) in enumerate(periods) if year is not None)
    start = periods[first_named][1]
    assert start is not None
    story = None
    for index, (shift, year) in enumerate(periods):
        expected = start + step * (index - first_named)
        if year is not None and year != expected:
            return None
        if shift is not None:
            if story is not None and story != expected - shift:
                return None
            story = expected - shift
    return story


def story_year(claims: Iterable[Claim]) -> int | None:
    """The year an undated story's "this year" is, where its figures agree on one (see the
    module's note), else None."""
    keyed = [(claim, parse(claim.event)) for claim in claims if claim.event]
    if not any(_shift(key.period) is not None for _, key in keyed):
        return None  # most stories say no "this year" of a measure: nothing to resolve
    years = _by_value(keyed) | _by_run(keyed)
    return years.pop() if len(years) == 1 else None


def resolved(period: str, year: int) -> str:
    """A relative period in the story's year: "this-year" 2005 is "2005", "next-year-h1"
    is "2006-h1", "this-year-march" is "2005-03"."""
    match = _RELATIVE.fullmatch(period)
    if match is None:
        return period
    target = year + _SHIFT[match.group(1)]
    part = match.group(2)
    if part is None:
        return str(target)
    if part in MONTHS:
        return f"{target}-{MONTHS.index(part) + 1:02d}"
    return f"{target}-{part}"


def with_story_year(claims: list[Claim]) -> list[Claim]:
    """The claims, with "this year" and "next year" in their event keys resolved against
    the year the story's figures give it (see ``story_year``); unchanged where they give
    none. Only the key changes: ``when`` does not claim a date the story never gave."""
    year = story_year(claims)
    if year is None:
        return claims
    result = []
    for claim in claims:
        key = parse(claim.event) if claim.event else None
        if key is not None and _shift(key.period) is not None:
            assert key.period is not None
            claim = claim.model_copy(update={
                "event": replace(key, period=resolved(key.period, year)).text()})
        result.append(claim)
    return result
