"""Rival figures for one measured thing meet, whatever each side's phrasing adds.

Forecasts and estimates of one measure for one period, by different sources, are told in
different words: one side names its speaker ("..., Wroblewski said"), the body a speaker
works for ("Hannes Androsch, general director of Creditanstalt-Bankverein CABV.VI"), an
owner both share, or sets its figure against the rival's ("compared with a two pct growth
forecast made by ..."). None of that may split the pair; two different owners or bidders
still must. Sentences are from the Reuters 1987 and BBC 2004-05 corpora.
"""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article, conflicts

from reconcile.compare import judge_pair
from reconcile.model import Claim, Figure, Source
from reconcile.pipeline import check
from reconcile.subjects.elided import with_elided_unit
from reconcile.subjects.event import EventKey, named_in, parse

MARCH = date(1987, 3, 11)


def keys(*documents: object) -> dict[str, EventKey]:
    """Each figure's words and its event key."""
    report = check(list(documents), RULES)  # type: ignore[arg-type]
    return {claim.figure.text: parse(claim.event) for claim in report.claims}


def subjects_of(*documents: object) -> dict[str, str | None]:
    report = check(list(documents), RULES)  # type: ignore[arg-type]
    return {claim.figure.text: claim.subject for claim in report.claims}


def rate(ident: str, source: str, text: str, low: float | None, high: float | None) -> Claim:
    value = low if low == high else None
    figure = Figure(text=text, start=0, end=len(text), number_start=0, number_end=len(text),
                    value=value, low=low, high=high, kind="percent", unit="percent")
    return Claim(id=ident, document="doc", figure=figure, source=Source(name=source),
                 subject="economic-forecast", sentence_start=0, sentence_end=1)


def test_a_strict_bound_rules_out_the_range_whose_edge_it_touches() -> None:
    # BBC: Brown forecasts "between 3% and 3.5%"; City experts believe "under 3%".
    rule = RULES.subject("economic-forecast")
    brown = rate("a", "Gordon Brown", "between 3% and 3.5%", 3.0, 3.5)
    city = rate("b", "City experts", "under 3%", None, 3.0)
    pair = judge_pair(brown, city, rule)
    assert pair.verdict == "conflict"
    assert "rules out" in pair.reason
    # "up to 3%" keeps its 3%: the two figures touch and agree
    assert judge_pair(brown, rate("c", "City experts", "up to 3%", None, 3.0),
                      rule).verdict == "agree"


def test_a_forecast_set_against_another_is_a_rival_not_an_earlier_value() -> None:
    # Reuters (Austria): the institute revised its own December forecast.
    found = keys(article("austria", "AUSTRIA 1987 GROWTH FORECAST REVISED", (
        "VIENNA, March 11 - Austrian gross domestic product growth for this year is likely "
        "to be between 0.5 and 1.5 pct, Helmut Kramer, head of the semi-official Institute "
        "for Economic Research (WIFO) said.\n\nThis compared with a two pct growth forecast "
        "made by the WIFO last December."), MARCH))
    assert found["two pct"].part is False
    assert found["two pct"].mode == "forecast"
    # an earlier value named without a rival's forecast is still a part
    earlier = keys(article("marks", "NET PROFIT", (
        "Net profit rose to 380 mln marks from 377 mln marks, the company said."), MARCH))
    assert earlier["377 mln marks"].part is True


def test_the_speaker_of_a_sentence_is_not_what_its_figure_measures() -> None:
    # Reuters: two forecasters' GDP growth for Italy in 1988, in two articles.
    dri = article("dri", "ITALIAN 1987 GDP GROWTH FORECAST AT THREE PCT", (
        "MILAN, March 27 - Italy's gross domestic product (GDP) will grow three pct in real "
        "terms this year and 2.7 pct in 1988, said economic information company Data "
        "Resources Europe Inc (DRI)."), date(1987, 3, 27))
    oecd = article("oecd", "ITALIAN ECONOMIC OUTLOOK LESS BRIGHT, OECD SAYS", (
        "The OECD said Italy's GDP may grow by three pct in 1987, but will then fall back "
        "to 2.5 pct in 1988."), date(1987, 4, 19))
    assert "oecd" not in keys(oecd)["2.5 pct"].who
    assert any({"2.7 pct", "2.5 pct"} <= found for found in conflicts(dri, oecd))


