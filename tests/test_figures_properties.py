"""Property tests: numbers written in words or digits read back to themselves, spans always
match the text, and no input makes extraction raise."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.figures import FigureConventions, context, extract_figures
from reconcile.figures.extract import _Reader
from reconcile.figures.patterns import (
    HEDGE_BEFORE,
    MEASURE_AFTER,
    MONEY_AFTER,
    UNIT_AFTER,
    for_lowered,
    lowered_text,
)

CONVENTIONS = FigureConventions(name="test")
_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_thousand(n: int) -> str:
    words = []
    if n >= 100:
        words.append(f"{_UNITS[n // 100]} hundred")
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        words.append(_TENS[n // 10 - 2] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n or not words:
        words.append(_UNITS[n])
    return " ".join(words)


def in_words(n: int) -> str:
    """English words for ``n`` (British style, with "and" after hundreds)."""
    if n < 1000:
        return _below_thousand(n)
    for size, name in _SCALES:
        if n >= size:
            rest = n % size
            head = f"{in_words(n // size)} {name}"
            if not rest:
                return head
            return f"{head} and {in_words(rest)}" if rest < 100 else f"{head} {in_words(rest)}"
    raise AssertionError(n)


def _value_of(text: str) -> list[float | None]:
    return [f.value for f in extract_figures(text, CONVENTIONS)]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_integers_in_words_read_back(n: int) -> None:
    if n == 10**12:
        assert _value_of("one trillion people") == [n]
        return
    assert _value_of(f"They counted {in_words(n)} people.") == [n]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=10_000, max_value=10**12),
       st.sampled_from([",", " ", "\u2009", "\u00a0", "\u202f", ""]))
def test_grouped_digits_read_back(n: int, separator: str) -> None:
    written = f"{n:,}".replace(",", separator)
    assert _value_of(f"They counted {written} people.") == [n]


_FRAGMENTS = st.sampled_from([
    "1,234", " ", "about ", "more than ", "-", "–", "to", " and ", "/", "12", ".5", "%", "$",
    "£", "mln", " dlrs", "bn", "thousands of ", "tens of ", "one", "hundred", "a ", "half",
    "third", ",", "3/4", "¾", "1986", "-year-old", " pct", "between ", "\n1. ", "Aug. ", "k",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_FRAGMENTS, max_size=40).map("".join)))
def test_spans_match_the_text_and_never_overlap(text: str) -> None:
    found = extract_figures(text, CONVENTIONS)
    for figure in found:
        assert text[figure.start:figure.end] == figure.text
        assert figure.start <= figure.number_start <= figure.number_end <= figure.end
    assert all(a.end <= b.start for a, b in pairwise(found))


@settings(max_examples=400, deadline=None)
@given(digits=st.from_regex(r"[-+]?[0-9]{1,3}(,[0-9]{3}){0,2}(\.[0-9]{1,3})?", fullmatch=True),
       letters=st.sampled_from(["%", "m", "M", "bn", "BN", "k", "mln", "mn", "tn", "lakh", "s",
                                "th", "km", "kg", "pc", "p", "one", "doz", "half", "and",
                                "元", "USD", "x"]))
def test_digits_with_glued_letters_read_as_the_word_machinery_reads_them(
    digits: str, letters: str
) -> None:
    """The shortcut for "5%", "800m", "1bn" gives what ``parse_run`` gives, or steps aside."""
    reader = _Reader(digits + letters, CONVENTIONS)
    shortcut = reader._glued_letters(digits + letters, 0, letters, len(digits))
    if shortcut is not None:
        assert shortcut == reader._parsed(digits + letters, 0, letters, len(digits))


_CASED_FRAGMENTS = st.sampled_from([
    " 34 MLN DLRS", " 5 Swiss Francs", " 12-Cent", " 30 MUSD", " 75 usd Million", " 3 KM",
    " 200 Barrels Per Day", " more than 40", " UP TO 7", " nearly a half", " Twice that",
    " a Third of That", "ſ", "ı", "İ", "K", " ", "\n", "-", "$", "7",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CASED_FRAGMENTS, max_size=30).map("".join))
def test_lowered_patterns_match_as_the_caseless_ones(text: str) -> None:
    """``for_lowered`` patterns in ``lowered_text`` find the spans IGNORECASE finds in the
    text, and ``lowered_text`` declines texts where lowering would move or fold otherwise."""
    lowered = lowered_text(text)
    if lowered is None:
        assert len(text.lower()) != len(text) or "ſ" in text or "ı" in text
        return
    for caseless in (MONEY_AFTER, MEASURE_AFTER, UNIT_AFTER, HEDGE_BEFORE):
        lowered_pattern = for_lowered(caseless)
        for position in range(len(text) + 1):
            expected = caseless.search(text, max(0, position - 26), position)
            found = lowered_pattern.search(lowered, max(0, position - 26), position)
            assert (expected and expected.span()) == (found and found.span())
            expected, found = caseless.match(text, position), lowered_pattern.match(lowered,
                                                                                    position)
            assert (expected and expected.span()) == (found and found.span())
    for position in range(len(text) + 1):
        unit = UNIT_AFTER.match(text, position)
        money = MONEY_AFTER.match(text, position)
        in_turn = money or MEASURE_AFTER.match(text, position)
        assert (unit and unit.span()) == (in_turn and in_turn.span())
        assert unit is None or (unit.group("measure") is None) == (money is not None)



_WINDOW_FRAGMENTS = st.sampled_from([
    "Jan", "Sept", "Sep", "March", "May", "xJan", ".", " ", "  ", "\n", "uary", "page", "Page",
    "PP.", "pp.", "group", " of", "Boeing", "flight", "no.", "7", "s", "-", "_",
])
_MONTH_FORWARD = re.compile(
    r"(?<![\w])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s{0,2}$"
)
_REFERENCE_FORWARD = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(word) for word in context._REFERENCE_WORDS)
    + r")\s{1,2}$",
    re.IGNORECASE,
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WINDOW_FRAGMENTS, max_size=8).map("".join))
def test_backward_context_patterns_read_as_forward_searches(window: str) -> None:
    """The month and reference words before a number, matched once on the reversed window,
    are found exactly where a forward search of the window finds words ending it."""
    backwards = window[::-1]
    assert (context._CAPITAL_MONTH_BEFORE_REVERSED.match(backwards) is not None) == (
        _MONTH_FORWARD.search(window) is not None)
    assert (context._REFERENCE_BEFORE_REVERSED.match(backwards) is not None) == (
        _REFERENCE_FORWARD.search(window) is not None)
