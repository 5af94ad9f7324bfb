"""Where a list of rule phrases may match: the quick test before a phrase pattern is run.

A phrase list is one case-insensitive pattern, and alternations of many words are slow in
``re`` (each word is tried in turn at every position), while most sentences hold none of a
list's words. Every match of a list begins a word with the first letters of one of its
phrases' first words (its *needles*), so each list gets one bit, and the words of a sentence
that begin with any needle of any list are found by one pass of a single pattern whose
needles are spelled out as a trie (a letter at a time, which ``re`` matches quickly). Each
such word carries the bits of the lists it may begin; a list is then run only at its own
words. Lowered ASCII letters compare as ``re.IGNORECASE`` compares them; a word with any
other letter may begin every list, so the test may pass needlessly but never fail wrongly.
A text is read once, whatever its scopes (sentences, clauses) asked about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from reconcile.textfold import folds_by_lowering

Span = tuple[int, int]
Heads = tuple[int, tuple[tuple[int, int], ...]]
"""The bits of every list that may match in a scope, and the words where: each word's
start with the bits of the lists it may begin."""

HEAD = 6
"""Letters of a word's beginning kept as its head; longer first words are tested by their
first letters only (a test that may pass needlessly, never fail wrongly)."""
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
_NOTHING = re.compile(r"(?!)")


def _trie(needles: list[str]) -> str:
    """A pattern for "begins with one of ``needles``", spelled letter by letter: where one
    needle is a prefix of another, the shorter already decides."""
    root: dict[str, dict] = {}
    for needle in needles:
        node = root
        for letter in needle:
            node = node.setdefault(letter, {})
        node[""] = {}

    def spell(node: dict[str, dict]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(letter) + spell(child) for letter, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return spell(root)


class Needles:
    """The bits of the phrase lists asked about so far, and the pattern for their needles."""

    def __init__(self) -> None:
        self.bits: dict[tuple[str, ...], int] = {}
        self.by_needle: dict[str, int] = {}
        self.by_head: dict[str, int] = {}
        self.generation = 0
        self._patterns = (0, _NOTHING, _NOTHING)

    def bit(self, phrases: tuple[str, ...]) -> int:
        """The list's bit; 0 for a list one of whose first words is not a plain ASCII word
        (such a list is always scanned)."""
        bit = self.bits.get(phrases)
        if bit is None:
            bit = self._register(phrases)
        return bit

    def _register(self, phrases: tuple[str, ...]) -> int:
        needles = []
        for phrase in phrases:
            words = phrase.rstrip("*$").split()
            if not words or not _ASCII_WORD.fullmatch(words[0]):
                self.bits[phrases] = 0
                return 0
            needles.append(words[0][:HEAD].lower())
        bit = 1 << len(self.bits)
        self.bits[phrases] = bit
        for needle in needles:
            self.by_needle[needle] = self.by_needle.get(needle, 0) | bit
        self.by_head.clear()
        self.generation += 1
        return bit

    def pattern(self, lowered: bool) -> re.Pattern[str]:
        """The heads of the words that begin with a needle (rebuilt when lists are added):
        in lowered text, or in text as written (slower, case-insensitive)."""
        if self._patterns[0] != self.generation:
            trie = _trie(sorted(self.by_needle)) if self.by_needle else "(?!)"
            body = rf"(?<![\w-])(?={trie})\w{{1,{HEAD}}}"
            self._patterns = (self.generation, re.compile(body),
                              re.compile(body, re.IGNORECASE))
        return self._patterns[1] if lowered else self._patterns[2]

    def head_mask(self, head: str) -> int:
        """The bits of the lists whose first word may begin with ``head`` (all, -1, when
        the head is not ASCII)."""
        mask = self.by_head.get(head)
        if mask is None:
            if head.isascii():
                lowered = head.lower()
                mask = 0
                for size in range(1, len(lowered) + 1):
                    mask |= self.by_needle.get(lowered[:size], 0)
            else:
                mask = -1
            self.by_head[head] = mask
        return mask


NEEDLES = Needles()


def heads(text: str, scope: Span) -> Heads:
    """The lists that may match in ``scope`` and the words they may begin at."""
    return _heads(text, scope, NEEDLES.generation)


@lru_cache(maxsize=4096)
def _heads(text: str, scope: Span, generation: int) -> Heads:
    """``heads`` as the lists stood at ``generation``."""
    starts, masks = _index(text, generation)
    first, last = bisect_left(starts, scope[0]), bisect_left(starts, scope[1])
    mask = 0
    for bits in masks[first:last]:
        mask |= bits
    return mask, tuple(zip(starts[first:last], masks[first:last], strict=True))


@lru_cache(maxsize=16)
def _index(text: str, generation: int) -> tuple[list[int], list[int]]:
    """Every word of ``text`` that begins with a needle, in order: its start and the bits
    of its lists. The whole text is read in one pass (lowered where lowering follows
    case-insensitive matching, which ``re`` does faster), whatever scopes are asked."""
    lowered = folds_by_lowering(text)
    head_mask = NEEDLES.head_mask
    starts, masks = [], []
    for match in NEEDLES.pattern(lowered).finditer(text.lower() if lowered else text):
        bits = head_mask(match.group())
        if bits:
            starts.append(match.start())
            masks.append(bits)
    return starts, masks
