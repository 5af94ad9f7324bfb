"""Whose measure a figure is: the owner of a company's results, a holder's stake, a bid.

Some measures belong to an entity: "BP's profit" and "Shell reported profits of" are two
companies' results, not two sources' estimates of one; "Standard Life owns a 1% stake" and
"Atticus, holding 2%" are two holders' stakes. Sources are kept out of the event key's
names (they say who speaks), so without an owner such figures of one story would meet. The
owner is read from the figure's sentence before it: the possessor ("Verizon's $6.75bn
offer") or the subject of a verb of owning, reporting or bidding ("Shell reported profits
of"), the nearest one winning, so that a clause cut short by another figure ("Wimpey
reported a 19% rise in profits to £450.7m") keeps its subject. A pronoun in either place
("said its first quarter earnings", "said it placed 20.2 mln dlrs of loans") stands for the
speaker right after "said", else for the name before it in the sentence, else for the
source speaking of itself. A possessor of an
estimate or plan ("the Wheat Board's estimate of", "the AWB's February Wheat Australia
publication put the crop at", "under their plans") is the source, not the owner.
When the sentence names none and a company gives the figure about itself, the company is
the owner. "The country's" owns as the country it stands for, never the body that speaks
("Statistics Canada also reported the country's trade performance"), and a possessor of a
group the owner is one of owns no measure of that member ("Italy ranked as one of the
OECD's fastest growing economies with ... growth at 2.7 pct" is Italy's growth).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reconcile.figures.patterns import alternation, for_lowered
from reconcile.model import Figure, Source
from reconcile.subjects.country import country_named, place_spellings
from reconcile.subjects.event import names_in
from reconcile.textfold import lowered_window

_NAME = (r"(?:(?<![\w&])(?:[A-Z]|[a-z][A-Z])[\w&.-]*"
         r"(?:\s+(?:of\s+|and\s+|&\s+)?(?:[A-Z]|[a-z][A-Z])[\w&.-]*){0,3})")
"""A name of up to four words, each capitalised or a brand's lower-case letter then a
capital ("eBay", "iPod"), never begun inside a word ("Bay" of "eBay")."""
_ESTIMATE_WORD = (r"(?:estimates?|forecasts?|figures?|projections?|"
                  r"predictions?|guess|surveys?|calculations?|counts?|tally|view|analysts?|"
                  r"publications?|reports?|statements?|data|study|outlook|bulletin|plans?|"
                  r"proposals?|polic(?:y|ies)|manifesto)\b")
_AUXILIARY = r"(?:is|was|are|were|be|been|being|has|have|had|will|would|now|to)\b"
_ESTIMATE_NOUN = r"\s+(?:(?!" + _AUXILIARY + r")[\w-]+\s+){0,4}?" + _ESTIMATE_WORD
"""An estimate the possessor before it owns ("the Wheat Board's estimate of", "Chancellor
Gordon Brown's forecast of"): the possessor is its maker, not the owner of what it
measures. A word of estimating after an auxiliary is a verb, and the possessor owns the
measure before it: "Indonesia's copra production is forecast at 1.32 mln tonnes",
"Portugal's current account was forecast to show a surplus"."""
_ESTIMATE = r"(?!" + _ESTIMATE_NOUN + ")"
_MEASURE_ESTIMATE = re.compile(
    "(" + _NAME + r")['’]s\s+(?:(?:19|20)\d\d(?:/\d\d)?\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:production|output|crop|harvest|exports?|imports?|growth|inflation|unemployment|"
    r"deficit|surplus|consumption|demand|stocks)\s+" + _ESTIMATE_WORD)
"""A country's measure named before the estimate of it: "a reduction in China's production
forecast to 5.3 mln tonnes", "Brazil's 1986/87 cotton crop estimate has been reduced to
710,000" are China's and Brazil's crops, whoever made the estimate; a body's ("the USDA's
wheat production estimate") is the body speaking."""
_SPEAKERS_ESTIMATE = re.compile(r"['’]s" + _ESTIMATE_NOUN)
_OWNING_VERBS = (
    "reported", "reports", "posted", "posts", "made", "makes", "to earn", "earn", "earning",
    "earned", "earns", "recorded", "records", "announced", "unveiled", "booked", "holds",
    "holding", "held", "owns", "owning", "owned", "controls", "controlling", "offered",
    "offers", "offering", "bid", "bids", "tabled", "employs", "employing", "placed",
    "declared", "produced", "produces", "exported", "exports", "pay", "paid", "pays",
    "charges", "sells", "sold", "save", "saves", "saved", "spend", "spends", "spent",
    "invest", "invests", "invested", "borrow", "borrows", "borrowed", "owe", "owes", "owed",
    "lose", "loses", "lost", "raise", "raises", "raised")
"""Verbs a subject owns what they act on with (and "has", unless it says, below), spelt
out as a trie (``alternation``): an owning subject is looked for at every name of the
words before each figure, where a plain alternation of seventy-odd verbs was tried word
by word after each of them."""
_OWN_VERB = (
    r"(?:(?:has|have|had|also|now|which|who)\s+){0,2}"
    r"(?:(?:could|would|will|can|may|might|should|plans\s+to|aims\s+to|wants\s+to)\s+)?"
    r"(?:now\s+|also\s+|still\s+)?"
    r"(?:has(?!\s+(?:not\s+|also\s+)?(?:been|said|told|stated|argued|warned|claimed|"
    r"insisted|noted|suggested|indicated|estimated|predicted|forecast|projected|expected)\b)|"
    + alternation(_OWNING_VERBS) + r")\b")
_POSSESSOR = re.compile(_NAME + r"(?:['’]s|['’](?!\s+[A-Z]))(?=\s)" + _ESTIMATE)
"""A possessor before the figure; a plural's apostrophe before a capitalised word is inside
a name ("the National Coffee Growers' Federation"), not a possessor."""
_OWNING = re.compile(_NAME + r"(?:,[^,]{1,60},|,)?\s+" + _OWN_VERB)
_FORECASTS_AFTER = re.compile(
    r"\s+(?:(?:his|her|its|their|the|an?)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:estimates?|forecasts?|projections?|predictions?|targets?|guidance|outlook)\b")
"""What an owning verb acts on when its subject is a forecaster: "Kirnan raised his
earnings estimates slightly today ... and sees GM earning 5.65 dlrs" (Kirnan's estimate,
GM's earnings)."""
_PRONOUN_OWNER = re.compile(
    r"\b(?:(?:its|their|our)\b" + _ESTIMATE + r"|(?:it|they|we|he|she)\s+" + _OWN_VERB + ")",
    re.IGNORECASE)
_PRONOUN_OWNER_LOWERED = for_lowered(_PRONOUN_OWNER)
_BESIDE = re.compile(
    _NAME + r"(?:,)?\s+(?:with\s+)?"
    r"(?:(?:about|around|some|just|only|nearly|almost|a|an)\s+)?$")
"""A name right before the figure owns it: "the Tories 38 pct, the Alliance 21 pct",
"the Conservatives with 41 pct of the vote"."""
_BESIDE_SHARE = re.compile(
    r"(?<!\bin\s)" + _NAME + r"\s+(?:with\s+an?\s+[\w-]+\s+lead\s+)?(?:at|on)\s+"
    r"(?:(?:about|around|some|just|only|nearly|almost)\s+)?$")
"""...and a share of a list a poll gives, the name then "at" or "on", its lead between:
"showed the Conservatives with an eight-point lead at 38.5 pct, the Alliance at 30.5 and
Labour at 30 pct" (the Conservatives' 38.5 and the Alliance's 30.5: two parties' shares,
never one measure). Not a place after "in": "a stake ... last stated by Adsteam in London
at 6.85 pct" is Adsteam's."""
_LEADING = re.compile("(?P<subject>" + _NAME + r")\s+(?:lead|leads|led)\s+(?:the\s+)?(?=[A-Za-z])"
                      r"|\b(?:gave|gives|giving|put|puts|putting|placing|showed|shows)\s+"
                      r"(?:the\s+)?(?:ruling\s+)?(?P<given>" + _NAME
                      + r")(?:\s+party)?\s+an?\s+(?=(?:[\w-]+\s+){0,2}lead\b)")
"""Who a lead in points is of: the subject of "lead" ("Margaret Thatcher's Conservatives
lead the opposition Labour party by seven percentage points": the Conservatives', not
Thatcher's) or the party a poll gives a lead ("gave the ruling Conservative Party a lead of
six points")."""
_POLL_GIVES = r"\b(?:gave|gives|put|puts|had|has|showed|shows)\s+"
"""The verbs a poll gives a party its figure with ("gave them 44 pct", "had the Conservatives
11 points ahead")."""
_THEM = re.compile(_POLL_GIVES + r"them\s+(?:on\s+|at\s+)?$")
_GIVEN = re.compile(_POLL_GIVES + r"(?:the\s+)?(" + _NAME + r")")
_GIVEN_REACH = 300


def _given_before(text: str, start: int) -> str | None:
    """Whom "them" stands for in "It gave them 44 pct": the party a poll gave a figure or a
    lead in the sentence before ("a Marplan poll ... had the Conservatives 11 points
    ahead"), else no one (None: the share is not the poll's or the source's own)."""
    given = list(_GIVEN.finditer(text, max(0, start - _GIVEN_REACH), start))
    return _name(given[-1].group(1)) if given else None


_FOR_AFTER = re.compile(
    r"\s+(?:support\s+)?for\s+(?:the\s+)?(?:ruling\s+|opposition\s+)?" + _NAME)
"""...or names it right after a share: "39 pct support for the ruling Conservative party"."""
_BIDDER_AFTER = re.compile(
    r"\s+(?:[\w/-]+\s+){0,4}?(?:offer|bid|proposal|approach)s?\s+"
    r"(?:(?:announced|made|tabled|launched)\s+(?:[a-z]+\s+){0,2}?)?(?:from|by)\s+(?:the\s+)?"
    + "(" + _NAME + ")")
"""The bidder named after a sum ("a 40 dlr per share takeover offer from Emery Air Freight
Corp" beside "a 35 dlr per share ... offer from E.F. Hutton", "the 2,100 franc bid announced
yesterday by Union Carbide France"): rival bids are two bidders' sums, whoever reports them,
and the bidder named so owns the sum before anything else."""
_ECONOMY = re.compile(r"(?<!['’])\b([A-Za-z][\w-]*)\s+econom(?:y|ies)\b")
"""The economy a rate is of, named by the word before it: "the German economy", "the
12-member eurozone economy", "the world economy"; never the "s" of a possessor ("South
Korea's economy" is the possessor's, "the country's economy" the country's)."""
_STATE = re.compile(r"(?!developing)[a-z]+ing")
"""A state an economy is in, not whose it is: "Thailand's improving economy", "one of the
OECD's fastest growing economies" are Thailand's and Italy's ("developing" names a bloc)."""
_BLOC = re.compile(r"\b([A-Za-z][\w-]*)\s+(?:world|nations|countries|hemisphere)\b")
_BLOC_WORDS = ("world", "nations", "countries", "hemisphere")
"""The group of economies a rate is of: "the industrial world will grow a sluggish 2.5
pct" and "developing countries in the western hemisphere ... expanding 3.3 pct" are two
blocs' growth, not two forecasts of one."""
_ANY_ECONOMY = frozenset((
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "whole", "overall",
    "domestic", "national", "real", "underlying", "broader", "wider", "local", "market",
    "other", "both", "many", "all", "some", "most", "several", "these", "those", "member",
    "two", "three", "four", "five", "more", "major", "individual", "whole"))
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|added|announced|stated|reported)\s+(?:that\s+|today\s+|on\s+\w+\s+)?$")
"""A pronoun right after the speaker's verb is the speaker: "Dixons said it would now
pay", whatever names came before ("In line with Cyacq's decision, ...")."""
_COMPANY_KINDS = ("company",)
"""Source kinds that speak for their own firm: a company reporting its own results (not an
election's "results", which count others' votes)."""


