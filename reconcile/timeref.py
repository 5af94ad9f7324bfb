"""The time a claim refers to, from the words near it and the article's date.

Two things come out of the text: the *period* a figure measures ("in February", "fourth
quarter 1986", "the 1987/88 crop", "next year"), which is part of the event key since a
February output and a January output are different things; and the *day* of an event
("on Sunday", "yesterday", "on March 5"), which moves the claim's date. Relative words are
resolved against the publication date; without one they stay as words ("next-year"), which
still keep "this year" and "next year" apart within one article. A year that names a
yardstick ("the 1978 record of 237 mln", "the 1986 level of two pct") is not the period,
nor is a deadline ("£33.5bn less spending by 2011" is the plan's sum, whenever it is met).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta

from reconcile.textfold import folds_by_lowering

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
MONTH_WORD = _MONTH
"""A month's name or its abbreviation, in lower case, for other stages' patterns."""
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
_RELATIVE_YEAR = {"this": 0, "current": 0, "last": -1, "previous": -1, "preceding": -1,
                  "prior": -1, "next": 1, "coming": 1}

_SEASON = re.compile(r"((?:19|20)\d\d)(?<!\w\d{4})[/-](\d\d)\b")
"""A split year ("1986/87"). The patterns of written years open with the year's digits and
test what stands before them by a look-behind past them: a pattern opening with a digit is
tried only where a "1" or "2" stands (the engine skips to it at C speed), one opening with
a look-behind or word boundary at every character, several times slower over a clause."""
_QUARTER = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+quarter(?:\s+of)?"
    r"(?:\s+((?:19|20)\d\d))?"
    r"|\b(q[1-4])(?:\s+((?:19|20)\d\d))?\b"
    r"|\blast\s+quarter\s+of\s+((?:19|20)\d\d)\b"
    r"|\b(march|june|september|december)\s+quarter\b", re.IGNORECASE)
_HALF = re.compile(
    r"\b(first|second|1st|2nd)[\s-]+half(?:[\s-]+year)?(?:\s+of)?(?:\s+((?:19|20)\d\d))?",
    re.IGNORECASE)
_MONTHS_TO = re.compile(
    r"\b((?:three|six|nine|twelve|3|6|9|12)(?=\s+months)|year|quarter|half)(?:\s+months)?\s+"
    r"(?:to|through|ended|ending|until|to the end of)(?:\s+in)?"
    r"\s+(" + _MONTH + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?(?:\s+((?:19|20)\d\d))?\b",
    re.IGNORECASE)
_GRAIN = re.compile(
    r"\b(?:for|in|during|over|of)\s+the\s+(?:full\s+|whole\s+|fiscal\s+|financial\s+|"
    r"same\s+|latest\s+|corresponding\s+)?(year|quarter|half|half-year)\b"
    r"(?!\s+(?:earlier|ago|before|to|through|ended|ending|until))", re.IGNORECASE)
"""A period's length without its date ("for the year", "in the quarter", "in the same
quarter last year"): a quarter's figure and a year's are different things even where
neither is dated."""
_RATE_GRAIN = re.compile(
    r"\b(annual|annually|annualised|annualized|year-on-year|full-year|quarterly|half-year|"
    r"half-yearly)\b(?!\s+(?:[a-z]+\s+)?(?:reports?|meetings?|conferences?|congress|"
    r"conventions?|sessions?|reviews?|surveys?|statements?|addresses|address|bulletins?|"
    r"summits?|talks)\b)", re.IGNORECASE)
"""The length a rate is measured over ("annual growth of just 0.2%"). For a sum, "an
annual £10.5bn black hole" is a flow per year, not a year's figure against a quarter's.
A yearly publication or gathering says where a figure was given, not how long it
measures: "Bank Negara also said in its annual report that gross national product (GNP)
is expected to grow by 3.5 to four pct"."""
_GRAIN_OF = {"annual": "year", "annually": "year", "annualised": "year",
             "annualized": "year", "year-on-year": "year", "full-year": "year",
             "quarterly": "quarter", "half-year": "half", "half-yearly": "half"}
_TO_DATE = re.compile(
    r"\bso\s+far\s+(?:this\s+year|in\s+((?:19|20)\d\d))\b|\byear[- ]to[- ]date\b",
    re.IGNORECASE)
"""A year's figure so far ("the annual inflation rate to 6.2 pct so far this year") is not
the whole year's: "1987-ytd" is a period of its own, never still ahead (so are a year's
first months, read by ``_ORDINAL_PART``)."""
_ORDINAL_PART = re.compile(
    r"\b(first|second|third|fourth|last|final|closing|opening)\s+"
    r"(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+)?"
    r"(months?|quarters?|half)\s+of\s+(?:the\s+)?"
    r"(?:(this|current|last|previous|preceding|prior|next|coming)\s+)?"
    r"(?:(fiscal|financial|calendar)\s+)?"
    r"(year(?!\s+(?:ending|ended|through|until|earlier|ago|before)\b"
    r"|\s+to\s+(?:date|end|the\s+end|" + _MONTH + r")\b)|(?:19|20)\d\d(?:/\d\d)?(?![/\d]))",
    re.IGNORECASE)
"""A part of a year named by its place in it ("the first month of the year" is January,
"the last three months of 2004" the fourth quarter, "the second half of last year", "the
first nine months of 1986" a year to date, "of fiscal 1986/87" that season's): the part,
not the whole year, also before "to" and a figure ("brought cumulative inflation over the
first five months of this year to 2.0 pct"), though not in "the year to date" or "the year
to March". "The year" is the
one the sentence names before ("rose 15.1% over the whole of 2004, but by only 2.8% in the
second half of the year"), else the story's; "the year ending October 31" is a year of its
own (``_MONTHS_TO``)."""
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11}
_FISCAL_START = re.compile(
    r"(?:\b(?:in|for|during|over|of)\s+the\s+(?:((?:19|20)\d\d/\d\d)\s+)?)?"
    r"\b(?:fiscal|financial|business|budget|marketing|crop)\s+year\s+(?:that\s+|which\s+)?"
    r"(beginning|starting|commencing|begins|starts|began|started|begun)\s+(?:on\s+)?"
    r"(" + _MONTH + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?",
    re.IGNORECASE)
"""A fiscal year told by the day it begins ("3.5 pct economic growth in the fiscal year
beginning April 1"): that day is no day of the figure's event, and the year is the one that
begins on or after the story (before it, when the verb is past), unless the year is written."""
_MONTH_SPAN = {"three": 3, "3": 3, "quarter": 3, "six": 6, "6": 6, "half": 6, "nine": 9,
               "9": 9, "twelve": 12, "12": 12, "year": 12}
_MONTHLY_MEASURES = ("output", "production", "sales", "exports", "imports", "deficit",
                     "surplus", "figures?", "inflation", "unemployment", "orders",
                     "shipments", "deliveries", "payrolls", "crush", "trade", "index")
"""Measures a month names as an adjective ("OPEC February output", "the January trade
figures"): the month is the measure's period, as "in February" is."""
_MONTH_YEAR = re.compile(
    r"\b(?:in|for|during|of|since|by|end of|end-)\s*(?:(?:early|mid|late)[^\S\n]*-?[^\S\n]*)?"
    r"(?P<month>" + _MONTH + r")\.?(?:,?\s+(?P<year>(?:19|20)\d\d)"
    r"|[^\S\n]+(?P<relative>last|this)[^\S\n]+year)?\b"
    r"|\b(?P<month_then_year>" + _MONTH + r")\.?\s+(?P<written_year>(?:19|20)\d\d)\b"
    r"|\b(?-i:(?P<named_month>" + "|".join(month.capitalize() for month in MONTHS)
    + r"))(?=[^\S\n]+(?:"
    + "|".join(_MONTHLY_MEASURES)
    + r")\b)", re.IGNORECASE)
_YEAR = re.compile(
    r"((?:19|20)\d\d)(?:(?<![\d/.,$£€-]\d{4})|(?<=\bend-\d{4})|(?<=\bmid-\d{4}))"
    r"(?<!\bby \d{4})(?![\d/])(?!\s+(?:record|level|peak|high|low|prices|dollars|terms)\b)")
