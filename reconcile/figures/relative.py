"""Relative figures: "half that", "twice that number", "a third of that".

News disputes are often written relatively: "Organisers said 100,000 people marched; police
put the figure at half that." The rival figure carries no number of its own, so without this
step it is lost. A relative phrase becomes a figure worth its multiplier times the nearest
figure before it (same sentence, or one of the two before), in that figure's unit.

Only phrases whose anaphor closes the comparison are read: "half that time" names another
noun, "double that of Spain" and "twice the amount expected" compare with a figure the text
never gives, and "X, double that in 1985" reads the other way round (X is the double).
"""

from __future__ import annotations

import re
from bisect import insort

from reconcile.figures.lexicon import HEDGES, ORDINAL_WORDS, TENS_WORDS, UNITS_WORDS
from reconcile.figures.patterns import HEDGE_BEFORE, alternation, for_lowered, lowered_text
from reconcile.model import Figure, Sentence
from reconcile.segment import sentence_at, split_sentences

_ANAPHOR = re.compile(r" (?:that|this|the (?:figure|number|amount|total))\b", re.IGNORECASE)
"""The cheap first look, led by a literal space: the full pattern is tried only just before
its hits, so a text without a relative phrase costs one fast scan."""
_REACH = 30
"""How far before an anaphor the multiplier and "of" may start ("one-quarter of")."""

_SINGLE = {"half": 0.5, "twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0,
           "thrice": 3.0, "quadruple": 4.0}
_COUNTS = {**UNITS_WORDS, **TENS_WORDS, "a": 1, "an": 1}
_DENOMINATORS = {word: value for word, value in ORDINAL_WORDS.items()
                 if 3 <= value <= 10 and word not in ("first", "second")}
_NUMBER = rf"\d{{1,4}}(?:\.\d{{1,3}})?|{alternation(_COUNTS)}"
_TIME = (r"(?:(?:early|late|mid)[\s-]+)?(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
         r"dec|the\s+(?:first|second|third|fourth|same|previous|past|last|next|year|month|"
         r"week|quarter|period|fiscal))")
_RELATIVE = re.compile(
    rf"\b(?P<multiplier>(?P<numerator>{_NUMBER})[\s-]+"
    rf"(?P<denominator>(?:{alternation(_DENOMINATORS)})s?)"
    rf"|(?P<times>{_NUMBER})[\s-]+times"
    rf"|(?P<single>{alternation(_SINGLE)}))"
    r"(?P<of>\s+of)?\s+"
    r"(?:(?P<pronoun>that|this)(?:\s+(?:figure|number|amount|total|sum|level|estimate))?"
    r"|the\s+(?P<named>figure|number|amount|total))\b",
    re.IGNORECASE,
)
"""Multiplier, an optional "of", and the anaphor, with its noun when it names a figure."""
_MULTIPLIER_WORD = re.compile(alternation([*_DENOMINATORS, *_SINGLE, "times"]), re.IGNORECASE)
"""A word every relative phrase holds: most anaphors ("that", "this") have none of them near,
and a search for plain words rules the phrase out where the full pattern, which opens with
a word boundary, is tried at every character of the window."""
_CLOSES = re.compile(
    rf"\s*(?:$|[.,;:!?\"'”’)\]–—]|-\s|--|(?:and|but|or|while|whereas|according)\b"
    rf"|(?:in|by)\s+{_TIME})",
    re.IGNORECASE,
)
"""What may follow a phrase with "of" ("a third of that"): the clause ends, or a time.
"Half of that will be spent on exploration" is a share of a budget, not a rival figure."""
_ESTIMATE_BEFORE = re.compile(
    r"\b(?:at|to|put|estimated?|estimates|forecasts?|forecasting|forecast|expects?|expected|"
    r"predicts?|predicted|offered|claim(?:s|ed)?|reported|sees?|saw)\s+$", re.IGNORECASE)
