"""The measured noun of a figure: which commodity, which per-share measure.

One production bucket holds every crop and metal, one money bucket every sum a share is
valued at; news names the thing right by the figure ("12.8 mln tonnes of maize", "Soybean
production estimates ... 7.8 to 8.2 mln tonnes", "breakup values ... in the low 50 dlrs
per share range"). Two figures whose nearest such nouns differ measure two things, however
alike their facet, period and names: wheat is not maize, a bid is not a breakup value, a
preferred share's price is not the common's, a refinery's throughput is not the exports,
a seasonally adjusted series is not the unadjusted one, nor the smoothed trend. Aggregates
("grain", "coarse grains") are things of their own: a grain total is not its wheat.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reconcile.subjects.needles import Span
from reconcile.subjects.phrases import distance, found, phrases_pattern

MEASURED: dict[str, tuple[str, ...]] = {
    # Commodities. Compound names first: on a tie the first listed wins.
    "soybean meal": ("soybean meal", "soymeal", "soy meal"),
    "soybean oil": ("soybean oil", "soyoil", "soy oil"),
    "palm oil": ("palm oil", "palm olein"),
    "vegetable oil": ("vegetable oil", "vegoil", "veg oil", "edible oil"),
    "coarse grain": ("coarse grain",),
    "soybean": ("soybean", "soya", "soy bean"),
    "wheat": ("wheat", "durum"),
    "maize": ("maize", "corn"),
    "barley": ("barley",),
    "sorghum": ("sorghum",),
    "oats": ("oats",),
    "rye": ("rye$",),
    "rice": ("rice",),
    "rapeseed": ("rapeseed", "canola"),
    "sunflower": ("sunflower", "sunseed"),
    "sugar": ("sugar",),
    "cocoa": ("cocoa",),
    "coffee": ("coffee",),
    "cotton": ("cotton",),
    "rubber": ("rubber",),
    "tea": ("tea$",),
    "copra": ("copra",),
    "wool": ("wool",),
    "tobacco": ("tobacco",),
    "gold": ("gold",),
    "silver": ("silver",),
    "copper": ("copper",),
    "tin": ("tin$",),
    "zinc": ("zinc",),
    "nickel": ("nickel",),
    "cobalt": ("cobalt",),
    "lead": ("lead production", "lead output", "refined lead", "lead metal"),
    "platinum": ("platinum",),
    "uranium": ("uranium",),
    "iron ore": ("iron ore",),
    "steel": ("steel",),
    "aluminium": ("aluminium", "aluminum"),
    "coal": ("coal",),
    # Oil products: a week's gasoline stocks are not its distillate or residual fuel stocks.
    "gasoline": ("gasoline", "motor gasoline", "petrol"),
    "distillate": ("distillate", "heating oil", "gas oil", "gasoil", "diesel"),
    "residual fuel": ("residual fuel", "resid$"),
    "jet fuel": ("jet fuel", "kerosene"),
    "crude oil": ("crude oil", "crude$"),
    "natural gas": ("natural gas", "gas$"),
    "grain": ("grain", "cereal"),
    "throughput": ("throughput", "refinery runs", "crude runs"),
    # Per-share and series measures of one firm or economy.
    "breakup value": ("breakup value", "break-up value", "liquidation value"),
    "book value": ("book value", "net asset value", "asset value"),
    "redemption price": ("redemption price", "redemption value", "redeem"),
    "dividend": ("dividend", "payout"),
    # A convertible's terms: the price it converts at is not what it pays out on liquidation.
    "conversion price": ("conversion price", "conversion rate", "convertible into"),
    "liquidation preference": ("liquidation preference", "liquidation preferance",
                               "liquidating preference"),
    "preferred": ("preferred stock", "preferred share", "preference share", "preferred$"),
    "offer": ("offer", "bid$", "bids$", "tender offer", "cash acquisition", "buyout$",
              "takeover price"),
    # A firm's spending budget is not the cost of one project within it.
    "capital budget": ("capital expenditure", "capital spending", "capital budget",
                       "capital program", "capital programme", "capex"),
    "project": ("project$", "projects$"),
    "unadjusted": ("unadjusted", "not seasonally adjusted", "non-seasonally adjusted",
                   "before seasonal adjustment", "non-adjusted"),
    "adjusted": ("seasonally adjusted", "after seasonal adjustment"),
    "smoothed": ("smoothed", "trend series", "trend figures"),
}


RATE_MEASURED: dict[str, tuple[str, ...]] = {
    # Which rate: a bank's prime rate is not what its debentures or bonds pay.
    "prime rate": ("prime rate", "prime lending rate", "prime$"),
    "discount rate": ("discount rate",),
    "base rate": ("base rate", "base lending rate"),
    "mortgage rate": ("mortgage",),
    "bond": ("coupon", "debenture", "bond", "yield"),
    "consumption": ("consumption", "consumer spending", "household spending"),
    "investment": ("investment", "capital spending", "plant and equipment"),
    "industrial output": ("industrial production", "industrial output", "manufacturing output"),
    "exports": ("exports",),
    "imports": ("imports",),
    "money supply": ("money supply", "m-1", "m-3"),
    "national income": ("national income", "nni$"),
    # A price index of output is no growth of it ("the gnp deflator by 3.5 pct").
    "deflator": ("gnp deflator", "gdp deflator", "price deflator", "deflator"),
    "gnp": ("gross national product", "gnp"),
    "economy": ("gross domestic product", "gdp", "economy", "economic growth"),
}
"""What a rate measures: which rate it is ("the long-term prime rate ... 5.5 pct" beside "a
4.6 pct coupon" on bank debentures), or what grows: an economy's growth is not its
investment's or its household consumption's ("French gross domestic product will grow by
only 1.5 pct ... compared with the government's forecast of two to 2.5 pct" beside
"household consumption ... is likely to grow by just 1.1 pct"). Only rates are read this
way: "wheat exports" of so many tonnes are measured by the commodity, and the facet says
they are exports."""

_BREAK = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b")
_PHRASES = {id(named): tuple(phrase for phrases in named.values() for phrase in phrases)
            for named in (MEASURED, RATE_MEASURED)}


def measured(text: str, clause: Span, span: Span, whole: Span, rate: bool = False,
             money: bool = False) -> str | None:
    """The commodity or measure (for a ``rate``, the measure of ``RATE_MEASURED``) named
    nearest the figure in its clause, else in its sentence ("USDA would offer vegetable
    oil ... including 80,000 tonnes to Turkey and 60,000 tonnes to Algeria"), or None. The
    sentence is scanned once for all the nouns; only the nearest match is named. A noun
    after the figure past a break ("in the low 50 dlrs per share range and speculated an
    offer") is another clause's, and for a sum of ``money`` a noun saying what a firm deals
    in is the firm's (see ``_describes_a_firm``)."""
    named = RATE_MEASURED if rate else MEASURED
    matches = found(text, _PHRASES[id(named)], whole)
    if not matches:
        return None
    matches = [match for match in matches
               if (match[0] < span[1] or not _BREAK.search(text, span[1], match[0]))
               and not _said_by(text, match)
               and not (money and _describes_a_firm(text, match))]
    inside = [match for match in matches if clause[0] <= match[0] and match[1] <= clause[1]]
    inside = inside or matches
    if not inside:
        return None
    start, end = min(inside, key=lambda match: distance(span, match))
    return _name_of(text[start:end], rate)


_FIRM_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+[a-z-]+)?\s+(?:concern|company|group|firm|maker|giant|"
    r"conglomerate|corporation)s?\b")


def _describes_a_firm(text: str, match: Span) -> bool:
    """Whether a commodity word says what a firm deals in, not what a sum measures: "The
    steel and energy concern will earn about one dlr a share", "an investment firm" (a
    steel maker's output in tonnes is still steel). Those who grow or trade it ("sorghum
    producers", "wheat exporters") still name it."""
    return _FIRM_AFTER.match(text, match[1]) is not None


_VERB_FORMS = frozenset({"projects", "offers", "bids"})
"""Nouns of ``MEASURED`` that are also verbs of a speaker ("Healy projects GM will earn",
"it offers 20 dlrs a share")."""
_SUBJECT_BEFORE = re.compile(r"(?:\b(?:he|she|it|they|we|I)|[A-Z][\w'’.-]*)\s+(?:also\s+)?$")


_OBJECT_AFTER = re.compile(r"\s+(?:[A-Z]|\d|(?:a|an|the|its|his|her|their|that)\b)")


def _said_by(text: str, match: Span) -> bool:
    """Whether a match is a verb between its subject and its object, not the measured noun:
    "Healy projects GM will earn five dlrs a share" forecasts earnings, "it projects a 15
    pct hike in sales" too; "21 World Bank projects which would otherwise have been
    scrapped" are projects."""
    return text[match[0]:match[1]].lower() in _VERB_FORMS \
        and _OBJECT_AFTER.match(text, match[1]) is not None \
        and _SUBJECT_BEFORE.search(text, max(0, match[0] - 40), match[0]) is not None


@lru_cache(maxsize=1024)
def _name_of(words: str, rate: bool) -> str:
    """The name whose phrases match ``words``, a match of ``found`` (first listed wins).
    The words alone decide it: ``found`` matched them after no word character, so each
    list's own lookbehind holds there too."""
    named = RATE_MEASURED if rate else MEASURED
    return next(name for name, phrases in named.items()
                if phrases_pattern(phrases).fullmatch(words))
