"""Who a speaker speaks for: the organisation a person is identified with, or the state a
news agency voices.

News copy names the person who gave a figure and, once, the body they speak for ("Chris
Curry, PPI research director, said"; "AWB general manager Ron Paice said"; "Mike Caudwell,
spokesman for Vodafone, said"); a state news agency (IRNA, Tehran Radio) carries its
government's claims. Readers compare the body's figures, not the spokesman's, so the source
name keeps both, in one convention: ``"Person (Body)"`` — "Ron Paice (AWB)", "IRNA (Iran)".
The bracket is the form annotations use ("Michael Howard (Conservatives)"), and
``names.same_source`` matches either part, so a person and their body both score.
"""

from __future__ import annotations

import re

from reconcile.attribution.names import (
    PREPOSITIONS,
    capitalised_inside,
    is_demonym,
    without_ticker,
    without_whereabouts,
)
from reconcile.attribution.patterns import CompiledLexicon
from reconcile.attribution.tokens import DASHES, tokenize

_ASIDE = re.compile(
    r",\s*((?:[^,.;:()\"“”]|(?<=\b[A-Z])\.){2,90}?)\s*(?=[,;]|(?<!\b[A-Z])\.|$)")
"""An aside after a person's name, up to its closing comma; an initial's full stop stays in
it ("executive secretary of the U.N. Economic Commission for Africa", "an analyst with
Robert W. Baird and Co")."""
_BY_ROLE = frozenset({"for", "of", "at", "with"})
_TOPICAL = frozenset({"on", "about", "into", "over", "concerning", "regarding"})
"""Words after which a capitalised name is what a body deals with, not the body."""


def with_body(name: str, body: str | None) -> str:
    """The display name of a speaker who speaks for ``body``."""
    if body is None or body.lower() in name.lower():
        return name
    return f"{name} ({body})"


def state_voice(name: str, lexicon: CompiledLexicon) -> str | None:
    """The state a news agency or broadcaster speaks for, from the lexicon's ``voices``."""
    return lexicon.voices.get(name.lower())


def body_in_description(words: list[str], lexicon: CompiledLexicon) -> str | None:
    """The body named in a description of a person: "PPI research director" -> "PPI",
    "spokesman for Vodafone" -> "Vodafone", "general secretary of the TUC" -> "TUC".

    The description must hold a role word (the person speaks in an office), and the body
    must be a proper name: "chief of the defence ministry political department" names no
    body a reader could compare.
    """
    lower = [w.lower() for w in words]
    roles = [i for i, w in enumerate(lower) if w in lexicon.roles]
    if not roles:
        return None
    after = roles[-1] + 1
    if after < len(words) and lower[after] in _BY_ROLE:
        named = words[after + 1 :]
        first = next((i for i, word in enumerate(named) if word[0].isupper()), len(named))
        if first and named[first - 1].lower() in _TOPICAL:
            return None  # "a member of a task force on Third World debt": what it is about
        return _proper_run(named, lexicon)
    return _proper_run(words[: roles[0]], lexicon, trailing=True)


def body_of_person(text: str, words: list[str], name: str, span: tuple[int, int],
                   lexicon: CompiledLexicon) -> str | None:
    """The body a person speaks for, from the words that named them (``words`` at ``span``,
    of which ``name`` is the person's part: "AWB general manager Ron Paice", "Carol Bell of
    Phillips and Drew") or from an aside after them (", PPI research director,").

    A capital that only opens the sentence ("General secretary Brendan Barber") is no body,
    unless the word is written with a capital inside a sentence too ("Tory leader").
    """
    at, description = _description(text, words, name, span[0])
    body = body_in_description(description, lexicon) if description else None
    rest = words[at + len(name.split()) :]
    if body is None and len(rest) > 1 and rest[0].lower() in _BY_ROLE:
        body = _proper_run(rest[1:], lexicon)
    if body is not None:
        return body
    aside = _ASIDE.match(text, span[1], min(len(text), span[1] + 120))
    if aside is not None:
        found = [t.text for t in tokenize(text, aside.start(1), aside.end(1)) if t.is_word]
        body = body_in_description(found, lexicon)
    if body is not None or at:
        return body  # a description in the mention's own words is the one the name has
    return _apposed_to(text, words, name, span[0], lexicon)


_DESCRIPTION_REACH = 100
"""How many characters a description set off before a name may run to."""
_APPOSED_BEFORE = re.compile(
    rf"((?:[^,;:.!?\"“”()\n]|(?<=\b[A-Z])\.){{3,{_DESCRIPTION_REACH}}}),\s+"
    r"(?:([A-Z][A-Z&]{1,7}),\s+)?$")
