"""Rival figures of one measured thing kept in one bucket: the mode read from the words that
govern the figure, not from a forecast the sentence sets against it."""

from __future__ import annotations

from datetime import date

from test_precision import article
from test_subjects_general import claims, key


def test_a_forecast_revised_from_a_decimal_figure_leaves_the_new_figure_a_forecast() -> None:
    # BBC business 098, undated as the BBC stories are: the revised 0.8% is the IMF's
    # forecast for 2005 as much as the 1.8% it replaces, so it meets the EC's forecast
    found = claims(article("imf", "IMF 'cuts' German growth estimate", (
        "The International Monetary Fund is to cut its 2005 growth forecast for the German "
        "economy from 1.8% to 0.8%, the Financial Times Deutschland reported.")))
    assert key(found, "1.8%").mode == key(found, "0.8%").mode == "forecast"


def test_a_level_a_forecast_change_is_down_on_is_an_outcome() -> None:
    # Reuters 12160: the forecast is of the fall; the official figure for last season's
    # production it is down on is an outcome, as the private producers' rival figure is
    found = claims(article("maize", "ARGENTINE COARSE GRAIN CROP DAMAGE", (
        "The new forecast is 22.7 to 25 pct down on the official figure of 12.8 mln tonnes "
        "for last season's maize production."), date(1987, 3, 25)))
    assert key(found, "12.8 mln tonnes").mode is None


def test_a_pay_rise_strikers_will_not_go_back_without_is_their_demand() -> None:
    # Reuters 3028 and 5156: the condition is the strike's, the figure the demand other
    # reports of the strike give plainly ("are seeking a 275 pct pay rise")
    found = claims(article("seamen", "BRAZIL SEAMEN STRIKE", (
        "The halt started on February 27, and union leaders said they would not return to "
        "work unless they got a 275 pct pay rise. About 5,000 bank workers voted to strike "
        "on March 24 unless their demand for 100 pct pay rises is met."), date(1987, 3, 9)))
    assert key(found, "275 pct").facet == key(found, "100 pct").facet == "demand"
    assert key(found, "275 pct").mode is None and key(found, "100 pct").mode is None


def test_people_who_died_or_were_missing_are_one_count_of_both() -> None:
    # Reuters 5137 (Ecuador's earthquake): a count of the dead or missing is no rival of
    # the official toll of the dead alone; the auxiliary repeated after "or" joins them
    found = claims(article("quake", "ECUADOR EARTHQUAKE", (
        "Febres Cordero said up to a total of 1,000 people died or were missing in "
        "avalanches and mudslides during the March 5 earthquake."), date(1987, 3, 11)))
    assert key(found, "up to a total of 1,000 people").facet == "dead-or-missing"
