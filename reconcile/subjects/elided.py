"""A unit the writer leaves out because the figure before it already gave it.

Wire copy lists figures of one measure in one sentence and names the unit once: "The
season's sunflowerseed production is now forecast at 2.1 mln to 2.3 mln tonnes, against
2.2 mln to 2.4 mln forecast last week and down 43.9 to 48.8 pct on the 1985/86 record of
4.1 mln". The later "2.2 mln to 2.4 mln" and "4.1 mln" are tonnes too; read as bare
numbers they get no subject, and the crop estimates they rival are never compared.
"""

from __future__ import annotations

import re

from reconcile.model import Figure

_SCALE = re.compile(r"\b(mln|million|millions|billion|billions|bln|bn|trillion|"
                    r"thousand|thousands)\b", re.IGNORECASE)
"""A scale word: a number with one is an amount of something."""
_SCALE_AT_END = re.compile(rf"{_SCALE.pattern}\.?$", re.IGNORECASE)
_CARRIED = ("quantity",)
"""Kinds whose unit is a unit of measure, which a list of amounts shares. Sums of money
are left as they are: a bare "838 mln" after a sum is most often last year's figure or
another month's in a table of results, and such lists set firms' and months' sums against
each other. Session 8 tried a wider reading at the figures stage (money too, any amount
near in size, other amounts between): 2,600 more news amounts got a unit, but it raised a
judged-wrong news discrepancy and, by totals, a false discrepancy on each of two held-out
rounds, so this reading stays."""
_AMOUNTS = ("quantity", "money", "count", "number")
"""Kinds of amounts: an amount of another unit ends the list; shares do not."""


def _scale_word(figure: Figure) -> str | None:
    """The scale word the figure's words end on ("4.1 mln"), lowered, else None."""
    match = _SCALE_AT_END.search(figure.text.rstrip())
    return match.group(1).lower() if match else None


def _scale_in(figure: Figure) -> str | None:
    """The scale word within a figure that ends on its unit ("7.7 mln tonnes")."""
    match = _SCALE.search(figure.text)
    return match.group(1).lower() if match else None


def _is_year(figure: Figure) -> bool:
    """A bare number that names a year ("unchanged from 1986 and below the government's
    1987 forecast of 2.5 mln"): a date between amounts, not an amount that ends the list."""
    return figure.value is not None and figure.value.is_integer() \
        and 1900 <= figure.value <= 2100 and figure.text.strip().isdigit()


def with_elided_unit(figure: Figure, neighbours: list[Figure]) -> Figure:
    """The figure with the unit of the nearest amount before it in its sentence, when it
    is a bare number of the same scale ("against 9.6 mln to 9.9 mln" after "9.5 mln to
    9.8 mln tonnes"), or of a bare number of that scale that itself goes on with one; else
    the figure as it is. Shares in between ("up 4.2 to 5.5 pct on the 7.2 mln to 7.3 mln")
    do not break the list: only another amount does."""
    if figure.kind != "number" or figure.unit:
        return figure
    scale = _scale_word(figure)
    if scale is None:
        return figure
    before = sorted((other for other in neighbours if other.end <= figure.start
                     and other.kind in _AMOUNTS),
                    key=lambda other: other.end, reverse=True)
    for last in before:
        if last.kind == "number" and not last.unit \
                and (_scale_word(last) == scale or _is_year(last)):
            continue  # "2.2 mln to 2.4 mln ... the 1985/86 record of 4.1 mln": one list
        if last.kind in _CARRIED and last.unit and _scale_in(last) == scale:
            return figure.model_copy(update={"kind": last.kind, "unit": last.unit})
        break
    return figure


_CHANGED_TO = re.compile(r"\bto\s+(?:an?\s+)?(?:(?:record|revised|provisional)\s+)?$",
                         re.IGNORECASE)
"""What a sum a measure moved to follows: "rose to", "widened to a record"."""
_FROM = re.compile(r"(?:\s+(?:last\s+year|in\s+(?:19|20)\d\d))?\s*,?\s+from\s+$",
                   re.IGNORECASE)
"""What lies between that sum and the one it moved from: "13.6 billion dlrs last year from"."""
_OTHER_PERIOD = re.compile(r"\s+in\s+(?P<year>(?:19|20)\d\d)\b")
"""The year a sum moved from is named by its own words: "from 10.2 billion in 1985". Not
"a year earlier" or "the previous year": the key's period is read from the clause, and a
year the sentence names before ("a decline in 1986 net profit to 12.6 mln marks from
48.5 mln a year earlier") would date the earlier sum to the later one's year."""


def moved_from(text: str, figure: Figure, neighbours: list[Figure]) -> Figure | None:
    """The sum just before a bare figure whose value the words say it moved from, in a
    year the figure's own words name ("Washington's deficit with Taipei rose to a record
    13.6 billion U.S. Dlrs last year from 10.2 billion in 1985"), else None. A bare sum
    after a sum is otherwise left alone (see ``_CARRIED``): in lists and tables it is as
    often another firm's or month's. Here it is one measure's earlier value (see
    ``reconcile.subjects.earlier_values``), and its own year keeps it from meeting the
    later one."""
    if figure.kind != "number" or figure.unit or year_moved_from(text, figure) is None:
        return None
    scale = _scale_word(figure)
    if scale is None:
        return None
    last = max((other for other in neighbours if other.end <= figure.start),
               key=lambda other: other.end, default=None)
    if last is None or last.kind != "money" or not last.unit or _scale_in(last) != scale \
            or _FROM.fullmatch(text, last.end, figure.start) is None \
            or _CHANGED_TO.search(text, max(0, last.start - 30), last.start) is None:
        return None
    return last


def year_moved_from(text: str, figure: Figure) -> str | None:
    """The year the figure's own words date it to ("10.2 billion in 1985"), else None."""
    match = _OTHER_PERIOD.match(text, figure.end)
    return None if match is None else match.group("year")
