"""Subjects that hold on articles nobody fitted the rules to: measures news commonly disputes.

Each test runs the pipeline on real sentences of the Reuters and BBC corpora (other
articles than the held-out cases where the corpora have them) and checks the subject, the
event key or the verdict: pay demands and offers, households taking up a technology, aid
disbursements, GNP growth, units a wire list names once, a forecaster who is not the
economy, and a relative clause that says what people were before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_precision import RULES, article, conflicts

from reconcile.figures import FigureConventions, extract_figures
from reconcile.group import compared_unit
from reconcile.model import Claim, Document
from reconcile.pipeline import check
from reconcile.subjects.event import EventKey, parse
from reconcile.yamlfile import load_model

MARCH = date(1987, 3, 9)


def claims(*documents: Document) -> dict[str, Claim]:
    """Each figure's words and its claim."""
    return {claim.figure.text: claim for claim in check(list(documents), RULES).claims}


def key(found: dict[str, Claim], words: str) -> EventKey:
    return parse(found[words].event)


def test_a_pay_demand_in_percent_is_a_pay_rise_and_an_offer_is_not_the_demand() -> None:
    # Reuters, Brazilian seamen's strike: the demand and the offers they rejected.
    found = claims(article("seamen", "BRAZIL SEAMEN STRIKE", (
        "The seamen are seeking a 275 pct pay rise and have rejected offers of up to 100 pct."),
        MARCH))
    assert found["275 pct"].subject == "pay"
    assert key(found, "275 pct").facet == "demand"
    assert key(found, "up to 100 pct").facet == "offer"


def test_two_sources_giving_one_union_demand_two_ways_conflict() -> None:
    # Reuters: union leaders and shipowners on one strike's demand.
    story = article("seamen", "BRAZIL SEAMEN STRIKE", (
        "Union leaders said the seamen were seeking a 275 pct pay rise. Shipowners said the "
        "seamen were demanding pay raises of about 200 pct."), MARCH)
    assert conflicts(story) == [{"275 pct", "about 200 pct"}]


def test_a_governments_ceiling_on_pay_is_no_rival_of_a_union_claim() -> None:
    # Reuters, Spain: workers want seven to eight pct, the government caps rises at five.
    story = article("spain", "SPANISH STRIKES", (
        "Railway workers and staff at the state airlines Iberia and Aviaco want pay rises of "
        "seven to eight pct but the government has imposed a ceiling of five pct to control "
        "inflation."), MARCH)
    assert conflicts(story) == []


def test_households_taking_up_a_technology_are_users() -> None:
    # BBC: households with digital TV and broadband.
    found = claims(article("tv", "Digital TV take-up", (
        "About 14 million households in the UK, 60%, have digital TV, according to the "
        "communications regulator Ofcom. More than five million households in the UK have "
        "broadband and that number is growing fast.")))
    assert found["About 14 million households"].subject == "users"
    assert found["More than five million households"].subject == "users"


def test_households_paying_a_tax_are_not_users() -> None:
    # BBC, council tax revaluation: households are counted, nothing is taken up.
    found = claims(article("tax", "Council tax", (
        "He said the recent experience of Wales indicated seven million households in "
        "England would pay significantly more after revaluation.")))
    assert found["seven million households"].subject != "users"


def test_aid_a_country_expects_to_receive_is_a_disbursement() -> None:
    # Reuters, Bolivia: money from lenders this year, not its debt.
    found = claims(article("bolivia", "BOLIVIA AID", (
        "The official said Bolivia was continuing to service loans from international "
        "agencies, and it expected to receive up to 400 mln dlrs in disbursements this "
        "year."), date(1987, 3, 20)))
    claim = found["up to 400 mln dlrs"]
    assert claim.subject == "money"
    assert parse(claim.event).facet == "disbursement"


def test_rival_sources_pointing_back_in_one_sentence_meet() -> None:
    # Reuters: the bank's expectation and other sources' figure for it, one sentence.
    story = article("bolivia", "BOLIVIA ECONOMY IN SPOTLIGHT", (
        "Nogales said Bolivia was expecting some 400 mln dlrs in disbursements this year from "
        "lender countries and international agencies, although diplomatic and banking sources "
        "put the figure at closer to 300 mln dlrs."), date(1987, 3, 20))
    found = claims(story)
    assert found["closer to 300 mln dlrs"].event == found["some 400 mln dlrs"].event
    assert conflicts(story) == [{"some 400 mln dlrs", "closer to 300 mln dlrs"}]


