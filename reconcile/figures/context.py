"""Tell numbers that are not figures from those that are, by the words around them.

Dates, years, ages, times, page and section references, list numbers and sport scores are
written with the same digits as figures; what gives them away is a month name next to
them, "aged" or "Name, 68," before them, "page" before them, or a line that starts with
them. Each test looks at a few characters either side of one match, never further.
"""

from __future__ import annotations

import re

from reconcile.figures.patterns import alternation
from reconcile.timeref import MONTHS

_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?"
    r"|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s{{0,2}}(?:of\s)?(?:{_MONTHS})\b", re.IGNORECASE)
_MONTH_HEADS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                "Nov", "Dec")
_CAPITAL_MONTH_BEFORE_REVERSED = re.compile(
    r"\n?\s{0,2}\.?(?:[a-z]*(?:"
    + alternation(month[::-1] for month in _MONTH_HEADS)
    + r")|[A-Z]*(?:"
    + alternation(month.upper()[::-1] for month in _MONTH_HEADS)
    + r"))(?![\w])"
)
"""A capitalised month (perhaps abbreviated, with a full stop), or one in capitals as a
wire's dateline writes it ("APRIL 7 - 1000 hrs cdt"), and up to two spaces (and a final
newline, as ``$`` allows) ending the window before a number, written backwards like
``_REFERENCE_BEFORE_REVERSED``: one match where a search tried every character."""
_AGE_BEFORE = re.compile(r"(?<![\w])(?:aged|age|ages)\s{1,2}$", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][a-z]+,\s$")
_AGE_AFTER = re.compile(r"\s?(?:[,;)]|\.(?:\s|$)|$)")
_REFERENCE_WORDS = (
    "page", "pages", "p.", "pp.", "section", "sections", "article", "articles", "chapter",
    "paragraph", "clause", "rule", "item", "no.", "nos.", "nr.", "nrs.", "number", "figure",
    "table", "room", "flight", "route", "highway", "channel", "platform", "gate", "vol.", "volume",
    "issue", "resolution", "amendment", "version", "v.", "windows", "boeing", "airbus", "model",
    "type", "class", "grade", "level", "stage", "phase", "step", "part", "psalm", "verse",
    "exercise", "exercises", "lot", "unit", "block", "car", "bus", "interstate", "track",
    "episode", "series", "rev.", "revision", "release", "opec+", "group of",
)
"""Words after which a number names a page, a section, a flight or a model ("Boeing 747",
"the Group of 7")."""
_REFERENCE_BEFORE_REVERSED = re.compile(
    r"\n?\s{1,2}(?:" + alternation((word[::-1] for word in _REFERENCE_WORDS), space=" ")
    + r")(?!\w)",
    re.IGNORECASE,
)
"""One of those words, then one or two spaces (and perhaps a final newline, as ``$`` allows),
written backwards: matched once at the start of the reversed window before a number, where
the forward pattern had to be searched for at every character of the window; as a trie, so
that a branch is left at its first letter (a third cheaper than the list of words)."""
_INDEX_WORDS = ("poor's", "poor’s", "s&p", "ftse", "nikkei", "dax", "cac", "stoxx", "fortune",
                "russell")
