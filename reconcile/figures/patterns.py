"""The compiled patterns: one master alternation scanned once over the text, and small
anchored patterns tried at the ends of each match (hedge before, unit after).

Every repetition is bounded and no two quantifiers compete for the same characters, so
matching time stays linear in the text however it is written (long digit strings,
"thousands of thousands of ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from reconcile.figures.lexicon import (
    COUNTRY_CURRENCIES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOZEN_WORDS,
    HEDGES,
    ISO_CODES,
    MEASURE_UNITS,
    ORDINAL_WORDS,
    PERCENT_WORDS,
    SCALE_WORDS,
    TENS_WORDS,
    TRAILING_HEDGES,
    UNITS_WORDS,
    VULGAR_FRACTIONS,
)
from reconcile.textfold import folds_by_lowering


def alternation(words: object, space: str = r"\s+") -> str:
    """A regex matching any of ``words``, as a trie: ``t(?:en|h(?:ree|irty))``; a space
    within a word matches ``space``.

    Sharing prefixes means the engine tests one character per branch point instead of
    every word at every position, which is what keeps the single scan fast; greedy
    optional tails make the longest word win ("thousands" over "thousand").
    """
    trie: dict[str, dict] = {}
    for word in {str(word) for word in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, space)


def cased(words: object) -> list[str]:
    """Each word as written in running text, at a sentence start and in a headline."""
    forms = []
    for word in words:
        text = str(word)
        forms += [text, text[:1].upper() + text[1:], text.upper()]
    return forms


def _trie_pattern(node: dict[str, dict], space: str) -> str:
    ends_here = "" in node
    branches = [
        (space if char == " " else re.escape(char)) + _trie_pattern(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


_SPACE = r"[ \u00a0\u2009\u202f]"
DIGITS = (
    r"(?:\d{1,3}[ -]{1,2}\d{1,2}/\d{1,3}(?![\d/])"  # mixed fractions: 1-1/8, 2 1/4
    r"|\d{1,4}/\d{1,4}(?![\d/])"  # 3/4, or a date or a season to be ruled out
    r"|\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,12})?(?![\d])"  # 1,234,567.5
    r"|\d{1,2}(?:,\d{2}){1,4},\d{3}(?:\.\d{1,12})?(?![\d])"  # lakh style 12,34,567
    r"|\d{1,3}(?:\.\d{3}){0,6},(?!00(?!\d))\d{1,2}(?!\d|,\d)"  # decimal comma: 1,3 1.111,11
    rf"|\d{{1,3}}(?:{_SPACE}\d{{3}}){{1,6}}(?![\d])(?:\.\d{{1,12}})?"  # 1 234 567
    r"|\d{1,15}(?:\.\d{1,12})?(?:[eE][-+]?\d{1,3}(?![\w])"
    r"|\s?[x×]\s?10(?:\^[-−+]?|[-−])\d{1,3}(?![\w])|\^[-+]{0,2}\d{1,3}(?![\w]))?"
    r"|\.\d{1,12})"
)
_DENOMINATOR_WORDS = [*ORDINAL_WORDS, *(word + "s" for word in ORDINAL_WORDS), "halves"]
_CARDINAL_WORDS = alternation(cased([*UNITS_WORDS, *TENS_WORDS, "hundred", "thousand"]))
_CONTINUE_LIST = [*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, *DOZEN_WORDS, *_DENOMINATOR_WORDS,
                  "and", "a", "an", "point"]
_CONTINUE_WORDS = alternation(cased(_CONTINUE_LIST))
_OPENERS = alternation(cased(["a", "an", "half", "quarter", "minus", "negative"]))
_SIGN = r"(?:[-−+]\s?)?"
SUFFIX = r"(?P<suffix>[A-Za-z]{1,4}|%|元)?(?![A-Za-z])"

_AFTER_HEDGE = "(?:" + "|".join(
    f"(?<={word} )" for word in ("than", "nearly", "almost", "over", "about", "least",
                                 "roughly", "around", "Nearly", "Almost", "About", "Over")
) + ")"
"""Where "half" alone is a figure: "more than half", "nearly half" (not "half-time")."""

_AFTER_SCALE = "(?:" + "|".join(f"(?<={word})" for word in ("million", "billion", "thousand",
                                                                "trillion")) + ")"
"""Where a comma goes on with the same number: "three million, two hundred & forty"."""

_RUN_GAP = r"(?:[^\S\n]{1,3}|[^\S\n]?\n[^\S\n]?(?!\n))"
"""Space between the words of one number: a line may wrap inside it, a paragraph may not
("Net 92.9 mln vs 95.1 mln" then "Nine mths" on the next line of a results table)."""
RUN = (
    rf"(?:{_SIGN}{DIGITS}{SUFFIX}"
    rf"|(?:{_CARDINAL_WORDS})\b"
    rf"|(?:{_OPENERS})(?=[\s-]{{1,3}}(?:{_CONTINUE_WORDS}|\d)\b)"
    rf"|{_AFTER_HEDGE}(?:half|Half)\b)"
    rf"(?:(?:{_RUN_GAP}|\s?-\s?|\s?&\s)(?:{_CONTINUE_WORDS})\b"
    rf"|{_RUN_GAP}(?:and{_RUN_GAP})?{DIGITS}(?![\w/:%]|[.,]\d)"  # "14%" is a figure of its own
    rf"|\s{{1,3}}of\s{{1,3}}an?\s{{1,3}}(?:million|billion|thousand|trillion)\b"
    rf"|{_AFTER_SCALE},\s{{1,2}}(?:{_CONTINUE_WORDS})\b){{0,24}}"
)
"""A run of number-ish tokens; ``numwords.parse_run`` splits it into numbers."""

_VAGUE_PHRASES = [
    "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens of thousands",
    "hundreds of thousands", "tens of millions", "hundreds of millions", "tens of billions",
    "hundreds of billions", "scores of thousands",
    "several hundred", "several thousand", "several million", "a few hundred",
    "a few thousand", "a few million", "many thousands", "many hundreds", "many millions",
    "several hundred thousand", "a few hundred thousand",
]
VAGUE = rf"(?:{alternation(cased(_VAGUE_PHRASES))})\b(?!\s(?:and|thousand|million)\b)"
"""Plural magnitudes with no number; ``rules/figures.yaml`` says what interval each means."""

_TIME_ZONES = (
    r"(?:GMT|gmt|EST|est|EDT|edt|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|JST|HKT|SGT)\b"
    r"|local\s+time\b|hrs\b(?!\s+of\b)"
)
"""What follows a clock time, not a count: a time zone, "local time", the wire's "hrs"."""
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_TIME_TO = r"\s?(?:-|to|and)\s?"
"""Between two clock times of one span, the first named without its zone ("from 0900 to
1315 CST", "from 3.30 to 5.30 P.M.")."""

