"""Rival forecasts across stories (``group._rival_forecasts``), on real sentences of the
Reuters corpus: forecasters of one economy's measure for one named year, each reported in
its own story, meet without the rare names two stories of one event share."""

from __future__ import annotations

from datetime import date

from test_precision import article, conflicts

from reconcile.model import Document

KIEL = article("1959", "GERMAN ECONOMIC OUTLOOK SEEN FAIRLY BRIGHT", (
    "KIEL, West Germany, March 5 - The outlook for the West German economy is relatively "
    "bright, with gross national product expected to expand by three pct this year, Kiel "
    "University's Institute for World Economy said."), date(1987, 3, 5))
EC = article("3031", "BONN SERIOUS ABOUT CURRENCY PACT, SAYS TIETMEYER", (
    "BONN, March 9 - The Commission has sharply revised down expected German gross "
    "national product growth this year to two pct from 3.2 pct predicted last autumn and "
    "says Bonn has the most room of any EC country to stimulate economic activity."),
    date(1987, 3, 9))
UNRELATED = [article(f"u{number}", title, text, date(1987, 3, 6)) for number, (title, text)
             in enumerate((
                 ("U.S. HOUSING STARTS FALL", "Housing starts fell 2.6 pct in February, "
                  "the Commerce Department said."),
                 ("FRENCH TRADE DEFICIT WIDENS", "France's trade deficit widened to 2.3 "
                  "billion francs in January, the customs said."),
                 ("JAPAN MACHINE ORDERS RISE", "Japanese machine orders rose 4.1 pct in "
                  "January, the Economic Planning Agency said."),
                 ("CANADA JOBLESS RATE STEADY", "Canada's unemployment rate held at 9.6 pct "
                  "in February, Statistics Canada said."),
                 ("DUTCH MONEY SUPPLY UP", "Dutch M2 money supply rose 0.6 pct in January, "
                  "the central bank said."),
                 ("SWISS INFLATION EASES", "Swiss consumer prices rose 0.1 pct in February, "
                  "the government said.")))]


def _germany(found: list[set[str]]) -> bool:
    return {"three pct", "two pct"} in found


def test_rival_forecasts_of_one_economy_and_year_meet_across_two_stories() -> None:
    # reuters-1959 and reuters-3031: Kiel's three pct and the EC Commission's two pct for
    # West German GNP growth in 1987, four days apart; the stories share no rare name
    assert _germany(conflicts(KIEL, EC))


def test_rival_forecasts_meet_among_a_stream_of_unrelated_stories() -> None:
    # the same two among more stories than a handful, as in a corpus
    assert _germany(conflicts(KIEL, EC, *UNRELATED))


def test_rival_forecasts_further_apart_than_the_rules_window_do_not_meet() -> None:
    # the Commission's figure a season later is no rival of Kiel's March forecast
    late = Document(**{**EC.model_dump(), "published": date(1987, 6, 9)})
    assert not _germany(conflicts(KIEL, late, *UNRELATED))


def test_an_owner_holding_another_owners_one_word_is_no_rival_forecast() -> None:
    # reuters-3743 and reuters-7893 among unrelated stories: Shearson's first-quarter
    # forecast for Du Pont Co is no rival of American Can's 1986 first quarter, read as a
    # forecast whose owner is a bare "co"
    dupont = article("3743", "DUPONT DD UP ON RECOMMENDATIONS", (
        "NEW YORK, MARCH 11 - Shares of Du Pont Co rose today after accumulating "
        "recommendations from Shearson Lehman Brothers and First Boston, traders said.\n\n"
        "Analyst Theodore Semegran of Shearson said he raised his earnings estimates for the "
        "company to 7.25 dlrs a share in 1987 and eight dlrs a share in 1988. The company "
        "earned 6.35 dlrs a share in 1986.\n\n"
        "\"Good domestic demand, higher operating earnings and a strng export business, "
        "probably benefitting from a lower dollar and effects of reduced imports in "
        "chemicals will continue to aid Du Pont.\" He also noted that energy earnings in "
        "the first quarter are better than expected because of the rise in crude prices. "
        "Semegran expects first quarter earnings of "
        "about 1.85 dlrs a share from 1.67 dlrs last year."), date(1987, 3, 11))
    can = article("7893", "AMERICAN CAN AC SEES HIGHER YEAR NET", (
        "NEW YORK , March 20 - American Can Co chairman Gerald Tsai said the company will "
        "record higher earnings in the first quarter and for the full year.\n\n"
        "Addressing analysts, Tsai said \"First quarter results have been extremely "
        "encouraging and results for all of 1987 will show significant improvement over "
        "1986.\"\n\n"
        "American Can earned 196.3 mln dlrs, or 3.21 dlrs per share, adjusted for a "
        "two-for-one stock split, in 1986.\n\n"
        "In the 1986 first quarter, the company reported net income of 67.5 mln dlrs, "
        "including one-time gains from sale of assets, or 2.30 dlrs per share, before the "
        "stock adjustment."), date(1987, 3, 20))
    assert not any("2.30 dlrs per share" in found
                   for found in conflicts(dupont, can, *UNRELATED))