def test_the_body_a_speaker_works_for_is_no_name_of_the_measure() -> None:
    # Reuters (Austria): a banker's growth forecast beside the government meeting's.
    found = keys(article("austria", "AUSTRIAN GROWTH SEEN BETWEEN 0.5 AND 1.5 PCT", (
        "VIENNA, March 11 - A meeting of leading politicians, bankers and economists has "
        "forecast Austrian real gross domestic product growth for this year at between 0.5 "
        "and 1.5 pct, a government spokesman said. Hannes Androsch, general director of "
        "Creditanstalt-Bankverein CABV.VI, today put 1987 GDP growth at between one and "
        "1.5 pct."), MARCH))
    assert found["between one and 1.5 pct"].who == frozenset()
    assert found["between one and 1.5 pct"].period == found["between 0.5 and 1.5 pct"].period


def test_an_official_estimate_of_the_period_points_back_to_the_measure() -> None:
    # Reuters: "The official 1987/88 estimate is 2.9 pct." after a private forecast.
    story = article("jobless", "JAPAN'S JOBLESS SEEN RISING TO 3.3 PCT IN 1987/88", (
        "TOKYO, March 11 - The yen's rise against the dollar is expected to boost Japan's "
        "unemployment rate to an average 3.3 pct in the 1987/88 fiscal year beginning April 1 "
        "from January's record three pct, the private Nomura Research Institute said.\n\n"
        "The official 1987/88 estimate is 2.9 pct."), MARCH)
    found = keys(story)
    assert found["2.9 pct"].facet == "unemployment"
    assert found["2.9 pct"].period == "1987/88"
    assert any({"3.3 pct", "2.9 pct"} <= found for found in conflicts(story))


def test_a_year_between_two_amounts_does_not_end_the_list_a_unit_is_carried_over() -> None:
    # Reuters: "... 1.8 mln tonnes in calendar 1987, unchanged from 1986 and below the
    # government's 1987 forecast of 2.5 mln".
    text = ("Indonesia's raw sugar output is likely to be 1.8 mln tonnes in calendar 1987, "
            "unchanged from 1986 and below the government's 1987 forecast of 2.5 mln")

    def figure(words: str, kind: str, unit: str | None, value: float) -> Figure:
        start = text.index(words)
        return Figure(text=words, start=start, end=start + len(words), number_start=start,
                      number_end=start + len(words), value=value, low=value, high=value,
                      kind=kind, unit=unit)  # type: ignore[arg-type]

    tonnes = figure("1.8 mln tonnes", "quantity", "tonnes", 1.8e6)
    years = [figure(year, "number", None, float(year)) for year in ("1987", "1986")]
    bare = figure("2.5 mln", "number", None, 2.5e6)
    assert with_elided_unit(bare, [tonnes, *years]).unit == "tonnes"
    # an amount of another scale still ends the list
    other = figure("1986", "number", None, 1986.0).model_copy(update={"text": "1,986"})
    assert with_elided_unit(bare, [tonnes, other]).unit is None


def test_what_is_forecast_to_reach_a_level_is_a_forecast_not_a_goal() -> None:
    found = keys(article("sugar", "INDONESIAN SUGAR OUTPUT FORECAST TO RISE", (
        "JAKARTA, March 17 - Indonesian sugar output is forecast by the government to reach "
        "2.126 mln tonnes in calendar 1987 against projected consumption of 2.039 mln "
        "tonnes, Agriculture Minister Achmad Affandi said."), date(1987, 3, 17)))
    assert found["2.126 mln tonnes"].mode == "forecast"
    # what the country uses is not what it produces, and the measure named past "against"
    # is the other figure's
    assert found["2.126 mln tonnes"].facet == "output"
    assert found["2.039 mln tonnes"].facet == "consumption"
    # a level to be achieved stays a goal
    goal = keys(article("africa", "AFRICA NEEDS AID", (
        "Some 3 billion dlrs a year would be needed over the next five years for the African "
        "continent to be able to achieve a gross domestic product growth (GDP) rate of three "
        "to four pct by 1990."), MARCH))
    assert goal["three to four pct"].mode == "target"


def test_two_bidders_offers_for_one_company_are_two_things() -> None:
    # Reuters: an investor group's bid and Harcourt's, for Harper and Row (a wrong pair
    # the corpus once gave when the target company, speaking, lost its name).
    group = article("cross", "BUSINESS AND SOCIETY EDITOR OFFERS 34 DLRS FOR HARPER (HPR)", (
        "WASHINGTON, March 9 - Theodore Cross, editor of Business and Society Review, a "
        "business publication, said an investor group he heads has offered to buy Harper "
        "and Row Publishers Inc for 34 dlrs a share cash."), date(1987, 3, 9))
    harcourt = article("hbj", "HARPER AND ROW (HPR) GETS BID FROM HARCOURT (HBJ)", (
        "NEW YORK, March 11 - Harper and Row Publishers Inc said it received an acquisition "
        "offer from Harcourt Brace Jovanovich INc to acquire all of Harper and Row's shares "
        "at 50 dlrs a share in cash."), MARCH)
    assert not any("50 dlrs a share" in found for found in conflicts(group, harcourt))


