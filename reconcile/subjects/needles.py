"""Where a list of rule phrases may match: the quick test before a phrase pattern is run.

A phrase list is one case-insensitive pattern, and alternations of many words are slow in
``re`` (each word is tried in turn at every position), while most sentences hold none of a
list's words. Every match of a phrase begins with its *needle*: its first words up to one
of at least four letters, the last kept to its first ``HEAD`` letters ("kill", "on board",
"a share", "to be cut"), since a short first word alone ("a", "to", "on") begins most
words of a sentence. Each list gets one bit, and the places in a sentence where any
needle of any list begins are found by one pass of a single pattern spelling the needles
out as a trie (a letter at a time, which ``re`` matches quickly). Each place carries the
bits of the lists whose needles begin with what matched there; a list is then run only at
its own places. Lowered ASCII letters compare as ``re.IGNORECASE`` compares them; a place
matched through any other letter may begin every list, so the test may pass needlessly but
never fail wrongly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from reconcile.textfold import folds_by_lowering

Span = tuple[int, int]
Scan = tuple[re.Pattern[str], re.Pattern[str]]
"""The needle pattern for a scope's start and for the places after it (``Needles.pattern``)."""
Heads = tuple[int, tuple[tuple[int, int], ...]]
"""The bits of every list that may match in a scope, and the places where: each place's
start with the bits of the lists it may begin."""

HEAD = 6
"""Letters of a needle's last word kept; longer words are tested by their first letters
only (a test that may pass needlessly, never fail wrongly)."""
_WORD = 4
"""Letters of a word long enough to end a needle."""
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
_BETWEEN = r"[\s-]+"
"""What a phrase pattern allows between words (see ``phrases._body``)."""
_GAPS = re.compile(_BETWEEN)


def needle(phrase: str) -> str | None:
    """The lowered needle of ``phrase``, words joined by one space; None when one of its
    words is not a plain ASCII word. A hyphen parts words as a space does ("turn-out"
    begins with "turn"): the needle's gap allows either, so it still begins every match."""
    words = _GAPS.split(phrase.rstrip("*$").strip())
    kept: list[str] = []
    for word in words:
        if not _ASCII_WORD.fullmatch(word):
            return None
        kept.append(word[:HEAD].lower())
        if len(word) >= _WORD:
            break
    return " ".join(kept) or None


def _trie(needles: list[str]) -> str:
    """A pattern for "begins with one of ``needles``", spelled letter by letter (a space as
    the gap between words): where one needle begins another, the shorter decides."""
    root: dict[str, dict] = {}
    for text in needles:
        node = root
        for letter in text:
            node = node.setdefault(letter, {})
        node[""] = {}

    def spell(node: dict[str, dict]) -> str:
        if "" in node:
            return ""
        branches = [(_BETWEEN if letter == " " else re.escape(letter)) + spell(child)
                    for letter, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return spell(root)


class Needles:
    """The bits of the phrase lists asked about so far, and the pattern for their needles."""

    def __init__(self) -> None:
        self.bits: dict[tuple[str, ...], int] = {}
        self.by_needle: dict[str, int] = {}
        self.by_match: dict[str, int] = {}
        self._sorted: list[str] = []
        """The needles in order, so that those beginning with a spelling are one run of them
        (see ``match_mask``); remade when lists are added."""
        self.generation = 0
        self._patterns: dict[bool, tuple[int, Scan]] = {}

    def bit(self, phrases: tuple[str, ...]) -> int:
        """The list's bit; 0 for a list with a phrase of no needle (always scanned)."""
        bit = self.bits.get(phrases)
        if bit is None:
            bit = self._register(phrases)
        return bit

    def _register(self, phrases: tuple[str, ...]) -> int:
        needles = [needle(phrase) for phrase in phrases]
        if not all(needles):
            self.bits[phrases] = 0
            return 0
        bit = 1 << len(self.bits)
        self.bits[phrases] = bit
        for text in needles:
            if text:
                self.by_needle[text] = self.by_needle.get(text, 0) | bit
        self._sorted = sorted(self.by_needle)
        self.by_match.clear()
        self.generation += 1
        return bit

    def pattern(self, lowered: bool) -> Scan:
        """The needle beginning at each place, rebuilt when lists are added: in lowered text,
        or in text as written (slower, case-insensitive). A place is where a needle begins
        after no word character or hyphen: the first pattern matches at a scope's start
        (an empty match, the character before it looked at behind); the second finds the
        places after it, as the needle after the character that opens it (a needle inside
        another is still a place of its own). Opening with that character, not a look
        behind, lets the engine skip the letters of words at C speed where it otherwise
        tried the look-behind at each of them."""
        made = self._patterns.get(lowered)
        if made is None or made[0] != self.generation:
            trie = _trie(sorted(self.by_needle)) if self.by_needle else "(?!)"
            flags = 0 if lowered else re.IGNORECASE  # compiled once wanted: few texts need it
            made = self._patterns[lowered] = (self.generation, (
                re.compile(rf"(?<![\w-])(?=({trie}))", flags),
                re.compile(rf"[^\w-](?=({trie}))", flags)))
        return made[1]

    def match_mask(self, found: str) -> int:
        """The bits of the lists with a needle beginning with the needle ``found`` (all,
        -1, when it was matched through a letter that is not ASCII)."""
        mask = self.by_match.get(found)
        if mask is None:
            spelled = _GAPS.sub(" ", found)
            if spelled.isascii():
                spelled = spelled.lower()
                mask = 0
                # the needles beginning with it follow one another in order: a new wording
                # is looked up in the few hundred needles, not compared with each of them
                needles = self._sorted
                for at in range(bisect_left(needles, spelled), len(needles)):
                    text = needles[at]
                    if not text.startswith(spelled):
                        break
                    mask |= self.by_needle[text]
            else:
                mask = -1
            self.by_match[found] = mask
        return mask


NEEDLES = Needles()


def heads(text: str, scope: Span) -> Heads:
    """The lists that may match in ``scope`` and the places they may begin at."""
    return _heads(text, scope, NEEDLES.generation)


@lru_cache(maxsize=4096)
def _heads(text: str, scope: Span, generation: int) -> Heads:
    """``heads`` as the lists stood at ``generation``. Only the scopes asked about are read
    (the sentences with figures), in the lowered text where lowering follows
    case-insensitive matching, which ``re`` does faster."""
    lowered = _lowered(text)
    searched = lowered or text
    first, after = NEEDLES.pattern(lowered is not None)
    opening = first.match(searched, *scope)
    places = [] if opening is None else [(scope[0], opening.group(1))]
    places += [(match.start(1), match.group(1))
               for match in after.finditer(searched, *scope)]
    known, match_mask = NEEDLES.by_match.get, NEEDLES.match_mask  # most are known
    masks = [bits if (bits := known(spelled)) is not None else match_mask(spelled)
             for _, spelled in places]
    mask = 0
    for bits in masks:
        mask |= bits
    return mask, tuple(zip([start for start, _ in places], masks, strict=True))


@lru_cache(maxsize=16)
def _lowered(text: str) -> str | None:
    """The text lowered, or None when lowering does not follow case-insensitive matching."""
    return text.lower() if folds_by_lowering(text) else None
