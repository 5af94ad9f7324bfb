"""Which country "the country's" stands for, so that a body named beside it is no owner.

"Statistics Canada also reported the country's trade performance deteriorated" and "the
Belgian National Bank foresees the country's gross national product growth falling" give
the country's measures, not the body's: the body speaks, the country owns. The country is
the first the sentence names before the words (by name or by its people's word:
"Philippine officials and the country's commercial bank creditors"), else the one the
speaker's name holds ("Bank of Thailand"), else the first the story names (the place
named last before the sentence was more often a foreign one the story compares). Cities are
no countries ("Poland's talks in Washington ... on the country's foreign debt", "the Jakarta
Post"): only the lexicon's ``places`` are, not its ``regions``. It is written as the story
writes it ("belgian" of "the Belgian National Bank"), as an economy's owner
is ("the Belgian economy"), so that it meets the headline's word for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reconcile.subjects.event import singular

_PEOPLE_ENDINGS = ("n", "an", "ian", "ean", "ese", "ish", "i")
"""What a people's word adds to its country's stem: "Canadian", "Belgian", "Chinese",
"Swedish", "Pakistani"."""
_STEM_CUT = 2
"""Letters a country's name may lose before that ending ("Belg-ium", "Ital-y", "Mexic-o")."""
_SHORTEST_STEM = 4
"""A country's stem shorter than this is no stem ("Chad", "Peru" keep their whole name)."""


_PEOPLES = {"Spain": "Spanish", "Netherlands": "Dutch", "Soviet Union": "Soviet",
            "Poland": "Polish", "France": "French", "Greece": "Greek", "Switzerland": "Swiss",
            "Denmark": "Danish", "Finland": "Finnish", "Britain": "British", "Ireland": "Irish",
            "Portugal": "Portuguese", "Thailand": "Thai", "Argentina": "Argentine",
            "Philippines": "Filipino"}
"""Peoples' words not made from their country's name by an ending ("Spanish", "Dutch")."""

SHORT_NAMES = {
    "U.S.": "United States", "US": "United States", "America": "United States",
    "American": "United States", "UK": "Britain", "U.K.": "Britain",
    "United Kingdom": "Britain", "Great Britain": "Britain", "Korea": "South Korea",
    "Korean": "South Korea", "USSR": "Soviet Union",
}
"""Other names of one country and its people's words, each -> the name a key gives the
country: "U.S.", "American" and "United States" are one, as are "UK", "British" and
"Britain" (``_PEOPLES``); "Korean" trade is South Korea's."""


def country_named(text: str, start: int, end: int, speaker: str,
                  places: tuple[str, ...]) -> str | None:
    """The country "the country's" at ``end`` stands for, as the words name it, or None:
    the first named in the sentence from ``start``, else in the speaker's name, else the
    first the story names."""
    pattern = _places(places)
    if pattern is None:
        return None
    match = pattern.search(text, start, end) or pattern.search(speaker) or pattern.search(text)
    return match.group(0) if match else None


_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def country_before(text: str, start: int, end: int, places: tuple[str, ...]) -> str | None:
    """The first country ``text[start:end]`` names by itself, by its name in ``places``,
    or None: "this year's expected 130,000 hectare Dutch sugar beet crop" is the
    Netherlands', "French rapeseed sowings" France's, as another story's "in the
    Netherlands" and "France's" are; not the country in a body's name ("the U.S.
    Agriculture Department's 1987 planting intentions report"), which says where the body
    is, not whose land a figure measures."""
    pattern = _places(places, irregular=True)
    if pattern is None:
        return None
    for match in pattern.finditer(text, start, end):
        if _NAME_GOES_ON.match(text, match.end()) is None:
            return _named_by(places)[match.group(0)]
    return None


def place_spellings(places: tuple[str, ...]) -> dict[str, str]:
    """Each way a text writes a country of ``places`` (its name, its people's word, the
    irregular ones too) -> the country."""
    return _named_by(places)


@lru_cache(maxsize=8)
def _named_by(places: tuple[str, ...]) -> dict[str, str]:
    """Each spelling of ``_places`` (irregular ones too) -> the place it names."""
    named: dict[str, str] = {}
    for place in places:
        for word in (place, *_spellings(place), *([_PEOPLES[place]] if place in _PEOPLES
                                                  else [])):
            named.setdefault(word, place)
    return named


@lru_cache(maxsize=8)
def _places(places: tuple[str, ...], irregular: bool = False) -> re.Pattern[str] | None:
    """A pattern of the places and their peoples' words, as written (an upper-case dateline,
    "BANGKOK, March 18", is no mention); with ``irregular``, the peoples' words of
    ``_PEOPLES`` too. "The country's" is read without them: "French aid to Gabon ...
    within the framework of the country's economic recovery program" is Gabon's."""
    spellings = {word for place in places for word in (place, *_spellings(place))}
    if irregular:
        spellings.update(_PEOPLES[place] for place in places if place in _PEOPLES)
    if not spellings:
        return None
    spelled = "|".join(re.escape(word) for word in sorted(spellings, key=len, reverse=True))
    return re.compile(r"(?<![\w.])(?:" + spelled + r")(?![\w])")


@lru_cache(maxsize=8)
def country_spellings(places: tuple[str, ...]) -> dict[str, str]:
    """Each spelling of a country as written (its name, its people's words, its other names
    in ``SHORT_NAMES``) -> the country as a key's lower-case singular words write it: the one
    table of a country's names that keys are read and compared by."""
    spelled: dict[str, str] = {}
    for spelling, place in place_spellings(places).items():
        spelled[spelling] = key_words(SHORT_NAMES.get(place, place).lower())
    for alias, place in SHORT_NAMES.items():
        spelled[alias] = key_words(place.lower())
    return spelled


def key_words(name: str) -> str:
    """A name as a key writes it: lower-case, each word singular ("united state")."""
    return " ".join(singular(word) for word in name.lower().split())


@lru_cache(maxsize=8)
def _key_forms(places: tuple[str, ...]) -> dict[str, str]:
    """``country_spellings`` by the key's words for each spelling ("belgian" -> "belgium",
    "u.s" -> "united state")."""
    return {key_words(spelling): place
            for spelling, place in country_spellings(places).items()}


def one_country(name: str, places: tuple[str, ...]) -> str | None:
    """The country a key's name ("belgian", "west german", "u.s") stands for, in the key's
    words, or None where it is no country's name."""
    return _key_forms(places).get(key_words(name))


def place_words(places: tuple[str, ...]) -> frozenset[str]:
    """The places and their peoples' words, lower-case as event keys write names ("swiss"
    is not made from "Switzerland": a lexicon lists such words among its places)."""
    return frozenset(word.lower() for place in places for word in (place, *_spellings(place)))


def _spellings(place: str) -> list[str]:
    """The words for a country's people, made from its name's last word ("Belgian" of
    "Belgium", "Philippine" of "Philippines", "South African" of "South Africa")."""
    *first, last = place.split(" ")
    if not last[:1].isupper() or not last[1:].islower():
        return []  # "USSR", "U.S.": no stem
    lead = " ".join([*first, ""])
    words = [lead + last[:-1]] if last.endswith("s") else []
    for cut in range(_STEM_CUT + 1):
        stem = last[:len(last) - cut]
        if len(stem) >= _SHORTEST_STEM:
            words.extend(lead + stem + ending for ending in _PEOPLE_ENDINGS)
    return words
