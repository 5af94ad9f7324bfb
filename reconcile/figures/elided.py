"""A scale or unit the writer leaves out because the figure before it already gave it.

Results tables and wire copy name the scale once and set the earlier figure against it
bare: "Net 51.9 mln vs 30.1", "Revs 145.7 mln stg vs 158.1", "sales of 5.93 mln against
5.81 a year earlier". Read alone, the second is 30.1 or 158.1, a thousand or a million
times too small, and it is never compared with the first or with a rival's figure. So too
a bare number in a phrase parallel to the figure before it ("1987 earnings at 1.25 dlrs
and 1988 at 1.75"), and a bare share in a list of parties' or sides' shares that writes the
unit on its first or last item only ("put the Tories on 43 pct, Labour on 35 and the Alliance
on 20 pct"). A scaled amount with no unit is left to ``subjects.elided``.
"""

from __future__ import annotations

import re

from reconcile.figures.lexicon import SCALE_WORDS
from reconcile.model import Figure

_SCALE_WORD = re.compile(r"\b(" + "|".join(sorted(
    (word for word, factor in SCALE_WORDS.items() if factor >= 1e3), key=len, reverse=True))
    + r")\b", re.IGNORECASE)
"""A scale of thousands or more the figure is written with ("mln", "billion", "bn")."""
_SET_AGAINST = re.compile(
    r",?[^\S\n]{1,3}(?:vs\.?|versus|against|from|compared\s+with|compared\s+to)[^\S\n]{1,3}"
    r"(?:(?:a[^\S\n]+)?(?:loss|profit)[^\S\n]+(?:of[^\S\n]+)?)?", re.IGNORECASE)
"""What stands between a scaled figure and the bare one set against it, a comma and all
("forecast Brazil's 1986/87 soybean crop at 17.00 mln tonnes, vs 17.00 estimated last
month")."""
_BARE = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")
_NEAR = 20.0
"""How far apart two figures set against each other may be once scaled alike: a year's
and the year before's, a forecast and the last figure, are seldom more than this apart."""


