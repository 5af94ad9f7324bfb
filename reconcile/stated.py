"""Rival figures one sentence sets against each other, whatever their keys say.

Subjects and event keys decide from each figure's own words whether two figures measure
one thing, and a pair breaks on any one slot: "output for the 1986/87 coffee year would
not exceed 10.5 mln bags, compared with 12 mln forecast by the National Coffee Growers'
Federation" has one figure keyed as a forecast and one not; "The embassy estimated ...
production at 1.8 mln tonnes, against a government estimate of 1.99 mln" likewise. The
sentence itself says the two are one measure: it names two sources and sets one figure
against the other. Such a pair is judged on its own, beside the groups, when grouping
kept it apart.

A pair is stated when both figures stand in one sentence, are of one unit, come from two
rival sources that each report their figure (``compare.rivals``), with words of comparison
between them ("compared with", "against", "higher than", "below", "while", "but") and no
other figure of that unit in between (the words would compare that one); not when the
sentence dates them to two periods ("in 1986 ... in 1987"), names two owners or places
("the German deficit ... while France's"), gives one as a change and the other as a level
("rose 5 pct") or as the level a change started "from", sets a forecast against the outcome
it missed, sets two polls side by side, or marks the later one as an earlier value
("compared with initial expectations of three mln bags").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import combinations

from reconcile.compare import rivals
from reconcile.group import UNCOMPARED, unit_class
from reconcile.model import Claim
from reconcile.ruleset import Ruleset
from reconcile.subjects.event import is_part, parse
from reconcile.subjects.generic import GENERIC

_SETS_AGAINST = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\b|(?:higher|lower|more|less|greater|"
    r"fewer|bigger|smaller|larger|above|below)\s+than|below|above|short\s+of|instead\s+of|"
    r"rather\s+than|contrary\s+to|unlike|but|while|whereas)\b",
    re.IGNORECASE)
"""Words by which a sentence sets one figure against another."""

_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|rise|fall|rising|falling|increased?|decreased?|declined?|"
    r"dropped|drop|gained|gain|jumped|climbed|grew|growth|slipped|cut|lower|higher|by)\s+"
    r"(?:by\s+)?(?:an?\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE)
"""Words right before a figure that make it a change, not a level ("rose on the revised
basis by 3.2 pct")."""
_CHANGE_REACH = 30

_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|initial(?:ly)?|earlier|original(?:ly)?|prior|formerly|"
    r"last\s+(?:year|month|week|season)|a\s+year\s+(?:ago|earlier|before))\b", re.IGNORECASE)
"""Words that make a figure an earlier value ("compared with initial expectations of three
mln bags"): the sentence tells of a revision, not of two rival figures."""
_EARLIER_AFTER = 40


_FORECAST_CUE = re.compile(r"forecast|expect|estimat|predict|project|anticipat", re.IGNORECASE)
_OUTCOME_CUE = re.compile(r"\b(?:reported|posted|announced|recorded|showed|earned|made)\b",
                          re.IGNORECASE)
"""A figure a source forecasts and one a source reports as done ("the company reported a
profit margin of 45.6%, less than the 47.3% forecast by analysts") are a forecast and the
outcome it missed, not rival figures for one thing."""


def _forecast_against_outcome(a: Claim, b: Claim) -> bool:
    def forecast(claim: Claim) -> bool:
        return parse(claim.event).mode == "forecast" or bool(
            claim.source.cue and _FORECAST_CUE.search(claim.source.cue))

    def outcome(claim: Claim) -> bool:
        return bool(claim.source.cue and _OUTCOME_CUE.search(claim.source.cue)) \
            and not forecast(claim)

    return (forecast(a) and outcome(b)) or (outcome(a) and forecast(b))


_POLL = re.compile(r"\bpolls?\b", re.IGNORECASE)
"""Polls are each their own sample (``group.UNCOMPARED``): two polls' leads differ by
design, and a sentence that sets them side by side says so."""


