"""Source names: normalising what the text says into a short name, and matching two names.

"a Reuters reporter", "Reuters correspondents" and "a Reuter survey" are one source, so the
vehicle ("reporter", "survey"), determiners and honorifics are dropped and spellings are
mapped through the lexicon's aliases. ``same_source`` is the tolerant match used to score
attribution against hand annotations, which name sources more or less fully.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from reconcile.attribution.patterns import CompiledLexicon, cue_verbs
from reconcile.timeref import MONTHS

_Word = TypeVar("_Word")

_WORD = re.compile(r"[\w&]+(?:['’][\w]+)?")
_PAREN = re.compile(r"\s*\([^)]*\)")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


def without_possessive(name: str) -> str:
    """A name without the possessive ending it ("Reagan's" -> "Reagan")."""
    return _POSSESSIVE.sub("", name)
_RANK = re.compile(r"(?:[a-z]+-)?(?:biggest|largest|greatest|oldest|richest|smallest|busiest|"
                   r"leading|top|main|major|dominant|no\.?|number)")

# Words that say what kind of statement a source made, not who made it: they are left out
# when deciding whether two names are the same source ("Reuters" vs "Reuters survey").
_NON_CONTENT = frozenset({
    "the", "a", "an", "of", "for", "and", "on", "in", "at", "by", "from", "to", "its", "his",
    "her", "their", "survey", "surveys", "report", "reports", "figures", "figure", "estimate",
    "estimates", "data", "statistics", "ratings", "poll", "polls", "study", "review",
    "forecast", "forecasts", "statement", "reporter", "reporters", "correspondent",
    "correspondents", "spokesman", "spokeswoman", "official", "officials", "source", "sources",
    "preliminary", "latest", "final", "publication", "other",
})


_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
"""An abbreviation written with full stops ("U.K.", "U.S."): one word, as "UK" and "US"."""


def content_words(name: str) -> set[str]:
    """The words of ``name`` that identify a source (lower case, generic words left out;
    "U.K. Treasury" and "UK Treasury" have the same ones)."""
    undotted = _DOTTED.sub(lambda dotted: dotted.group(0).replace(".", ""), _PAREN.sub("", name))
    words = (m.group(0).lower() for m in _WORD.finditer(undotted))
    return {_word_key(w) for w in words if w not in _NON_CONTENT and _word_key(w) not in
            _NON_CONTENT}


_FIELDS = {"agricultural": "agriculture", "industrial": "industry", "financial": "finance",
           "commercial": "commerce"}
"""A ministry's field written as its adjective: "the Thai Agricultural Ministry" is the Thai
Agriculture Ministry, "the Industrial Ministry" the Industry Ministry."""


def _word_key(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = word[:-2] if word.endswith("'s") else word
    word = _FIELDS.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"  # "Building Societies Association", "authorities"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def spells(acronym: str, words: list[str]) -> bool:
    """Whether the acronym's letters come in order among the words' initials."""
    initials = iter(w[0].lower() for w in words)
    return all(letter in initials for letter in acronym.lower())


def _initials(name: str) -> str:
    return "".join(m.group(0)[0] for m in _WORD.finditer(name)).lower()


def _is_acronym_of(short: str, long: str) -> bool:
    """True when ``short`` spells the initials of ``long`` (with or without small words),
    its legal designator left out: wire copy calls "General Motors Corp" "GM"."""
    letters = short.lower()
    if not (2 <= len(letters) <= 8 and short.isalpha() and short.upper() == short):
        return False
    words = _WORD.findall(long)
    while len(words) > 2 and words[-1].lower() in _LISTED:
        words = words[:-1]
    capitals = "".join(w[0] for w in words if w[0].isupper()).lower()
    return letters in (_initials(long), _initials(" ".join(words)), capitals)


@lru_cache(maxsize=16384)
def same_source(ours: str, gold: str) -> bool:
    """Whether two source names name the same source, tolerantly.

    Case is ignored, and so are generic words ("survey", "figures") and plural endings;
    the names match when the content words of one are all among those of the other
    ("Reuters" vs "Reuters survey", "union" vs "union leaders"), or one is the acronym of
    the other ("PPI" vs "Pensions Policy Institute"). Annotations add notes in brackets
    ("Michael Howard (Conservatives)"), and our names keep the body a speaker speaks for the
    same way ("Ron Paice (AWB)"): the bracket is matched as an alternative name, so either
    the person or the body matches. Long words may differ by one letter ("Thorensen").

    Cached, as a pure function of two strings: grouping and judging ask about a few pairs
    of names over and over (on the news corpus 21,140 asks of 40 us each; grouping's 11,655
    are 1,998 pairs), and each ask splits both names into words several ways.
    """
    for gold_name in _alternatives(gold):
        for our_name in _alternatives(ours):
            if _names_match(our_name, gold_name):
                return True
    return False


def _alternatives(name: str) -> list[str]:
    inner = re.findall(r"\(([^)]*)\)", name)
    return [_PAREN.sub("", name).strip(), *inner]


def _names_match(a: str, b: str) -> bool:
    if a.strip().lower() == b.strip().lower():
        return True
    words_a, words_b = content_words(a), content_words(b)
    if words_a and words_b and (_within(words_a, words_b) or _within(words_b, words_a)):
        return True
    if _generic_within(a, words_a, b) or _generic_within(b, words_b, a):
        return True
    return _is_acronym_of(a.strip(), b) or _is_acronym_of(b.strip(), a) \
        or _is_clipping_of(a.strip(), b) or _is_clipping_of(b.strip(), a) \
        or _acronym_of_content(a, b) or _acronym_of_content(b, a)


def _acronym_of_content(short: str, long: str) -> bool:
    """"IMF spokesman" and "International Monetary Fund spokesman", "CEA analysts" and
    "Consumer Electronics Association analysts": an acronym matches the initials of the other
    name once both drop the words that say what kind of speaker spoke, or that both end
    with."""
    kept = [w for w in _WORD.findall(_PAREN.sub("", short)) if w.lower() not in _NON_CONTENT]
    spelt = [w for w in _WORD.findall(_PAREN.sub("", long)) if w.lower() not in _NON_CONTENT]
    while len(kept) > 1 and len(spelt) > 1 and kept[-1].lower() == spelt[-1].lower():
        kept, spelt = kept[:-1], spelt[:-1]  # "CEA analysts", "... Association analysts"
    return len(kept) == 1 and len(spelt) > 1 and _is_acronym_of(kept[0], " ".join(spelt))


_GENERIC_MIN_WORDS = 2


def _generic_within(generic: str, content: set[str], other: str) -> bool:
    """"official figure" names no one but the kind of statement: it is the same source as
    "Argentine official figures" when all its words, plurals aside, are among the other's.
    A single generic word ("officials") is too vague to match anyone."""
    if content:
        return False
    words = {_word_key(m.group(0)) for m in _WORD.finditer(_PAREN.sub("", generic))} - {
        "the", "a", "an"}
    others = {_word_key(m.group(0)) for m in _WORD.finditer(_PAREN.sub("", other))}
    return len(words) >= _GENERIC_MIN_WORDS and words <= others


def _is_clipping_of(short: str, long: str) -> bool:
    """True when a one-word name is the clipped first word of a longer name: news calls
    the Federal Reserve "the Fed" (one body, so one source, not two rivals). A word
    short of only a letter or two ("Ban", "Bank") is another word, not a clipping."""
    words = long.split()
    return (len(words) >= 2 and " " not in short and 3 <= len(short) <= len(words[0]) - 3
            and short[0].isupper() and not short.isupper()
            and words[0].startswith(short))


def _within(few: set[str], many: set[str]) -> bool:
    """Every word of ``few`` is among ``many``, allowing a one-letter slip in long words
    and a country's people for the country ("Ecuadorean" for "Ecuador")."""
    return all(word in many or any(_one_slip(word, other) or _people_of(word, other)
                                   or _people_of(other, word) for other in many)
               for word in few)