"""A year written alone, not after a digit or a sign nor after "by" ("end-1987" and
"mid-1987" are years); opening with its digits (see ``_SEASON``)."""
_REL_YEAR = re.compile(
    r"\b(this|current|last|previous|preceding|prior|next|coming)\s+"
    r"(?:calendar\s+|fiscal\s+|financial\s+|crop\s+)?(year|month|quarter)"
    r"(?:s(?=[^\S\n]+\d))?\b"  # "against last years 2.1 per cent": a possessive unwritten
    r"(?!\s+of\s+(?:19|20)\d\d)"
    r"|\b(a year (?:earlier|ago|before)|year[- ]ago)\b"
    r"|\b(two|three|four|five|2|3|4|5)\s+years\s+(?:earlier|ago|before)\b"
    r"|\bthe\s+(year)\s+(?:before|earlier)\b"
    r"(?!\s+(?:quarters?|months?|periods?|weeks?|half|level|figures?|totals?)\b)",
    re.IGNORECASE)
_YEARS_BACK = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_DAY_WORD = re.compile(
    r"\b(today|tonight|yesterday|last night|last week|this week"
    r"|(a|one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+days?\s+ago)\b",
    re.IGNORECASE)
_DAYS_BACK = {"yesterday": 1, "last night": 1, "last week": 7}
_WEEKDAY = re.compile(r"\b(?:on|last|this)\s+(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_MONTH_DAY = re.compile(
    r"\b(" + _MONTH + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH + r")\b(?:,?\s+((?:19|20)\d\d))?",
    re.IGNORECASE)
_DAY_RANGE = re.compile(
    r"\b(" + _MONTH + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|through|and)\s*(?:"
    + _MONTH + r"\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b"
    r"|\s+(last|this)\s+year\b)?", re.IGNORECASE)
_MONTH_RANGE = re.compile(
    r"(?:\b(?:in|for|during|of|since|by)\s+)?\b(" + _MONTH + r")\.?\s*"
    r"(?:-|–|/|\s+to\s+|\s+through\s+)\s*(" + _MONTH + r")\b\.?"
    r"(?:\s+((?:19|20)\d\d)\b)?", re.IGNORECASE)
"""A run of months ("during Jan/May", "the January-March trade surplus"): a part of the year
of its own, not its first month ("Jan/May" output is not "Jan/Sept" output). It holds the
preposition before it, as ``_MONTH_YEAR`` does, to claim the words that one would read."""
"""A run of days within a month ("during the period February 1 to 25", "between March 1
and March 25") is a part of that month: the figure is the month's, not undated, and not
another month's ("725,023 tonnes during the period February 1 to 25" against "603,413
tonnes" for March 1 to 25 of the year before)."""


DATELINE = re.compile(r"^[A-Z][A-Z .'/-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?){0,3}\s+-\s+")
"""A wire dateline: "LONDON, March 5 - ", "CAMBRIDGE, Mass, March 23 - "."""
_DATELINE_DAY = re.compile(r",\s*(" + _MONTH + r")\.?\s+(\d{1,2})\s+-\s+$", re.IGNORECASE)


def story_date(text: str, published: date | None) -> date | None:
    """The day a wire story's dateline gives ("ZEEBRUGGE, March 7 - "), else ``published``.

    A wire timestamp can lag the dateline by a day; the dateline is when the story speaks
    from, so "today" and "last night" resolve against it.
    """
    line = DATELINE.match(text)
    match = _DATELINE_DAY.search(line.group(0)) if line else None
    if match is None or published is None:
        return published
    try:
        day = date(published.year, _month_number(match.group(1)), int(match.group(2)))
    except ValueError:
        return published
    return day if abs((day - published).days) <= 7 else published


@lru_cache(maxsize=256)
def _month_number(word: str) -> int:
    return next(i for i, name in enumerate(MONTHS, 1) if name.startswith(word.lower()[:3]))


_MONTH_HEADS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")
_YEAR_TOKEN = "<year>"
_MONTH_TOKEN = "<month>"
_TOKENS = {
    _YEAR_TOKEN: (re.compile(r"(?<!\d)(?:19|20)\d\d"), ("19", "20")),
    _MONTH_TOKEN: (re.compile(
        r"(?:j(?:an(?:uary)?|u(?:ne?|ly?))|feb(?:ruary)?|ma(?:r(?:ch)?|y)|a(?:pr(?:il)?|"
        r"ug(?:ust)?)|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\w)"),
        _MONTH_HEADS),
}
"""Needles found by pattern, tried where their first letters are: four digits of a year
after no digit, and a whole month name or abbreviation (in lowered text; a month in a date
is never followed by a letter)."""
_NEEDLED = (
    (_SEASON, (_YEAR_TOKEN,)), (_YEAR, (_YEAR_TOKEN,)),
    (_QUARTER, ("quarter", "q1", "q2", "q3", "q4")), (_HALF, ("half",)),
    (_MONTHS_TO, ("months", "year", "quarter", "half")), (_GRAIN, ("year", "quarter", "half")),
    (_RATE_GRAIN, ("annual", "year", "quarter", "half")),
    (_MONTH_YEAR, (_MONTH_TOKEN,)), (_MONTH_DAY, (_MONTH_TOKEN,)),
    (_REL_YEAR, ("year", "month", "quarter")),
    (_DAY_WORD, ("today", "tonight", "yesterday", "night", "week", "ago")),
    (_WEEKDAY, _WEEKDAYS),
    (_TO_DATE, ("far", "date")), (_DAY_RANGE, (_MONTH_TOKEN,)), (_MONTH_RANGE, (_MONTH_TOKEN,)),
    (_ORDINAL_PART, ("month", "quarter", "half")), (_FISCAL_START, ("year",)),
)
"""The patterns, each with the needles (lowered words, or tokens) of which every match holds
one: most clauses name no date, and finding none of these in the clause is much cheaper
than the patterns."""
_INDEX = {id(pattern): index for index, (pattern, _) in enumerate(_NEEDLED)}
_EVERY = (1 << len(_NEEDLED)) - 1


def _bits_by_needle() -> dict[str, int]:
    """Each needle with the bits of the patterns it belongs to."""
    bits: dict[str, int] = {}
    for index, (_, needles) in enumerate(_NEEDLED):
        for needle in needles:
            bits[needle] = bits.get(needle, 0) | 1 << index
    return bits


_NEEDLE_BITS = _bits_by_needle()


def _bits_of(*patterns: re.Pattern[str]) -> int:
    return sum(1 << _INDEX[id(pattern)] for pattern in patterns)


_PERIOD_BITS = _bits_of(_SEASON, _QUARTER, _HALF, _MONTHS_TO, _MONTH_YEAR, _REL_YEAR, _YEAR,
                        _GRAIN, _TO_DATE, _DAY_RANGE, _MONTH_RANGE, _ORDINAL_PART,
                        _FISCAL_START)
"""The patterns ``period_in`` reads periods with."""
_DAY_BITS = _bits_of(_MONTH_DAY, _DAY_WORD, _WEEKDAY)
"""The patterns ``day_in`` reads days with."""

Needles = tuple[list[int], list[int], list[int]]
"""Every needle in a text, in order of start: starts, ends, and the bits of its patterns."""


@lru_cache(maxsize=16)
def _lowered(text: str) -> str | None:
    """The text lowered, or None when lowering does not follow case-insensitive matching
    in it."""
    return text.lower() if folds_by_lowering(text) else None


_ESCAPED = re.compile(r"\\.")