def test_a_convertibles_conversion_price_is_not_its_liquidation_preference() -> None:
    # Reuters: two per-share sums of one preferred stock offering (a wrong pair the corpus
    # gave once the speakers' names no longer set the first apart).
    story = article("paine", "PAINE WEBBER (PWJ) PREFERRED OFFERING", (
        "NEW YORK, March 4 - PaineWebber Inc, The First Boston Corp FBC and Salomon Inc SB "
        "said Paine Webber Group Inc has made a public offering of four mln shares of 1.375 "
        "dlrs convertible exchangeable preferred stock, with a liquidation preferance of 25 "
        "dlrs per share. They added the shares are covertible into Paine Webber Group's "
        "common stock at a conversion price of 44.125 dlrs a share."), date(1987, 3, 4))
    found = keys(story)
    assert found["25 dlrs per share"].what == "liquidation preference"
    assert found["44.125 dlrs a share"].what == "conversion price"
    assert conflicts(story) == []


def test_rival_forecasts_of_one_year_meet_though_one_names_what_the_other_leaves_out() -> None:
    # Reuters: the government's and the U.S. Embassy's palm oil forecasts for 1987 (the
    # government's sentence names "crude palm oil (CPO)", the embassy's does not).
    story = article("palm", "INDONESIAN PALM OIL OUTPUT EXPECTED TO RISE", (
        "JAKARTA, March 2 - Indonesia's palm oil output is expected to rise and exports to "
        "increase, the U.S. Embassy said in its annual report on Indonesia's agriculture "
        "sector.\n\nThe Indonesian government said crude palm oil (CPO) output is expected "
        "to rise to 1.56 mln tonnes in 1987 and 2.11 mln in 1988, up from a projected 1.45 "
        "mln tonnes in 1986 and 1.26 mln in 1985.\n\nA U.S. Embassy assessment puts 1987 "
        "output at 1.45 mln tonnes, against 1.35 mln in 1986 and 1.208 mln in 1985."),
        date(1987, 3, 2))
    assert any({"1.56 mln tonnes", "1.45 mln tonnes"} <= found for found in conflicts(story))


def test_a_blocs_forecast_is_no_forecast_for_one_economy_of_it() -> None:
    # Reuters: the IMF's growth for the industrial world beside the U.S. administration's.
    story = article("imf", "IMF SEES INDUSTRIAL NATIONS GROWING ONLY 2.5 PCT", (
        "WASHINGTON, March 31 - The International Monetary Fund predicts that the industrial "
        "world will grow a sluggish 2.5 pct in 1987, a sharp drop from the more than three "
        "pct forecast six months ago, monetary sources said.\n\nThe Reagan administration "
        "has forecast 3.2 pct U.S. economic growth this year while more pessimistic Fed "
        "officials are predicting 2.5 to three pct."), date(1987, 3, 31))
    found = conflicts(story)
    assert not any({"2.5 pct", "3.2 pct"} <= group for group in found)
    assert any({"3.2 pct", "2.5 to three pct"} <= group for group in found)


def test_a_sum_given_as_a_share_of_the_whole_is_a_part() -> None:
    found = keys(article("eni", "ENI TO INVEST IN VENEZUELAN PROJECTS", (
        "Agip carbone will invest 24 pct, or 120 mln dlrs, in the project, it said."),
        date(1987, 4, 7)))
    assert found["120 mln dlrs"].part is True


def test_a_lenders_month_is_not_the_annual_rate_a_with_clause_adds() -> None:
    # BBC: a building society's monthly and annual change, and a month's fall set beside
    # the annual rate in a "with" clause.
    both = keys(article("nationwide", "House prices show slight increase", (
        "Nationwide said that in January house prices went up by 0.4% on the month and by "
        "12.6% on a year earlier.")))
    assert (both["0.4%"].facet, both["12.6%"].facet) == (None, "annual")
    fall = article("fall", "Bank set to leave rates on hold", (
        "House prices fell 0.4% in October, according to the Nationwide, with annual "
        "inflation running at a three year low."))
    assert subjects_of(fall)["0.4%"] == "house-prices"
    assert keys(fall)["0.4%"].facet is None