def test_the_number_of_something_names_a_count_of_its_own() -> None:
    # Reuters: "the number of authorized common" is no answer to the figure before it.
    found = claims(article("hfl", "HOMESTEAD FINANCIAL", (
        "Homestead said the two classes of stock emerged as part of its recapitalization plan "
        "which also doubled the number of authorized common, comprising both classes, to 11 "
        "mln shares."), MARCH))
    assert found["two classes"].subject is not None
    assert found["11 mln shares"].subject is None


def test_gnp_growth_in_wire_style_is_economic_growth() -> None:
    # Reuters: a German institute's forecast and a government's GNP target.
    found = claims(article("kiel", "GERMAN ECONOMIC OUTLOOK", (
        "The outlook for the West German economy is relatively bright, with gross national "
        "product expected to expand by three pct this year, Kiel University's Institute for "
        "World Economy said. The government's GNP growth target for 1987 is five pct."),
        date(1987, 3, 5)))
    assert found["three pct"].subject == "economic-forecast"
    assert key(found, "three pct").facet == "growth"
    assert found["five pct"].subject == "economic-forecast"
    assert key(found, "five pct").facet == "growth"


def test_a_forecasters_possessed_forecast_does_not_name_what_is_measured() -> None:
    # BBC: a consultancy's forecast against the Chancellor's, one sentence.
    story = article("uk", "Golden economic period to end", (
        "Deloitte is forecasting economic growth of 2% this year, below Chancellor Gordon "
        "Brown's forecast of 3% to 3.5%."))
    found = claims(story)
    assert "chancellor gordon brown" not in key(found, "3% to 3.5%").who
    assert conflicts(story) == [{"2%", "3% to 3.5%"}]


def test_a_bare_scaled_number_in_a_list_carries_the_unit_named_before_it() -> None:
    # Reuters: "96 mln tonnes, compared with 103.5 mln in 1986".
    found = claims(article("ore", "JAPAN ORE IMPORTS", (
        "He said Japanese ore imports in calendar 1987 would total 96 mln tonnes, compared "
        "with 103.5 mln in 1986."), MARCH))
    assert found["103.5 mln"].figure.unit == found["96 mln tonnes"].figure.unit
    assert found["103.5 mln"].subject == "production"


def test_a_share_between_amounts_does_not_break_their_list() -> None:
    # Reuters, Argentine crops: a bare range after a share still counts tonnes.
    found = claims(article("crop", "ARGENTINE CROPS", (
        "The soybean crop for this season was not adjusted, remaining at a record 7.5 mln to "
        "7.7 mln tonnes, up 4.2 to 5.5 pct on the 7.2 mln to 7.3 mln estimated by private "
        "sources for 1985/86 and 5.6 to 8.5 pct higher than the official figure of 7.1 mln."),
        date(1987, 4, 8)))
    assert found["7.2 mln to 7.3 mln"].figure.unit == "tonnes"
    assert found["7.1 mln"].figure.unit == "tonnes"
    assert found["7.1 mln"].event == found["7.2 mln to 7.3 mln"].event

CONVENTIONS = load_model(Path(__file__).resolve().parents[1] / "rules" / "figures.yaml",
                         FigureConventions)


def test_a_scale_on_the_second_end_of_a_worded_range_applies_to_the_first() -> None:
    # Reuters, Bolivia: "five to six billion dlrs" runs from five billion.
    figure = extract_figures("a debt of five to six billion dlrs", CONVENTIONS)[0]
    assert (figure.low, figure.high) == (5e9, 6e9)


def test_the_previous_months_figure_is_the_earlier_value_of_a_change() -> None:
    # Reuters, IEA: January's output beside February's, one sentence.
    found = claims(article("iea", "OPEC OUTPUT", (
        "PARIS, March 6 - OPEC produced an average 16.1 mln barrels per day (bpd) of crude "
        "oil in February, down from 16.5 mln the previous month, the International Energy "
        "Agency said."), date(1987, 3, 6)))
    assert key(found, "16.5 mln").part
    assert not key(found, "16.1 mln barrels per day").part


