"""The article's main organisation: the body its lead sentence opens with.

Wire copy names the company once, at the top ("Pall Corp said ...", "Chrysler Corp's
American Motors unit ..."), then says "the company said" or "it said" for the rest of the
story; so does a BBC lead ("German airline Lufthansa has returned to profit ...", "Apple
has expanded its iPod family ..."). When no source was named before such a reference, it
stands for that body.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reconcile.attribution.named import DESCRIBED_NAME
from reconcile.attribution.names import (
    classify,
    looks_like_person,
    without_possessive,
    without_ticker,
)
from reconcile.attribution.patterns import CompiledLexicon, cue_verbs

_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .,'/-]{1,60}?,\s+[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}\s+-\s+")
_WORD = re.compile(r"[\w&.'’-]+")
_MAX_WORDS = 8


class LeadBody(NamedTuple):
    """The lead's body, where the lead names it, and whether the lead says what body it
    is ("German airline Lufthansa", "Barclays, the UK's third-biggest bank,")."""

    name: str
    start: int
    end: int
    described: bool = False


def lead_organisation(text: str, lexicon: CompiledLexicon) -> str | None:
    """The body the lead sentence opens with, or failing that the one it names after
    saying what it is (see ``_described_in_lead``)."""
    body = lead_subject(text, lexicon) or _described_in_lead(text, _lead_start(text), lexicon)
    return None if body is None else body.name


def lead_subject(text: str, lexicon: CompiledLexicon) -> LeadBody | None:
    """The body that opens the lead sentence, perhaps after a phrase set before it: the
    subject of the story's first clause, not a body the lead names further on."""
    start = _lead_start(text)
    return _opening_body(text, start, lexicon) or _after_opening_phrase(text, start, lexicon)


def _lead_start(text: str) -> int:
    """Where the lead sentence starts: after its dateline, if it has one."""
    dateline = _DATELINE.match(text)
    return dateline.end() if dateline else 0


_OPENING_PHRASE = re.compile(r"[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){1,8}?,\s+(?=[A-Z])")
"""A phrase in lower case set before the lead's subject ("Buoyed by low fuel prices,
Cathay Pacific Airways Ltd's 1986 profits are expected to surpass the airline's forecast");
not a name cut at its comma ("Lead underwriters Kidder, Peabody and Co Inc")."""


def _after_opening_phrase(text: str, start: int, lexicon: CompiledLexicon) -> LeadBody | None:
    """The body that opens the lead sentence after a phrase set before it."""
    phrase = _OPENING_PHRASE.match(text, start)
    return None if phrase is None else _opening_body(text, phrase.end(), lexicon)


def _opening_body(text: str, start: int, lexicon: CompiledLexicon) -> LeadBody | None:
    """The run of capitalised words that opens the lead sentence, when it names a body
    (an acronym, or words the lexicon classes as company, official, union and so on)."""
    description = _DESCRIBED.match(text, start)
    described = description is not None and description.group(1).lower() in lexicon.anaphoric
    if described:  # "German airline Lufthansa", "Telecoms equipment supplier Ericsson"
        start = description.end()
    words: list[str] = []
    end = start
    first = start
    cut: int | None = None
    for match in _WORD.finditer(text, start, min(len(text), start + 200)):
        word = without_possessive(match.group(0))
        if not word:
            break  # "Boeing Co (BA)'s": a possessive after a bracket ends the owner's name
        if not words and word.lower() in lexicon.leading:
            continue
        capital = word[0].isupper() or (word.lower() in lexicon.connectors and words)
        if not capital or len(words) >= _MAX_WORDS:
            break
        if words and cut is None and _BREAKS_NAME.search(text, end, match.start()):
            cut = len(words)  # "General Motors (GM) saw": the name ends, its span runs on
        if not words:
            first = match.start()
        words.append(word)
        end = match.end()
        if word != match.group(0):
            break  # a possessive ends the owner's name
    cut_short = cut is not None and cut < len(words)
    read = without_ticker(words)  # "European Community (EC)": the acronym says a body
    words = words[:cut]
    while words and words[-1].lower() in lexicon.connectors:
        words.pop()
    if len(words) > 2 and words[1] == "of" and words[0].lower() in _HOLDINGS:
        words = words[2:]  # "Shares of Du Pont Co rose today": the company is Du Pont
    words = without_ticker(words)
    if not words:
        return None
    name = " ".join(words)
    described = described or _apposed_body(text, end, lexicon)
    body = LeadBody(name, first, end, described) if cut_short \
        else _spanned(text, name, first, end, described)  # the span keeps "(GM)" after it
    if described or (_acts(text, end, lexicon) and _its_own(text, end)):
        return body
    acronym_read = any(w.isupper() and len(w) > 1 for w in read)
    if not (acronym_read or classify(name, name, lexicon) != "other"):
        return None
    # "European Community (EC)": a name with an acronym of its own is no person's
    own_acronym = acronym_read and not any(w.isupper() and len(w) > 1 for w in words)
    return body if own_acronym or not looks_like_person(name, lexicon) else None


