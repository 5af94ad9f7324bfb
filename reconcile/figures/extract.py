"""Find every figure of a text: one scan with the master pattern, then a few anchored
looks around each match for the hedge before it, a range, and the unit after it.

A figure's span runs from its hedge ("upward of") through currency, number and scale to
its unit or counted noun ("people"), so that a report can show exactly the words that
carry the claim; ``number_start``/``number_end`` keep just the numeric words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from reconcile.figures import context
from reconcile.figures.conventions import FigureConventions
from reconcile.figures.decades import decade_ranges
from reconcile.figures.elided import with_elided_scales
from reconcile.figures.lexicon import (
    COUNTRY_CURRENCIES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    HEDGES,
    IRREGULAR_PLURALS,
    ISO_CODES,
    MEASURE_UNITS,
    NOT_PLURAL_ENDINGS,
    PERCENT_WORDS,
    SCALE_WORDS,
    SHARED_CURRENCIES,
    STOP_WORDS,
    SUFFIX_SCALES,
    TENS_WORDS,
    TRAILING_HEDGES,
    UNITS_WORDS,
    VULGAR_FRACTIONS,
)
from reconcile.figures.limits import with_limit_bounds
from reconcile.figures.numbers import times_scale
from reconcile.figures.numwords import VOCABULARY, parse_run
from reconcile.figures.patterns import (
    COIN,
    COIN_CLOSES,
    DOLLAR_COUNTRY,
    DOLLAR_WORD,
    DOLLAR_WORD_LOWERED,
    HEDGE_AFTER,
    HEDGE_BEFORE,
    HEDGE_BEFORE_LOWERED,
    MAGNITUDE_BEFORE,
    MONEY_AFTER,
    OVER_AGAIN,
    PER_BASE,
    PER_SHARE,
    PERCENT_AFTER,
    PERCENT_LABEL,
    RANGE_SEPARATOR,
    RATIO,
    SPACED_SCALE,
    UNIT_AFTER,
    UNIT_AFTER_LOWERED,
    WORD_PRECEDERS,
    WORDS_AFTER,
    lookback,
    lowered_text,
    master,
    trigger,
)
from reconcile.figures.relative import with_relatives
from reconcile.figures.shares import with_shares
from reconcile.figures.tables import apply_captions
from reconcile.model import Figure, FigureKind
from reconcile.timeref import ends_day_range, starts_day_run
from reconcile.unvalidated import unvalidated

_SPACES = re.compile(r"\s+")
_HALF_OR_QUARTER = re.compile(r"half|quarter", re.IGNORECASE)
_PLAIN_DIGITS = re.compile(r"[-+]?\d{1,3}(?:,\d{3}){0,6}(?:\.\d{1,12})?|\d{1,15}(?:\.\d{1,12})?")
_PLAIN = re.compile(
    rf"(?P<digits>{_PLAIN_DIGITS.pattern})"
    r"(?:\s{1,3}(?P<scale>mln|bln|billion|million|thousand|trillion|bn|mn|tln))?"
)
"""A run that is one number in plain digits, perhaps with a scale ("34 mln"): most runs of
news copy, read without the word machinery of ``numwords``; its digits are a float literal
once the commas go, so ``parse_digits`` and its shape tests are skipped too."""
_SMALL_WORDS = {**UNITS_WORDS, **TENS_WORDS}
_SCALE_WORD = re.compile(
    r"hundred|thousand|million|billion|trillion|mln|bln|bn|lakh|crore|dozen", re.IGNORECASE
)
_SCALE_LETTERS = frozenset("kKMGB")
"""Letters that ``SPACED_SCALE`` reads as a scale, for a cheap test before it."""
_SLASH = re.compile(r"^(\d{1,4})/(\d{1,4})$")
_UNIT_THEN_TO = re.compile(r"[^\S\n]{1,2}[A-Za-z][A-Za-z.-]{0,15}"
                           r"(?:[^\S\n]{1,2}[A-Za-z][A-Za-z.-]{0,15})?"
                           r"[^\S\n]{1,3}to[^\S\n]{1,3}(?:[$£€][^\S\n]?)?[\dA-Za-z]")
"""A unit of one or two words, then "to" and the next number ("26 mln dlrs to 28"): the
cheap test before a range whose ends each carry the unit is looked for."""
_ANYTHING_AFTER = re.compile(
    rf"(?i:{PERCENT_AFTER.pattern})|(?i:{RANGE_SEPARATOR.pattern})|(?i:{RATIO.pattern})"
    rf"|{_UNIT_THEN_TO.pattern}")
"""Whatever ``_single`` looks for right after a number (a percent, a second number, a unit
then "to", a share "in" or "out of"), in one match: most numbers are followed by none, and
then one match instead of four says so."""
_SIZE_OF_UNIT = re.compile(r"[^\S\n]{1,2}\d{1,4}(?:\.\d{1,3})?[- ](?:kilo|kilogram|kg|pound|lb|"
                           r"litre|liter|gallon|tonne|ton|ounce|oz|metre|meter|foot|inch)s?\b",
                           re.IGNORECASE)
"""The size of each counted thing between a count and its noun: "60-kilo" bags."""
_TO = re.compile(r"[^\S\n]{1,3}to[^\S\n]{1,3}")
_END_HEDGE = re.compile(
    r"(?P<hedge>nearly|almost|about|around|roughly|approximately|some|just\s+over|just\s+under"
    r"|well\s+over|more\s+than|over|up\s+to|as\s+much\s+as|as\s+many\s+as|as\s+high\s+as)"
    r"[^\S\n]{1,3}", re.IGNORECASE)
"""A hedge on the second end of a range after a verb of ranging ("to nearly 30 billion")."""
_YEAR_OPENS = re.compile(r"(?:^|[\n:.;(]|\b(?:the|its|their|his|her|all|this|these|those|"
                         r"and|or|for|on|to|with|at|as)\s)\s{0,2}$", re.IGNORECASE)
_YEARLY_NOUNS = frozenset({"earnings", "results", "sales", "profits", "revenues", "revs",
                           "figures", "levels", "losses", "crops", "periods", "mths",
                           "exports", "imports", "budgets", "forecasts", "estimates",
                           "targets", "plantings", "harvests", "models", "statements",
                           "level", "income", "output", "production", "profit", "loss"})


_MOVED_UP = re.compile(r"\b(?:went|gone|go|goes|going|moved|move|moves|edged|inched|crept|"
                       r"ticked|shot|came|come|comes)\s+up$", re.IGNORECASE)
"""A verb of motion before "up to": the figure is where a level went, not a ceiling."""
_REVISED_UP = re.compile(
    r"\b(?:revised|revise|revises|revising)"
    r"(?:\s+(?!(?:and|but|or|said|says|that|to|would|will|could|may)\b)[\w'’-]+){0,8}\s+up$",
    re.IGNORECASE)
"""A revision "up to" a figure, its object between ("analysts have revised their estimates
of Soviet imports up to 25-28 mln tonnes"): where the estimate went, no bound."""
_BROUGHT_UP = re.compile(
    r"\b(?:(?:bring|brings|bringing|brought|push|pushes|pushed|pushing|drive|drives|"
    r"driving|drove|driven|take|takes|taking|took|taken)"
    r"(?:\s+(?!(?:and|but|or|said|says|that|to|would|will|could|may)\b)[\w'’-]+){1,6}"
    r"(?<!\bof)(?<!\bon)(?<!\bin)(?<!\bfor)(?<!\bwith)(?<!\bby)(?<!\bat)"
    r"|(?:is|are|was|were|be|been|being)\s+(?:brought|pushed|driven|taken))\s+up$",
    re.IGNORECASE)
"""A level a thing is brought to ("allowances can bring their total pay up to 4,000
cruzados", "which is brought up to 15,229 cruzados"): where it went, no ceiling; without
an object between, "could bring up to 500 jobs" stays a ceiling."""
_SENTENCE_OPENERS = frozenset(".!?\"'“”‘’:;-–—([\n")
"""What may stand right before the first word of a sentence, a quote or a list item."""


_ZEROS = frozenset({"nil", "zero", "nought", "naught"})
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|n't)(?:\s+(?!(?:for|in|within|by|after|until|of|with|at|to)\b)[a-z]+)"
    r"{0,2}\s+$")
