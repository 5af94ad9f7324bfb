"""An article's period for its figures that name none (``article_periods``), on real
sentences of the Reuters corpus."""

from __future__ import annotations

from datetime import date

from test_precision import article, conflicts


def test_a_forecast_of_no_owner_takes_the_period_the_article_gives_its_measure() -> None:
    # reuters-19617: Ifo's undated current account forecast is 1987's, as WestLB's is
    assert {"61 billion marks", "60 billion marks"} in conflicts(article(
        "surplus", "GERMAN 1987 TRADE SURPLUS SEEN STAYING HIGH", (
            "The Ifo economic research institute in Munich said in a study published today "
            "that the trade surplus would probably only fall to around 101 billion marks this "
            "year, compared with the 113 billion mark 1986 record.\n\n"
            "It predicted a fall in the current account surplus to 61 billion marks from 77 "
            "billion.\n\n"
            "Helmut Henschel, with Westdeutsche Landesbank, put the 1987 trade surplus at 95 "
            "billion marks and the current account surplus at 60 billion marks."),
        date(1987, 6, 29)))


def test_a_forecast_of_no_period_takes_no_year_already_over() -> None:
    # reuters-7589: Mexico's expected inflation is no estimate read as Brazil's of 1986
    assert conflicts(article(
        "debt", "BRAZIL DEBT STRATEGY", (
            "Mexico expects one to two pct growth instead of the two to three pct projected "
            "earlier, and inflation near 80 pct after 105 pct last year.\n\n"
            "Brazilian officials expect growth of only two pct after eight pct last year and "
            "a 30 pct drop in the projected trade surplus, while independent estimates put "
            "inflation at 200 pct."),
        date(1987, 3, 10))) == []


def test_a_figure_not_saying_what_it_measures_takes_the_period_of_one_that_does() -> None:
    # reuters-8070: "a growth rate" forecast with no year is the economy's 1987 growth the
    # Bundesbank's "two pct growth ... for the whole of the year" forecasts too
    assert {"two pct", "2-1/2 pct or more"} in conflicts(article(
        "growth", "GERMAN ECONOMY GROWING", (
            "FRANKFURT, March 22 - Bundesbank vice-president Helmut Schlesinger said that "
            "although West German economic growth was not expected to be satisfactory in the "
            "first 1987 quarter, two pct growth was still attainable for the whole of the "
            "year.\n\n"
            "A further rise in the value of the mark would worsen export prospects and have a "
            "negative effect on investments, he told the Sueddeutsche Zeitung newspaper in an "
            "interview. But if such an appreciation did not materialize, the economy would "
            "expand.\n\n"
            "The federal government has predicted a growth rate of 2-1/2 pct or more in its "
            "annual economic report published in January, but some economists have said the "
            "forecast was too optimistic."),
        date(1987, 3, 22)))
