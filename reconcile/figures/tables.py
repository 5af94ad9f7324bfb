"""Scale and unit that a wire table's caption gives its bare numbers.

Reuters tables say their unit once, at the end of the line before the table ("production
figures are as follows, in mln bpd -", "(in thousands of tonnes)"), then list rows of bare
numbers ("TOTAL 14.7 16.0 15.8"). Read alone, each cell is 14.7; read with its caption it
is 14.7 mln barrels per day. The table runs over the short lines after the caption and
ends at the first line of prose.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reconcile.figures.lexicon import CURRENCY_WORDS, MEASURE_UNITS
from reconcile.figures.numbers import times_scale
from reconcile.model import Figure, FigureKind

_SCALES = {"mln": 1e6, "million": 1e6, "millions": 1e6, "bln": 1e9, "billion": 1e9,
           "billions": 1e9, "thousand": 1e3, "thousands": 1e3, "000s": 1e3, "000's": 1e3,
           "000": 1e3}
IN_SCALE = re.compile(
    r"\b[Ii][Nn]\s(?P<scale>mln|millions?|bln|billions?|thousands?|000'?s?)"
    r"(?:\s(?:of\s)?(?P<unit>[A-Za-z]{2,12}(?:\s(?:per|a)\s[a-z]{3,5})?))?"
)
"""A scale, perhaps with a unit, as captions write it: "in mln bpd", "in thousands of tonnes"."""
CAPTION = re.compile(rf"{IN_SCALE.pattern}\)?[\s,;:.)-]{{0,6}}(?:\n|$)")
"""A caption ending its line: "in mln bpd -", "(in thousands of tonnes)", "in thousands -"."""
_CAPTION_HINT = re.compile(r"[Ii][Nn]\s(?:mln|mil|bln|bil|tho|000)")
"""What every caption opens with. ``CAPTION`` opens with ``\\b``, which the engine tries at
every character; this opens with a character class, which it skips text by at C speed, and
most texts hold no caption."""
_CAPTION_HINT_LOWERED = re.compile(r"in\s(?:mln|mil|bln|bil|tho|000)")
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
    return found


def apply_captions(text: str, figures: list[Figure], dollar: str, lowered: str | None = None
                   ) -> list[Figure]:
    """``figures`` with the bare numbers of captioned tables scaled and given the unit;
    ``dollar`` is the currency the conventions read "dlrs" as. A table ends at its first
    line of prose or at the next caption. The caption's own "in thousands of tonnes" is
    a unit, not a vague figure, and is dropped. ``lowered`` is ``patterns.lowered_text(text)``
    where the caller has it."""
    if not figures:
        return figures
    captions = _captions(text, dollar, lowered)
    if not captions:
        return figures
    result = []
    index = 0
    for number, caption in enumerate(captions):
        end = _table_end(text, caption.end)
        if number + 1 < len(captions):
            end = min(end, captions[number + 1].start)
        while index < len(figures) and figures[index].start < caption.end:
            if figures[index].start < caption.start or figures[index].vague is None:
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