SKIP = (
    r"\d{1,4}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{2,4}(?![\d])"  # 5/17/2018, 17.05.2018
    # (one separator throughout: "6-3/16 pct" is a wire fraction)
    r"|\d{1,3}(?:\.\d{1,3}){3}(?![\d])"  # an IP address
    r"|\+?\d{1,3}[\s.-]\(?\d{3}\)?[\s.-]\d{3,4}[\s./-]\d{4}(?![\d])"  # a phone number
    r"|\(\d{3}\)\s?\d{3}-\d{4}"
    rf"|(?:\d{{1,2}}[:.]\d{{2}}{_TIME_TO})?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s?"
    rf"(?:[ap]\.?m\b\.?|[AP]\.?M\b\.?|{_TIME_ZONES})"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?![\d])"  # clock times
    r"|\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b|[AP]\.?M\b\.?|o'clock)"
    rf"|(?:{_HHMM}{_TIME_TO})?{_HHMM}\s?(?:{_TIME_ZONES})"  # the wire's "1630 EST (2130 GMT)"
    r"|\d{1,4}\.\d{1,4}\.\d{1,4}(?:\.\d{1,4}){0,3}(?![\d])"  # version numbers 3.1.2
    r"|(?:\d{1,3}\s?(?:-|–|to)\s?)?\d{1,3}(?:-|\s)(?:year|yr|month|week|day)s?(?:-|\s)olds?\b"
    # ages: "a 31-year-old", "21-year-olds", "16 to 20-year-olds"
    r"|\d{1,5}(?:st|nd|rd|th)\b"  # ordinals in digits
)
"""Digit strings that are not figures; matching them first keeps them whole."""


