"""Words that say which measure a figure is, read on corpus sentences outside the annotated
cases: a sum cut from a deficit is no deficit, and a measure's name written in capitals
("Gross Domestic Product") is no name of whose measure it is.

Both decide what a figure may be grouped with: a cut keyed as the deficit joins the
deficit's forecasts and holds them away from their rivals, and a measure's name left in
a key's names sets its figure apart from every figure that names its economy.
"""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article

from reconcile.model import Claim
from reconcile.pipeline import check
from reconcile.subjects.event import EventKey, parse


def _keys(title: str, text: str, published: date) -> dict[str, EventKey]:
    claims: list[Claim] = check([article("story", title, text, published)], RULES).claims
    return {claim.figure.text: parse(claim.event) for claim in claims if claim.event}


def test_a_sum_of_deficit_reductions_is_a_cut_and_the_deficit_its_base_a_gap() -> None:
    # Reuters, 16 March 1987, "U.S. SENATE, HOUSE BUDGET CHIEFS AGREE ON TAX".
    keys = _keys("U.S. SENATE, HOUSE BUDGET CHIEFS AGREE ON TAX", (
        "President Reagan's budget, not accepted by either committee, proposed about 36 "
        "billion dlrs in deficit reductions--including some 22 billion dlrs in new revenues "
        "through asset sales and excise fees--off of an estimated deficit base of 144 "
        "billion dlrs."), date(1987, 3, 16))
    assert keys["about 36 billion dlrs"].facet == "cut"
    assert keys["144 billion dlrs"].facet == "gap"


def test_deficit_cuts_written_as_a_compound_are_cuts() -> None:
    # Reuters, 16 March 1987, "OMB CHIEF SAYS CONGRESS CLOSE TO DEFICIT CUT", and 5 March
    # 1987, "WRIGHT SAYS DEMOCRATS FAVORABLE TO TAX HIKE".
    keys = _keys("OMB CHIEF SAYS CONGRESS CLOSE TO DEFICIT CUT", (
        "He did not elaborate on this but said a reported agreement by House and Senate "
        "budget writers calling for about 36 billion dlrs in deficit cuts was \"six billion "
        "too short.\" The administration proposed 42 billion dlrs in deficit reductions."),
        date(1987, 3, 16))
    assert keys["about 36 billion dlrs"].facet == "cut"
    assert keys["42 billion dlrs"].facet == "cut"
    keys = _keys("WRIGHT SAYS DEMOCRATS FAVORABLE TO TAX HIKE", (
        "Wright met with House Ways and Means Committee chairman Dan Rostenkowski of Illinois "
        "and other Democrats to discuss a plan broached by the House Budget Committee to "
        "spread 36 billion dlrs deficit reduction through 9 billion dlrs in domestic cuts."),
        date(1987, 3, 5))
    assert keys["36 billion dlrs"].facet == "cut"


def test_a_measures_name_in_capitals_is_no_name_of_the_figure() -> None:
    # Reuters, 18 June 1987, "AUSTRALIA SET TO GROW, BUT UNEMPLOYMENT MAY RISE" and "JAPAN
    # TRADE SURPLUS WILL GROW AGAIN IN 1987, OECD": "Gross" dropped, "Domestic Product" and
    # "National Product" were left as names beside the economy's.
    keys = _keys("AUSTRALIA SET TO GROW, BUT UNEMPLOYMENT MAY RISE", (
        "The organisation's latest half-yearly report says Gross Domestic Product will grow "
        "by 2.5 pct this year and by 2.75 pct in 1988 compared with only 1.4 pct in 1986."),
        date(1987, 6, 18))
    assert keys["2.75 pct"].who == frozenset()
    assert keys["1.4 pct"].who == frozenset()
    keys = _keys("JAPAN TRADE SURPLUS WILL GROW AGAIN IN 1987, OECD", (
        "The OECD said Japan's Gross National Product was likely to gorw an annual two pct in "
        "1987 and 1988, below 1986's 2.5 pct growth."), date(1987, 6, 18))
    assert keys["2.5 pct"].owner == "japan"
    assert "national product" not in keys["2.5 pct"].who


def test_a_measures_name_in_capitals_is_the_measure() -> None:
    # Reuters, 3 April 1987, "STOLTENBERG SAYS PARIS ACCORD POLICY TO CONTINUE", and 13
    # April 1987, "ITALIAN GDP ROSE 2.4 PCT IN 1986 FOURTH QUARTER": a capitalised word in
    # mid-sentence is most often a name's, but every word of the measure capitalised, with
    # no name going on after it, is the measure.
    keys = _keys("STOLTENBERG SAYS PARIS ACCORD POLICY TO CONTINUE", (
        "The government has forecast an unchanged 2.5 pct rise in Gross National Product."),
        date(1987, 4, 3))
    assert keys["2.5 pct"].what == "gnp"
    keys = _keys("ITALIAN GDP ROSE 2.4 PCT IN 1986 FOURTH QUARTER", (
        "ROME, April 13 - Italy's Gross Domestic Product, calculated at 1980 prices, rose 2.4 "
        "pct in the fourth quarter of 1986, compared with the same period in 1985, National "
        "Statistics Institute ISTAT said."), date(1987, 4, 13))
    assert keys["2.4 pct"].what == "economy"
    assert keys["2.4 pct"].owner == "italy"


def test_a_deflator_is_no_growth_of_what_it_deflates() -> None:
    # Reuters, 17 March 1987, "ZIMBABWE GDP RISES 0.2 PCT IN 1986": the GDP deflator beside
    # GDP at current prices.
    keys = _keys("ZIMBABWE GDP RISES 0.2 PCT IN 1986", (
        "The CSO said that at current prices GDP rose 12.7 pct to 8.2 billion Zimbabwe dlrs, "
        "but inflation, measured by the GDP deflator, was estimated at 12.2 pct, so there was "
        "virtually no growth in real output during 1986."), date(1987, 3, 17))
    assert keys["12.2 pct"].what == "deflator"
    assert keys["12.7 pct"].what == "economy"