def _for_lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern made case-sensitive, for lowered text (``re`` runs it
    about twice as fast), when it spells no capital letter; None for the others."""
    if not pattern.flags & re.IGNORECASE or any(
            map(str.isupper, _ESCAPED.sub("", pattern.pattern))):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_LOWERED_PATTERNS = tuple(_for_lowered(pattern) for pattern, _ in _NEEDLED)


@lru_cache(maxsize=16)
def _needles_in(text: str) -> Needles | None:
    """The needles of ``text``, found once for every window asked about; None when lowering
    does not follow case-insensitive matching in it (every pattern may match anywhere)."""
    lowered = _lowered(text)
    if lowered is None:
        return None
    found: list[tuple[int, int, int]] = []
    for needle, bits in _NEEDLE_BITS.items():
        token, heads = _TOKENS.get(needle, (None, (needle,)))
        for head in heads:
            at = lowered.find(head)
            while at >= 0:
                match = token.match(lowered, at) if token else None
                if token is None:
                    found.append((at, at + len(head), bits))
                elif match is not None:
                    found.append((at, match.end(), bits))
                at = lowered.find(head, at + 1)
    found.sort()
    return [start for start, _, _ in found], [end for _, end, _ in found], \
        [bits for _, _, bits in found]


@lru_cache(maxsize=4096)
def _window_bits(text: str, window: tuple[int, int]) -> int:
    """The bits of the patterns that may match in ``window``: those with a needle wholly in
    it."""
    needles = _needles_in(text)
    if needles is None:
        return _EVERY
    starts, ends, bits = needles
    found = 0
    for at in range(bisect_left(starts, window[0]), bisect_left(starts, window[1])):
        if ends[at] <= window[1]:
            found |= bits[at]
    return found


@lru_cache(maxsize=8192)
def _scan(index: int, text: str, window: tuple[int, int]) -> tuple[re.Match[str], ...]:
    """The matches in ``window`` of the ``index``-th pattern: one figure asks for the same
    clause's periods and days several times (key, part, date).

    Where a case-sensitive form serves, it finds in the lowered text where each match
    starts (the same places: lowering follows case-insensitive matching there), and the
    pattern itself is matched there in the text as written, so a match reads as written."""
    pattern, sensitive = _NEEDLED[index][0], _LOWERED_PATTERNS[index]
    lowered = None if sensitive is None else _lowered(text)
    if sensitive is None or lowered is None:
        return tuple(pattern.finditer(text, *window))
    held = _ALSO_HELD.get(index)
    if held is not None and not any(map(lowered[window[0]:window[1]].__contains__, held)):
        return ()
    return tuple(pattern.match(text, found.start(), window[1])
                 for found in sensitive.finditer(lowered, *window))


def _nearest(pattern: re.Pattern[str], text: str, window: tuple[int, int],
             span: tuple[int, int], bits: int | None = None) -> re.Match[str] | None:
    """The match of ``pattern`` in ``window`` nearest the figure ``span`` (the first of
    the nearest)."""
    index = _INDEX[id(pattern)]
    if not (_window_bits(text, window) if bits is None else bits) >> index & 1:
        return None
    return _nearest_at(index, text, window, span)


CHANGE_NOUN = (r"(?:rise|rises|increase|increases|fall|falls|drop|drops|decline|declines|"
               r"gain|gains|growth|jump|jumps|slip|slips|dip|dips|slide|slump|surge)")
"""The nouns news names a change by ("a 0.6% rise", "a 1.5 pct increase"), as a regex."""
_OWN_CHANGE = re.compile(r"\s+" + CHANGE_NOUN + r"\s+$", re.IGNORECASE)
"""A noun of change between a figure and the period after it: "after a 1.5 pct increase
in January" is January's increase, however near the period of the clause before it ("rose
0.5 pct in February after a 1.5 pct increase in January")."""


def _period_gap(text: str, match: re.Match[str], span: tuple[int, int]) -> int:
    """Characters between a period and the figure at ``span``; none when the period ends
    the figure's own change ("a 1.5 pct increase in January": see ``_OWN_CHANGE``)."""
    if match.start() >= span[1] and _OWN_CHANGE.fullmatch(text, span[1], match.start()):
        return 0
    return _gap(match, span)


def _nearest_at(index: int, text: str, window: tuple[int, int],
                span: tuple[int, int]) -> re.Match[str] | None:
    """``_nearest`` for the ``index``-th pattern, once the window's needles allow it."""
    best: re.Match[str] | None = None
    least = 0
    for match in _scan(index, text, window):
        gap = _period_gap(text, match, span)
        if best is None or gap < least:
            best, least = match, gap
    return best


def _month_period(month: int, year: int | None, published: date | None) -> str:
    if year is None and published is not None:
        year = published.year if month <= published.month else published.year - 1
    return f"{year}-{month:02d}" if year else MONTHS[month - 1]


def _quarter_period(match: re.Match[str], published: date | None) -> str:
    if match.group(5):
        return f"{match.group(5)}-q4"  # "the last quarter of 2004"
    if match.group(6):  # "the September quarter": the last one ended by then
        month = _month_number(match.group(6))
        return _month_period(month, None, published)[:5] + f"q{month // 3}" if published \
            else f"q{month // 3}"
    number = _ORDINAL[(match.group(1) or match.group(3)).lower()]
    year_text = match.group(2) or match.group(4)
    year = int(year_text) if year_text else _quarters_year(number, published)
    return f"{year}-q{number}" if year else f"q{number}"


_QUARTER_GONE = 6
"""Months after its end that a quarter named without a year is still the last one."""


def _quarters_year(number: int, published: date | None) -> int | None:
    """The year of a quarter named without one: the latest such quarter begun by the
    story's date ("expanding 0.8 pct in the third quarter", in March 1987, is 1986's),
    unless it ended more than ``_QUARTER_GONE`` months before, when the coming one is
    meant ("second quarter earnings should drop", in March 1987, are 1987's)."""
    if published is None:
        return None
    first_month = 3 * number - 2
    year = published.year if first_month <= published.month else published.year - 1
    months_since_end = (published.year - year) * 12 + published.month - 3 * number
    return year + 1 if months_since_end > _QUARTER_GONE else year


def _half_period(match: re.Match[str], published: date | None) -> str:
    number = _ORDINAL[match.group(1).lower()]
    year = int(match.group(2)) if match.group(2) else (published.year if published else None)
    return f"{year}-h{number}" if year else f"h{number}"


def _span_period(match: re.Match[str], published: date | None) -> str:
    """"The three months to September" is the third quarter, "the six months to June" the
    first half; twelve months (or "the year") to a month other than December are a year of
    their own."""
    months, month = _MONTH_SPAN[match.group(1).lower()], _month_number(match.group(2))
    return _months_ending(months, month, int(match.group(3)) if match.group(3) else None,
                          published)


def _month_range_period(match: re.Match[str], published: date | None) -> str:
    """"Jan/May" is the five months to May, "January-March" the first quarter."""
    first, last = _month_number(match.group(1)), _month_number(match.group(2))
    year = int(match.group(3)) if match.group(3) else None
    if year is None and published is not None:  # the run that has begun by the story's date
        year = (published.year if first <= published.month else published.year - 1) \
            + (last < first)
    return _months_ending((last - first) % 12 + 1, last, year, published)


def _months_ending(months: int, month: int, year: int | None, published: date | None) -> str:
    """The ``months`` months to ``month`` of ``year`` (the last such month by the story's
    date when no year is written), as a quarter, a half, a year or "MM/Nm"."""
    if year is None and published is not None:
        year = published.year if month <= published.month else published.year - 1
    prefix = f"{year}-" if year else ""
    if months == 3 and month % 3 == 0:
        return f"{prefix}q{month // 3}"
    if months == 6 and month % 6 == 0:
        return f"{prefix}h{month // 6}"
    if months == 12 and month == 12 and year:
        return str(year)
    return f"{prefix}{month:02d}/{months}m"


_DAYS_THEN_MONTH = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|through|and|or|&)\s*\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
"""A run of days written day first ("between 24 and 26 December", "24-26 Dec"): the month
capitalised, so that "between 3 and 5 may rise" stays a range of figures."""


def starts_day_run(text: str, start: int) -> bool:
    """Whether the number at ``start`` opens a run of days written day first ("took $44.7m
    between 24 and 26 December"): a date, as its last day is."""
    return _DAYS_THEN_MONTH.match(text, start) is not None


