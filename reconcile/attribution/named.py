"""Names written in the text before a point, whether or not anyone is quoted there.

A possessive pronoun that owns a report ("according to the final instalment of his
year-long review") points back to whoever wrote it, and that author is often named as a
plain noun phrase ("the savings identified by business trouble-shooter David James"), not
as a speaker: the pronoun must be resolved against the names in the text, not only against
earlier sources.
"""

from __future__ import annotations

import re

from reconcile.attribution.names import DESIGNATORS, classify, clean_name, looks_like_person
from reconcile.attribution.patterns import CompiledLexicon
from reconcile.attribution.tokens import Token, tokenize

_WINDOW = 600
_SENTENCE_ENDS = frozenset(".!?\"“”")


def named_before(text: str, offset: int, wants_person: bool,
                 lexicon: CompiledLexicon) -> str | None:
    """The nearest name before ``offset`` (within a few sentences) that fits the pronoun:
    a person's name for "his"/"her"; for "its"/"their" a body (an acronym, or words the
    lexicon classes as a company, ministry, institute and so on)."""
    tokens = tokenize(text, max(0, offset - _WINDOW), offset)
    for run in reversed(_capitalised_runs(tokens, lexicon)):
        name = clean_name(run, lexicon)
        if looks_like_person(name, lexicon) == wants_person and (
            wants_person or any(w.isupper() and len(w) > 1 for w in name.split())
            or classify(name, name, lexicon) != "other"
        ):
            return name
    return None


DESCRIBED_NAME = re.compile(
    r"\b([a-z]+)\s+([A-Z][\w&'’.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w&'’.-]*){0,4})")
"""A name after a lower-case word that may say what it is ("security firm MessageLabs",
"US insurance broker Marsh & McLennan"): the word, then the name."""
_DESCRIBED_WINDOW = 300
"""How far back "it" looks for a body named only by what it is: a sentence or so."""


def described_before(text: str, offset: int, lexicon: CompiledLexicon) -> str | None:
    """The last body before ``offset`` (within a sentence or so) that the text names after
    saying what kind of body it is ("The number of phishing e-mail messages stopped by
    security firm MessageLabs has risen ... In 2004 it detected"): a body, though no
    suffix or acronym says so and no one quotes it."""
    found = None
    for match in DESCRIBED_NAME.finditer(text, max(0, offset - _DESCRIBED_WINDOW), offset):
        if match.group(1) in lexicon.anaphoric and match.group(1) not in lexicon.roles:
            found = match.group(2)
    return found


_KIND_THEN_NAME = re.compile(
    r"\b([a-z]+)(,?) +([A-Z][\w&'’.-]*(?: +(?:& +|and +|of +|de +)?[A-Z][\w&'’.-]*){0,4})(,?)")
"""A name right after a lower-case word that may say its kind, or set off after it by
commas ("state oil company Petrobras", "biggest private company, La Electricidad de
Caracas,")."""


def kind_named_before(text: str, offset: int, kinds: frozenset[str],
                      lexicon: CompiledLexicon) -> str | None:
    """The one body the text names in the sentence or so before ``offset`` right after a
    word of one of ``kinds`` ("France's state-owned Aerospatiale is working on designs ...,
    a company spokesman said" names no kind; "Brazil's state oil company Petrobras is
    pledging to export ..., a company spokesman said" does): the body "the company" or "a
    company spokesman" stands for though its name carries no designator and no one is
    quoted by it. None where no such body or two are named: which one is meant is not
    said."""
    found: set[str] = set()
    for match in _KIND_THEN_NAME.finditer(text, max(0, offset - _DESCRIBED_WINDOW), offset):
        kind, comma, opened = match.group(1), match.group(2), match.group(3)
        if kind not in kinds or (comma and not match.group(4)):
            continue  # "the company, Ford said": an apposition is closed by its comma
        name = clean_name(_to_stop(opened.split()), lexicon)
        first = name.split()[0].lower() if name else ""
        if name and not looks_like_person(name, lexicon) and first not in lexicon.roles \
                and first.rstrip(".") not in DESIGNATORS and not (comma and "." in first):
            found.add(name)  # not "the chase manhattan bank, N.A. CMB,": its designator
    return next(iter(found)) if len(found) == 1 else None


def _to_stop(words: list[str]) -> list[str]:
    """A name's words up to a sentence's stop ("paper NRC Handelsblad. The newspaper
    said"): a word ending in a stop that is no abbreviation ("S.A.", "N.A.") ends the name
    and loses the stop, unless it is a designator ("Inc.")."""
    for index, word in enumerate(words):
        stem = word[:-1]
        if word.endswith(".") and "." not in stem:
            return [*words[:index], word if stem.lower() in DESIGNATORS else stem]
    return words


_COMPANY_WINDOW = 400
"""How far back "the company" looks for a company named in passing: a sentence or two."""