_MAJORITY_NEAR = re.compile(r"(?:[\s-]+[\w-]+){0,2}?\s+majority\b")
"""A count that is a majority in seats: "a majority of 50", "a 92 seat majority", "a
66-seat majority"."""
_MAJORITY_BEFORE = re.compile(r"majority\s+(?:of\s+)?(?:about\s+|some\s+|only\s+)?$")
"""...or "majority of" right before it."""
_MAJORITY_OWNER = re.compile(
    r"\b(?:gave|gives|give|giving)\s+(?:the\s+)?(?:ruling\s+)?(?P<given>" + _NAME
    + r")(?:\s+party)?\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?majority\b"
    r"|(?P<subject>" + _NAME + r")\s+(?:could|would|will|might)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:win|enjoy|have|get|with)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?majority\b"
    r"|\ban?\s+(?P<adjective>" + _NAME + r")\s+majority\b")
"""Whose a projected majority in seats is: the party a poll gives it ("gave the Tories a 92
seat majority", "give Thatcher an overall majority of 46 seats"), the one that would win
it ("the Conservatives could win a solid majority of 125 seats", "Thatcher would sweep
back in with an overall majority of 140 seats") or its adjective ("a Conservative majority
of 92 seats")."""
_MAJORITY_FOR = re.compile(r"majority\s+for\s+(?:the\s+)?(" + _NAME + ")")
"""...or the party named after it: "a 66-seat majority for Hawke"."""


