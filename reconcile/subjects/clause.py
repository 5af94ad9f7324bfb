"""The clause a figure belongs to: the words that say what it measures.

News packs several figures into one sentence ("Labour by more than 80,000 and the Tories by
almost 100,000"; "4.4% in 2004, but fall to 3.3% next year"), so the words that qualify a
figure are those of its own clause: cut at clause breaks and at the neighbouring figures.
"From" and "than" open a clause for the figure after them: in "rose to $935.8m from
$648.4m" the second figure is the earlier one, and in "less than the 16.5 mln tonnes of
last year" the modal words before "than" are not about it; they do not close the clause
before them ("£33.5bn less spending than that anticipated by Labour by 2011"). A wire
dateline ("PARIS, March 19 - ") is not part of any clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reconcile.model import Figure, Sentence
from reconcile.timeref import DATELINE, MONTHS

_BREAK = re.compile(
    r";|:\s|\s[-–—]{1,2}\s|,\s+(?:but|while|whereas|although|though)\b"
    r"|\s(?:but|while|whereas)\s|,\s+(?=(?:allowing|taking|adjusting|excluding|discounting|"
    r"reflecting|suggesting|signalling|signaling|confirming|indicating|underlining)\s)"
    r"|,\s+with\s+(?=(?:[\w'’-]+\s+){1,4}?(?:running|standing|rising|falling|remaining|"
    r"growing|slowing|easing|hovering)\b)"
)
"""...and a participle clause after a comma says how a figure was reached or what it
shows, not what it is ("so far this year is therefore 1.3 pct, allowing for January's
revised figures": a year's figure so far, not January's; "fell from £180,126 in November
to £178,906, reflecting recent Land Registry figures confirming a slowdown in late 2004":
December's price by the ODPM, not the Land Registry's of 2004); a "with" clause after a
comma tells another measure ("house prices fell 0.2% in December, with annual inflation
running at a three year low": the fall is December's, not the annual rate)."""
_OPENS = re.compile(r"\s(?:compared with|compared to|against|versus|vs|from|than)\s")
_OPENING_WORDS = ("compared", "against", "versus", "vs", "from", "than")
"""Words every match of ``_OPENS`` holds (it is case-sensitive): most clauses hold none."""
_JOINT = re.compile(
    r",\s|\s(?:and|or)\s(?!less\b|so\b|(?:" + "|".join(month[:3] for month in MONTHS)
    + r")[a-z]*\.?\s+\d)", re.IGNORECASE)
"""Where a clause of the next figure may begin; the "or" of "more or less 1%" and of "a
dozen or so" hedges a figure and joins nothing, and the "and" of "between March 1 and March
25" joins two days of one period."""
_AND_BEFORE = re.compile(r"\s(?:and|or)\s+$")


def dateline_end(text: str, sentence: Sentence) -> int:
    """Where the sentence proper starts, after a wire dateline if it opens with one."""
    return _dateline_end(text, sentence.start, sentence.end)


@lru_cache(maxsize=256)
def _dateline_end(text: str, start: int, end: int) -> int:
    """``dateline_end``, read once for all the figures of a sentence."""
    match = DATELINE.match(text, start, end)
    return match.end() if match else start


@lru_cache(maxsize=256)
def _breaks(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The clause breaks of a sentence proper, found once for all its figures; none inside
    brackets ("9.5bn kronor (£722m; $1.3bn) in the fourth quarter" is one clause)."""
    return tuple(match.span() for match in _BREAK.finditer(text, start, end)
                 if text.rfind("(", start, match.start()) <= text.rfind(")", start,
                                                                        match.start()))


def clause_window(
    text: str, whole: tuple[int, int], figure: Figure, enders: list[Figure]
) -> tuple[int, int]:
    """Offsets of the clause around ``figure`` within the sentence proper ``whole`` (after
    its dateline), bounded by breaks and by ``enders``: the other figures of the sentence
    that end a clause (those that name no period: see ``names_period``), told once for
    all its figures."""
    low, high = whole
    for start, end in _breaks(text, low, high):
        if end <= figure.start:
            low = max(low, end)
        elif start >= figure.end:
            high = min(high, start)
            break
    lead = text[low:figure.start]
    if any(map(lead.__contains__, _OPENING_WORDS)):
        for match in _OPENS.finditer(text, low, figure.start):
            low = match.end()  # "from $648.4m": a yardstick opens a clause, it does not end one
    if text[low:figure.start].rstrip().endswith(("and", "or")) \
            and _AND_BEFORE.search(text, low, figure.start):
        low = figure.start  # "was killed and 70 were injured": the 70 starts a clause
    for other in enders:
        if other.end <= figure.start and other.end >= low:
            low = _last_joint(text, other.end, figure.start) or other.end
        elif other.start >= figure.end and other.start <= high:
            high = _last_joint(text, figure.end, other.start, before=True) or other.start
    return low, high


_TIME_UNITS = ("day", "week", "month", "quarter", "year")
_PERIOD_LEAD = re.compile(r"\b(?:first|last|past|previous|latest|next)\s+$", re.IGNORECASE)


def names_period(text: str, figure: Figure) -> bool:
    """Whether a number is the length of a period that qualifies another figure ("9.59 mln
    tonnes in the first eight months of 1987"): it ends no clause, so the figure keeps its
    period. (The last day of a run of days, "February 1 to 25", is no figure at all.)"""
    return bool(figure.unit) and figure.unit.lower().startswith(_TIME_UNITS) \
        and _PERIOD_LEAD.search(text, max(0, figure.start - 12), figure.start) is not None


def _last_joint(text: str, start: int, end: int, before: bool = False) -> int | None:
    """The last "and"/"or"/comma between two figures: the words after it go with the later
    figure ("Labour by more than 80,000 and the Tories by almost 100,000")."""
    joints = list(_JOINT.finditer(text, start, end))
    if not joints:
        return None
    return joints[-1].start() if before else joints[-1].end()


_OPENED_BY_FROM = re.compile(r"\sfrom\s$")


def names_start(text: str, whole: tuple[int, int], clause: tuple[int, int],
                figure: Figure) -> int:
    """Where the names of a figure's clause begin: its start, but for a figure right after
    the "from" that opens its clause, the start of the clause before it. The earlier value
    of a change has the subject of the change's verb for its own ("The average UK house
    price fell from £180,126 in November to £178,906" is the UK's at either end), though the
    verb's modal and period words are the later value's."""
    if text[clause[0]:figure.start].strip() \
            or _OPENED_BY_FROM.search(text, max(whole[0], clause[0] - 6), clause[0]) is None:
        return clause[0]
    low = whole[0]
    for _, end in _breaks(text, *whole):
        if end <= clause[0]:
            low = max(low, end)
    return low

