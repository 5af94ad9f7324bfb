"""Names written in the text before a point, whether or not anyone is quoted there.

A possessive pronoun that owns a report ("according to the final instalment of his
year-long review") points back to whoever wrote it, and that author is often named as a
plain noun phrase ("the savings identified by business trouble-shooter David James"), not
as a speaker: the pronoun must be resolved against the names in the text, not only against
earlier sources.
"""

from __future__ import annotations

import re

from reconcile.attribution.names import (
    DESIGNATORS,
    classify,
    clean_name,
    is_demonym,
    looks_like_person,
)
from reconcile.attribution.patterns import CompiledLexicon
from reconcile.attribution.tokens import Token, tokenize
from reconcile.timeref import MONTHS

_WINDOW = 600
_SENTENCE_ENDS = frozenset(".!?\"“”")


def named_before(text: str, offset: int, wants_person: bool,
                 lexicon: CompiledLexicon) -> str | None:
    """The nearest name before ``offset`` (within a few sentences) that fits the pronoun:
    a person's name for "his"/"her"; for "its"/"their" a body (an acronym, or words the
    lexicon classes as a company, ministry, institute and so on)."""
    tokens = tokenize(text, max(0, offset - _WINDOW), offset)
    for run in reversed(_capitalised_runs(tokens, lexicon)):
        name = clean_name(run, lexicon)
        if looks_like_person(name, lexicon) == wants_person and (
            wants_person or any(w.isupper() and len(w) > 1 for w in name.split())
            or classify(name, name, lexicon) != "other"
        ):
            return name
    return None


DESCRIBED_NAME = re.compile(
    r"\b([a-z]+)\s+([A-Z][\w&'’.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w&'’.-]*){0,4})")
"""A name after a lower-case word that may say what it is ("security firm MessageLabs",
"US insurance broker Marsh & McLennan"): the word, then the name."""
_DESCRIBED_WINDOW = 300
"""How far back "it" looks for a body named only by what it is: a sentence or so."""


def described_before(text: str, offset: int, lexicon: CompiledLexicon) -> str | None:
    """The last body before ``offset`` (within a sentence or so) that the text names after
    saying what kind of body it is ("The number of phishing e-mail messages stopped by
    security firm MessageLabs has risen ... In 2004 it detected"): a body, though no
    suffix or acronym says so and no one quotes it."""
    found = None
    for match in DESCRIBED_NAME.finditer(text, max(0, offset - _DESCRIBED_WINDOW), offset):
        if match.group(1) in lexicon.anaphoric and match.group(1) not in lexicon.roles:
            found = match.group(2)
    return found


_KIND_THEN_NAME = re.compile(
    r"\b([a-z]+)(,?) +([A-Z][\w&'’.-]*(?: +(?:& +|and +|of +|de +)?[A-Z][\w&'’.-]*){0,4})(,?)")
"""A name right after a lower-case word that may say its kind, or set off after it by
commas ("state oil company Petrobras", "biggest private company, La Electricidad de
Caracas,")."""


def kind_named_before(text: str, offset: int, kinds: frozenset[str],
                      lexicon: CompiledLexicon) -> str | None:
    """The one body the text names in the sentence or so before ``offset`` right after a
    word of one of ``kinds`` ("France's state-owned Aerospatiale is working on designs ...,
    a company spokesman said" names no kind; "Brazil's state oil company Petrobras is
    pledging to export ..., a company spokesman said" does): the body "the company" or "a
    company spokesman" stands for though its name carries no designator and no one is
    quoted by it. None where no such body or two are named: which one is meant is not
    said."""
    found: set[str] = set()
    for match in _KIND_THEN_NAME.finditer(text, max(0, offset - _DESCRIBED_WINDOW), offset):
        kind, comma, opened = match.group(1), match.group(2), match.group(3)
        if kind not in kinds or (comma and not match.group(4)):
            continue  # "the company, Ford said": an apposition is closed by its comma
        name = clean_name(_to_stop(opened.split()), lexicon)
        first = name.split()[0].lower() if name else ""
        if name and not looks_like_person(name, lexicon) and first not in lexicon.roles \
                and first.rstrip(".") not in DESIGNATORS and not (comma and "." in first):
            found.add(name)  # not "the chase manhattan bank, N.A. CMB,": its designator
    return next(iter(found)) if len(found) == 1 else None


