"""Land planted, harvested, idled or damaged as a measure of its own (the ``crop-area``
rule), and the readings of period, mode and place it needs: sentences of news articles
outside the annotated cases and the dev set."""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article, conflicts

from reconcile.pipeline import extract
from reconcile.subjects.country import country_before
from reconcile.subjects.event import EventKey, parse


def _claims(text: str, published: date, title: str = "crops"
            ) -> dict[str, tuple[str | None, EventKey | None]]:
    """Each figure's words -> (its subject, its parsed key)."""
    claims = extract(article("news", title, text, published), RULES)
    return {claim.figure.text: (claim.subject, parse(claim.event) if claim.event else None)
            for claim in claims}


def test_land_sown_and_land_harvested_are_crop_areas_of_two_facets() -> None:
    # reuters-17010: both were production's one "area"
    claims = _claims(
        "Winter barley plantings were forecast at 1.46 mln ha, unchanged from its previous "
        "estimate and compared with 1.41 mln harvested last season.", date(1987, 4, 21))
    sown, cut = claims["1.46 mln ha"], claims["1.41 mln"]
    assert sown[0] == cut[0] == "crop-area"
    assert sown[1] is not None and sown[1].facet == "planted"
    assert cut[1] is not None and cut[1].facet == "harvested"


def test_land_enrolled_in_a_programme_is_idled_not_planted() -> None:
    # reuters-5003: "corn base acreage" enrolled in the conservation reserve is no planting
    subject, key = _claims(
        "Producers enrolled 1,894,764 acres of corn base acreage in the conservation program "
        "to take advantage of a corn \"bonus\" rental payment that was offered by USDA.",
        date(1987, 3, 13))["1,894,764 acres"]
    assert subject == "crop-area"
    assert key is not None and key.facet == "idled"


def test_land_a_drought_reaches_is_damaged_not_planted() -> None:
    # reuters-16099: the hectares a dry spell affected were production's area
    subject, key = _claims(
        "Affected were 14,030 hectares of palay (unmilled rice), representing a production "
        "loss of 22,250 tonnes valued at 77.8 mln pesos, Department of Agriculture reports "
        "said.", date(1987, 4, 11))["14,030 hectares"]
    assert subject == "crop-area"
    assert key is not None and key.facet == "damaged"


def test_a_planting_intention_is_a_forecast_of_the_land_to_be_planted() -> None:
    # reuters-12355: the USDA's intentions report, no rule's before
    subject, key = _claims(
        "Soybeans rallied in response to Tuesday's USDA report that farmers intend to plant "
        "56.9 mln acres this year, down from 61.5 mln planted last year.",
        date(1987, 4, 1))["56.9 mln acres"]
    assert subject == "crop-area"
    assert key is not None and (key.facet, key.mode) == ("planted", "forecast")


def test_land_idled_meets_no_planting_of_its_size() -> None:
    # a planting estimate beside a programme's idled land of nearly its size (reuters-10537
    # and reuters-12720 write so): two measures, no conflict
    found = conflicts(article(
        "news", "cotton",
        "Farmers will idle 9.8 mln acres of cotton in the acreage reduction program this "
        "year, the Agriculture Department said. Analysts said cotton farmers are likely to "
        "plant about 10.6 mln acres this year.", date(1987, 3, 27)))
    assert found == []


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


def test_the_country_a_crop_area_is_of_is_named_by_itself_not_in_a_bodys_name() -> None:
    # reuters-4083, reuters-10537 and reuters-15013
    places = tuple(RULES.lexicon.places)
    sowings = ("France's Oilseed and Bean Cooperatives Federation, FFCOP, said it expected "
               "French rapeseed sowings for the 1987 harvest to rise")
    assert country_before(sowings, 0, len(sowings), places) == "France"
    report = "gearing up for the U.S. Agriculture Department's 1987 planting intentions report"
    assert country_before(report, 0, len(report), places) is None
    dutch = "Roughly half of this year's expected 130,000 hectare Dutch sugar beet crop"
    assert country_before(dutch, 0, len(dutch), places) == "Netherlands"
