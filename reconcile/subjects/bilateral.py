"""One country's trade balance with another, read the same from either side.

"Taiwan's surplus with the U.S. rose to 13.6 billion dlrs last year" (Taiwan's figures)
and "The U.S. trade gap with Taiwan rose to 15.7 billion dlrs in 1986" (U.S. figures)
measure one thing: each country counts the other's exports its own way, and the two
statistics disagree, which an editor wants to see. So a balance named with a partner
("X's surplus with Y", "Y's deficit with X", "the U.S. trade gap with Taiwan") is keyed
as the surplus side's trade surplus with the other (owner and ``partner``), whichever
side's words give it. X's surplus with Y is not Y's surplus with X (the owner differs),
nor X's overall surplus, nor X's surplus with Z (the partner differs: a key with a
partner meets only keys with that partner).

Only countries are sides (the lexicon's ``places``, their peoples' words, and the few
capitals and short names wire copy uses for a country's government: "Washington's
deficit with Taipei"); a balance with a bloc or the rest of the world ("with the West",
"with the EC") keeps its plain reading. The owner is the country named just before the
balance word ("Washington's deficit", "the U.S. trade gap", "South Korea's record 7.1
billion dlrs trade surplus"), else the key's owner when that is a country ("the United
States which recorded a 7.4 billion dlr trade deficit with Seoul").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reconcile.subjects.country import country_spellings, key_words, one_country

_SURPLUS, _DEFICIT = "trade-surplus", "trade-deficit"
BALANCES = {"trade-surplus": _SURPLUS, "surplus": _SURPLUS,
            "trade-deficit": _DEFICIT, "gap": _DEFICIT}
"""Facets a balance with a partner is read as: between two countries a bare "surplus" or
"deficit" is their trade ("Taiwan's surplus with the U.S.", "Washington's deficit with
Taipei"); a budget has no partner."""

_CAPITALS = {
    "Washington": "United States", "London": "Britain", "Seoul": "South Korea",
    "Taipei": "Taiwan", "Tokyo": "Japan", "Peking": "China", "Beijing": "China",
    "Bonn": "West Germany", "Moscow": "Soviet Union", "Ottawa": "Canada", "Manila": "Philippines",
}
"""Capitals wire copy writes for a country's side of its trade ("efforts by Seoul to
reduce its trade surplus with Washington"), beside the country's own names
(``country_spellings``); elsewhere a capital is a place, not its country."""

_BALANCE_WORD = re.compile(r"\b(?:surplus(?:es)?|deficits?|gap|shortfall|imbalance)"
                           r"\s+with\s+(?:the\s+)?", re.IGNORECASE)
_ANY_BALANCE = re.compile(r"\b(?:surplus(?:es)?|deficits?|gap|shortfall|imbalance|balance|"
                          r"exports?|imports?|trade)\b", re.IGNORECASE)
"""Words of another balance or flow: named in a figure's own clause, or between a
"surplus with Y" before the clause and the figure, they frame the figure instead ("while
its overall surplus grew to ...", "the record 169 billion dlrs U.S. Trade deficit")."""
_OWNER_REACH = 8
"""Words before the balance word the owner's name may stand in ("South Korea's record 7.1
billion dlrs trade surplus with the U.S.", "Japan had a 5.9 billion dlr trade surplus
with Britain")."""
_OWNER_STOP = re.compile(r"[,;:()\"]|\b(?:and|or|with|which|who|that|while|but)\b")
"""What ends the words that may name the balance's owner: another clause or list item."""


def read_bilateral(slots: dict[str, Any], text: str, clause: tuple[int, int],
                   whole: tuple[int, int], span: tuple[int, int],
                   places: tuple[str, ...]) -> None:
    """Key a balance the clause gives with a partner country as the surplus side's trade
    surplus with the other (see the module's doc): set ``facet``, ``owner`` and
    ``partner`` in ``slots``, and drop the two countries from ``who``, whose names near
    the figure each side writes its own way ("Seoul", "South Korea"). Leave ``slots`` alone
    where the clause names no such balance or no owning country."""
    if BALANCES.get(slots.get("facet") or "") is None or slots.get("partner"):
        return
    found = _balance_near(text, clause, span, places)
    if found is None and _ANY_BALANCE.search(text, clause[0], clause[1]) is None:
        found = _balance_before(text, (whole[0], span[0]), places)
    if found is None:
        return
    word_start, partner = found
    low = clause[0] if clause[0] <= word_start else whole[0]
    owner = _owner_before(text, max(low, word_start - 200), word_start, places) \
        or country(slots.get("owner") or "", places)
    if owner is None or owner == partner:
        return
    surplus = BALANCES[slots["facet"]] == _SURPLUS
    slots["facet"] = _SURPLUS
    slots["owner"], slots["partner"] = (owner, partner) if surplus else (partner, owner)
    slots["who"] = frozenset(name for name in slots["who"]
                             if not _names_either(name, (owner, partner), places))


def _balance_near(text: str, clause: tuple[int, int], span: tuple[int, int],
                  places: tuple[str, ...]) -> tuple[int, str] | None:
    """(Where the balance word starts, the partner country) of the "surplus with Y" in the
    clause nearest the figure, or None where no balance of the clause has a country after
    its "with"."""
    best: tuple[int, int, str] | None = None
    for match in _BALANCE_WORD.finditer(text, clause[0], clause[1]):
        partner = _country_at(text, match.end(), places)
        if partner is None:
            continue
        distance = span[0] - match.end() if match.end() <= span[0] else match.start() - span[1]
        if best is None or abs(distance) < best[0]:
            best = (abs(distance), match.start(), partner)
    return None if best is None else (best[1], best[2])


def _balance_before(text: str, before: tuple[int, int],
                    places: tuple[str, ...]) -> tuple[int, str] | None:
    """(Where the balance word starts, the partner country) of the last "surplus with Y"
    in the sentence before the figure's clause, where no other balance is named between:
    it frames the figures that follow ("South Korea's trade surplus with the U.S. Rose to
    7.3 billion dlrs in 1986 from 4.3 billion dlrs in 1985": both are that balance). Only
    for a clause that names no balance of its own (see ``read_bilateral``): "... has come
    under fire ... with the record 169 billion dlrs U.S. trade deficit in 1986" is the
    U.S.'s whole deficit."""
    last = None
    for match in _BALANCE_WORD.finditer(text, *before):
        last = match
    if last is None or _ANY_BALANCE.search(text, last.end(), before[1]) is not None:
        return None
    partner = _country_at(text, last.end(), places)
    return None if partner is None else (last.start(), partner)


def _owner_before(text: str, low: int, end: int, places: tuple[str, ...]) -> str | None:
    """The country named in the few words before a balance word, up to a clause's end."""
    words = text[low:end]
    stops = list(_OWNER_STOP.finditer(words))
    if stops:
        words = words[stops[-1].end():]
    words = " ".join(words.split()[-_OWNER_REACH:])
    found = None
    for match in _pattern(places).finditer(words):
        found = match  # the nearest to the balance word
    return None if found is None else _canonical(places)[found.group("name")]


def _country_at(text: str, start: int, places: tuple[str, ...]) -> str | None:
    """The country whose name opens ``text`` at ``start``, or None."""
    match = _pattern(places).match(text, start)
    return None if match is None else _canonical(places)[match.group("name")]


def country(name: str, places: tuple[str, ...]) -> str | None:
    """The country a key's lower-case name ("united state", "seoul", "u.s") stands for, in
    the key's words, or None where it is no country."""
    return one_country(name, places) or _lowered(places).get(key_words(name))


def _names_either(name: str, countries: tuple[str, str], places: tuple[str, ...]) -> bool:
    """Whether a name near the figure holds either country's name ("u.s", "u.s pressure",
    "seoul")."""
    words = name.split()
    return any(country(" ".join(words[start:start + size]), places) in countries
               for size in (1, 2, 3) for start in range(len(words) - size + 1))


@lru_cache(maxsize=8)
def _canonical(places: tuple[str, ...]) -> dict[str, str]:
    """Each spelling of a country as written, its capitals too -> the country, in a key's
    words."""
    return {**country_spellings(places),
            **{capital: key_words(place) for capital, place in _CAPITALS.items()}}


@lru_cache(maxsize=8)
def _lowered(places: tuple[str, ...]) -> dict[str, str]:
    """The capitals of ``_canonical`` by the key's lower-case, singular words."""
    return {key_words(capital): key_words(place) for capital, place in _CAPITALS.items()}


@lru_cache(maxsize=8)
def _pattern(places: tuple[str, ...]) -> re.Pattern[str]:
    spellings = sorted(_canonical(places), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?P<name>" + "|".join(re.escape(word) for word in spellings)
                      + r")(?:['’]s)?(?![\w])")