def _majority_owner(text: str, window: tuple[int, int], figure: Figure) -> str | None:
    """The party a count that is a majority in seats belongs to (see ``_MAJORITY_OWNER``),
    failing those the party a poll gave a share in the words before ("gave the Tories 43
    pct of the vote, representing a majority of 132 seats"); None when the count is no
    majority or no party is named. A share's owner words ("the Conservatives with 43
    pct") do not reach a majority: its party stands before "majority", not the figure."""
    if figure.unit and not figure.unit.lower().startswith("seat"):
        return None  # "a majority of 31 African countries" is no majority in seats
    near = _MAJORITY_NEAR.match(text, figure.end, figure.end + 40)
    before = _MAJORITY_BEFORE.search(text, max(window[0], figure.number_start - 40),
                                     figure.number_start)
    if near is None and before is None:
        return None
    end = near.end() if near is not None else figure.number_start
    found = list(_MAJORITY_OWNER.finditer(text, window[0], end))
    if found:
        last = found[-1]
        return _name(last.group("given") or last.group("subject") or last.group("adjective"))
    after = _MAJORITY_FOR.match(text, near.end() - len("majority")) if near else None
    if after is not None:
        return _name(after.group(1))
    given = list(_GIVEN.finditer(text, window[0], figure.number_start))
    return _name(given[-1].group(1)) if given else None