_WORD_INITIALS = "".join(sorted({
    word[0] for word in cased([*UNITS_WORDS, *TENS_WORDS, "hundred", "thousand", "a", "an",
                               "half", "quarter", "minus", "negative", *_VAGUE_PHRASES,
                               *ISO_CODES, *(code.lower() for code in ISO_CODES),
                               *CURRENCY_PREFIXES])
    if word[0].isalpha()
}))


def _currency_prefix(symbols: tuple[str, ...]) -> str:
    signs = alternation([*CURRENCY_PREFIXES, *symbols, *(p.upper() for p in CURRENCY_PREFIXES)])
    codes = alternation([*ISO_CODES, *(code.lower() for code in ISO_CODES)])
    return rf"(?P<currency>(?:{signs})|(?:{codes})(?:\$|(?=\s?\d)))"


WORD_PRECEDERS = " \n\t\r\u00a0([\"'“‘/—–-;:,"
"""Characters a number word follows in running text; ``trigger`` finds words by them."""


@lru_cache(maxsize=8)
def trigger(symbols: tuple[str, ...], lowered: bool = False) -> re.Pattern[str]:
    """Where a master match may start: a digit, a currency sign, or a space (or opening
    bracket or quote) before a number word; signs and lettered currencies before digits
    are found by ``lookback``, a number word opening the text by the caller.

    The master pattern is too rich for the engine to skip text quickly (it tries its
    alternatives at every letter). Both alternatives here open with a character class,
    so the engine's fast first-character loop skips the rest of the text at C speed and
    the master is only tried where this finds something. No letter is in that first set:
    the common letters of English would stop the loop at every other character, while
    number words are found from the space before them; a class of their initials then
    turns most spaces away before the words themselves are tried.

    With ``lowered``, the pattern to search ``lowered_text(text)`` with, at the same
    offsets: the words in lower case only, a trie a third the size, which the engine tries
    at each space a tenth faster. It finds every start the cased pattern finds in the text,
    and the few words in mixed case ("tWo", "a Few") besides, where the master, as cased
    as this one's words, then finds nothing.
    """
    words = cased([*UNITS_WORDS, *TENS_WORDS, "hundred", "thousand", "half", "quarter",
                   "minus", "negative", *(phrase.split()[0] for phrase in _VAGUE_PHRASES
                                          if not phrase.startswith("a "))])
    articles = cased(["a", "an"])
    continues = _CONTINUE_WORDS
    firsts = [*"0123456789", *VULGAR_FRACTIONS, *symbols,
              *(sign for sign in CURRENCY_PREFIXES if len(sign) == 1 and not sign.isalpha())]
    if lowered:
        words, articles = sorted({w.lower() for w in words}), sorted({w.lower() for w in articles})
        continues = alternation({w.lower() for w in cased(_CONTINUE_LIST)})
        firsts = [*firsts, *(first.lower() for first in firsts)]
    initials = "".join(sorted({word[0] for word in [*words, *articles]}))
    word = (rf"(?=[{initials}])(?=(?:{alternation(words)})\b|(?:{alternation(articles)})"
            rf"(?=[\s-]{{1,3}}(?:{continues}|few\b|\d)))")
    return re.compile(f"[{_class(firsts)}]|[{_class(WORD_PRECEDERS)}]{word}")