def test_a_name_is_named_by_a_headline_holding_its_stem() -> None:
    assert named_in("indonesia", frozenset({"indonesian", "sugar", "output"}))
    assert not named_in("india", frozenset({"indonesian", "sugar"}))


def test_net_national_income_is_not_gdp_and_a_surplus_is_not_a_purchase() -> None:
    # Reuters (Netherlands): the planning bureau's NNI growth beside a bank's GDP growth;
    # (South Korea): a current account surplus beside what a ministry bought.
    dutch = keys(article("dutch", "DUTCH PLANNING AGENCY LOWERS GROWTH FORECAST", (
        "The Centraal Planbureau, publishing its 1987 economic outlook, said Dutch Net "
        "National Income (NNI) was expected to grow by one pct this year."), MARCH))
    assert dutch["one pct"].what == "national income"
    bank = keys(article("pierson", "DUTCH PLANNING AGENCY LOWERS GROWTH FORECAST", (
        "Dutch merchant bank Pierson said gross domestic product growth was expected to be "
        "1.1 pct this year."), MARCH))
    assert bank["1.1 pct"].what == "economy"
    korea = keys(article("korea", "SOUTH KOREAN CURRENT ACCOUNT SURPLUS NARROWS", (
        "SEOUL, March 20 - South Korea's current account surplus narrowed to 419 mln dlrs "
        "in February from 679 mln in January compared with a deficit of 112 mln dlrs in "
        "February last year, provisional Bank of Korea figures show."),
        date(1987, 3, 20)))
    assert korea["419 mln dlrs"].facet == "current-account-surplus"


def test_a_figure_for_the_previous_quarter_is_an_earlier_value() -> None:
    found = keys(article("japan", "JAPANESE ECONOMY SLUGGISH", (
        "The report said Japan's gross national product rose a real 0.8 pct in Oct/Dec after "
        "a revised 0.7 pct increase in the previous quarter."), MARCH))
    assert found["0.7 pct"].part is True
    assert found["0.8 pct"].part is False


def test_the_forecaster_of_a_rate_does_not_own_the_economy_it_forecasts() -> None:
    # Reuters: an economist's first-quarter GNP forecast, attributed through "he".
    found = keys(article("gnp", "FED SEEN ON HOLD AFTER JOBS DATA", (
        "Robert Brusca of Nikko Securities International said the figures were weak. Roach "
        "said he expects first quarter U.S. GNP to rise two pct, to be followed by a gain of "
        "1.0-1.5 pct at best in the second and third quarters."), date(1987, 4, 3)))
    assert found["two pct"].owner is None
    # a firm's forecast of its own results stays its own
    ferro = keys(article("ferro", "FERRO (FOE) SEES STRONG QTR", (
        "Ferro Corp said it expects second quarter net income of about seven mln dlrs."),
        date(1987, 4, 3)))
    assert ferro["about seven mln dlrs"].owner == "ferro corp"
    # nor does a firm's rate of its own lose its owner
    hyundai = keys(article("hyundai", "Hyundai to build new India plant", (
        "Hyundai expects its sales in India to grow 16% to 250,000 in 2005.")))
    assert hyundai["16%"].owner is not None


def test_a_forecaster_named_in_a_quote_is_no_owner_once_the_year_makes_it_a_forecast() -> None:
    # Reuters (Canada): an economist's growth for a year still ahead, given in a quote.
    found = keys(article("canada", "CANADA ECONOMY EXPECTED TO GROW MODERATELY", (
        "\"The economy is ready for about a 2.0 pct rate of growth over the course of 1987,\" "
        "said Carl Beigie, Chief Economist at Dominion Securities Pitfield Ltd."),
        date(1987, 3, 3)))
    assert found["2.0 pct"].mode == "forecast"
    assert found["2.0 pct"].owner is None


def test_a_measures_name_in_capitals_is_no_name_near_the_figure() -> None:
    # Reuters (Switzerland): "Gross Domestic Product growth" names the measure, not a party.
    found = keys(article("swiss", "SWISS ECONOMY IN EXCELLENT CONDITION, OECD SAYS", (
        "The study forecast a decline in Gross Domestic Product growth to 1.75 pct this year "
        "from an estimated two pct in 1986."), date(1987, 2, 26)))
    assert found["1.75 pct"].who == frozenset()


