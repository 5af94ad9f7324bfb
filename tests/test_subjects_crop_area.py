"""Land planted, harvested, idled or damaged as a measure of its own (the ``crop-area``
rule), and the readings of period, mode and place it needs: sentences of news articles
outside the annotated cases and the dev set."""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article

from reconcile.pipeline import extract
from reconcile.subjects.event import EventKey, parse


def _claims(text: str, published: date, title: str = "crops"
            ) -> dict[str, tuple[str | None, EventKey | None]]:
    """Each figure's words -> (its subject, its parsed key)."""
    claims = extract(article("news", title, text, published), RULES)
    return {claim.figure.text: (claim.subject, parse(claim.event) if claim.event else None)
            for claim in claims}


def test_a_forecast_set_against_last_years_level_is_this_years() -> None:
    # reuters-3540 and reuters-11291: no period was read for the forecast
    output = _claims(
        "The increase should result from lower disappearance, as production is expected to "
        "fall to 184.0 mln tonnes from 185.7 mln last year, he said.", date(1987, 3, 11))
    assert output["184.0 mln tonnes"][1] is not None
    assert output["184.0 mln tonnes"][1].period == "1987"
    jobless = _claims(
        "Unemployment was likely to rise to almost six pct from 5.2 pct last year due to the "
        "slack economic activity.", date(1987, 3, 31))
    assert jobless["almost six pct"][1] is not None
    assert jobless["almost six pct"][1].period == "1987"


def test_a_period_closed_inside_a_changes_yardstick_is_the_yardsticks() -> None:
    # reuters-3540 and reuters-9914: the figure after the clause took its yardstick's year
    oils = _claims(
        "He estimated total vegetable oil production this year at 33.4 mln tonnes, up from "
        "33.0 mln last year, and disappearance at 34.0 mln tonnes, up from 32.6 mln.",
        date(1987, 3, 11))
    assert oils["34.0 mln tonnes"][1] is not None
    assert oils["34.0 mln tonnes"][1].period == "1987"
    weston = _claims(
        "The company today reported 1986 earnings of 2,713,912 dlrs, up from 1,402,696 dlrs "
        "in 1985, and revenues of 98.7 mln dlrs, up from 67.9 mln dlrs.", date(1987, 3, 26))
    assert weston["98.7 mln dlrs"][1] is not None
    assert weston["98.7 mln dlrs"][1].period == "1986"


def test_a_yardstick_going_on_without_a_clause_break_keeps_its_period() -> None:
    # reuters-20225: "or 88 cts a share" is still the prior year's
    sears = _claims(
        "For the third quarter, Sears posted earnings of 409.0 mln dlrs, or 1.09 dlrs a share, "
        "up from the prior year's 328.1 mln dlrs, or 88 cts a share.", date(1987, 10, 20))
    assert sears["88 cts a share"][1] is not None
    assert sears["88 cts a share"][1].period == "1986-q3"


def test_a_pointing_sentence_takes_no_measure_of_another_unit() -> None:
    # reuters-13757: "The number one deposit's" made the depths in feet the tons' reserves
    claims = _claims(
        "Assay results from 20 suface holes drilled on 250 foot centers indicate that the "
        "Donalda number one deposit contains possible reserves of 611,000 tons at an average "
        "grade of 0.48 ounces of gold per ton.\n\nThe number one deposit's reserves are "
        "contained between a vertical depth of 750 and 1200 feet at a strike length of 900 "
        "feet.", date(1987, 4, 7))
    assert claims["611,000 tons"][0] == "production"
    assert claims["900 feet"][0] is None
