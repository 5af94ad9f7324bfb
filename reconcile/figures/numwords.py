"""Read a run of number words and digits ("two hundred and three", "3 million and a half").

The master pattern finds a run of number-ish tokens in one regex step; this module turns
the run into one or more numbers, splitting it where English stops composing one number
("4000 3 hundred" is two numbers, "twenty one" is one). Work is per token of a short run,
never per character of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reconcile.figures.lexicon import (
    DOZEN_WORDS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    VULGAR_FRACTIONS,
)
from reconcile.figures.numbers import parse_digits
from reconcile.figures.patterns import DIGITS

_TOKEN = re.compile(
    rf"(?P<digits>(?:[-−+]\s?)?{DIGITS})"
    r"|(?P<word>[A-Za-z]+)|(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])|(?P<amp>&)|(?P<comma>,)"
)
_SMALL = {**UNITS_WORDS, **TENS_WORDS}
_DENOMINATORS = {**ORDINAL_WORDS, **{word + "s": n for word, n in ORDINAL_WORDS.items()},
                 "halves": 2}
_UNIT_ORDINALS = {word: n for word, n in ORDINAL_WORDS.items() if n < 10 and word != "half"}
_UNIT_ORDINALS.update({word + "s": n for word, n in _UNIT_ORDINALS.items()})
"""The ordinals that end a compound denominator: "twenty-first", "one hundred fifths"."""
_WHOLE_DENOMINATORS = {word: n for word, n in _DENOMINATORS.items()
                       if word.endswith("s") and n not in (2, 4)}
"""Denominators that take a whole number as numerator, not just its last words: "a
hundred trillionths", "ninety-five hundred fifths" (plural: "two hundred fifth" is an
ordinal; never halves or quarters: "1985 third quarter")."""
_DENOMINATORS.pop("first")
_DENOMINATORS.pop("second")
_DENOMINATORS.pop("firsts")
_DENOMINATORS.pop("seconds")
VOCABULARY: frozenset[str] = frozenset({
    *_SMALL, *SCALE_WORDS, *DOZEN_WORDS, *_DENOMINATORS,
    "and", "of", "point", "a", "an", "half", "quarter", "minus", "negative", "hundred",
})
"""Every word ``parse_run`` reads: letters glued to digits that are none of these ("5%",
"800m", "1990s") leave the digits a number of their own."""


@dataclass(frozen=True)
class Parsed:
    """One number read from a run: its value and its span, relative to the run (frozen:
    ``parse_run`` shares its answers)."""

    value: float
    start: int
    end: int
    fraction: bool = False


@dataclass
class _Token:
    kind: str
    text: str
    start: int
    end: int


def _tokens(run: str) -> list[_Token]:
    found = []
    for match in _TOKEN.finditer(run):
        kind = match.lastgroup or "word"
        found.append(_Token(kind, match.group(0), match.start(), match.end()))
    return found


class _Builder:
    """Accumulates one number the way English composes it, left to right."""

    def __init__(self, start: int) -> None:
        self.start = start
        self.end = start
        self.total = 0.0
        self.current = 0.0
        self.tail = 0  # 0: nothing since the last scale; 1: units; 10: tens; 100: hundreds
        self.last_scale = 1.0
        self.sign = 1.0
        self.words = 0
        self.fraction = False
        self.chunk_base = 0.0  # value of ``current`` before the last "and"
        self.has_hundred = False
        self.from_digits = False  # digits since the last scale word: "100,000 and one" stop
        self.opened_with_digits = False  # "4 mln": its scale ends it before number words
        self.after_and = False  # "two and fifty-four hundredths": the numerator follows "and"

    @property
    def empty(self) -> bool:
        return self.words == 0

    def value(self) -> float:
        return self.sign * (self.total + self.current)

    def add_small(self, n: float, token: _Token) -> bool:
        if self.from_digits and self.tail:
            return False  # "1987 nine mths": digits take a scale after them, never units
        if n >= 20 and n % 10 == 0 and n < 100:
            if self.tail not in (0, 100):
                return False
            self.tail = 10
        else:
            if self.tail not in (0, 10, 100) or (self.tail == 10 and n >= 10):
                return False
            self.tail = 1
        self.current += n
        return self.took(token)

    def add_digits(self, n: float, token: _Token, after_and: bool = False) -> bool:
        if not self.empty and not (
            (self.tail == 0 and n < self.last_scale) or (after_and and n < 100)
        ):
            return False
        self.from_digits = self.from_digits or self.empty
        self.opened_with_digits = self.opened_with_digits or self.empty
        self.current += n
        self.tail = 1 if n < 100 else 100
        return self.took(token)

    def add_scale(self, scale: float, token: _Token) -> bool:
        if self.empty:
            return False
        if scale == 100:
            if self.has_hundred or self.tail == 1000:
                return False
            self.has_hundred = True
            self.current = (self.current or 1) * 100
            self.tail = 100
        elif scale > self.last_scale and self.total:
            self.total = (self.total + self.current) * scale
            self.current = 0
            self.tail = 0
        elif self.total and scale >= self.last_scale:
            return False
        else:
            self.total += (self.current or 1) * scale
            self.current = 0
            self.tail = 0
        self.from_digits = False
        self.after_and = False
        if scale > 100:
            self.last_scale = scale
            self.has_hundred = False
        self.chunk_base = 0.0
        return self.took(token)

    def add_fraction(self, part: float, token: _Token) -> bool:
        """A trailing fraction: "and a half" of the last scale, or of one."""
        if self.current == 0 and self.total and self.last_scale > 1:
            self.total += part * self.last_scale
        else:
            self.current += part
        self.tail = 1000
        self.fraction = True
        return self.took(token)

    def over_denominator(self, denominator: int, token: _Token) -> bool:
        """ "two thirds": a proper fraction after "and" is added ("two hundred and fifty-four
        hundredths" is 200.54); otherwise the whole number is the numerator ("a hundred
        trillionths", "ninety-five hundred fifths", "one hundred and thirty fifths" is 26)."""
        numerator = self.current - self.chunk_base
        if self.after_and and 0 < numerator < denominator:
            self.current = self.chunk_base + numerator / denominator
        else:
            if self.whole() <= 0:
                return False
            self.current = self.whole() / denominator
            self.total = 0.0
        self.tail = 1000
        self.fraction = True
        return self.took(token)

    def whole(self) -> float:
        """The number so far, unsigned: the numerator of "one hundred thirty-fifths"."""
        return self.total + self.current

    def add_dozen(self, token: _Token) -> bool:
        """ "three dozen"; after "and" only the words since it: "three hundred and two
        dozens" is 324."""
        self.current = self.chunk_base + ((self.current - self.chunk_base) or 1) * 12
        self.tail = 100
        return self.took(token)

    def parsed(self) -> Parsed:
        return Parsed(self.value(), self.start, self.end, self.fraction)

    def took(self, token: _Token) -> bool:
        self.words += 1
        self.end = token.end
        return True


_RUNS_REMEMBERED = 4096


@lru_cache(maxsize=_RUNS_REMEMBERED)
def parse_run(run: str) -> tuple[Parsed, ...]:
    """All the numbers in ``run``, in order, with spans relative to ``run``.

    Words that are not numbers by themselves ("a", "and", "half" with nothing to halve)
    start or join numbers but never stand alone as one. Read once per wording: the numbers
    hang on the run's text alone, and news copy writes the same runs again and again ("one
    mln", "1-1/2", "1986/87").
    """
    tokens = _tokens(run)
    results: list[Parsed] = []
    builder: _Builder | None = None
    index = 0
    while index < len(tokens):
        used = _extend(builder, tokens, index) if builder is not None else 0
        if used:
            index += used
            continue
        if builder is not None and not builder.empty:
            results.append(builder.parsed())
        builder = _Builder(tokens[index].start)
        used = _extend(builder, tokens, index)
        if used:
            index += used
        else:
            builder = None
            index += 1
    if builder is not None and not builder.empty:
        results.append(builder.parsed())
    return tuple(results)


def _lower(tokens: list[_Token], index: int) -> str:
    return tokens[index].text.lower() if index < len(tokens) else ""


def _extend(builder: _Builder, tokens: list[_Token], index: int) -> int:
    """Add the token at ``index`` (and the words it needs); how many tokens it took."""
    token = tokens[index]
    word = token.text.lower()
    if token.kind == "comma":
        return int(builder.tail == 0 and 0 < _scale_ahead(tokens, index + 1) < builder.last_scale)
    if token.kind == "digits":
        if not builder.empty and builder.tail == 0 and builder.last_scale > 1 \
                and _lower(tokens, index + 1) not in SCALE_WORDS:
            return 0  # "2.0 mln 60-kilo bags": digits after a scale start a number of their
            # own unless a smaller scale follows them ("1 million 200 thousand")
        value = parse_digits(token.text)
        return int(value is not None and builder.add_digits(value, token))
    if token.kind == "vulgar":
        if builder.empty or builder.tail in (1, 10, 100):
            return int(builder.add_fraction(VULGAR_FRACTIONS[token.text], token))
        return 0
    if not builder.empty and not builder.from_digits and word in _COMPOUND_HEADS:
        compound = _compound_denominator(tokens, index)
        if compound is not None and (tokens[index + compound[1] - 1].text.endswith("s")
                                     or builder.whole() == 1):
            builder.after_and = False
            return compound[1] * int(builder.over_denominator(compound[0],
                                                              tokens[index + compound[1] - 1]))
    if word in _SMALL:
        if builder.opened_with_digits and builder.tail == 0 and builder.last_scale > 1 \
                and _lower(tokens, index + 1) not in SCALE_WORDS:
            return 0  # "2.5 mln two weeks ago", "4 mln three days": a number of its own
        return int(builder.add_small(_SMALL[word], token))
    if word in SCALE_WORDS and not builder.empty:
        return int(builder.add_scale(SCALE_WORDS[word], token))
    if word in DOZEN_WORDS and word != "score" and not builder.empty:
        return int(builder.add_dozen(token))
    if builder.empty:
        return _start(builder, tokens, index)
    if word in ("and", "&"):
        return _extend_after_and(builder, tokens, index)
    if (word in _DENOMINATORS and builder.tail in (1, 10)) or (
        word in _WHOLE_DENOMINATORS and builder.tail in (0, 100) and not builder.from_digits
    ):
        return int(builder.over_denominator(_DENOMINATORS[word], token))
    if word == "of" and builder.fraction and not builder.total:
        return _of_a_scale(builder, tokens, index)
    if word == "point" and builder.tail != 1000:
        return _decimal_words(builder, tokens, index)
    return 0


_COMPOUND_HEADS = frozenset({*TENS_WORDS, "one", "a", "an"})


def _compound_denominator(tokens: list[_Token], index: int) -> tuple[int, int] | None:
    """A denominator of several words at ``index`` and how many tokens it takes: "twenty
    fifths" (25), "twenty-first" (21), "one hundred fifth" and "one hundred and fifth"
    (105), "one thousand fifths" (1005)."""
    word = _lower(tokens, index)
    nxt = _lower(tokens, index + 1)
    if word in TENS_WORDS and nxt in _UNIT_ORDINALS:
        return TENS_WORDS[word] + _UNIT_ORDINALS[nxt], 2
    if word in ("one", "a", "an") and nxt in ("hundred", "thousand"):
        step = 3 if _lower(tokens, index + 2) == "and" else 2
        last = _lower(tokens, index + step)
        if last in _UNIT_ORDINALS:
            return int(SCALE_WORDS[nxt]) + _UNIT_ORDINALS[last], step + 1
    return None


def _of_a_scale(builder: _Builder, tokens: list[_Token], index: int) -> int:
    """ "two thirds of a million": the fraction of the scale after it."""
    scale = SCALE_WORDS.get(_lower(tokens, index + 2), 0.0)
    if _lower(tokens, index + 1) not in ("a", "an") or scale < 1000:
        return 0
    builder.current *= scale
    builder.took(tokens[index + 2])
    return 3


def _start(builder: _Builder, tokens: list[_Token], index: int) -> int:
    """Words that may open a number but are none alone: minus, a, half, quarter, and
    "hundred" before a larger scale ("hundred thousand dollars").

    "half" and "quarter" open one only first in the run, after "a", or before a scale: in
    "1985 third quarter" the quarter is a period, not a fraction."""
    token = tokens[index]
    word = token.text.lower()
    nxt = _lower(tokens, index + 1)
    if word == "hundred" and nxt in SCALE_WORDS and SCALE_WORDS[nxt] > 100:
        builder.current = 100
        builder.tail = 100
        builder.has_hundred = True
        return int(builder.took(token))
    if word in ("minus", "negative") and index + 1 < len(tokens):
        used = _extend(builder, tokens, index + 1)
        if used:
            builder.sign = -1.0
            builder.start = token.start
            return used + 1
        return 0
    compound = _compound_denominator(tokens, index + 1) if word in ("a", "an") else None
    if compound is not None:
        builder.words += 1
        builder.current = 1
        used = compound[1]
        return 1 + used * int(builder.over_denominator(compound[0], tokens[index + used]))
    if word in ("a", "an", "one") and nxt in _DENOMINATORS and nxt not in ("half", "quarter"):
        builder.words += 1
        builder.current = 1
        return 1 + int(builder.over_denominator(_DENOMINATORS[nxt], tokens[index + 1]))
    if word in ("a", "an") and (nxt in SCALE_WORDS or nxt in ("dozen", "half", "quarter")):
        builder.start = tokens[index + 1].start if nxt in ("half", "quarter") else token.start
        if nxt in ("half", "quarter"):
            return 1 + _start(builder, tokens, index + 1)
        builder.current = 1
        builder.tail = 1
        builder.words += 1
        used = _extend(builder, tokens, index + 1)
        return used + 1 if used else 0
    if word in ("half", "quarter") and (index == 0 or _lower(tokens, index - 1) in ("a", "an")
                                        or nxt in SCALE_WORDS or nxt in ("a", "an")):
        builder.current = 0.5 if word == "half" else 0.25
        builder.tail = 1000
        builder.fraction = True
        builder.took(token)
        if nxt in ("a", "an") and (
            _lower(tokens, index + 2) in SCALE_WORDS or _lower(tokens, index + 2) in DOZEN_WORDS
        ):
            return 2
        return 1
    return 0


def _extend_after_and(builder: _Builder, tokens: list[_Token], index: int) -> int:
    """ "and" joins a number only when what follows continues it."""
    nxt = _lower(tokens, index + 1)
    after = _lower(tokens, index + 2)
    if builder.has_hundred and after == "hundred":
        return 0
    if nxt in ("a", "an", "one") and after in _DENOMINATORS:
        scale = SCALE_WORDS.get(_lower(tokens, index + 3), 0.0)
        if 1 < scale < builder.last_scale and builder.current == 0:
            builder.total += scale / _DENOMINATORS[after]
            return 4 * int(builder.took(tokens[index + 3]))
        return 3 * int(builder.add_fraction(1 / _DENOMINATORS[after], tokens[index + 2]))
    if builder.tail == 0 and nxt in UNITS_WORDS and after in _DENOMINATORS:
        part = UNITS_WORDS[nxt] / _DENOMINATORS[after]
        scale = SCALE_WORDS.get(_lower(tokens, index + 3), 0.0)
        if 1 < scale < builder.last_scale and builder.current == 0:
            builder.total += part * scale
            return 4 * int(builder.took(tokens[index + 3]))
        return 3 * int(builder.add_fraction(part, tokens[index + 2]))
    if builder.tail in (0, 100) and nxt in _SMALL and not builder.from_digits and not (
        1 < builder.last_scale <= _scale_ahead(tokens, index + 1)
    ):
        base = builder.current
        if builder.add_small(_SMALL[nxt], tokens[index + 1]):
            builder.chunk_base = base
            builder.after_and = True
            return 2
        return 0
    if builder.tail in (0, 100) and index + 1 < len(tokens) and tokens[index + 1].kind == "digits" \
            and not builder.from_digits and (builder.has_hundred or not builder.opened_with_digits):
        # "two hundred and 3", "3 hundred and 21"; "in 1986 and 12 pct" and "between 11.2
        # mln and 12 mln bags" are two
        value = parse_digits(tokens[index + 1].text)
        if value is not None and 0 < value < 100 and float(value).is_integer():
            return 2 * int(builder.add_digits(value, tokens[index + 1], after_and=True))
    if builder.tail in (1, 10) and nxt in _SMALL and _denominator_after_small(tokens, index + 1):
        builder.chunk_base = builder.current
        builder.after_and = True
        builder.tail = 0
        return 2 * int(builder.add_small(_SMALL[nxt], tokens[index + 1]))
    return 0


def _denominator_after_small(tokens: list[_Token], index: int) -> bool:
    """Whether the small number words from ``index`` end in a denominator ("fifty-four
    hundredths")."""
    while _lower(tokens, index) in _SMALL:
        index += 1
    return _lower(tokens, index) in _DENOMINATORS


def _scale_ahead(tokens: list[_Token], index: int) -> float:
    """The scale ending the small words from ``index`` ("two billion" -> 1e9), or 0: in
    "500 mln and two billion" a second number starts after "and"; in "three million, two
    hundred" the comma goes on with the number, in "3 million, two thirds of whom" not."""
    while _lower(tokens, index) in _SMALL:
        index += 1
    return SCALE_WORDS.get(_lower(tokens, index), 0.0)


def _decimal_words(builder: _Builder, tokens: list[_Token], index: int) -> int:
    """ "two hundred point zero three" (digit by digit) or "point seventy-one"."""
    words = []
    position = index + 1
    while _lower(tokens, position) in _SMALL:
        words.append(_SMALL[_lower(tokens, position)])
        position += 1
    if not words:
        return 0
    single = all(n < 10 for n in words)
    digits = "".join(str(n) for n in words) if single else str(sum(words))
    builder.current += float("0." + digits)
    builder.tail = 1000
    builder.took(tokens[position - 1])
    return position - index
