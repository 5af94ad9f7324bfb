"""Whose measure a figure is: the owner of a company's results, a holder's stake, a bid.

Some measures belong to an entity: "BP's profit" and "Shell reported profits of" are two
companies' results, not two sources' estimates of one; "Standard Life owns a 1% stake" and
"Atticus, holding 2%" are two holders' stakes. Sources are kept out of the event key's
names (they say who speaks), so without an owner such figures of one story would meet. The
owner is read from the figure's clause: the possessor ("Verizon's $6.75bn offer") or the
subject of a verb of owning, reporting or bidding ("Shell reported profits of"). When the
clause names none and a company gives the figure about itself, the company is the owner.
"""

from __future__ import annotations

import re

from reconcile.model import Figure, Source
from reconcile.subjects.event import names_in

_NAME = r"(?:[A-Z][\w&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.-]*){0,3})"
_POSSESSOR = re.compile(_NAME + r"['’]s?(?=\s)")
_OWNING = re.compile(
    _NAME + r"(?:,[^,]{1,60},|,)?\s+(?:has\s+|have\s+|had\s+|also\s+|now\s+|which\s+|who\s+)?"
    r"(?:reported|reports|posted|posts|made|makes|earned|earns|recorded|records|announced|"
    r"unveiled|booked|holds|holding|held|owns|owning|owned|controls|controlling|offered|"
    r"offers|offering|bid|bids|tabled|employs|employing|has|with)\b")
_COMPANY_KINDS = ("company", "results")
"""Source kinds that speak for their own firm: a company reporting its own results."""


def owner_of(text: str, clause: tuple[int, int], figure: Figure, source: Source) -> str | None:
    """The owner of the figure's measure, lower-case and singular, or None.

    The nearest possessor or owning subject before the figure in its clause wins; failing
    both, a company source that names itself ("Shell said" before its own results)."""
    low, high = clause[0], figure.number_start
    found: list[tuple[int, str]] = []
    for pattern in (_POSSESSOR, _OWNING):
        for match in pattern.finditer(text, low, high):
            name = _name(match.group(0).split(",")[0])
            if name:
                found.append((match.start(), name))
    if found:
        return max(found)[1]
    if source.explicit and source.kind in _COMPANY_KINDS:
        return _name(source.name)
    return None


def _name(words: str) -> str | None:
    """The name in ``words`` as the event key writes names (see ``names_in``)."""
    names = sorted(names_in(words, (0, len(words)), [], -1), key=len, reverse=True)
    return names[0] if names else None

