"""One source under two names: a body the story names in full and by a short name it
defines in brackets is one source, whichever name a sentence uses.

"The Institute for Economic Research (WIFO) said it has cut its forecast ... to a real
one pct from a two pct forecast made last December": wire copy defines a short name once,
in brackets after the full one ("Brazilian Geography and Statistics Institute (IBGE)") or
the full one after it ("INSEE (National Statistics Institute)"), and goes on with either,
while another story of the same body may use the other. Where the short name does not
spell the full one (WIFO, INSEE, IBGE), no comparison of the names can tell they are one,
and the body's December forecast and its own later revision were set against each other
as rivals. So a source named by either name is written with both, "Institute for Economic
Research (WIFO)", as a speaker is written with the body they speak for: either name then
matches (``names.same_source``), within the story and in any other story that uses one.
"""

from __future__ import annotations

import re

from reconcile.attribution.names import same_source
from reconcile.model import Claim

_SHORT_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z&]{1,8})\)")
_FULL_IN_BRACKETS = re.compile(r"\(([A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|de|des|du|la|"
                               r"[A-Z][\w&.'’-]*)){1,7})\)")
_FULL_BEFORE = re.compile(r"(?<![\w.&'’-])([A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|de|des|du|la|"
                          r"the|[A-Z][\w&.'’-]*)){1,7})\s+$")
_SHORT_BEFORE = re.compile(r"(?<![\w.&-])([A-Z][A-Z&]{1,8})\s+$")
_REACH = 90
"""How far before its brackets a full name may begin."""


def defined_names(text: str) -> dict[str, str]:
    """Each full name the story defines a short name for (lower-cased) -> both names, "Full
    (SHORT)". A short name that spells the full one is left out: the names already match."""
    pairs = []
    for match in _SHORT_IN_BRACKETS.finditer(text):
        full = _FULL_BEFORE.search(text, max(0, match.start() - _REACH), match.start())
        if full is not None:
            pairs.append((_without_article(full.group(1)), match.group(1)))
    for match in _FULL_IN_BRACKETS.finditer(text):
        short = _SHORT_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if short is not None:
            pairs.append((_without_article(match.group(1)), short.group(1)))
    defined: dict[str, str] = {}
    for full, short in pairs:
        if len(full.split()) > 1 and not same_source(full, short):
            defined.setdefault(full.lower(), f"{full} ({short})")
    return defined


def with_defined_names(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each source named by a full name the story defines a short name for
    written with both ("Institute for Economic Research" as "Institute for Economic Research
    (WIFO)"). A source named by the short name keeps it: the words before the brackets are
    a full name only where attribution found that name too ("... pour le Developpement des
    Entreprises (IPECODE)" would make "Developpement des Entreprises" of IPECODE), and the
    short name matches the pair wherever the full name was a source."""
    if "(" not in text:
        return claims
    defined = defined_names(text)
    if not defined:
        return claims
    return [claim.model_copy(update={"source": claim.source.model_copy(
                update={"name": defined[claim.source.name.lower()]})})
            if claim.source.name.lower() in defined else claim for claim in claims]


def _without_article(name: str) -> str:
    """"The Institute for Economic Research" as the institute's name."""
    return name[4:] if name.startswith(("The ", "the ")) else name
