"""Find rule words in text: phrases with inflections, and the one nearest a figure.

Rule authors write base forms ("kill", "injure", "march"); news writes "killed", "injuries",
"marchers". A phrase therefore matches with common English endings, and a trailing ``*``
makes it a plain prefix and a trailing ``$`` an exact word ("target$" is the noun, not
"targeted"). Distances are in characters from the figure's span, 0 inside it,
so that "nearest wins" can be decided between rules and between facets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_ENDINGS = r"(?:s|es|ed|d|ing|ers?)?"


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A case-insensitive pattern for one phrase: word-bounded, inflections allowed."""
    prefix, exact = phrase.endswith("*"), phrase.endswith("$")
    words = phrase.rstrip("*$").strip().split()
    body = r"[\s-]+".join(re.escape(word) for word in words)
    tail = r"[\w-]*" if prefix else r"\b" if exact else _ENDINGS + r"\b"
    return re.compile(r"(?<![\w-])" + body + tail, re.IGNORECASE)


def distance(span: tuple[int, int], match: tuple[int, int]) -> int:
    """Characters between a match and the figure span (0 when they touch or overlap)."""
    if match[1] <= span[0]:
        return span[0] - match[1]
    if match[0] >= span[1]:
        return match[0] - span[1]
    return 0


def _inside_name(text: str, start: int) -> bool:
    """A capitalised word in mid-sentence is part of a name ("Citicorp Investment Bank",
    "the Home Office"), not the rule's word; rule words are written in lower case."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 2):start]
    return bool(before) and before[-1] == " " and before[:1] not in ".!?:;\"“\n"


def nearest(
    text: str, phrases: Iterable[str], window: tuple[int, int], span: tuple[int, int]
) -> int | None:
    """Distance from ``span`` to the nearest of ``phrases`` inside ``window``, or None."""
    best: int | None = None
    for phrase in phrases:
        for match in phrase_pattern(phrase).finditer(text, window[0], window[1]):
            if _inside_name(text, match.start()):
                continue
            gap = distance(span, match.span())
            if best is None or gap < best:
                best = gap
    return best


def nearest_name(
    text: str, named: dict[str, list[str]], window: tuple[int, int], span: tuple[int, int]
) -> str | None:
    """The name whose phrases come nearest ``span`` in ``window`` (first listed on a tie)."""
    best: tuple[int, str] | None = None
    for name, phrases in named.items():
        gap = nearest(text, phrases, window, span)
        if gap is not None and (best is None or gap < best[0]):
            best = (gap, name)
    return best[1] if best else None