def _class(chars: object) -> str:
    """The inside of a character class holding each of ``chars``, escaped."""
    return "".join(re.escape(char) for char in sorted(set(chars)))


@lru_cache(maxsize=8)
def lookback(symbols: tuple[str, ...]) -> re.Pattern[str]:
    """What may open a figure just before the digit or "$" that ``trigger`` found: a
    currency ("USD ", "Rs."), the letters of "US$", a sign, a decimal point; ``sign``
    holds the sign alone, to fall back on when the currency turns out to be none.

    The pattern is written backwards, to be matched once on the reversed text where the
    trigger hit: one anchored match instead of a search over the characters before it.
    These openers so need no place in the trigger's first-character set. A dash with a
    space on both sides ("12.3 million people - 50% of the viewing public", a list's "- 50%")
    is punctuation, not a minus sign: a sign is spaced from its digits only when glued to
    the word before it, or when it opens the text ("- 10 k" alone is minus ten thousand),
    and never when that "word" is another dash ("in the second week of March -- 1.8 mln
    bpd below its ceiling --").
    """
    codes = [*ISO_CODES, *(code.lower() for code in ISO_CODES)]
    openers = [*CURRENCY_PREFIXES, *symbols, *(p.upper() for p in CURRENCY_PREFIXES),
               *codes, *(code + "$" for code in codes)]
    stems = {*codes, *(sign[: sign.index("$")] for sign in CURRENCY_PREFIXES
                       if sign.endswith("$") and sign[0].isalpha())}
    return re.compile(
        rf"(?<=\$)(?:{alternation(stem[::-1] for stem in stems)})"
        rf"|(?P<sign>\.?(?:[-−+]|\s[-−+](?=[^\s\-−–—]|\Z))?)"
        rf"(?:\s{{0,2}}(?:{alternation(o[::-1] for o in openers)}))?"
    )


@lru_cache(maxsize=8)
def master(symbols: tuple[str, ...]) -> re.Pattern[str]:
    """The one pattern scanned over a whole text, for these currency symbols."""
    starts = "".join(sorted({sign[0] for sign in [*CURRENCY_PREFIXES, *symbols]}))
    return re.compile(
        rf"(?=[\d.+\-−{re.escape(starts)}{_WORD_INITIALS}½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
        rf"(?:(?=[\d.+\-−{re.escape(starts)}])|\b)"
        rf"(?:(?P<skip>{SKIP})"
        rf"|(?P<vague>{VAGUE})"
        rf"|{_currency_prefix(symbols)}?\s{{0,2}}(?P<run>{RUN}))"
        "|(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
    )