DRI = article("10340", "ITALIAN 1987 GDP GROWTH FORECAST AT THREE PCT", (
    "MILAN, March 27 - Italy's gross domestic product (GDP) will grow three pct in real "
    "terms this year and 2.7 pct in 1988, said economic information company Data Resources "
    "Europe Inc (DRI)."), date(1987, 3, 27))
OECD = article("18990", "ITALIAN ECONOMIC OUTLOOK LESS BRIGHT, OECD SAYS", (
    "PARIS, June 19 - Italy's economic outlook for 1987 and 1988 is likely to be less "
    "favourable than last year with slightly lower growth, higher unemployment and an "
    "increased trade deficit, the Organisation for Economic Cooperation and Development "
    "(OECD) said.\n\n"
    "The OECD said Italy's GDP may grow by three pct in 1987, but will then fall back to "
    "2.5 pct in 1988."), date(1987, 6, 19))


def test_rival_forecasts_of_a_year_not_begun_meet_months_apart() -> None:
    # reuters-10340 and reuters-18990, 84 days apart (beyond the rule's window): DRI's 2.7
    # pct and the OECD's 2.5 pct for Italy's 1988 GDP growth, both made in 1987
    assert {"2.7 pct", "2.5 pct"} in conflicts(DRI, OECD, *UNRELATED)



TAX_CUTS = article("2965", "GERMAN 1988 TAX CUTS RAISED BY 5.2 BILLION MARKS", (
    "BONN, March 7 - Senior officials in the West German coalition government said tax cuts "
    "planned for next year would be increased by 5.2 billion marks.\n\n"
    "The government said in January it was aiming for real growth in Gross National Product "
    "this year of 2.5 pct, but some economists have revised their predictions down to two or "
    "below."), date(1987, 3, 7))
"""reuters-2965, cut: the government's forecast names no country; its headline does."""


def test_a_bare_forecast_is_of_the_country_both_headlines_name() -> None:
    # reuters-1959 and reuters-2965, two days apart: Kiel's three pct for West German GNP
    # growth in 1987 against the government's 2.5 pct, which its story gives bare
    assert {"three pct", "2.5 pct"} in conflicts(KIEL, TAX_CUTS, *UNRELATED)


def test_a_bare_forecast_meets_no_rival_of_a_body_its_headline_names() -> None:
    # reuters-843 and reuters-3065: the OECD's 2.1 pct for France, given bare under a
    # headline naming France and the OECD, is no rival of the EIU's 2.5 pct for the OECD
    # area's growth under "OECD TRADE ...": the OECD is no country
    france = article("843", "FRANCE HAS LITTLE ROOM FOR MANOEUVRE, OECD SAYS", (
        "PARIS, March 3 - French industry is failing to produce the goods its markets need, "
        "the Organisation for Economic Cooperation and Development said.\n\n"
        "With gross domestic product likely to grow only 2.1 pct this year, the same rate as "
        "last year, unemployment could climb to 11.5 pct of the workforce by mid-1988, from "
        "its present 10.9 pct, it said in an annual review of the French economy."),
        date(1987, 3, 3))
    eiu = article("3065", "OECD TRADE, GROWTH SEEN SLOWING IN 1987", (
        "LONDON, March 9 - The 24 nations of the Organisation for Economic Cooperation and "
        "Development (OECD) face slower economic growth, the Economist Intelligence Unit "
        "(EIU ) said.\n\n"
        "The EIU said in its World Trade Forecast it revised OECD economic growth downwards "
        "to 2.5 pct this year, compared with a 2.8 pct growth forecast in December."),
        date(1987, 3, 9))
    assert not any("2.1 pct" in found for found in conflicts(france, eiu, *UNRELATED))