def test_people_who_were_missing_and_are_found_are_counted_as_found() -> None:
    # Reuters: the later count of the found is no rival of the earlier count of the missing.
    found = claims(article("mine", "MISSING MINERS FOUND ALIVE", (
        "Seventeen miners who were missing in a copper mine fire were found today and "
        "efforts were underway to rescue them, officials said."), date(1987, 4, 2)))
    assert key(found, "Seventeen miners").facet == "rescued"


def test_a_months_average_a_change_starts_from_is_its_earlier_value() -> None:
    # Reuters: "down from a February average of 1.9 mln bpd" is no rival of another
    # story's February exports.
    found = claims(article("saudi", "SAUDI OUTPUT", (
        "The sources said the kingdom's exports from Gulf ports averaged one mln bpd during "
        "the eight days ending last Sunday, down from a February average of 1.9 mln bpd."),
        date(1987, 3, 9)))
    assert key(found, "1.9 mln bpd").part


def test_a_rates_official_target_meets_a_rival_forecast_of_it() -> None:
    # Reuters: a growth target is the rate its government plans by; an institute that
    # expects more disagrees with it. A pay ceiling stays a bound.
    story = article("gnp", "CHINA ECONOMY", (
        "The government's GNP growth target for 1987 is five pct. The government has imposed "
        "a ceiling of five pct on wage rises."), date(1987, 3, 20))
    modes = [parse(claim.event).mode for claim in check([story], RULES).claims]
    assert modes == ["forecast", "target"]


def test_a_capital_inflow_is_no_disbursement() -> None:
    # Reuters, a balance of payments: direct investment flowing in is not aid received.
    found = claims(article("bop", "CURRENT ACCOUNT", (
        "Direct investment recorded a turnaround to a 1.04 billion dlr inflow in the fourth "
        "quarter from a 57 mln withdrawal in the third quarter."), MARCH))
    assert key(found, "1.04 billion dlr").facet != "disbursement"


def test_payments_due_on_a_debt_are_not_the_debt_owed() -> None:
    # Reuters, Sudan: five years of payments beside what commercial banks are owed.
    story = article("sudan", "SUDAN DEBT", (
        "Omer said it \"will be difficult, if not impossible\" for Sudan to pay a scheduled "
        "4.17 billion dlrs in principal and interest payments over the next five years.\n\n"
        "A Bank of Sudan (Central Bank) spokesman said last month Khartoum was negotiating a "
        "freeze on interest payments with commercial banks, owed about two billion dlrs."),
        date(1987, 3, 17))
    found = claims(story)
    assert key(found, "4.17 billion dlrs").facet == "payment"
    assert key(found, "about two billion dlrs").facet == "debt"
    assert conflicts(story) == []


def test_a_forecast_made_months_ago_is_an_earlier_value() -> None:
    # Reuters, Dutch growth outlook (an annotated case): September's forecasts, superseded.
    sentence = ("The latest growth forecasts are well below a 1.5 to two pct growth figure seen "
                "by the CPB early last month and forecasts of 2.5 pct economic growth in 1987 "
                "made last September.")
    found = claims(article("dutch", "DUTCH GROWTH", sentence, date(1987, 3, 5)))
    assert key(found, "2.5 pct").part
    assert not key(found, "1.5 to two pct").part


def test_a_forecast_a_rival_made_months_ago_stays_a_rival() -> None:
    # Reuters, Austria: the institute's December forecast against the new one.
    sentence = ("This compared with a two pct growth forecast made by the semi-official "
                "Institute for Economic Research (WIFO) last December.")
    found = claims(article("austria", "AUSTRIAN GROWTH", sentence, date(1987, 3, 5)))
    assert not key(found, "two pct").part


