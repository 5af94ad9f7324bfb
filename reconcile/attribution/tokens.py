"""Words of a sentence with their offsets: the unit that source names are built from.

Names are found by walking words outward from a cue, so every word keeps its offsets into
the document text; a report can then underline the exact words that named the source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w(?:[\w&.'’-]*\w)?|[^\w\s]")
QUOTES = frozenset("\"“”'‘’")
DASHES = frozenset("-–—")


class Token(NamedTuple):
    """One word or punctuation mark, with its span in the document text.

    A named tuple rather than a frozen dataclass: every sentence of every article is
    tokenized, and a tuple is built several times faster.
    """

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text == "&"

    @property
    def is_capitalised(self) -> bool:
        """Capitalised, or a brand written "eBay"/"iPod" (lower, then upper case)."""
        return self.text[0].isupper() or (
            len(self.text) > 2 and self.text[0].islower() and self.text[1].isupper()
        )

    @property
    def is_acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1


_new_tuple = tuple.__new__


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    return _built(_TOKEN.finditer(text, start, end))


def first_tokens(text: str, start: int, end: int, count: int) -> list[Token]:
    """The first ``count`` tokens of ``text[start:end]`` (the rest are never split)."""
    return _built(islice(_TOKEN.finditer(text, start, end), count))


def _built(matches: Iterable[re.Match[str]]) -> list[Token]:
    """Tokens built by ``tuple.__new__`` directly: the named tuple's own constructor is a
    Python function call per token, which cost more than the pattern that finds them."""
    return [_new_tuple(Token, (m.group(), m.start(), m.end())) for m in matches]


_START = itemgetter(1)
_END = itemgetter(2)
_STEP = 8
"""Tokens split at a time when a caller looks further into a sentence."""


class SentenceTokens:
    """The tokens of one sentence, split only as far as a caller has looked.

    A cue's source is found by walking back from it, and most cues need no word after
    them: a sentence is split up to its last cue's words, and on to its end only when a
    word after is wanted. The tokens are those ``tokenize`` gives, taken in order.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self._matches = _TOKEN.finditer(text, start, end)
        self._tokens: list[Token] = []
        self._complete = False

    def before(self, offset: int) -> list[Token]:
        """The tokens that end by ``offset``."""
        tokens = self._tokens
        while not self._complete and (not tokens or tokens[-1].end <= offset):
            more = _built(islice(self._matches, _STEP))
            self._complete = len(more) < _STEP
            tokens.extend(more)
        return tokens[: bisect_right(tokens, offset, key=_END)]

    def after(self, offset: int) -> list[Token]:
        """The tokens that start at or after ``offset``."""
        tokens = self.every()
        return tokens[bisect_left(tokens, offset, key=_START) :]

    def every(self) -> list[Token]:
        """All the sentence's tokens."""
        if not self._complete:
            self._tokens.extend(_built(self._matches))
            self._complete = True
        return self._tokens
