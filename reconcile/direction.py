"""Which way a stated change goes: "prices rose 1.1%" and "prices fell 0.2%" disagree
on the direction before they disagree on the size.

A figure is written without its sign ("fell 0.2%", "a 0.2% slip"), so two changes of one
measure compared by their numbers alone read "1.1%" against "0.2%" as 5.5 times apart,
and a rise of 0.2% against a fall of 0.2% as agreeing. Only a change word right at the
figure counts: the verb or adverb just before it, with nothing but a hedge between ("fell
by about 0.2%", "up 2.3%"), or the noun just after it ("a 0.6% rise", "a 0.2% slip"). A
figure after "to" or "from" is a level, not a change ("rose 5% to 10%"), and is read as
none. Percentages and points only: counts and sums that "fell" are read from their own
levels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Literal

from reconcile.model import Claim

Change = Literal["up", "down"]

_UP = (r"rose|risen|rise|rises|rising|increased|increases|grew|grown|grows|growing|gained|"
       r"gains|climbed|climbs|jumped|jumps|surged|soared|advanced|up|higher")
_DOWN = (r"fell|fallen|falls|falling|decreased|decreases|declined|declines|declining|"
         r"dropped|drops|dropping|slipped|slips|slid|eased|eases|down|lower|shrank|shrunk|"
         r"contracted|slumped|plunged|tumbled")
_HEDGES = (r"by|some|about|around|nearly|almost|just|only|roughly|approximately|another|"
           r"a\s+further|an?\s+estimated|an?\s+annual|an?")
_BEFORE = re.compile(rf"\b(?:({_UP})|({_DOWN}))(?:\s+(?:{_HEDGES}))*\s+$", re.IGNORECASE)
_AFTER = re.compile(
    r"\s+(?:(rise|increase|gain|jump|growth|climb|advance)|"
    r"(fall|drop|decline|slip|slide|dip|decrease|contraction|cut))\b", re.IGNORECASE)
_LEAD = 40
"""How far before a figure its change word is looked for (characters)."""
_KINDS = frozenset(("percent", "points"))


def change_of(text: str, claim: Claim) -> Change | None:
    """"up" or "down" when the words at the figure say which way it changed, else None."""
    figure = claim.figure
    if figure.kind not in _KINDS or not figure.value:
        return None
    before = _BEFORE.search(text, max(claim.sentence_start, figure.start - _LEAD), figure.start)
    if before is not None:
        return "up" if before.group(1) else "down"
    after = _AFTER.match(text, figure.end, claim.sentence_end)
    if after is not None:
        return "up" if after.group(1) else "down"
    return None


def changes(claims: Iterable[Claim], texts: Mapping[str, str]) -> dict[str, Change]:
    """The direction of each claim that a rule compares and whose words give one, by id
    (``texts`` are the documents' texts by id): claims no rule claims are never judged, so
    their words are not read."""
    found: dict[str, Change] = {}
    for claim in claims:
        if claim.subject is None or claim.document not in texts:
            continue
        change = change_of(texts[claim.document], claim)
        if change is not None:
            found[claim.id] = change
    return found


def opposite(one: Change | None, other: Change | None) -> bool:
    """Whether two changes go opposite ways (both known, one up and one down)."""
    return one is not None and other is not None and one != other