def test_a_count_of_the_rules_own_word_is_not_its_measure() -> None:
    # Reuters, Yugoslavia: strikes counted are events, not workers on strike.
    story = article("yugoslavia", "YUGOSLAV UNIONS", (
        "Another Belgrade trade union council leader, Predrag Petrovic, was quoted as saying "
        "hundreds of workers had been on strike in Belgrade. The government has officially "
        "reported 70 strikes throughout the country, although Yugoslav newspapers have hinted "
        "at more."), date(1987, 3, 20))
    found = claims(story)
    assert found["hundreds of workers"].subject == "workforce"
    assert found["70 strikes"].subject != "workforce"
    assert conflicts(story) == []


def test_a_plain_small_sum_of_earnings_is_a_shares() -> None:
    # Reuters, GM earnings estimates (an annotated case): two analysts' 1987 and 1988
    # earnings per share, one saying "a share" once, the other never.
    story = article("gm", "GENERAL MOTORS TALKING POINT", (
        "Healy projects GM will earn five dlrs a share in 1987 and 5.50 dlrs in 1988, compared "
        "to 1986 earnings of 8.21 dlrs. Kirnan raised his earnings estimates slightly today, "
        "in part in reaction to the announced buyback, and sees GM earning 5.65 dlrs this "
        "year and 9.75 dlrs in 1988."), date(1987, 3, 12))
    found = claims(story)
    assert {key(found, words).facet for words in ("5.50 dlrs", "5.65 dlrs", "9.75 dlrs")} \
        == {"per-share"}
    assert {"5.50 dlrs", "9.75 dlrs"} in conflicts(story)


def test_earnings_per_share_said_once_are_compared_with_a_figure_per_share() -> None:
    # Reuters, German carmakers (an annotated case): "group profits per share ... would
    # rise to 62.5 marks" is a share's earnings like Reitman's "50 marks per share".
    story = article("bmw", "GERMAN CAR FIRMS SEEN PRODUCING SOLID 1987 RESULTS", (
        "Rooney said group profits per share, which BMW does not publish, would rise to 62.5 "
        "marks this year.\n\nBut Reitman was more pessimistic, predicting 50 marks per share "
        "in 1987, and a return to 60 next year."), date(1987, 6, 1))
    found = claims(story)
    plain, per_share = found["62.5 marks"], found["50 marks per share"]
    assert (plain.figure.unit, per_share.figure.unit) == ("DEM", "DEM per share")
    assert compared_unit(plain, parse(plain.event)) \
        == compared_unit(per_share, parse(per_share.event)) == "money:dem"


def test_the_rules_word_before_would_be_makes_a_forecast() -> None:
    # Reuters, Bangladesh (an annotated case).
    found = claims(article("bd", "BANGLADESH INFLATION", (
        "The World Bank and other independent sources have said inflation would be around "
        "15 pct in 1986/87."), date(1987, 3, 10)))
    assert key(found, "around 15 pct").mode == "forecast"


def test_wire_copys_seen_at_is_a_forecast_and_a_sighting_is_not() -> None:
    # Reuters 9181 (Nippon Steel) and 2197 (Dutch growth); BBC business 405 (Halifax).
    found = claims(article("seen", "NIPPON STEEL", (
        "Sales in 1986/87 are seen at 2,150 billion yen, down from 2,685 billion a year ago. "
        "Dutch economic growth was now seen around one pct. The biggest decline was seen in "
        "Wales where prices fell by 6.2%."), date(1987, 3, 5)))
    assert key(found, "2,150 billion yen").mode == "forecast"
    assert key(found, "around one pct").mode == "forecast"
    assert key(found, "6.2%").mode is None


def test_a_forecast_revised_from_a_figure_leaves_both_forecasts() -> None:
    # BBC business 098 and Reuters 303: the old forecast is no outcome; the level a
    # forecast change starts from is.
    found = claims(article("imf", "IMF CUTS GERMAN FORECAST", (
        "The International Monetary Fund is to cut its 2005 growth forecast for the German "
        "economy from 1.8% to 0.8%. Soybean meal imports are forecast to fall to around "
        "190,000 tonnes in 1987/88 from 270,000 tonnes in 1986/87."), date(1987, 3, 5)))
    assert key(found, "1.8%").mode == key(found, "0.8%").mode == "forecast"
    assert key(found, "270,000 tonnes").mode is None