def _is_part(claim: Claim, text: str) -> bool:
    """A part, a difference or an earlier value ("rose to 138.2 mln dlrs from 87.8 mln",
    "to 2.9% of GDP next year from 3.9% this year"), as its key says or its words do
    whatever period is named (the key keeps a dated earlier value as a level)."""
    return parse(claim.event).part or is_part(text, (claim.sentence_start, claim.sentence_end),
                                              claim.figure, False)


def _is_change(claim: Claim, text: str) -> bool:
    """Whether the words right before the figure make it a change ("rose 5 pct")."""
    start = claim.figure.start
    return _CHANGE_BEFORE.search(text, max(claim.sentence_start, start - _CHANGE_REACH),
                                 start) is not None


def _one_unit(a: Claim, b: Claim) -> bool:
    """Figures of one unit; counts only of one stated noun ("1.5 mln tonnes", not "two
    agendas" against the "4" of "Radio 4")."""
    if unit_class(a) != unit_class(b):
        return False
    if a.figure.kind in ("number", "count"):
        return bool(a.figure.unit) and a.figure.unit == b.figure.unit
    return True


def _of_one_thing(a: Claim, b: Claim) -> bool:
    """Whether the figures' keys allow one thing: no two subjects, periods, dates, owners
    or places, and neither is a poll's, a rating's, a tender's or a week's (see
    ``group.UNCOMPARED``); parts are ruled out by ``_is_part``."""
    if a.subject and b.subject and a.subject != b.subject:
        return False
    if a.when and b.when and a.when != b.when:
        return False
    one, other = parse(a.event), parse(b.event)
    if one.mode in UNCOMPARED or other.mode in UNCOMPARED:
        return False
    if one.period and other.period and one.period != other.period:
        return False
    if one.owner and other.owner and one.owner != other.owner:
        return False
    return not (one.who and other.who and not one.who & other.who)


def _stated(a: Claim, b: Claim, between: list[Claim], text: str) -> bool:
    """Whether the sentence sets ``a`` (the earlier) against ``b`` as one measure."""
    if not _one_unit(a, b) or not rivals(a, b) or not _of_one_thing(a, b) \
            or _forecast_against_outcome(a, b):
        return False
    if any(unit_class(claim) == unit_class(a) for claim in between):
        return False
    if _is_change(a, text) != _is_change(b, text) or _is_part(a, text) or _is_part(b, text):
        return False
    if _POLL.search(text, a.sentence_start, a.sentence_end):
        return False
    if _EARLIER.search(text, a.figure.end, min(b.sentence_end, b.figure.end + _EARLIER_AFTER)):
        return False
    return _SETS_AGAINST.search(text, a.figure.end, b.figure.start) is not None


def stated_pairs(claims: list[Claim], groups: list[list[Claim]], texts: Mapping[str, str],
                 rules: Ruleset) -> list[list[Claim]]:
    """The stated pairs (see the module's docstring) that grouping put in no one group,
    each as a group of two under the subject either figure has (or the ``generic`` rule's
    where neither has one, when it is loaded): a claim without a subject takes it."""
    together: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for claim in group:
            together.setdefault(claim.id, set()).add(number)
    known = {rule.id for rule in rules.subjects}
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault((claim.document, claim.sentence_start), []).append(claim)
    pairs: list[list[Claim]] = []
    for (document, _), members in by_sentence.items():
        if len(members) < 2:
            continue
        members = sorted(members, key=lambda claim: claim.figure.start)
        text = texts[document]
        for first, second in combinations(range(len(members)), 2):
            a, b = members[first], members[second]
            if together.get(a.id, set()) & together.get(b.id, set()):
                continue
            if not _stated(a, b, members[first + 1:second], text):
                continue
            subject = a.subject or b.subject or GENERIC
            if subject not in known:
                continue
            pairs.append([claim if claim.subject else claim.model_copy(update={"subject": subject})
                          for claim in (a, b)])
    return pairs
