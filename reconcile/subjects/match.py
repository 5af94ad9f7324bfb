"""Which subject rule a figure is about: kinds and units fit, signal words are near.

The nearest signal wins, so that in "a black policeman was killed and 70 were injured"
the 70 goes with "injured"; a rule's ``priority`` breaks near-ties (distances within the
same few words), since a counted noun such as "protesters" may also sit inside the span of
a figure that the verb before it ("the deaths of at least two protesters") really governs.
"""

from __future__ import annotations

import re

from reconcile.model import Figure
from reconcile.subjects.needles import NEEDLES, heads
from reconcile.subjects.phrases import found, nearest
from reconcile.subjects.rule import SubjectRule, words_of

NEAR = 12
"""Distances (characters) within one bucket count as equally near, for priority."""
OUTSIDE_CLAUSE = 1000
"""Penalty for a signal found in the sentence but outside the figure's clause."""


_NAMED_UNITS = ("count", "quantity")
BARE_NEAR = 30
"""How near the rule's word must be to a count of another noun: "13,000 workers are
involved in the stoppage", "463 people on board", but not "wary of wounded England's
abilities coming into Sunday's game after two straight defeats"."""


def unit_fits(rule: SubjectRule, figure: Figure) -> bool | None:
    """True when the figure's unit is one the rule lists, False when it is not, None when
    there is nothing to check: the rule lists no units, the figure is a share or a sum of
    money (its unit says nothing of the subject), or a bare number with no unit."""
    if not rule.units or figure.kind not in _NAMED_UNITS or not figure.unit:
        return None
    unit = figure.unit.lower()
    return any(unit.startswith(name.lower()) for name in rule.units)

BESIDE_NEAR = 12
"""How near a rule's ``beside`` word must be: "majority of 46", "a 66-seat majority", but
not the "650-seat House of Commons" after "an overall majority of 46 seats in the"."""


def _counts_the_signal(figure: Figure, signals: tuple[str, ...]) -> bool:
    """Whether a count's own noun is one of the rule's signal words ("70 strikes" for the
    workforce rule): it counts that thing, not what the rule measures."""
    unit = (figure.unit or "").lower()
    return any(unit.startswith(signal) for signal in signals if " " not in signal)


def _fraction_of_count(figure: Figure) -> bool:
    """ "A quarter of web users", "a good quarter": a count or bare number below one is a
    share of a population or a noun of time, never a number of things."""
    return figure.kind in ("count", "number") and figure.value is not None \
        and 0 < figure.value < 1


_NUMBER_OF = re.compile(r"\b(?:number|total|tally|count)\s+of\s", re.IGNORECASE)


def _measure_named(rule: SubjectRule, text: str, span: tuple[int, int],
                   sentence: tuple[int, int]) -> int | None:
    """A bare number far from the rule's word ("two of the most significant pieces of news",
    "the 18-35 age bracket") is the rule's only when its sentence names the count it gives:
    "planned to cut the number of civil servants at Whitehall - Labour by more than
    80,000". ("Put the number at 65,000" points back instead: see ``describe_claims``.)"""
    named = _NUMBER_OF.search(text, *sentence)
    if named is None:
        return None
    after = (named.end(), min(sentence[1], named.end() + BARE_NEAR))
    gap = nearest(text, words_of(rule).signals, after, span, sentence)
    return None if gap is None else gap + OUTSIDE_CLAUSE


def _beside(rule: SubjectRule, text: str, span: tuple[int, int],
            sentence: tuple[int, int]) -> bool:
    """Whether one of the rule's ``beside`` words stands within ``BESIDE_NEAR`` of the figure."""
    gap = nearest(text, tuple(rule.beside), sentence, span, sentence)
    return gap is not None and gap <= BESIDE_NEAR


def signal_distance(
    rule: SubjectRule, figure: Figure, text: str,
    clause: tuple[int, int], sentence: tuple[int, int],
) -> int | None:
    """How near the rule's evidence is to the figure, or None when the rule does not fit."""
    if figure.kind not in rule.kinds or _fraction_of_count(figure):
        return None
    fits = unit_fits(rule, figure)
    if fits is False and figure.kind != "count":
        return None
    span = (figure.start, figure.end)
    beside = bool(rule.beside) and _beside(rule, text, span, sentence)
    if rule.beside and not beside:
        return None
    signals = words_of(rule).signals
    gap = nearest(text, signals, clause, span, sentence)
    # a bare number right by the rule's ``beside`` word is named by it ("a 66-seat majority")
    if figure.kind == "number" and not beside and not (gap is not None and gap <= BARE_NEAR):
        return _measure_named(rule, text, span, sentence)
    if fits is False:
        # a count of something else ("two straight defeats", "six big games developers") is
        # the rule's only when its word is right by it ("13,000 workers are on strike"),
        # and not when the rule's word is the thing counted ("70 strikes" are no workers)
        if _counts_the_signal(figure, signals):
            return None
        return gap if gap is not None and gap <= BARE_NEAR else None
    if gap is None:
        gap = nearest(text, signals, sentence, span, sentence)
        gap = None if gap is None else gap + OUTSIDE_CLAUSE
    if gap is None:
        return None  # a unit alone (a table cell in tonnes) does not say what is measured
    return 0 if fits else gap


SignalList = tuple[SubjectRule, tuple[str, ...], int]
_LISTS: dict[tuple[int, ...], list[SignalList]] = {}


def signalled(listed: list[SignalList], text: str,
              sentence: tuple[int, int]) -> list[SubjectRule]:
    """The rules of ``listed`` (see ``signal_lists``), in order, with a signal word in
    ``sentence``: the only ones that fit a figure whose clause lies within it
    (``signal_distance`` is None for the others), so the sentence is tested once for all
    its figures instead of each figure every rule."""
    mask = heads(text, sentence)[0]
    return [rule for rule, signals, bit in listed
            if (not bit or mask & bit) and found(text, signals, sentence)]


def signal_lists(rules: list[SubjectRule]) -> list[SignalList]:
    """Each rule with its signal words and their bit (see ``reconcile.subjects.needles``),
    made once for the same rules in the same order, whatever list holds them (each
    document's list of candidate rules is a new one), and asked once a document. An entry
    holds its rules, so no address in its key is reused while it is kept.

    The rules' facet, verb and forecast lists are given their bits here too, all at once:
    each list first met later would rebuild the needle pattern (and empty the caches of
    places), a hundred times in a corpus's first thousand articles."""
    members = tuple(map(id, rules))
    listed = _LISTS.get(members)
    if listed is None:
        if len(_LISTS) > 64:
            _LISTS.clear()
        for rule in rules:
            words = words_of(rule)
            for phrases in (words.verbs, *words.facets.values(), words.forecasts):
                if phrases:
                    NEEDLES.bit(phrases)
        listed = _LISTS[members] = [
            (rule, words_of(rule).signals, NEEDLES.bit(words_of(rule).signals)) for rule in rules]
    return listed


def choose_rule(
    rules: list[SubjectRule], figure: Figure, text: str,
    clause: tuple[int, int], sentence: tuple[int, int],
) -> SubjectRule | None:
    """The rule whose signal is nearest the figure; priority among near-equals."""
    best: tuple[tuple[int, int, int], SubjectRule] | None = None
    for rule in rules:
        gap = signal_distance(rule, figure, text, clause, sentence)
        if gap is None:
            continue
        score = (gap // NEAR, -rule.priority, gap)
        if best is None or score < best[0]:
            best = (score, rule)
    return best[1] if best else None
