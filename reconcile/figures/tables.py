"""Scale and unit that a wire table's caption gives its bare numbers.

Reuters tables say their unit once, at the end of the line before the table ("production
figures are as follows, in mln bpd -", "(in thousands of tonnes)"), then list rows of bare
numbers ("TOTAL 14.7 16.0 15.8"). Read alone, each cell is 14.7; read with its caption it
is 14.7 mln barrels per day. The table runs over the short lines after the caption and
ends at the first line of prose.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from reconcile.figures.lexicon import CURRENCY_WORDS, MEASURE_UNITS
from reconcile.figures.numbers import times_scale
from reconcile.model import Figure, FigureKind

_SCALES = {"mln": 1e6, "million": 1e6, "millions": 1e6, "bln": 1e9, "billion": 1e9,
           "billions": 1e9, "thousand": 1e3, "thousands": 1e3, "000s": 1e3, "000's": 1e3,
           "000": 1e3, "1,000": 1e3, "'000": 1e3, "'000s": 1e3}
IN_SCALE = re.compile(
    r"\b[Ii][Nn]\s(?P<scale>mln|millions?|bln|billions?|thousands?|000'?s?|1,000|'000s?)"
    r"(?:\s(?:of\s)?(?P<unit>[A-Za-z]{2,12}(?:\s(?:per|a)\s[a-z]{3,5})?))?"
)
"""A scale, perhaps with a unit, as captions write it: "in mln bpd", "in thousands of tonnes"."""
CAPTION = re.compile(rf"{IN_SCALE.pattern}\)?[\s,;:.)-]{{0,6}}(?:\n|$)")
"""A caption ending its line: "in mln bpd -", "(in thousands of tonnes)", "in thousands -"."""
_CAPTION_HINT = re.compile(r"[Ii][Nn]\s(?:mln|mil|bln|bil|tho|000|1,0|'00)")
"""What every caption opens with. ``CAPTION`` opens with ``\\b``, which the engine tries at
every character; this opens with a character class, which it skips text by at C speed, and
most texts hold no caption."""
_CAPTION_HINT_LOWERED = re.compile(r"in\s(?:mln|mil|bln|bil|tho|000|1,0|'00)")
"""The same in lowered text, opening with a literal the engine finds faster still (it stops
at every "in", not at every "i"). It also finds "IN MLN", which no caption opens with: the
captions are then looked for from there, and are the same."""
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_WORD = re.compile(r"[A-Za-z]{2,}")
_MAX_ROW = 90
_MAX_ROW_WORDS = 7
_MAX_LINES = 80


def _unit_of(word: str | None, dollar: str) -> tuple[FigureKind, str | None, float]:
    """Kind, unit and factor of the caption's unit word ("bpd", "dlrs", "cts", "tonnes")."""
    lower = " ".join((word or "").lower().split())
    if lower in MEASURE_UNITS:
        return "quantity", MEASURE_UNITS[lower], 1.0
    if lower in CURRENCY_WORDS:
        code, _, divisor = CURRENCY_WORDS[lower].partition("/")
        return "money", dollar if code == "$" else code, 1 / float(divisor or 1)
    return "number", None, 1.0


def _table_end(text: str, start: int) -> int:
    """Where the table after a caption ends: at the first long line or line of prose."""
    position = start
    for _ in range(_MAX_LINES):
        line = _LINE.match(text, position)
        if line is None or line.end() == position:
            return position
        body = line.group(0).strip()
        if len(body) > _MAX_ROW or len(_WORD.findall(body)) > _MAX_ROW_WORDS:
            return position
        position = line.end()
    return position


class _Caption(NamedTuple):
    start: int
    end: int
    scale: float
    kind: FigureKind
    unit: str | None
    factor: float
    reach: int | None = None
    """Where an inline caption's list ends; None for a table after a caption line."""


_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z(\"]|\s*$)|\n")
"""Where a sentence or a line ends: not at "U.K. 200", whose full stop a digit follows."""
_BARE_NUMBER = re.compile(r"(?<![\w.,/])\d[\d,]*(?:\.\d+)?(?![\w/])")
_LIST_GAP = 4
"""At most this many words between the numbers of a list ("Belgium/Luxembourg 114 (118),
Denmark 69 (69)"): prose says more between its figures."""
_LIST_NUMBERS = 3