"""Before a phrase with "of": a verb or preposition that gives an estimate ("put it at a
third of that"). Elsewhere the phrase is a share ("exports account for about half of that
total"), a part of the figure and not a rival one."""
_GOES_ON = re.compile(
    r"\s*(?:at|for|from|to|on|with|over|during|within|last|next|this|earlier|ago|later|"
    r"again|now|previously|before|after|since|until|because|although|though)\b",
    re.IGNORECASE,
)
"""What may also follow a plain relative phrase ("double that figure for tobacco")."""
_APPOSITION = re.compile(r"(?:,|\s-|--|[–—])\s*$")
"""Before the phrase: "X, double that in 1985" says X is the double, so it is skipped when
a qualifier follows the anaphor."""
_MULTIPLIABLE = frozenset({"count", "money", "quantity", "number", "percent", "points"})
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being|['’]s)\s+(?:\w+ly\s+)?$",
                     re.IGNORECASE)
"""Before the phrase: "Turkey's debt is double that figure" describes the figure its own
clause gives ("At about 80% of GDP"), so the antecedent lies before that clause."""
_CLAUSE_BREAK = re.compile(r";|\b(?:but|and|while|whereas)\b")
_BASELINE_BEFORE = re.compile(
    r"(?:\b(?:up|down|rose|fell|rising|falling|compared)\s+(?:from|with)|\bagainst|\bversus"
    r"|\bvs\.?)\s+$", re.IGNORECASE)
"""Before a figure: an earlier value set beside the level ("488 mln, up from 477 mln"),
which the phrase does not refer to."""
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|rise|fall|rising|falling|increased?|decreased?|gained?|dropped|"
    r"by)\s+$", re.IGNORECASE)
"""Before a percent: a change ("up 10 pct"), not a level a phrase would multiply."""
_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*\s$")
"""Before a bare number: a name it belongs to ("Halo 2", "Boeing 747")."""


_ANAPHOR_LOWERED = for_lowered(_ANAPHOR)
_RELATIVE_LOWERED = for_lowered(_RELATIVE)
_MULTIPLIER_WORD_LOWERED = for_lowered(_MULTIPLIER_WORD)


def with_relatives(text: str, figures: list[Figure], lowered: str | None = None
                   ) -> list[Figure]:
    """``figures`` with each relative phrase of ``text`` added as a figure, replacing the
    bare numbers read inside it ("three" of "three times that"); sorted, never overlapping.
    A phrase with no multipliable figure before it is left as it was. ``lowered`` is
    ``patterns.lowered_text(text)`` where the caller has it."""
    relatives = [match for match in _phrases(text, lowered) if _closes(text, match)]
    if not relatives:
        return figures
    spans = [(match.start(), match.end()) for match in relatives]
    candidates = [figure for figure in figures if not _inside_any(figure, spans)]
    sentences = split_sentences(text)
    result = list(figures)
    for match in relatives:
        start = match.start()
        first = sentences[max(0, sentence_at(sentences, start) - 2)].start if sentences else 0
        limit = _clause_limit(text, sentences, match)
        antecedent = _antecedent(text, candidates, first, limit)
        if antecedent is None:
            continue
        figure = _relative(text, match, antecedent)
        result = [kept for kept in result
                  if kept.end <= figure.start or kept.start >= figure.end]
        insort(result, figure, key=lambda kept: kept.start)
    return result


def _phrases(text: str, lowered: str | None) -> list[re.Match[str]]:
    """The relative phrases of ``text``, found by full pattern just before each anaphor;
    matched in the lowered text where that may be (``for_lowered``): every use of a phrase's
    words lowers them, and spans are the same."""
    found: dict[int, re.Match[str]] = {}
    if lowered is None:
        lowered = lowered_text(text)
    anaphor, relative, multiplier, searched = (
        (_ANAPHOR, _RELATIVE, _MULTIPLIER_WORD, text) if lowered is None else
        (_ANAPHOR_LOWERED, _RELATIVE_LOWERED, _MULTIPLIER_WORD_LOWERED, lowered))
    for hit in anaphor.finditer(searched):
        start, end = max(0, hit.start() - _REACH), hit.end() + 16
        if multiplier.search(searched, start, end) is None:
            continue
        for match in relative.finditer(searched, start, end):
            found.setdefault(match.start(), match)
    return list(found.values())