def company_named_before(text: str, offset: int, lexicon: CompiledLexicon) -> str | None:
    """The nearest company named before ``offset`` (within a sentence or two) by a name
    that says it is one ("Arbed SA", "Den Norske Stats Oljeselskap A/S (Statoil)"), though
    no one is quoted there: "the company said" after it, with no source before, is that
    company ("An indefinite strike ... closed most Brazilian plants of Autolatina, the
    company said" names no company by a designator and stays unresolved)."""
    tokens = tokenize(text, max(0, offset - _COMPANY_WINDOW), offset)
    for run in reversed(_capitalised_runs(tokens, lexicon)):
        name = clean_name(run, lexicon)
        if not looks_like_person(name, lexicon) and classify(name, name, lexicon) == "company" \
                and any(word.lower() not in DESIGNATORS and word.lower() not in
                        lexicon.company_nouns for word in name.split()):
            return name  # not a designator alone ("Group shr 33.98 yen" opens a table)
    return None


_AFTER_WINDOW = 250


def body_after(text: str, offset: int, lexicon: CompiledLexicon) -> str | None:
    """The first body named after ``offset`` (within a sentence or so): an acronym or
    words the lexicon classes ("The mine's owner, Noranda Inc. NOR, said ...")."""
    tokens = tokenize(text, offset, min(len(text), offset + _AFTER_WINDOW))
    for run in _capitalised_runs(tokens, lexicon):
        name = clean_name(run, lexicon)
        if not looks_like_person(name, lexicon) and (
                any(w.isupper() and len(w) > 1 for w in name.split())
                or classify(name, name, lexicon) != "other"):
            return name
    return None


_HEADED_WINDOW = 1500
"""How far back "the board" looks for the body it stands for: a few paragraphs."""


def headed_before(text: str, offset: int, head: str, lexicon: CompiledLexicon) -> str | None:
    """The nearest name before ``offset`` whose last word is ``head`` ("the board" after
    "the Federal Reserve Board met on Monday"): a body named in passing, never quoted,
    that a definite description later makes a source."""
    start = max(0, offset - _HEADED_WINDOW)
    if not _may_write_capitalised(text[start:offset], head):
        return None  # most windows never write the head with a capital: nothing to split
    tokens = tokenize(text, start, offset)
    for run in reversed(_capitalised_runs(tokens, lexicon)):
        if len(run) > 1 and run[-1].lower() == head:
            return clean_name(run, lexicon)
    return None


def _may_write_capitalised(window: str, lowered: str) -> bool:
    """Whether a capitalised word of ``window`` (``Token.is_capitalised``) may lower to
    ``lowered``, as the last word of a name must (a connector ends no name): only where
    the lowered window holds it with a capital, or a brand's capital second, at the same
    place. Lowering goes letter by letter, but a letter that lowers to two moves the
    places after it, and a capital sigma's small form depends on its neighbours: such a
    window is always split."""
    folded = window.lower()
    if len(folded) != len(window) or "\u03a3" in window:
        return True
    at = folded.find(lowered)
    while at >= 0:
        first = window[at]
        if first.isupper() or (len(lowered) > 2 and first.islower() and window[at + 1].isupper()):
            return True
        at = folded.find(lowered, at + 1)
    return False


_GROUP_WINDOW = 300


def group_before(text: str, offset: int, lexicon: CompiledLexicon) -> str | None:
    """The group of people named last before ``offset`` (within a sentence or so), for a
    "Many"/"Some" that stands for it: a plural head that can be a source ("experts"),
    with the capitalised words just before it ("some City experts" -> "City experts")."""
    tokens = tokenize(text, max(0, offset - _GROUP_WINDOW), offset)
    for index in range(len(tokens) - 1, -1, -1):
        head = tokens[index]
        if head.lower in lexicon.source_nouns and head.lower.endswith("s") and \
                head.text.islower():
            start = index
            while start > 0 and tokens[start - 1].is_word and tokens[start - 1].is_capitalised:
                start -= 1
            return " ".join(t.text for t in tokens[start : index + 1])
    return None


def _capitalised_runs(tokens: list[Token], lexicon: CompiledLexicon) -> list[list[str]]:
    """Runs of capitalised words, joined by connectors ("Bank of England"); a lone word
    that only opens a sentence ("Savings of ...") is no name."""
    runs: list[list[str]] = []
    current: list[str] = []
    opens_sentence = True
    previous = "."
    for token in tokens:
        joins = bool(current) and token.lower in lexicon.connectors
        if _after_stop(previous, token, lexicon):
            _close(current, opens_sentence, runs, lexicon)
            current = []
            previous = "."
        if token.is_word and (token.is_capitalised or joins):
            if not current:
                opens_sentence = previous in _SENTENCE_ENDS
            current.append(token.text)
        else:
            _close(current, opens_sentence, runs, lexicon)
            current = []
        previous = token.text
    _close(current, opens_sentence, runs, lexicon)
    return runs


def _after_stop(previous: str, token: Token, lexicon: CompiledLexicon) -> bool:
    """Whether a capitalised determiner or pronoun after an abbreviation's stop opens a new
    sentence ("... said Exxon Corp. The company ..."): a window crosses sentences, and the
    stop that "U.S." or "Corp." keeps may also end one."""
    return previous.endswith(".") and len(previous) > 1 and token.text[0].isupper() and \
        token.lower in lexicon.leading


def _close(run: list[str], opens_sentence: bool, runs: list[list[str]],
           lexicon: CompiledLexicon) -> None:
    while run and run[-1].lower() in lexicon.connectors:
        run.pop()
    if len(run) > 1 or (run and not opens_sentence):
        runs.append(run)