def one_body_headed(text: str, offset: int, head: str, named: list[str],
                    lexicon: CompiledLexicon) -> str | None:
    """The one body of a kind the story has named before ``offset``, for a voice of it
    that names only the kind ("a union spokesman said" after "Dutch port and transport
    union, FNV,"; "an agency official said" after "the Management and Coordination
    Agency"): named right after a word of the
    kind (``kind_named_before``), or by a name the kind's word ends, in passing or as a
    source (``named``: the names quoted so far), anywhere before. None where the story
    names two such bodies, or none, or speaks of the kind in the plural: which one speaks
    is not said. ``head`` is one of "union", "ministry" and "agency"."""
    if _PLURALS[head].search(text, 0, offset) is not None:
        return None  # "Eastern's three principal unions": more than one in the story
    described = kind_named_before(text, offset, frozenset({head}), lexicon)
    if described is not None:
        return described
    found = {name for name in named if _fits(name.split(), head) and name[0].isupper()}
    start = 0 if _may_write_capitalised(text[:offset], head) else offset
    if head == "union":
        start = 0
    for run in _capitalised_runs(tokenize(text, start, offset), lexicon):
        owned = _owned(run)  # "Spain's Finance Ministry": the ministry, not Spain
        if head == "union":
            owned = _union_named(owned)
        if _fits(owned, head):
            found.add(clean_name(owned, lexicon))
    whole = {name for name in found  # "Workers Union" is the "Canadian Auto Workers Union"
             if not any(other.endswith(" " + name) for other in found)}
    return next(iter(whole)) if len(whole) == 1 else None


_PLURALS = {head: re.compile(rf"\b{plural}\b", re.IGNORECASE) for head, plural in
            (("union", "unions"), ("ministry", "ministries"), ("agency", "agencies"))}
"""The plural of each kind ``one_body_headed`` is asked for."""
_MEMBERS = ("workers", "steelworkers", "mineworkers", "autoworkers", "teamsters")
"""Members a union is named by, without the word "union" ("The United Auto Workers said
... The union said"; "the United Steelworkers of America")."""


def _fits(words: list[str], head: str) -> bool:
    """Whether a name of more than one word is a body of the kind ``head`` says: the kind's
    word ends it, or for a union its members' word ("United Steelworkers of America")."""
    if len(words) < 2:
        return False
    if words[-1].lower() == head:
        return True
    return head == "union" and (words[-1].lower() in _MEMBERS or (
        len(words) > 2 and words[-2] == "of" and words[-3].lower() in _MEMBERS))


def _union_named(run: list[str]) -> list[str]:
    """A union's name among the words of a capitalised run: up to its members' word, not
    a body "and" joins to it
    ("The United Auto Workers and American Motors Corp agreed"); the run as it is
    otherwise, for ``_fits`` to judge."""
    last = max((i for i, word in enumerate(run) if word.lower() in _MEMBERS), default=None)
    if last is None:
        return run
    return run[:last + 1] if run[last + 1:last + 2] == ["and"] else run


_MADE_BY = re.compile(
    r"\b(?:report|study|survey|research)\s+(?:(?:published|released|conducted|carried out|"
    r"commissioned)\s+)?(by|from)\s+(the\s+)?((?:[a-z][\w-]*\s+){0,3}?)"
    r"([A-Z][\w&'’.-]*(?: +(?:& +|and +|of +|of the +|for +)?[A-Z][\w&'’.-]*){0,5})")
"""A report, study or survey and who made it ("says a report from analysts Gartner";
"according to research from technology analysts Gartner"; "a study by the General
Accounting Office"; "the latest survey from the Institute for Supply Management")."""