def owner_of(text: str, window: tuple[int, int], figure: Figure, source: Source,
             places: tuple[str, ...] = ()) -> str | None:
    """The owner of the figure's measure, lower-case and singular, or None.

    ``window`` starts where the figure's sentence does. The nearest possessor or owning
    subject before the figure wins (a pronoun stands for the name before it, else for the
    source; "the country's" for the country of ``places`` it stands for); failing all, a
    company source that names itself ("Shell said" before its own results)."""
    low, high = window[0], figure.number_start
    bidder = _BIDDER_AFTER.match(text, figure.end, figure.end + 120) \
        if figure.kind == "money" else None
    if bidder is not None and _name(bidder.group(1)):
        return _name(bidder.group(1))
    if figure.kind in ("count", "number"):
        majority = _majority_owner(text, window, figure)
        if majority is not None:
            return majority
    lead = text[low:high]
    found: list[tuple[int, str | None]] = []
    # a possessor holds an apostrophe, an economy its word: most leads hold neither
    possessive = "'" in lead or "’" in lead
    subjects: list[tuple[int, int]] = []  # an owning verb's subject, asides and all
    for pattern in (_POSSESSOR, _OWNING) if possessive else (_OWNING,):
        for match in pattern.finditer(text, low, high):
            if pattern is _OWNING and _FORECASTS_AFTER.match(text, match.end(), high):
                continue
            name = _name(match.group(0).split(",")[0])
            member = _member(text, low, match.start()) \
                if name and pattern is _POSSESSOR and _group_before(text, match, figure) else None
            if member:
                found.append((match.start(), member))
            elif name:
                found.append((match.start(), name))
                subjects.extend([match.span()] if pattern is _OWNING else [])
    if possessive:
        found.extend(_countries(text, (low, high), figure, source, places, subjects))
        found.extend(_measured_countries(text, (low, high), places))
    blocs = ((_ECONOMY, ("econom",)), (_BLOC, _BLOC_WORDS)) \
        if figure.kind in ("percent", "points") else ((_ECONOMY, ("econom",)),)
    for pattern, words in blocs:
        if not any(word in lead for word in words):
            continue  # a case-sensitive pattern whose every match holds one of its words
        for match in pattern.finditer(text, low, high):
            if match.group(1).lower() not in _ANY_ECONOMY and not _STATE.fullmatch(match.group(1)):
                found.append((match.start(), match.group(1).lower()))
    beside = _BESIDE.search(text, low, figure.start)
    if beside is None and figure.kind == "percent":
        beside = _BESIDE_SHARE.search(text, low, figure.start)
    if beside is not None and (beside.start() > low or " " in beside.group(0).strip()) \
            and not _speaks(beside, source, text):
        found.append((beside.start(), _name(beside.group(0))))
    if figure.kind == "points":
        found.extend((match.end(), _name(match.group("subject") or match.group("given")))
                     for match in _LEADING.finditer(text, low, figure.start))
    if figure.kind == "percent" and _THEM.search(text, low, figure.start):
        found.append((figure.start, _given_before(text, low)))
    if not found and figure.kind == "percent":
        after = _FOR_AFTER.match(text, figure.end, window[1])
        found.extend([(after.start(), _name(after.group(0)))] if after else [])
    named = sorted((start, name) for start, name in found if name)
    speaker = _name(_body_of(source.name)) if source.explicit else None
    for at, pronoun in _pronoun_owners(text, low, high):
        before = [name for start, name in named if start < at]
        said = speaker if _is_body(source) or not _NEUTER.match(pronoun) else None
        if not before and not _SAID_BEFORE.search(text, low, at):
            said = _infinitive_subject(text, low, at) \
                or _opening_subject(text, low, at, source) or said
        meant = said if _SAID_BEFORE.search(text, low, at) or not before else before[-1]
        found.append((at, meant))
        if meant:
            named = sorted([*named, (at, meant)])
    if found:
        return max(found, key=lambda item: item[0])[1]
    if source.explicit and source.kind in _COMPANY_KINDS and not _forecaster(source):
        return _name(_body_of(source.name))
    return None


