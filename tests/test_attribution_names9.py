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


NZ_TRADE = (
    "WELLINGTON, March 5 - New Zealand's current account deficit narrowed to 180 mln N.Z. "
    "Dlrs in January from 203 mln, revised from 207 mln, in December and 305 mln in January "
    "1986, in a smoothed measurement, the Statistics Department said.\n\nUnsmoothed figures "
    "show a deficit of 162 mln dlrs for January against 107 mln, revised from 75 mln for "
    "December 1986 and 575 mln in January 1986.\n\nUnadjusted merchandise figures show a "
    "surplus of 53 mln dlrs vs 141 mln, revised from 203 mln surplus in December 1986 and a "
    "323 mln deficit a year earlier.")


def test_figures_named_by_their_measure_only_are_the_releasing_bodys(
        lexicon: SourceLexicon) -> None:
    sources = sources_of(NZ_TRADE, ["180 mln", "162 mln dlrs", "53 mln dlrs"], lexicon)
    assert [s.name for s in sources] == ["Statistics Department"] * 3


def test_a_later_release_of_a_banks_figures_is_the_banks(lexicon: SourceLexicon) -> None:
    text = ("PRETORIA, June 18 - South African year-on-year broadly defined M-3 money supply "
            "growth was revised upward to 10.37 pct for April from a preliminary 10.08 pct, "
            "but was down from a revised 10.69 pct in March, Reserve Bank figures show.\n\n"
            "Preliminary figures for May show M-3 at 83.24 billion rand for a year-on-year "
            "rise of 10.97 pct from 75.01 billion in May 1986.")
    (may,) = sources_of(text, ["83.24 billion rand"], lexicon)
    assert may.name == "Reserve Bank"


def test_measure_only_figures_with_no_body_named_keep_their_data_noun(
        lexicon: SourceLexicon) -> None:
    text = ("Detailed data on reserves shows that U.S. net proved reserves of crude oil fell "
            "to 837 mln barrels from 853 mln barrels in 1985.")
    (reserves,) = sources_of(text, ["837 mln barrels"], lexicon)
    assert reserves.name == "detailed data"


@pytest.mark.parametrize(("text", "quote", "name"), [
    ("HELSINKI, March 23 - Finland had a 641 mln markka trade surplus in February following "
     "an 80 mln markka surplus in January, Customs Board preliminary figures showed.",
     "641 mln markka", "Customs Board"),
    ("NEW YORK, March 9 - Lead stocks held by U.S. refiners rose to 37,295 short tons at the "
     "end of February from 34,224 short tons (revised higher) at the end of January, the "
     "American Bureau of Metal Statistics reported.", "37,295 short tons",
     "American Bureau of Metal Statistics"),
])
def test_a_bodys_name_drops_a_releases_qualifier_but_keeps_a_data_noun_in_capitals(
        text: str, quote: str, name: str, lexicon: SourceLexicon) -> None:
    (source,) = sources_of(text, [quote], lexicon)
    assert source.name == name


def test_a_lower_case_releasing_body_takes_its_measure_only_figures(
        lexicon: SourceLexicon) -> None:
    text = ("WELLINGTON, March 31 - New Zealand's current account deficit narrowed to 78 mln "
            "dlrs in February from 93 mln in January, in a smoothed seasonally adjusted "
            "measurement, the statistics department said.\n\nTotally unadjusted figures show a "
            "deficit of 47 mln dlrs against 168 mln in January and 227 mln in February 1986.")
    (unadjusted,) = sources_of(text, ["47 mln dlrs"], lexicon)
    assert unadjusted.name == "statistics department"


def test_a_titles_last_word_is_no_releases_qualifier(lexicon: SourceLexicon) -> None:
    text = ("PEKING, April 17 - China will be short of sorghum in 1987 for the sixth "
            "successive year because high production costs and low profits discourage farmers "
            "from growing it, the China Daily Business Weekly said.\n\nIt said sorghum output "
            "in calendar 1986 was 5.34 mln tonnes, down five pct from the 1985 level.")
    (output,) = sources_of(text, ["5.34 mln tonnes"], lexicon)
    assert output.name == "China Daily Business Weekly"