def test_a_country_named_near_a_figure_of_another_story_is_no_bare_forecasts_rival() -> None:
    # reuters-5453 and reuters-3065: the banks' German growth, given bare under "BANKS SEE
    # GERMAN GROWTH ...", is no rival of the EIU's West German import growth, read as the
    # economy's, in a story whose headline names no country
    banks = article("5453", "BANKS SEE GERMAN GROWTH OF AT LEAST TWO PCT", (
        "BONN, March 16 - External risks for the economy have increased, but growth of two "
        "to 2.5 pct this year is still possible, according to President of the West German "
        "Federation of Banks, Hanns Christian Schroeder-Hohenwarth."), date(1987, 3, 16))
    eiu = article("3065", "OECD TRADE, GROWTH SEEN SLOWING IN 1987", (
        "LONDON, March 9 - The 24 nations of the Organisation for Economic Cooperation and "
        "Development (OECD) face slower economic growth, the Economist Intelligence Unit "
        "(EIU ) said.\n\n"
        "The weakness of the West German economy is the biggest single factor, with import "
        "growth there expected to feature a sluggish 3.5 pct growth in 1987 against the 6.5 "
        "pct forecast in December, the EIU said."), date(1987, 3, 9))
    assert not any("3.5 pct" in found for found in conflicts(banks, eiu, *UNRELATED))


SWISS_OECD = article("179", "SWISS ECONOMY IN EXCELLENT CONDITION, OECD SAYS", (
    "PARIS, Feb 26 - Switzerland's economy is in excellent condition, the Organisation for "
    "Economic Cooperation and Development, OECD, said.\n\n"
    "The study forecast a decline in Gross Domestic Product growth to 1.75 pct this year from "
    "an estimated two pct in 1986."), date(1987, 2, 26))
SWISS_BASLE = article("17085", "SWISS GROWTH SEEN SLOWING THIS YEAR AND NEXT", (
    "BASLE, Switzerland, April 24 - The growth of the Swiss economy will likely slow to 2.2 "
    "pct this year and 1.9 pct in 1988 after reaching 2.8 pct last year, according to a study "
    "by a group at Basle University's Institute of Applied Economics."), date(1987, 4, 24))
"""reuters-179 and reuters-17085, cut: two forecasters' growth for 1987, each beside its
estimate of 1986's."""


def test_rival_forecasters_estimates_of_the_year_their_forecasts_start_from_meet() -> None:
    # the OECD's two pct and Basle's 2.8 pct for Swiss growth in 1986, given by each as
    # the base of its forecast for 1987, 57 days apart, among unrelated stories
    assert {"an estimated two pct", "2.8 pct"} in conflicts(SWISS_OECD, SWISS_BASLE, *UNRELATED)


def test_a_forecasts_base_year_months_later_is_no_rival_estimate() -> None:
    # the same estimates a season apart: by June the year's statistics are out
    late = Document(**{**SWISS_BASLE.model_dump(), "published": date(1987, 6, 24)})
    assert not any("2.8 pct" in found
                   for found in conflicts(SWISS_OECD, late, *UNRELATED))


def test_a_past_years_figure_given_with_no_forecast_beside_it_is_no_base() -> None:
    # the OECD's estimate told in a sentence of its own is no forecaster's base year: it
    # meets Basle's only as a linked story's figure would
    alone = article("179", "SWISS ECONOMY IN EXCELLENT CONDITION, OECD SAYS", (
        "PARIS, Feb 26 - Switzerland's economy is in excellent condition, the Organisation "
        "for Economic Cooperation and Development, OECD, said.\n\n"
        "The study put Gross Domestic Product growth at an estimated two pct in 1986."),
        date(1987, 2, 26))
    assert not any("2.8 pct" in found for found in conflicts(alone, SWISS_BASLE, *UNRELATED))
