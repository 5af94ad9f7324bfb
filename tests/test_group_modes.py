"""The mode of a figure (forecast, target, condition or an outcome) read from the words that
govern it and from when its period ends, so that rival figures of one measured thing are
not kept apart by a mode word of another clause."""

from __future__ import annotations

from datetime import date

from test_precision import article
from test_subjects_general import claims, key


def test_a_rate_named_a_forecast_is_no_goal_though_it_is_to_be_reached() -> None:
    # Reuters 6593: the 1.5 pct is the institute's own forecast, not a growth goal; as a
    # target it was kept from every rival forecast of 1987 West German growth
    found = claims(article("diw", "DIW INSTITUTE LOWERS WEST GERMAN GROWTH FORECAST", (
        "The DIW economic research institute said West German economic growth in 1987 is "
        "unlikely to reach the 1.5 pct rate it had forecast earlier this year."),
        date(1987, 3, 18)))
    assert key(found, "1.5 pct").mode == "forecast"


def test_a_past_periods_figure_in_a_condition_is_a_fact_but_what_would_follow_is_not() -> None:
    # Reuters 18024: the record yield of 1984 happened; the production that "would" follow
    # from it stays a hypothesis
    found = claims(article("barley", "ITALIAN BARLEY CROP REPORTED IN GOOD CONDITION", (
        "If yields reach the record 3.78 tonnes per hectare achieved in 1984, production "
        "would be around 1.75 mln tonnes, an increase of 11 pct compared to 1986."),
        date(1987, 6, 2)))
    assert key(found, "3.78 tonnes per hectare").mode is None
    assert key(found, "around 1.75 mln tonnes").mode == "condition"


def test_days_of_a_running_month_that_are_over_are_counted_not_forecast() -> None:
    # Reuters 8874, told March 24: the sales of March 1 to 20 are counted, though March
    # runs on; as a forecast of March they were kept from the same count told plainly
    found = claims(article("amc", "AMC MID-MARCH CAR SALES OFF 62 PCT", (
        "Domestic sales for March 1 through 20 declined 60 pct to 1,550 cars from 3,880 "
        "cars in the comparable period of 1986, American Motors said."), date(1987, 3, 24)))
    assert key(found, "60 pct").mode is None


def test_a_day_of_a_running_month_that_is_over_dates_no_forecast() -> None:
    # Reuters 16650, told April 13: the balance of April 10 is a fact, not April's forecast
    found = claims(article("fed", "TREASURY BALANCES AT FED FELL ON APRIL 10", (
        "Treasury balances at the Federal Reserve fell on April 10 to 3.373 billion dlrs "
        "from 3.523 billion dlrs on the previous business day, the Treasury said in its "
        "latest budget statement."), date(1987, 4, 13)))
    assert key(found, "3.373 billion dlrs").mode is None


def test_a_level_a_firm_will_cut_or_raise_its_output_to_is_to_come() -> None:
    # Reuters 10678: the new monthly output from April 1 is a plan, a rival of other
    # forecasts of that output, not an outcome
    found = claims(article("nickel", "SUMITOMO MINING SMIT.T RAISES NICKEL OUTPUT", (
        "Sumitomo Metal Mining Co said it will raise its monthly nickel output to around "
        "1,750 tonnes from April 1 from 1,650 now because of increased domestic demand."),
        date(1987, 3, 30)))
    assert key(found, "around 1,750 tonnes").mode == "forecast"


def test_an_amount_of_output_agreed_is_a_ceiling_set() -> None:
    # Reuters 19497: December's agreed 18.3 mln bpd is OPEC's ceiling, no rival of what a
    # minister says OPEC produced; read as output it met "below the 15.8 mln bpd quota"
    found = claims(article("opec", "OPEC SHOWS IT IS IN CONTROL OF OIL MARKET", (
        "They said market respect for the cartel has increased since it announced Saturday "
        "that it would cut fourth quarter output to 16.6 mln bpd from the 18.3 mln agreed "
        "in December."), date(1987, 6, 29)))
    assert key(found, "18.3 mln").mode == "target"
