"""Round five of wrong discrepancies from seeded corpus samples (seeds 41-60), each kept away.

Each test runs the pipeline on real sentences of the Reuters and BBC corpora and checks
that figures of different entities, different slices or different periods no longer
meet, or that a rounded figure agrees with the unrounded one.
"""

from __future__ import annotations

from datetime import date

from test_precision import RULES, conflicts
from test_precision import article as dated_article

from reconcile.compare import rounded_alike
from reconcile.model import Claim, Document, Figure, Source
from reconcile.pipeline import check
from reconcile.subjects.event import parse
from reconcile.timeref import period_in

MARCH = date(1987, 3, 27)


def article(ident: str, title: str, text: str, published: date | None = MARCH) -> Document:
    """A one-story article, dated in March 1987 unless told otherwise."""
    return dated_article(ident, title, text, published)


def keys(*documents: Document) -> dict[str, str]:
    """Each figure's words and its event key."""
    return {claim.figure.text: claim.event or "" for claim in check(list(documents), RULES).claims}


def owners(*documents: Document) -> dict[str, str | None]:
    """Each figure's words and the owner its event key gives."""
    return {text: parse(event).owner for text, event in keys(*documents).items()}


def test_two_firms_reporting_their_own_profits_are_two_figures() -> None:
    # BBC: B&B and Wimpey in one story; the clause of Wimpey's profit is cut at "19%", so
    # the owner is read from the sentence before the figure.
    story = article("homes", "Housing optimism remains", (
        "Bradford & Bingley said house prices would stay firm this year. The comments came as "
        "it reported a 6% rise in profits to £280.2m ($532m). Wimpey reported a 19% rise in "
        "profits to £450.7m and said recent new home reservations were better than expected."),
        published=None)
    assert owners(story)["£450.7m"] == "wimpey"
    assert conflicts(story) == []


def test_a_company_speaking_of_its_own_loans_owns_them() -> None:
    # Reuters: two banks' nonaccrual loans to Brazil, one story each, same day.
    suntrust = article("sti", "SUNTRUST STI PLACES BRAZIL LOANS ON NONACCRUAL", (
        "ATLANTA, April 9 - SunTrust Banks Inc said in the first quarter it placed about 20.2 "
        "mln dlrs of loans to Brazil and 21.6 mln dlrs of loans to Ecuador on nonaccrual "
        "status."), published=date(1987, 4, 9))
    northern = article("ntrs", "NORTHERN TRUST NTRS PLACES BRAZIL LOANS ON NONACCRUAL", (
        "CHICAGO, April 9 - Northern Trust Corp said its first quarter earnings were reduced "
        "by 875,000 dlrs by placing 53.2 mln dlrs of loans to Brazil and six mln dlrs in loans "
        "to Ecuador on a cash basis."), published=date(1987, 4, 9))
    found = owners(suntrust, northern)
    assert found["about 20.2 mln dlrs"] == "suntrust bank inc"
    assert found["53.2 mln dlrs"] == "northern trust corp"
    assert conflicts(suntrust, northern) == []


def test_an_estimate_owned_by_its_source_is_no_owner() -> None:
    # Reuters: "the AWB's February Wheat Australia publication put the crop at 16.7 mln
    # tonnes" gives the board's estimate of the crop; the board is the source, the crop
    # is Australia's, so a forecaster's estimate of it still meets it.
    text = ("Paice did not give a crop estimate, but the AWB's February Wheat Australia "
            "publication put the crop at 16.7 mln tonnes.")
    assert parse(keys(article("awb", "AWB WHEAT SALES", text))["16.7 mln tonnes"]).owner is None


