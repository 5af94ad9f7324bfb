"""He and she: the sex a title or a first name says, and the person a pronoun can stand for.

News names a person in full once ("Michelle Galanter Applebaum of Salomon Brothers") and
then says "she"; the last speaker before her may be a man ("Charles Bradford of Merrill
Lynch said ..."). The titles and first names that tell which are data (``sexes:`` in
``rules/sources.yaml``); a name in neither list may be either, and tells nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    if found is None:
        return None
    first, rest = found.group(1), found.group(2).split()
    return " ".join(rest if first.lower() in lexicon.lexicon.titles else [first, *rest]), \
        found.start()
