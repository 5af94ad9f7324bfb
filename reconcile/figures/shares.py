"""A fraction in words that is a share of a group is a percentage: "nearly half of those
asked", "Three-quarters said ...", "roughly one third of Australia's domestic airline
market" are 50, 75 and 33.3 percent to every reader and annotator, and only as a percentage
can such a figure meet a rival's "48 pct".

A fraction is a share when it stands for part of a group or whole named right after it
("of the population", "of its staff", and after "half" the determiner alone: "half the
workforce", "nearly half those surveyed"), or when it is the subject of a clause of its own
("Three-quarters said", "and one-third believe he should resign", "more than half are
from Europe"). A change by a fraction is a change in percent too ("a drought which cut
Brazil's output by nearly two thirds", "the volume of sales dropped by nearly a quarter"):
it meets a rival's "fell 23%". Everything else keeps the number it is: a fraction alone
("one third", as the Recognizers-Text number cases read it), a multiplier ("half a million",
"a quarter of a percentage point", "one-fifth of a share", "by a quarter point"), a
period ("the first three quarters of the year", "in the second half") and a fraction of a
stated amount ("less than half the 94,000 tonnes", "two-thirds of its 450 mln dlrs in
annual revenues"), which is a part of that amount and not a share to compare with
percentages.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reconcile.figures.lexicon import ORDINAL_WORDS, UNITS_WORDS
from reconcile.figures.patterns import alternation
from reconcile.model import Figure
from reconcile.segment import sentence_at, split_sentences

_DENOMINATORS = [word for word, value in ORDINAL_WORDS.items() if 2 <= value <= 10
                 and word not in ("second", "halves")]
"""Half to tenth: the fractions news writes in words."""
_NUMERATORS = ["a", "an", *(word for word, value in UNITS_WORDS.items() if 0 < value < 10)]
_FRACTION = (rf"(?:(?:{alternation(_NUMERATORS)})[\s-]{{1,2}})?"
             rf"(?:{alternation(_DENOMINATORS)})s?(?:['’]s)?")
_FRACTION_WORDS = re.compile(
    rf"{_FRACTION}(?:\s{{1,3}}(?:to|and)\s{{1,3}}{_FRACTION})?", re.IGNORECASE)
"""The numeric words of a fraction written out, or of a range of two ("one-quarter to
one-third")."""

_FRACTION_KINDS = frozenset({"number", "ratio", "count"})
"""What a fraction is read as: a bare number, "half" a ratio, and a count where a noun
follows "of" ("a quarter of web users"): a count of less than one thing is none."""
_OF = re.compile(r"[^\S\n]{1,3}of[^\S\n]{1,3}", re.IGNORECASE)
_DETERMINER = re.compile(
    r"[^\S\n]{1,3}(?=(?:the|those|these|its|their|his|her|our|all|this)\b)", re.IGNORECASE)
"""A determiner right after "half": "nearly half those surveyed", "half the workforce"."""
_NOT_A_GROUP = re.compile(r"(?:an?|that|what|it|one)\b", re.IGNORECASE)
"""After "of", no group: "a quarter of a percentage point", "one-fifth of a share", "half of
that", "half of what car makers consider", "two thirds of that in the US"."""
_COMPARED = re.compile(r"(?:those|that)\s+(?:in|of|at|for|from|on)\b", re.IGNORECASE)
"""A pronoun standing for a noun before, then where: "prices ... about half those in Japan"
compares two levels, it is no share."""
_GROUP_REACH = 50
"""How far after "of" the group is looked for, and a stated amount makes the fraction one of
that amount: "of its 450 mln dlrs", "more than two thirds of the 5.8 mln tonnes"."""
_CLAUSE_END = re.compile(r"[;:!?\n]|[.,]\s")
_DIGIT = re.compile(r"\d")

_PHRASE_WORD = re.compile(r"[A-Za-z][\w-]*(?:['’]s?)?")
_PHRASE_WORDS = 4
"""The words of the noun phrase after "of" looked at for its noun: "of the world's known
uranium resources" is reached, the verb after a short phrase mostly too."""
_PHRASE_ENDS = frozenset("""
    in on at by for from with to into than that which who whose where when was were is are
    be been will would could can may might has had have do does did and or but""".split())  # noqa: SIM905
"""Words that end the noun phrase: the fraction's whole has been named by then."""
_GROUPS = frozenset({"those", "these", "them", "whom", "us", "all", "everyone"})
_WHOLES = frozenset("""
    population public electorate workforce staff audience market economy output production
    budget capacity total cash money revenue income debt surplus deficit trade business
    capital stock equity spending activity traffic supply demand consumption crop harvest
    oil land area territory world country nation company firm group industry sector force
    membership vote parliament congress senate board portfolio""".split())  # noqa: SIM905
"""Singular nouns of a whole that news measures in parts ("a quarter of the market",
"two-thirds of the working force", "about a third of the cash payable")."""
_NOT_PLURAL = ("ss", "us", "is", "'s", "’s")

_SUBJECT_VERBS = frozenset("""
    said say says believe believes think thinks thought want wants back backs support
    supports oppose opposes favour favours favor favors feel feels felt expect expects
    agree agrees are were is was had have has will would could can may might do did does
    own owns use uses live lives work works vote votes plan plans buy buys read reads
    sold""".split())  # noqa: SIM905
"""Verbs after a fraction that is the subject of its clause ("Three-quarters said", "more
than half are from Europe"); a past tense in -ed is one too ("a third believed")."""
_WORD_AFTER = re.compile(r"[^\S\n]{1,3}([a-z]+)\b")
_CLAUSE_OPENS = re.compile(
    r"(?:^|[.!?:;,\"“(]|\b(?:and|but|while|though|although|whereas|because|that|found|"
    r"shows|showed|suggests|suggested|revealed))\s{0,3}$", re.IGNORECASE)
"""What may come before a fraction that is the subject of its clause: a sentence or clause
start, a conjunction, or a verb of finding ("found more than a third had ...")."""
_ORDINAL_FORM = re.compile(r"an?\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)",
                           re.IGNORECASE)
_SERIES_BEFORE = re.compile(r"\b(?:first|second)\b", re.IGNORECASE)
"""A "first" or "second" earlier in the sentence makes "a third" the next of a series ("A
second U.S. Marine has been charged with spying and a third arrested"), not a share."""
_ONE_HALF = re.compile(r"one[\s-]half", re.IGNORECASE)
_IS_BEFORE = re.compile(r"\b(?:is|was|been|be|as|are|were)\s+$", re.IGNORECASE)
"""Someone who "has been one half of" a show or "rose as one half of pop duo Wham!" is one
of a pair, not a share."""
_PERIOD_BEFORE = re.compile(
    r"\b(?:the|first|last|next|past|previous|preceding|remaining|final|latter|former|"
    r"opening|closing)[^\S\n]{1,3}$", re.IGNORECASE)
"""A fraction after "the" or an ordinal is a period or a part named, not a share: "the first
three quarters of the year", "the remaining three quarters", "the three-quarters had no
space" (rugby's backs)."""

_CHANGE_BY = re.compile(
    r"\b(?:cut|cuts|cutting|reduced?|reduces|reducing|raised?|raises|raising|increased?|"
    r"increases|increasing|boost(?:s|ed|ing)?|rose|rise|rises|risen|rising|fell|falls?|"
    r"fallen|falling|drop(?:s|ped|ping)?|declined?|declines|declining|grew|grows?|grown|"
    r"growing|soar(?:s|ed|ing)?|slump(?:s|ed|ing)?|jump(?:s|ed|ing)?|plunge[sd]?|plunging|"
    r"lower(?:s|ed|ing)?|shr[au]nk|shrinks?|shrinking)\b(?:[^\S\n]+[\w'’-]+){0,6}?"
    r"[^\S\n]+by[^\S\n]+$", re.IGNORECASE)
"""A verb of change and "by" right before the fraction ("cut Brazil's output by nearly two
thirds", "cut the cash benefits to injured workers by up to a third")."""
_CHANGE_REACH = 80
_AFTER_A_CHANGE = frozenset("""
    in from over this this last next to on since against and or compared the a its their
    year years""".split())  # noqa: SIM905
"""Words that may follow a change by a fraction: a noun after it makes the fraction a
multiplier of a unit ("by a quarter point", "by a half pct"); "of" is read as a share of
a group above."""


def with_shares(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each fraction that is a share of a group made a percentage."""
    found = figures
    for index, figure in enumerate(figures):
        if figure.kind not in _FRACTION_KINDS or not _fraction_of_one(figure):
            continue
        words = text[figure.number_start:figure.number_end]
        if _FRACTION_WORDS.fullmatch(words) is None or not _is_share(text, figures, figure,
                                                                      words):
            continue
        if found is figures:
            found = list(figures)
        found[index] = _percent(figure)
    return found


def _fraction_of_one(figure: Figure) -> bool:
    """Whether every number of the figure lies between nought and one."""
    numbers = [number for number in (figure.value, figure.low, figure.high) if number is not None]
    return bool(numbers) and all(0 < number < 1 for number in numbers)


def _is_share(text: str, figures: list[Figure], figure: Figure, words: str) -> bool:
    """Whether the fraction ``words`` stands for a part of a group: followed by "of" and a
    group (or "half" by a determiner), or opening a clause whose verb it is the subject of;
    not a period, one of a pair, a compound ("half-point") or the next of a series."""
    start, end = figure.start, figure.number_end
    if _PERIOD_BEFORE.search(text, max(0, start - 12), start) or (
            _ONE_HALF.fullmatch(words) and _IS_BEFORE.search(text, max(0, start - 12), start)):
        return False
    after = text[end:end + 1]
    if after in "-–" and after:
        return False  # "half-point", "quarter-final", "half-hearted"
    if _CHANGE_BY.search(text, max(0, start - _CHANGE_REACH), start):
        word = _WORD_AFTER.match(text, end)
        return word is None or word.group(1) in _AFTER_A_CHANGE
    of = _OF.match(text, end) or (
        _DETERMINER.match(text, end) if words.lower().endswith("half") else None)
    if of is not None:
        return _group_after(text, figures, of.end())
    word = _WORD_AFTER.match(text, end)
    if word is None or not (word.group(1) in _SUBJECT_VERBS or word.group(1).endswith("ed")):
        return False
    if _ORDINAL_FORM.fullmatch(words) and _SERIES_BEFORE.search(_sentence_before(text, start)):
        return False  # "A second U.S. Marine has been charged ... and a third arrested"
    return _CLAUSE_OPENS.search(text, max(0, start - 24), start) is not None


def _sentence_before(text: str, start: int) -> str:
    """The words of the sentence before ``start`` (split only for the rare fraction that
    needs it: a whole text is split)."""
    sentences = split_sentences(text)
    opens = sentences[sentence_at(sentences, start)].start if sentences else 0
    return text[min(opens, start):start]


def _group_after(text: str, figures: list[Figure], at: int) -> bool:
    """Whether the words from ``at`` name a group or whole, not a stated amount: no figure
    but a count of things ("of its 28,000 staff", "of 2,000 people surveyed") before the
    clause ends."""
    if _NOT_A_GROUP.match(text, at) or _COMPARED.match(text, at):
        return False
    stop = _CLAUSE_END.search(text, at, at + _GROUP_REACH)
    limit = stop.start() if stop is not None else at + _GROUP_REACH
    index = bisect_left(figures, at, key=lambda figure: figure.start)
    counts = []
    for figure in figures[index:]:
        if figure.start >= limit:
            break
        if figure.kind != "count":
            return False
        counts.append(figure)
    return all(any(figure.start <= digit.start() < figure.end for figure in counts)
               for digit in _DIGIT.finditer(text, at, limit)) and _names_group(text, at, limit)


def _names_group(text: str, at: int, limit: int) -> bool:
    """Whether the noun phrase from ``at`` names people, things in the plural, a named
    body or place, or a whole news measures in parts ("those asked", "all households",
    "Seagram", "the labour force", "Italy's economy"), not one thing ("two thirds of the
    cake", which Quantulum's cases read as the fraction it is)."""
    for word in _PHRASE_WORD.findall(text, at, limit)[:_PHRASE_WORDS]:
        lower = word.lower()
        if lower in _PHRASE_ENDS:
            return False
        if lower in _GROUPS or lower in _WHOLES or word[0].isupper() or (
                lower.endswith("s") and not lower.endswith(_NOT_PLURAL) and len(lower) > 3):
            return True
    return False


def _percent(figure: Figure) -> Figure:
    """The share as the percentage every annotator writes (0.5 -> 50 percent)."""
    def scaled(number: float | None) -> float | None:
        return None if number is None else number * 100

    return figure.model_copy(update={
        "kind": "percent", "unit": "percent", "value": scaled(figure.value),
        "low": scaled(figure.low), "high": scaled(figure.high)})