_INDEX_BEFORE_REVERSED = re.compile(
    r"\s{1,2}(?:" + alternation((word[::-1] for word in _INDEX_WORDS), space=" ") + r")(?!\w)",
    re.IGNORECASE,
)
"""A stock index or a list named by its number ("the Standard and Poor's 500 stock index
future", "the FTSE 100", "a Fortune 500 company"), written backwards like the reference words."""
_INDEX_NUMBER = re.compile(r"\d{2,4}(?![\d,.]\d)")
"""The number such a name carries: a plain 2-4 digit integer. "FTSE 25,741" in a wire table
is a count of contracts traded, a figure."""
_LIST_ITEM_AFTER = re.compile(r"[.)]\s{1,3}[A-Z]")
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]{0,8}$")
_SPORT_WORDS = re.compile(
    r"(?<![\w])(?:won|win|wins|beat|beating|lost|lose|loss|defeat|defeated|victory|draw|drew|"
    r"lead|led|score|scored|scoreline|thrash|thrashed|home|away|match|game|final|half-time|"
    r"goals?|sets?)(?![\w])",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"(?<![\w])(?:rose|rise|rises|rising|fell|fall|falls|falling|increased?|decreased?|"
    r"grew|grow|declined?|dropped|drop|jumped|climbed|slipped|slid|cut|raised|lifted|lowered|"
    r"reduced|revised|changed|moved|went|up|down|boosted|trimmed|eased|widened|narrowed|"
    r"improved|surged|soared|plunged|slumped|shrank|expanded)\b[^.;\n]{0,40}$",
    re.IGNORECASE,
)
_CHANGE_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|up|down|off|"
    r"gained|gains?|lost|loses?|added|adds|shed|sheds|climbed|climbs?|jumped|jumps?|dropped|"
    r"drops?|declined|declines?|increased|increases?|decreased|decreases?|eased|eases?|"
    r"slipped|slips?|slid|grew|grows?|advanced|advances?|surged|soared|plunged|slumped|"
    r"tumbled|firmed|weakened|improved|widened|narrowed)(?:\s{1,2}by)?\s{1,2}$",
    re.IGNORECASE,
)
_SMALL_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64})


def _before(text: str, start: int, size: int = 40) -> str:
    return text[start - size if start > size else 0 : start]


_LOWER_MONTHS = frozenset((*MONTHS, "jan", "feb", "aug", "sept", "oct", "nov", "dec", "jan.",
                           "feb.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."))
_LOWER_MONTH_BEFORE = re.compile(
    r"(?:\b(?:on|since|until|till|by|from|before|after|of)|,)\s+(?:"
    + alternation(_LOWER_MONTHS) + r")\s{1,2}$")
"""A month in lower case before a day, as wire copy set in lower case writes its dateline
and dates ("Quito, march 9 - up to 300 people", "on march 5"): after a comma or a
preposition of time, not the verb ("will march 5 km")."""


def is_date(text: str, start: int, end: int) -> bool:
    """A day of the month: "March 5", "Aug. 16", "16 August", "5th of May", "quito, march
    9" in a story set in lower case."""
    before = _before(text, start, 14)
    if _CAPITAL_MONTH_BEFORE_REVERSED.match(before[::-1]):
        return True
    words = before.split()
    if words and words[-1] in _LOWER_MONTHS and _LOWER_MONTH_BEFORE.search(
            _before(text, start, 30)):
        return True
    return bool(_MONTH_AFTER.match(text, end)) and bool(
        re.match(r"\s{0,2}(?:st|nd|rd|th)?\s{0,2}(?:of\s)?[A-Z]", text[end : end + 12])
    )


_PERIOD_MONTH_BEFORE = re.compile(
    r"\b(?:in|during|since|until|till|through|throughout|from|for|by|over|last|this|next|"
    r"early|late|mid)\s+[A-Z][a-z]+\.?\s{1,2}$", re.IGNORECASE)


def is_day_before_noun(text: str, start: int, raw: str) -> bool:
    """A day of the month before a noun ("the September 11 attacks", "On March 3 rebels
    killed"), unless the month stands as a period ("In May 30 people were killed")."""
    if not (raw.isdigit() and 1 <= int(raw) <= 31):
        return False
    before = _before(text, start, 24)
    return bool(_CAPITAL_MONTH_BEFORE_REVERSED.match(before[-14:][::-1])) \
        and not _PERIOD_MONTH_BEFORE.search(before)


def is_year(raw: str, value: float) -> bool:
    """A year such as "in 1987": four plain digits in the years news covers.

    The caller asks only when no unit, currency, scale or hedge goes with the number:
    "1987 results" is a year, "1,987 people" is not.
    """
    return len(raw) == 4 and raw.isdigit() and 1800 <= value <= 2099