HEDGE_BEFORE = re.compile(
    rf"(?<![\w<>=])(?P<hedge>{alternation(HEDGES)})\s{{0,3}}"
    r"(?:(?:another|an\s+additional|a\s+further|a\s+(?:new\s+)?record|(?P<article>an?))\s+)?"
    r"[\"“']?$",
    re.IGNORECASE,
)
"""A hedge right before the number. With a determiner between them ("less than the 16.5
mln tonnes of last year", "well below the 15.8 mln bpd ceiling") the hedge compares some
unmentioned quantity with a reference figure, which is itself plain: no "the" here. "A
record" may stand between ("at least a record 6.5 mln bags")."""
HEDGE_AFTER = re.compile(
    rf"\s{{1,3}}(?P<hedge>{alternation(TRAILING_HEDGES)})\b"
    r"(?!\s{1,3}(?:than\s{1,3}[\w$£€]|\d))",
    re.IGNORECASE,
)
"""A bound after the number: "30 or more"; not "5000 or less than 6000", not "3 plus 4"."""
RANGE_SEPARATOR = re.compile(
    r"(?:\s?(?:-|–|—|~)\s?|\s{1,3}(?:to|through|or|and)\s{1,3})", re.IGNORECASE
)
PERCENT_LABEL = re.compile(
    r"(?:^|[\n.;:!?]\s{0,3})(?P<label>percents?|per\s?cent)\s{1,3}of\s{1,3}$", re.IGNORECASE
)
"""A percent named before its number, as a label opening a line or sentence: "Percent of
10" (never after a number: "5 percent of 200 employees" is a share of a count)."""
PERCENT_AFTER = re.compile(
    rf"\s{{0,2}}(?P<percent>{alternation(p for p in PERCENT_WORDS if p != '%')})\b|\s?%",
    re.IGNORECASE,
)
_COUNTRIES = alternation(COUNTRY_CURRENCIES)
DOLLAR_WORD = re.compile(r"\b(?:dlrs?|dollars?|cts|cents?)\b", re.IGNORECASE)
DOLLAR_COUNTRY = re.compile(rf"(?<![\w.])(?P<country>{_COUNTRIES})\s{{1,2}}$", re.IGNORECASE)
"""A dollar (or its cent) whose country the writer names, read back from the dollar word
(few in any article): "one billion H.K. Dlrs", "U.S. Dlrs", "Canadian dollars"."""
_LINE_GAP = r"(?:[ \t\xa0\u2009\u202f]{0,2}|[ \t]?\n[ \t]?(?!\n))"
"""Space between a number and its unit: a line may wrap there, a paragraph may not ("17.1
mln" closes a line of a results table, "Year" heads the next). No upper-case escape: the
unit patterns are also matched lowered (``for_lowered``)."""
MONEY_AFTER = re.compile(
    rf"(?:{_LINE_GAP}|-)(?:(?P<country>{_COUNTRIES})\s{{1,2}})?"
    rf"(?P<word>{alternation(w for w in CURRENCY_WORDS if w not in ('p', '$', '€', '£'))})"
    rf"(?![\w])|\s?(?P<sign>[$€£元₹₩₽₡₾₭₦₺₱₪₿¥])(?!\s?\d)"
    rf"|\s?(?P<mega>M)?(?P<iso>{alternation(ISO_CODES)})\b"
    rf"(?:\s{{1,2}}(?P<scale>{alternation(SCALE_WORDS)})\b)?",
    re.IGNORECASE,
)
"""A currency after an amount: "34 mln dlrs", "5 Swiss francs", "12-cent", "30 MUSD"
("M" before a code is the million of financial shorthand), "75 USD million"; a sign
right before a digit opens the next amount and is no unit of this one."""
MEASURE_AFTER = re.compile(
    rf"(?:(?:[ \t\xa0\u2009\u202f]|-){{0,2}}|[ \t]?\n[ \t]?(?!\n))"
    rf"(?P<measure>{alternation(MEASURE_UNITS)})\b(?![-/]\w)", re.IGNORECASE
)


MAGNITUDE_BEFORE = re.compile(r"(?<!order of )\bmagnitude\s+(?:of\s+)?$", re.IGNORECASE)
"""An earthquake's size named before its number ("had a magnitude of 6.6", "a magnitude
7.0 quake"), as "6.5 on the Richter scale" names it after (``MEASURE_AFTER``)."""


