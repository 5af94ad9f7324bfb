"""Source names built across abbreviations, the official figure's owner, and data nouns
that name no body. Sentences are from corpus articles that neither the dev set nor the
annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


@pytest.mark.parametrize(("text", "quote", "name"), [
    ("LONDON, March 25 - A total 59,000 tonnes of current series white sugar received export "
     "rebates at today's European Community (EC) tender, the U.K. Intervention Board said.",
     "59,000 tonnes", "U.K. Intervention Board"),
    ("ZURICH, Oct 19 - The coupon on Healthvest's 40 mln Swiss franc seven-year subordinated "
     "convertible bond was set at 4-1/2 pct and not at the four pct indicated, lead manager "
     "S.G. Warburg Soditic SA said.", "four pct", "S.G. Warburg Soditic SA"),
    ("NEW YORK, March 31 - Investor David F. Laroche said he has decided to drop the "
     "condition to his tender offer for 170,000 shares of NECO Enterprises Inc at 26 dlrs "
     "each.", "26 dlrs", "David F. Laroche"),
    ("BOSTON, March 20 - American Telephone and Telegraph Co does not plan to reduce its "
     "regular quarterly dividend of 30 cts a share on its common stock, said James E. Olson, "
     "chairman.", "30 cts", "James E. Olson"),
])
def test_a_name_goes_on_past_an_initialisms_or_initials_stop(
        text: str, quote: str, name: str, lexicon: SourceLexicon) -> None:
    (source,) = sources_of(text, [quote], lexicon)
    assert source.name.endswith(name)


def test_a_company_named_last_keeps_its_designator_without_the_sentences_stop(
        lexicon: SourceLexicon) -> None:
    text = ("NEW YORK, June 18 - Commonwealth Edison Co is raising 140 mln dlrs through an "
            "offering of first mortgage bonds due 1994 yielding 8.92 pct, said lead manager "
            "Salomon Brothers Inc.")
    (source,) = sources_of(text, ["8.92 pct"], lexicon)
    assert source.name == "Salomon Brothers Inc"


def test_a_title_in_short_is_no_part_of_the_name(lexicon: SourceLexicon) -> None:
    text = ("WASHINGTON, March 3 - Sen. Rudy Boschwitz said applying the provision to 1987 "
            "crops would save approximately 500 mln dlrs.")
    (source,) = sources_of(text, ["500 mln dlrs"], lexicon)
    assert source.name == "Rudy Boschwitz"


@pytest.mark.parametrize(("text", "quote"), [
    ("It quoted unnamed economists as saying they expect 1987 industrial production to "
     "increase at a proper rate. The official industrial growth target this year is seven "
     "pct, down from an actual 9.2 pct last year.", "seven pct"),
    ("Chung, who is also Minister of Economic Planning, said his GNP estimate was based on "
     "the assumption that the economy will remain stable.\n\nThe official target for 1987 "
     "GNP growth is eight pct.", "eight pct"),
    ("The immediate result was a 0.9 pct rise in consumer prices in January, partly "
     "responsible for a forced revision in the official 1987 inflation forecast, to 2.5 pct "
     "from two pct or less.", "2.5 pct"),
])
def test_an_official_target_or_forecast_is_the_governments(
        text: str, quote: str, lexicon: SourceLexicon) -> None:
    (source,) = sources_of(text, [quote], lexicon)
    assert (source.name, source.kind) == ("government", "official")


def test_an_official_forecast_is_the_governments_over_those_who_speak(
        lexicon: SourceLexicon) -> None:
    text = ("CANBERRA, March 5 - Australian Prime Minister Bob Hawke and Treasurer Paul Keating "
            "said the government's 1986/87 Budget deficit could hit four billion dlrs against "
            "the official forecast of 3.5 billion.")
    spoken, forecast = sources_of(text, ["four billion dlrs", "3.5 billion"], lexicon)
    assert "Keating" in spoken.name
    assert forecast.name == "government"


def test_the_government_of_an_official_estimate_is_the_ministry_the_story_named(
        lexicon: SourceLexicon) -> None:
    text = ("TOKYO, March 3 - The Labour Ministry said the unemployment rate rose to 3.0 pct "
            "in January.\n\nThe official 1987/88 estimate is 2.9 pct.")
    (estimate,) = sources_of(text, ["2.9 pct"], lexicon)
    assert estimate.name == "Labour Ministry"


def test_an_official_figure_is_the_official_figures_not_the_government(
        lexicon: SourceLexicon) -> None:
    text = ("The new forecast is 22.7 to 25 pct down on the official figure of 12.8 mln "
            "tonnes for last season's production.")
    (figure,) = sources_of(text, ["12.8 mln tonnes"], lexicon)
    assert figure.name == "official figure"
