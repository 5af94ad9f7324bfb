"""A body's own accounts told with "Its": the body the sentence before opens with.

Wire copy describes a company in one sentence and gives its accounts in the next with the
company as "its": "Inco has struggled in recent years against sharply lower nickel prices.
/ Its net earnings fell to 200,000 U.S. dlrs in 1986", "Sony France SA was established in
1973. / Its 1986 sales were two billion francs". No word of attribution stands by the
figure, and the body named last as a source may be another (the buyer of the company
described). "Its" opening a sentence stands for the subject of the sentence before, and a
measure a body reports of its own (``own_figures``: profits, sales, revenues) is that
body's.
"""

from __future__ import annotations

import re

from reconcile.attribution.names import looks_like_person, opens_as_no_body, without_possessive
from reconcile.attribution.patterns import CompiledLexicon

_ITS = re.compile(r"Its\s+(?P<words>(?:[\w/-]+\s+){0,4}[\w/-]+)")
"""A sentence opening with "Its" and the few words after it, which name the measure ("Its
fiscal 1986 contract revenues")."""
_SUBJECT = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5},\s+(?:[\w.'’-]+,\s+)?)?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&.'’-]*){0,5})"
    r"(?:,[^,]{1,80},)?\s+(?P<verb>[a-z]+)\b")
"""The subject a sentence opens with, after a phrase set off by a comma and before an aside
("Based in Baton Rouge, La., MMR is", "Inco has", "Quaker State, based in Oil City, collects"),
and the word after it, which must be a verb's."""


_NO_VERBS = frozenset({"and", "or", "but", "nor", "which", "who", "that", "of", "in"})
"""Words after a name that go on with a phrase, not a verb of its clause."""


def its_body(sentence: str, before: str, lexicon: CompiledLexicon) -> tuple[str, int] | None:
    """The body "Its" stands for when ``sentence`` opens with it and measures the body's
    own accounts, as the subject of the sentence ``before``; the name and where it starts
    in ``before``. None for any other sentence, or where the subject is no body (a person,
    a place, a common word capitalised to open the sentence)."""
    its = _ITS.match(sentence)
    if its is None or not any(word.lower() in lexicon.own_figures
                              for word in its.group("words").split()):
        return None
    subject = _SUBJECT.match(before)
    if subject is None:
        return None
    name = without_possessive(subject.group("name"))
    first = name.split()[0].lower()
    if opens_as_no_body(first, lexicon) or name.lower() in lexicon.places \
            or looks_like_person(name, lexicon) or first.endswith("ly") \
            or subject.group("verb") in _NO_VERBS:
        return None  # "Privately held Mintax": an adverb opens, the name comes later
    return name, subject.start("name")