def test_the_share_a_bidder_does_not_hold_is_not_its_stake() -> None:
    # Reuters: Santos bids for the 96.03 pct of TMOC it does not hold; TMOC says Santos had
    # a 3.07 pct stake.
    story = article("stos", "SANTOS TO BID FOR TMOC RESOURCES", (
        "ADELAIDE, March 23 - Cooper Basin oil producer Santos Ltd STOS.S said it will bid "
        "4.00 dlrs a share for the 96.03 pct it does not already hold in diversified oil and "
        "gas company TMOC Resources Ltd. TMOC said in the statement that the bid was "
        "unsolicited and that Santos had only a 3.07 pct stake despite paying up to four dlrs "
        "a share on-market."), published=date(1987, 3, 23))
    assert parse(keys(story)["96.03 pct"]).part
    assert conflicts(story) == []


def test_rating_agencies_rate_slices_of_debt_not_the_whole() -> None:
    # Reuters: S&P downgraded 1.7 billion dlrs of United Technologies' debt; Moody's
    # affirmed the ratings of 3.7 billion dlrs of it. Different instruments.
    downgrade = article("s&p", "UNITED TECHNOLOGIES UTX DEBT DOWNGRADED BY S/P", (
        "NEW YORK, March 27 - Standard and Poor's Corp said it downgraded 1.7 billion dlrs of "
        "debt of United Technologies Corp and subsidiaries."))
    affirmed = article("moody", "MOODY'S AFFIRMS UNITED TECHNOLOGIES UTX DEBT", (
        "NEW YORK, April 7 - Moody's Investors Service Inc said it affirmed the debt ratings "
        "of 3.7 billion dlrs of debt of United Technologies Corp and its units."),
        published=date(1987, 4, 7))
    assert parse(keys(downgrade)["1.7 billion dlrs"]).mode == "rated"
    assert conflicts(downgrade, affirmed) == []


def percent(text: str, value: float) -> Claim:
    figure = Figure(text=text, start=0, end=len(text), number_start=0,
                    number_end=text.index(" "), value=value, low=value, high=value,
                    kind="percent", unit="percent")
    return Claim(id=text, document="jp", figure=figure, source=Source(name=text),
                 sentence_start=0, sentence_end=1)


def test_a_rounded_rate_agrees_with_the_unrounded_one() -> None:
    # Reuters: "from the record 3.0 pct in January" and "the non-rounded rate ... from 2.96
    # pct in January" are one rate; 10.5 and 11 are not one rounded figure.
    assert rounded_alike(percent("3.0 pct", 3.0), percent("2.96 pct", 2.96))
    assert rounded_alike(percent("2.93 pct", 2.93), percent("2.9 pct", 2.9))
    assert not rounded_alike(percent("3.0 pct", 3.0), percent("2.9 pct", 2.9))
    assert not rounded_alike(percent("10.5 pct", 10.5), percent("11 pct", 11.0))
    story = article("jobless", "JAPAN UNEMPLOYMENT FALLS", (
        "TOKYO, March 31 - Japan's seasonally adjusted unemployment rate fell to 2.9 pct in "
        "February from the record 3.0 pct in January, the government's Management and "
        "Coordination Agency said. \"Japan's employment condition was still severe in "
        "February as the non-rounded rate of unemployment in February fell only 0.03 "
        "percentage points to 2.93 pct from 2.96 pct in January,\" an agency official said."),
        published=date(1987, 3, 31))
    assert conflicts(story) == []


def period(text: str, words: str, published: date | None = date(1987, 4, 1)) -> str | None:
    start = text.index(words)
    return period_in(text, (0, len(text)), (start, start + len(words)), published)


def test_relative_periods_name_other_years_and_quarters() -> None:
    # Reuters: a plan "this calendar year" is not the 1985 harvest; "Two years ago ... an
    # annual capacity of 800,000 tonnes" is not today's; "in the same quarter last year" is
    # a quarter's figure; "in the year ago period" is last year's.
    assert period("Kampuchea planned to boost rice paddy output to 2.5 mln tonnes this "
                  "calendar year.", "2.5 mln tonnes") == "1987"
    assert period("Two years ago, Alusuisse had an annual capacity of 800,000 tonnes.",
                  "800,000 tonnes") == "1985"
    assert period("Wang earned 21 cts a share, or 21.4 mln dlrs, in the same quarter last "
                  "year.", "21 cts a share") == "quarter"
    assert period("The company reported a profit of 8.1 mln dlrs in the quarter ended May 31, "
                  "after a loss of 7.1 mln dlrs in the year ago period.",
                  "7.1 mln dlrs") == "1986"


