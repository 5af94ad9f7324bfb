"""Round six of wrong discrepancies from seeded corpus samples (seeds 61-80), each kept away.

Each test runs the pipeline on real sentences of the Reuters corpus and checks that
figures of different commodities or measures, different periods, or reprints of one
story no longer make a discrepancy.
"""

from __future__ import annotations

from datetime import date

from test_precision import RULES, conflicts
from test_precision5 import article, keys

from reconcile.attribution.names import same_source
from reconcile.compare import names_no_one
from reconcile.model import Document
from reconcile.pipeline import check
from reconcile.subjects.event import EventKey, parse


def event_keys(*documents: Document) -> dict[str, EventKey]:
    """Each figure's words and its event key, read back."""
    return {text: parse(event) for text, event in keys(*documents).items()}


def measured(*documents: Document) -> dict[str, str | None]:
    """Each figure's words and the commodity or measure its event key gives."""
    return {text: key.what for text, key in event_keys(*documents).items()}


def modes(*documents: Document) -> dict[str, str | None]:
    """Each figure's words and the mode its event key gives."""
    return {text: key.mode for text, key in event_keys(*documents).items()}


def test_maize_and_soybean_harvests_are_two_crops() -> None:
    # Reuters: last year's maize harvest beside soybean estimates, "according to official
    # figures" and "estimates" as the sources.
    story = article("arg", "ARGENTINE GRAIN AREA HIT BY HEAVY RAIN", (
        "Last year's maize harvest totalled 12.8 mln tonnes, according to official figures. "
        "Soybean production estimates were revised downward, to 7.8 to 8.2 mln tonnes "
        "compared to estimates of eight to 8.4 mln tonnes a week ago."))
    found = measured(story)
    assert found["12.8 mln tonnes"] == "maize"
    assert found["7.8 to 8.2 mln tonnes"] == "soybean"
    assert conflicts(story) == []


def test_vegetable_oil_is_not_corn() -> None:
    # Reuters: two stories of one program, one about vegetable oil, one about corn sales.
    oil = article("veg", "EEP VEG OIL PROPOSAL STILL UNDER REVIEW", (
        "Under the proposals, USDA would offer vegetable oil under the export enhancement "
        "program, EEP, to four countries, including 80,000 tonnes to Turkey and 60,000 "
        "tonnes to Algeria, Morocco and Tunisia, industry sources said."))
    corn = article("corn", "EXPORTERS REPORT SALES TO ALGERIA", (
        "The Agriculture Department said private U.S. exporters reported sales of 200,000 "
        "tonnes of wheat to Jordan, 300,000 tonnes of soybean meal to Iraq and 100,000 "
        "tonnes of corn to Algeria."))
    found = measured(oil, corn)
    assert found["100,000 tonnes"] == "maize"
    assert found["300,000 tonnes"] == "soybean meal"
    assert found["60,000 tonnes"] == "vegetable oil"
    assert conflicts(oil, corn) == []


def test_a_bid_is_not_a_breakup_value() -> None:
    # Reuters: GAF's offer per share beside analysts' breakup values for Borg-Warner.
    story = article("bor", "BORG-WARNER AGREES TO MERRILL LYNCH BUYOUT", (
        "GAF had said it would offer 46 dlrs per share. Following the GAF offer, analysts "
        "had calculated breakup values for the company in the low 50 dlrs per share range "
        "and speculated an offer would have to be sweetened."))
    found = measured(story)
    assert found["46 dlrs per share"] == "offer"
    assert found["50 dlrs per share"] == "breakup value"
    assert conflicts(story) == []


def test_a_reprinted_story_holds_its_discrepancy_once() -> None:
    # Reuters re-sends stories under a new number; the strike's two counts are one
    # disagreement, not one per copy.
    text = ("JOHANNESBURG, March 27 - SATS says that some 13,000 workers are involved in the "
            "stoppage, but union leaders put the number of strikers closer to 18,000.")
    title = "SOUTH AFRICAN RAILWAY STRIKERS URGED TO RETURN"
    first, again = article("sats-1", title, text), article("sats-2", title, text)
    alone = conflicts(first)
    assert len(alone) == 1
    report = check([first, again], RULES)
    assert len(report.discrepancies) == 1
    assert {claim.split(":")[0] for claim in report.discrepancies[0].claims} == {"sats-1"}


