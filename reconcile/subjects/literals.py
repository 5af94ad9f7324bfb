"""Which of several patterns can match in a sentence, by the literal words each needs.

The patterns that read a figure's mode (conditions, goals, polls, tenders, weeks) are run
for every figure with a subject, on stretches of its sentence, and most sentences hold
none of the words any of them needs ("unless", "tender", "week"). Looking the words up once
in the lowered sentence tells which patterns may match anywhere in it; the others are
skipped for all its figures. The test is exact only where lowering follows
``re.IGNORECASE`` (see ``reconcile.textfold``); elsewhere every pattern is run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reconcile.figures.patterns import for_lowered
from reconcile.textfold import folds_by_lowering


class Literals:
    """Groups of literal words, each with the patterns it guards: every match of a pattern
    holds one of its group's words (lower case), which ``tests/test_subjects_literals.py``
    checks on real articles."""

    def __init__(self, *groups: tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]) -> None:
        self.groups = groups
        self.every = (1 << len(groups)) - 1
        self.held = lru_cache(maxsize=512)(self._held)

    def _held(self, text: str, start: int, end: int) -> int:
        """The bits (1 << group's place) of the groups with a word in ``text[start:end]``,
        read once for all the figures of a sentence."""
        piece = text[start:end]
        if not folds_by_lowering(piece):
            return self.every
        lowered = piece.lower()
        bits = 0
        for place, (words, _) in enumerate(self.groups):
            if any(map(lowered.__contains__, words)):  # no generator frame per word
                bits |= 1 << place
        return bits


def lead_tail(lead: str) -> str | None:
    """``lead`` lowered and without its trailing white space, for ``Anchored.search``;
    None when lowering is no guide in it."""
    return lead.lower().rstrip() if folds_by_lowering(lead) else None


class Anchored:
    """A pattern searched in the words before a figure and anchored at their end ("rose by
    about "), with the words a match may end with before its final white space: a lead
    ending otherwise is not searched (most leads end in none of them). A case-blind
    pattern is run in its lowered, case-sensitive form (``for_lowered``) on a lead that
    lowering is a guide in: a search anchored at the end is tried at every character of
    the lead, and a case-blind alternation of words costs several times more there."""

    __slots__ = ("endings", "lowered", "pattern")

    def __init__(self, pattern: re.Pattern[str], endings: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.endings = endings
        self.lowered = for_lowered(pattern) if pattern.flags & re.IGNORECASE else None

    def search(self, lead: str, tail: str | None) -> bool:
        """Whether the pattern matches in ``lead`` (``tail``: ``lead_tail(lead)``)."""
        if tail is None:
            return self.pattern.search(lead) is not None
        if not tail.endswith(self.endings):
            return False
        if self.lowered is None:
            return self.pattern.search(lead) is not None
        return self.lowered.search(lead.lower()) is not None