def test_opinion_polls_of_different_days_are_not_rivals() -> None:
    # Reuters: last month's Marplan poll and a Harris poll for TV-AM; parties in one poll
    # are each their own (the Alliance's 21 pct is not the Tories' 43).
    marplan = article("marplan", "BRITISH CENTRIST ALLIANCE GAINS IN LATEST POLL", (
        "Last month a Marplan poll gave the Tories 38 pct, the Alliance 21 pct and Labour 37 "
        "pct."))
    harris = article("harris", "THATCHER UNDER PRESSURE TO CALL ELECTION", (
        "A Harris poll for the breakfast-time program TV-AM gave the Tories 43 pct of the "
        "vote, representing a majority of 132 seats in parliament."))
    assert owners(marplan)["21 pct"] == "alliance"
    assert parse(keys(harris)["43 pct"]).mode == "poll"
    assert conflicts(marplan, harris) == []


def test_a_level_to_achieve_and_a_revised_forecast_are_not_levels() -> None:
    # Reuters: a growth rate the World Bank says is needed is a goal; "surpassing the
    # government's original forecast of eight pct" is the forecast since revised.
    needed = ("Mamman said the World Bank estimated 35.3 billion dlrs a year would be needed "
              "over the next five years for the African continent to be able to achieve a "
              "gross domestic product growth (GDP) rate of three to four pct.")
    assert parse(keys(article("eca", "AFRICAN DEBT PLEA", needed))["three to four pct"]).mode \
        == "target"
    korea = article("korea", "SOUTH KOREA GNP GROWING", (
        "SEOUL, April 6 - South Korea's gross national product (gnp) is forecast to grow by "
        "nine pct in 1987, surpassing the government's original forecast of eight pct and "
        "against a 12.5 pct rise in 1986, an Economic Planning Board official said."),
        published=date(1987, 4, 6))
    assert parse(keys(korea)["eight pct"]).part
    assert conflicts(korea) == []


def test_import_growth_is_not_economic_growth() -> None:
    # Reuters (EIU): OECD economic growth and import growth, each forecast in December.
    story = article("eiu", "WORLD TRADE GROWTH SLOWING, OECD", (
        "The EIU said in its World Trade Forecast it revised OECD economic growth downwards "
        "to 2.5 pct this year, compared with a 2.8 pct growth forecast in December. Import "
        "growth, forecast in December at 4.5 pct, is now seen slowing down to around 3.8 pct "
        "in 1987 with a recovery only to 4.2 pct in 1988, it said."))
    facets = {text: parse(event).facet for text, event in keys(story).items()}
    assert facets["2.8 pct"] == "growth" and facets["4.5 pct"] == "imports"
    assert conflicts(story) == []


def test_a_bidder_is_no_owner_of_its_targets_price() -> None:
    # Reuters: an investor group's 34 dlrs and News Corp's 65 dlrs for Harper and Row.
    group, news = (article(ident, title, text, day) for ident, title, day, text in (
        ("cross", "EDITOR OFFERS 34 DLRS A SHARE FOR HARPER AND ROW", date(1987, 3, 9),
         "WASHINGTON, March 9 - Theodore Cross, editor of Business and Society Review, a "
         "business publication, said an investor group he heads has offered to buy Harper "
         "and Row Publishers Inc for 34 dlrs a share."),
        ("ncp", "NEWS CORP STARTS HARPER AND ROW OFFER", date(1987, 4, 2),
         "NEW YORK, April 2 - News Corp Ltd of Australia said it has started its previously "
         "announced tender offer for all shares of Harper and Row Publishers Inc at 65 dlrs "
         "per share.")))
    assert owners(news)["65 dlrs per share"] == "corp ltd australia"
    assert conflicts(group, news) == []