def _is_list(words: str) -> bool:
    """Whether a stretch of a sentence lists numbers under names: three numbers or more,
    and most of the stretches between them short."""
    numbers = list(_BARE_NUMBER.finditer(words))
    if len(numbers) < _LIST_NUMBERS:
        return False
    gaps = [len(words[a.end():b.start()].split()) for a, b in pairwise(numbers)]
    return 3 * sum(gap <= _LIST_GAP for gap in gaps) >= 2 * len(gaps)


def _list_end(text: str, start: int) -> int:
    """Where the list after an inline caption ends: with the last of the sentences from
    ``start`` on that are lists ("Individual West Europe country estimates, in 1,000
    hectares ..., are, Belgium/Luxembourg 114 (118), ... Eastern Europe plantings are
    forecast as follows, USSR 3400 (3440), ..."). ``start`` itself when none is."""
    end = position = start
    while position < len(text):
        stop = _SENTENCE_END.search(text, position)
        stop_at = stop.start() if stop is not None else len(text)
        if not _is_list(text[position:stop_at]):
            return end
        end = stop_at
        position = stop.end() if stop is not None else len(text)
        while position < len(text) and text[position].isspace():
            position += 1
    return end


def _captions(text: str, dollar: str, lowered: str | None) -> list[_Caption]:
    """Each caption's span, scale and unit. A line naming two scales ("x - in thousand
    bales. y - in mln cwts") captions nothing; two units of one scale ("in mln bushels,
    except feedgrains, which is in mln tonnes") give the scale alone."""
    found: list[_Caption] = []
    hint = (_CAPTION_HINT.search(text) if lowered is None
            else _CAPTION_HINT_LOWERED.search(lowered))
    if hint is None:
        return found
    for caption in CAPTION.finditer(text, hint.start()):
        line = IN_SCALE.finditer(text, text.rfind("\n", 0, caption.start()) + 1, caption.end())
        named = [(_SCALES[m.group("scale").lower()], m.group("unit")) for m in line]
        scale = named[-1][0]
        if any(other != scale for other, _ in named):
            continue
        word = caption.group("unit") if len({unit for _, unit in named}) == 1 else None
        found.append(_Caption(caption.start(), caption.end(), scale, *_unit_of(word, dollar)))
    lines = {caption.start for caption in found}
    for inline in IN_SCALE.finditer(text, hint.start()):
        if inline.start() in lines or inline.group("unit") is None:
            continue
        reach = _list_end(text, inline.end())
        if reach > inline.end():  # "in 1,000 hectares (...), are, Belgium/Luxembourg 114"
            found.append(_Caption(inline.start(), inline.end(), _SCALES[
                inline.group("scale").lower()], *_unit_of(inline.group("unit"), dollar), reach))
    return sorted(found)


def apply_captions(text: str, figures: list[Figure], dollar: str, lowered: str | None = None
                   ) -> list[Figure]:
    """``figures`` with the bare numbers of captioned tables scaled and given the unit;
    ``dollar`` is the currency the conventions read "dlrs" as. A table ends at its first
    line of prose or at the next caption; an inline caption's list, with its last sentence
    that is a list. The caption's own words ("in thousands of tonnes", "in 1,000 hectares")
    are a unit, not a figure, and are dropped. ``lowered`` is ``patterns.lowered_text(text)``
    where the caller has it."""
    if not figures:
        return figures
    captions = _captions(text, dollar, lowered)
    if not captions:
        return figures
    result = []
    index = 0
    for number, caption in enumerate(captions):
        end = _table_end(text, caption.end) if caption.reach is None else caption.reach
        if number + 1 < len(captions):
            end = min(end, captions[number + 1].start)
        while index < len(figures) and figures[index].start < caption.end:
            if figures[index].start < caption.start:
                result.append(figures[index])
            index += 1
        while index < len(figures) and figures[index].start < end:
            result.append(_in_table(text, figures[index], caption))
            index += 1
    return result + figures[index:]


def _in_table(text: str, figure: Figure, caption: _Caption) -> Figure:
    """A cell with the caption's scale and unit; a figure with its own words stays."""
    if figure.kind != "number" or figure.vague is not None or figure.value is None or (
        figure.text != text[figure.number_start:figure.number_end]
    ):
        return figure
    return _scaled(figure, caption.scale, caption.factor, caption.kind, caption.unit)


def _scaled(figure: Figure, scale: float, factor: float, kind: FigureKind, unit: str | None
            ) -> Figure:
    def times(value: float | None) -> float | None:
        return None if value is None else times_scale(value, scale) * factor

    return figure.model_copy(update={
        "value": times(figure.value), "low": times(figure.low), "high": times(figure.high),
        "kind": kind, "unit": unit,
    })