_YEAR_WORDS_BEFORE = re.compile(
    rf"(?<![\w])(?:in|since|by|until|till|during|before|after|from|through|fiscal|year|"
    rf"calendar|its|their|mid|early|late|{_MONTHS})\s{{1,2}}$|'s\s$",
    re.IGNORECASE,
)


def is_year_before(text: str, start: int) -> bool:
    """Words that make a following "1987" a year even with a noun after it: "in 1987
    profits rose", "its 1987 results", "fiscal 1988 earnings" (but "2000 people" counts)."""
    return bool(_YEAR_WORDS_BEFORE.search(_before(text, start, 16)))


def is_age(text: str, start: int, end: int, value: float) -> bool:
    """An age: "aged 68", "Alla Georgievna, 68," (a name, a comma, a small integer)."""
    if not (0 < value < 125 and float(value).is_integer()):
        return False
    before = _before(text, start, 24)
    if _AGE_BEFORE.search(before):
        return True
    return bool(_NAME_COMMA_BEFORE.search(before)) and bool(_AGE_AFTER.match(text, end))


_ONE_ORDINAL = re.compile(
    r"(?:an?|one)\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)", re.IGNORECASE)
_WORD_AFTER = re.compile(r"(-)?\s{0,2}([a-z]+)")
_FRACTION_FOLLOWERS = frozenset("""
    of more less fewer higher lower larger smaller bigger greater above below up down off as
    in on over to from since after before for last this that these and or but nor than
    between at by with while when whereas is are was were be been will would could can may
    might should must shall had have has did do does not now already again still also too
    the a an its their his her our each every per compared against versus vs so only just
    cheaper dearer respectively
""".split())  # noqa: SIM905
"""Words that go on after a fraction ("a third of", "a fifth more", "rose by a fifth in
each of the past two years", "a third believed"); any other word makes "a third" an
ordinal of the noun it opens ("a third term", "a fourth quarter", "a sixth straight
session")."""


_CLOCK_AFTER = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b|[AP]\.M\b\.?|o'clock\b)")
"""An hour's mark; undotted capitals are left out ("four AM stations" are radio's)."""


def is_clock_time(text: str, end: int) -> bool:
    """"at about three p.m.", "at ten o'clock": an hour written in words is a time, as "3
    p.m." in digits is (those the digit patterns skip whole)."""
    return _CLOCK_AFTER.match(text, end) is not None


def is_ordinal_phrase(text: str, raw: str, end: int) -> bool:
    """"a third term", "a fourth-round place": "a" and an ordinal opening a noun phrase,
    not a fraction; a verb after it (past tense or third person) keeps the fraction."""
    if not _ONE_ORDINAL.fullmatch(raw):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    if after.group(1):
        return True
    word = after.group(2)
    return word not in _FRACTION_FOLLOWERS and not word.endswith("ed") and not (
        word.endswith("s") and not word.endswith("ss"))


_ONE_OF_A_KIND = re.compile(
    r"\s+(?P<words>(?:[a-z-]+\s+)?[a-z-]+)\s+(?:to|of)\s+"
    r"(?:(?!that\b|which\b|who\b|and\b|but\b|or\b)[^,;:.\"“”()\s]+\s+){0,7}?"
    r"(?:is|was|are|were)\b")
"""After "one": a noun phrase with "to" or "of" after its noun, then the verb "to be" of the
same clause: "One discount retailer to fare well in December was Costco Wholesale", "one
beneficiary of the desertion of the High Street is expected to be online stores", "One
effect of the law is to impose": "one" picks out a member of a kind to say which it is, it
counts nothing. A clause word in between ("one change to the team that was beaten") leaves
the count."""
_NOT_ONE_OF_A_KIND = frozenset({"in", "out", "more", "or", "and", "of", "to", "the", "a",
                                "point", "per", "hundred", "thousand", "million", "billion",
                                "mln", "bln", "half", "third", "quarter", "fourth", "fifth",
                                "sixth", "seventh", "eighth", "ninth", "tenth"})
"""Words after "one" that make it a number still: a ratio ("one in five"), a scale or a
fraction ("one mln of its shares", "one seventh of its land is arable")."""