def test_a_figure_sharing_the_verb_of_the_one_before_measures_what_it_measures() -> None:
    """Reuters: "... and 4.45 dlrs in 1988" is earned as the 1987 figure is, though the
    second figure's own clause holds no word of earnings; the 1986 figure after "versus"
    is a yardstick with its own verb."""
    text = ("He estimates Phelps will earn 2.45 dlrs in 1987 and 4.45 dlrs in 1988, including "
            "tax benefits, versus 1.79 dlrs in 1986.")
    found = subjects_of(article("r", "TALKING POINT/COPPER STOCKS", text, date(1987, 3, 10)))
    assert found["2.45 dlrs"] == found["4.45 dlrs"] == "financial-results"


def test_nameless_rates_of_one_period_meet_across_a_handful_of_articles() -> None:
    # BBC: two lenders' and a ministry's December house prices, three stories read together
    halifax = article("halifax", "House prices rebound in December", (
        "UK house prices increased by 1.1% in December, the first monthly rise since "
        "September, the Halifax has said."), date(2005, 1, 10))
    odpm = article("odpm", "House prices fall in festive December", (
        "UK house prices fell 0.7% in December, according to figures from the Office of the "
        "Deputy Prime Minister."), date(2005, 1, 12))
    assert {"1.1%", "0.7%"} in conflicts(halifax, odpm)
    # a rate of another month is no rival
    october = article("odpm", "House prices fall in festive December", (
        "UK house prices fell 0.7% in October, according to figures from the Office of the "
        "Deputy Prime Minister."), date(2005, 1, 12))
    assert conflicts(halifax, october) == []


def test_a_named_measures_forecast_takes_the_year_its_article_gives_it() -> None:
    # Reuters 3024: the planning agency's "two pct GDP growth forecast" names no year, the
    # bank's 1.1 pct "this year" does; the story dates the measure once.
    story = article("nl", "DUTCH PLANNING AGENCY LOWERS GROWTH FORECAST", (
        "While the two pct GDP growth forecast set by the CPB is within its latest forecast, "
        "the figure is well above recent market estimates.\n\n"
        "Dutch merchant bank Pierson, Heldring en Pierson said in its February economic "
        "outlook that GDP growth at constant prices was expected to be 1.1 pct this year."),
        date(1987, 3, 9))
    assert {"two pct", "1.1 pct"} in conflicts(story)


def test_a_firms_initials_are_the_firm_its_headline_spells_out() -> None:
    # Reuters 1682: "GM" owns one analyst's forecast; another's names no firm, under a
    # headline that spells General Motors out
    story = article("gm", "GENERAL MOTORS EARNINGS ESTIMATES TALKING POINT", (
        "Healy projects GM will earn five dlrs a share in 1987, analysts said.\n\n"
        "Fricke, who estimates 1987 earnings at 7.80 dlrs a share, said cost cutting will "
        "not affect 1987 results."), date(1987, 3, 4))
    assert any({"five dlrs a share", "7.80 dlrs a share"} <= found for found in conflicts(story))


MALAYSIA = ("KUALA LUMPUR, March 26 - Gross domestic product (GDP) growth in 1987 is expected "
            "to grow by between 1.5 and two pct, up from one pct in 1986, the central bank "
            "said.\n\nThe forecast compares with the one pct GDP growth forecast made by the "
            "Treasury last October.\n\nBank Negara also said in its annual report that gross "
            "national product (GNP) is expected to grow by 3.5 to four pct, after declining "
            "7.3 pct in 1986.")


def test_a_forecast_does_not_take_the_year_of_the_yardstick_before_it() -> None:
    # Reuters 9769: "up from one pct in 1986" is the yardstick of 1987's forecast; the
    # Treasury's forecast that follows is for 1987 too, not 1986.
    story = article("my", "MALAYSIAN CENTRAL BANK SEES HIGHER GROWTH", MALAYSIA,
                    date(1987, 3, 26))
    found = keys(story)
    assert found["one pct"].period != "1986"
    assert {"between 1.5 and two pct", "one pct"} in conflicts(story)


def test_gnp_growth_is_not_gdp_growth() -> None:
    # Reuters 9769: the bank's GDP forecast and its GNP forecast are two measures.
    story = article("my", "MALAYSIAN CENTRAL BANK SEES HIGHER GROWTH", MALAYSIA,
                    date(1987, 3, 26))
    found = keys(story)
    assert found["3.5 to four pct"].what == "gnp"
    assert found["between 1.5 and two pct"].what == "economy"
    assert not any("3.5 to four pct" in pair for pair in conflicts(story))