def test_a_weeks_output_is_not_the_months() -> None:
    # Reuters: MEES's weekly Saudi output beside the IEA's forecast for the month.
    mees = article("mees", "SAUDI OUTPUT SAID TO RISE IN SECOND WEEK OF MARCH", (
        "MEES put Saudi Arabian output at 2.9 mln bpd in the first week of March and 3.1 mln "
        "bpd in the second, in addition to output from the Neutral Zone between Saudi Arabia "
        "and Kuwait."), published=date(1987, 3, 16))
    iea = article("iea", "IEA SAYS OPEC OUTPUT FELL IN MARCH ON SAUDI DROP", (
        "A drop in Saudi Arabian output to a tentatively forecast 3.3 mln bpd in March from "
        "3.6 mln bpd in February was the largest factor behind the OPEC production decline, "
        "the IEA said."), published=date(1987, 3, 18))
    found = modes(mees, iea)
    assert found["2.9 mln bpd"] == "week"
    assert found["3.3 mln bpd"] != "week"
    assert conflicts(mees, iea) == []


def test_an_estimate_given_a_week_ago_is_no_weeks_figure() -> None:
    story = article("soy", "ARGENTINE GRAIN AREA HIT BY HEAVY RAIN", (
        "Soybean production estimates were revised downward, to 7.8 to 8.2 mln tonnes "
        "compared to estimates of eight to 8.4 mln tonnes a week ago."))
    assert modes(story)["eight to 8.4 mln tonnes"] != "week"


def test_the_fed_is_the_federal_reserve() -> None:
    assert same_source("Fed", "Federal Reserve")
    assert same_source("Federal Reserve Board", "Fed")
    assert not same_source("Fed", "Bundesbank")
    assert not same_source("Ban", "Bank of Japan")


def test_a_description_of_the_data_is_no_source() -> None:
    # Attribution read "Yield estimates remained at 3.2 to 3.5 mln tonnes" and "Soybean
    # production estimates were revised downward" as sources called "Yield" and "Soybean
    # production"; a month or "April cocoa market" is no one either.
    for name in ("Yield", "Soybean production", "April cocoa market", "Totally unadjusted",
                 "New York area", "December", "United", "January payments"):
        assert names_no_one(name), name
    for name in ("Federal Reserve", "trade sources", "official figures", "USDA", "Mexico",
                 "United Nations", "May Department Stores"):
        assert not names_no_one(name), name


def test_licences_granted_at_a_rebate_are_a_tenders_result() -> None:
    # Reuters: two weeks' EC sugar tenders, told without the word "tender".
    first = article("ec-1", "EC COMMISSION DETAILS SUGAR TENDER", (
        "BRUSSELS, March 25 - The European Community Commission confirmed it granted export "
        "licences for 59,000 tonnes of current series white sugar at a maximum export rebate "
        "of 45.678 European Currency Units (ECUs) per 100 kilos."), published=date(1987, 3, 25))
    second = article("ec-2", "EC COMMISSION DETAILS SUGAR TENDER", (
        "BRUSSELS, April 8 - The EC Commission confirmed it granted export licences for "
        "118,350 tonnes of current series white sugar at a maximum export rebate of 46.496 "
        "European Currency Units (ECUs) per 100 kilos."), published=date(1987, 4, 8))
    assert modes(first)["59,000 tonnes"] == "tender"
    assert conflicts(first, second) == []


def test_a_feared_toll_is_no_rival_of_the_confirmed_dead() -> None:
    # Reuters: the Zeebrugge ferry disaster, a minister's fear beside the confirmed count.
    fear = article("fear", "TWO HUNDRED FEARED DEAD IN FERRY DISASTER", (
        "Belgian Transport Minister Herman de Croo told reporters: \"I fear the dead could be "
        "in hundreds, perhaps 200.\""), published=date(1987, 3, 7))
    count = article("count", "FERRY DISASTER DEAD PUT AT 32", (
        "Thas said 32 of the 543 passsengers and crew were confirmed dead and 160 were "
        "missing, bringing the total of dead or presumed dead to 192."),
        published=date(1987, 3, 7))
    assert modes(count)["32"] == "confirmed"
    assert modes(fear)["hundreds"] == "forecast"
    assert conflicts(fear, count) == []


