"""Words of a sentence with their offsets: the unit that source names are built from.

Names are found by walking words outward from a cue, so every word keeps its offsets into
the document text; a report can then underline the exact words that named the source.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import NamedTuple

from reconcile.model import Sentence

_ABBREVIATION = (r"(?:(?:[A-Z]\.){2,}|[A-Z]\.|(?:Corp|Co|Inc|Ltd|Bros|Dr|St|Mr|Mrs|Ms|Jr|Sr|Prof"
                 r"|Gen|Sen|Rep|Gov|Messrs)\.)(?=\s)|[A-Z]/[A-Z](?![\w-])")
"""An initialism, an initial or an abbreviated word keeps its full stop ("U.S.", "J.P.",
"Corp."): the segmenter has already decided that such a stop ends no sentence when words
follow it within the sentence, and a name built word by word stops at a bare stop, so
"the U.S. Department of Agriculture" was cut to "U.S". A stop with no space after it in the
tokenized span ends the sentence and stays a token of its own ("... said Hertz Corp.").
A designator written with a slash is one word too ("De Danske Sukkerfabrikker A/S",
"Petroleo Brasileiro S/A"), or the name would end at the slash."""
_WORD = (r"\w++(?:[&.'’-]++\w++)*+" if sys.version_info >= (3, 11)
         else r"\w(?:[\w&.'’-]*\w)?")
_TOKEN = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?=[A-Z]){_ABBREVIATION}|{_WORD}|[^\w\s]")
"""A number with thousands commas, an abbreviation, a word, or one mark. A word is word
characters joined by "&", ".", apostrophes or hyphens, ending on a word character: written,
where the engine has them (Python 3.11 and later), as runs that never give back (``++``),
which splits a sentence a third faster than backtracking from the longest run of all of
them; Python 3.10 reads the same words the backtracking way. An abbreviation opens with a
capital, tested first so that a lower-case word does not try every abbreviation."""
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
    lower: str
    """The text lower-cased: word lists are looked up by it, many times per token."""

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


_WORD_LIKE = re.compile(r"[^\W_]|&\Z")
"""``Token.is_word`` as a regex, for picking words out of many tokens at C speed: a token
opening with a letter or a digit (``str.isalnum`` holds for a word character but the
underscore), or "&" alone."""
_TEXT = itemgetter(0)


def words_of(tokens: list[Token]) -> list[Token]:
    """The tokens that are words (``Token.is_word``), picked out with no Python call per
    token."""
    return list(compress(tokens, map(_WORD_LIKE.match, map(_TEXT, tokens))))


_new_tuple = tuple.__new__
_SPLIT = re.compile(f"({_TOKEN.pattern})")
"""The token pattern as a splitter: what lies between two tokens is white space only (every
other character starts a token), so the parts' lengths give every token's offsets."""


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    return _built(_SPLIT.split(text[start:end]), start)


def first_tokens(text: str, start: int, end: int, count: int) -> list[Token]:
    """The first ``count`` tokens of ``text[start:end]`` (the rest are never split)."""
    return _built(_SPLIT.split(text[start:end], count), start)[:count]  # maxsplit 0: no limit


def _built(parts: list[str], start: int) -> list[Token]:
    """Tokens from the parts of a split (space, token, space, ..., token, rest), built by
    ``tuple.__new__`` over zipped offsets: no Python code runs per token, where a loop over
    match objects cost more than the pattern that finds them."""
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    return list(map(_new_tuple, repeat(Token), zip(
        words, offsets[1::2], offsets[2::2], map(str.lower, words), strict=False)))


_START = itemgetter(1)
_SPACE = re.compile(r"\s")
_END = itemgetter(2)


class SentenceTokens:
    """The tokens of one sentence, split only as far as a caller has looked.

    A cue's source is found by walking back from it, and most cues need no word after
    them: a sentence is split up to the white space after its last cue's words, and on to
    its end only when a word after is wanted. No token holds white space, so splitting in
    pieces cut at white space gives the tokens ``tokenize`` gives.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text = text
        self._done = start
        self._end = end
        self._tokens: list[Token] = []

    def before(self, offset: int) -> list[Token]:
        """The tokens that end by ``offset``."""
        if offset >= self._done < self._end:
            space = _SPACE.search(self._text, offset, self._end)
            self._split_to(self._end if space is None else space.start())
        tokens = self._tokens
        return tokens[: bisect_right(tokens, offset, key=_END)]

    def after(self, offset: int) -> list[Token]:
        """The tokens that start at or after ``offset``."""
        tokens = self.every()
        return tokens[bisect_left(tokens, offset, key=_START) :]

    def every(self) -> list[Token]:
        """All the sentence's tokens."""
        self._split_to(self._end)
        return self._tokens

    def _split_to(self, cut: int) -> None:
        """Split up to ``cut``, a white space or the end: the white space goes with the piece,
        so that a stop before it is seen as followed by space, as in a whole split."""
        if self._done <= cut and self._done < self._end:
            cut = min(cut + 1, self._end)
            self._tokens.extend(tokenize(self._text, self._done, cut))
            self._done = cut


class DocumentTokens:
    """Each sentence's ``SentenceTokens``, made when a sentence is first wanted and shared
    by every reader of its words (the cues' sources, the passages), so that no sentence is
    split twice."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self._text = text
        self._sentences = sentences
        self._split: dict[int, SentenceTokens] = {}

    def text_of(self, index: int) -> str:
        """The words of sentence ``index``, untokenised: for a cheap look before splitting."""
        sentence = self._sentences[index]
        return self._text[sentence.start:sentence.end]

    def of(self, index: int) -> SentenceTokens:
        """The tokens of sentence ``index``."""
        tokens = self._split.get(index)
        if tokens is None:
            sentence = self._sentences[index]
            tokens = self._split[index] = SentenceTokens(self._text, sentence.start,
                                                         sentence.end)
        return tokens
