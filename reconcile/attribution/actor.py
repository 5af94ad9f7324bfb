"""A body that does what the figure counts: the figure is its own, where no one says it.

News reports a company's or an authority's own acts as plain statements: "Air Deccan has
ordered 30 Airbus A320 planes", "ABN Amro, the Netherlands' largest bank, is to cut 2,850
jobs", "The US Federal Communications Commission fined CBS $550,000", "In 2004 it detected
more than 18 million phishing e-mail messages". No verb of saying covers those figures,
yet a reader knows whose they are: the body that orders, cuts, fines or detects gave them
out. Read as the publisher's, they are set against other publishers' unattributed figures
and their source is lost to an editor.

The body is the subject of the figure's clause: a name, a description ("the company") or
a pronoun ("it") that opens the sentence (or follows an opening phrase, "Under the
agreement, "), then perhaps an aside (", a blog search engine,"), then the clause's verb,
with no other clause begun between the verb and the figure. The verb is one of the
lexicon's acts (``acts`` in ``rules/sources.yaml``: ordering, buying, cutting, fining,
employing, ...): a movement ("Exxon rose 1-1/2") is a market's figure, and a player who
"won" or "scored" is told of by the reporter. A person, a place and a description no name
accounts for are left out by the caller. The verb is the source's cue; it is no word of
reporting, so such a figure is nobody's rival estimate (``compare.reported``): whose
figure it is, not who vouches for a rival count.
"""

from __future__ import annotations

from reconcile.attribution.mentions import Mention, is_pronoun
from reconcile.attribution.names import (
    PREPOSITIONS,
    STATE_BODIES,
    capitalised_inside,
    is_demonym,
)
from reconcile.attribution.patterns import CompiledLexicon
from reconcile.attribution.tokens import DASHES, DocumentTokens, Token
from reconcile.model import Figure

_OPENING_WORDS = 8
"""How long an opening phrase before the subject may be ("At the start of the year,")."""
_ASIDE_WORDS = 14
"""How long an aside between the subject and its verb may be."""
_DESCRIPTION_WORDS = 4
"""Words a description may have before its head ("The London-based company")."""
_AIMS = frozenset({"plans", "planned", "aims", "aimed", "intends", "intended", "hopes", "hoped",
                   "wants", "wanted", "expects", "expected", "threatens", "threatened",
                   "vows", "vowed", "decides", "decided"})
"""Verbs of a body's own aim: whatever it aims "to" do to a figure ("TNT aims to reach 35% of
France's population") is its own target, though "reach" is no act of its own."""
_INTENTS = _AIMS | {"to", "agreed", "can", "should", "must"}
"""Words before the verb of an act that the lexicon's auxiliaries ("has", "will", "also")
do not list: "is to cut", "plans to increase", "must pay"."""
_NOT_ACTS = frozenset({"not", "never", "be", "been", "being"})
"""Words after an auxiliary that make no act of the body's: a denial ("would not
comment"), a passive or a state ("will be owned about 50 pct by Bond Corp")."""
_CLAUSE_BREAKS = frozenset({"which", "who", "whose", "that", "while", "whereas", "although",
                            "though", "because", "after", "before", "when", "if", "unless",
                            "as", "than", ";", ":", "(", ")", "\"", "“", "”"})
"""Words that begin another clause between the verb and the figure: the figure is then
that clause's, whoever its subject is."""
DURATIONS = frozenset({"years", "year", "months", "month", "mths", "weeks", "week", "days", "day",
                       "hours", "hour", "minutes", "minute", "seconds"})
"""A span of time ("It will take four years", "consulting for the past nine months") is
how long something lasts, no body's figure."""
_HOLDINGS = frozenset({"own", "owns", "hold", "holds", "control", "controls"})
"""Verbs of a stake held ("BP now owns 55 pct of Standard's stock", "General Partners holds
9.8 pct of GenCorp stock"): a state on record the reporter tells, not an act the holder
gives out, so the holder is not the figure's source. The lexicon keeps them as acts for a
speaker's aside on its own stake ("The Bass Group, which holds 24.9 pct of Taft, said")."""
_OPENS_PHRASE = frozenset({"a", "an", "the", "if", "this", "that", "these", "those", "there",
                           "when", "while", "but", "and", "or", "as", "so", "yet", "also"})