def _spanned(text: str, name: str, start: int, end: int, described: bool) -> LeadBody:
    """The body with the span of its name as written, or of the words it was read from
    where a possessive or a ticker was taken off the end."""
    exact = text.startswith(name, start)
    return LeadBody(name, start, start + len(name) if exact else end, described)


_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,.;:\"“”]{0,60}?\b([a-z]+),")


def apposed_noun(text: str, end: int) -> str | None:
    """The head of an aside right after a name at ``end`` that says what it is
    ("Barclays, the UK's third-biggest bank, has seen ..." gives "bank"), if any."""
    aside = _APPOSITION.match(text, end)
    return None if aside is None else aside.group(1)


def _apposed_body(text: str, end: int, lexicon: CompiledLexicon) -> bool:
    """Whether an aside after the lead's name says what body it is ("Barclays, the UK's
    third-biggest bank, has seen ...", "ABN Amro, the Netherlands' largest bank, is to
    cut ..."): the name is that body's, though no suffix or capital says so."""
    noun = apposed_noun(text, end)
    return noun is not None and noun in lexicon.anaphoric and noun not in lexicon.roles


_LEAD_REACH = 300
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")


def _described_in_lead(text: str, start: int, lexicon: CompiledLexicon) -> LeadBody | None:
    """The body the lead sentence names after saying what it is, when the sentence opens
    with something else ("Up to 2,500 jobs are to go at US insurance broker Marsh &
    McLennan"): the story is about it, and "the insurer" after it is that body."""
    end = min(len(text), start + _LEAD_REACH)
    stop = _SENTENCE_STOP.search(text, start, end)
    end = stop.start() if stop else end
    for match in DESCRIBED_NAME.finditer(text, start, end):
        noun = match.group(1)
        if noun in lexicon.anaphoric and noun not in lexicon.roles:
            name = " ".join(without_ticker(without_possessive(match.group(2)).split()))
            return _spanned(text, name, match.start(2), match.end(2), True) if name else None
    return None


_BREAKS_NAME = re.compile(r"[(),;:]")
"""What ends a name between its words: a bracket (an acronym or a ticker after the name)
or a comma (an aside, a list)."""
_HOLDINGS = frozenset({"shares", "stock", "stocks", "units", "bonds"})
"""What a lead may open with before the body it belongs to: a price story's subject."""
_DESCRIBED = re.compile(r"(?:[\w'’-]+\s+){0,5}?([a-z]+)\s+(?=[A-Z])")
"""A lead that opens with what a body is, then its name: the description's last word, after
up to five words ("South Africa's state-owned energy firm Soekor")."""
_ITS_OWN = re.compile(r"[^.;:\"“”]{0,80}?\b(?:its\b|it\s+(?!(?:is|was|would|will|could|"
                      r"might|may|should|had|has|must|can|did|does)\b)[a-z]+)")
_PERSONAL = re.compile(r"[^.;:\"“”]{0,80}?\b(?:he|she|his|her|him)\b", re.IGNORECASE)


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _acts(text: str, end: int, lexicon: CompiledLexicon) -> bool:
    """Whether a verb or an apposition follows the lead's name ("Apple has expanded",
    "Automobiles Citroen expects", "Air Canada, owned by ..."): the name is what the
    sentence is about, not a word qualifying its subject ("Strong sales outside western
    Europe helped Renault boost its profits")."""
    if text.startswith(",", end):
        return True  # "Air Canada, owned by the Canadian Government, said it recorded"
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    verb = word.group(1)
    return verb in lexicon.auxiliaries or verb.endswith("ed") or verb in cue_verbs(
        tuple(lexicon.lexicon.cues))


def _its_own(text: str, end: int) -> bool:
    """Whether the lead's name is taken up by "its" or by "it" doing something in its own
    clause ("Apple has expanded its iPod family", "Porsche Cars North America said it
    sold"), before any "he" or "his": a body, though its last two words read like a
    person's name. "it is", "it would" may be anyone's ("Tony Blair has said it is time")."""
    its = _ITS_OWN.match(text, end)
    if its is None:
        return False
    personal = _PERSONAL.match(text, end)
    return personal is None or personal.end() > its.end()