def _measured_countries(text: str, lead: tuple[int, int],
                        places: tuple[str, ...]) -> list[tuple[int, str | None]]:
    """Each country of ``places`` that owns the measure an estimate is of (see
    ``_MEASURE_ESTIMATE``) in the lead, with where it stands."""
    spellings = place_spellings(places)
    return [(match.start(), _name(match.group(1)))
            for match in _MEASURE_ESTIMATE.finditer(text, *lead)
            if match.group(1) in spellings]


_COUNTRY_POSSESSIVE = re.compile(r"\b[Tt]he\s+(?:country|nation)['’]s(?=\s)")
"""A possessor that stands for a country, never for a body the sentence names: "Statistics
Canada also reported the country's trade performance", "the Belgian National Bank foresees
the country's gross national product growth"."""


_DESCRIBING = re.compile(r"(?:,|\b(?:is|was|are|were|as|became|becomes|remains))\s+$")
"""An aside or a predicate that says what a name is: "Mobil, the nation's ...", "Phelps
Dodge is the nation's ..."."""
_TOP = re.compile(r"\s+(?:(?:second|third|fourth|fifth|two|three|four|five)\s+)?"
                  r"(?:largest|biggest|greatest|smallest|highest|lowest|fastest|strongest|"
                  r"richest|poorest|oldest|best|most|leading|main|sole|only|top)\b")
"""The first of the country's things, which names one where it opens the sentence ("The
nation's largest retailer also said it plans to remodel 126 stores" is Sears's plan),
unless the figure counts them ("The country's two largest employer groups")."""


def _countries(text: str, lead: tuple[int, int], figure: Figure, source: Source,
               places: tuple[str, ...], subjects: list[tuple[int, int]]
               ) -> list[tuple[int, str | None]]:
    """Each "the country's" of the lead with the country it stands for (see
    ``reconcile.subjects.country``); None where no country is named, so that the body named
    before it is still no owner. One in an owning verb's subject, an aside, after "is" or
    opening the sentence before "largest" says what a name is ("Coastal, one of the
    nation's largest gas producers, earned", "Mobil, the nation's second largest oil
    company, responded to the collapse of oil prices ... from 30 dlrs", "Phelps Dodge is
    the nation's largest copper company, with annual production"): the country owns
    nothing there."""
    found: list[tuple[int, str | None]] = []
    for match in _COUNTRY_POSSESSIVE.finditer(text, *lead):
        if any(start < match.start() < end for start, end in subjects) \
                or _DESCRIBING.search(text, max(lead[0], match.start() - 12), match.start()):
            continue
        top = _TOP.match(text, match.end()) if not text[lead[0]:match.start()].strip() else None
        if top is not None and top.end() <= figure.start:
            continue
        member = _member(text, lead[0], match.start()) \
            if _group_before(text, match, figure) else None
        if member:
            found.append((match.start(), member))
            continue
        country = country_named(text, lead[0], match.start(), source.name, places)
        found.append((match.start(), _name(country) if country else None))
    return found