def test_a_name_read_off_the_figure_is_no_rival_source() -> None:
    # Reuters: "ranking second to the United States which receives about 50 pct" names
    # whose share it is (attribution reads "United" off it), not a rival estimate of
    # Canada's 10 pct.
    story = article("daiwa", "DAIWA SECURITIES OPENS CANADIAN HOUSE", (
        "Watanabe said about 10 pct of Japanese investment in foreign securities goes to "
        "Canada, ranking second to the United States which receives about 50 pct."))
    assert conflicts(story) == []


def test_a_change_and_a_sum_needed_are_not_levels() -> None:
    # Reuters: soybean stocks expected "to decline by 5.0 mln tonnes" beside palm oil
    # stocks of 1.4 mln; "necessary to raise \"at least\" 18 billion dlrs" is a goal.
    decline = ("World oilseed stocks also are expected to fall in the course of the next "
               "season, with the biggest reduction seen in soybean stocks, which Mielke "
               "expects to decline by 5.0 mln tonnes or by one fifth.")
    assert parse(keys(article("oilw", "OIL WORLD", decline))["5.0 mln tonnes"]).part
    needed = ("The sources told Reuters Senate Budget Committee Chairman Lawton Chiles, a "
              "Florida Democrat, believes that it would be necessary to raise \"at least\" 18 "
              "billion dlrs in higher revenues.")
    needed_key = parse(keys(article("chiles", "BUDGET", needed))["18 billion dlrs"])
    assert needed_key.mode == "target"


def test_a_yardstick_and_a_change_by_an_amount_are_not_levels() -> None:
    # Reuters: a trust's present value "compared with 374.3 mln dlrs" (last year's), and
    # Jamaica "will reduce its obligations by 300 mln dlrs" (a change of its debt).
    trust = ("Permian said the present value of estimated future net revenues discounted at "
             "10 pct is 165.3 mln dlrs, compared with 374.3 mln dlrs.")
    assert parse(keys(article("pbt", "PERMIAN BASIN RESERVES FALL", trust))["374.3 mln dlrs"]).part
    cap = ("Jamaica has put a cap on its 3.5 billion dlr foreign debt and will reduce its "
           "obligations by 300 mln dlrs this year, Prime Minister Edward Seaga said.")
    assert parse(keys(article("jam", "JAMAICA BORROWING CAP", cap))["300 mln dlrs"]).part


def test_a_pronoun_after_said_is_the_speaker() -> None:
    # Reuters: "Dixons said it would now pay ... following its offer for Cyclops at 90.25
    # dlrs" is Dixons' offer, though Cyacq is named before it.
    text = ("In line with Cyacq's decision, Dixons said it would now pay an additional 4.75 "
            "dlrs per share to each shareholder whose shares were purchased following its "
            "offer for Cyclops at 90.25 dlrs per share.")
    assert owners(article("dxns", "DIXONS CYCLOPS", text))["90.25 dlrs per share"] == "dixon"


def test_figures_many_times_apart_are_other_measures() -> None:
    # Reuters: Jamaica's GDP growth of four pct and its debt service ratio of 49 pct of
    # GDP; First City's 54 mln dlr sale beside its 9.9 (billion) dlr loan portfolio.
    stories = {
        "SEAGA PRESENTS BUDGET, SEES GROWTH": (
            "In a nationally televised speech to the parliament, the prime minister, who is "
            "also minister of finance, said jamaica's gdp grew by four pct, the highest level "
            "in 15 years. Seaga said that with financial accounts in order, the government "
            "will proceed to reduce the country's debt service ratio from the current level "
            "of 49 pct of gdp to 25 pct over the next five years."),
        "FIRST CITY BANCORPORATION TALKING POINT": (
            "\"It does reduce the bank's exposure in energy loans and 54 mln dlrs is a "
            "substantial amount,\" Archibold said. Of First City's total loan portfolio of "
            "9.9 mln dlrs, about 14 pct or 1.4 billion dlrs were made to energy producers or "
            "suppliers, analysts said."),
    }
    for number, (title, text) in enumerate(stories.items()):
        assert conflicts(article(f"far{number}", title, text)) == [], title