def test_a_figure_after_after_is_the_earlier_value_not_the_forecast() -> None:
    # Reuters 7589 and 8173: "after" names the value a forecast change starts from
    found = claims(article("mx", "DEBT STRATEGY", (
        "Mexico expects one to two pct growth, and inflation near 80 pct after 105 pct last "
        "year. Business investment is forecast to rise four pct a year this year and next "
        "after 3.7 pct last year."), date(1987, 3, 10)))
    assert key(found, "105 pct").mode is None and key(found, "3.7 pct").mode is None
    assert key(found, "near 80 pct").mode == "forecast"


def test_an_aside_between_a_subject_and_its_verb_names_no_facet() -> None:
    # reuters corpus (Indonesian sugar): the output, not the imports of the aside; the
    # sentence's first word after a wire dateline is no name's
    story = article("sugar", "INDONESIA SUGAR OUTPUT", (
        "JAKARTA, March 2 - Production in 1986, when Indonesia was forced to import sugar, is "
        "officially estimated at 2.016 mln tonnes against 1.728 mln in 1985."))
    found = claims(story)
    assert key(found, "2.016 mln tonnes").facet == "output"
    assert key(found, "1.728 mln").facet == "output"


def test_a_prices_peak_is_not_its_average() -> None:
    # reuters-10546: the possible spike above 500 dlrs is no rival of an average price
    story = article("gold", "GOLD ANALYSTS TALKING POINT", (
        "Cohen sees an average price of 425 dlrs, and another analyst, Michael Pickens, at "
        "Yorkton Securities, puts the average at 450 dlrs, with a possible spike above 500 "
        "dlrs."))
    found = claims(story)
    assert key(found, "above 500 dlrs").facet == "extreme"
    assert key(found, "425 dlrs").facet == key(found, "450 dlrs").facet == "price"
    assert {"425 dlrs", "450 dlrs"} in conflicts(story)


def test_a_speakers_verb_is_no_measured_noun() -> None:
    # Reuters 1682 and 1906: "projects" after its subject and before its object is a verb
    found = claims(article("gm", "GM EARNINGS", (
        "Healy projects GM will earn five dlrs a share in 1987. Japan agreed a 900 mln dlr "
        "loan to meet Indonesia's share of 21 World Bank projects which would otherwise "
        "have been scrapped."), date(1987, 3, 4)))
    assert key(found, "five dlrs a share").what is None
    assert key(found, "900 mln dlr").what == "project"


def test_a_time_zone_names_no_one_in_an_event() -> None:
    # Reuters 6823 and 1333: the zone after a clock time is no party to the event.
    found = claims(article("nyse", "NYSE SETS RULES", (
        "The New York Stock Exchange intends to require members to submit all orders in 50 "
        "blue-chip stocks by 1530 EST. The guild struck the networks of the two companies at "
        "0600 EDT March two."), MARCH))
    assert "est" not in key(found, "50 blue-chip stocks").who
    assert "edt" not in key(found, "two companies").who


def test_two_merging_firms_guesses_at_one_saving_are_rivals() -> None:
    # Reuters 2475: a firm that "thinks" a figure guesses at a measure, not its own result;
    # the Baker Hughes merger's saving, put by each firm (written as firms, "Baker
    # International Corp" and "Hughes Tool Co", elsewhere in the story).
    story = article("merger", "BAKER, HUGHES CHANGE STANCE ON MERGER", (
        "Baker International Corp and Hughes Tool Co said they had changed their stance on "
        "the merger suit. But he said Baker now thinks 75 to 85 mln dlrs will be saved while "
        "Hughes sees a saving of only 50 to 60 mln dlrs."), MARCH)
    assert {"75 to 85 mln dlrs", "50 to 60 mln dlrs"} in conflicts(story)


def test_a_ticker_with_its_exchange_names_no_one_in_an_event() -> None:
    # Reuters 10631: "General Motors Corp GM.N" is General Motors in the key.
    found = claims(article("gm", "GM, UAW AGREE ON PACT", (
        "About 9,000 workers at General Motors Corp GM.N ended a strike after a tentative "
        "pact was agreed."), MARCH))
    assert not any("." in name for name in key(found, "About 9,000 workers").who)