"""A description set off before a person's name, and the body's short name after it:
"President of the Brazilian Coffee Institute, IBC, Jorio Dauster said"; an initial's full
stop stays in it ("U.S. Trade representative")."""
_APPOSED_TAIL = re.compile(r",\s+(?:[A-Z][A-Z&]{1,7},\s+)?$")
"""How every match of ``_APPOSED_BEFORE`` ends, after its description. Looked for first:
most names follow no comma ("said John Smith"), and the whole pattern, anchored at its end
but tried from every character of its reach, cost a few times as much as all the rest of
the speaker's reading. Where the tail is found, the description ends at its comma or
after, so it starts no further back than its own reach before the tail."""
_APPOSED_REACH = 160
_DESCRIBED_OPENERS = frozenset({"another"})
"""Words that open a description, beyond the lexicon's leading words, and name no body
("Another Belgrade trade union council leader")."""


_DESCRIPTION_WORDS = 12


def _role_heads(after: list[str]) -> bool:
    """Whether the words after a description's last role leave it the head: none, more of
    the title ("chief financial officer"), or the body it is held at ("of the Brazilian
    Coffee Institute"); not a name going on ("President Richard Weizsaecker's motorcade")."""
    for word in after:
        if word.lower() in _BY_ROLE:
            return True
        if word[0].isupper():
            return False
    return True


def _named_body_between(lower: list[str], body: str, role: int,
                        lexicon: CompiledLexicon) -> bool:
    """"Another Belgrade trade union council leader", "The head of Spain's employers'
    federation": a body's noun in lower case after the capitalised run (up to the role,
    when the run comes before it) is the body the role is held in, and the run only says
    where it is or whose it is."""
    last = body.split()[-1].lower()
    at = next((i for i, word in enumerate(lower) if word.startswith(last)), None)
    if at is None:
        return False
    end = role if at < role else len(lower)
    return any(word.rstrip("'’") in lexicon.source_nouns for word in lower[at + 1:end])


def description_before(text: str, start: int) -> re.Match[str] | None:
    """The match of ``_APPOSED_BEFORE`` in the reach before ``start``, as a plain search
    finds it, tried only from where its tail allows (see ``_APPOSED_TAIL``)."""
    reach = max(0, start - _APPOSED_REACH)
    tail = _APPOSED_TAIL.search(text, reach, start)
    return None if tail is None else _APPOSED_BEFORE.search(
        text, max(reach, tail.start() - _DESCRIPTION_REACH), start)


def _apposed_to(text: str, words: list[str], name: str, start: int,
                lexicon: CompiledLexicon) -> str | None:
    """The body named in a description that a person's full name is apposed to ("Time
    Inc's chief financial officer, Thayer Bigelow, said"); the short name set off between
    them is the body as the story calls it, where its letters are the body's initials in
    any order (a name translated keeps its own language's acronym: "IBC"). The role must
    be the description's head (``_role_heads``), in a few words: a clause ending on a
    comma ("the route of West German President Richard Weizsaecker's motorcade") is no
    description of the name after it."""
    if len(name.split()) < 2:
        return None  # "..., Miller said": a surname takes up a person introduced before
    found = description_before(text, start)
    if found is None:
        return None
    tokens = tokenize(text, found.start(1), found.end(1))
    dash = max((i for i, t in enumerate(tokens) if t.text in DASHES), default=-1)
    described = [t.text for t in tokens[dash + 1:] if t.is_word]  # not a dateline's place
    while described and (described[0].lower() in lexicon.leading
                         or described[0].lower() in _DESCRIBED_OPENERS):
        described = described[1:]
    lower = [word.lower() for word in described]
    roles = [i for i, word in enumerate(lower) if word in lexicon.roles]
    if not roles or len(described) > _DESCRIPTION_WORDS or lower[0] in PREPOSITIONS \
            or not _role_heads(described[roles[-1] + 1:]):
        return None
    _, description = _description(text, described + words, name, found.start(1))
    body = body_in_description(description, lexicon)
    if body is None or f"in {body.lower()}" in " ".join(lower) \
            or _named_body_between(lower, body, roles[0], lexicon):
        return None  # "A spokesman at the strike headquarters in Sao Paulo": a place
    short = found.group(2)
    if short is not None and sorted(short) == sorted(
            word[0] for word in body.split() if word[0].isupper()):
        return short
    return body