def ends_day_range(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is the last day of a run of days ("February 1 to
    25"): a date, not a figure."""
    for match in _DAY_RANGE.finditer(text, max(0, start - 30), min(len(text), end + 12)):
        if match.start() < start and match.end() >= end:
            return True
    return False


def _range_period(match: re.Match[str], published: date | None) -> str:
    """The month of a run of days, in the year written or "last year"."""
    year = int(match.group(2)) if match.group(2) else None
    if year is None and match.group(3) and published is not None:
        year = published.year - (match.group(3).lower() == "last")
    return _month_period(_month_number(match.group(1)), year, published)


def days_over(text: str, window: tuple[int, int], period: str | None,
              published: date | None) -> bool:
    """Whether ``window`` names a day of the month ``period`` that is over by the story, the
    last of a run of days or a day alone, outside a dateline: "U.S. car sales for the March
    11 to 20 period dropped 62 pct" and "Treasury balances at the Federal Reserve fell on
    March 27 to 2.424 billion dlrs", told March 24 and 30, are read as March's, but their
    days are counted, so they are no forecasts though March is still running."""
    if published is None or period is None or _MONTH_KEY.fullmatch(period) is None \
            or not may_hold_month(text[window[0]:window[1]]):
        return False
    year, month = int(period[:4]), int(period[5:7])
    runs = []
    for match in _DAY_RANGE.finditer(text, *window):
        cut = min((match.start(group) for group in (2, 3) if match.group(group)),
                  default=match.end())
        words = text[match.start():cut]
        first, last = (int(day) for day in re.findall(r"\d{1,2}", words)[:2])
        named = re.findall(_MONTH, words, re.IGNORECASE)
        if _month_number(named[-1]) != month or (len(named) == 1 and last < first) \
                or _range_period(match, published)[:4] != period[:4]:
            continue  # "fell on April 10 to 3.373 billion dlrs" is a day, not a run
        runs.append(match.span())
        if _day_before(year, month, last, published):
            return True
    for match in _MONTH_DAY.finditer(text, *window):
        day, named, written = (match.group(2), match.group(1), match.group(3)) \
            if match.group(1) else (match.group(4), match.group(5), match.group(6))
        if _month_number(named) == month and written in (None, period[:4]) \
                and not _DATELINE_DASH.match(text, match.end()) \
                and not any(start <= match.start() < end for start, end in runs) \
                and _day_before(year, month, int(day), published):
            return True
    return False


_MONTH_KEY = re.compile(r"\d{4}-\d\d")
_DATELINE_DASH = re.compile(r"\s+-\s")
"""The dash after a wire dateline's day ("WASHINGTON, March 11 - "): the day it was sent."""


def _day_before(year: int, month: int, day: int, published: date) -> bool:
    """Whether the day is a real one before the story's."""
    try:
        return date(year, month, day) < published
    except ValueError:
        return False


def may_hold_month(words: str) -> bool:
    """Whether ``words`` may name a month: a cheap test before a month's pattern runs."""
    lowered = words.lower()
    return any(head in lowered for head in _MONTH_HEADS)


def _to_date_period(match: re.Match[str], published: date | None) -> str:
    year = match.group(1) or (str(published.year) if published else None)
    return f"{year}-ytd" if year else "ytd"


def _grain_period(match: re.Match[str]) -> str:
    word = match.group(1).lower()
    return _GRAIN_OF.get(word, "half" if word.startswith("half") else word)


_PER_LENGTH = re.compile(r"\s+(?:a|per|each)\s+(year|month|quarter|week)\b", re.IGNORECASE)
"""A rate written per length of time right after it ("volume growth of at least 80 pct a
year" beside "growth of around 20 pct a month") is measured over that length."""


def rate_grain(text: str, window: tuple[int, int], span: tuple[int, int]) -> str | None:
    """The length a rate near ``span`` is measured over, "year", "half", "quarter", or
    "month" or "week" when written per month or week right after it."""
    per = _PER_LENGTH.match(text, span[1], window[1])
    if per is not None:
        return per.group(1).lower()
    match = _nearest(_RATE_GRAIN, text, window, span)
    return _grain_period(match) if match else None


@lru_cache(maxsize=1024)
def grain(period: str) -> str:
    """The length of a period key: "year", "half", "quarter", "month", "ytd" (a year's
    first months) or, for a span of months ("09/12m"), the span itself."""
    if period in ("year", "half", "quarter"):
        return period
    if period.endswith("ytd"):
        return "ytd"  # a year's first months are never the year ("1987-ytd", "ytd")
    if re.search(r"(?:^|-)q[1-4]$", period):
        return "quarter"
    if re.search(r"(?:^|-)h[12]$", period):
        return "half"
    if period.endswith("m") and "/" in period:
        return "year" if period.endswith("/12m") else period.rsplit("/", 1)[1]
    if re.fullmatch(r"\d{4}-\d\d|[a-z]+-month|[a-z]+", period) and not period.endswith("year"):
        return "month"
    return "year"


def _relative_period(match: re.Match[str], published: date | None) -> str:
    """"Last year", "this calendar year", "the current quarter", "a year earlier", "two years
    ago" against the publication date (as words when there is none); "the previous year"
    and "the year before" against a year the sentence names before them."""
    if match.group(3):
        return str(published.year - 1) if published else "last-year"
    if match.group(4):
        back = _YEARS_BACK[match.group(4).lower()]
        return str(published.year - back) if published else f"{back}-years-earlier"
    if match.group(5):  # "the year before": the one before a year the sentence names
        if published is None:
            named = _year_counted_back_from(match, None)
            return "previous-year" if named is None else str(named - 1)
        named = _year_counted_back_from(match, published.year)
        return str((named if named is not None else published.year) - 1)
    shift = _RELATIVE_YEAR[match.group(1).lower()]
    unit = match.group(2).lower()
    if published is None:
        word = match.group(1).lower()
        named = _year_counted_back_from(match, None) \
            if unit == "year" and word in _BEFORE_THAT else None
        return f"{_SAME_SHIFT.get(word, word)}-{unit}" if named is None else str(named - 1)
    if unit == "year":
        named = _year_counted_back_from(match, published.year) \
            if match.group(1).lower() in _BEFORE_THAT else None
        if named is None and _FISCAL.search(match.group(0)):
            season = _split_fiscal_year(match.string, published, shift)
            if season is not None:
                return season
        return str((named if named is not None else published.year) + shift)
    if unit == "quarter":  # "the current quarter" is the story's, "last quarter" the one before
        moved = published + relativedelta(months=3 * shift)
        return f"{moved.year}-q{(moved.month - 1) // 3 + 1}"
    moved = published + relativedelta(months=shift)
    return f"{moved.year}-{moved.month:02d}"


_FISCAL = re.compile(r"\b(?:fiscal|financial)\s", re.IGNORECASE)
_FISCAL_YEAR_WRITTEN = re.compile(r"\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b(?![/-]\d)",
                                  re.IGNORECASE)
"""A fiscal year written as one year ("fiscal 1987", the U.S. budget's): the article names
its fiscal years by the year they end in, not split."""
_SPLIT_MONTHS = {1: -1, 2: -1, 3: -1, 10: 0, 11: 0, 12: 0}
"""Months whose story's running fiscal year starts in the year before (January to March)
or in the story's year (October to December), whichever month from April to October the
fiscal year starts in; from April to September that depends on the start, so the year
stays as it is."""


def _split_fiscal_year(text: str, published: date, shift: int) -> str | None:
    """"This fiscal year", "the coming financial year" as the split year ("1986/87") its
    article names fiscal years by, when the article writes split years and no fiscal year
    as one year, and the story's month says which split year is running: "Inflation fell
    to an estimated 12 pct this fiscal year from 17 pct in 1981/82", in March 1987, is the
    rate of 1986/87, which the World Bank put "around 15 pct in 1986/87"; read as 1987 it
    was another year's."""
    back = _SPLIT_MONTHS.get(published.month)
    if back is None or _SEASON.search(text) is None or _FISCAL_YEAR_WRITTEN.search(text):
        return None
    start = published.year + back + shift
    return f"{start}/{(start + 1) % 100:02d}"


_SAME_SHIFT = {"current": "this", "coming": "next"}
"""Words of one shift from the story's date, in one form when there is no date to resolve
them against: "the current year" and "this year" are one period, as are "the coming year"
and "next year" (and "a year earlier" is "last year"), so that an undated story's figures
of one year still meet. "Previous" stays: it may count back from a year named before."""
_BEFORE_THAT = frozenset({"previous", "preceding", "prior"})
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.IGNORECASE)


def _year_counted_back_from(match: re.Match[str], this_year: int | None) -> int | None:
    """The year "the previous year" counts back from, when its sentence names one before
    it (written, see ``_year_named_before``, or "last year", whichever comes later): in "a
    loss ... last year, against a profit of 27 mln francs the previous year" the previous
    year is the one before last year, not last year again. A written year needs no story
    date ("losses halved in 2004 to $200m ... from $500m the previous year" is 2003's);
    "last year" with none (``this_year`` None) gives None."""
    text, at = match.string, match.start()
    start = _sentence_start(text, at)
    written = [m for m in _STORY_YEAR.finditer(text, start, at)]
    last = [m for m in _LAST_YEAR.finditer(text, start, at)]
    if last and (not written or last[-1].start() > written[-1].start()):
        return None if this_year is None else this_year - 1
    return _year_named_before(text, at)


def may_name_period(text: str, window: tuple[int, int]) -> bool:
    """Whether ``period_in`` may find a period in ``window`` or any window within it: a
    sentence that holds no period's needle spares its figures their clauses' reading."""
    return bool(_window_bits(text, window) & _PERIOD_BITS)


_PART_YEAR_WORDS = ("quarter", "half", "month", "q1", "q2", "q3", "q4")


def may_name_part_year(text: str, window: tuple[int, int]) -> bool:
    """Whether ``period_in`` may read a quarter or a half (by ``grain``) in ``window``: only
    a quarter, a half, a run of three or six months, a part of a year by its place ("the
    first three months of") and a length ("in the quarter") read as one, and each is written
    with one of ``_PART_YEAR_WORDS``; most sentences hold none."""
    lowered = _lowered(text)
    if lowered is None:
        return True
    piece = lowered[window[0]:window[1]]
    return any(map(piece.__contains__, _PART_YEAR_WORDS))


def may_name_day(text: str, window: tuple[int, int]) -> bool:
    """Whether ``day_in`` may find a day in ``window`` (asked once for a sentence's
    figures)."""
    return bool(_window_bits(text, window) & _DAY_BITS)


_STORY_YEAR = re.compile(r"((?:19|20)\d\d)(?<![\d/.,$£€-]\d{4})(?![\d/%])")
"""A year written alone, opening with its digits (see ``_SEASON``)."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


_CLOSE_OF = re.compile(r"\b(?:end|close)\s+of\s+$|\b(?:late|end-)\s*$", re.IGNORECASE)
"""A year named by its close ("After registering falls at the back end of 2004, ... a rise
of 0.4% in the first month of the year") is a point the story has passed, not its year."""


def _year_named_before(text: str, start: int) -> int | None:
    """The last year written in the sentence before ``start``, but one named by its close:
    what "the year" refers to."""
    years = [match for match in _STORY_YEAR.finditer(text, _sentence_start(text, start), start)
             if not _CLOSE_OF.search(text, max(0, match.start() - 20), match.start())]
    return int(years[-1].group(1)) if years else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, looked for at most 400 characters back."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    return ends[-1] if ends else max(0, at - 400)


def _ordinal_part_period(match: re.Match[str], published: date | None) -> str:
    """The key of a part of a year named by its place (see ``_ORDINAL_PART``)."""
    place, count_word, unit, relative, fiscal, year_word = (
        group.lower() if group else None for group in match.groups())
    season = year_word if "/" in year_word else None
    year = int(year_word) if year_word != "year" and season is None else None
    if relative is not None:
        shift = _RELATIVE_YEAR[relative]
        year = published.year + shift if published else None
        prefix = "" if published else f"{relative}-year-"
    else:
        prefix = ""
        if year is None:
            year = _year_named_before(match.string, match.start())
    count = (_COUNT.get(count_word) or int(count_word)) if count_word else 1
    ending = place in ("last", "final", "closing")
    if unit == "half":
        part = "h2" if ending or place == "second" else "h1"
    elif unit.startswith("quarter") and count == 1:
        part = "q4" if ending else f"q{_ORDINAL[place]}"
    else:
        months = count * (3 if unit.startswith("quarter") else 1)
        part = _months_part(months, ending, 1 if place in ("first", "opening") or ending
                            else _ORDINAL[place])
        if part.isdigit() or part.endswith("m"):
            # which month a fiscal year's end or n-th month is, is not said
            if season is not None:
                return season
            if fiscal in ("fiscal", "financial"):
                return "year"
    if season is not None:
        return f"{season}-{part}" if part else season  # "the first nine months of 1986/87"
    return _part_key(part, year, published, prefix)


def _months_part(months: int, ending: bool, place: int) -> str:
    """A run of ``months`` at the start (or end) of a year, or the ``place``-th month."""
    if months == 12:
        return ""
    if months == 1:
        return f"{12 if ending else place:02d}"
    if months in (3, 6):
        return f"{'qh'[months // 6]}{(4 if months == 3 else 2) if ending else 1}"
    return f"12/{months}m" if ending else "ytd"


def _part_key(part: str, year: int | None, published: date | None, prefix: str) -> str:
    """``part`` ("03", "q1", "h2", "ytd", "" for the whole year) in ``year``; without a
    year, in the story's (a month the latest by then), else as words."""
    if part.isdigit():
        return _month_period(int(part), year, published) if not prefix \
            else f"{prefix}{MONTHS[int(part) - 1]}"
    if year is None and published is not None and not prefix:
        year = published.year
    if year is None:
        return f"{prefix}{part or 'year'}"
    return f"{year}-{part}" if part else str(year)


def _fiscal_start_period(match: re.Match[str], published: date | None) -> str:
    """The fiscal year a start day names (see ``_FISCAL_START``), as "1987/88"; a year
    from January 1 is the calendar year."""
    season, verb, month_word, day_text, year_text = match.groups()
    if season:
        return season
    month, day = _month_number(month_word), int(day_text)
    if year_text:
        year = int(year_text)
    elif published is None:
        return "year"
    else:
        past = verb.lower() in ("began", "started", "begun")
        try:
            start = date(published.year, month, day)
        except ValueError:
            return "year"
        year = published.year + (0 if past == (start <= published) else 1 if not past else -1)
    return str(year) if month == 1 else f"{year}/{(year + 1) % 100:02d}"


def _season_period(match: re.Match[str], published: date | None) -> str:
    return f"{match.group(1)}/{match.group(2)}"


def _month_year_period(match: re.Match[str], published: date | None) -> str:
    year = match.group("year") or match.group("written_year")
    month = _month_number(match.group("month") or match.group("month_then_year")
                          or match.group("named_month"))
    if year is None and match.group("relative") and published is not None:
        year = published.year - (match.group("relative").lower() == "last")
    return (month == 1 and _year_ended_by(match, published)) \
        or _month_period(month, int(year) if year else None, published)


_NEW_YEAR_DAY = re.compile(r"[^\S\n]+(?:1|one|first|1st)\b(?:,?[^\S\n]+((?:19|20)\d\d)\b)?",
                           re.IGNORECASE)
"""The first day after "by January": "by January one", "by January 1, 1988"."""


def _year_ended_by(match: re.Match[str], published: date | None) -> str | None:
    """The year a deadline of New Year's Day closes: "Clark predicted that world oil prices
    would top 22 dlrs a barrel by January one", in April 1987, forecasts the price at the
    end of 1987, as "by end-1987" does, not January 1987's. The day is the next one to
    come unless its year is written."""
    if match.group(0)[:2].lower() != "by":
        return None
    day = _NEW_YEAR_DAY.match(match.string, match.end())
    if day is None:
        return None
    if day.group(1):
        return str(int(day.group(1)) - 1)
    return str(published.year) if published is not None else None


def _year_period(match: re.Match[str], published: date | None) -> str:
    return match.group(1)


def _length_period(match: re.Match[str], published: date | None) -> str:
    return _grain_period(match)


_PERIOD_READERS: tuple[tuple[int, Callable[[re.Match[str], date | None], str]], ...] = tuple(
    (_INDEX[id(pattern)], read) for pattern, read in (
        (_ORDINAL_PART, _ordinal_part_period), (_FISCAL_START, _fiscal_start_period),
        (_DAY_RANGE, _range_period), (_MONTH_RANGE, _month_range_period),
        (_TO_DATE, _to_date_period), (_SEASON, _season_period),
        (_QUARTER, _quarter_period),
        (_HALF, _half_period), (_MONTHS_TO, _span_period), (_MONTH_YEAR, _month_year_period),
        (_REL_YEAR, _relative_period), (_YEAR, _year_period), (_GRAIN, _length_period)))
"""The period patterns in the order ``period_in`` reads them (an earlier one claims its
words from the later ones), each with the reading of its match as a period key."""
_DAY_INDEX = _INDEX[id(_MONTH_DAY)]
_FISCAL_INDEX = _INDEX[id(_FISCAL_START)]
_ALSO_HELD = {_FISCAL_INDEX: ("begin", "start", "commencing", "began", "begun")}
"""Words (lowered) one of which every match of a pattern holds besides its needles, looked
for in the window before the pattern is run: a clause with "year" (the fiscal start's
needle) seldom tells the day a fiscal year begins, and the pattern, tried at every
character, cost as much as any other period's."""
_RANGE_INDEX = _INDEX[id(_DAY_RANGE)]
"""A run of days is read over the days it holds, which claim their words from the rest."""
_PART_OF_YEAR = re.compile(r"\d{4}-(?:[qh]\d|ytd)")
"""A quarter, a half or a year's first months: a year beside one, or "the same period" of
a year, is that part of the year ("in the first two months of the year, inflation was
3.8 pct, against 3.6 pct in the same period of 1986" is 1986's first months, not 1986)."""
_YEAR_KEY = re.compile(r"\d{4}")


@lru_cache(maxsize=4096)
def period_in(text: str, window: tuple[int, int], span: tuple[int, int],
              published: date | None) -> str | None:
    """The period the words in ``window`` give for the figure at ``span`` (nearest wins). A
    year named beside a quarter or half is that quarter of the year ("second quarter
    earnings should drop to 45 cts a share from last year's 80 cts" is 1986's second
    quarter), not the whole year."""
    bits = _window_bits(text, window)
    if not bits & _PERIOD_BITS:
        return None  # most clauses name no period: no needle of any period pattern
    candidates: list[tuple[int, str]] = []
    claimed = [m.span() for m in _scan(_DAY_INDEX, text, window)] \
        if bits >> _DAY_INDEX & 1 else []  # days, not periods
    for index, read in _PERIOD_READERS:
        if not bits >> index & 1:
            continue
        match = _nearest_at(index, text, window, span)
        if match is None or (index != _RANGE_INDEX
                             and any(a <= match.start() < b for a, b in claimed)):
            continue
        claimed.append(match.span())
        if _earlier_values(text, match, span) or _when_said(text, window, match) \
                or _base_after(text, match, span) or _deadline(text, window, match) \
                or _since(text, match):
            continue
        gap = _period_gap(text, match, span)
        candidates.append((gap, match.start(), read(match, published)))
    if not candidates:
        return None
    gap, at, best = min(candidates)
    if _YEAR_KEY.fullmatch(best) and day_dated(text, window, span, gap):
        return None  # "reserves, which had reached 54 billion dlrs last week": not this year's
    if at >= span[1] and _BREAK.search(text, span[1], at):
        best = _premodifier_period(text, span, published) or best
    within = [period for _, _, period in candidates if _PART_OF_YEAR.fullmatch(period)]
    if not within and _YEAR_KEY.fullmatch(best) \
            and _same_part(text, window, at):
        within = [period for _, _, period in candidates if _MONTHS_OF_YEAR.fullmatch(period)] \
            or _part_before(text, window[0], published)
    if within and _YEAR_KEY.fullmatch(best):
        return best + within[0][4:]  # "second quarter earnings ... from last year's 80 cts"
    return best


_DAY_REACH = 40
"""How far from a figure a day word may date it when no period is nearer."""
_SAID_JUST_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|released|published|issued|unveiled|set|"
    r"presented)\s+(?:earlier\s+|later\s+|in\s+|on\s+)?$", re.IGNORECASE)
"""A verb of saying or releasing right before a day word, which then dates the saying
("reported earlier today", "set in today's budget"). Not ``_SAID_WHEN``: before a month,
"set" dates what was set ("a record 3.0 pct set in July 1986")."""


def day_dated(text: str, window: tuple[int, int], span: tuple[int, int],
              within: int = _DAY_REACH) -> bool:
    """Whether a day word ("last week", "yesterday") after the figure at ``span`` dates
    it, closer than ``within`` characters: a year named further away is then another
    figure's ("the central bank's loss this year would more than double because of ...
    reserves, which had reached 54 billion U.S. Dlrs last week"). A day word before the
    figure ("told ministers today that 30 mln tonnes ... should be closed by the end of
    1990") or after a verb of saying dates the saying."""
    match = _nearest(_DAY_WORD, text, (max(window[0], span[1]), window[1]), span)
    return match is not None and _gap(match, span) < within and _SAID_JUST_BEFORE.search(
        text, max(window[0], match.start() - 20), match.start()) is None


_SAME_PART = re.compile(r"\bsame\s+(?:month|months|period|time)\s+(?:of\s+|in\s+)?$",
                        re.IGNORECASE)
"""A year that dates "the same month" or "the same period" as another figure of the
sentence: "in March ... from 1.13 billion dlrs in the same month last year" is March 1986."""
_SAME_BEFORE_YEAR = re.compile(r"\bsame\s+$", re.IGNORECASE)
_YEAR_OF_PART = re.compile(r"(?:19|20)\d\d\s+(?:month|months|period|time)\b", re.IGNORECASE)
"""A year inside "the same 1986 period": a part of that year, as "the same period of 1986"
is ("grown by about 12 pct in the period, against a 10.5 pct growth in the same 1986
period" is 1986's first quarter, named before as "the first three months of this year")."""
_MONTHS_OF_YEAR = re.compile(r"\d{4}-\d\d(?:/\d{1,2}m)?")


def _same_part(text: str, window: tuple[int, int], at: int) -> bool:
    """Whether the year at ``at`` dates "the same period" as a part named elsewhere."""
    return _SAME_PART.search(text, max(window[0], at - 30), at) is not None or (
        _YEAR_OF_PART.match(text, at) is not None
        and _SAME_BEFORE_YEAR.search(text, max(window[0], at - 10), at) is not None)


def _part_before(text: str, at: int, published: date | None) -> list[str]:
    """The part of a year that the sentence names before ``at`` (its clause named none):
    what "the same month" is in "in March totalled 136 mln dlrs, down from 1.13 billion
    dlrs in the same month last year"."""
    start = _sentence_start(text, at)
    period = period_in(text, (start, at), (at, at), published) if start < at else None
    return [period] if period and (_MONTHS_OF_YEAR.fullmatch(period)
                                   or _PART_OF_YEAR.fullmatch(period)) else []


_FROM_VALUE = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+)?[^\s,;]*\d(?:[\d,.]*\d)?[^\s,;]*(?:\s+(?!to\b)[\w%-]+){0,3}?\s+"
    r"(?:(?:in|on|during|for|at)\s+(?:the\s+)?(?:end\s+of\s+|end-)?)?$", re.IGNORECASE)