_PEOPLE_ENDINGS = ("ean", "ian", "an", "n", "ese", "i")
"""What English adds to a country's name for its people: "Ecuador" -> "Ecuadorean",
"Australia" -> "Australian", "Japan" -> "Japanese", "Kuwait" -> "Kuwaiti"."""


def _people_of(people: str, country: str) -> bool:
    """Whether ``people`` is ``country`` (of five letters or more) with an ending of its
    people: "the Ecuadorean energy ministry" is Ecuador's energy ministry."""
    return len(country) >= 5 and people.startswith(country) \
        and people[len(country):] in _PEOPLE_ENDINGS


def _one_slip(a: str, b: str) -> bool:
    """Whether two words of six letters or more differ by one letter added, dropped or
    changed, or by two letters side by side swapped: wire copy and annotators spell names
    loosely ("Thorensen", "Thoresen"; "minsitry")."""
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    prefix = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
    if len(a) == len(b):
        swapped = a[prefix:prefix + 2] == b[prefix:prefix + 2][::-1]
        return a[prefix + 1 :] == b[prefix + 1 :] or (
            swapped and a[prefix + 2 :] == b[prefix + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[prefix + 1 :] == shorter[prefix:]


_BODY_JOINS = frozenset({"of", "on", "for", "and", "&"})
_TITLED_WORKS = frozenset({"survey", "review", "report", "study"})
"""Generic words that end a body's or a publication's own name when written with a
capital: "the US Geological Survey", "the Middle East Economic Survey", "Ordnance Survey"."""
_ORGANISATION_HEADS = frozenset({
    "association", "federation", "confederation", "society", "foundation", "league",
    "alliance", "coalition", "consortium", "chamber", "guild", "fund", "trust", "network",
    "centre", "center", "club", "party", "movement", "front", "assembly", "syndicate",
})
"""Head nouns of bodies that no kind of source names ("National Association", "Sierra
Club", "Liberal Party"): a name ending on one is no person, though it ends on two
capitalised words, and "of" after it goes on with its name ("the National Association of
Manufacturers")."""


def looks_like_person(name: str, lexicon: CompiledLexicon) -> bool:
    """A name ending in two capitalised words that name no body ("Chancellor Gordon Brown");
    a name joined by "on", "of" or "for" is a body's ("Research Institute on National
    Economy"), and so is one that holds a data noun ("American Bureau Metal Statistics",
    "Norsk Data", "Statistics Canada"), or ends in a titled work ("Peking Review"). A
    speaker named with the body they speak for, "Stephen Roach (Morgan Stanley)", is read
    by the person's part. Worked out once per name: the answer hangs on the name alone,
    and a story asks it of the same few names again and again."""
    return lexicon.remembered(("person", name),
                              lambda: "yes" if _person(name, lexicon) else "") == "yes"


def _person(name: str, lexicon: CompiledLexicon) -> bool:
    """``looks_like_person`` worked out."""
    words = name.split("(")[0].split()
    if len(words) < 2 or words[-1].lower() in _ORGANISATION_HEADS \
            or words[-1].lower() in _TITLED_WORKS or any(
            w in _BODY_JOINS or w.lower() in lexicon.data_nouns for w in words):
        return False
    named = [w for w in words if not _INITIAL.fullmatch(w)]  # "Darius N. Keaton"
    if len(named) >= 2:
        words = named
    any_kind = lexicon.any_kind
    return all(
        w[0].isupper() and not w.isupper()
        and not (any_kind is not None and any_kind.search(w.lower()))
        for w in words[-2:]
    )


_NATIONAL = frozenset((
    "swiss", "british", "french", "german", "dutch", "american", "canadian", "australian",
    "italian", "japanese", "chinese", "irish", "scottish", "spanish", "swedish", "danish",
    "norwegian", "finnish", "belgian", "austrian", "brazilian", "indian", "russian", "korean",
    "european", "mexican", "african", "saudi", "kuwaiti", "israeli", "thai", "greek",
    "polish", "turkish", "portuguese", "taiwanese"))
"""Peoples' words that open bodies' names ("Swiss Re", "British Telecom"), never a person's
first name; the looser test of ``is_demonym`` would take "Brian" and "Christian" for one."""


def opens_with_people(name: str) -> bool:
    """Whether a name of two capitalised words opens with a people's word ("Swiss Re"): a
    body's name, though ``looks_like_person`` cannot tell it from a person's."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in _NATIONAL

_INITIAL = re.compile(r"[A-Z]\.")
"""A middle initial, which a person's name may hold between its two last words."""


def classify(name: str, evidence: str, lexicon: CompiledLexicon) -> str:
    """The kind of a source: the first kind in the lexicon whose words occur in its name
    (or, failing that, in the words that named it)."""
    return lexicon.remembered(("kind", name, evidence),
                              lambda: _first_kind(name, evidence, lexicon))


def _first_kind(name: str, evidence: str, lexicon: CompiledLexicon) -> str:
    """``classify`` worked out. Most names and evidence hold no kind's word: the one regex
    of every kind's words (``any_kind``) says so in one search, where the kinds' own
    regexes took one each."""
    any_kind = lexicon.any_kind
    for text in (name.lower(), evidence.lower()):
        if any_kind is None or any_kind.search(text) is None:
            continue
        for kind, pattern in lexicon.kinds:
            if pattern.search(text):
                return kind
    return "other"


def clean_name(words: list[str], lexicon: CompiledLexicon) -> str:
    """A short name from the words that named a source (see ``_clean_name``), worked out
    once per wording."""
    return lexicon.remembered(("name", *words), lambda: _clean_name(words, lexicon))


def _clean_name(words: list[str], lexicon: CompiledLexicon) -> str:
    """A short name from the words that named a source.

    Drops leading determiners and honorifics, a role before the body it speaks for
    ("a spokesman for the ministry" -> "ministry"), a description after a person's name
    ("Paul Spedding of stockbroker X" -> "Paul Spedding"), and generic trailing words when a
    proper name is left ("a Reuters reporter" -> "Reuters"); then applies the aliases.
    """
    acronym = _unspelt_acronym(words)
    if acronym is not None:
        return lexicon.aliases.get(acronym.lower(), acronym)
    words = without_brackets(words)
    words = _without_place_adverb(words)
    words = _person_after_title(words, lexicon)
    words = _owner(words, lexicon)
    words = _after_role(words, lexicon)
    words = _drop_leading(words, lexicon)
    words = _person_before_of(words, lexicon)
    while len(words) > 1 and _dropped_at_end(words, lexicon) \
            and not is_demonym(words[-2]):
        words = words[:-1]  # but "a senior Belgian official": a people is no source
    words = without_adverbs(words)
    words = without_ticker(words)
    words = _without_framing(words, lexicon)
    words = _proper_without_description(words, lexicon)
    name = " ".join(words)
    name = _POSSESSIVE.sub("", name) if len(words) == 1 or words[-1][0].isupper() else name
    if len(words) > 2 and words[-1].lower() in lexicon.source_nouns:
        # "Agriculture Department analysts" speak for the body an alias names.
        body = " ".join(words[:-1]).lower()
        name = lexicon.aliases.get(body, name)
    return lexicon.aliases.get(name.lower(), name)


PLACE_ADVERBS = frozenset({"here", "there"})
"""Adverbs of where a source spoke ("traders here said"), never part of who it is."""


def _without_place_adverb(words: list[str]) -> list[str]:
    """The name without "here" after it: a datelined story's "the Meteorological Agency
    here" or "Foreign Ministry officials here" are the agency and the officials of the
    dateline's city; the adverb says where they spoke, not who they are."""
    if len(words) > 1 and words[-1] in PLACE_ADVERBS:
        return words[:-1]
    return words


def _person_after_title(words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """A person named after an office written "X of (the) Y" ("Chancellor of the Exchequer
    Nigel Lawson", "Secretary of State George Shultz"): the person, by the first name that
    opens the last capitalised words; the office is no part of the name, and cutting it at
    "of" leaves half of it ("Exchequer Nigel Lawson")."""
    if "of" not in words or words[0].lower() in lexicon.sex_of:
        return words  # "Nick Knight of brokers James Capel": a person first
    for index in range(len(words) - 2, 1, -1):
        person, office = words[index:], words[:index]
        if words[index].lower() in lexicon.sex_of and len(person) <= 3 \
                and all(word[0].isupper() for word in person) and "of" in office \
                and all(word[0].isupper() or word in _IN_OFFICE for word in office):
            return person
    return words


_IN_OFFICE = frozenset({"of", "the", "for", "and"})
"""Lower-case words an office's name may hold ("Minister of State for Finance")."""


_TICKER = re.compile(r"[A-Z]{2,5}(?:\.[A-Z]{1,2})?")
"""A stock ticker as wire copy writes it beside a company's name ("XON", "NSAN.T")."""
_LISTED = frozenset({"corp", "corporation", "inc", "ltd", "plc", "co", "cos", "ag", "sa", "nv",
                     "pte", "spa", "ab", "bv", "gmbh"})
"""A company's legal designators, after which wire copy writes the ticker."""
_DESIGNATED = r"\s+(?i:" + "|".join(sorted(_LISTED, key=len, reverse=True)) + r")\.?(?![-\w])"
"""One of ``_LISTED`` after a name, in any case ("Corp", "PLC", "GmbH"), as a word of its
own ("co-chairman" is none)."""


_AFFILIATION = re.compile(r"\(([^()]+)\)$")
_NAME_GOES_ON = r"(?:\s+[A-Z][\w&'-]*){0,2}"
"""The rest of a company's name before its designator: "Ford" in "Ford Motor Co"."""
_DESIGNATOR_AFTER = re.compile(_NAME_GOES_ON + _DESIGNATED)
"""What follows a company's name where the story writes it whole: looked for after each
place the name stands (plain text is found fast; a pattern made per name would be compiled
for each new name of a corpus)."""


def named_as_company(name: str, text: str) -> bool:
    """Whether the article writes a source's body with a company's designator elsewhere:
    "Chrysler" said what the story's first line calls "Chrysler Corp"; "Mike Caudwell
    (Ford)" speaks for the "Ford Motor Co" of the story. The lexicon only knows
    names that carry their designator."""
    affiliation = _AFFILIATION.search(name)
    body = affiliation.group(1) if affiliation else name
    if not body[:1].isupper() or len(body) < 2:
        return False
    at = text.find(body)
    while at >= 0:
        if _DESIGNATOR_AFTER.match(text, at + len(body)):
            return True
        at = text.find(body, at + 1)
    return False


_EXCHANGE_TICKER = re.compile(r"[A-Z]{2,5}\.[A-Z]{1,2}")
"""A ticker with its exchange ("PUMA.F", "BRKN.S"): nothing else is written so."""


def without_ticker(words: list[str]) -> list[str]:
    """A company's name without the stock ticker a wire writes after it ("Nissan Motor Co
    Ltd NSAN.T", "Exxon Corp XON", "Puma AG Rudolf Dassler Sport PUMA.F"): the ticker
    follows the company's designator, or carries its exchange."""
    if len(words) > 1 and _EXCHANGE_TICKER.fullmatch(words[-1]):
        return words[:-1]
    if len(words) > 2 and _TICKER.fullmatch(words[-1]) and words[-1].lower() not in _LISTED \
            and words[-2].lower().rstrip(".") in _LISTED:
        return words[:-1]
    return words


def _without_framing(words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """The name without words that frame it rather than name it: a reporting verb the
    words before a cue ran back over ("Brazil's IBC ..., saying coffee exporters had
    registered"), where a body is based ("Houston-based Panhandle Eastern"), and a
    release's verb after a data noun ("Bureau data issued", "the Los Angeles Times poll
    released"). A word is dropped only where a name is left, and a verb only in lower case
    (the "States of Malaya Chamber of Mines" keeps its name)."""
    verbs = cue_verbs(tuple(lexicon.lexicon.cues))
    while len(words) > 1 and words[0] in verbs:
        words = words[1:]
    words = without_whereabouts(words) or words
    if len(words) > 2 and words[-1].islower() and words[-1].endswith("ed") \
            and (words[-2].lower() in lexicon.generic or words[-2].lower() in lexicon.data_nouns):
        words = words[:-1]
    return words


_WHEREABOUTS = ("-based", "-owned")
_WHEREABOUTS_REACH = 3


def without_whereabouts(words: list[str]) -> list[str]:
    """A name without the words before it that say where a body is based or who owns it
    ("Hong Kong-based Industrial Equity Ltd", "Dallas-based Sabine", "Japanese-owned
    American Honda"); nothing when they are all there is ("Brisbane-based")."""
    ends = [index for index, word in enumerate(words[:_WHEREABOUTS_REACH])
            if word.lower().endswith(_WHEREABOUTS)]
    return words[ends[-1] + 1:] if ends else words


def _dropped_at_end(words: list[str], lexicon: CompiledLexicon) -> bool:
    """Whether the last word only says what kind of statement a named body made ("a Reuters
    reporter", "Customs Board preliminary figures"): a generic word or a release's qualifier
    in lower case (not "China Daily Business Weekly") after a proper name. A data noun or
    a titled work in capitals is part of the name ("American Bureau of Metal Statistics",
    "Norsk Data", "the US Geological Survey"), and a name never ends in a preposition.
    "Official sources" at the start of a sentence is no proper name: words the lexicon
    lists as qualifiers keep their noun."""
    last = words[-1]
    if (last.lower() in lexicon.data_nouns or last.lower() in _TITLED_WORKS) \
            and last[0].isupper() and last[1:].islower() and words[-2][0].isupper():
        return False
    qualifier = last.islower() and last in lexicon.data_qualifiers
    only_qualifiers = all(word.lower() in lexicon.qualifiers for word in words[:-1])
    named = [word for word in words[:-1] if not is_demonym(word)]  # "European monetary"
    return (last.lower() in lexicon.generic or qualifier) and _has_proper(named) \
        and words[-2].lower() not in PREPOSITIONS and not only_qualifiers


def data_name(words: list[str], lexicon: CompiledLexicon) -> str | None:
    """"Unadjusted merchandise figures", "Preliminary figures", "the overnight figures": a
    data noun with only the measure's modifiers before it names no body, so it is named
    in full, in lower case ("unadjusted merchandise figures", not "Unadjusted merchandise"),
    for the caller to give to the body the story names as releasing it; a bare data noun
    ("the figures") is named by itself. None for any other words."""
    while words and words[0].lower() in lexicon.leading:
        words = words[1:]
    # "the January figures", "preliminary February figures": a period, no body
    words = [word for word in words if word.lower() not in _PERIODS]
    if not words or words[-1].lower() not in lexicon.data_nouns or not all(
            _measure_word(word, lexicon) for word in words[:-1]):
        return None
    return " ".join([words[0].lower(), *words[1:]])


def _measure_word(word: str, lexicon: CompiledLexicon) -> bool:
    """A release's qualifier, a participle or adverb ("Unadjusted", "Seasonally"), or a
    lower-case word that names no speaker, role or kind of body ("merchandise"): not
    "unofficial figures", whose word says whose they are."""
    lower = word.lower()
    if lower in lexicon.data_qualifiers:
        return True
    if word[0].isupper():
        return word[1:].islower() and lower.endswith(("ed", "ly"))
    return word.islower() and lower not in lexicon.source_nouns and lower not in lexicon.roles \
        and lower not in lexicon.qualifiers and classify(lower, lower, lexicon) == "other"


PREPOSITIONS = frozenset((
    "of", "for", "at", "in", "on", "to", "from", "by", "with", "about", "into", "de", "du",
    "des", "van", "von"))
"""A name never ends in a preposition: "the Central Bureau of Statistics" keeps its generic
last word, or it would be "Central Bureau of"."""
_LY_NOUNS = frozenset((
    "family", "supply", "assembly", "monopoly", "ally", "rally", "reply", "anomaly", "italy",
    "july", "oligopoly", "belly", "bully", "fly", "daily", "weekly", "monthly", "quarterly",
    "early"))
"""Words in -ly that are nouns (or a paper's title, "the Daily"), not adverbs."""


def is_adverb(word: str) -> bool:
    """A lower-case adverb in -ly ("conservatively", "privately"): how a source spoke, never
    part of who it is."""
    return word.islower() and len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


def without_adverbs(words: list[str]) -> list[str]:
    """The name without the adverbs that end it: "Feretti conservatively estimated" names
    Feretti (a source name is a noun phrase, and a noun phrase never ends in an adverb)."""
    while len(words) > 1 and is_adverb(words[-1]):
        words = words[:-1]
    return words


def opens_clause(words: list[str]) -> bool:
    """Whether words open a participle clause, not a noun phrase: "allowing for January's
    revised figures" is how a figure was worked out, and "January" is not who gave it."""
    return len(words) > 1 and words[0].islower() and words[0].endswith(("ing", "ed")) \
        and words[1].lower() in PREPOSITIONS


def _unspelt_acronym(words: list[str]) -> str | None:
    """"Institut des ... (IPECODE)": an acronym the words do not spell is the name in use."""
    if len(words) >= 4 and words[-3] == "(" and words[-1] == ")" and words[-2].isupper():
        return None if spells(words[-2], words[:-3]) else words[-2]
    return None


def without_brackets(words: Sequence[_Word], text: Callable[[_Word], str] = str) -> list[_Word]:
    """Drop "( ACR )": the acronym is a second name for the words before it ("real gross
    domestic product (GDP)" is the measure its short form repeats). ``text`` gives a word's
    text, for tokens as well as strings."""
    kept: list[_Word] = []
    depth = 0
    for word in words:
        depth += text(word) == "("
        if depth == 0:
            kept.append(word)
        depth -= text(word) == ")" and depth > 0
    return kept


def _owner(words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """"the AWB's February publication" is the AWB's: a proper owner names the source,
    but a time owns nothing ("A poll in today's Daily Express showed": the paper's).
    But "the UK's biggest mortgage lender" is the lender: a place or field before a rank
    ("biggest", "leading") only says which body, and the body speaks for itself. After a
    role ("a former chairman of President Reagan's Council of Economic Advisers") the
    possessor only names the body the speaker holds the role in: the body is what the
    possessive owns, not its owner. "the company's commercial director Arthur de Carvalho"
    is the person named after the owner's description."""
    for index, word in enumerate(words[:-1]):
        if _POSSESSIVE.search(word) and word[0].isalnum():
            described = words[index + 1 :]
            if _POSSESSIVE.sub("", word).lower() in lexicon.not_sources:
                return _owner(described, lexicon)
            if _names_a_body(word, words[:index], described, lexicon):
                return words  # "the People's Daily", "the Workers' Daily": one name
            if any(_RANK.fullmatch(w.lower()) for w in described[:-1]) and \
                    described[-1].lower() not in lexicon.generic:
                return described
            role_end = _role_of_end(words[:index], lexicon)
            if role_end is not None and all(word.islower() for word in described):
                return words  # "A member of Nikonov's party": no body's name to keep alone
            if role_end is not None:
                return [*words[:role_end], *described]
            if _person_after_office(described, lexicon):
                return described  # "Thailand's Prime Minister Thaksin Shinawatra": the person
            owner = " ".join([*words[:index], _POSSESSIVE.sub("", word)])
            return _named_possession(owner, described, lexicon) \
                or _place_body(owner, described, lexicon) \
                or _person_at_end(described, lexicon) \
                or [*words[:index], _POSSESSIVE.sub("", word)]
    return words



def opens_as_no_body(first: str, lexicon: CompiledLexicon) -> bool:
    """Whether a capitalised word opening a sentence's subject says it names no body: a
    leading or boundary word, a pronoun, a title or a role ("The", "But", "He", "President",
    "Analysts"), as the first word of what "It" or "Its" stands for must not be."""
    return first in lexicon.leading or first in lexicon.boundaries \
        or first in lexicon.lexicon.pronouns or first in lexicon.titles or first in lexicon.roles


_DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:ese|ian|ean|ish)|American|German|Mexican|Moroccan|African|Cuban|"
    r"Dominican|Venezuelan|Pakistani|Iraqi|Israeli|Kuwaiti|Saudi|Thai|Bangladeshi|Omani|"
    r"Qatari|Yemeni|Dutch|French|Greek|Swiss")
"""A word for a people ("Belgian", "Japanese", "Pakistani", "French"): alone it names no
source, so the generic word after it stays ("a senior Belgian official")."""
_ARMS = frozenset({"unit", "subsidiary", "division", "arm", "affiliate", "offshoot"})
_PEOPLE = frozenset({"people", "children", "women", "men"})


def capitalised_inside(text: str, word: str) -> bool:
    r"""Whether ``text`` writes ``word`` with its capital after another word of a sentence,
    on the same line (a table's next row opens a line): a name, not a common word
    capitalised only because it opens one ("Farmers", "Net"). Found as the regex
    ``[\w,;] WORD\b`` finds it, by ``str.find``: that regex, made for each word, was
    compiled again for most (a corpus has more words than ``re`` caches) and tried at
    every character of the text."""
    spaced = " " + word
    at = text.find(spaced, 1)
    while at >= 0:
        end = at + len(spaced)
        if (_word_char(text[at - 1]) or text[at - 1] in ",;") and _word_char(
                text[end - 1]) != (end < len(text) and _word_char(text[end])):
            return True
        at = text.find(spaced, at + 1)
    return False


def _word_char(char: str) -> bool:
    r"""Whether a character is one ``\w`` matches in a ``str`` regex: a letter, digit or
    number of any script, or the underscore."""
    return char.isalnum() or char == "_"


DOCUMENT_HEADS = frozenset({"lists", "records", "documents", "papers", "calculations"})
"""Documents that hold figures, which the lexicon's source nouns do not list: after
"according to" they name where the figures come from ("according to union records"), but
as subjects they are more often what is counted ("waiting lists in England were at their
lowest"); after a body's head they make the name the documents' ("finance department
documents" is not "the finance department")."""


OFFICES = frozenset({"minister", "ministers", "governor", "deputy", "leaders"})
"""Offices a person is named by that the lexicon's roles leave out: they make a body's name
a person's title ("Bank Governor Jaafar Hussein") and a description the person's set off
after it ("The Ecuadorean minister at the Presidency, Patricio Quevedo, told")."""


STATE_BODIES = frozenset({"department", "ministry", "treasury", "government",
                          "administration", "cabinet"})
"""Heads of a state's bodies ("the Agriculture Department", "The South Korean
government")."""


def is_demonym(word: str) -> bool:
    """Whether a word names a people ("British", "Texan", "German")."""
    return _DEMONYM.fullmatch(word) is not None


def _names_a_body(possessor: str, before: list[str], described: list[str],
                  lexicon: CompiledLexicon) -> bool:
    """Whether a possessive of people opens an institution's name, or goes on with one
    after "of" ("People's Daily", "Workers' Daily", "Council of People's Inspectors"): the
    people own no body, the words are its name; so does a firm's name with its possessive
    ("Moody's Investors Service Inc")."""
    bare = _POSSESSIVE.sub("", possessor).lower()
    opens = not before or before[-1].lower() in lexicon.connectors
    if not (possessor[0].isupper() and described and described[0][0].isupper()):
        return False
    if not before and described[-1].lower().rstrip(".") in DESIGNATORS \
            and all(word[0].isupper() for word in described):
        return True  # "Moody's Investors Service Inc", "McDonald's Corp": a firm's own name
    return opens and (bare in _PEOPLE or (bare.endswith("ers") and len(bare) > 4))


def _named_possession(owner: str, words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """A company's unit, named in full, speaks itself: "AMR Corp's American Airlines said",
    "Chrysler Corp's American Motors unit said"; the owner only says whose it is. A state's
    or a government's body speaks for its owner ("the government's Bureau for Information
    said" is the government's, as the story calls it elsewhere). So does a company, a
    group or a person a place owns ("Sweden's Telefon AB L.M. Ericsson said", "Belgium's
    Paul de Keersmaeker told"): the place only says where they are, and says nothing
    itself; its state's bodies ("Japan's Finance Ministry") speak for it. Empty when the
    owner is neither, or the words after the possessive are no proper name."""
    if classify(owner, owner, lexicon) != "company" and not _placed(owner, words, lexicon):
        return []
    while words and words[-1].lower() in _ARMS:
        words = words[:-1]
    while len(words) > 1 and _TICKER.fullmatch(words[0]):
        words = words[1:]  # "Texas Air Corp's TEX Continental Airlines"
    while len(words) > 1 and _TICKER.fullmatch(words[-1]):
        words = words[:-1]  # "Yankee Cos Inc's Eskey Inc ESK"
    if not words or not words[0][0].isupper() or not all(
            w[0].isupper() or w in lexicon.connectors for w in words) or any(
            w.lower() in lexicon.roles or w.lower() in lexicon.titles for w in words):
        return []  # "Authenti-corp's CEO", "the company's Chairman John Smith": a person
    return words



def _placed(owner: str, words: list[str], lexicon: CompiledLexicon) -> bool:
    """Whether the owner is a place and the name it owns no state's body or office, nor a
    measure's ("South Korea's M-2 supply")."""
    name = " ".join(words)
    return owner.lower() in lexicon.places and classify(name, name, lexicon) != "official" \
        and not any(word.lower() in OFFICES for word in words) \
        and not any(character.isdigit() for character in name)


def _place_body(owner: str, words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """A paper or broadcaster a place owns, named in full, speaks itself: "France's Le
    Figaro newspaper" is Le Figaro (the words of its kind dropped, as "a Reuters reporter"
    is Reuters), the place only says where it is. A state's body keeps its place ("Japan's
    Finance Ministry" speaks for Japan). Empty when the owner is no bare place name, or
    the words after it name no paper."""
    if len(owner.split()) != 1 or not owner[0].isupper() or owner.isupper() \
            or classify(owner, owner, lexicon) != "other" \
            or classify(" ".join(words), " ".join(words), lexicon) != "media":
        return []
    while len(words) > 1 and words[-1].islower():
        words = words[:-1]  # "newspaper", "daily", "radio": what kind of paper it is
    if not all(w[0].isupper() or w in lexicon.connectors for w in words):
        return []
    return words


def _person_after_office(words: list[str], lexicon: CompiledLexicon) -> bool:
    """Whether capitalised words name a person after an office ("Prime Minister Thaksin
    Shinawatra", "Finance Minister Kiichi Miyazawa", "Mines and Energy Minister Subroto"):
    one to four capitalised words, none of them an office, after the last office word,
    that name no body ("the EC's Executive Commission"). The place or body that owns the
    office before them ("Thailand's") only says whose office it is; the person speaks."""
    offices = [index for index, word in enumerate(words)
               if word.lower() in lexicon.roles or word.lower() in OFFICES]
    if not offices:
        return False
    person = words[offices[-1] + 1:]
    name = " ".join(person)
    return 1 <= len(person) <= 4 and all(word[0].isupper() and word.lower() not in
                                         lexicon.titles for word in person) \
        and classify(name, name, lexicon) == "other"


def _role_of_end(words: list[str], lexicon: CompiledLexicon) -> int | None:
    """Where a name after a role and "of"/"for" starts ("chairman of President Reagan"),
    or None when the words hold no such role."""
    ends = [index + 2 for index in range(len(words) - 1)
            if words[index].lower() in lexicon.roles and words[index + 1].lower() in ("of", "for")]
    return ends[-1] if ends else None


def _person_at_end(words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """The capitalised words that end a description ("commercial director Arthur de
    Carvalho" -> "Arthur de Carvalho"), when a lower-case word that is no connector comes
    before them (not "Bureau for Information")."""
    index = len(words)
    while index > 0 and (words[index - 1][0].isupper() or (
            index < len(words) and words[index - 1] in lexicon.connectors)):
        index -= 1
    while index < len(words) and words[index] in lexicon.connectors:
        index += 1
    return words[index:] if 0 < index < len(words) and words[index - 1][0].islower() \
        and words[index - 1] not in lexicon.connectors else []


def _has_proper(words: list[str]) -> bool:
    return any(w[0].isupper() for w in words)


_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"))
"""A day before a name says when it was said ("On Wednesday Prime Minister Yulia
Tymoshenko said"), and is no part of the name."""

_MASTHEADS = frozenset(("times", "telegraph", "mirror", "express", "people", "herald",
                        "tribune", "post", "mail", "star", "independent", "observer",
                        "correspondent", "business", "sport"))
"""The word after a day that makes it a newspaper's name ("the Sunday Times", "Sunday
Telegraph"), where the day is no time the words were said at."""
_PERIODS = _WEEKDAYS | frozenset(MONTHS)
_TIME_OPENERS = frozenset(("last", "next", "early", "late", "mid"))
"""Words that make a month or day after them a time ("Last December BankAmerica and Wells
Fargo announced", "Last Friday the minister had announced"), no part of a name."""


NAME_PARTICLES = frozenset({"de", "du", "van", "von", "der", "den", "da", "di", "le", "la",
                            "al", "el", "bin", "ter", "dos", "das", "del"})
"""Lower-case words that open a surname ("du Plessis", "de Klerk", "van den Broek"), or a
title ("Le Monde")."""


def _drop_leading(words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """Words that open a name without naming anyone: determiners, titles, a weekday, and
    a release's qualifier before the lower-case words of a data noun ("Recent official data"
    is the official data, not "Recent"; "a recent report" stays as it is, for a bare
    "report" would be read as pointing back to a body named before)."""
    if len(words) > 2 and words[0].lower() in _TIME_OPENERS and words[1].lower() in _PERIODS:
        words = words[2:]
    while len(words) > 1 and (
        words[0].lower() in lexicon.leading or words[0].lower().rstrip(".") in lexicon.titles
        or (words[0].lower() in lexicon.connectors and not _opens_surname(words))
        or (words[0].lower() in _WEEKDAYS and words[1].lower() not in _MASTHEADS)
        or (words[0].lower() in lexicon.data_qualifiers and words[1].islower()
            and words[-1].lower() in lexicon.data_nouns)
    ) and not _qualifies(words, lexicon):
        words = words[1:]
    return words


def _opens_surname(words: list[str]) -> bool:
    """"Du Plessis said", "De Mel said": a particle before a capitalised word is the name's."""
    return words[0].lower() in NAME_PARTICLES and words[1][:1].isupper()


def _qualifies(words: list[str], lexicon: CompiledLexicon) -> bool:
    """"private sources": a qualifier says who when only generic words follow it."""
    return words[0].lower() in lexicon.qualifiers and all(
        w.lower() in lexicon.generic for w in words[1:])


def _after_role(words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """"spokesman for X" / "an official of X" name X as the source."""
    for index in range(len(words) - 2):
        if words[index].lower() in lexicon.roles and words[index + 1].lower() in ("for", "of",
                                                                                  "at"):
            rest = _drop_leading(words[index + 2:], lexicon)
            if rest:
                return rest
    return words


def _proper_without_description(words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """"Tory leader Michael Howard" is Michael Howard, "accountancy firm Ernst & Young" is
    Ernst & Young: a description before a proper name goes. "the" after a capitalised word
    and "of" is inside a name ("Office of the Deputy Prime Minister", "Fruit of the Loom";
    not "governor of the Bank of Spain")."""
    lower = [i for i, w in enumerate(words)
             if w[0].islower() and w not in lexicon.connectors and not w[1:2].isupper()
             and w.rstrip(".") not in DESIGNATORS
             and not (w == "the" and i > 1 and words[i - 1] in lexicon.connectors
                      and words[i - 2][0].isupper())]
    if not lower or lower[-1] == len(words) - 1:
        return words
    tail = words[lower[-1] + 1 :]
    return tail if tail[0][0].isupper() else words


DESIGNATORS = frozenset({"corp", "corporation", "inc", "ltd", "plc", "co", "cos"})
"""Words that close a company's name."""


def _person_before_of(words: list[str], lexicon: CompiledLexicon) -> list[str]:
    """"Carol Bell of Phillips and Drew": the person, not the firm, is named first. A
    firm's arm named for its country is one name ("General Motors of Canada Ltd",
    "Mitsubishi Motor Sales of America Inc"): one word and a designator after "of", and no
    first name, title or role before it ("Analyst Bob Jones of Acme Inc" is a person)."""
    if "of" not in words:
        return words
    at = words.index("of")
    head, tail = words[:at], words[at + 1:]
    if len(tail) == 2 and tail[-1].lower().rstrip(".") in DESIGNATORS and not any(
            word.lower() in lexicon.sex_of or word.lower() in lexicon.roles for word in head):
        return words
    return head if looks_like_person(" ".join(head), lexicon) else words
