"""Words of a sentence with their offsets: the unit that source names are built from.

Names are found by walking words outward from a cue, so every word keeps its offsets into
the document text; a report can then underline the exact words that named the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
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