_TO_NEXT = re.compile(
    r"\s*,?\s*(?:to|against|versus)\s+(?:(?:an?|the|just|only|about|around|some)\s+)*",
    re.IGNORECASE)


_SAID_WHEN = re.compile(
    r"\b(?i:published|released|made|presented|unveiled|drawn\s+up|issued|said|announced|"
    r"reported)\s+(?:by\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+)?"
    r"(?i:(?:early|late|earlier)\s+)?(?i:in\s+|on\s+)?$")


def _when_said(text: str, window: tuple[int, int], match: re.Match[str]) -> bool:
    """Whether the month ``match`` says when a report or forecast was made, not what it is
    for: "a growth rate of 2-1/2 pct or more in its annual economic report published in
    January" forecasts the year, not January; "Pierson ... said last month that Dutch
    economic growth was now seen around one pct" and "the 1.5 to two pct growth figure
    issued by the CPB early last month" date the saying. A year or "the end of last year"
    after such a verb still dates the figure roughly ("the previous official figure given at
    the end of last year")."""
    month = match.re is _MONTH_YEAR or (
        match.re is _REL_YEAR and (match.group(2) or "").lower() == "month")
    return month and _SAID_WHEN.search(
        text, max(window[0], match.start() - 50), match.start()) is not None


_DEADLINE_BEFORE = re.compile(
    r"\b(?:(?P<noun>[a-z]+)\s+)?(?:ending|ends|expiring|expires|due|until|till|runs\s+out)"
    r"\s+(?:in\s+|on\s+|at\s+)?(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_DEADLINE_WORDS = ("end", "expir", "due", "til", "runs")
"""Words (lowered) one of which every match of ``_DEADLINE_BEFORE`` holds: the words before
most periods hold none."""
_SPANS = frozenset(("year", "years", "quarter", "quarters", "half", "months", "month",
                    "period", "season", "weeks", "campaign", "term"))


def _deadline(text: str, window: tuple[int, int], match: re.Match[str]) -> bool:
    """Whether the period ``match`` is when something else ends, not what a figure is of:
    "a continuation of the arrangement ending in June and calls for South Africa to continue
    paying all interest on its total foreign debt of 23 billion dlrs". A span of time that
    ends then is the figure's period ("in the year ending in June", "the six months ending
    March 31")."""
    low = max(window[0], match.start() - 40)
    lowered = _lowered(text)
    if lowered is not None and not any(lowered.find(word, low, match.start()) >= 0
                                       for word in _DEADLINE_WORDS):
        return False
    before = _DEADLINE_BEFORE.search(text, low, match.start())
    return before is not None and (before.group("noun") or "").lower() not in _SPANS


_BASE_BEFORE = re.compile(
    r"\b(?:(?P<over>over|on)|compared\s+(?:with|to)|against|from)\s+(?:the\s+)?"
    r"(?P<same>(?:same|corresponding|year-ago|previous)\s+)?(?:(?:period|months?|quarter|half)"
    r"\s+(?:of|in)\s+)?$", re.IGNORECASE)
"""The words that open a change's base right before its period: "from the year-ago month",
"compared with the same 1986 period", "against the same period of 1986", "rise 10 pct over
1986 to". "Over" a part of a year is the time a change takes: "will decline over the second
half of 1987/88 to between 16 and 18 pct" is that half's rate."""
_BASE_TO = re.compile(r"(?:\s+(?:period|months?|quarter|half|level|figure))?\s*,?\s*to\s+"
                      r"(?:(?:an?|the|just|only|about|around|some)\s+)*", re.IGNORECASE)
"""The base's own noun after its period, then "to" and the new level."""


def _earlier_values(text: str, match: re.Match[str], span: tuple[int, int]) -> bool:
    """Whether the period ``match`` dates the earlier value of a change, not the figure at
    ``span`` after it: in "fell from £180,126 in November to £178,906" November is the
    first value's month. The words before the month are read past the window's start: the
    clause of "£178,906" opens after "£180,126", at " in November to". So does a base
    given only by its period, before "to" and the new level: "declined 14 pct from the
    year-ago month to 8,191,266 contracts" is this February's volume, and "grew 15.7 pct
    compared with the same 1986 period to 47.2 billion marks" this year's first months'
    surplus, not 1986's."""
    if match.end() > span[0]:
        return False
    if _TO_NEXT.fullmatch(text, match.end(), span[0]) is not None \
            and _FROM_VALUE.search(text, max(0, match.start() - 80), match.start()) is not None:
        return True
    if _BASE_TO.fullmatch(text, match.end(), span[0]) is None:
        return False
    base = _BASE_BEFORE.search(text, max(0, match.start() - 50), match.start())
    return base is not None and not (base.group("over") and not base.group("same")
                                     and match.re not in (_YEAR, _REL_YEAR))


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_OPENS = re.compile(r"since\b", re.IGNORECASE)
"""A month read with the preposition before it (``_MONTH_YEAR``, ``_MONTH_RANGE``), which
may be "since"."""
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[^\s,.;:]+\s+){1,5}(?:in|of)\s+(?:the\s+)?$",
                           re.IGNORECASE)
