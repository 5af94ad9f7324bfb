"""Figures of a release: the body that published them, where no sentence names it.

Statistics and results copy names the releasing body once and then reels off its figures
as plain statements: "UK house prices dipped slightly in November, the Office of the Deputy
Prime Minister (ODPM) has said. / The average house price fell marginally to £180,226,
from £180,444 in October." The figures are the body's, not the publisher's. Two signs say
so without guessing:

- the story's lead names a body (an official source or a company) and the figure stands
  in the lead's paragraph or the one after it, which spell out the lead;
- a later sentence of the same paragraph gives the body with "added" ("Average earnings
  rose by 4.3%, the Office for National Statistics (ONS) added"): adding says the body
  gave what came before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reconcile.attribution.mentions import Mention
from reconcile.attribution.names import looks_like_person
from reconcile.attribution.patterns import CompiledLexicon
from reconcile.model import Sentence, Source

_BODY = re.compile(r"\s*\(.*\)")
_RELEASING_KINDS = frozenset({"official", "results"})
_RESULTS_CUES = frozenset({"posted", "posts", "reported", "reports", "announced", "announces"})
_ADDING = frozenset({"added", "adds"})
_RELEASE_CUES = frozenset({
    "said", "says", "show", "shows", "showed", "according", "reported", "reports", "announced",
    "announces", "posted", "posts", "published", "revealed", "figures", "data", "statistics",
})
LEAD_PARAGRAPHS = 2
_PUBLISHED_IN = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?in\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:report|bulletin|review|survey|newsletter|outlook)\b")
"""A speaker's words given as a periodic publication's ("..., the gold miner said in its
annual report", "..., Bank of America said in its latest economic report", "..., London
trader Woodhouse, Drake and Carey said in its weekly report"): the body published them."""


def releases(source: Source, lexicon: CompiledLexicon) -> bool:
    """Whether a source is a body that issues figures: an official body or an election
    authority, or a company announcing its results ("Qantas posted a record profit"). A
    person, even an official one ("Patricia Hewitt", "the industry secretary", "President
    Chavez", "Dick Pound (WADA)"), speaks rather than releases."""
    if is_person(source, lexicon):
        return False
    return source.kind in _RELEASING_KINDS or (
        source.kind == "company" and (source.cue or "").lower() in _RESULTS_CUES)


def publishes(text: str, mention: Mention, lexicon: CompiledLexicon) -> bool:
    """Whether a mention's cue says its body gave the figures in a publication of its own
    ("said in its annual report"): a report the story then reels off, whatever kind of
    body wrote it, rather than a speaker's remarks or a statement. Not a generic word
    whose body is the publication's owner ("according to data in its 1986 annual report":
    the data are the company's)."""
    return bool(mention.words) and mention.words[-1].lower() not in lexicon.generic and (
        _PUBLISHED_IN.match(text, mention.cue_end) is not None)


def is_person(source: Source, lexicon: CompiledLexicon) -> bool:
    """Whether a source is a person, named or by role ("Patricia Hewitt", "the industry
    secretary", "President Chavez", "Dick Pound (WADA)"), rather than a body or a
    document."""
    words = _BODY.sub("", source.name).split()
    if not words:
        return False
    head, first = words[-1].lower(), words[0].lower()
    titled = len(words) > 1 and words[1][0].isupper() and (
        first in lexicon.roles or first in lexicon.titles)
    return looks_like_person(" ".join(words), lexicon) or head in lexicon.roles or titled


def paragraphs(text: str, sentences: list[Sentence]) -> list[int]:
    """The paragraph number of each sentence: a line break between two sentences starts
    a new paragraph."""
    numbers: list[int] = []
    number = 0
    for index, sentence in enumerate(sentences):
        if index and "\n" in text[sentences[index - 1].end : sentence.start]:
            number += 1
        numbers.append(number)
    return numbers


GoesOn = Callable[[int, list[int]], bool]
"""Whether a sentence goes on measuring what the listed earlier sentences measured."""


def released_by(index: int, per_sentence: list[list[Mention]], paragraph: list[int],
                releasing: Callable[[Mention], bool], goes_on: GoesOn,
                opener: Callable[[int], Mention | None],
                own_account: Callable[[int], bool],
                same: Callable[[Mention, Mention], bool]) -> Mention | None:
    """The body a sentence with no source of its own reports for: the one that adds to
    it later in its paragraph, the body the story's lead names with a verb of release, or,
    where the lead names no source at all, the body the lead opens with when the sentence
    carries on its account (``opener``): in the lead's passage, or anywhere in the story
    where it speaks of that body's own accounts (``own_account``). ``same(a, b)`` says
    whether two mentions stand for one body ("the centre" for the lead's "Centre for
    Economic Research")."""
    if per_sentence[index]:
        return None  # it names a source of its own, which does not reach the figure
    body = _added_later(index, per_sentence, paragraph) or _lead_body(
        index, per_sentence, paragraph, releasing, goes_on, same)
    if body is not None:
        return body if releasing(body) else None
    if not index:
        return opener(index)  # "British Airways has blamed high fuel prices for a 40% drop"
    if _lead_mentions(per_sentence) or not (
            _in_lead_passage(index, per_sentence, paragraph, goes_on, same)
            or own_account(index)):
        return None
    return opener(index)


def _added_later(index: int, per_sentence: list[list[Mention]],
                 paragraph: list[int]) -> Mention | None:
    """The source of the next sentence of the paragraph that names one, when it does so
    with "added"."""
    for later in range(index + 1, len(per_sentence)):
        if paragraph[later] != paragraph[index]:
            return None
        if per_sentence[later]:
            first = per_sentence[later][0]
            return first if first.cue.lower() in _ADDING and not first.pronoun else None
    return None


def _lead_body(index: int, per_sentence: list[list[Mention]], paragraph: list[int],
               releasing: Callable[[Mention], bool], goes_on: GoesOn,
               same: Callable[[Mention, Mention], bool]) -> Mention | None:
    """The source the lead sentence names, for a sentence in the first two paragraphs,
    when the lead gives it with a verb of release ("said", "figures show", "according
    to"). A lead that names no one ("official figures show") stands for the first body
    the lead's paragraphs name that releases figures ("..., the Office for National
    Statistics (ONS) added")."""
    if not per_sentence:
        return None
    lead = _lead_mentions(per_sentence)
    if not lead or lead[0].cue.split()[0].lower() not in _RELEASE_CUES:
        return None  # "pledged", "told", "forecast": a speaker's words, not a release
    if not _in_lead_passage(index, per_sentence, paragraph, goes_on, same):
        return None  # asked last: it may read the words of every sentence of the lead
    if _named(lead[0]):
        return lead[0]
    named = (m for at, mentions in enumerate(per_sentence) if paragraph[at] < LEAD_PARAGRAPHS
             for m in mentions if _named(m) and not m.local and releasing(m))
    return next(named, lead[0])


def _in_lead_passage(index: int, per_sentence: list[list[Mention]], paragraph: list[int],
                     goes_on: GoesOn, same: Callable[[Mention, Mention], bool]) -> bool:
    """Whether a sentence belongs to the lead's account: it stands in the lead's paragraph
    or the one after it, or later, before any other source is named, going on measuring
    what those paragraphs measured ("While the UK's jobless rate rose to 4.7% ..." three
    paragraphs into a release on the jobless total, before "The figures prompted some
    analysts to forecast ..." hands the story to others). The lead's body named again
    ("It said", "the IEA said", ``same``) hands it to no one else: what it said then is
    part of what the account measures ("Company stocks on land in the OECD rose to 326
    mln tonnes" after "It said ... company stocks fell by 1.2 mln bpd")."""
    if paragraph[index] < LEAD_PARAGRAPHS:
        return True
    lead = _lead_mentions(per_sentence)
    later = [at for at in range(index) if paragraph[at] >= LEAD_PARAGRAPHS and per_sentence[at]]
    if not all(lead and same(m, lead[0]) for at in later for m in per_sentence[at]):
        return False  # another source named: the story has moved on to it
    return goes_on(index, [at for at in range(index) if paragraph[at] < LEAD_PARAGRAPHS]
                   + later)


def _lead_mentions(per_sentence: list[list[Mention]]) -> list[Mention]:
    """The sources the lead sentence names as speakers: not a pronoun, nor a noun phrase's
    agent or possessor, which name who owns a figure rather than who tells the story."""
    return [m for m in per_sentence[0] if not (m.pronoun or m.local or m.possessive)]


def _named(mention: Mention) -> bool:
    """Whether a mention names someone: a capital past its first word, which may only
    open the sentence ("Official figures"), or a lone capitalised name ("Halifax")."""
    words = mention.words
    return not mention.pronoun and (any(w[:1].isupper() for w in words[1:]) or (
        len(words) == 1 and words[0][:1].isupper()))
