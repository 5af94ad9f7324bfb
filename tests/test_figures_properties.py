"""Property tests: numbers written in words or digits read back to themselves, spans always
match the text, and no input makes extraction raise."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.figures import FigureConventions, extract_figures
from reconcile.figures.extract import _Reader

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