def test_a_rate_known_by_its_length_is_this_years_within_its_article() -> None:
    # Reuters 8070 (reworded): "a growth rate of 2-1/2 pct ... for the year" is 1987's in a
    # story of March 1987, and meets Schlesinger's 1987 figure.
    story = article("wg", "BUNDESBANK SAYS WEST GERMAN ECONOMY STILL GROWING", (
        "FRANKFURT, March 22 - Bundesbank vice-president Helmut Schlesinger said that two "
        "pct growth was still attainable for 1987.\n\nThe federal government has predicted "
        "an annual growth rate of 2-1/2 pct or more, but some economists have said the "
        "forecast was too optimistic."), date(1987, 3, 22))
    assert keys(story)["2-1/2 pct or more"].period == "year"
    assert {"two pct", "2-1/2 pct or more"} in conflicts(story)
    # a rate of that length in another year's story is another year's
    late = article("wg", "BUNDESBANK SAYS WEST GERMAN ECONOMY STILL GROWING", (
        "FRANKFURT, March 22 - Bundesbank vice-president Helmut Schlesinger said that two "
        "pct growth was still attainable for 1986.\n\nThe federal government has predicted "
        "an annual growth rate of 2-1/2 pct or more, but some economists have said the "
        "forecast was too optimistic."), date(1987, 3, 22))
    assert conflicts(late) == []


def test_a_differential_between_two_rates_is_no_rate_of_either() -> None:
    # reuters-5523: the ministry's French-German inflation differential of "two to 2.3 pct"
    # is not February's inflation of 3.4 pct; a rate spread is no interest rate either
    found = keys(article("balladur", "BALLADUR MAINTAINS FRENCH INFLATION TARGET", (
        "PARIS, March 16 - Finance Minister Edouard Balladur said he was maintaining his 2.5 "
        "pct inflation target for 1987 after the announcement earlier today of a 3.4 pct "
        "year-on-year rise in retail prices for February. A Finance Ministry statement said "
        "the year-on-year differential between French and lower West German inflation "
        "rates, calculated on the last three months, had narrowed in February to two to "
        "2.3 pct compared to 2.7 pct in January."), date(1987, 3, 16)),
        article("spread", "ANALYST SEES PRIME RATE RISE", (
            "She said the spread between banks' cost of funds and the prime rate is now "
            "around 137 basis points compared with a 153 basis point average in 1986."),
            date(1987, 3, 16)))
    assert found["3.4 pct"].facet == "inflation"
    assert found["two to 2.3 pct"].facet == "inflation-differential"
    assert found["around 137 basis points"].facet == "rate-differential"


def test_a_dashed_aside_after_a_figure_names_its_own_figures_measure() -> None:
    # bbc-business-212: "3,000 jobs - out of a total workforce of 6,500 - could be lost" is
    # a cut; the workforce is the aside's 6,500
    found = keys(article("rover", "Rover China tie-up delayed", (
        "According to the Observer, 3,000 jobs - out of a total workforce of 6,500 - could "
        "be lost if the deal goes ahead."), date(2005, 1, 10)))
    assert found["3,000 jobs"].facet == "cut"
    assert found["6,500"].facet == "headcount"


def test_an_official_target_is_a_rival_of_a_private_forecast() -> None:
    # reuters-8153: the institute's 3.6 pct against "the official 3.5 pct target" is the
    # disagreement the story reports
    found = conflicts(article("japan", "JAPAN GNP SEEN GROWING 3.6 PCT IN 1987/88", (
        "TOKYO, March 23 - Japan is expected to post a 3.6 pct rise in real gross national "
        "product in 1987/88, higher than the official 3.5 pct target, a private economic "
        "institute said."), date(1987, 3, 23)))
    assert found == [{"3.6 pct", "3.5 pct"}]


def test_a_brand_written_with_a_lower_case_letter_first_is_a_name() -> None:
    # bbc-business-464, bbc-tech-260: "eBay's profit" is eBay's, not "bay"'s; "iPod already
    # had a 65% market share" names the iPod
    found = keys(article("ebay", "EBay profits cool", (
        "For 2004 as a whole, eBay earned $778.2m on sales of $3.27bn. Mr Jobs told the "
        "delegates at MacWorld that iPod already had a 65% market share of all digital "
        "music players."), date(2005, 1, 20)))
    assert found["$778.2m"].owner == "ebay"
    assert "ipod" in found["65%"].who
