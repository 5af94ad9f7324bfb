"""The year a figure is for, read off the earlier year it is set against.

News gives a result or a forecast beside last year's and dates only the yardstick: "expect
Jardine Matheson to pay a total dividend of 15 to 20 cents a share against 10 cents a share
in 1985" is the 1986 dividend, not the "not less than 40 cents" promised for 1987. A figure
whose own words name no period is for the year after the year its yardstick names.
"""

from __future__ import annotations

import re

YARDSTICK_WORDS = r"against|compared\s+with|compared\s+to|versus|vs\.?|from"
"""Words that set a figure against another (its yardstick)."""
_YARDSTICK_YEAR = re.compile(
    rf"[^.;:]{{0,30}}?\b(?:{YARDSTICK_WORDS})\s+"
    r"[^.;:]{0,50}?\b(?:in|for)\s+((?:19|20)\d\d)\b(?![-/]\d|\s+(?:first|second|third|fourth|"
    r"quarter|half|period))", re.IGNORECASE)
_YARDSTICK_LAST_YEAR = re.compile(
    rf"[^.;:]{{0,30}}?\b(?:{YARDSTICK_WORDS})\s+(?:[^.;:]|(?<=\d)\.(?=\d)){{0,50}}?"
    r"\blast\s+year(?:['’]s)?\b", re.IGNORECASE)
"""A yardstick of last year's, its figure's decimal point and all ("to fall to 184.0 mln
tonnes from 185.7 mln last year")."""


def year_after_yardstick(text: str, end: int, limit: int,
                         this_year: int | None = None) -> str | None:
    """The year after the one named for the yardstick that follows a figure ending at
    ``end`` (within the sentence, which ends at ``limit``), or None. Given ``this_year``
    (the story's), a yardstick of "last year" names the year before it: only a forecast
    is read so ("production is expected to fall to 184.0 mln tonnes from 185.7 mln last
    year"), as a result set against last year's is as often a quarter's or a month's."""
    match = _YARDSTICK_YEAR.match(text, end, limit)
    if match:
        return str(int(match.group(1)) + 1)
    if this_year is not None and _YARDSTICK_LAST_YEAR.match(text, end, limit):
        return str(this_year)
    return None