"""Words that open a phrase or a clause, never a body's name or a description's modifier."""
_OPENING_PREPOSITIONS = PREPOSITIONS | {"under", "after", "as", "since", "during", "following",
                                        "despite", "besides", "unlike", "like", "within"}


def actors(text: str, indexes: list[int], figures: list[Figure], tokens: DocumentTokens,
           covered: list[bool], lexicon: CompiledLexicon) -> list[Mention | None]:
    """For each figure no cue covers (``covered`` False), the mention of the body whose
    act it counts, else None; each is a new mention, which the caller resolves with the
    rest (a description or a pronoun names a body met before)."""
    found: list[Mention | None] = []
    for figure, index, done in zip(figures, indexes, covered, strict=True):
        actor = None if done or index < 0 or (figure.unit or "") in DURATIONS \
            else _actor(tokens.of(index).before(figure.start), lexicon)
        found.append(actor if actor is None or (named_properly(text, actor) and not any(
            other.start < actor.end and actor.start < other.end for other in figures))
            else None)  # "Nine networks ...": a figure is never who acts
    return found


def named_properly(text: str, actor: Mention) -> bool:
    """Whether the actor's words are a name, not a common word capitalised because it
    opens the sentence ("Farmers", "Production", "Seasonally"): an acronym, a
    description or pronoun, more than one capitalised word, or a word the text also
    capitalises inside a sentence."""
    words = actor.words
    first = words[0]
    if len(words) > 1 or actor.pronoun or first.isupper() or first[1:] != first[1:].lower():
        return True
    return capitalised_inside(text, first) or first.lower() in _PLURAL_BODIES


_PLURAL_BODIES = frozenset({"ministers", "officials", "authorities", "regulators"})
"""Plural nouns of people who act for a state, which open a sentence as its subject
("Ministers had hoped to get £900m from the European Union Vet Fund")."""


def _actor(before: list[Token], lexicon: CompiledLexicon) -> Mention | None:
    """The subject and verb of the clause the figure after ``before`` ends, when the
    subject is a body and the verb its act."""
    for opening in openings(before):
        subject = clause_subject(before, opening, lexicon)
        if subject is None:
            continue
        verb = _verb_after(before, before.index(subject[-1]) + 1, lexicon)
        if verb is None:
            return None
        first, last = verb
        rest = before[last + 1:]
        if any(t.lower in _CLAUSE_BREAKS or _new_clause(t, rest[i + 1:])
               or (t.text == "," and not _but_goes_on(rest[i + 1:], lexicon)
                   and not _phrase_goes_on(rest[i + 1:]))
               or (t.lower == "but" and not _goes_on(rest[i + 1:], lexicon))
               for i, t in enumerate(rest)):
            return None
        cue = before[first:last + 1]
        return _new_tuple(Mention, (
            subject[0].start, subject[-1].end, tuple(t.text for t in subject),
            " ".join(t.text for t in cue), cue[0].start, cue[-1].end,
            len(subject) == 1 and is_pronoun(subject[0], lexicon), False, False, False,
            False, 0, 0))
    return None


_new_tuple = tuple.__new__


def _new_clause(token: Token, after: list[Token]) -> bool:
    """Whether a conjunction opens a clause of its own subject ("Reebok will sell three mln
    shares and Pentland will sell ...", "and a third will be"), not another verb or object
    of the first ("design, license and fabricate two truck casks")."""
    return token.lower in ("and", "or") and bool(after) and (
        after[0].is_capitalised or after[0].lower in _OPENS_PHRASE)


_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})
"""A conjunction that opens a sentence, before its subject or opening phrase ("But by
September 2004 it was stopping ...")."""