def test_so_far_this_year_is_not_the_year() -> None:
    # Reuters: "the annual inflation rate to 6.2 pct so far this year" is no forecast for
    # 1987 against "the administration's 3.8 pct 1987 forecast".
    text = ("The White House said last month's 0.4 per cent in increase in the CPI brought "
            "the annual inflation rate to 6.2 pct so far this year.")
    assert period(text, "6.2 pct", date(1987, 4, 24)) == "1987-ytd"
    story = article("cpi", "WHITE HOUSE SAYS CPI RISE NO CAUSE FOR ALARM", (
        f"{text} Fitzwater said the nation should see a slowing of the inflation rate to the "
        "administration's 3.8 pct 1987 forecast."), published=date(1987, 4, 24))
    assert conflicts(story) == []


def test_a_change_a_share_and_a_counterfactual_are_not_levels() -> None:
    # Reuters: "The 0.25 cent price hike"; "its share of the order alone was worth 800 mln
    # marks"; "would have stood at 2.2 pct" under a new method.
    hike = "The 0.25 cent price hike brings Exxon's contract barge price to 48.75 cts a gallon."
    assert parse(keys(article("xon", "EXXON RAISES HEATING OIL PRICE", hike))["0.25 cent"]).part
    share = ("A Babcock statement said its share of the order alone was worth 800 mln marks, "
             "the largest domestic contract it has ever received.")
    assert parse(keys(article("dbc", "BABCOCK CONTRACT", share))["800 mln marks"]).part
    method = ("Recalculated according to the new method, unemployment in February 1986 would "
              "have stood at 2.2 pct, the SCB said.")
    assert parse(keys(article("scb", "SWEDISH UNEMPLOYMENT", method))["2.2 pct"]).mode \
        == "condition"


def test_each_tender_is_its_own_event_and_a_revision_is_no_rival() -> None:
    # Reuters: EC sugar tenders of two weeks, and an analyst's revised estimate beside his
    # previous one; a takeover's "tender offer" is no tender.
    rebates = [article(f"sugar{day}", "EC SUGAR TENDER DETAILS", (
        f"LONDON, April {day} - A total 118,350 tonnes of current series white sugar "
        f"received export rebates of a maximum {rebate} European Currency Units (Ecus) per "
        "100 kilos at today's European Community (EC) tender, the U.K. Intervention Board "
        "said."), published=date(1987, 4, day)) for day, rebate in ((1, "46.864"), (8, "46.496"))]
    assert parse(keys(rebates[0])["a maximum 46.864 European Currency Units"]).mode == "tender"
    assert conflicts(*rebates) == []
    revised = ("Hottnesen expects the savings and loan to earn between 2.90 dlrs and 3.10 "
               "dlrs a share in 1988. he had previously estimated earnings of 3.30 dlrs a "
               "share in 1988.")
    assert parse(keys(article("ahm", "AHMANSON ESTIMATE CUT", revised))["3.30 dlrs a share"]).part
    offer = ("News Corp Ltd of Australia said it has started its previously announced tender "
             "offer for all shares of Harper and Row Publishers Inc at 65 dlrs per share.")
    assert parse(keys(article("hpr", "NEWS CORP OFFER", offer))["65 dlrs per share"]).mode is None


def test_a_bare_number_near_banks_counts_no_banks() -> None:
    # Reuters: "the 16 banks had not been named" beside dealers' "one or two large West
    # German banks" (a bare number: what it counts is not written by it).
    sentences = ("A spokesman for the Federal Banking Supervisory Office in West Berlin said it "
                 "was following the allegations but investigations were difficult because the "
                 "16 banks had not been named.",
                 "Yesterday one or two large West German banks effectively drained the "
                 "domestic money market of liquidity, dealers said.")
    found = conflicts(article("bakred", "GERMAN BANKING AUTHORITY DRAWN INTO CASE",
                              " ".join(sentences)))
    assert found == []