"""A negation a word or two before a bound turns it round: a country that "must not import
more than 10 mln tonnes" imports at most 10 mln tonnes. A preposition between says the
bound is of something else ("would not materialise for at least nine months")."""
_FLIPPED = {"low": "high", "high": "low"}
_NOUN_BEFORE_OR = re.compile(
    r"[^\S\n]{1,3}(?!(?:above|below|over|under|higher|lower|more|less|up|down)\b)[a-z]{2,}"
    r"(?=[^\S\n]{1,3}or[^\S\n])")
"""One noun between a figure and a trailing bound: "4.3 pct fat or less"."""


def _named_by_number(text: str, amount: _Amount) -> bool:
    """Whether a number written in words with a capital inside a sentence is part of a
    name: "China's Three Gorges Dam", "the Six Nations", "Formula One", "Ocean's Twelve",
    "BBC Radio Five Live". Only the first word of a sentence has a capital of its own."""
    initial = amount.raw[:1]
    if not (initial.isalpha() and initial.isupper()) or amount.raw.lower() in _ZEROS:
        return False  # "Shr NIL vs 1.20": a table's zero, capitalised or not
    before = text[max(0, amount.start - 40):amount.start].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-Z]")


def _inside_a_name(text: str, amount: _Amount) -> bool:
    """Whether a small number stands between two capitalised words of one name ("Pier 1
    Imports Inc", "Channel 4 News"): it names, it counts nothing, though the word after it
    reads as a counted noun."""
    return _CAPITAL_AFTER.match(text, amount.number_end) is not None and context.is_name_number(
        text, amount.start, amount.number_end, amount.raw.strip())


_BASES = {"ha": "hectare", "capita": "person", "head": "person"}
"""Spellings of one base, in one form: "per ha" is per hectare, "per capita" per person."""


@lru_cache(maxsize=4)
def _country_names(countries: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """The names of the countries as whole words ("paris", not the "paris" of
    "comparison"): the first found says which country an article is about."""
    names = sorted((name for _, group in countries for name in group), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


def _year_of_noun(text: str, amount: _Amount, unit: _Unit) -> bool:
    """Whether four plain digits in the years news covers are the year of the noun after
    them, not a count of it: the noun is one a year is had of ("1986 earnings", "1987
    models"), or words stand between them ("1985 net excludes", "1987 winter wheat
    farmers"), or the number opens its line or follows a determiner or preposition ("NOTE:
    1986 results", "the 1985 preferred shares", "due 2012 through underwriters"). News
    writes a count of thousands with a comma; "a crowd of 2000 people" still counts."""
    noun = (unit.unit or "").lower()
    if noun in _YEARLY_NOUNS:
        return True
    gap = text[amount.end:unit.end].split()
    if len(gap) > 1:
        return True
    return bool(_YEAR_OPENS.search(text, max(0, amount.start - 8), amount.start))


_YEAR_BEFORE = re.compile(r"(?<![\d,.])(?:19|20)\d\d\s{1,2}$")
"""A year right before a count of periods: "1987 nine mths" names a period of that year."""
_TABLE_PERIOD = re.compile(r"[^\S\n]*(?:\n|\Z)")
"""Nothing but the end of the line after a count of periods."""
_PERIOD_UNITS = frozenset({"mths", "months", "weeks", "wks", "qtrs", "quarters", "years",
                           "yrs"})
_SPAN_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years",
                         "decades", "mths", "wks", "yrs"})
_COUNTED_BACK = re.compile(r"[^\S\n]{1,3}(?:ago|earlier|later)\b", re.IGNORECASE)
"""After a span of time, a point in time: "two days ago", "two weeks earlier" say when,
they measure nothing."""
_BY_BEFORE = re.compile(r"\bby\s{1,3}(?:\S+\s{1,3}\S+\s{1,3}or\s{1,3})?$", re.IGNORECASE)
"""A change told by "by", perhaps as a rate first: "by 1.7 pct or 49.1 billion dlrs to"."""


def _unit_words(words: str) -> list[str]:
    """The unit a figure's words after its number name, without its scale and plural:
    " mln dlrs" and " billion dlrs a share" both open with "dlr"."""
    return [word.lower().rstrip("s") for word in words.split()
            if word.lower() not in SCALE_WORDS][:1]