def document_maker(text: str, lexicon: CompiledLexicon) -> tuple[int, str] | None:
    """Where the story first says who made a report, study or survey, and the one body it
    names so, when it names one: "The report predicts that nearly 70% ..." after "says a
    report from analysts Gartner" is Gartner's. "From" names a maker only after a word of
    its kind or "the" ("a report from New York" says where it was written); no person,
    place or people is a maker here ("a study by April", "a report by UK ..."). None where
    two makers are named: which one's report is meant is not said."""
    makers: dict[str, int] = {}
    for match in _MADE_BY.finditer(text):
        preposition, article, described = match.group(1), match.group(2), match.group(3)
        if preposition == "from" and not (article or described):
            continue
        if _JOINT.match(text, match.end()) is not None:
            continue  # "the joint report from the Food and Agriculture Organisation and the
            # World Food Programme": two makers, neither the report's alone
        first = match.group(4).split()[0].rstrip(".")
        if first.lower() in lexicon.places or first.lower() in _MONTHS or is_demonym(first) \
                or "-" in first:  # "a report by UK-based ...": no name
            continue
        words = _to_stop(match.group(4).split())
        name = " ".join(words) if _owned(words) != words else clean_name(words, lexicon)
        # "a study by a group at Basle University's Institute of Applied Economics": whole
        if name and not looks_like_person(name, lexicon) and name.lower() not in lexicon.places:
            makers.setdefault(name, match.start())
    if len(makers) != 1:
        return None
    ((name, at),) = makers.items()
    return at, name


_JOINT = re.compile(r",?\s+and\s+(?:the\s+)?[A-Z]")
_MONTHS = frozenset(MONTHS)


def _owned(words: list[str]) -> list[str]:
    """The words after the last possessive among ``words`` (all of them if none is)."""
    for index in range(len(words) - 2, -1, -1):
        if words[index].endswith(("'s", "’s")):
            return words[index + 1:]
    return words


def _to_stop(words: list[str]) -> list[str]:
    """A name's words up to a sentence's stop ("paper NRC Handelsblad. The newspaper
    said"): a word ending in a stop that is no abbreviation ("S.A.", "N.A.") ends the name
    and loses the stop, unless it is a designator ("Inc.")."""
    for index, word in enumerate(words):
        stem = word[:-1]
        if word.endswith(".") and "." not in stem:
            return [*words[:index], word if stem.lower() in DESIGNATORS else stem]
    return words


_COMPANY_WINDOW = 400
"""How far back "the company" looks for a company named in passing: a sentence or two."""


def company_named_before(text: str, offset: int, lexicon: CompiledLexicon) -> str | None:
    """The nearest company named before ``offset`` (within a sentence or two) by a name
    that says it is one ("Arbed SA", "Den Norske Stats Oljeselskap A/S (Statoil)"), though
    no one is quoted there: "the company said" after it, with no source before, is that
    company ("An indefinite strike ... closed most Brazilian plants of Autolatina, the
    company said" names no company by a designator and stays unresolved)."""
    tokens = tokenize(text, max(0, offset - _COMPANY_WINDOW), offset)
    for run in reversed(_capitalised_runs(tokens, lexicon)):
        name = clean_name(run, lexicon)
        if not looks_like_person(name, lexicon) and classify(name, name, lexicon) == "company" \
                and any(word.lower() not in DESIGNATORS and word.lower() not in
                        lexicon.company_nouns for word in name.split()):
            return name  # not a designator alone ("Group shr 33.98 yen" opens a table)
    return None


_AFTER_WINDOW = 250


def body_after(text: str, offset: int, lexicon: CompiledLexicon) -> str | None:
    """The first body named after ``offset`` (within a sentence or so): an acronym or
    words the lexicon classes ("The mine's owner, Noranda Inc. NOR, said ...")."""
    tokens = tokenize(text, offset, min(len(text), offset + _AFTER_WINDOW))
    for run in _capitalised_runs(tokens, lexicon):
        name = clean_name(run, lexicon)
        if not looks_like_person(name, lexicon) and (
                any(w.isupper() and len(w) > 1 for w in name.split())
                or classify(name, name, lexicon) != "other"):
            return name
    return None


