"""Sentences that give a change worked out from the figure just before them.

"Sales passed 167 million in the third quarter, according to a report from analysts
Gartner. That was 26% more than the previous year." The second sentence names nobody, but
its subject is the figure the sentence before gave and its figure is that figure's change
or ratio: a reader takes both from one source, as annotators do. Only this narrow shape
carries a figure's source across sentences here ("That/This/It was/is/represents" straight
into a rise, a fall, "up from" or "N% more"): carrying sources broadly loses more than it
gains, and a sentence that sets another number beside the figure ("This compares with a
deficit of 24.6 billion dlrs in February 1986", "That is above the projected eurozone
average") brings in the writer's own figure, which stays the writer's.
"""

from __future__ import annotations

import re

_NUMBER = (r"(?:[\d][\d.,/-]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve|half)")
_CHANGE_NOUNS = (r"(?:increase|rise|drop|fall|decline|gain|jump|cut|reduction|decrease|"
                 r"improvement|slide|dip)")
_COMPARATIVES = r"(?:more|less|higher|lower|fewer|greater|bigger|smaller|above|below|up|down)"

_DERIVED_CHANGE = re.compile(
    r"[\"“]?(?:That|This|It)\s+"
    r"(?:was|is|were|are|would\s+be|represents|represented|marks|marked)\s+"
    r"(?:also\s+|still\s+)?"
    r"(?:about\s+|almost\s+|nearly\s+|some\s+|roughly\s+|around\s+|just\s+|only\s+|"
    r"slightly\s+|over\s+)?"
    r"(?:(?:up|down)\b"  # "That was up from 2,997,800 the previous week"
    rf"|an?\s+(?:[\w.,%-]+\s+){{0,3}}?{_CHANGE_NOUNS}\b"  # "This was a one point drop"
    rf"|{_NUMBER}\s*(?:pct|percent|%|per\s+cent|percentage\s+points?|points?|times)?\s+"
    rf"{_COMPARATIVES}\b)")  # "That was 26% more than in December 2003"
"""A sentence whose subject is the figure just given and whose figure is its change."""


def derives_from_before(sentence: str) -> bool:
    """Whether a sentence opens by giving the change of the figure the one before gave
    ("That was 26% more than the previous year", "This was a one point drop for the
    Conservatives", "It represents an increase of 20% on last year's figures", "That was up
    from 2,997,800 the previous week")."""
    return _DERIVED_CHANGE.match(sentence.lstrip()) is not None