def test_a_bare_deficit_is_the_balance_its_sentence_names_before_it() -> None:
    # Reuters 14862 and 21525: "current account ... from an 890 mln dlr deficit" is the
    # current account's; a deficit after "balance the budget" is the budget's gap.
    found = claims(article("korea", "SOUTH KOREA SURPLUS", (
        "Kim said the swing of South Korea's current account to a surplus of 4.65 billion "
        "dlrs in 1986 from an 890 mln dlr deficit in 1985 was very significant. The "
        "government will balance the budget by 1989. The deficit in 1986 was 952 mln dlrs."),
        MARCH))
    assert key(found, "4.65 billion dlrs").facet == "current-account-surplus"
    assert key(found, "890 mln dlr").facet == "current-account-deficit"
    assert key(found, "952 mln dlrs").facet == "gap"


def test_a_figure_with_a_verb_of_its_own_after_and_keeps_no_modal_of_the_clause_before(
) -> None:
    # Reuters 3388 (Ecuador's earthquake) and 274 (Indonesian palm oil): "feared" is the
    # dead's, not the homeless'; "expected" governs a second figure that shares its verb.
    found = claims(article("quake", "ECUADOR QUAKE", (
        "Up to 300 people were feared dead and more than 15,000 were left homeless by "
        "Ecuador's earthquake, authorities said. Output is expected to rise to 1.56 mln "
        "tonnes in 1987 and 2.11 mln in 1988."), date(1987, 3, 9)))
    assert key(found, "more than 15,000").facet == "homeless"
    assert key(found, "more than 15,000").mode is None
    assert key(found, "2.11 mln").mode == "forecast"


def test_an_earthquakes_magnitude_is_a_measure_of_its_own() -> None:
    # Reuters 1987 (New Zealand, March 2 and 3): a first reading and the next day's.
    first = article("nz1", "STRONG EARTHQUAKE HITS NEW ZEALAND", (
        "WELLINGTON, March 2 - An earthquake measuring 6.5 on the Richter scale caused "
        "widespread damage in northern New Zealand, officials and seismologists said."),
        date(1987, 3, 2))
    later = article("nz2", "EARTHQUAKES CONTINUE TO SHAKE NORTHERN NEW ZEALAND", (
        "WELLINGTON, March 3 - Yesterday's quake measured 6.25 on the Richter scale, the "
        "Geological Survey said. Four earthquakes measuring up to 4.5 on the Richter "
        "scale have hit the Bay of Plenty since, civil defence officials said."),
        date(1987, 3, 3))
    figures = {figure.text: figure for figure in extract_figures(
        "a 9.0 magnitude earthquake and a 6.9-magnitude quake", CONVENTIONS)}
    assert {figure.unit for figure in figures.values()} == {"magnitude"}
    found = {claim.figure.text: claim for claim in check([first, later], RULES).claims}
    assert found["6.5 on the Richter scale"].subject == "earthquake"
    assert "richter" not in parse(found["6.5 on the Richter scale"].event).who
    # a quarter of a point is a rival reading; the aftershocks' "up to 4.5" another quake
    assert {"6.5 on the Richter scale", "6.25 on the Richter scale"} in conflicts(first, later)
    assert not any("up to 4.5 on the Richter scale" in found for found in conflicts(first, later))


def test_a_magnitude_named_before_its_number() -> None:
    # "had a magnitude of 6.6" is an earthquake's size; "an order of magnitude of 10" is not.
    found = {figure.text: figure for figure in extract_figures(
        "The quake had a magnitude of 6.6. A magnitude 7.0 quake struck. The order of "
        "magnitude of 10 was cited.", CONVENTIONS)}
    assert found["6.6"].unit == "magnitude" and found["7.0"].unit == "magnitude"
    assert found["10"].unit is None


def test_a_figure_of_a_long_past_year_is_no_forecast() -> None:
    # Reuters 274: a sentence of forecasts ends on the outcomes they start from; 1986's
    # figure, two months after that year, is still a projection, 1985's is an outcome.
    found = claims(article("cpo", "INDONESIAN PALM OIL OUTPUT EXPECTED TO RISE", (
        "The Indonesian government said crude palm oil output is expected to rise to 1.56 mln "
        "tonnes in 1987 and 2.11 mln in 1988, up from a projected 1.45 mln tonnes in 1986 and "
        "1.26 mln in 1985."), date(1987, 3, 5)))
    assert key(found, "1.56 mln tonnes").mode == "forecast"
    assert key(found, "1.45 mln tonnes").mode == "forecast"
    assert key(found, "1.26 mln").mode is None