"""A clause of "since" that ends at the period: "their highest rating since they were
re-elected in 1983" starts the comparison in 1983, as "since 1983" does."""
_SINCE_REACH = 50


def _since(text: str, match: re.Match[str]) -> bool:
    """Whether a period is where a comparison or a running total starts: "cut production to
    1.79 mln bags, the lowest since 1974" is no figure of 1974, nor is "has amortised six
    billion dlrs in foreign debt since 1984" one of 1984, nor "IE's market share has dropped
    5% since May to 88.9%" one of May (a month is read with its preposition, "since" too),
    nor "their highest rating since they were re-elected in 1983" one of 1983.
    A "when" after the period goes back to it: "the largest inventory rise since July, 1979,
    when inventories were up 1.7 pct" gives July 1979's figure."""
    if _WHEN_AFTER.match(text, match.end()):
        return False
    if _SINCE_OPENS.match(match.group(0)):
        return True
    low, far = max(0, match.start() - 12), max(0, match.start() - _SINCE_REACH)
    lowered = _lowered(text)
    if lowered is not None and lowered.find("since", far, match.start()) < 0:
        return False
    return _SINCE.search(text, low, match.start()) is not None \
        or _SINCE_CLAUSE.search(text, far, match.start()) is not None


_BASE_AFTER = re.compile(
    r"(?:(?:\s+(?:rise|increase|gain|drop|fall|decline|growth))?\s+(?:over|on|against|from)"
    r"|\s+(?:higher|lower|more|less|greater|smaller)\s+than(?:\s+in)?|\s+(?:above|below))\s+"
    r"(?:the\s+)?(?:(?:same|corresponding|first|second|third|fourth|final|previous|"
    r"year-ago)\s+)?$", re.IGNORECASE)


