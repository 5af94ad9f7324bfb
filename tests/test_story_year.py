"""An undated story's "this year" and "next year", resolved where its own figures say which
year they are (``reconcile.subjects.storyyear``), on sentences of the BBC corpus (2004-05,
published null)."""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article

from reconcile.pipeline import check
from reconcile.subjects.event import parse
from reconcile.subjects.storyyear import resolved


def _claims(text: str, published: date | None = None) -> dict[str, tuple[str | None, date | None]]:
    """Each figure's words -> (its key's period, its date)."""
    report = check([article("bbc", "growth", text, published)], RULES)
    return {claim.figure.text: (parse(claim.event).period, claim.when) for claim in report.claims}


IMF = ("The International Monetary Fund is to cut its 2005 growth forecast for the German "
       "economy from 1.8% to 0.8%, the Financial Times Deutschland reported.\n\n"
       "In September, the IMF had said that German growth for the current year would be 1.8%.")


def test_the_current_year_is_the_named_year_a_forecast_of_the_same_value_is_of() -> None:
    # bbc-business-098: the IMF's 1.8% for "the current year" is the 2005 forecast it cut
    periods = _claims(IMF)
    assert periods["1.8%"] == ("2005", None)  # the key says the year, no date is made up


def test_a_dated_story_keeps_its_own_date() -> None:
    assert _claims(IMF, date(2004, 12, 1))["1.8%"][0] == "2004"


def test_a_run_of_one_measure_a_year_apart_fixes_next_year() -> None:
    # bbc-business-030
    periods = _claims(
        "Overall, the report forecast total growth of 3.6% in 2004 for the 30 member "
        "countries of the OECD, slipping to 2.9% next year before recovering to 3.1% in 2006.")
    assert periods["2.9%"][0] == "2005"


def test_a_run_of_one_measure_a_year_apart_fixes_this_year() -> None:
    # bbc-business-195
    periods = _claims(
        "Global gross domestic product (GDP) is tipped to be 4.1% this year, dipping to 4% in "
        "2005, before picking up again to 4.2% in 2006.")
    assert periods["4.1%"][0] == "2004"


def test_two_periods_and_a_year_long_past_fix_no_year() -> None:
    # bbc-business-330: Argentina's 8% is 2005's, 2002 is no year before last year
    periods = _claims(
        "The country's economy is set to grow about 8% this year after seeing 9% growth last "
        "year, a sharp turnaround from 2002 when output fell 11%.")
    assert periods["about 8%"][0] == "this-year"


def test_a_relative_part_of_a_year_is_resolved_in_the_story_year() -> None:
    assert resolved("this-year-h1", 2005) == "2005-h1"
    assert resolved("next-year-march", 2004) == "2005-03"
    assert resolved("current-year", 2005) == "2005"
    assert resolved("last-year", 2005) == "last-year"