def test_an_acronym_spelling_out_the_words_before_it_is_no_name() -> None:
    # Reuters 274: "(CPO)" is crude palm oil's short name, so the government's 1985 figure
    # and the embassy's, named without it, are one measure and meet.
    found = claims(article("cpo", "INDONESIAN PALM OIL OUTPUT EXPECTED TO RISE", (
        "The Indonesian government said crude palm oil (CPO) output is expected to rise to 1.56 "
        "mln tonnes in 1987 and 2.11 mln in 1988, up from a projected 1.45 mln tonnes in 1986 "
        "and 1.26 mln in 1985. A U.S. Embassy assessment puts 1987 output at 1.45 mln tonnes, "
        "against 1.35 mln in 1986 and 1.208 mln in 1985."), date(1987, 3, 5)))
    assert "cpo" not in key(found, "1.26 mln").who
    assert key(found, "1.26 mln").who == key(found, "1.208 mln").who


def test_a_sum_converted_in_brackets_ends_no_clause() -> None:
    # BBC business 118 and 125: the period after the brackets is the first sum's too, and
    # a second conversion inside them is no claim on the measure either
    found = claims(article("eric", "ERICSSON PROFITS", (
        "Operating profit was 9.5bn kronor (£722m; $1.3bn) in the fourth quarter. WMC said "
        "it made net profits of 1.33bn Australian dollars ($1bn; £550m) in 2004."),
        date(2005, 1, 27)))
    assert key(found, "9.5bn kronor").period == "2004-q4"
    assert key(found, "1.33bn Australian dollars").period == "2004"
    assert found["$1.3bn"].subject is None and found["£550m"].subject is None


def test_two_companies_described_as_makers_own_their_profits() -> None:
    # BBC business 503: Maruti's and Mahindra's quarterly profits are two firms' results
    assert conflicts(article("maruti", "India's Maruti sees profit jump", (
        "India's biggest carmaker Maruti has reported a sharp increase in quarterly profit.\n\n"
        "Net profit surged 70% to 2.39bn rupees ($54.98m; £29.32m) in the last three months of "
        "2004 compared with 1.41bn rupees a year earlier. Utility vehicle and tractor maker "
        "Mahindra has reported a 52% rise in net profit during the last three months of 2004. "
        "Profit was 1.33bn rupees compared with 874.2m rupees a year earlier."),
        date(2005, 1, 27))) == []


def test_a_run_of_months_is_no_name_and_a_base_after_brackets_is_no_period() -> None:
    # BBC business 467 and 128; Reuters 13116
    found = claims(article("gm", "GM PROFITS FALL", (
        "The US giant earned $630m (£481.5m) in the October-to-December period, down from $1bn "
        "in the fourth quarter of 2003. Gold imports in Jan-Dec, 1986, totaled 15,749,447 "
        "ounces. Net profit in the six months ending 31 December rose 28% to A$458.4m ($357.6m; "
        "£191m) from a year earlier."), date(2005, 2, 10)))
    assert "october-to-december" not in key(found, "$630m").who
    assert "jan-dec" not in key(found, "15,749,447 ounces").who
    assert key(found, "A$458.4m").period != "last-year"


def test_a_commodity_saying_what_a_firm_deals_in_is_no_measured_thing_of_a_sum() -> None:
    # Reuters 15639 and 9761: the steel company's earnings and sales are no steel's; a
    # steel maker's output in tonnes is still steel
    found = claims(article("usx", "USX", (
        "The steel and energy concern will earn about one dlr a share in 1987, Bradford said. "
        "Krupp GmbH steel and engineering group said sales fell to 18.1 billion marks. "
        "Production by the company, Taiwan's largest steel maker, is expected to rise to 3.33 "
        "mln tonnes from 3.27 mln, a spokesman said."), date(1987, 4, 9)))
    assert key(found, "about one dlr a share").what is None
    assert key(found, "18.1 billion marks").what is None
    assert key(found, "3.33 mln tonnes").what == "steel"