def _closes(text: str, match: re.Match[str]) -> bool:
    """Whether the anaphor closes the comparison (see the module docstring)."""
    if match.group("of") and match.group("named"):
        return False  # "a third of the total": a share of a whole, not a rival figure
    closing = _CLOSES.match(text, match.end())
    if closing is None and (match.group("of") or _GOES_ON.match(text, match.end()) is None):
        return False
    start = _hedged_start(text, match)
    if match.group("of") and not _ESTIMATE_BEFORE.search(text, max(0, start - 20), start):
        return False
    qualified = closing is None or closing.group(0).strip()[:2].lower() in ("in", "by")
    apposition = _APPOSITION.search(text, max(0, start - 30), start)
    return not (qualified and apposition)


def _hedge(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The hedge before the multiplier ("more than twice that"), ranges left out."""
    hedge = HEDGE_BEFORE.search(text, max(0, match.start() - 26), match.start())
    if hedge is None or HEDGES[hedge.group("hedge").lower()][0] == "range":
        return None
    return hedge


def _hedged_start(text: str, match: re.Match[str]) -> int:
    hedge = _hedge(text, match)
    return match.start() if hedge is None else hedge.start()


def _inside_any(figure: Figure, spans: list[tuple[int, int]]) -> bool:
    return any(figure.start < end and figure.end > start for start, end in spans)


def _clause_limit(text: str, sentences: list[Sentence], match: re.Match[str]) -> int:
    """Where the antecedent must end: the phrase itself, or after a copula ("X is half
    that") the start of the clause that holds it, as that clause's figure is the one
    described."""
    start = _hedged_start(text, match)
    if not _COPULA.search(text, max(0, start - 40), start):
        return match.start()
    own = sentences[sentence_at(sentences, start)].start if sentences else 0
    breaks = [found.start() for found in _CLAUSE_BREAK.finditer(text, own, start)]
    return breaks[-1] if breaks else own


def _antecedent(text: str, candidates: list[Figure], first: int, limit: int) -> Figure | None:
    """The nearest figure that can be multiplied, from ``first`` up to ``limit``, passing
    over earlier values, percent changes and numbers of names."""
    for figure in reversed(candidates):
        if figure.end > limit:
            continue
        if figure.start < first:
            return None
        if figure.kind not in _MULTIPLIABLE or (figure.low is None and figure.high is None):
            continue
        before = max(0, figure.start - 30)
        if _BASELINE_BEFORE.search(text, before, figure.start) or (
            figure.kind == "percent" and _CHANGE_BEFORE.search(text, before, figure.start)
        ) or (figure.kind == "number" and _NAME_BEFORE.search(text, before, figure.start)):
            continue
        return figure
    return None


def _multiplier(match: re.Match[str]) -> float:
    if match.group("single"):
        return _SINGLE[match.group("single").lower()]
    if match.group("times"):
        return _number(match.group("times"))
    denominator = match.group("denominator").lower().rstrip("s")
    return _number(match.group("numerator")) / _DENOMINATORS[denominator]


def _number(word: str) -> float:
    lower = word.lower()
    return float(_COUNTS[lower]) if lower in _COUNTS else float(lower)


def _relative(text: str, match: re.Match[str], antecedent: Figure) -> Figure:
    """The figure of one relative phrase: the antecedent's interval times the multiplier,
    bounded by the phrase's own hedge."""
    factor = _multiplier(match)
    value = None if antecedent.value is None else antecedent.value * factor
    low = None if antecedent.low is None else antecedent.low * factor
    high = None if antecedent.high is None else antecedent.high * factor
    approx = antecedent.approx
    start = match.start()
    hedge = _hedge(text, match)
    if hedge is not None:
        bound, hedged = HEDGES[hedge.group("hedge").lower()]
        start = hedge.start()
        approx = approx or hedged
        if bound == "low":
            low, high = (low if low is not None else value), None
        elif bound == "high":
            low, high = None, (high if high is not None else value)
    return Figure(
        text=text[start:match.end()], start=start, end=match.end(),
        number_start=match.start(), number_end=match.end("multiplier"), value=value,
        low=low, high=high, approx=approx, kind=antecedent.kind, unit=antecedent.unit,
        vague=antecedent.vague,
    )