def for_lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (compiled with IGNORECASE) as a case-sensitive pattern of lowercase
    letters, to match the same spans in ``text.lower()``.

    The engine cannot skip a branch of a case-insensitive trie on its first character, so
    the currency and measure tries cost two to three times more with the flag than without.
    The two agree wherever lowering keeps every character in place and none of the
    characters the flag folds unlike ``str.lower`` occurs (``textfold.folds_by_lowering``).
    """
    source = pattern.pattern
    if re.search(r"\\[A-Z]", source):
        raise ValueError(f"an upper-case escape would change meaning when lowered: {source}")
    return re.compile(source.lower().replace("(?p<", "(?P<"))


def lowered_text(text: str) -> str | None:
    """``text.lower()`` when ``for_lowered`` patterns may be matched in it, else ``None``."""
    return text.lower() if folds_by_lowering(text) else None


UNIT_AFTER = re.compile(rf"(?:{MONEY_AFTER.pattern})|(?:{MEASURE_AFTER.pattern})", re.IGNORECASE)
"""A currency, else a unit of measure, after an amount: one match where the two were tried
in turn (``measure`` is set only when no currency matched)."""
UNIT_AFTER_LOWERED = for_lowered(UNIT_AFTER)
HEDGE_BEFORE_LOWERED = for_lowered(HEDGE_BEFORE)
DOLLAR_WORD_LOWERED = re.compile(r"(?:d(?<!\wd)(?:lrs?|ollars?)|c(?<!\wc)(?:ts|ents?))\b")
"""``for_lowered(DOLLAR_WORD)`` opening with its letters, the word start tested behind the
first of them: a pattern opening with a word boundary is tried at every character of the
article, one opening with "d" or "c" only where those letters are (the same matches)."""
PER_SHARE = re.compile(r"(?:\s{1,2}|-)(?:a|per)(?:\s+|-)(?:share|shr)\b", re.IGNORECASE)
PER_BASE = re.compile(
    r"\s{1,2}(?:a|an|per)\s+(hectare|acre|ha|feddan|head|capita|person)\b", re.IGNORECASE)
"""A quantity per unit of land or per person is a rate, not an amount: "10 tonnes per
hectare" is a yield, "82 kilos per head" a consumption, neither a harvest."""
_GAP = r"(?:[^\S\n]{1,3}|[^\S\n]?\n[^\S\n]?(?!\n))"
"""White space within a paragraph: a counted noun never comes after a blank line."""
WORDS_AFTER = re.compile(
    rf"(?:{_GAP}of)?(?:{_GAP}([A-Za-z][\w'’-]{{0,30}}))(?:{_GAP}([A-Za-z][\w'’-]{{0,30}}))?"
    rf"(?:{_GAP}([A-Za-z][\w'’-]{{0,30}}))?"
)
RATIO = re.compile(r"\s{1,3}(?:in|out\s+of|(?P<over>over))\s{1,3}", re.IGNORECASE)
"""A share "one in five", "3 out of 10", or a fraction written out "1 over 3"."""
OVER_AGAIN = re.compile(r"\s{1,3}(?:over|under)\b", re.IGNORECASE)
SPACED_SCALE = re.compile(r"[^\S\n]{1,2}(?P<scale>[kKMGB])(?=[^\S\n]?(?:[.,;!?)]|\Z))")
"""A one-letter scale after a space that ends the clause ("2.33 k", "1,674.5 G"): within a
sentence such a letter is a name ("K Street", "100,000 B warrants", "35 M&S goods")."""

COIN = re.compile(r"[Aa](?<![\w.][Aa])n?(?=[^\S\n]{1,2}(?:penny|cent|pence)\b(?![-'’]))")
"""The "a" of "a penny", "a cent": one coin, as news writes a change of price ("Barclays eased
a penny to 503", "nearly a cent higher"). Opens with a character class, so that texts with
no such phrase cost one fast search."""
COIN_CLOSES = re.compile(
    r"[^\S\n]{0,2}(?:[^\w\s]|\n|$|(?:to|at|up|down|off|on|in|from|a|per|each|or|than|more|"
    r"less|since|against|after|before|over|under|last|yesterday|today|[a-z]{2,}er)\b)"
)
"""What follows a coin that is an amount: the clause ends, a preposition or a comparative
("a penny to 253", "a cent higher"). Not "of" ("not a penny of the £57" is none of it) nor a
noun ("a penny stock" is a kind of share)."""