_HEADED_WINDOW = 1500
"""How far back "the board" looks for the body it stands for: a few paragraphs."""


def headed_before(text: str, offset: int, head: str, lexicon: CompiledLexicon) -> str | None:
    """The nearest name before ``offset`` whose last word is ``head`` ("the board" after
    "the Federal Reserve Board met on Monday"): a body named in passing, never quoted,
    that a definite description later makes a source."""
    start = max(0, offset - _HEADED_WINDOW)
    if not _may_write_capitalised(text[start:offset], head):
        return None  # most windows never write the head with a capital: nothing to split
    tokens = tokenize(text, start, offset)
    for run in reversed(_capitalised_runs(tokens, lexicon)):
        if len(run) > 1 and run[-1].lower() == head:
            return clean_name(run, lexicon)
    return None


def _may_write_capitalised(window: str, lowered: str) -> bool:
    """Whether a capitalised word of ``window`` (``Token.is_capitalised``) may lower to
    ``lowered``, as the last word of a name must (a connector ends no name): only where
    the lowered window holds it with a capital, or a brand's capital second, at the same
    place. Lowering goes letter by letter, but a letter that lowers to two moves the
    places after it, and a capital sigma's small form depends on its neighbours: such a
    window is always split."""
    folded = window.lower()
    if len(folded) != len(window) or "\u03a3" in window:
        return True
    at = folded.find(lowered)
    while at >= 0:
        first = window[at]
        if first.isupper() or (len(lowered) > 2 and first.islower() and window[at + 1].isupper()):
            return True
        at = folded.find(lowered, at + 1)
    return False


_GROUP_WINDOW = 300


def group_before(text: str, offset: int, lexicon: CompiledLexicon) -> str | None:
    """The group of people named last before ``offset`` (within a sentence or so), for a
    "Many"/"Some" that stands for it: a plural head that can be a source ("experts"),
    with the capitalised words just before it ("some City experts" -> "City experts")."""
    tokens = tokenize(text, max(0, offset - _GROUP_WINDOW), offset)
    for index in range(len(tokens) - 1, -1, -1):
        head = tokens[index]
        if head.lower in lexicon.source_nouns and head.lower.endswith("s") and \
                head.text.islower():
            start = index
            while start > 0 and tokens[start - 1].is_word and tokens[start - 1].is_capitalised:
                start -= 1
            return " ".join(t.text for t in tokens[start : index + 1])
    return None


def _capitalised_runs(tokens: list[Token], lexicon: CompiledLexicon) -> list[list[str]]:
    """Runs of capitalised words, joined by connectors ("Bank of England"); a lone word
    that only opens a sentence ("Savings of ...") is no name."""
    runs: list[list[str]] = []
    current: list[str] = []
    opens_sentence = True
    previous = "."
    for token in tokens:
        joins = bool(current) and token.lower in lexicon.connectors
        if _after_stop(previous, token, lexicon):
            _close(current, opens_sentence, runs, lexicon)
            current = []
            previous = "."
        if token.is_word and (token.is_capitalised or joins):
            if not current:
                opens_sentence = previous in _SENTENCE_ENDS
            current.append(token.text)
        else:
            _close(current, opens_sentence, runs, lexicon)
            current = []
        previous = token.text
    _close(current, opens_sentence, runs, lexicon)
    return runs


def _after_stop(previous: str, token: Token, lexicon: CompiledLexicon) -> bool:
    """Whether a capitalised determiner or pronoun after an abbreviation's stop opens a new
    sentence ("... said Exxon Corp. The company ..."): a window crosses sentences, and the
    stop that "U.S." or "Corp." keeps may also end one."""
    return previous.endswith(".") and len(previous) > 1 and token.text[0].isupper() and \
        token.lower in lexicon.leading


def _close(run: list[str], opens_sentence: bool, runs: list[list[str]],
           lexicon: CompiledLexicon) -> None:
    while run and run[-1].lower() in lexicon.connectors:
        run.pop()
    if len(run) > 1 or (run and not opens_sentence):
        runs.append(run)