def is_one_of_a_kind(text: str, raw: str, end: int) -> bool:
    """Whether "one" (spelt out) only picks out a member of a kind (see ``_ONE_OF_A_KIND``)."""
    if raw.lower() != "one":
        return False
    match = _ONE_OF_A_KIND.match(text, end)
    return match is not None and not any(
        word in _NOT_ONE_OF_A_KIND for word in match.group("words").split())


_TITLE_WORD_BEFORE = re.compile(r"(?<![\w.,'’&-])([A-Z][a-z]*[A-Za-z-]*[a-z][A-Za-z-]*) $")
_NOT_TITLE_WORDS = frozenset("""
    the a an with at in on of for by from to into and but or nor some about around over
    under only just nearly almost all after before since than while when its their his her
    our this that these those no top
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec
""".split())  # noqa: SIM905
"""Capitalised words that open a sentence or a date before a number, not a name it ends."""
_FIGURE_GOES_ON = re.compile(
    r"\s?[-–(%/]|[,.]\d|\s+[\d(]|[ \t]*(?:\n|$)|,\s*(?:up|down|off|unchanged)\b|\s+(?:to|up|"
    r"down|off|unch|higher|lower|from|vs|against|of|out|per|percent|pct|times|each|"
    r"apiece)\b|\s+(?:and|or)\s+(?:\d|the\b)")
"""What shows a number is a figure of the name before it: a change, a comparison, a
fraction, another number, the next of a list ("Labour 30 and the Social Democrats 26"; a
list of names goes on with a name: "Halo 2 and Half-Life 2", "Shrek 2 and The Grudge"), or
the end of a table's line ("Nigeria 120")."""


def is_name_number(text: str, start: int, end: int, raw: str) -> bool:
    """A small number that ends a name: "BBC Radio 4", "Halo 2", "PlayStation 2", "Band Aid
    20", "Local 594", a substitute's minute ("Scholes (Phil Neville 84)"). A number that a
    change, a comparison or another number goes on from, or that ends its line, is a figure
    of the name before it, as tables and sales by maker write them ("American Motors 790,
    down 6.2 pct", "Other 30 30", "Nigeria 120")."""
    if not (raw.isdigit() and len(raw) <= 3) or text[start:end] != raw:
        return False
    window = _before(text, start, 30)
    before = _TITLE_WORD_BEFORE.search(window)
    if before is None or before.group(1).lower() in _NOT_TITLE_WORDS \
            or is_line_start(text, start - len(window) + before.start()):
        return False  # a line's label: "Loans 422 one year earlier", "Net 98,000 vs"
    return _FIGURE_GOES_ON.match(text, end) is None


def is_reference(text: str, start: int) -> bool:
    """A page, section, flight or model number, or a stock index's: "page 12", "Chapter 11",
    "Boeing 747", "ATR 72-500", "the FTSE 100"."""
    before = _before(text, start, 16)[::-1]
    return _REFERENCE_BEFORE_REVERSED.match(before) is not None or is_index_name(text, start) \
        or is_model_number(text, start)


_MODEL_CODE_BEFORE = re.compile(r"(?<![\w&.-])[A-Z]{1,4}\s$")
_MODEL_NUMBER = re.compile(
    r"(\d{2,4})-([1-9]00)(?![\d,.]\d|\s*(?:%|[a-z]*(?:pct|percent|mln|bln|billion|"
    r"million|thousand|bn)\b))", re.IGNORECASE)


def is_model_number(text: str, start: int) -> bool:
    """A model's designation after a maker's or an operator's code: "15 new ATR 72-500",
    "15 Boeing Co BA 767-300 planes" name aircraft types, not a range of 72 to 500. Its
    variant is a round hundred, below the type or after a type under 100; a price range
    of a table ("2 YELLOW CORN 158-160") or a range with a scale ("USDA 20-25 mln") is
    none."""
    model = _MODEL_NUMBER.match(text, start)
    if model is None or _MODEL_CODE_BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    kind, variant = int(model.group(1)), int(model.group(2))
    return variant < kind or kind < 100


