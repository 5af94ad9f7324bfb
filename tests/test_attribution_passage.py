"""Passages: plain sentences that go on with a body's figures are that body's; the
reporter's background, other actors and unnamed speakers are not. Sentences are from
corpus articles that neither the dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution import compiled, find_mentions
from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.names import same_source
from reconcile.attribution.passage import PASSAGE_CUE
from reconcile.segment import split_sentences


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


OECD = ("PARIS, April 13 - Borrowing on the international capital markets contracted "
        "significantly in March with 23.1 billion dlrs of medium and long-term funds raised, "
        "the Organisation for Economic Cooperation and Development said in its latest monthly "
        "report.\n\nBorrowing on external bond markets totalled 19.7 billion dlrs, some 1.1 "
        "billion below the February figure.\n\nThe market for floating rate notes saw further "
        "setbacks and the volume of new offerings fell to only 800 mln dlrs from 1.4 billion "
        "in February.")


def test_a_report_frames_the_sentences_that_go_on_measuring_its_subject(
        lexicon: SourceLexicon) -> None:
    _, bonds, notes = sources_of(OECD, ["23.1 billion dlrs", "19.7 billion dlrs",
                                        "800 mln dlrs"], lexicon)
    assert same_source(bonds.name, "Organisation for Economic Cooperation and Development")
    assert bonds.name == notes.name


def test_a_release_goes_on_in_other_forms_of_its_words(lexicon: SourceLexicon) -> None:
    """Reuters (Canada's GDP): "expanding" goes on measuring what "expansion" measured."""
    text = ("OTTAWA, March 3 - Canadian economic growth is expected to slow further in 1987, "
            "economists said.\n\n\"The economy is ready for about a 2.0 pct rate of growth,\" "
            "said Carl Beigie, Chief Economist at Dominion Securities Pitfield Ltd.\n\n"
            "Statistics Canada reported that gross domestic product, grew 3.1 pct in 1986, the "
            "fourth year of continuous expansion, but down from 1985's four pct.\n\nIn the "
            "final quarter, GDP, in 1981 prices and at annualized rates, rose a slight 0.2 pct "
            "after expanding 0.8 pct in the third quarter.")
    found = sources_of(text, ["0.2 pct", "0.8 pct"], lexicon)
    assert [source.name for source in found] == ["Statistics Canada", "Statistics Canada"]


def test_a_demonstrative_points_back_across_a_line_break(lexicon: SourceLexicon) -> None:
    text = ("STAMFORD, Conn, April 13 - GTE Corp said the decline in its first quarter net "
            "income reflects a 121 mln dlr loss from its 50 pct share ownership of U.S. "
            "Sprint's operations.\n\nThis loss is an increase from the 60 mln dlrs loss "
            "reported on operations GTE owned a year ago quarter.")
    (earlier,) = sources_of(text, ["60 mln dlrs"], lexicon)
    assert same_source(earlier.name, "GTE Corp")


def test_a_later_paragraph_of_a_release_stays_the_bodys(lexicon: SourceLexicon) -> None:
    text = ("WASHINGTON, March 13 - U.S. business inventories rose 5.6 billion dlrs, or 0.9 "
            "pct, to a seasonally adjusted 592.19 billion dlrs in January, the Commerce "
            "Department said.\n\nIt was the largest inventory rise since July, 1979, when "
            "inventories were up 1.7 pct.\n\nIn December, inventories fell a revised 3.4 "
            "billion dlrs, or 0.6 pct, to 586.65 billion dlrs.")
    (december,) = sources_of(text, ["3.4 billion dlrs"], lexicon)
    assert same_source(december.name, "Commerce Department")


def test_a_persons_quote_frames_nothing(lexicon: SourceLexicon) -> None:
    text = ("The trade knows full well what the export potential is,\" he said.\n\n"
            "The country, with stockpiles standing at about 10 mln bags, exported a record "
            "11.5 mln bags in the 1985/86 coffee year.")
    (exported,) = sources_of(text, ["11.5 mln bags"], lexicon)
    assert not exported.explicit


# A lead that names no one: the figures after it are not the lead's release.
_QUIET_LEAD = "Shares fell sharply on Monday.\n\nDealers were cautious.\n\n"


def test_another_actor_or_an_unnamed_speaker_ends_the_passage(lexicon: SourceLexicon) -> None:
    text = (_QUIET_LEAD + "Average earnings rose by 4.3% in the year to December, the Office "
            "for National Statistics said. It is believed earnings rose 5% in the City. "
            "Analysts said earnings would rise 4% in 2005. "
            "Earnings in the public sector rose 3.9%.")
    believed, public = sources_of(text, ["5%", "3.9%"], lexicon, publisher="BBC News")
    assert not believed.explicit
    assert not same_source(public.name, "Office for National Statistics")


def test_a_frame_without_a_shared_measure_frames_nothing(lexicon: SourceLexicon) -> None:
    text = (_QUIET_LEAD + "Swissair said its overall load factor for January was steady at "
            "58 pct. "
            "Some 40,000 people work in the country's airline industry.")
    (people,) = sources_of(text, ["40,000 people"], lexicon)
    assert not people.explicit


def test_background_ends_a_release(lexicon: SourceLexicon) -> None:
    text = ("UK house prices dipped slightly in November, the Office of the Deputy Prime "
            "Minister (ODPM) has said.\n\nThe average house price fell marginally to "
            "£180,226.\n\nInterest rates rose by 1% over the year.\n\nDecember is "
            "traditionally a quiet month for the housing market, with 12,000 fewer sales.")
    (sales,) = sources_of(text, ["12,000 fewer sales"], lexicon, publisher="BBC News")
    assert not sales.explicit


def test_a_region_showing_a_level_is_no_source(lexicon: SourceLexicon) -> None:
    text = ("All areas saw a rise in annual house price inflation in November, the ODPM "
            "said.\n\nThe North East showed the highest rate of inflation at 26.2%.")
    (north_east,) = sources_of(text, ["26.2%"], lexicon, publisher="BBC News")
    assert north_east.name != "North East"


def test_a_capitalised_cue_word_inside_a_name_is_no_verb(lexicon: SourceLexicon) -> None:
    text = ("In a separate press conference at the Consumer Electronics Show in Las Vegas, "
            "Toshiba announced that DVD players for its technology would be on the market by "
            "the end of 2005.")
    rules = compiled(lexicon)
    found = find_mentions(text, split_sentences(text), rules, rules.cue_search(text))
    assert all(mention.cue != "Show" for mentions in found for mention in mentions)


# Forecasts reeled off in the passive after the forecaster is named once (corpus sentences:
# the New Zealand institute's outlook, reuters-6406, and the Japanese growth story of the
# BBC's business pages).
NZIER = ("WELLINGTON, March 18 - New Zealand's economy will improve in the year to March "
         "1988, the New Zealand Institute of Economic Research (NZIER) said in its quarterly "
         "forecast.\n\nThe current account deficit is forecast to shrink to 1.32 billion N.Z. "
         "Dlrs in 1987/88 from 2.40 billion in 1986/87.\n\nShort-term interest rates are "
         "forecast to remain between 20 and 25 pct until the June quarter.")


def test_a_passive_forecast_goes_on_with_the_forecaster(lexicon: SourceLexicon) -> None:
    deficit, rates = sources_of(NZIER, ["1.32 billion N.Z. Dlrs", "between 20 and 25 pct"],
                                lexicon)
    assert same_source(deficit.name, "NZIER") and same_source(rates.name, "NZIER")
    assert deficit.cue == "passage"  # the passage's, never a rival report


def test_a_person_who_forecast_frames_the_passive_forecasts(lexicon: SourceLexicon) -> None:
    text = ("The overall area devoted to sugar beet in Europe is forecast to remain stagnant "
            "this year at 7.22 mln hectares, West German statistician F.O. Licht said.\n\n"
            "The total beet area in the European Community is forecast to fall two pct to "
            "1.85 mln ha against 1.89 mln in 1986.")
    (found,) = sources_of(text, ["1.85 mln ha"], lexicon)
    assert same_source(found.name, "F.O. Licht")


def test_a_forecaster_named_by_its_pronoun_frames_the_passive_forecasts(
        lexicon: SourceLexicon) -> None:
    # Reuters 15865 (USDA's monthly estimates): "It projected ..." is the USDA still.
    text = ("The U.S. Agriculture Department projected Brazil's 1986/87 soybean crop at "
            "17.00 mln tonnes.\n\nIt projected the 1985/86 crop at 7.30 mln tonnes, vs 7.30 "
            "mln last month.\n\nBrazil's 1986/87 soybean exports were forecast at 2.50 mln "
            "tonnes, vs 2.50 mln tonnes estimated last month.")
    (found,) = sources_of(text, ["2.50 mln tonnes,"], lexicon)
    assert (found.name, found.cue) == ("USDA", "passage")


def test_a_passage_of_forecasts_goes_on_however_long_it_runs(lexicon: SourceLexicon) -> None:
    # Reuters 3792 (shortened): a forecaster's table follows three sentences of his
    # forecasts; its "1986 figures in brackets" are last year's values, no new source.
    text = ("The overall area devoted to sugar beet in Europe is forecast to remain stagnant "
            "this year at 7.22 mln hectares, West German statistician F.O. Licht said.\n\n"
            "The total beet area in the European Community is forecast to fall two pct to "
            "1.85 mln ha against 1.89 mln in 1986.\n\n"
            "The total Western Europe area is put at 2.49 mln ha, against 2.50 mln in 1986.\n\n"
            "Eastern Europe area is forecast at 4.73 mln ha against 4.72 mln.\n\n"
            "Individual West Europe country estimates, in 1,000 hectares (with 1986 figures in "
            "brackets), are, Belgium/Luxembourg 114 (118), Denmark 69 (69), France 419 (421).")
    quotes = ["1.85 mln ha", "2.49 mln ha", "4.73 mln ha", "419"]
    found = sources_of(text, quotes, lexicon)[-1]
    assert same_source(found.name, "F.O. Licht") and found.cue == "passage"
    # official figures are a source of their own: the passage ends there
    ended = text.replace("(with 1986 figures in brackets)", "official figures show")
    found = sources_of(ended, quotes, lexicon)[-1]
    assert not same_source(found.name, "F.O. Licht")


def test_an_expected_level_goes_on_with_the_forecaster(lexicon: SourceLexicon) -> None:
    """reuters-13738: "are therefore expected to drop" is Oil World's forecast still."""
    text = ("Opening stocks in West Malaysia at the start of this year were put at only "
            "565,000 tonnes compared with 914,000 in January 1986, Oil World said.\n\nWest "
            "Malaysian net exports are therefore expected to drop 500,000 tonnes to 2.54 mln "
            "during Jan/Sept.")
    (found,) = sources_of(text, ["2.54 mln"], lexicon)
    assert (found.name, found.cue) == ("Oil World", "passage")


@pytest.mark.parametrize(("text", "quote"), [
    # an event expected, not a level (bbc-entertainment-037)
    ("Carib Chief Charles Williams said the island was delighted.\n\nShooting on the sequel "
     "is expected to begin in April, with hundreds of Dominicans applying to be extras.",
     "hundreds of Dominicans"),
    # a fact before the forecast: the sentence opens on what happened
    ("Analysts said the recovery was fragile.\n\nJapan's economy grew 2.6% overall last "
     "year and is forecast to see growth of 2.1% in 2005.", "2.6%"),
    # a forecast whose maker the sentence names
    ("Analysts said output would rise.\n\nExports are forecast by the Ifo institute to "
     "fall 2.5 pct.", "2.5 pct"),
    # another actor in the sentence
    ("Analysts said output would rise.\n\nExports of Daimler-Benz AG are forecast to "
     "fall 2.5 pct.", "2.5 pct"),
])
def test_no_forecast_passage(text: str, quote: str, lexicon: SourceLexicon) -> None:
    (found,) = sources_of(text, [quote], lexicon)
    assert not same_source(found.name, "Analysts") and "Williams" not in found.name


def test_a_bare_statistic_goes_on_with_the_release_before_it(lexicon: SourceLexicon) -> None:
    """Reuters (Canadian shipments, South African trade): a sentence that only moves a
    measure ("Inventories fell to ...", "Exports rose slightly to ...") right after a
    release, or after the sentences that go on with it, is the release's though it shares
    no measured word with it."""
    shipments = ("OTTAWA, March 20 - Shipments of products by Canadian manufacturers declined "
                 "by 1.5 pct in January to 21.08 billion dlrs, seasonally adjusted, led by a "
                 "slowdown in transportation equipment, Statistics Canada said.\n\nIn December "
                 "orders rose 2.8 pct.\n\nThe federal agency said new orders fell 4.0 pct "
                 "following a 4.5 pct increase in December.\n\nInventories fell to 33.71 "
                 "billion dlrs from 34.00 billion dlrs the previous month.")
    _, inventories = sources_of(shipments, ["4.0 pct", "33.71 billion dlrs"], lexicon)
    assert same_source(inventories.name, "Statistics Canada")
    trade = ("JOHANNESBURG, March 27 - South Africa's trade surplus rose to 1.62 billion rand "
             "in February after falling to 906.2 mln in January, Customs and Excise figures "
             "show.\n\nThis compares with a year earlier surplus of 958.9 mln rand.\n\n"
             "Exports rose slightly to 3.36 billion rand in February from 3.31 billion in "
             "January but imports fell to 1.74 billion from 2.41 billion.")
    *_, exports = sources_of(trade, ["1.62 billion rand", "958.9 mln rand",
                                     "3.36 billion rand"], lexicon)
    assert same_source(exports.name, "Customs and Excise")


def test_a_market_move_after_a_release_is_no_bare_statistic(lexicon: SourceLexicon) -> None:
    """A name past the sentence's first word is another story's or a market's."""
    text = (_QUIET_LEAD + "The IEA raised its estimate of 2005 oil demand growth by 80,000 "
            "barrels a day to 84 million barrels a day. US light crude rose $1.64 to $47.10, "
            "while Brent crude in London gained $1.32 to $44.45.")
    _, crude = sources_of(text, ["80,000 barrels", "$47.10"], lexicon, publisher="BBC News")
    assert not crude.explicit


def test_a_bare_statistic_goes_on_past_a_comment_that_states_no_figure(
        lexicon: SourceLexicon) -> None:
    """BBC (Germany's growth) and Reuters (Bank of France): a sentence between the release
    and the bare statistic that states no figure ("The economy contracted in 2003.", "Money
    market dealers had earlier expressed mixed views ...") leaves the release going on."""
    germany = ("Germany's economy, the biggest among the 12 countries sharing the euro, grew at "
               "its fastest rate in four years during 2004, driven by strong exports.\n\n"
               "Gross domestic product (GDP) rose by 1.7% last year, the statistical office "
               "said. The economy contracted in 2003. Foreign sales increased by 8.2% last "
               "year, compared with a 0.3% slide in private consumption.")
    _, sales = sources_of(germany, ["1.7%", "8.2%"], lexicon, publisher="BBC News")
    assert sales.name == "statistical office"
    france = ("PARIS, April 2 - The Bank of France said it left its intervention rate unchanged "
              "at 7-3/4 pct when it injected funds to the market against first category paper "
              "in todays money market intervention tender.\n\nMoney market dealers had earlier "
              "expressed mixed views on a possible quarter point cut.\n\nThe rate was last "
              "adjusted on March 9, when it was reduced to 7-3/4 pct from the eight pct rate "
              "set in January.")
    rate = sources_of(france, ["eight pct"], lexicon)[0]
    assert same_source(rate.name, "Bank of France")


@pytest.mark.parametrize(("text", "quotes"), [
    # a participle's agent owns its own figure: no release a comment goes on from
    ("MADRID, March 22 - Workers at General Motors Espanola S.A. have called for five days "
     "of strikes next month in a dispute over this year's wage increase, union sources said."
     "\n\nThe workers are seeking a wage rise above this year's five pct inflation target "
     "set by the government. The government and employers' organisations have urged "
     "companies to hold wage rises below this level.\n\nAverage wages rose 8.2 pct last year "
     "compared with an 8.3 pct increase in the cost of living.",
     ["five days", "five pct", "8.2 pct", "8.3 pct"]),
    # how the company's stock moved is the market's, not its announcement's
    ("New York, June 1 - Allegis Corp may file its plan of recapitalization with the "
     "Securities and Exchange Commission later this week, a company spokesman said.\n\n"
     "The spokesman also said the company has no comment on Coniston Partners plan to carry "
     "out its solicitation of consents from shareholders to remove Allegis directors.\n\n"
     "Coniston proposes replacing the board of directors with its own candidates and then "
     "selling off one or more units of Allegis. Allegis, apparently in response to takeover "
     "activity, announced a sweeping recapitalization plan, which will give shareholders "
     "60 dlrs per share.\n\nAllegis "
     "shares came under pressure from institutional selling today. The stock slipped 1-3/8 "
     "to 85-1/8 on volume of more than 1.6 mln shares.",
     ["60 dlrs per share", "1-3/8", "85-1/8", "more than 1.6 mln shares"]),
])
def test_no_release_goes_on_past_a_comment(text: str, quotes: list[str],
                                           lexicon: SourceLexicon) -> None:
    """The figures of each story are given, as the figures stage finds them: a figure's
    words are no measured words of its sentence."""
    found = sources_of(text, quotes, lexicon)[2]
    assert not found.explicit


def test_the_figures_after_a_study_s_finding_are_the_study_s(lexicon: SourceLexicon) -> None:
    """BBC (blog readers) and Reuters (a survey of investors): a survey that found something
    with no figure of its own frames the figures that go on with what it found."""
    blogs = ("Americans are becoming avid blog readers, according to new research.\n\nThe "
             "aggregators automatically compile the latest information published online from "
             "the blogs or news sites. Reading blogs remains far more popular than writing "
             "them, the survey found. Only 7% of the 120 million US adults who use the "
             "internet had created a blog or web-based diary.")
    (share,) = sources_of(blogs, ["7%"], lexicon, publisher="BBC News")
    assert share.name == "survey"
    assert share.cue == PASSAGE_CUE
    investors = ("LONDON, March 19 - Big Bang has brought benefits to institutional investors, "
                 "a survey showed.\n\nThe survey found that with the virtual elimination of "
                 "commissions, the improved market liquidity has encouraged investors to deal "
                 "more frequently in the market.\n\nOf those responding, 70 pct were encouraged "
                 "to deal more actively, 25 pct which saw no change and five pct dealt less "
                 "actively.")
    dealing = sources_of(investors, ["70 pct", "25 pct", "five pct"], lexicon)
    assert [found.name for found in dealing] == ["survey"] * 3


def test_figures_after_a_survey_named_with_no_figure_are_the_survey_s(
        lexicon: SourceLexicon) -> None:
    """Reuters (the CBI's retail survey): "according to a monthly survey by X" frames the
    survey's figures that go on with it, as "the survey found" does."""
    text = ("LONDON, March 12 - U.K. Retailers expect consumer spending to accelerate in "
            "March after a disappointing increase in February, according to a monthly survey "
            "by the Confederation of British Industry (CBI).\n\nFifty-nine pct of the 325 "
            "retailers questioned for the latest Distributive Trades Survey expected sales to "
            "be higher in March than they were in March 1986, with only six pct expecting "
            "lower sales.")
    found = sources_of(text, ["Fifty-nine pct", "six pct"], lexicon)
    assert [same_source(s.name, "Confederation of British Industry") for s in found] == [
        True, True]


def test_a_finding_of_no_study_frames_nothing(lexicon: SourceLexicon) -> None:
    """A finding frames what follows only where a study, a poll or a report found it, not
    where a company did."""
    text = ("British Airways found that the improved market liquidity has encouraged investors to "
            "deal more frequently in the market.\n\nOf those responding, 70 pct were "
            "encouraged to deal more actively.")
    (found,) = sources_of(text, ["70 pct"], lexicon)
    assert not found.explicit


def test_the_rest_of_a_whole_is_told_by_who_gave_the_whole(lexicon: SourceLexicon) -> None:
    """Reuters (Rotterdam grain balance): "The balance comprised ..." opens a paragraph of
    its own, yet parts the whole the sentence before gave, so Graan Elevator gives it."""
    text = ("ROTTERDAM, March 9 - Graan Elevator Mij said its balance in port of grains, "
            "oilseeds and derivatives rose to 136,000 tonnes on March 7 from 31,000 a week "
            "earlier, after arrivals of 523,000 tonnes and discharges of 418,000 tonnes last "
            "week.\n\nThe balance comprised 38,000 tonnes of grains and oilseeds and 98,000 "
            "tonnes of derivatives.\n\nThis week's estimated arrivals total 194,000 tonnes.")
    grains, derivatives = sources_of(text, ["38,000 tonnes", "98,000 tonnes"], lexicon)
    assert same_source(grains.name, "Graan Elevator Mij")
    assert same_source(derivatives.name, "Graan Elevator Mij")