_BRACKET_AFTER = re.compile(r"\s*\([^()]{0,60}\)")
"""A conversion in brackets after a figure ("A$458.4m ($357.6m; £191m) from a year
earlier"): the figure's base comes after it."""


def _base_after(text: str, match: re.Match[str], span: tuple[int, int]) -> bool:
    """Whether the period ``match`` names the base a change is measured over, right after
    the figure: "up 3.3 pct on the same 1985 quarter", "a 3.2 pct rise over the fourth
    1985 quarter" are changes of 1986's fourth quarter, not 1985's, "up about 50 pct
    from the year-ago 2,634,000 dlrs" is this year's, and so are "25.7 pct higher than in
    1985" and "12.2 pct below year-ago levels". A bare year after "from" is when
    something starts ("cost savings of at least $2bn from 2008")."""
    if match.start() < span[1]:
        return False
    bracket = _BRACKET_AFTER.match(text, span[1], match.start())
    base = _BASE_AFTER.fullmatch(text, bracket.end() if bracket else span[1], match.start())
    if base is None:
        return False
    starts = base.group(0).rstrip().lower().endswith("from") and _YEAR_KEY.fullmatch(
        match.group(0)) is not None and not text.startswith(("'s", "’s"), match.end())
    return not starts  # "savings of at least $2bn from 2008": from when, not against


_BREAK = re.compile(r"[,;]|\b(?:and|but|while|whereas|against|compared|versus|from)\b",
                    re.IGNORECASE)
_PREMODIFIER = re.compile(
    r"(?<![\w/.,-])(?:(?:19|20)\d\d(?:/\d\d)?|" + _MONTH + r"(?:\s+(?:19|20)\d\d)?)\s+"
    r"(?:(?!(?:and|or|but|in|for|from|to|with|than|against|since|by)\b)[a-z-]+\s+){1,3}"
    r"(?:at|of|was|were|totalled|totaled|reached|stood\s+at)\s+"
    r"(?:(?:an?|about|around|some|nearly|almost|only|just)\s+)?$", re.IGNORECASE)
"""A period that dates the measured noun right before the figure ("It estimated 1986
production at 1.8 mln tonnes and forecast little change for 1987"): it wins over a period
after the figure across a break, which belongs to a later clause."""


