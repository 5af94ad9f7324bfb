"""Grouping on real sentences of the BBC corpus: the names and period a figure's key
takes from its clause, and the rivals they let meet across articles."""

from __future__ import annotations

from datetime import date

from test_precision import article, conflicts, key_of
from test_precision6 import event_keys

ODPM = ("The average UK house price fell from £180,126 in November to £178,906, reflecting "
        "recent Land Registry figures confirming a slowdown in late 2004.")
"""bbc-business-170."""


def test_the_earlier_value_of_a_change_has_the_subject_of_its_verb() -> None:
    # both ends of the fall are the UK's average price
    assert key_of(ODPM, "£180,126").who == {"uk"}
    assert key_of(ODPM, "£178,906").who == {"uk"}


def test_a_participle_of_what_a_figure_shows_is_no_part_of_its_clause() -> None:
    # the Land Registry's slowdown in late 2004 is what the price reflects, not its period
    key = key_of(ODPM, "£178,906")
    assert key.period is None and "land registry" not in key.who


def test_two_lenders_average_prices_of_one_month_meet_across_articles() -> None:
    # bbc-business-405 and bbc-business-170: Halifax's and the ODPM's average UK price
    halifax = article("405", "House prices rebound says Halifax", (
        "UK house prices increased by 1.1% in December, the first monthly rise since "
        "September, the Halifax has said.\n\n"
        "The average price of a house in the UK now stands at £162,086, Halifax said."))
    odpm = article("170", "House prices suffer festive fall", (
        "UK house prices fell 0.7% in December, according to figures from the Office of the "
        "Deputy Prime Minister.\n\n" + ODPM))
    assert {"£162,086", "£178,906"} in conflicts(halifax, odpm)


def test_an_analysts_unowned_forecast_is_of_the_firm_the_sentence_before_names() -> None:
    # reuters-5888: Morrison's forecasts follow the sentence saying he likes Asarco, and
    # are Fathi's rivals, who names Asarco
    story = article("copper", "TALKING POINT/COPPER STOCKS", (
        "NEW YORK, March 17 - Copper shares, which have lagged behind the market, should pick "
        "up steam this year, analysts said.\n\n"
        "Dean Witter's Morrison and Fathi of Prescott Ball like Asarco, because of cost "
        "cutting and restructuring. Morrison sees 1987 earnings at 1.25 dlrs and 1988 at 1.75 "
        "against losses in 1986.\n\n"
        "Fathi projects Asarco will earn one dlr in 1987 and from three dlrs to 3.25 dlrs in "
        "1988."), date(1987, 3, 17))
    assert {"1.25 dlrs", "one dlr"} in conflicts(story)
    assert {"1.75", "from three dlrs to 3.25 dlrs"} in conflicts(story)


USX = article("steel", "TALKING POINT/STEEL COMPANIES", (
    "NEW YORK, April 9 - \"It's that time of year. This is strictly seasonal,\" said "
    "Charles Bradford of Merrill Lynch and Co.\n\n"
    "Bradford is recommending sale of USX shares. \"We had a buy on it "
    "below 20 but when it gets to 28, let somebody else have it,\" he said.\n\n"
    "The steel and energy concern will earn about one dlr a share in 1987, about half of "
    "that coming from asset sales, and from two dlrs to 2.50 dlrs in 1988, Bradford "
    "said.\n\n"
    "Other analysts, including Michelle Galanter Applebaum of Salomon Brothers Inc, "
    "recommend USX. She predicts USX will earn 18 cts a share this year and 2.73 dlrs next "
    "year against large losses in 1986."), date(1987, 4, 9))
"""reuters-15639, cut."""


def test_an_analysts_forecast_takes_the_firm_named_before_a_quoted_aside() -> None:
    # the quote between the sentence naming USX and the forecast names no one
    owners = {text: key.owner for text, key in event_keys(USX).items()}
    assert owners["about one dlr a share"] == "usx"


def test_forecasts_of_a_share_many_fold_apart_near_break_even_are_rivals() -> None:
    # Bradford's one dollar and Applebaum's 18 cents for USX's 1987 are 5.6 times apart
    assert {"about one dlr a share", "18 cts a share"} in conflicts(USX)


def test_where_a_share_of_a_figure_comes_from_names_no_measure_of_the_next() -> None:
    # "about half of that coming from asset sales" is no revenue of Bradford's 1988 figure
    assert {"from two dlrs to 2.50 dlrs", "2.73 dlrs"} in conflicts(USX)


def test_an_analysts_own_firm_owns_none_of_his_forecasts() -> None:
    # reuters-10017: PaineWebber, named before, is Voytko's firm; the earnings are Conrail's
    story = article("conrail", "TALKING POINT/CONRAIL CRR", (
        "NEW YORK, March 16 - Analyst James Voytko of PaineWebber Group Inc said PaineWebber "
        "earned 2.50 dlrs per share last year.\n\n"
        "Voytko thinks Conrail can remain profitable in a recession year. He points out his "
        "firm, PaineWebber, is not forecasting a recession. He estimated 3.00 dlrs per share "
        "this year and 3.35 dlrs next year."), date(1987, 3, 16))
    owners = {text: key.owner for text, key in event_keys(story).items()}
    assert owners["estimated 3.00 dlrs per share"] != "painewebber"