def test_this_weeks_output_is_not_februarys() -> None:
    # Reuters: the IEA's February average beside a survey of this week's output.
    story = article("opec", "IEA SAYS OPEC CRUDE OUTPUT FELL IN FEBRUARY", (
        "PARIS, March 6 - OPEC produced an average 16.1 mln barrels per day (bpd) of crude oil "
        "in February, down from 16.5 mln the previous month, the International Energy Agency "
        "said. A Reuter survey estimates OPEC output to be 14.7 mln bpd this week."),
        published=date(1987, 3, 6))
    assert modes(story)["14.7 mln bpd"] == "week"
    assert conflicts(story) == []


def test_cobalt_sales_are_not_lead_output() -> None:
    # Reuters: Zambian mining results, one metal per clause.
    story = article("zccm", "ZAMBIAN COPPER OUTPUT AND SALES LATE", (
        "A spokesman for the government-controlled mining company said the country's cobalt "
        "production fell 24 pct to 879 tonnes over the same period, while cobalt sales rose 92 "
        "pct to 1,734 tonnes. Lead production fell 22.9 pct to 1,670 tonnes from 2,165 and "
        "zinc production dropped 14 pct to 4,830 tonnes, he added."))
    found = measured(story)
    assert found["1,734 tonnes"] == "cobalt"
    assert found["1,670 tonnes"] == "lead"
    assert found["4,830 tonnes"] == "zinc"


def test_refinery_throughput_is_not_exports() -> None:
    # Reuters: Saudi refinery throughput beside crude exports from Gulf ports.
    story = article("saudi", "SAUDI CRUDE OUTPUT SAID TO FALL", (
        "The sources said total Saudi refinery throughput fell slightly in February to an "
        "average 1.1 mln bpd from 1.2 mln in January because of cuts at the Yanbu and Jubail "
        "export refineries, Gulf oil sources said. The sources said the kingdom's exports from "
        "Gulf ports averaged one mln bpd during the eight days ending last Sunday, down from a "
        "February average of 1.9 mln bpd, oil industry sources said."))
    assert measured(story)["1.1 mln bpd"] == "throughput"
    assert conflicts(story) == []


def test_a_preferred_shares_price_is_not_a_breakup_value() -> None:
    # Reuters: Tenneco redeeming preferred stock, analysts' breakup values of the common.
    redeem = article("tgt-1", "TENNECO TO REDEEM PREFERRED STOCK", (
        "The company said it would pay 102 dlrs a share for the preferred stock, plus accrued "
        "and unpaid dividends of 24 cts a share."))
    breakup = article("tgt-2", "TENNECO STOCK ACTIVE ON WALL STREET", (
        "Feretti conservatively estimated Tenneco's breakup value at 58 dlrs a share."))
    assert measured(redeem)["102 dlrs a share"] == "preferred"
    assert conflicts(redeem, breakup) == []


def test_throughput_is_a_facet_of_its_own() -> None:
    # Reuters: the export figures name no crude, so the facet keeps throughput apart.
    refinery = article("ref", "SAUDI CRUDE OUTPUT SAID TO FALL", (
        "The sources said total Saudi refinery throughput fell slightly in February to an "
        "average 1.1 mln bpd from 1.2 mln in January because of cuts at the Yanbu and Jubail "
        "export refineries, Gulf oil sources said."), published=date(1987, 3, 10))
    ports = article("gulf", "SAUDI OUTPUT LOW TO HELP OPEC", (
        "The sources said the kingdom's exports from Gulf ports averaged one mln bpd during "
        "the eight days ending last Sunday, down from a February average of 1.9 mln bpd, oil "
        "industry sources said."), published=date(1987, 3, 10))
    assert event_keys(refinery)["1.1 mln bpd"].facet == "throughput"
    assert modes(ports)["one mln bpd"] == "week"
    assert conflicts(refinery, ports) == []