def is_index_name(text: str, start: int) -> bool:
    """The number in a stock index's name, whatever follows it ("Standard and Poor's 500
    stock index futures" counts no futures)."""
    return _INDEX_NUMBER.match(text, start) is not None \
        and _INDEX_BEFORE_REVERSED.match(_before(text, start, 16)[::-1]) is not None


def is_list_item(text: str, start: int, end: int) -> bool:
    """A numbered heading or list item at the start of a line: "1. Introduction"."""
    return _LIST_ITEM_AFTER.match(text, end) is not None and (
        _LINE_START_BEFORE.search(_before(text, start, 12)) is not None
    )


def is_line_start(text: str, start: int) -> bool:
    """Whether only spaces stand between the start of the line and ``start``."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip()


_WHOLE = re.compile(r"\d{1,3}")
_TIEBREAK = r"(?:\(\d{1,2}[-–/]\d{1,2}\)\s)?"
_SET_AFTER = re.compile(rf"\s{_TIEBREAK}(\d{{1,2}})[-–](\d{{1,2}})(?![\d.,/])")
_SET_BEFORE = re.compile(rf"(?<![\d.,/])(\d{{1,2}})[-–](\d{{1,2}})\s{_TIEBREAK}$")
_TIEBREAK_OF = re.compile(r"\d{1,2}[-–]\d{1,2}\s\($")


def is_score(text: str, start: int, end: int, first: str, second: str) -> bool:
    """A sport result or a tally of votes, not a range: "won 3-1", with a word of the game
    near; two whole numbers by a dash, the second smaller ("beaten 33-15", "a 230-112
    vote", an aircraft's "767-300": a range is written low to high); or a tennis set next
    to one of those ("2-6 6-3 6-2"; a table's row of ranges, "15-19 24-28", all go up)."""
    window = text[max(0, start - 30) : end + 20]
    if _SPORT_WORDS.search(window):
        return True
    if not (_WHOLE.fullmatch(first) and _WHOLE.fullmatch(second)):
        return False
    if int(second) < int(first) or (text[end:end + 1] == ")" and _TIEBREAK_OF.search(
            _before(text, start, 8))):  # a tie-break after its set: "6-7 (3-7)"
        return True
    beside = _SET_AFTER.match(text, end) or _SET_BEFORE.search(_before(text, start, 16))
    return beside is not None and int(beside.group(2)) < int(beside.group(1))


def is_change(text: str, start: int) -> bool:
    """ "rose from 5 to 6 pct" is a change between two figures, not a range."""
    return bool(_CHANGE_BEFORE.search(_before(text, start, 60)))


_DOWN_FROM = re.compile(
    r"\b(?:down|lower|fell|fallen|dropped|declined|decreased|cut|reduced|lowered|eased|"
    r"slipped)\s{1,2}$", re.IGNORECASE)
_UP_FROM = re.compile(
    r"\b(?:up|higher|rose|risen|increased|raised|climbed|gained|jumped)\s{1,2}$", re.IGNORECASE)


def moves_against(text: str, start: int, first: float, second: float) -> bool:
    """Whether "from A to B" after a word of direction runs against it, so that A to B is
    a range, the earlier level: "ranged from 2.3 to 2.6 mln tonnes, down from 2.4 to 2.7 mln
    tonnes estimated last week" (a fall cannot go from 2.4 up to 2.7)."""
    before = _before(text, start, 16)
    if first < second:
        return _DOWN_FROM.search(before) is not None
    return first > second and _UP_FROM.search(before) is not None


_RANGED_BEFORE = re.compile(r"\b(?:ranged|ranges|ranging|range|varied|varies|varying)\s+$",
                            re.IGNORECASE)


def is_ranged(text: str, start: int) -> bool:
    """ "Assays ranged from 0.64 to 0.50 ounces": the ends of a range in either order, not a
    change from one figure to another."""
    return _RANGED_BEFORE.search(_before(text, start, 12)) is not None


def is_change_verb_before(text: str, start: int) -> bool:
    """A verb of change right before the number, perhaps with "by": "fell 11,000 to
    813,200", "rose by 15,608 to 2.98 mln"."""
    return _CHANGE_VERB_BEFORE.search(_before(text, start, 16)) is not None


def is_season_or_years(first: str, second: str) -> bool:
    """ "1986/87", "2013-14", "1990-1995": a span of years, not a range of figures."""
    if not (first.isdigit() and second.isdigit() and len(first) == 4):
        return False
    return 1800 <= int(first) <= 2099 and len(second) in (2, 4)


def is_slash_date(numerator: int, denominator: int, followed_by_unit: bool) -> bool:
    """ "5/17" is a date, "3/4" a fraction: small denominators and units say fraction."""
    if followed_by_unit or (numerator < denominator and denominator in _SMALL_DENOMINATORS):
        return False
    return 1 <= numerator <= 12 and 1 <= denominator <= 31


# Numbers that the scan reads correctly as numbers but that name something else. Each is
# decided from the figure and a few characters around it, after the scan, so that the
# scan's own patterns stay simple and linear.
_PHONE = re.compile(r"(?<![\w,.])\+?\(?0\d{2,4}\)?(?:[ -]\d{2,4}){1,3}(?![\w,.]\d)")
_PHONE_OPENING = re.compile(
    r"[+(0](?<![\w,.][+(0])(?:(?<=\+)\(?0\d|(?<=\()0\d|(?<=0)\d)"
)
r"""How every ``_PHONE`` match opens (``(?<![\w,.])\+?\(?0\d``), written to open with a
character class so that the engine skips text at C speed: one search of the text rules
telephone numbers out for all its figures at once (a 0 opening a number is rare in news)."""
_GENERATION = re.compile(r"[2-5]G\b")
_AGE_RANGE_AFTER = re.compile(r"[\s-]{1,2}(?:age|year-olds?|years? old)\b", re.IGNORECASE)
_FRACTION_NOUN = re.compile(r"(?:half|quarter|third)s?$", re.IGNORECASE)
_FRACTION_OPENERS = re.compile(
    r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|about|around|almost|nearly|"
    r"some|over|under|just|roughly|more than|less than|fewer than)[\s-]+|\d[\s-]*)$",
    re.IGNORECASE,
)
_COMPOUND_ADJECTIVE = re.compile(r"-[a-z]+[\s-][a-z]")


def may_hold_phone_number(text: str) -> bool:
    """Whether some figure of ``text`` may lie in a telephone number; when not,
    ``names_something_else`` need not look for one."""
    return _PHONE_OPENING.search(text) is not None


def names_something_else(text: str, start: int, end: int, kind: str, words: str,
                         phones: bool = True) -> bool:
    """A number that is part of a name, a code or an adjective rather than an amount;
    ``phones`` False when ``may_hold_phone_number`` said the text holds none.

    - a telephone number or code: "0870 123 4567", read as three numbers otherwise;
    - a mobile generation: "3G networks" (not 3 billion);
    - an age range: "the 18-35 age bracket";
    - a fraction word used as a noun of time: "had a good quarter" (but "a quarter of web
      users", "nearly half" are amounts);
    - a bare number in words joined to a noun into an adjective: "a six-cylinder engine",
      "a two-tier system" (digits stay: "a 6.0-sigma result" still gives 6.0).
    """
    if phones and _in_phone_number(text, start):
        return True
    if words[1:2] == "G" and _GENERATION.match(words):  # the cheap test first: every figure
        return True
    if "-" in words and _AGE_RANGE_AFTER.match(text, end):
        return True
    if kind == "number" and _FRACTION_NOUN.fullmatch(words):
        return not _FRACTION_OPENERS.search(text[max(0, start - 20) : start])
    return kind == "number" and words.isalpha() and bool(_COMPOUND_ADJECTIVE.match(text, end))


def _in_phone_number(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a telephone number that opens with a 0 code."""
    return any(match.start() <= start < match.end()
               for match in _PHONE.finditer(text, max(0, start - 16), start + 16))