def _premodifier_period(text: str, span: tuple[int, int], published: date | None) -> str | None:
    """The period of the noun phrase ending right before the figure (see ``_PREMODIFIER``)."""
    match = _PREMODIFIER.search(text, max(0, span[0] - 60), span[0])
    return None if match is None else period_in(text, match.span(), span, published)


_ELECTION_AFTER = re.compile(r"\s+(?:general\s+|presidential\s+|parliamentary\s+)?"
                             r"(?:elections?|polls?|vote|ballot|referendum)\b", re.IGNORECASE)


def _election_to_come(text: str, match: re.Match[str], day: date,
                      published: date | None) -> bool:
    """Whether the day names an election (or vote) still to come, written with no year:
    it dates the election, not a figure told before it ("lead the opposition Labour party
    by seven percentage points in the June 11 election campaign, according to a public
    opinion poll today" is today's lead; "in the run-up to April 23 elections" in March).
    Read as a day gone by, it would be last year's. An election held ("won 81 of the 166 seats
    in the February 17 poll") is the day of its results."""
    return published is not None and (day > published or day.year < published.year) \
        and not any(match.group(group) for group in (3, 6)) \
        and _ELECTION_AFTER.match(text, match.end()) is not None


def day_in(text: str, window: tuple[int, int], span: tuple[int, int],
           published: date | None) -> date | None:
    """The day the words in ``window`` name for the event, resolved against ``published``."""
    bits = _window_bits(text, window)
    if not bits & _DAY_BITS:
        return None
    found: list[tuple[int, date]] = []
    match = _nearest(_MONTH_DAY, text, window, span, bits)
    if match is not None and not _starts_fiscal_year(text, window, match, bits):
        day = _explicit_day(match, published)
        if day is not None and not _election_to_come(text, match, day, published):
            found.append((_gap(match, span), day))
    if published is not None:
        match = _nearest(_DAY_WORD, text, window, span, bits)
        if match is not None and not _dates_another_event(text, match, span):
            found.append((_gap(match, span), published - timedelta(days=_days_back(match))))
        match = _nearest(_WEEKDAY, text, window, span, bits)
        if match is not None:
            weekday = _WEEKDAYS.index(match.group(1).lower())
            back = (published.weekday() - weekday) % 7
            found.append((_gap(match, span), published - timedelta(days=back)))
    return min(found)[1] if found else None


def _days_back(match: re.Match[str]) -> int:
    """How many days before publication a day word of ``_DAY_WORD`` points: "yesterday"
    one, "two days ago" two, "today" none. Weeks "ago" are left to periods: wire copy
    writes "15 mln bushels, down from 20.3 mln a week ago", where the week dates only the
    figure before it."""
    if match.group(2) is None:
        return _DAYS_BACK.get(match.group(1).lower(), 0)
    count = match.group(2).lower()
    return int(count) if count.isdigit() else _COUNT.get(count, 1)


_OWNS_AN_EVENT = re.compile(r"(?<=week)['’\"]s\s+[a-z]")
"""\"last week's earthquake", "last week's meeting": the week dates the event it owns, not
the figure told of it this week ("which will stop crude exports for five months"); "last
week's 744" is the figure's own day. The wire often types the apostrophe as a double quote
("last week"s earthquake")."""


def _dates_another_event(text: str, day: re.Match[str], span: tuple[int, int]) -> bool:
    """Whether the week ``day`` names owns an event the figure only follows from: the
    figure stands before it ("needs 120 mln dlrs to repair the damage caused by last week's
    earthquake") or in a clause of its own after it ("last week's earthquake, which will stop
    crude exports for five months"). A figure in the event's own phrase is the event's
    ("last week's authorisation of 102,350 tonnes", "last week's estimate of 7.7 mln"), and
    so is one a preposition puts at it ("arrested during last week's riots")."""
    if _OWNS_AN_EVENT.match(text, day.end()) is None \
            or _HELD_AT.search(text, max(0, day.start() - 10), day.start()):
        return False
    return span[1] <= day.start() or _CLAUSE_BREAK.search(text, day.end(), span[0]) is not None


_HELD_AT = re.compile(r"\b(?:at|during|in|of|about)\s+\Z", re.IGNORECASE)
"""A preposition that puts the figure's own event at the week's ("approved the release of
300,000 tonnes at last week's meeting", "arrested during last week's riots", "of last
week's nine issues")."""
_CLAUSE_BREAK = re.compile(r",\s")
"""A comma between words, not one inside a number ("102,350 tonnes")."""


def _starts_fiscal_year(text: str, window: tuple[int, int], day: re.Match[str],
                        bits: int) -> bool:
    """Whether the written ``day`` is the first of a fiscal year ("the fiscal year beginning
    April 1"), which is no day of the figure's event."""
    return bool(bits >> _FISCAL_INDEX & 1) and any(
        start <= day.start() < end
        for start, end in (m.span() for m in _scan(_FISCAL_INDEX, text, window)))


def _gap(match: re.Match[str], span: tuple[int, int]) -> int:
    return max(span[0] - match.end(), match.start() - span[1], 0)


def _explicit_day(match: re.Match[str], published: date | None) -> date | None:
    """A written date ("March 5", "Aug. 16, 2020", "5 March"), in the right year."""
    return _written_day(match.group(0), bool(match.group(3) or match.group(6)), published)


@lru_cache(maxsize=1024)
def _written_day(words: str, year_given: bool, published: date | None) -> date | None:
    """The day ``words`` name; read once, since the parser is slow and every figure of a
    sentence asks for the same date."""
    if published is None and not year_given:
        return None
    default = published or date(2000, 1, 1)
    try:
        moment = dateparser.parse(words.replace(".", ""), default=_as_datetime(default))
    except (ValueError, OverflowError):
        return None
    day = moment.date()
    if not year_given and published is not None and day > published + timedelta(days=7):
        day = day.replace(year=day.year - 1)
    return day


def _as_datetime(day: date) -> datetime:
    """dateutil fills missing parts from a datetime default, not a date."""
    return datetime(day.year, day.month, day.day)


def claim_date(text: str, window: tuple[int, int], span: tuple[int, int],
               published: date | None, period: str | None) -> date | None:
    """The date a claim refers to: a named day, else the end of a named period, else the
    publication date; None when the document has no date and the text names no day."""
    day = day_in(text, window, span, published)
    return day if day is not None else period_date(period, published)


def period_date(period: str | None, published: date | None) -> date | None:
    """The date of a claim that names no day: the end of its period when that is over by
    publication, else the publication date. A past year's first months are dated by their
    year's end, as the year is, and a half by its last quarter's; neither is ever still ahead
    for ``period_end``'s other readers (a first half reported in March is a fiscal one)."""
    end = period_end(_HALF_END.sub(lambda half: f"-q{2 * int(half.group(1))}",
                                   _YEAR_SO_FAR.sub("", period)) if period else None)
    if end is not None and (published is None or end < published):
        return end
    return published


_HALF_END = re.compile(r"-h([12])$")
_YEAR_SO_FAR = re.compile(r"-ytd$")
_PERIOD_KEY = re.compile(r"(\d{4})(?:-(\d{2})|-q([1-4])|/(\d{2}))?")


def period_start(period: str | None) -> date | None:
    """The first day of a resolved period key ("1987", "1987-02", "1986-q4", "1986/87",
    whose year runs to June as in ``period_end``)."""
    match = _PERIOD_KEY.fullmatch(period) if period is not None else None
    if match is None:
        return None
    year = int(match.group(1))
    if match.group(2):
        return date(year, int(match.group(2)), 1)
    if match.group(3):
        return date(year, int(match.group(3)) * 3 - 2, 1)
    return date(year, 7 if match.group(4) else 1, 1)


@lru_cache(maxsize=1024)
def period_end(period: str | None) -> date | None:
    """The last day of a resolved period key ("1987", "1987-02", "1986-q4", "1986/87")."""
    if period is None:
        return None
    match = _PERIOD_KEY.fullmatch(period)
    if match is None:
        return None
    year = int(match.group(1))
    if match.group(2):
        month = int(match.group(2))
    elif match.group(3):
        month = int(match.group(3)) * 3
    elif match.group(4):
        year, month = year + 1, 6
    else:
        month = 12
    return date(year, month, 1) + relativedelta(months=1) - timedelta(days=1)
