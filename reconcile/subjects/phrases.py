"""Find rule words in text: phrases with inflections, and the one nearest a figure.

Rule authors write base forms ("kill", "injure", "march"); news writes "killed", "injuries",
"marchers". A phrase therefore matches with common English endings, and a trailing ``*``
makes it a plain prefix and a trailing ``$`` an exact word ("target$" is the noun, not
"targeted"). Distances are in characters from the figure's span, 0 inside it,
so that "nearest wins" can be decided between rules and between facets.

Speed: all phrases of a list are one compiled pattern, and a ``scope`` (the sentence) is
scanned once and its matches cached, so that every figure of the sentence, and every
clause within it, only filters the cached matches instead of scanning the text again.
Most sentences hold none of a list's phrases, so a pattern is only tried where a word
begins as one of its phrases does (see ``reconcile.subjects.needles``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from reconcile.subjects.needles import NEEDLES, Span, heads

_ENDINGS = r"(?:s|es|ed|d|ing|ers?)?"


def _body(phrase: str) -> str:
    """One phrase as a pattern body: words joined by spaces or hyphens, with its tail."""
    prefix, exact = phrase.endswith("*"), phrase.endswith("$")
    words = phrase.rstrip("*$").strip().split()
    body = r"[\s-]+".join(re.escape(word) for word in words)
    return body + (r"[\w-]*" if prefix else r"\b" if exact else _ENDINGS + r"\b")


@lru_cache(maxsize=512)
def phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern for all ``phrases``: word-bounded, inflections allowed.

    Longer phrases come first, so that where two start at one place ("death toll" and
    "death") the match is the longer one, as near the figure as either."""
    bodies = sorted({_body(phrase) for phrase in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(bodies) + ")", re.IGNORECASE)


def distance(span: Span, match: Span) -> int:
    """Characters between a match and the figure span (0 when they touch or overlap)."""
    if match[1] <= span[0]:
        return span[0] - match[1]
    if match[0] >= span[1]:
        return match[0] - span[1]
    return 0


_ACRONYM = re.compile(r"[A-Z]{2,}[0-9]?(?![\w'’.-])")


def _inside_name(text: str, start: int) -> bool:
    """A capitalised word in mid-sentence is part of a name ("Citicorp Investment Bank",
    "the Home Office"), not the rule's word; rule words are written in lower case (a word
    opening a sentence, or a wire story after its dateline's dash, is no name). An
    acronym written in capitals throughout is the measure itself ("first quarter U.S. GNP
    to rise two pct", "GDP growth at constant prices")."""
    if not text[start].isupper() or _ACRONYM.match(text, start):
        return False
    before = text[max(0, start - 2):start]
    return bool(before) and before[-1] == " " and before[:1] not in ".!?:;\"“\n-–—"


_TITLED = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def _titled_measure(text: str, span: Span) -> bool:
    """Whether a match written in capitals mid-sentence is the measure with its words
    capitalised, not part of a name: every word of a phrase of two or more capitalised,
    and no capitalised word after it ("report says Gross Domestic Product will grow by 2.5
    pct", but not "the Industrial Production Index Co")."""
    return _TITLED.fullmatch(text, *span) is not None \
        and _NAME_GOES_ON.match(text, span[1]) is None


@lru_cache(maxsize=16384)
def found(text: str, phrases: tuple[str, ...], scope: Span) -> tuple[Span, ...]:
    """Spans of ``phrases`` in ``scope`` (not inside names), scanned once and cached.

    The pattern is tried only at the words that may begin a match, in order and past the
    last match, which finds what scanning the whole scope finds."""
    bit = NEEDLES.bit(phrases)
    if not bit:
        matches = [match.span() for match in phrases_pattern(phrases).finditer(text, *scope)]
    else:
        mask, starts = heads(text, scope)
        if not mask & bit:
            return ()
        pattern = phrases_pattern(phrases)
        matches = []
        end = scope[0]
        for start, bits in starts:
            if bits & bit and start >= end:
                match = pattern.match(text, start, scope[1])
                if match is not None:
                    matches.append(match.span())
                    end = match.end()
    return tuple(span for span in matches
                 if not _inside_name(text, span[0]) or _titled_measure(text, span)) \
        if matches else ()


def _scope_of(window: Span, scope: Span | None) -> Span:
    """The stretch whose matches are cached: ``scope`` when it holds ``window``, else the
    window itself."""
    return scope if scope is not None and scope[0] <= window[0] and window[1] <= scope[1] \
        else window


def nearest(
    text: str, phrases: Iterable[str], window: Span, span: Span, scope: Span | None = None
) -> int | None:
    """Distance from ``span`` to the nearest of ``phrases`` inside ``window``, or None.

    ``scope``, when given, is a larger stretch holding ``window`` (the sentence) whose
    matches are cached and filtered to the window."""
    best: int | None = None
    for match in found(text, tuple(phrases), _scope_of(window, scope)):
        if match[0] < window[0] or match[1] > window[1]:
            continue
        gap = distance(span, match)
        if best is None or gap < best:
            best = gap
    return best


class _Named:
    """A mapping of names to phrase lists as one cache key, hashed by identity: a rule's
    facets are asked about for every figure, and hashing all their phrases at each lookup
    would cost more than the lookup saves. Made once a mapping (see ``_named``)."""

    __slots__ = ("items",)

    def __init__(self, named: Mapping[str, Sequence[str]]) -> None:
        self.items = tuple((name, tuple(phrases)) for name, phrases in named.items())


_NAMED: dict[int, tuple[Mapping[str, Sequence[str]], _Named]] = {}


def _named(named: Mapping[str, Sequence[str]]) -> _Named:
    """The cache key of ``named``, held with it so that a mapping made later at the same
    address is not taken for it (a rule's facets are made once a rule, so this is small)."""
    entry = _NAMED.get(id(named))
    if entry is None or entry[0] is not named:
        if len(_NAMED) > 1024:
            _NAMED.clear()
        entry = _NAMED[id(named)] = (named, _Named(named))
    return entry[1]


@lru_cache(maxsize=4096)
def _name_spans(text: str, named: _Named, scope: Span) -> tuple[tuple[int, int, int], ...]:
    """Every phrase match of every name in ``scope``, as (start, end, place of the name in
    the listing): one pass serves each window and figure of the sentence. Most names of a
    rule are not in a sentence: a name none of whose needles begins there (see ``found``)
    is passed over without a lookup (a list of no needle is always looked up)."""
    bits = [NEEDLES.bit(phrases) for _, phrases in named.items]  # before the mask is read
    mask = heads(text, scope)[0]
    return tuple((start, end, place)
                 for place, ((_, phrases), bit) in enumerate(zip(named.items, bits, strict=True))
                 if not bit or mask & bit for start, end in found(text, phrases, scope))


def nearest_name(
    text: str, named: Mapping[str, Sequence[str]], window: Span, span: Span,
    scope: Span | None = None,
) -> str | None:
    """The name whose phrases come nearest ``span`` in ``window`` (first listed on a tie)."""
    key = _named(named)
    best: tuple[int, int] | None = None
    for start, end, place in _name_spans(text, key, _scope_of(window, scope)):
        if start < window[0] or end > window[1]:
            continue
        score = (distance(span, (start, end)), place)
        if best is None or score < best:
            best = score
    return key.items[best[1]][0] if best else None


_OR = re.compile(r"\s+(?:and/)?or\s+(?:(?:are|is|were|was|have\s+been|had\s+been)\s+)?",
                 re.IGNORECASE)
"""What joins two names into one count, their verb's auxiliary repeated or not: "dead or
missing", "1,000 people died or were missing"."""


def joined_names(
    text: str, named: Mapping[str, Sequence[str]], window: Span, scope: Span | None = None
) -> str | None:
    """Two names joined by "or" in ``window`` ("dead or missing" -> "dead-or-missing"):
    a count of either is a measure of its own, larger than each ("about 440 Britons were
    either dead or missing" is not a rival to "41 Britons are confirmed to have died").
    A phrase that is itself the pair ("killed or wounded", the casualties) is left alone."""
    key = _named(named)
    spans = {(start, end): key.items[place][0]
             for start, end, place in _name_spans(text, key, _scope_of(window, scope))
             if window[0] <= start and end <= window[1]}
    starts = {start: (end, name) for (start, end), name in spans.items()}
    for (start, end), name in spans.items():
        joint = _OR.match(text, end)
        after = starts.get(joint.end()) if joint else None
        if after is None or after[1] == name:
            continue
        if not any(a <= start and after[0] <= b for a, b in spans):
            return "-or-".join(sorted((name, after[1])))
    return None
