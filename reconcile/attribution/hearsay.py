"""Figures told as hearsay: "which reportedly cost $150m", "rumoured to have cost".

A reporter who cannot name a source still says the figure is not the paper's own: "Critics
have savaged the three-hour epic, which reportedly cost $150m", "Euronext is reported to be
ready to raise £1.4bn", "amid rumours the German group may raise its bid to £1.5bn". The
figure is then the reports' or the rumours', not the publisher's, for as far as the clause
the marker opens goes: up to a comma, a bracket, a dash or the sentence's end, and never
over an earlier value ("from its initial £1.3bn offer"), which the reporter states as
known. Only a figure no cue of the sentence covers is read this way (see ``attribute``).
"""

from __future__ import annotations

import re

from reconcile.model import Sentence, Source
from reconcile.textfold import may_hold

_MARKER = re.compile(
    r"\b(?:(?P<reports>reportedly|(?:is|are|was|were)\s+reported\s+to)"
    r"|(?P<rumours>(?:is\s+|are\s+|was\s+|were\s+)?rumou?red\s+to|amid\s+rumou?rs))\b",
    re.IGNORECASE)
"""A marker of hearsay and the clause it opens: "reportedly", "is reported to" (not "were
reported wounded", an event), "rumoured to", "amid rumours"."""
_MARKER_WORDS = ("report", "rumo")
"""Words every match of ``_MARKER`` holds: the words before most figures hold neither, and
are not searched (a case-blind pattern opening with a word boundary is tried at every
character, for each figure of the sentence that no cue covers)."""
_CLAUSE_END = re.compile(r"[,;:()]|\s(?:-|--|–|—)\s"
                         r"|\sfrom\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[a-z]+\s+)?[£$€]?\d")
"""Where a hearsay clause ends: its punctuation, a dash, or an earlier value ("from its
initial £1.3bn offer"; not "bought two cargoes from operators at around 229 dlrs")."""


def hearsay(text: str, sentence: Sentence, start: int) -> Source | None:
    """The unnamed reports or rumours a figure at ``start`` is told as, if a hearsay marker
    before it in its sentence opens a clause that reaches it; else None."""
    if not may_hold(text[sentence.start:start], _MARKER_WORDS):
        return None
    found = None
    for marker in _MARKER.finditer(text, sentence.start, start):
        end = _CLAUSE_END.search(text, marker.end(), sentence.end)
        found = marker if end is None or end.start() >= start else None
    if found is None:
        return None
    name = "reports" if found.group("reports") else "rumours"
    return Source(name=name, kind="media", cue=found.group(), explicit=True,
                  evidence=found.group(), start=found.start(), end=found.end())
