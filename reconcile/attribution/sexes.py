"""He and she: the sex a title or a first name says, and the person a pronoun can stand for.

News names a person in full once ("Michelle Galanter Applebaum of Salomon Brothers") and
then says "she"; the last speaker before her may be a man ("Charles Bradford of Merrill
Lynch said ..."). The titles and first names that tell which are data (``sexes:`` in
``rules/sources.yaml``); a name in neither list may be either, and tells nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reconcile.attribution.names import without_possessive
from reconcile.attribution.patterns import CompiledLexicon

OTHER_SEX = {"he": "female", "his": "female", "him": "female", "she": "male", "her": "male"}
"""The sex a pronoun cannot stand for."""
OWN_SEX = {pronoun: "male" if other == "female" else "female"
           for pronoun, other in OTHER_SEX.items()}
"""The sex a pronoun stands for."""

FIRST_WORDS = 3
"""How far into a name its title or first name is looked for ("Economist Wendy Smith Cork")."""

_PERSON = re.compile(r"([A-Z](?<![\w][A-Z])[a-z]+\.?)"
                     r"(?=((?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*[a-z][\w'’-]*)){1,2}))")
"""A capitalised word and one or two more after it, at every word (the words after are a
look-ahead, so that matches overlap): "Michael Wilson" inside "Federal Finance Minister
Michael Wilson". It opens with the capital itself, the word start tested just after it:
the engine then skips to the next capital at C speed, where a look-ahead first was tried
at every character (twice as fast over the 400 characters read before a pronoun)."""
_PERSON_REACH = 400
"""How far back a person named outside any cue is looked for."""


def sex_said(words: Iterable[str], lexicon: CompiledLexicon) -> str | None:
    """The sex the first title or first name among ``words`` says, or None."""
    return next((lexicon.sex_of[word.lower()] for word in words
                 if word.lower() in lexicon.sex_of), None)


def person_of_sex(text: str, at: int, sex: str,
                  lexicon: CompiledLexicon) -> tuple[str, int] | None:
    """The last person named before ``at`` (within a reach) whose first name or title says
    ``sex``, whether or not a cue made them a source, with where the name starts."""
    found = None
    for match in _PERSON.finditer(text, max(0, at - _PERSON_REACH), at):
        if lexicon.sex_of.get(match.group(1).lower()) == sex \
                and match.start() + len(match.group(1) + match.group(2)) <= at:
            found = match
    return None if found is None else _named(found, lexicon)


def person_by_role(text: str, at: int, sex: str,
                   lexicon: CompiledLexicon) -> tuple[str, int] | None:
    """The last person named after a role or title before ``at`` (within a reach), of no
    other sex than ``sex``: "Economic Planning Minister Tetsuo Kondo. He told ...", "its
    chairman, Democrat Lawton Chiles of Florida, which he said would reach ...". A last
    resort for a pronoun that no source and no person of its sex accounts for."""
    found = None
    for match in _PERSON.finditer(text, max(0, at - _PERSON_REACH), at):
        end = match.start() + len(match.group(1) + match.group(2))
        role, name = match.group(1).lower(), match.group(2).split()
        if end <= at and _is_role(role, lexicon) \
                and lexicon.sex_of.get(name[0].lower(), sex) == sex \
                and _NAME_GOES_ON.match(text, end) is None \
                and (len(name) > 1 or role in lexicon.roles or role in lexicon.lexicon.titles):
            found = match  # not "Norwich Union International": a body's word, one word after
    return None if found is None else _named(found, lexicon)


_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
"""A capitalised word right after two: the name of a body ("Government National Mortgage
Association"), not a person's."""


def _is_role(word: str, lexicon: CompiledLexicon) -> bool:
    """Whether a lower-cased word is a title, a role or an office said before a name."""
    return word in lexicon.lexicon.titles or word in lexicon.roles \
        or word in lexicon.source_nouns


def _named(match: re.Match[str], lexicon: CompiledLexicon) -> tuple[str, int]:
    """The person's name a ``_PERSON`` match holds, without its title or role, and where
    the match starts."""
    first, rest = match.group(1), match.group(2).split()
    dropped = _is_role(first.lower(), lexicon)
    name = " ".join(rest if dropped else [first, *rest])
    return without_possessive(name), match.start()


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?=[\"“‘]?[A-Z])")
"""Where a sentence opens; one opening with a quotation is a speaker's words, no subject."""
_SUBJECT_THEN_VERB = re.compile(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+([a-z]+)\b")


def opening_person(text: str, at: int, sex: str,
                   lexicon: CompiledLexicon) -> tuple[str, int] | None:
    """The person who opens a pronoun's own sentence as its subject, a verb after the name
    ("Reagan presented about 36 billion dlrs in spending delays, cuts and revenues he said
    will reach 108 billion dlrs"): "he" is Reagan, not a speaker quoted sentences before.
    The name is a person's where the text named them before with a first name or a title
    of ``sex``, or a role ("President Reagan"), and is given as named then."""
    opening = next(reversed(list(
        _SENTENCE_OPENING.finditer(text, max(0, at - _PERSON_REACH), at))), None)
    if opening is None:
        return None
    subject = _SUBJECT_THEN_VERB.match(text, opening.end(), at)
    if subject is None or not _verb(subject.group(2), lexicon):
        return None
    words = subject.group(1).split()
    if words[0].lower() in lexicon.leading or words[0].lower() in lexicon.boundaries:
        words = words[1:]  # "But Reitman expects ..."
    if not words:
        return None
    for match in _PERSON.finditer(text, 0, opening.end()):
        first, rest = match.group(1).lower(), match.group(2).split()
        said = lexicon.sex_of.get(first)
        if rest[-1] == words[-1] and (said == sex or (said is None and _is_role(first, lexicon))):
            return _named(match, lexicon)[0], subject.start()  # as first named: no "Mr"
    return None


def _verb(word: str, lexicon: CompiledLexicon) -> bool:
    """Whether the word after a sentence's opening name reads as its verb: a past form or
    an auxiliary ("Reagan presented", "Baker has had"), not a noun of a phrase the name
    qualifies ("Reagan administration officials")."""
    return word.endswith("ed") or word in lexicon.auxiliaries