def bare_role(text: str, words: list[str], name: str, start: int,
              lexicon: CompiledLexicon) -> bool:
    """Whether a person is introduced by a plain role and no body ("General secretary
    Brendan Barber warned", after "The TUC said"): the body is the one just quoted. A
    title written with a capital inside sentences ("President Reagan") is no such role,
    nor is a role for a body the words name ("spokesman for the ... company"), nor an
    outside expert's ("analyst Martin Ziegler")."""
    _, description = _description(text, words, name, start)
    lower = [w.lower() for w in description]
    return (
        bool(description) and description[0][0].islower()
        and any(w in lexicon.roles for w in lower) and not any(w in _BY_ROLE for w in lower)
        and not any(kind == "expert" and pattern.search(w)
                    for kind, pattern in lexicon.kinds for w in lower)
    )


def _description(text: str, words: list[str], name: str, start: int) -> tuple[int, list[str]]:
    """Where the person's name starts among ``words``, and the words before it, with a
    capital that only opens the sentence made lower case."""
    first = name.split()[0]
    at = words.index(first) if first in words else 0
    description = words[:at]
    if description and _opens_sentence(text, start) and not (
            description[0].isupper() or capitalised_inside(text, description[0])) \
            and not _name_goes_on(description):
        description = [description[0].lower(), *description[1:]]
    return at, description


def _name_goes_on(words: list[str]) -> bool:
    """Whether the capital opening a description opens a name that goes on ("Fidelity
    Bank senior economist", "Pershing and Co analyst"), not a word written with a capital
    only because the sentence opens with it ("General secretary Brendan Barber")."""
    if words[0].lower() in _QUALIFYING or words[0].lower().endswith(("-owned", "-based")):
        return False  # "Outgoing Leeds chairman", "French-owned Total CFP"
    following = words[1:3]
    if following and following[0].lower() == "and":
        following = following[1:]
    return bool(following) and following[0][0].isupper()


_QUALIFYING = frozenset({"former", "outgoing", "incoming", "acting", "new", "then", "ex",
                         "interim", "retiring", "departing"})
"""Words that open a sentence before a body's name to say when or how someone holds a post
("Former Hongkong Bank chairman Michael Sandberg"): no part of the name."""


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].strip()
    return not before or before[-1] in ".!?\"“”'‘’:"


def _proper_run(words: list[str], lexicon: CompiledLexicon, *,
                trailing: bool = False) -> str | None:
    """The capitalised name among ``words`` (the last run when it comes before a role)."""
    runs: list[list[str]] = [[]]
    for word in words:
        proper = word[0].isupper() and word.lower() not in lexicon.roles
        if proper or (word.lower() in lexicon.connectors and runs[-1]):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    found = [run for run in runs if run]
    if not found:
        return None
    last = found[-1]
    if trailing and last[0].lower() in lexicon.titles and "and" in last:
        last = last[last.index("and") + 1:]  # "Mr Blair and Liberal Democrat leader ...":
        # a titled person and another's body, not one body "and" joins ("Pershing and Co")
    run = without_whereabouts(without_ticker(_owner_of_one_word(last if trailing
                                                                else found[0])))
    while run and run[-1].lower() in lexicon.connectors:
        run = run[:-1]
    name = " ".join(run).removesuffix("'s").removesuffix("’s")
    if not name or _no_body(name, lexicon):
        return None
    return lexicon.aliases.get(name.lower(), name)


_NO_BODY = frozenset({
    "association", "committee", "union", "ministry", "bank", "banks", "banco", "house",
    "department", "office", "board", "council", "federation", "group", "institute",
    "results", "aggregate", "state", "commerce", "staff", "taxation", "trading", "finance",
    "agriculture", "steel", "america", "national", "international", "federal", "general"})
"""Words that, alone, name no body a reader could tell apart: a generic head ("chairman
of the Association"), a department's field ("Secretary of State", "Commerce"), a word
left of a longer name ("Banco" of "Banco do Brasil")."""


def _no_body(name: str, lexicon: CompiledLexicon) -> bool:
    """Whether a one-word body names none: a people ("European", "British"), a data noun,
    or one of ``_NO_BODY``."""
    if " " in name:
        return False
    lower = name.lower()
    return lower in _NO_BODY or lower in lexicon.data_nouns or is_demonym(name)


def _owner_of_one_word(run: list[str]) -> list[str]:
    """A possessor before one more capitalised word is the body: "the World Bank's Moroccan
    division" is the World Bank's, "Toyota's U.S. unit" Toyota's; two or more words after
    it name a body of their own ("Thailand's Board of Investment")."""
    for index, word in enumerate(run[:-1]):
        if word.endswith(("'s", "’s")) and index == len(run) - 2:
            return run[: index + 1]
    return run
