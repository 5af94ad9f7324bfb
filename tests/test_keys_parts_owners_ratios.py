"""Three event-key errors that let unlike figures meet, from real corpus sentences: a part
of a year read as the whole year, a country's measure left without its owner where an
estimate word follows it, and a share of GDP read as the economy's growth."""

from __future__ import annotations

from datetime import date

from reconcile.model import Claim, Document
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset
from reconcile.subjects.event import EventKey, parse, periods_fit
from reconcile.timeref import period_in


def _keys(text: str, title: str, published: date) -> dict[str, EventKey]:
    document = Document(id="k", path="k", text=text, title=title, published=published)
    claims: list[Claim] = check([document], load_ruleset()).claims
    return {claim.figure.text: parse(claim.event) for claim in claims if claim.event}


def test_a_base_given_by_its_period_before_to_does_not_date_the_new_level() -> None:
    # Reuters (CBT, March 1987): the year-ago month is the base of the fall, not the
    # month of the 8,191,266 contracts.
    sentence = ("February volume at the Chicago Board of Trade, CBT, declined 14 pct from the "
                "year-ago month to 8,191,266 contracts, the exchange said.")
    at = sentence.index("8,191,266")
    assert period_in(sentence, (sentence.index("from"), len(sentence)),
                     (at, at + len("8,191,266 contracts")), date(1987, 3, 2)) != "1986"


def test_the_same_period_of_a_year_is_that_year_s_first_months() -> None:
    # Reuters (Chile, March 1987): the base is 1986's first two months, not all of 1986.
    keys = _keys("In the first two months of the year, inflation was 3.8 pct, against 3.6 pct "
                 "in the same period of 1986.", "CHILEAN CONSUMER PRICES RISE",
                 date(1987, 3, 9))
    assert keys["3.8 pct"].period == "1987-ytd"
    assert keys["3.6 pct"].period == "1986-ytd"


def test_the_same_period_last_year_is_last_year_s_first_months() -> None:
    # Reuters (Ecuador, March 1987)
    keys = _keys("The Institute said accumulated overall inflation for the first two months of "
                 "this year was 4.0 pct compared to 5.0 pct for the same period last year.",
                 "ECUADOR'S CONSUMER PRICES RISE 2.5 PCT IN FEBRUARY", date(1987, 3, 5))
    assert keys["5.0 pct"].period == "1986-ytd"


def test_a_year_s_first_months_never_fit_a_figure_for_the_year() -> None:
    # a figure "for the year" (grain only) is no figure of the first two months
    assert not periods_fit("1987-ytd", "year")
    assert not periods_fit("ytd", "year")
    assert periods_fit("1987-ytd", "1987-ytd")


def test_a_measure_forecast_by_a_verb_is_its_possessor_s() -> None:
    # Reuters (Indonesia, March 1987): "is forecast" is a verb, Indonesia owns the crop.
    keys = _keys("Indonesia's copra production is forecast at 1.32 mln tonnes in calendar 1987, "
                 "up from 1.30 mln tonnes in 1986.", "INDONESIA UNLIKELY TO IMPORT PHILIPPINES "
                 "COPRA", date(1987, 3, 1))
    assert keys["1.32 mln tonnes"].owner == "indonesia"
    assert keys["1.30 mln tonnes"].owner == "indonesia"


def test_a_balance_forecast_by_a_verb_is_the_country_s_not_the_speaker_s() -> None:
    # Reuters (Portugal, April 1987)
    keys = _keys("It added that Portugal's current account was forecast to show a surplus of "
                 "400 mln dlrs this year compared with 1.13 billion in 1986 and 369 mln the "
                 "previous year, the Bank of Portugal said.",
                 "PORTUGAL'S GDP FORECAST TO GROW FOUR PCT THIS YEAR", date(1987, 4, 3))
    assert keys["400 mln dlrs"].owner == "portugal"


def test_a_country_s_measure_named_before_its_forecast_is_the_country_s() -> None:
    # Reuters (sugar, April 1987): the forecast of China's production, not a forecaster's
    # own; the Thai crop of the sentence before is another country's.
    keys = _keys("However, this upturn in the Thai crop is being countered by a reduction in "
                 "China's production forecast to 5.3 mln tonnes from 5.5 mln estimated "
                 "earlier.", "RECENT SUGAR FALL SPARKS SOVIET, CHINESE BUYING",
                 date(1987, 4, 3))
    assert keys["5.3 mln tonnes"].owner == "china"


def test_a_share_of_gdp_is_no_growth_rate() -> None:
    # Reuters (France, March 1987): a deficit as a share of GDP, each year of it.
    keys = _keys("Employment should rise by 0.1 pct a year over the next two years while the "
                 "state budget deficit should be cut to 2.2 pct of GDP in 1988 from 2.6 pct this "
                 "year and 2.9 pct in 1986.", "FRENCH GDP SHOULD RISE 2.3 PCT IN 1988 - MINISTRY",
                 date(1987, 3, 23))
    assert keys["2.2 pct"].facet == "deficit"
    assert keys["2.6 pct"].facet == "deficit"


def test_a_share_of_gdp_naming_no_measure_has_a_facet_of_its_own() -> None:
    # BBC (Ethiopia): a sector's share of GDP is neither growth nor any rate of the rule.
    keys = _keys("Agriculture is the main economic activity in Ethiopia, representing 45% of "
                 "gross domestic product.", "Ethiopia's crop production up 24%", date(2005, 1, 1))
    assert keys["45%"].facet == "gdp-ratio"


def test_over_a_part_of_a_year_before_to_is_the_time_the_change_took() -> None:
    # Reuters (France, June 1987): "over the first five months of this year to 2.0 pct" is
    # those months' inflation, not a base; the same period of 1986 is 1986's first months.
    sentence = ("The rise took the year-on-year inflation rate to 3.4 pct in May from 3.5 pct "
                "in April, and brought cumulative inflation over the first five months of this "
                "year to 2.0 pct compared with 0.7 pct for the same period of 1986.")
    start = sentence.index("brought")
    at = sentence.index("2.0 pct")
    assert period_in(sentence, (start, len(sentence)), (at, at + 7),
                     date(1987, 6, 29)) == "1987-ytd"
    at = sentence.index("0.7 pct")
    assert period_in(sentence, (sentence.index("compared"), len(sentence)), (at, at + 7),
                     date(1987, 6, 29)) == "1986-ytd"