def _goes_on(after: list[Token], lexicon: CompiledLexicon) -> bool:
    """Whether "but" goes on with another verb of the same subject ("originally targeted a
    five billion dlr current account surplus this year, but had to raise this to seven
    billion"), not a clause of its own ("but analysts expect ...")."""
    return bool(after) and after[0].lower not in lexicon.passive and (
        after[0].lower in lexicon.auxiliaries or after[0].lower in _AIMS
        or _act(after[0].lower, lexicon))  # "but it's a 10-mile drive": a clause of its own


def _but_goes_on(after: list[Token], lexicon: CompiledLexicon) -> bool:
    """Whether a comma only comes before a "but" that goes on with the same subject."""
    return bool(after) and after[0].lower == "but" and _goes_on(after[1:], lexicon)


_GOING_ON = frozenset({"from", "on", "at", "for", "to", "of", "in", "against", "including",
                       "plus"})
"""Words that open a phrase after a comma that goes on with the act before it, not a clause
of its own: "Marsh took a pre-tax charge of $618m ..., on top of the $232m charge", "TNT
aims to reach 35% ..., from 17 transmission sites", "..., including 250,000 to the United
States". "with" is left out: it as often opens a clause with a subject of its own ("...,
with analysts expecting ...")."""


def _phrase_goes_on(after: list[Token]) -> bool:
    """Whether a comma only comes before a phrase that goes on with the act (see
    ``_GOING_ON``); a clause word further on still ends the act's clause."""
    return bool(after) and after[0].lower in _GOING_ON


def openings(before: list[Token]) -> list[int]:
    """Where the clause's subject may start: the sentence's first word (past a conjunction),
    or within an opening phrase, after its comma ("Under the agreement, ") or at a pronoun
    or a description ("In 2004 it", "To help finance the expansion the company")."""
    first = 1 if before and before[0].lower in _CONJUNCTIONS else 0
    if first >= len(before):
        return []
    found = [first]
    if before[first].lower in _OPENING_PREPOSITIONS or before[first].lower == "to":
        for index, token in enumerate(before[first + 1:first + _OPENING_WORDS + 1],
                                      start=first + 1):
            if token.text == ",":
                found.append(index + 1)
                break
            if token.lower in ("it", "the"):
                found.append(index)
    return found


def clause_subject(before: list[Token], start: int,
                   lexicon: CompiledLexicon) -> list[Token] | None:
    """The body that opens the clause at ``start``: a pronoun of a body, a description
    whose head names a kind of body ("the company", "The London-based company"), or a
    capitalised name."""
    if start >= len(before):
        return None
    first = before[start]
    if first.lower == "it" and is_pronoun(first, lexicon):
        return [first]  # "they" is as often the people a story is about as a body
    if first.lower in lexicon.agents:
        return [first]  # "In Wiltshire, police arrested four men"
    if first.lower == "the" and start + 1 < len(before) \
            and before[start + 1].lower in lexicon.agents:
        return before[start:start + 2]  # "The police detained 40 people"
    if first.lower == "the":
        named = False  # "The South Korean government": a people's or place's body
        for index in range(start + 1, min(len(before), start + 1 + _DESCRIPTION_WORDS)):
            word = before[index]
            if named:
                if word.lower in STATE_BODIES and word.text.islower():
                    # "The South Korean government originally targeted ..."
                    return before[start:index + 1]
                if not (word.is_word and word.is_capitalised):
                    break
                continue
            if word.lower in lexicon.anaphoric:
                return before[start:index + 1]
            if word.is_word and word.is_capitalised and index == start + 1:
                named = True
                continue
            if not word.is_word or word.is_capitalised or word.lower in _OPENS_PHRASE:
                break
    start = _past_description(before, start, lexicon)
    name: list[Token] = []
    for token in before[start:]:
        if not token.is_word or not (token.is_capitalised or
                                     (name and token.lower in lexicon.connectors)) \
                or (name and token.lower in lexicon.auxiliaries):
            break  # "The U.S. Has threatened": a wire's capitals, not a name's
        name.append(token)
    while name and name[-1].lower in lexicon.connectors:
        name.pop()
    if name and name[0].lower == "the":
        name = name[1:]
    if not name or name[-1].lower.endswith(("'s", "’s")) \
            or " ".join(t.lower for t in name) in lexicon.places \
            or any(t.lower in lexicon.not_sources or t.lower in _OPENS_PHRASE
                   or t.lower in _OPENING_PREPOSITIONS or t.lower in lexicon.leading
                   or t.lower in lexicon.openers or is_demonym(t.text) for t in name):
        return None  # a possessor ("Shanghai Automotive's proposed ...") is no subject
    return name