_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?)?$")
_GROUP = re.compile(r"\s+(?:[\w\"-]+\s+){0,4}?[a-z]+s\b")
"""The group a possessor holds after "one of": "one of the OECD's fastest growing
economies", "one of Australia's larger gold producers"."""
_MEMBER = re.compile("(" + _NAME + r")(?:,\s+|\s+(?:is|was|are|were|ranks|ranked|remains|"
                     r"remained|became|becomes|will\s+be)\s+(?:as\s+)?)$")


def _group_before(text: str, possessor: re.Match[str], figure: Figure) -> bool:
    """Whether the possessor holds a group the sentence's subject is one of, which the
    group's words close before the figure: "one of the OECD's fastest growing economies
    with ... growth at 2.7 pct" (not "one of Singapore's four major local banks", whose
    count is Singapore's)."""
    if _ONE_OF.search(text, max(0, possessor.start() - 40), possessor.start()) is None:
        return False
    group = _GROUP.match(text, possessor.end())
    return group is not None and group.end() <= figure.number_start


def _member(text: str, low: int, one_of: int) -> str | None:
    """The name that is one of a group: "Italy ranked as one of", "Ivan Boesky, one of".
    Where none is named, the group's possessor still owns ("a boost to Irish exporters
    with the country recording a 31 mln punt trade surplus" after "one of Ireland's main
    trading partners")."""
    before = _ONE_OF.search(text, max(low, one_of - 40), one_of)
    if before is None:
        return None
    member = _MEMBER.search(text, low, before.start())
    return _name(member.group(1)) if member else None


def _pronoun_owners(text: str, low: int, high: int) -> list[tuple[int, str]]:
    """Where ``_PRONOUN_OWNER`` matches in ``text[low:high]``, with the words it matched
    (lowered where its lowered form ran): in the lead of every owned figure, so in the
    lowered, case-sensitive form where lowering is a guide (see ``lowered_window``), which
    costs a fraction of the case-blind alternation tried at every character."""
    window = lowered_window(text, low, high)
    if window is None:
        return [(match.start(), match.group(0))
                for match in _PRONOUN_OWNER.finditer(text, low, high)]
    shift = low - window[1]
    return [(match.start() + shift, match.group(0))
            for match in _PRONOUN_OWNER_LOWERED.finditer(*window)]


def _body_of(name: str) -> str:
    """The body a source speaks for: "Bank of Boston Corp" of "Chairman William Brown (Bank
    of Boston Corp)", whose results "the company" and the officer's words give; a body
    speaking for itself is its own."""
    person = _PERSON_FOR.search(name)
    return name[person.start() + 1:-1] if person else name


def _forecaster(source: Source) -> bool:
    """Whether the source is a person who expects or estimates the figure: see
    ``_FORECASTING_CUE``."""
    cue = source.cue or ""
    return _FORECASTING_CUE.search(cue) is not None and (
        _PERSON_FOR.search(source.name) is not None or _GUESSING_CUE.search(cue) is not None)


_PERSON_FOR = re.compile(r"\((?!via ).+\)$")
"""A person who speaks for a body is named ``Person (Body)`` (not ``Source (via Paper)``)."""
_PEOPLE = re.compile(r"[a-z]{2,}(?:ers|ors|ysts|ists|ians|ants|ates|ats|men|ials)")
"""Plural nouns of people who speak ("analysts", "dealers", "officials", "diplomats")."""
_NEUTER = re.compile(r"its?\b", re.IGNORECASE)


def _is_body(source: Source) -> bool:
    """Whether "it" may stand for the source: a body, not a person speaking for one nor a
    plural of people ("Analysts had estimated that it would earn $1.62 per share": it is
    the company)."""
    return _PERSON_FOR.search(source.name) is None \
        and _PEOPLE.fullmatch(source.name.lower()) is None