_BARE_WORDS = frozenset({"one", "a", "an"})
_DISTANCE_AFTER = re.compile(
    r"\s+(?:hurdles|title|titles|race|final|finals|heat|heats|semi-finals?|champion|"
    r"championships?|world\s+record|freestyle|butterfly|backstroke|breaststroke|medley|"
    r"relay|sprint|dash|steeplechase|walk|personal\s+best)\b",
    re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(
    r"(?:men's|women's|cleared|clearing|jumped|leapt|vaulted|threw|thrown)\s+$", re.IGNORECASE)
"""Words of athletics and swimming around "Nm", a distance in metres there, not millions."""
_CURRENCY_BEFORE = re.compile(r"[£$€¥₹]\s?$")
_GLUED_THEN_WORD = re.compile(r"[-–]?(\d[\d.,]{0,24})\s+(?:and|or|to)\s")
"""A glued number ("1987" of "end-1987") and the word that joined the next number to it in
one run: that number is still read. Digits after a space stay with the glued token
("System/36 5364", "MAY7 285": a model's number, a table's month). The token is bounded: a
megabyte of "1,234,5678,9" is one glued run, not a search to its end from each number."""
_HEDGE_ENDINGS = tuple(
    {phrase if phrase.endswith(" the") else phrase.split()[-1] for phrase in HEDGES}
    | {"another", "additional", "further", " a", " an", " record"}
)
"""Last words of the hedges, for a cheap test before the hedge pattern; "between the"
whole, as "the" alone ends the words before most numbers of news copy."""

NUMBER_WORDS = frozenset(UNITS_WORDS) | frozenset(TENS_WORDS)
"""Number words (not scales: "hundreds of billions" is one figure): never the noun a number
counts."""


class _Amount(NamedTuple):
    """One number as read, before hedges and units: span, value, and what came with it.

    A named tuple, not a dataclass: its ``_replace`` is several times cheaper than
    ``dataclasses.replace``, and it is called for most numbers of a text."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: float
    raw: str
    currency: str | None = None
    scaled: bool = False
    unit: str | None = None
    kind: FigureKind = "number"


class _Dropped:
    """What ``_range`` says when the two numbers are no figure at all ("won 3-1")."""


_DROPPED = _Dropped()


class _Unit(NamedTuple):
    kind: FigureKind
    unit: str | None
    end: int
    factor: float = 1.0


class _Reader:
    """Reads the figures of one text with one set of conventions."""

    def __init__(self, text: str, conventions: FigureConventions,
                 lowered: str | None = None) -> None:
        """``lowered`` is ``patterns.lowered_text(text)``, for the case-sensitive patterns
        that stand in for case-insensitive ones; ``None`` uses the case-insensitive ones."""
        self.text = text
        self.conventions = conventions
        self.symbols = conventions.currency_symbols
        self.currencies: dict[int, str] = {}  # which crown or franc, read once needed
        self.dollar: str | None = None  # the article's bare dollar, read once needed
        symbols = tuple(sorted(self.symbols))
        self.pattern = master(symbols)
        self.trigger = trigger(symbols, lowered is not None)
        self.lookback = lookback(symbols)
        self.backwards = text[::-1]
        self.lowered = lowered
        self.scanned = text if lowered is None else lowered  # what ``trigger`` searches

    def figures(self) -> list[Figure]:
        """The figures in text order, with "above 10 and below 20" and "3 dollars 50 cents"
        joined into one."""
        found: list[Figure] = []
        scanned = self._with_coins(self._scan())
        for decade in decade_ranges(self.text, self.symbols.get("$", "USD")):
            _insert(scanned, decade)
        for figure in scanned:
            if found and figure.start - found[-1].end <= _JOIN_REACH:
                if _bounds_pair(self.text, found[-1], figure):
                    figure = _joined(self.text, found.pop(), figure)
                elif (cents := _cents_after(self.text, found[-1], figure)) is not None:
                    figure = _added(self.text, found.pop(), figure, cents)
                elif _converts(self.text, found[-1], figure):
                    figure = _with_bound_of(found[-1], figure)
            found.append(figure)
        return found

    def _scan(self) -> list[Figure]:
        found: list[Figure] = []
        position = 0
        while True:
            match = self._search(position)
            if match is None:
                return found
            position = match.end()
            skip, vague = match.group("skip", "vague")
            if skip:
                continue
            if self._glued(match.start()):
                if self.text[match.start()].isalpha():
                    position = match.start() + 1  # "Named-A 3,157.6": the digits still count
                else:  # "by end-1987 and 15.50 dlrs": a word goes on past the glued year
                    token = _GLUED_THEN_WORD.match(self.text, match.start())
                    position = token.end(1) if token else position
                continue
            if vague:
                found.append(self._vague(match))
                position = found[-1].end
                continue
            amounts = self._amounts(match)
            if not amounts:
                continue
            if amounts[-1].end > position:  # a conditional, not max(): called for each number
                position = amounts[-1].end
            for figure in self._figures_of(amounts):
                if not found or figure.start >= found[-1].end:
                    found.append(figure)
                    if figure.end > position:
                        position = figure.end

    def _with_coins(self, found: list[Figure]) -> list[Figure]:
        """``found`` with each coin named by "a" ("a penny to 253") added as one hundredth of
        its currency, where no figure covers it already."""
        if "cent" not in self.text and "penny" not in self.text and "pence" not in self.text:
            return found  # three substring tests are cheaper than the search
        for coin in COIN.finditer(self.text):
            amount = _Amount(coin.start(), coin.end(), coin.start(), coin.end(), 1.0,
                             coin.group(0))
            figure = self._finish(amount, amount, self._hedge_before(coin.start()))
            if figure is None or figure.kind != "money" or not (
                figure.unit.endswith(" per share") or COIN_CLOSES.match(self.text, figure.end)
            ):
                continue
            _insert(found, figure)
        return found

    def _search(self, position: int) -> re.Match[str] | None:
        """The next master match from ``position``: tried only where ``trigger`` finds a
        start (after the space it found before a word), or just before a digit or sign
        where a currency or sign opens the number."""
        text = self.text
        backwards = self.backwards
        size = len(text)
        if position == 0 and text[:1].isalpha():
            match = self.pattern.match(text, 0)
            if match is not None:
                return match
        while True:
            hit = self.trigger.search(self.scanned, position)
            if hit is None:
                return None
            at = hit.start()
            if text[at] in WORD_PRECEDERS:
                at += 1
            elif at > position:
                opener = self.lookback.match(backwards, size - at)
                whole = opener.end() - size + at
                if whole:  # most digits open their number: then no sign either
                    sign = opener.end("sign") - opener.start("sign")
                    for reach in (whole, sign) if sign != whole else (whole,):
                        if 0 < reach <= at - position:
                            match = self.pattern.match(text, at - reach)
                            if match is not None:
                                return match
            match = self.pattern.match(text, at)
            if match is not None:
                return match
            position = at + 1

    def _glued(self, start: int) -> bool:
        """A match inside a word or a longer token: "G7", "SCP-173", "A$5" handled apart."""
        if start == 0:
            return False
        before = self.text[start - 1]
        if before.isalnum() or before in "_.,/:%=?&#":
            return not self.text[start].isalpha() or before.isalnum()
        joined = self.text[start - 2 : start - 1]  # "SCP-173", the "14" of "2013-14"
        return before in "-–" and (joined.isalnum() or joined == "_")

    # ----- reading numbers -------------------------------------------------------------

    def _amounts(self, match: re.Match[str]) -> list[_Amount]:
        """The numbers of one master match, with any currency sign and attached scale."""
        vulgar, run, suffix, sign = match.group("vulgar", "run", "suffix", "currency")
        if vulgar:
            value = VULGAR_FRACTIONS[vulgar]
            return [_Amount(match.start(), match.end(), match.start(), match.end(), value,
                            match.group(0))]
        run_start, run_end = match.span("run")
        suffix_at = match.start("suffix") - run_start if suffix else -1
        currency = self._currency(sign)
        plain = _PLAIN.fullmatch(run) if suffix is None else None
        if plain is not None:
            digits, scale = plain.group("digits", "scale")
            value = float(digits.replace(",", ""))
            amounts = [_Amount(run_start, run_end, run_start, run_end,
                               value * SCALE_WORDS[scale.lower()] if scale else value, run,
                               scaled=scale is not None)]
        elif suffix is None and run.lower() in _SMALL_WORDS:
            amounts = [_Amount(run_start, run_end, run_start, run_end,
                               float(_SMALL_WORDS[run.lower()]), run)]
        else:
            glued = self._glued_letters(run, run_start, suffix, suffix_at) if suffix else None
            amounts = self._parsed(run, run_start, suffix, suffix_at) if glued is None else glued
        if amounts and currency is not None:
            amounts[0] = amounts[0]._replace(start=match.start(), currency=currency)
        if amounts and suffix is None and not amounts[-1].scaled and self.text[
            amounts[-1].end + 1 : amounts[-1].end + 3
        ].lstrip()[:1] in _SCALE_LETTERS:
            amounts[-1] = self._spaced_scale(amounts[-1])
        return amounts

    def _spaced_scale(self, amount: _Amount) -> _Amount:
        """ "2.33 k": a one-letter scale after a space, where it ends the clause."""
        spaced = SPACED_SCALE.match(self.text, amount.end)
        if spaced is None:
            return amount
        return amount._replace(end=spaced.end(), number_end=spaced.end(), scaled=True,
                               value=times_scale(amount.value,
                                                 SUFFIX_SCALES[spaced.group("scale")]))

    def _glued_letters(self, run: str, run_start: int, suffix: str, suffix_at: int
                       ) -> list[_Amount] | None:
        """ "5%", "800m", "1bn": plain digits and the letters glued to them, the whole run,
        read as ``parse_run`` would read it but without its word machinery (a scale word
        multiplies the digits, "0bn" as "1bn" there too; other letters go to
        ``_with_suffix``); ``None`` for any other run, or letters it reads as a number word."""
        if len(run) != suffix_at + len(suffix) or _PLAIN_DIGITS.fullmatch(run, 0, suffix_at
                                                                          ) is None:
            return None
        word = suffix.lower()
        value = float(run[:suffix_at].replace(",", ""))
        if word == "m" and self._distance(run_start, run_start + len(run)):
            end = run_start + len(run)
            return [_Amount(run_start, end, run_start, end, value, run, kind="quantity",
                            unit="metres")]
        if word in SCALE_WORDS:
            end = run_start + len(run)
            return [_Amount(run_start, end, run_start, end, (value or 1) * SCALE_WORDS[word],
                            run, scaled=_SCALE_WORD.search(run) is not None)]
        if word in VOCABULARY:
            return None
        end = run_start + suffix_at
        amount = self._with_suffix(_Amount(run_start, end, run_start, end, value,
                                           run[:suffix_at]), suffix)
        return [] if amount is None else [amount]

    def _parsed(self, run: str, run_start: int, suffix: str | None, suffix_at: int
                ) -> list[_Amount]:
        """The numbers of a run with words, several numbers or a suffix in it."""
        amounts = []
        for parsed in parse_run(run.replace("−", "-")):
            start, end = run_start + parsed.start, run_start + parsed.end
            raw = self.text[start:end]
            amount = _Amount(start, end, start, end, parsed.value, raw)
            if suffix and parsed.end == suffix_at:
                amount = self._with_suffix(amount, suffix)
                if amount is None:
                    return []
            if not amount.scaled and _SCALE_WORD.search(raw):
                amount = amount._replace(scaled=True)
            amounts.append(amount)
        return amounts

    def _with_suffix(self, amount: _Amount, suffix: str) -> _Amount | None:
        """Letters glued to the digits: a scale ("10k"), a unit ("29km", "5%") or not a
        figure at all ("1st", "2pm", "1990s")."""
        end = amount.end + len(suffix)
        if suffix == "%":
            return amount._replace(end=end, kind="percent", unit="percent")
        if suffix == "p":
            return amount._replace(end=end, kind="money", unit=self.symbols.get("£", "GBP"),
                           value=amount.value / 100)
        if suffix == "元":
            return amount._replace(end=end, kind="money", unit="CNY")
        if suffix.lower() == "m" and self._distance(amount.start, end):
            return amount._replace(end=end, kind="quantity", unit="metres")
        if suffix in SUFFIX_SCALES:
            return amount._replace(end=end, value=amount.value * SUFFIX_SCALES[suffix],
                           scaled=True)
        lower = suffix.lower()
        if lower in SUFFIX_SCALES and lower not in ("m", "g", "t"):
            return amount._replace(end=end, value=amount.value * SUFFIX_SCALES[lower],
                           scaled=True)
        if lower in MEASURE_UNITS:
            return amount._replace(end=end, kind="quantity", unit=MEASURE_UNITS[lower])
        if suffix in ISO_CODES:
            return amount._replace(end=end, kind="money", unit=suffix)
        if lower in PERCENT_WORDS:
            kind = PERCENT_WORDS[lower]
            return amount._replace(end=end, kind="points" if kind == "points" else "percent",
                           unit=kind)
        return None

    def _distance(self, start: int, end: int) -> bool:
        """Whether "100m" is a distance in metres, not 100 million: a race or an event
        named after it ("his Olympic 100m title", "the women's 5,000m", "over 60m
        hurdles") or a height or length cleared ("cleared 4.88m")."""
        if _CURRENCY_BEFORE.search(self.text, max(0, start - 4), start):
            return False  # "a £20m title deal" is money
        return _DISTANCE_AFTER.match(self.text, end) is not None or \
            _DISTANCE_BEFORE.search(self.text, max(0, start - 12), start) is not None

    def _currency(self, sign: str | None) -> str | None:
        if not sign:
            return None
        compact = _SPACES.sub(" ", sign)
        if compact.endswith("$") and compact[:-1].upper() in ISO_CODES:
            return compact[:-1].upper()
        for table in (self.symbols, CURRENCY_PREFIXES):
            for key in (compact, compact.upper()):
                if key in table:
                    return table[key]
        return _PREFIXES_ANY_CASE.get(compact.lower(), compact.upper())

    # ----- building figures ------------------------------------------------------------

    def _figures_of(self, amounts: list[_Amount]) -> list[Figure]:
        """Figures for the numbers of one match: a "between" range, or one figure each."""
        hedge = self._hedge_before(amounts[0].start)
        if len(amounts) == 1:  # most matches: one number, no "between" to pair
            figure = self._single(amounts[0], hedge, allow_range=True)
            return [] if figure is None else [figure]
        if hedge and HEDGES[hedge.group("hedge").lower()][0] == "range" and len(amounts) == 2:
            second = self._percent_or_none(amounts[1]) or amounts[1]
            between = self._range(amounts[0], second, hedge,
                                  self.text[amounts[0].end:amounts[1].start])
            if isinstance(between, Figure):
                return [between]
        figures = []
        for index, amount in enumerate(amounts):
            last = index == len(amounts) - 1
            figure = self._single(amount, hedge if index == 0 else self._hedge_before(
                amount.start), allow_range=last)
            if figure is not None:
                figures.append(figure)
        return figures

    def _single(self, amount: _Amount, hedge: re.Match[str] | None, allow_range: bool
                ) -> Figure | None:
        text = self.text
        if _ANYTHING_AFTER.match(text, amount.end) is None:
            return self._finish(amount, amount, hedge)
        percent = self._percent_or_none(amount)
        core = percent or amount
        if allow_range:
            separator = RANGE_SEPARATOR.match(text, core.end)
            if separator is not None:
                second = self._next_amount(separator.end())
                if second is not None:
                    ranged = self._range(core, second, hedge, separator.group(0))
                    if ranged is _DROPPED:
                        return None
                    if ranged is not None:
                        return ranged
                elif (hedged := self._hedged_range(core, hedge, separator)) is not None:
                    return hedged
            elif _UNIT_THEN_TO.match(text, core.end):
                ranged = self._range_of_units(core, hedge)
                if ranged is not None:
                    return ranged
            ratio = self._ratio(core, hedge)
            if ratio is not None:
                return ratio
        return self._finish(core, core, hedge)

    def _percent_or_none(self, amount: _Amount) -> _Amount | None:
        """The amount with a percent sign or word right after it, if there is one."""
        if amount.kind != "number" or amount.currency:
            return None
        match = PERCENT_AFTER.match(self.text, amount.end)
        if match is None:
            return None
        word = _SPACES.sub(" ", (match.group("percent") or "%").lower())
        kind = PERCENT_WORDS.get(word, "percent")
        if kind == "points" and word in ("point", "points") and amount.value != int(
            amount.value
        ):
            return None
        return amount._replace(end=match.end(), kind="points" if kind != "percent" else
                       "percent", unit=kind)

    def _next_amount(self, position: int) -> _Amount | None:
        match = self.pattern.match(self.text, position)
        if match is None or (not match.group("run") and not match.group("vulgar")):
            return None
        amounts = self._amounts(match)
        if not amounts or amounts[0].number_start != match.start("run" if match.group("run")
                                                                else "vulgar"):
            return None
        return self._percent_or_none(amounts[0]) or amounts[0]

    def _range(self, first: _Amount, second: _Amount, hedge: re.Match[str] | None,
               separator: str) -> Figure | _Dropped | None:
        """ "20 to 30", "7.2 to 7.3 mln", "between 20 and 30", "$4.2bn to $4.35bn"."""
        word = separator.strip().lower()
        marker = _SPACES.sub(" ", hedge.group("hedge").lower()) if hedge else ""
        if (word == "and" and not marker.startswith("between")) or first.raw.lower() == "half":
            return None
        if marker == "from" and context.is_change(self.text, hedge.start() if hedge else 0) \
                and not context.moves_against(self.text, hedge.start() if hedge else 0,
                                              first.value, _unscaled(second) if second.scaled
                                              and not first.scaled else second.value):
            return None
        if word in ("-", "–", "—") and (
            context.is_season_or_years(first.raw, second.raw)
            or context.is_score(self.text, first.start, second.end, first.raw.strip(),
                                second.raw.strip())
        ):
            return _DROPPED
        if not first.currency and not first.scaled \
                and (ends_day_range(self.text, second.start, second.number_end)
                     or starts_day_run(self.text, first.start)):
            return _DROPPED  # "during the period February 1 to 25", "between 24 and 26
            # December": days, no figure
        if context.is_year(first.raw, first.value) and not first.currency and \
                context.is_year_before(self.text, first.start) and not marker:
            return None  # "jumping by 21.1% during 2004 to 136,000": a year, then the level
        if (first.currency != second.currency and first.currency and second.currency) or (
            first.kind != "number" and second.kind != first.kind
        ) or (second.currency and not first.currency and first.kind != "number"):
            return None
        low = first.value * 1000 if _shares_thousands(first, second, separator) else first.value
        high = second.value
        unscaled = _unscaled(second) if second.scaled and not first.scaled else high
        borrowed = low < unscaled < high
        ranged = marker == "from" and hedge is not None and context.is_ranged(self.text,
                                                                            hedge.start())
        if ranged and unscaled < low and not second.scaled:
            low, high, unscaled = high, low, low  # "ranged from 0.64 to 0.50 ounces"
        if unscaled < low and not marker.startswith("between"):
            return None  # "in 1988 to 2.4 mln tonnes": the first is no end of that range
        if not marker and word == "to" and self._change_then_level(first, second, borrowed):
            return None
        if borrowed:
            if context.is_date(self.text, first.start, first.number_end):
                return None  # "ended January 28 to 285 mln dlrs": a day, then the amount
            low = times_scale(low, high / unscaled)
        if not low < high:
            return None
        if context.is_season_or_years(first.raw, second.raw):
            return _DROPPED
        merged = second._replace(start=first.start, number_start=first.number_start,
                         currency=first.currency or second.currency,
                         kind=second.kind if second.kind != "number" else first.kind,
                         unit=second.unit or first.unit)
        figure = self._finish(merged, merged, hedge if marker and HEDGES[marker][0] in (
            "range", "point") else None)
        if figure is None:
            return None
        factor = figure.high / merged.value if figure.high and merged.value else 1.0
        start = hedge.start() if hedge is not None else figure.start
        bound = HEDGES[marker][0] if marker else "range"
        return figure.model_copy(update={
            "value": None, "start": start, "text": self.text[start:figure.end],
            # a bound before a range bounds it by its far end: "no more than four to five
            # billion dlrs" is at most five, "more than 20 to 30" at least 20
            "low": None if bound == "high" else low * factor,
            "high": None if bound == "low" else high * factor,
            "approx": figure.approx or (bool(marker) and HEDGES[marker][1])})

    def _range_of_units(self, first: _Amount, hedge: re.Match[str] | None) -> Figure | None:
        """ "26 mln dlrs to 28 mln dlrs", "24 cts to 30 cts", "2.85 dlrs to three dlrs": a
        range whose ends each carry one unit. After a verb of change in the clause the first
        is the change or the old level and the second the new level ("lowered 1.50 dlrs to
        16.35 dlrs", "jumped nearly two cts to 33 U.S. cts", "lowered its price by 20 dlrs
        to 2,160 dlrs", "would rise from around 6.55 billion dlrs to 19.66 billion dlrs"),
        two figures."""
        lead = (hedge.start() if hedge is not None else first.start)
        if context.is_change(self.text, first.start) or _BY_BEFORE.search(
                self.text, max(0, lead - 24), lead):
            return None  # "... by 300 dlrs to 15,966 dlrs": the change, then the level
        alone = self._finish(first, first, None)
        if alone is None or alone.unit is None or alone.end <= first.end:
            return None
        separator = _TO.match(self.text, alone.end)
        if separator is None:
            return None
        second = self._next_amount(separator.end())
        if second is None:
            return self._hedged_range(first, hedge, separator, alone)
        other = self._finish(second, second, None)
        if other is None or other.kind != alone.kind or not (
                other.unit == alone.unit or (other.unit or "").startswith(f"{alone.unit} per ")):
            return None  # "23 cts to 26 cts a share": the second end says what per
        if _unit_words(self.text[first.end:alone.end]) != \
                _unit_words(self.text[second.end:other.end])[:1]:
            return None  # "gained 50 cents to 70.50 dlrs": a change in cents, a level in dollars
        ranged = self._range(first, second, hedge, separator.group(0))
        return ranged if isinstance(ranged, Figure) else None

    def _hedged_range(self, first: _Amount, hedge: re.Match[str] | None,
                      separator: re.Match[str], alone: Figure | None = None) -> Figure | None:
        """ "Forecasts range from 20 billion dlrs to nearly 30 billion dlrs": after a verb of
        ranging the second end may carry a hedge of its own, and the two ends are still one
        range, closed by an end that is approximate or a ceiling ("nearly 30"), open above
        by one that is a floor ("ranging from 750 mln dlrs to more than one billion dlrs").
        Only a verb of ranging says so: after "rose from X to" the hedged figure is the new
        level, a figure of its own."""
        if hedge is None or hedge.group("hedge").lower() != "from" or \
                separator.group(0).strip().lower() != "to" or \
                not context.is_ranged(self.text, hedge.start()):
            return None
        inner = _END_HEDGE.match(self.text, separator.end())
        second = None if inner is None else self._next_amount(inner.end())
        if second is None:
            return None
        if alone is not None:  # each end carries the unit: the second must carry the same
            other = self._finish(second, second, None)
            if other is None or (other.kind, other.unit) != (alone.kind, alone.unit):
                return None
        ranged = self._range(first, second, hedge, separator.group(0))
        if not isinstance(ranged, Figure):
            return None
        bound, approx = HEDGES[_SPACES.sub(" ", inner.group("hedge").lower())]
        return ranged.model_copy(update={
            "high": None if bound == "low" else ranged.high, "approx": ranged.approx or approx})

    def _change_then_level(self, first: _Amount, second: _Amount, borrowed: bool) -> bool:
        """ "fell 11,000 to 813,200", "rose 2 pct to 5.5 pct", "up 5 to 120": after a verb of
        change the first number is the change and the second the new level, two figures;
        but "rise 20 to 25 pct", "rose 0.50 to 1.00 dlr" are ranges of the change. The change
        is told by a unit of its own on the first number, or by a level four times or more
        the change (the second end compared before the scale the first borrows from it:
        "rise two to three billion")."""
        if not context.is_change_verb_before(self.text, first.start):
            return False
        if first.kind != "number" or first.currency:
            return True
        level = _unscaled(second) if borrowed else second.value
        return first.value > 0 and level >= 4 * first.value

    def _ratio(self, first: _Amount, hedge: re.Match[str] | None) -> Figure | None:
        """ "one in five", "3 out of 10": a share, as the fraction it stands for; "1 over 3"
        a fraction, when nothing is counted after it ("1986 over 1985" and the spreads of
        "3-1/4 over 3-1/2 over" in commodity tables are no fractions)."""
        if first.kind != "number" or first.currency:
            return None
        joint = RATIO.match(self.text, first.end)
        if joint is None:
            return None
        second = self._next_amount(joint.end())
        over = joint.group("over") is not None
        if second is None or second.kind != "number" or not (
            first.value != 0 < second.value if over else 0 < first.value < second.value
        ):
            return None
        if not (first.value.is_integer() and second.value.is_integer()) or any(
            context.is_year(amount.raw, amount.value) for amount in (first, second)
        ):
            return None
        merged = second._replace(start=first.start, number_start=first.number_start)
        figure = self._finish(merged, merged, hedge)
        if figure is None or (over and (figure.kind != "number" or OVER_AGAIN.match(
            self.text, figure.end
        ))):
            return None
        share = first.value / second.value
        return figure.model_copy(update={
            "value": share, "low": None if figure.low is None else share,
            "high": None if figure.high is None else share,
            "kind": "number" if over else "ratio"})

    def _hedge_before(self, start: int) -> re.Match[str] | None:
        """The hedge right before ``start``; a cheap suffix test rules most numbers out.

        An article between hedge and number is taken only before "half" and "quarter"
        ("more than half", "nearly a quarter"): "over a three-year period" is a time span.
        """
        lowered = self.lowered
        reach = start - 30 if start > 30 else 0
        if lowered is None:
            window = self.text[reach:start].rstrip(" \"“'").lower()
        else:
            window = lowered[reach:start].rstrip(" \"“'")
        if not window.endswith(_HEDGE_ENDINGS):
            return None
        hedge = (HEDGE_BEFORE.search(self.text, reach, start) if lowered is None
                 else HEDGE_BEFORE_LOWERED.search(lowered, reach, start))
        if hedge is not None and hedge.group("article") and not _HALF_OR_QUARTER.match(
            self.text, start
        ):
            return None
        if hedge is not None and (
                _MOVED_UP.search(self.text, max(0, hedge.start() - 12), hedge.start() + 2)
                or _REVISED_UP.search(self.text, max(0, hedge.start() - 80), hedge.start() + 2)
                or _BROUGHT_UP.search(self.text, max(0, hedge.start() - 80), hedge.start() + 2)):
            return None  # "the unemployment rate went up to 5.5%": where it went, no bound
        return hedge

    def _outer_bound(self, start: int) -> tuple[str, int] | None:
        """A bound before an approximating hedge, and where it starts: "at least an
        estimated five million", "up to about 105 billion". "Over" and "under" are left
        out: before a hedge they are mostly prepositions ("control over approximately 53
        pct", "payments over about two years")."""
        outer = self._hedge_before(start)
        if outer is None or outer.group("hedge").lower() in ("over", "under"):
            return None
        bound = HEDGES[outer.group("hedge").lower()][0]
        return (bound, outer.start()) if bound in ("low", "high") else None

    def _finish(self, amount: _Amount, core: _Amount, hedge: re.Match[str] | None
                ) -> Figure | None:
        """Add the unit and the hedge to a number, or drop it when it is no figure."""
        text = self.text
        unit = self._unit(core)
        start = amount.start
        if unit.kind == "number" and hedge is None and text.endswith("of ", 0, start):
            label = PERCENT_LABEL.search(text, max(0, start - 24), start)
            if label is not None:
                unit = unit._replace(kind="percent", unit="percent")
                start = label.start("label")
        if _named_by_number(text, amount):
            return None
        if (unit.kind == "number" and self._not_a_figure(amount, hedge)) or (
            "/" in amount.raw and _split_year(amount.raw)
        ):
            return None
        if unit.kind == "count" and hedge is None and context.is_one_of_a_kind(
                text, amount.raw.strip(), amount.end):
            return None  # "One discount retailer to fare well in December was Costco"
        if unit.kind == "count" and hedge is None and _inside_a_name(text, amount):
            return None  # "Pier 1 Imports Inc said": a name with a number inside it
        if unit.kind == "count" and hedge is None and (
                context.is_index_name(text, amount.start)
                or (not amount.scaled and ends_day_range(text, amount.start, amount.number_end))
                or context.is_day_before_noun(text, amount.start, amount.raw)):
            return None  # "the Nikkei 225", "during the period February 1 to 25 exports
            # ...", "the September 11 attacks"
        if unit.kind == "count" and hedge is None and _TABLE_PERIOD.match(text, unit.end) \
                and (unit.unit or "").lower() in _PERIOD_UNITS \
                and context.is_line_start(text, amount.start):
            return None  # "Nine mths" heading a results table's lines: a period, no figure
        if unit.kind == "count" and hedge is None and (unit.unit or "").lower() in _PERIOD_UNITS \
                and _YEAR_BEFORE.search(text, max(0, amount.start - 6), amount.start):
            return None  # "NOTE: 1987 nine mths includes a gain": a year's period, no figure
        if (unit.kind == "count" and not amount.scaled
                and context.is_year(amount.raw, amount.value)
                and ((hedge is None and (context.is_year_before(text, amount.start)
                                         or _year_of_noun(text, amount, unit)))
                     or (unit.unit or "").lower() in _YEARLY_NOUNS)):
            return None  # also after a bound: "would top 1986 income", "exceed 1986 levels"
        if unit.kind == "quantity" and unit.unit == "years" and hedge is None \
                and not amount.scaled and context.is_year(amount.raw, amount.value) \
                and (len(gap := text[amount.end:unit.end].split()) > 1
                     or gap[0].lower() == "year"):
            return None  # "in the 2005 fiscal year", "1986 year net": a year, no length
        if unit.kind == "quantity" and (unit.unit or "").lower() in _SPAN_UNITS \
                and _COUNTED_BACK.match(text, unit.end):
            return None  # "two days ago", "just over three weeks ago", "two weeks earlier"
        if unit.kind in ("number", "count") and amount.raw.lower() == "half":
            unit = unit._replace(kind="ratio")
        value = amount.value * unit.factor
        low: float | None = value
        high: float | None = value
        approx = False
        bound = "point"
        if hedge is not None:
            bound, approx = HEDGES[hedge.group("hedge").lower()]
            if bound != "range":
                start = hedge.start()
            if bound == "point" and approx and (outer := self._outer_bound(start)) is not None:
                bound, start = outer  # "at least an estimated five million"
            if bound in _FLIPPED and not approx and _NEGATED_BEFORE.search(
                    text, max(0, start - 30), start):
                bound = _FLIPPED[bound]  # "must not import more than 10 mln tonnes": at most
        trailing = HEDGE_AFTER.match(text, core.end) or (
            HEDGE_AFTER.match(text, unit.end) if unit.end != core.end else None)
        if trailing is None and bound == "point":
            noun = _NOUN_BEFORE_OR.match(text, unit.end)
            trailing = HEDGE_AFTER.match(text, noun.end()) if noun is not None else None
        end = unit.end
        if trailing is not None and bound == "point":
            bound = TRAILING_HEDGES[_SPACES.sub(" ", trailing.group("hedge").lower())]
            if trailing.start() >= unit.end or unit.end <= core.end:
                end = trailing.end()
        if bound == "low":
            high = None
        elif bound == "high":
            low = None
        return _figure(text[start:end], start, end, amount.number_start, amount.number_end,
                       value, low, high, approx, unit.kind, unit.unit)

    def _not_a_figure(self, amount: _Amount, hedge: re.Match[str] | None) -> bool:
        """Dates, years, ages, references, list numbers, ordinals ("a third term"), names
        that end in a number ("Radio 4"), hours in words ("three p.m.") and "one" as a
        pronoun."""
        text = self.text
        raw = amount.raw.strip()
        if raw.lower() in _BARE_WORDS:
            return True
        slash = _SLASH.match(raw) if "/" in raw else None
        if slash and (len(slash.group(1)) == 4 or context.is_slash_date(
            int(slash.group(1)), int(slash.group(2)), False
        )):
            return True
        if context.is_reference(text, amount.start) or context.is_list_item(
            text, amount.start, amount.number_end
        ) or context.is_ordinal_phrase(text, raw, amount.end) or context.is_name_number(
            text, amount.start, amount.end, raw
        ) or context.is_clock_time(text, amount.number_end):
            return True
        if amount.scaled:
            return False
        if starts_day_run(text, amount.start):
            return True  # "between 24 and 26 December", "on 24 and 26 December"
        if hedge is not None:  # "1987 will top 1986 in earnings per share": a year to beat
            return context.is_year(raw, amount.value)
        return (
            context.is_year(raw, amount.value)
            or context.is_date(text, amount.start, amount.number_end)
            or ends_day_range(text, amount.start, amount.number_end)  # "March 11 through 20"
            or (amount.kind not in ("percent", "points")  # "aged 30-39 and 14% of those"
                and context.is_age(text, amount.start, amount.number_end, amount.value))
        )

    def _unit(self, amount: _Amount) -> _Unit:
        """What the number counts or measures, read from the words after it."""
        text = self.text
        if amount.kind in ("percent", "points"):
            return _Unit(amount.kind, amount.unit, amount.end)
        if amount.currency:
            return self._per_share(_Unit("money", amount.currency, amount.end))
        if amount.kind in ("quantity", "money"):
            unit = _Unit(amount.kind, amount.unit, amount.end)
            return self._per_share(unit) if amount.kind == "money" else self._per_base(unit)
        lowered = self.lowered
        after = (UNIT_AFTER.match(text, amount.end) if lowered is None
                 else UNIT_AFTER_LOWERED.match(lowered, amount.end))
        if after is not None:
            measure = after.group("measure")
            if measure is None:
                if not self._unknown_currency(after):
                    return self._per_share(self._money(after))
            elif len(measure) > 1:
                return self._per_base(
                    _Unit("quantity", MEASURE_UNITS[measure.lower()], after.end()))
        low = max(0, amount.start - 20)
        if (lowered is None or lowered.find("magnitude", low, amount.start) >= 0) \
                and MAGNITUDE_BEFORE.search(text, low, amount.start):
            return _Unit("quantity", "magnitude", amount.end)  # "a magnitude of 6.6"
        return self._counted(amount)

    def _money(self, match: re.Match[str]) -> _Unit:
        if match.group("iso"):
            scale = match.group("scale")
            factor = (1e6 if match.group("mega") else 1.0) * (
                SCALE_WORDS[scale.lower()] if scale else 1.0)
            return _Unit("money", match.group("iso").upper(), match.end(), factor)
        if match.group("sign"):
            return _Unit("money", self._currency(match.group("sign")), match.end())
        word = match.group("word").lower()
        code = CURRENCY_WORDS[word]
        factor = 1.0
        if "/" in code:
            code, divisor = code.split("/")
            factor = 1 / float(divisor)
        country = match.group("country")
        if country and (code == "$" or code in SHARED_CURRENCIES):
            code = COUNTRY_CURRENCIES[_SPACES.sub(" ", country.lower())]
        if code == "$":
            code = self._article_dollar()
        elif code in SHARED_CURRENCIES:
            code = self._shared_currency(code)
        return _Unit("money", code, match.end(), factor)

    def _article_dollar(self) -> str:
        """Which dollar a bare "dlrs" is: the one country's the article names its dollars
        by, where it names no other's ("Cathay Pacific ... one billion H.K. Dlrs" is
        followed by "between 1.1 billion and 1.25 billion dlrs", Hong Kong dollars too:
        wire copy names the currency once), else the corpus's dollar."""
        if self.dollar is None:
            named = set()
            words = DOLLAR_WORD.finditer(self.text) if self.lowered is None \
                else DOLLAR_WORD_LOWERED.finditer(self.lowered)  # a third faster, same spans
            for word in words:
                found = DOLLAR_COUNTRY.search(self.text, max(0, word.start() - 16), word.start())
                if found is not None:
                    named.add(COUNTRY_CURRENCIES[_SPACES.sub(" ", found.group("country").lower())])
            self.dollar = named.pop() if len(named) == 1 \
                else self.symbols.get("$", "USD")
        return self.dollar

    def _shared_currency(self, name: str) -> str:
        """The currency called ``name`` of the country the article names first ("Sweden's
        trade surplus of 33.2 billion crowns" is SEK), else the one usually meant, or ""
        (see ``SHARED_CURRENCIES``)."""
        countries, usual = SHARED_CURRENCIES[name]
        return self._country_currency(countries) or usual

    def _country_currency(self, countries: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
        """The code of the first of ``countries`` the article names, or "" (read once per
        table of countries)."""
        known = self.currencies.get(id(countries))
        if known is None:
            lowered = self.lowered if self.lowered is not None else self.text.lower()
            found = _country_names(countries).search(lowered)
            known = self.currencies[id(countries)] = "" if found is None \
                else next(code for code, names in countries if found.group(0) in names)
        return known

    def _unknown_currency(self, match: re.Match[str]) -> bool:
        """A bare "crown" or "dinar" in an article that names no country of one is no
        currency of a country ("the 5,000m crown" of a race, "two crowns of laurel",
        "Islamic dinars")."""
        word = match.group("word")
        code = CURRENCY_WORDS.get(word.lower()) if word is not None else None
        return code in SHARED_CURRENCIES and not match.group("country") \
            and not self._shared_currency(code)

    def _per_share(self, unit: _Unit) -> _Unit:
        share = PER_SHARE.match(self.text, unit.end)
        if share is None:
            return unit
        return unit._replace(unit=f"{unit.unit} per share", end=share.end())

    def _per_base(self, unit: _Unit) -> _Unit:
        """A quantity's unit with the land or person it is per (see ``PER_BASE``)."""
        base = PER_BASE.match(self.text, unit.end)
        if base is None:
            return unit
        per = base.group(1).lower()
        return unit._replace(unit=f"{unit.unit} per {_BASES.get(per, per)}", end=base.end())

    def _counted(self, amount: _Amount) -> _Unit:
        """The counted noun: the first plural noun within three words, past adjectives and
        the size of what is counted ("2.0 mln 60-kilo bags", "42-gallon barrels")."""
        size = _SIZE_OF_UNIT.match(self.text, amount.end)
        match = WORDS_AFTER.match(self.text, size.end() if size else amount.end)
        if match is None:
            return _Unit("number", None, amount.end)
        for index in range(1, 4):
            word = match.group(index)
            if word is None:
                break
            lower = word.lower().rstrip("'’")
            if lower in STOP_WORDS or lower in NUMBER_WORDS or (
                    "-" in lower and lower.endswith(("year", "old"))):
                break  # "One of two rival firms": another number is never the counted noun
            if lower in IRREGULAR_PLURALS:
                return _Unit("count", IRREGULAR_PLURALS[lower], match.end(index))
            if lower in MEASURE_UNITS and len(lower) > 2:
                return self._per_base(_Unit("quantity", MEASURE_UNITS[lower], match.end(index)))
            if _looks_plural(lower):
                return _Unit("count", lower, match.end(index))
            if amount.value == 1 and index == 1 and word.islower() and not word.endswith("ly"):
                return _Unit("count", _plural(lower), match.end(index))
        return _Unit("number", None, amount.end)

    def _vague(self, match: re.Match[str]) -> Figure:
        """ "tens of thousands of people": the interval the named convention gives."""
        phrase = _SPACES.sub(" ", match.group("vague").lower())
        entry = self.conventions.vague.get(phrase)
        amount = _Amount(match.start(), match.end(), match.start(), match.end(), 0.0, phrase)
        after = match.end() + 4 if self.text.startswith(" of ", match.end()) else match.end()
        money = MONEY_AFTER.match(self.text, after)
        if money is not None and money.group("word"):
            unit = self._money(money)
        else:
            unit = self._counted(amount)
        return Figure(
            text=self.text[match.start():unit.end], start=match.start(), end=unit.end,
            number_start=match.start(), number_end=match.end(), value=None,
            low=entry.low if entry else None, high=entry.high if entry else None,
            approx=True, kind=unit.kind, unit=unit.unit, vague=phrase,
        )


_PREFIXES_ANY_CASE = {sign.lower(): code for sign, code in CURRENCY_PREFIXES.items()}
"""The signs as the wire writes them in capitals too ("SFR 31.3615", "DKR 6.9244")."""


def _insert(found: list[Figure], figure: Figure) -> None:
    """Put ``figure`` into ``found`` (in text order) where it overlaps no figure found."""
    index = bisect_left(found, figure.start, key=lambda kept: kept.start)
    if (index == 0 or found[index - 1].end <= figure.start) and (
        index == len(found) or found[index].start >= figure.end
    ):
        found.insert(index, figure)


_FINISHED_FIELDS = frozenset(name for name in Figure.model_fields if name != "vague")


def _figure(text: str, start: int, end: int, number_start: int, number_end: int,
            value: float, low: float | None, high: float | None, approx: bool,
            kind: FigureKind, unit: str | None) -> Figure:
    """``Figure(text=text, ..., unit=unit)`` (no ``vague``), built without pydantic's
    validation (see ``reconcile.unvalidated``): a third of the cost of a figure of the scan.

    Safe because ``_finish`` hands over only values of the declared types, which validation
    would return unchanged: offsets are ``int`` from matches, ``value`` a ``float`` (a
    number times a ``float`` factor) and ``low``/``high`` that or ``None``, ``approx`` a
    ``bool`` of ``HEDGES``, ``kind`` a ``FigureKind`` literal, ``unit`` a ``str`` of the
    lexicon or ``None``."""
    return unvalidated(Figure, {
        "text": text, "start": start, "end": end, "number_start": number_start,
        "number_end": number_end, "value": value, "low": low, "high": high, "approx": approx,
        "kind": kind, "unit": unit, "vague": None,
    }, set(_FINISHED_FIELDS))


_JOIN_REACH = 10
"""The widest gap between two figures that ``figures`` joins: "and" between bounds
(``_bounds_pair``); the gaps of cents and of brackets that convert are narrower. Most
figures are further from the one before, and go on without a look at the words between."""
_AND = re.compile(r"\s{1,3}(?:and|but)\s{1,3}$")


def _bounds_pair(text: str, first: Figure, second: Figure) -> bool:
    """ "more than 10 and less than 20": a low bound and a high bound joined by "and"."""
    if not 5 <= second.start - first.end <= _JOIN_REACH or not _AND.match(
        text, first.end, second.start
    ) or (first.kind != second.kind and "number" not in (first.kind, second.kind)):
        return False
    lows = (first.low, second.low)
    highs = (first.high, second.high)
    if first.value is None or second.value is None or None not in lows or None not in highs:
        return False
    low = first.low if first.low is not None else second.low
    high = first.high if first.high is not None else second.high
    return low is not None and high is not None and low < high


def _joined(text: str, first: Figure, second: Figure) -> Figure:
    """The two bounds as one figure, with the unit of whichever has one ("at most 100 and
    at least 20 apples")."""
    unit = second if first.kind == "number" else first
    return first.model_copy(update={
        "kind": unit.kind, "unit": unit.unit,
        "text": text[first.start:second.end], "end": second.end,
        "number_end": second.number_end, "value": None,
        "low": first.low if first.low is not None else second.low,
        "high": first.high if first.high is not None else second.high,
        "approx": first.approx or second.approx,
    })


_BRACKET_OPENS = re.compile(r"[^\S\n]?[(\[][^\S\n]?")
_BRACKET_GOES_ON = re.compile(r"[^\S\n]?[;,/][^\S\n]?|[^\S\n]{1,2}or[^\S\n]{1,2}")
_OPENED_BEFORE = re.compile(r"[(\[][^\S\n]?$")


def _converts(text: str, first: Figure, second: Figure) -> bool:
    """ "less than 100m euros (£70m; $136m)": an amount in brackets right after a bounded one
    converts it, and so shares its bound; the next amount of the same brackets too."""
    if (first.kind != second.kind or second.kind not in ("money", "quantity")
            or (first.low is None) == (first.high is None) or second.value is None
            or second.low != second.high):
        return False
    if _BRACKET_OPENS.fullmatch(text, first.end, second.start):
        return True
    return _BRACKET_GOES_ON.fullmatch(text, first.end, second.start) is not None and (
        _OPENED_BEFORE.search(text, max(0, first.start - 2), first.start) is not None)


def _with_bound_of(first: Figure, second: Figure) -> Figure:
    return second.model_copy(update={
        "low": None if first.low is None else second.low,
        "high": None if first.high is None else second.high,
        "approx": first.approx or second.approx,
    })


_JOINT = re.compile(r"\s{1,3}(?:and\s{1,3})?$")
_CLAUSE_END = re.compile(r"\s{0,2}(?:[.!?;,]|$)")


def _cents_after(text: str, first: Figure, second: Figure) -> float | None:
    """The cents of "3 dollars 50 cents", "13 dollars and 45 cents", "15 dollars 50." that
    complete a small whole amount: a money figure in hundredths of the same currency, or a
    bare number under 100 ending the clause; ``None`` when ``second`` is no such thing.
    Large amounts are left alone: in wire tables "918,000 dlrs 38 cts" are two figures."""
    if (first.kind != "money" or first.value is None or not first.value.is_integer()
            or not 0 < first.value < 1000
            or first.value != first.low or first.value != first.high or second.value is None
            or not _JOINT.match(text, first.end, second.start)):
        return None
    if second.kind == "money" and second.unit == first.unit and 0 < second.value < 1:
        return second.value
    if (second.kind == "number" and second.value.is_integer() and 0 < second.value < 100
            and _CLAUSE_END.match(text, second.end)):
        return second.value / 100
    return None


def _added(text: str, first: Figure, second: Figure, cents: float) -> Figure:
    value = (first.value or 0.0) + cents
    return first.model_copy(update={
        "text": text[first.start:second.end], "end": second.end,
        "number_end": second.number_end, "value": value, "low": value, "high": value,
    })


def _split_year(raw: str) -> bool:
    """ "1987/88", "1986/1987": a season or a fiscal year, never a fraction, whatever noun
    follows ("the 1986/87 coffee year" is no 22.8 years)."""
    slash = _SLASH.match(raw)
    return slash is not None and context.is_season_or_years(*slash.groups())


_TRAILING_SCALES = re.compile(
    r"(?:[\s-]{1,3}(?:hundred|thousand|million|billion|trillion|mln|bln|bn|mn|tln|lakh|crore)"
    r"s?){1,4}$",
    re.IGNORECASE,
)


def _unscaled(amount: _Amount) -> float:
    """The number of ``amount`` before its scale ("7.3" of "7.3 mln", "six" of "six
    billion", "six" of "six hundred thousand")."""
    match = re.match(r"[-+]?[\d.,]+", amount.raw)
    if match is None:
        head = _TRAILING_SCALES.sub("", amount.raw)
        parsed = parse_run(head) if head != amount.raw else ()
        return parsed[0].value if len(parsed) == 1 and parsed[0].value else amount.value
    try:
        return float(match.group(0).replace(",", "")) or amount.value
    except ValueError:
        return amount.value


_THOUSANDS = re.compile(r"(\d{1,3}),000")
_SMALL_END = re.compile(r"\d{1,3}")


def _shares_thousands(first: _Amount, second: _Amount, separator: str) -> bool:
    """ "75-100,000 bpd", "140-150,000 bpd": wire copy writes the thousands of a range once,
    on its second end, when the first end joined by a bare dash is smaller than the second's
    thousands. Not "400-1,000 billion yen" (400 is more than one thousand's worth of the
    second's lead), nor "800 to 10,000 users", where "to" spells both ends out."""
    if separator not in ("-", "–") or first.currency or first.scaled or second.scaled:
        return False
    lead = _THOUSANDS.fullmatch(second.raw.strip())
    return lead is not None and _SMALL_END.fullmatch(first.raw.strip()) is not None and (
        0 < first.value < int(lead.group(1)))


def _looks_plural(word: str) -> bool:
    return len(word) > 2 and word.endswith("s") and not word.endswith(NOT_PLURAL_ENDINGS)


def _plural(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def extract_figures(text: str, conventions: FigureConventions) -> list[Figure]:
    """Every figure of ``text``, sorted by start and never overlapping; relative phrases
    ("half that") after the rest, as they multiply the figures read before them, and shares
    ("nearly half of those asked") last, as a stated amount after a fraction keeps it one."""
    phones = context.may_hold_phone_number(text)
    lowered = lowered_text(text)
    found = [figure for figure in _Reader(text, conventions, lowered).figures()
             if not context.names_something_else(text, figure.number_start, figure.number_end,
                                                 figure.kind, figure.text, phones)]
    found = apply_captions(text, found, conventions.currency_symbols.get("$", "USD"), lowered)
    found = with_elided_scales(text, found)
    found = with_relatives(text, with_limit_bounds(text, found, lowered), lowered)
    return with_shares(text, found)