def with_elided_scales(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, each bare number set against a scaled figure right before it ("51.9 mln
    vs 30.1") read at that figure's scale and in its unit, and each bare number in a phrase
    parallel to the figure before it ("sees 1987 earnings at 1.25 dlrs and 1988 at 1.75")
    in that figure's unit; its words stay as written."""
    result = list(figures)
    for index in range(1, len(result)):
        before, figure = result[index - 1], result[index]
        if not _bare(figure) or before.end > figure.start:
            continue  # most figures have a unit: the one before is never read
        read = _set_against(text, before, figure) or _parallel(text, before, figure) \
            or _listed_share(text, before, figure, result[index + 1:index + 2])
        if read is not None:
            result[index] = read
    return result


_LIST_ITEM = re.compile(
    r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?votes?)?(?:,|[^\S\n]+and)(?:[^\S\n]+(?:and|while|but))?[^\S\n]+(?:(?:the|its)[^\S\n]+)?"
    r"(?:[a-z][\w-]*[^\S\n]+){0,2}?(?:[A-Z][\w'’.-]*[^\S\n]+){1,5}?"
    r"(?:(?:on|with|at)[^\S\n]+)?$")
"""The words between two items of a list of named shares: the share's whole if the item
before names it ("41 pct of the vote, Labour with 35 pct"), a comma or conjunction, the
next item's name (capitalised, after at most two lower-case words: "and the centrist
Social Democrat-Liberal Alliance on") and "on", "with" or "at" if the list sets them so."""


def list_item_between(text: str, end: int, start: int) -> bool:
    """Whether the words from ``end`` (one figure's) to ``start`` (the next's) part two
    items of a list of named figures (", Labour on", " and the Alliance")."""
    return _LIST_ITEM.fullmatch(text, end, start) is not None


_PERCENT_WORDS = re.compile(r"(?:pct|%|per[^\S\n]*cent|percent)$", re.IGNORECASE)


def _listed_share(text: str, before: Figure, figure: Figure, after: list[Figure]) -> Figure | None:
    """``figure`` as a percentage when it is an item of a list of named shares whose item
    before or after writes the unit ("put the Tories on 43 pct, Labour on 35 and the
    Alliance on 20 pct"; "showed the Conservatives with 42 pct, Labour with 34 and the
    Alliance on 23"; "CSR 42.58 pct, Barcoo 49.9, and IOL Petroleum Ltd 7.51"). Wire copy
    names a list's unit once; read alone, "35" is a number no rule takes, though it is the
    second party's share. Only an item named with a capital right before its number:
    "Malaysia 28,526 tonnes, Indonesia 24,516" is a list of another unit, and a share is
    below 100."""
    if figure.value is None or not 0 < figure.value < 100:
        return None
    if _share(before) and list_item_between(text, before.end, figure.start):
        return _as(figure, before, 1.0)
    if after and _share(after[0]) \
            and _LIST_ITEM.search(text, max(0, figure.start - 80), figure.start) is not None \
            and list_item_between(text, figure.end, after[0].start):
        return _as(figure, after[0], 1.0)
    return None


def _share(figure: Figure) -> bool:
    """Whether ``figure`` is a share written with its unit ("43 pct") or a bare item read
    as one before it ("Labour with 34" in "... 42 pct, Labour with 34 and the Alliance on
    23")."""
    return figure.kind == "percent" and (_PERCENT_WORDS.search(figure.text.rstrip()) is not None
                                         or _BARE.fullmatch(figure.text.strip()) is not None)


def _set_against(text: str, before: Figure, figure: Figure) -> Figure | None:
    """``figure`` at the scale of ``before`` when the two are set against each other."""
    scale = _scale_of(before)
    if scale is None or _SET_AGAINST.fullmatch(text, before.end, figure.start) is None:
        return None
    return _as(figure, before, scale)


_AT_BEFORE = re.compile(r"\bat[^\S\n]+(?:about[^\S\n]+|around[^\S\n]+|some[^\S\n]+)?$",
                        re.IGNORECASE)
_PARALLEL_AT = re.compile(
    r"[^.;:\n\d]{0,60}?\b(?:and|while|but|against|versus|vs\.?)"
    r"(?:[^\S\n]+(?:[^\s\d]+|(?:19|20)\d\d))?(?:[^\S\n]+[^\s\d]+){0,3}?[^\S\n]+at"
    r"[^\S\n]+(?:about[^\S\n]+|around[^\S\n]+)?",
    re.IGNORECASE)
"""What lies between "at 1.25 dlrs" and a bare "at 1.75" that repeats its construction:
a conjunction, at most four words with no number but a year right after the conjunction
("and 1988 at"), and "at"."""


def _parallel(text: str, before: Figure, figure: Figure) -> Figure | None:
    """``figure`` in the unit (and at the scale) of ``before`` when both follow "at" and a
    conjunction joins the two phrases: "put 1987 earnings at 1.25 dlrs and 1988 at 1.75"."""
    if before.unit is None or before.kind not in ("money", "percent", "quantity", "count"):
        return None
    if _PARALLEL_AT.fullmatch(text, before.end, figure.start) is None \
            or _AT_BEFORE.search(text, max(0, before.start - 12), before.start) is None:
        return None
    return _as(figure, before, _scale_of(before) or 1.0)


def _as(figure: Figure, model: Figure, scale: float) -> Figure | None:
    """``figure`` at ``scale`` in the kind and unit of ``model``, when the two are then
    near enough to be figures of one measure."""
    scaled = figure.value * scale if figure.value is not None else None
    if scaled is None or not _near(scaled, model):
        return None
    return figure.model_copy(update={
        "value": scaled, "low": scaled, "high": scaled, "kind": model.kind, "unit": model.unit})


def _scale_of(figure: Figure) -> float | None:
    """The factor of the scale word a figure is written with, if it has one and is an
    amount (not a share or a rate)."""
    if figure.kind not in ("number", "money", "count", "quantity"):
        return None
    match = _SCALE_WORD.search(figure.text)
    return SCALE_WORDS[match.group(1).lower()] if match else None


def _bare(figure: Figure) -> bool:
    """A number alone: no unit, no scale, no hedge, no range, not a year."""
    return figure.kind == "number" and figure.unit is None and figure.value is not None \
        and figure.low == figure.high == figure.value \
        and _BARE.fullmatch(figure.text.strip()) is not None \
        and not (figure.value.is_integer() and 1900 <= figure.value <= 2100)


def _near(value: float, other: Figure) -> bool:
    size = other.value if other.value is not None else (other.high or other.low)
    return bool(size) and value > 0 and max(value, size) <= _NEAR * min(value, size)