def test_two_weeks_figures_are_two_weeks() -> None:
    # Reuters: Gulf exports in the fourth week of February beside the eight days to Sunday.
    february = article("feb", "SAUDI FEBRUARY CRUDE OUTPUT PUT AT 3.5 MLN BPD", (
        "But the drop was much smaller than expected after Gulf exports rallied in the fourth "
        "week of February to 2.5 mln bpd from 1.2 mln in the third week, Gulf oil sources "
        "said."), published=date(1987, 3, 2))
    march = article("mar", "SAUDI OUTPUT SAID AT YEAR LOW TO HELP OPEC", (
        "The sources said the kingdom's exports from Gulf ports averaged one mln bpd during "
        "the eight days ending last Sunday, oil industry sources said."),
        published=date(1987, 3, 10))
    assert conflicts(february, march) == []


def test_a_maximum_and_a_condition_are_bounds_not_levels() -> None:
    # Reuters: a buffer stock's funds for at most 100,000 tonnes beside traders' view of
    # what it will buy; a merger's price condition beside the cash on offer.
    cocoa = article("icco", "COCOA BUFFER STOCK DEAL SEEN POSITIVE FOR PRICES", (
        "The buffer stock theoretically has funds to buy a maximum 100,000 tonnes within a five "
        "week period, but its approach will be more cautious, buffer stock manager Juergen "
        "Plambeck said. Traders said they believed buffer stock purchases could reach 75,000 "
        "tonnes in a matter of weeks without lifting prices significantly."))
    pizza = article("pza", "PIZZA INN AGREES TO MERGE WITH PANTERA", (
        "Under terms of the proposed transaction, each Pizza Inn share can be exchanged for "
        "three dlrs in cash plus Pantera's stock, Pantera said. From its Dallas headquarters, "
        "Pizza Inn said completion of the transaction is subject to certain conditions "
        "including that the price of Pantera's stock average not less than seven dlrs during "
        "the 20 trading days before the merger."))
    assert modes(cocoa)["a maximum 100,000 tonnes"] == "target"
    assert modes(pizza)["not less than seven dlrs"] == "condition"
    assert conflicts(cocoa) == [] and conflicts(pizza) == []


def test_household_consumption_growth_is_not_gdp_growth() -> None:
    # Reuters: IPECODE's forecasts for French GDP and for household consumption.
    story = article("ipecode", "FRENCH GROWTH INSTITUTE PESSIMISTIC", (
        "PARIS, March 19 - French gross domestic product will grow by only 1.5 pct in real "
        "terms this year, compared with the government's forecast of two to 2.5 pct growth, "
        "the private Institut des Previsions Economiques et Financieres pour l'Entreprise "
        "(IPECODE) said. French household consumption, which rose by 3.1 pct last year, is "
        "likely to grow by just 1.1 pct this year and 1.5 pct in 1988, it added."),
        published=date(1987, 3, 19))
    found = measured(story)
    assert found["two to 2.5 pct"] == "economy"
    assert found["1.1 pct"] == "consumption"
    assert all(not {"two to 2.5 pct", "1.1 pct"} <= group for group in conflicts(story))


def test_a_cash_acquisition_price_is_not_a_preferred_redemption() -> None:
    # Reuters: Stone Container's bid for Southwest beside its preferred's redemption price.
    bid = article("swf", "SOUTHWEST FOREST SWF, STONE COMPLY ON MERGER", (
        "PHOENIX, Ariz., March 6 - Southwest Forest Industries said it and Stone Container Corp "
        "have complied with all federal waiting period requirements for Stone's proposed 32.25 "
        "dlr per share cash acquisition of Southwest."))
    redemption = article("sto", "STONE CONTAINER STO TO REDEEM PREFERRED", (
        "Stone Container added that the series C preferred's redemption price is 53.15 dlrs "
        "plus accrued and unpaid dividends of 12 cts for a total of 53.27 dlrs a share."))
    assert measured(bid)["32.25 dlr per share"] == "offer"
    assert conflicts(bid, redemption) == []