def _past_description(before: list[Token], start: int, lexicon: CompiledLexicon) -> int:
    """Where the name starts after a description of the body that opens the clause ("Video
    games maker Argonaut has cut", "German airline Lufthansa has returned"): the word
    before the name is a kind of body, in lower case; ``start`` where there is none."""
    for index in range(start + 1, min(len(before) - 1, start + _DESCRIPTION_WORDS + 1)):
        word = before[index]
        if not word.is_word or word.is_capitalised:
            break
        if word.lower in lexicon.anaphoric and before[index + 1].is_capitalised:
            return index + 1
    return start


def _verb_after(before: list[Token], index: int,
                lexicon: CompiledLexicon) -> tuple[int, int] | None:
    """The first and last word of the verb right after the subject (past an aside between
    commas), when it is one of the lexicon's acts: alone ("fined", "employs"), after an
    auxiliary ("has ordered", "may sell", "plans to increase"), or after "is to" ("is to
    cut"). A passive or a denial ("will be owned", "would not comment") is no act."""
    if index < len(before) and before[index].text == ",":
        close = next((i for i in range(index + 1, min(len(before), index + _ASIDE_WORDS))
                      if before[i].text == ","), None)
        if close is None or any(t.text in DASHES for t in before[index:close]):
            return None  # "BOSTON, June 29 - In the ...,": a dateline, not an aside
        index = close + 1
    end = index
    while end < len(before) and (before[end].lower in lexicon.auxiliaries
                                 or before[end].lower in lexicon.passive
                                 or before[end].lower in _INTENTS):
        end += 1
    if end >= len(before) or not (_act(before[end].lower, lexicon) or _aimed(before[index:end])) \
            or not before[end].text.islower() or not before[end].is_word \
            or any(before[i].lower in _NOT_ACTS for i in range(index, end)) \
            or _passive(before[index:end], before[end].lower, lexicon):
        return None
    return index, end


def _aimed(auxiliaries: list[Token]) -> bool:
    """Whether the verb is what the body aims to do: one of ``_AIMS`` then "to"."""
    return len(auxiliaries) > 1 and auxiliaries[-1].lower == "to" \
        and auxiliaries[-2].lower in _AIMS


def _passive(auxiliaries: list[Token], verb: str, lexicon: CompiledLexicon) -> bool:
    """Whether a form of "be" makes the act a passive ("Yugansk was sold", "is set in
    Paris", "is expected to receive"): the subject is acted on. "is to cut" and "is
    providing" stay acts."""
    passives = [i for i, t in enumerate(auxiliaries) if t.lower in lexicon.passive]
    if passives and any(t.lower in _AIMS for t in auxiliaries[passives[0]:]):
        return True  # "The U.S. government is expected to receive": others expect it
    return bool(passives) and not verb.endswith("ing") \
        and not any(t.lower == "to" for t in auxiliaries)


def _act(word: str, lexicon: CompiledLexicon) -> bool:
    """Whether a word is one of the lexicon's acts, its "-ing" form too ("is providing",
    "is seeking", "is cutting"); not a verb of a stake held (``_HOLDINGS``)."""
    stem = word.removesuffix("ing")
    if word in _HOLDINGS or stem in _HOLDINGS:
        return False
    if word in lexicon.acts:
        return True
    return stem != word and (stem in lexicon.acts or stem + "e" in lexicon.acts
                             or stem[:-1] in lexicon.acts)