_FORECASTING_CUE = re.compile(
    r"\b(?:expect|estimat|forecast|predict|project|sees?\b|saw\b|thinks?\b|thought\b|believ|"
    r"anticipat|reckon)",
    re.IGNORECASE)
"""A person who expects or estimates a figure forecasts another's measure: an analyst at a
broker ("Drew Robertson (Atlantic Systems Inc)" who "expects" Conrail's earnings; "Joe Liro
of S.G. Warburg Securities and Co expects ... the fiscal 1987 deficit to be 190 billion
dlrs") gives no figure of the broker's own. A firm that expects a figure mostly gives its
own ("Struthers Wells Corp said it expects to report a loss ... of about 16 mln dlrs")."""


_GUESSING_CUE = re.compile(r"\b(?:thinks?|thought|reckon)", re.IGNORECASE)
"""What a firm does with another's measure, not with its own results, which it "sees",
"expects" or "believes" ("Medtronic Inc said it sees 15 pct growth in sales"): it "thinks"
("Baker now thinks 75 to 85 mln dlrs will be saved while Hughes sees a saving of only 50
to 60 mln dlrs": two merging firms' guesses at one saving)."""


_TO_DO = re.compile("(" + _NAME + r")\s+to\s+(?!(?:the|a|an|its|their|be|about|some|around)\b)"
                    r"[a-z]{3,}\b[^,;:.]*$")
"""A name that is the subject of an infinitive whose clause runs on to a pronoun: "calls
for South Africa to continue paying all interest on its total foreign debt"."""


def _infinitive_subject(text: str, low: int, pronoun: int) -> str | None:
    """The subject of an infinitive in the pronoun's clause, which "its" stands for where
    no owner is named before it: "Du Plessis said ... calls for South Africa to continue
    paying all interest on its total foreign debt of 23 billion dlrs" is South Africa's
    debt, not the minister's. A name opening the sentence is no subject ("Asked to
    comment, ...")."""
    if " to " not in text[low:pronoun]:
        return None
    match = _TO_DO.search(text, low, pronoun)
    if match is None or match.start() == low:
        return None
    return _name(match.group(1))


_OPENING_SUBJECT = re.compile(
    r"(?:[\w'’-]+\s+){0,5}?(" + _NAME + r")\s+"
    r"(?:has\s+|had\s+|have\s+)?[a-z]+ed\s+(?:its|their)\b")
"""A name that opens the sentence as the subject of a verb whose object "its" begins: "The
southwest Chinese region of Guangxi increased its production of sugarcane"."""


def _opening_subject(text: str, low: int, pronoun: int, source: Source) -> str | None:
    """The subject that opens the sentence when "its" is its verb's object's owner, not the
    speaker named after ("..., the New China News Agency said")."""
    match = _OPENING_SUBJECT.match(text, low, pronoun + 5)  # ``low`` is past any dateline
    if match is None or match.end() < pronoun:
        return None
    if source.start is not None and source.start <= match.start(1) < (source.end or 0):
        return None  # the subject is who speaks
    return _name(match.group(1))


_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def _speaks(name: re.Match[str], source: Source, text: str) -> bool:
    """Whether a name right before the figure is who gives it, not whose it is: "According
    to the Observer, 3,000 jobs ... could be lost" (the source's own words, or a name after
    "according to")."""
    start, end = name.span()
    return (source.start is not None and source.end is not None
            and start < source.end and source.start < end) \
        or _ACCORDING.search(text, max(0, start - 20), start) is not None


def speaks_as_possessor(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` owns an estimate, not the measure: "Chancellor
    Gordon Brown's forecast of 3% to 3.5%" is Brown speaking of the UK economy, as "the
    Wheat Board's estimate of" is the board speaking of the crop ("Qatar's February
    output" is Qatar's own measure)."""
    return _SPEAKERS_ESTIMATE.match(text, end, end + 60) is not None


@lru_cache(maxsize=4096)
def _name(words: str) -> str | None:
    """The name in ``words`` as the event key writes names (see ``names_in``): the longest,
    and of names as long, the first in alphabetical order, so no run depends on set order.
    Read once a string: every figure of a sentence asks for the same possessors."""
    names = sorted(names_in(words, (0, len(words)), [], -1), key=lambda name: (-len(name), name))
    return names[0] if names else None
