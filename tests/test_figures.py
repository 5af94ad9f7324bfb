"""Unit tests of the figures stage, each from a real sentence of the corpora or the seed."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from reconcile.figures import FigureConventions, extract_figures
from reconcile.model import Figure
from reconcile.yamlfile import load_model

CONVENTIONS = load_model(Path(__file__).resolve().parents[1] / "rules" / "figures.yaml",
                         FigureConventions)


def figures(text: str) -> list[Figure]:
    found = extract_figures(text, CONVENTIONS)
    for figure in found:
        assert text[figure.start:figure.end] == figure.text
    return found


def only(text: str) -> Figure:
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("sentence", "quote", "value", "low", "high", "approx"), [
    ("Around 5,000 people attended the pro-Lukashenko protest, a Reuters reporter estimated.",
     "Around 5,000 people", 5000, 5000, 5000, True),
    ("with upward of 100,000 people present", "upward of 100,000 people", 100000, 100000,
     None, False),
    ("At least 26 people were killed", "At least 26 people", 26, 26, None, False),
    ("The union said some 13,000 workers had struck", "some 13,000 workers", 13000, 13000,
     13000, True),
    ("the figure was closer to 18,000", "closer to 18,000", 18000, 18000, 18000, True),
    ("COSATU, which has over 600,000 workers", "over 600,000 workers", 600000, 600000, None,
     False),
    ("with almost 350 passengers on board", "almost 350 passengers", 350, None, 350, True),
    ("It is expected to be about 5%", "about 5%", 5, 5, 5, True),
    ("results that gave him just over 80 percent of the vote", "just over 80 percent", 80, 80,
     None, True),
    ("Nissan Motor Co. is planning to cut up to 700 contract workers.",
     "up to 700 contract workers", 700, None, 700, False),
    ("Fewer than a thousand giant pandas still live in the wild.",
     "Fewer than a thousand giant pandas", 1000, None, 1000, False),
    ("output is about 14.7 mln bpd", "about 14.7 mln bpd", 14.7e6, 14.7e6, 14.7e6, True),
])
def test_hedges_set_the_interval(sentence: str, quote: str, value: float, low: float | None,
                                 high: float | None, approx: bool) -> None:
    figure = only(sentence)
    assert (figure.text, figure.value, figure.low, figure.high, figure.approx) == (
        quote, value, low, high, approx)


@pytest.mark.parametrize(("sentence", "low", "high", "unit"), [
    ("increase the number of mobile users from 95 million to between 200 and 250 million",
     200e6, 250e6, None),
    ("a crop of 205 to 213 mln tonnes", 205e6, 213e6, "tonnes"),
    ("savings nearer 17 to 20 mln guilders", 17e6, 20e6, "NLG"),
    ("revenue of $4.2bn to $4.35bn this year", 4.2e9, 4.35e9, "USD"),
    ("growth of two to 2.5 pct this year", 2, 2.5, "percent"),
    # a lower-case "may" after a range is no month
    ("Rates between 3 and 5 may rise.", 3, 5, None),
])
def test_ranges_give_both_bounds_and_no_value(sentence: str, low: float, high: float,
                                              unit: str | None) -> None:
    ranges = [f for f in figures(sentence) if f.value is None]
    assert len(ranges) == 1
    assert (ranges[0].low, ranges[0].high, ranges[0].unit) == (low, high, unit)


def test_a_change_from_one_figure_to_another_is_not_a_range() -> None:
    found = figures("Unemployment rose from 5.5 pct to 6.1 pct in March")
    assert [(f.value, f.kind) for f in found] == [(5.5, "percent"), (6.1, "percent")]


@pytest.mark.parametrize(("sentence", "phrase", "low", "unit"), [
    ("The protest in Minsk attracted tens of thousands of people", "tens of thousands", 20000,
     "people"),
    ("thousands of detentions since last Sundays vote", "thousands", 2000, "detentions"),
    ("hundreds of thousands of people marched", "hundreds of thousands", 200000, "people"),
])
def test_vague_magnitudes_follow_the_convention(sentence: str, phrase: str, low: float,
                                                unit: str) -> None:
    figure = only(sentence)
    assert (figure.vague, figure.low, figure.high, figure.value, figure.approx, figure.unit) == (
        phrase, low, None, None, True, unit)


@pytest.mark.parametrize(("sentence", "value", "kind", "unit"), [
    ("Shr 34 cts vs 1.19 dlrs", 0.34, "money", "USD"),
    ("a net loss of 34 mln guilders", 34e6, "money", "NLG"),
    ("profits of £600m", 600e6, "money", "GBP"),
    ("sales of $1.2bn", 1.2e9, "money", "USD"),
    ("a loss of 40 bln yen", 40e9, "money", "JPY"),
    ("worth 5 mln Australian dlrs", 5e6, "money", "AUD"),
    ("The price starts at USD 22.5 million.", 22.5e6, "money", "USD"),
    ("profit of 1.5 mln stg", 1.5e6, "money", "GBP"),
    ("rose 5.5 pct", 5.5, "percent", "percent"),
    ("up 1-1/8 pct", 1.125, "percent", "percent"),
    ("the index fell 12 points", 12, "points", "points"),
    ("rose 0.5 percentage points", 0.5, "points", "points"),
    ("33 cents a share", 0.33, "money", "USD per share"),
    ("13,000 Iranian troops were killed", 13000, "count", "troops"),
    ("71,000 civil service jobs", 71000, "count", "jobs"),
    ("arrivals of 155,221 bags", 155221, "quantity", "bags"),
    ("in power for 26 years", 26, "quantity", "years"),
    ("one in five Turks", 0.2, "ratio", "turks"),
    ("3 out of 10 voters", 0.3, "ratio", "voters"),
    ("the 4.2 million persons", 4.2e6, "count", "people"),
    ("ARGOSystems Inc said it won a 15-mln-dlr contract", 15e6, "money", "USD"),
    ("a quarterly dividend of 12-cent-a-share", 0.12, "money", "USD per share"),
    ("the offer was on the basis of 700p for each IC Gas ordinary", 7.0, "money", "GBP"),
    ("revenue of 115USD", 115, "money", "USD"),
    ("losses in excess of 30 MUSD were reported", 30e6, "money", "USD"),
    ("They lost 75 USD million in the past three years.", 75e6, "money", "USD"),
    ("a laptop containing 10000 bitcoins", 10000, "money", "XBT"),
    ("It costs you 10 us dollar and me 100 chinese yuan.", 10, "money", "USD"),
    ("it only cost 3 dollars 50 cents.", 3.5, "money", "USD"),
    ("it only cost thirteen dollars and forty-five cents", 13.45, "money", "USD"),
    ("The subscription will increase to 17 USD 25.", 17.25, "money", "USD"),
])
def test_units_and_scales(sentence: str, value: float, kind: str, unit: str) -> None:
    figure = figures(sentence)[0]
    assert (figure.value, figure.kind, figure.unit) == pytest.approx((value, kind, unit))


@pytest.mark.parametrize(("written", "value"), [
    ("two hundred and three", 203), ("a dozen", 12), ("three dozen", 36),
    ("half a million", 500000), ("1.2 million", 1.2e6), ("3 million and a half", 3.5e6),
    ("twenty-one", 21), ("a third", 1 / 3), ("two thirds", 2 / 3),
    ("one hundred thousand", 100000), ("10k", 10000), ("5m", 5e6), ("2 mln", 2e6),
    ("1.2b", 1.2e9), ("10M", 10e6), ("2mil", 2e6), ("13 lakh", 1.3e6), ("1 crore", 1e7),
    ("1,234,567", 1234567), ("1 234 567", 1234567), ("1\u2009234\u2009567", 1234567),
    ("1\u00a0234\u00a0567", 1234567), ("1\u202f234\u202f567", 1234567),
    ("12,34,567", 1234567), ("minus 5", -5), ("-9.25", -9.25), ("¾", 0.75), ("3/4", 0.75),
])
def test_numbers_as_written(written: str, value: float) -> None:
    figure = only(f"The answer is {written}.")
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    "SALVADOR, Feb 26 - Showers continued throughout the week",
    "the March 5 meeting",
    "Any time to meet on 5/17/2018?",
    "on Aug. 16, 2020.",
    "compared with 1986",
    "against the 1986/87 crop",
    "We produced nothing in 2013-14.",
    "At 2 pm everybody will be gone.",
    "the talks resume at 10:30",
    "Alexei, a 31-year-old worker, said",
    "Nogar's son Stephen, 57, said before the auction",
    "women aged 68 and over",
    "the third-largest bank",
    "It finished 1st",
    "My phone number is +1-222-2222/2222",
    "192.168.1.2",
    "it runs Windows 3.1",
    "see page 12",
    "filed for Chapter 11",
    "Egypt won 4-0 on Wednesday",
    "SCP-173",
    "the G7 meeting",
    "Which one do you prefer?",
    "will be included in Standard and Poor's 500 Stock index, effective",
    "the second biggest gainer in the FTSE 100 index.",
    "The Nikkei 225 index ended the day up",
    "a possible merger into a Fortune 500 company",
    "a petition to ban dual trading in Standard and Poor's 500 stock index futures, an exchange"
    " official said.",
    # Reuters: the last day of a run of days
    "General Motors Corp said car sales for March 11 through 20 were off",
    "a meeting of EC foreign ministers on April 27 and 28 in Luxembourg",
    "exports during the period February 1 to 25 exports were",
    # BBC: a run of days written day first, the month after its last day
    "The sequel took the record between 24 and 26 December, according to studio estimates.",
    "which runs from 10-20 February. It features",
    "The Indoors will take place on 5-6 March.",
    "could be called on 4 or 5 April.",
    "CES runs officially from 6 to 9 January.",
    # Reuters: clock times the wire writes in four digits before a zone, and spans of them
    "new borrowings are due to be released at 1630 EST (2130 GMT).",
    "the rocket lifted off at 1805 local time (2305 GMT) and placed",
    "the symbol \"HF,\" would trade from 0900 to 1315 CST.",
    "a milder aftershock at 0758 hrs.",
    "went off outside an officers' mess at 10.30 P.M.",
    "open from 8 A.M. until noon and from 3.30 to 5.30 P.M.",
    # Reuters: a dateline's month in capitals
    "APRIL 7 - 1000 hrs cdt",
    # an ordinal opening a noun phrase is no fraction (Reuters; BBC)
    "Paul Volcker, appointed in 1979 by President Carter, will not be offered a third term",
    "Williams Cos said it took a fourth quarter charge",
    "oil prices rose for a sixth straight session, reaching",
    "his best effort of a fourth-round place at the Australian Open",
    # results and tallies: a dash between whole numbers, the second smaller, or a set
    # beside one (BBC; Reuters)
    "Scotland were beaten 33-15 by Samoa in the plate semi-final.",
    "Seventh seed Jurgen Melzer came through 6-3 6-3 against Xavier Malisse.",
    "Dancevic downed American Jeff Morrison 4-6 7-6 (7-3) 6-0, and",
    "The House approved by a 230-112 vote and sent to the Senate",
    "The Supreme Court, in a 6-3 decision, ruled that",
    "the first 747-400 is scheduled to be completed",
    # a small number that ends a name (BBC; Reuters)
    "Mr Brown told BBC Radio 4's Today programme.",
    "it was closely followed by Halo 2 and Half-Life 2, which are expected",
    "Nash, Reiziger (Graham 82), Riggott, Southgate",
    "Members of UAW Local 594 voted to accept",
    # a number inside a name, before a capitalised word that reads as a counted noun
    # (reuters-9959, reuters-10363)
    "FORT WORTH, Tex., March 26 - Pier 1 Imports Inc said its board declared a split",
    "will assemble Bell 412 SP helicopters for Norwegian Defence under license",
    # BBC: ages of a group
    "the commission's recommendation that 21-year-olds should be paid at the adult rate",
    "a scheme of vocational grants for 14 to 16-year-olds to tackle",
    # a day of the month before a noun (BBC; Reuters)
    "he performed at the first Super Bowl after the September 11 attacks",
    "The report showed March 1 stocks of corn",
    "For its fiscal year ended July 31 Caesars World reported net income",
    # "one" before a word that counts nothing (Reuters; BBC)
    "The proposal is one of several being considered.",
    "The move is a surprising one because China is struggling",
])
def test_not_figures(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(("sentence", "quote"), [
    ("Pernod's last major purchase was a third of US giant Seagram in 2000", "a third"),
    ("Chinese PC sales have risen by a fifth in each year", "a fifth"),
    ("and a third believed he should consider resigning", "a third"),
    ("estate agents were set to enter 2005 with a third more properties", "a third"),
    ("shares in GW Pharma lost a third.", "a third"),
])
def test_a_fraction_before_of_a_comparative_or_a_verb_stays(sentence: str, quote: str) -> None:
    assert [f.text for f in figures(sentence)] == [quote]


@pytest.mark.parametrize(("sentence", "value"), [
    # Reuters: sales by maker, a results line's label, a table row's country
    ("Chrysler 30,909, down 3.6 pct, American Motors 790, down 6.2 pct", 790),
    ("Loans 422 one year earlier.", 422),
    ("Brazil 55\n\nIvory Coast 67\n\nCameroun 77", 67),
    ("Chicago 362 unch, E. ST Louis 991 off 37, St Louis 38 unch", 991),
    ("the 200-seat parliament, the Conservatives 44 and the Centre Party 37.", 44),
])
def test_a_number_after_a_name_that_goes_on_as_a_figure_stays(sentence: str,
                                                               value: float) -> None:
    assert value in [f.value for f in figures(sentence)]


def test_a_range_in_a_table_row_goes_up_and_stays() -> None:
    """Reuters metal premiums: ranges side by side, every one low to high, are no tennis."""
    assert [(f.low, f.high) for f in figures("COPPER 15-19 24-28 UNQUOTED")] == [
        (15, 19), (24, 28)]


@pytest.mark.parametrize(("sentence", "unit"), [
    # Reuters: a currency of one country, and one of several read by the country named
    ("Ecuador's 1987 budget deficit is put at 54.45 billion sucres.", "ECS"),
    ("Venezuela's reserves fell to 7.50 bolivars a dollar.", "VEB"),
    ("Kuwait's budget deficit was some 4.4 billion dinars.", "KWD"),
    ("Yugoslavia's foreign debt is 57 billion dinars.", "YUD"),
    ("MANILA - The government borrowed 20 billion pesos in March.", "PHP"),
    ("The loan of 20 billion Philippine pesos was signed.", "PHP"),
    ("Mexico's deficit reached 20 billion pesos.", "MXN"),
])
def test_currencies_by_name_and_country(sentence: str, unit: str) -> None:
    money = [f for f in figures(sentence) if f.kind == "money"]
    assert [f.unit for f in money] == [unit]


def test_a_word_that_counts_nothing_leaves_the_number_alone() -> None:
    """Reuters: "1986's record 2.73 mln because car sales ..." counts no "becauses"."""
    found = figures("sales of three to four pct from 1986's record 2.73 mln because car "
                    "sales in West Germany had")
    assert [(f.text, f.unit) for f in found if f.value == 2.73e6] == [("2.73 mln", None)]


def test_a_number_joined_to_a_glued_year_is_still_read() -> None:
    """Reuters 9 March 1987, the EIU: "... around 16.50 dlrs a barrel by end-1987 and 15.50
    dlrs in 1988"; a model's number after a glued one is not ("System/36 5364")."""
    found = figures("The EIU saw oil prices dropping to around 16.50 dlrs a barrel by "
                    "end-1987 and 15.50 dlrs in 1988.")
    assert [f.text for f in found] == ["around 16.50 dlrs", "15.50 dlrs"]
    assert figures("in contrast to its System/36 5364, the new one") == []


@pytest.mark.parametrize(("sentence", "value"), [
    # BBC sport: a race, an event or a height is in metres, not millions
    ("the pain of losing his Olympic 100m title in Athens", 100),
    ("record in winning the women's 5,000m at the Boston Indoor Games", 5000),
    ("a few days after she cleared 4.88m at the Norwich Union", 4.88),
    ("Campbell set his 100m personal best of 10.04 seconds", 100),
])
def test_a_distance_in_sport_is_metres(sentence: str, value: float) -> None:
    distance = figures(sentence)[0]
    assert (distance.value, distance.unit, distance.kind) == (value, "metres", "quantity")


@pytest.mark.parametrize("sentence", ["The club paid £60m for him.", "a £5m title deal",
                                      "It has 5m users.", "Sales hit 5m records."])
def test_millions_stay_millions_beside_such_words(sentence: str) -> None:
    assert figures(sentence)[0].value in (60e6, 5e6)


def test_a_month_standing_as_a_period_leaves_the_count_after_it() -> None:
    assert [f.text for f in figures("In May 30 people were killed.")] == ["30 people"]


def test_a_dinar_of_no_country_named_is_no_currency_of_one() -> None:
    assert [f.kind for f in figures("The bank lent 756.9 mln Islamic dinars.")] == ["count"]


def test_a_count_before_hours_is_no_clock_time() -> None:
    """Only four digits that can tell the time are one before a zone; work done is counted."""
    assert [f.text for f in figures("Crews logged 1200 hrs of overtime and 2500 hours.")] == [
        "1200 hrs", "2500 hours"]


def test_an_index_level_is_a_figure_and_its_name_is_not() -> None:
    """Reuters: an index's number is part of its name; its level and a table's count are
    figures."""
    sentence = ("Feinstein noted the June contract for the June Standard and Poor's 500 stock "
                "index future hit 300 about 15 minutes prior to the close.")
    assert [figure.text for figure in figures(sentence)][:1] == ["300"]
    table = "Stg/dlr options 2,640 14,375\n\nFTSE 25,741 10,444"
    assert [figure.value for figure in figures(table)] == [2640, 14375, 25741, 10444]


def test_another_number_is_never_the_counted_noun() -> None:
    """Reuters: 'One of two' is not one 'two'; the figure is the two firms."""
    sentence = ("One of two rival firms seeking to enter Japan's international "
                "telecommunications market said it will offer a stake in the company to 10 "
                "foreign firms.")
    assert [(figure.text, figure.value, figure.unit) for figure in figures(sentence)] == [
        ("two rival firms", 2, "firms"), ("10 foreign firms", 10, "firms")]
    circulation = ("market studies have indicated a new English language tabloid would have "
                   "circulation of 50,000 within six months.")
    assert [figure.text for figure in figures(circulation)] == ["50,000", "six months"]


def test_numbered_heading_is_not_a_figure() -> None:
    assert figures("Contents\n1. Introduction\n") == []


def test_figures_are_sorted_and_never_overlap() -> None:
    text = ("Around 5,000 people attended, a Reuters reporter estimated. The Belarusian Interior "
            "Ministry put the number at 65,000. The opposition march drew upward of 100,000 "
            "people and tens of thousands of supporters.")
    found = figures(text)
    assert [f.text for f in found] == ["Around 5,000 people", "65,000",
                                       "upward of 100,000 people",
                                       "tens of thousands of supporters"]
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert all(f.number_start >= f.start and f.number_end <= f.end for f in found)


def test_large_amounts_keep_their_cents_apart() -> None:
    found = figures("Net loss 918,000 dlrs 38 cts in 1986 3rd qtr")
    assert [(f.text, f.value) for f in found] == [("918,000 dlrs", 918000), ("38 cts", 0.38)]


def test_a_sign_before_digits_opens_the_next_amount() -> None:
    assert [f.value for f in figures("1 $10 dollars bill") if f.kind == "money"] == [10]


def test_currency_sign_follows_the_conventions() -> None:
    canadian = CONVENTIONS.model_copy(update={"currency_symbols": {"$": "CAD"}})
    assert extract_figures("a $5 fee", canadian)[0].unit == "CAD"


@pytest.mark.parametrize(("sentence", "quote", "low", "high", "kind"), [
    ("workers from surrounding countries make up more than half of the labour force",
     "more than half", 50, None, "percent"),
    ("last year was responsible for nearly a quarter of a fall", "nearly a quarter", None,
     0.25, "number"),
    ("Anything smaller than 50,000 francs will be", "smaller than 50,000 francs", None,
     50000, "money"),
    ("There're at most 100 and at least 20 apples.", "at most 100 and at least 20 apples",
     20, 100, "count"),
    # Reuters: "top" as a verb is a floor, "as great as" a ceiling
    ("Clark predicted that world oil prices would top 22 dlrs a barrel by January one.",
     "would top 22 dlrs", 22, None, "money"),
    ("the fiscal adjustment could be as great as six billion stg", "as great as six billion stg",
     None, 6e9, "money"),
    # Reuters: a range "ranged from" runs either way
    ("Assays of the tailings ranged from 0.64 to 0.50 ounces of gold per ton.",
     "from 0.64 to 0.50 ounces", 0.5, 0.64, "quantity"),
    # Reuters: a year after a bound is the year to beat, not a figure
    ("Henderson said the company's 1987 results would top 1986 income of 888 mln dlrs",
     "888 mln dlrs", 888e6, 888e6, "money"),
])
def test_hedges_round_two(sentence: str, quote: str, low: float | None, high: float | None,
                          kind: str) -> None:
    figure = only(sentence)
    assert (figure.text, figure.low, figure.high, figure.kind) == (quote, low, high, kind)


@pytest.mark.parametrize("sentence", [
    "1 mln dlrs over a three-year period to develop new products",
    "the second half of the year",
])
def test_time_spans_take_no_hedge(sentence: str) -> None:
    assert all(f.low == f.high for f in figures(sentence))


def test_a_trailing_bound_followed_by_than_is_a_new_hedge() -> None:
    found = figures("His score is equal to 5000 or less than 6000")
    assert [(f.low, f.high) for f in found] == [(5000, 5000), (None, 6000)]


def test_percent_named_before_its_number() -> None:
    assert (only("Per cent of 210").kind, only("Per cent of 210").value) == ("percent", 210)
    shares = figures("about 5 percent of 200 employees")
    assert [f.kind for f in shares] == ["percent", "count"]


@pytest.mark.parametrize("sentence", [
    "Its 1986 results include a tax refund",
    "in 1987 profits rose",
    "up from fiscal 1985 third quarter results of",
    # Reuters results notes and model years; BBC events of a year
    "NOTE: 1985 net excludes 3,027,714 dlr loss from discontinued operations.",
    "Analysts are projecting 1987 earnings of 2.20 dlrs to 2.75 dlrs a share.",
    "The company is adding a 1,200 dlr rebate on all new and unused 1986 Fiero models.",
    "He was nominated for best actor at the 1955 Oscars.",
    # Reuters: the year after a bound is the year to beat
    "Sales would exceed 1986 levels, the company said.",
    "We are confident that 1987 will top 1986 in earnings per share.",
])
def test_years_before_a_noun_are_not_counts(sentence: str) -> None:
    assert [f for f in figures(sentence) if f.kind in ("count", "number")] == []


def test_four_digits_before_a_noun_count_without_a_year_word() -> None:
    assert only("More than 2000 people were arrested").unit == "people"
    assert only("a crowd of 2000 people").value == 2000


@pytest.mark.parametrize(("written", "value"), [
    ("1 over 3", 1 / 3), ("one over twenty", 0.05), ("1.3x10^6", 1.3e6),
    ("2.48×10−5", 2.48e-5), ("-2.5^-1", -0.4), ("three hundred and two dozens", 324),
    ("one billion and a half million", 1_000_500_000),
])
def test_numbers_as_written_round_two(written: str, value: float) -> None:
    assert only(f"The answer is {written}.").value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    "store sales rose 5.5 pct in 1986 over 1985, it said.",
    "May/Nov 2-1/2 over 2-1/4 over",
])
def test_over_between_years_or_spreads_is_no_fraction(sentence: str) -> None:
    assert all(f.value is None or f.value > 1 for f in figures(sentence))


def test_hundred_before_a_larger_scale() -> None:
    figure = only("it had lost hundred thousand dollars")
    assert (figure.value, figure.unit) == (100000, "USD")
    vague = only("an employee that may involve several hundred thousand dollars")
    assert (vague.vague, vague.low, vague.high, vague.unit) == (
        "several hundred thousand", 300000, 999999, "USD")


def test_half_is_no_start_of_a_range() -> None:
    found = figures("Dutch stock last year fell by nearly half to 4.2 billion guilders.")
    # the fall by nearly half is a fall of nearly 50 percent (see ``figures.shares``)
    assert [(f.text, f.high) for f in found] == [("nearly half", 50),
                                                 ("4.2 billion guilders", 4.2e9)]


def test_between_takes_the_percent_after_the_second_number() -> None:
    figure = only("between 20 and 30 pct of voters")
    assert (figure.kind, figure.low, figure.high) == ("percent", 20, 30)


@pytest.mark.parametrize(("sentence", "values"), [
    ("Named-A 3,157.6 3,684.1 1,591.4 1,635.6", [3157.6, 3684.1, 1591.4, 1635.6]),
    ("into two pools--one bearing annual interest", [2, 1]),
    ("Two people were hurt", [2]),
])
def test_words_and_digits_after_letters_and_dashes(sentence: str, values: list[float]) -> None:
    assert [f.value for f in figures(sentence)] == values


@pytest.mark.parametrize(("sentence", "quote", "unit"), [
    ("Net 807,000 vs 2,858,000\n\nAssets 479.7 mln", "2,858,000", None),
    ("Its 1986 net includes a gain", None, None),
    ("One ADR represents two shares", "two shares", "shares"),
])
def test_no_counted_noun_across_a_blank_line_or_a_verb(sentence: str, quote: str | None,
                                                       unit: str | None) -> None:
    found = {f.text: f.unit for f in figures(sentence)}
    assert all(not text.endswith(("Assets", "includes", "represents")) for text in found)
    if quote is not None:
        assert found[quote] == unit


@pytest.mark.parametrize(("sentence", "low", "high", "unit"), [
    ("it would cost between 500,000 and one mln dlrs", 500000, 1e6, "USD"),
    ("between one billion and three billion lire", 1e9, 3e9, "ITL"),
    ("for 420 million finnish markka .", 420e6, 420e6, "FIM"),
    ("250 million dutch guilders of bonds", 250e6, 250e6, "NLG"),
])
def test_and_never_joins_two_amounts(sentence: str, low: float, high: float, unit: str
                                     ) -> None:
    figure = only(sentence)
    assert (figure.low, figure.high, figure.unit) == (low, high, unit)


@pytest.mark.parametrize(("sentence", "quote", "low", "high"), [
    ("no reason to expect Australian production in 1987/88 would be less than the 16.5 mln "
     "tonnes of last year", "16.5 mln tonnes", 16.5e6, 16.5e6),
    ("down from a 16 mln bpd average for February and well below the 15.8 mln bpd ceiling",
     "15.8 mln bpd", 15.8e6, 15.8e6),
    ("OPEC output was well below 15.8 mln bpd in February", "well below 15.8 mln bpd", None,
     15.8e6),
])
def test_a_hedge_before_a_determiner_compares_with_a_reference_figure(
        sentence: str, quote: str, low: float | None, high: float) -> None:
    figure = figures(sentence)[-1]
    assert (figure.text, figure.low, figure.high, figure.approx) == (quote, low, high, False)


def test_a_plural_scale_word_scales_the_digits() -> None:
    figure = only("Labour has come up with a figure of £22 billions worth of efficiency savings")
    assert (figure.text, figure.value, figure.unit) == ("£22 billions", 22e9, "GBP")


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("the 1987/88 crop was forecast at 4.1 to 4.2 million tonnes", 4_100_000, 4_200_000),
    # Reuters: the scale's quotient is 1,000,000 only up to a float's rounding
    ("Sunflower production is expected to total between 2.4 mln and 2.7 mln tonnes",
     2_400_000, 2_700_000),
    ("Maize production is expected to total between 2.4 and 2.7 mln tonnes", 2_400_000,
     2_700_000),
])
def test_a_range_scaled_at_its_end_starts_at_an_exact_decimal(sentence: str, low: float,
                                                               high: float) -> None:
    figure = only(sentence)
    assert (figure.low, figure.high) == (low, high)


def test_a_fall_from_a_lower_to_a_higher_figure_is_a_range() -> None:
    """Reuters: a fall cannot go from 2.4 up to 2.7, so "down from 2.4 to 2.7" is the range
    estimated a week before, not a change between two figures."""
    found = figures("Estimates for total crop ranged from 2.3 to 2.6 mln tonnes, down from 2.4 "
                    "to 2.7 mln tonnes estimated last week")
    assert [(f.low, f.high) for f in found] == [(2_300_000, 2_600_000), (2_400_000, 2_700_000)]


def test_between_the_keeps_the_range() -> None:
    figure = only("rates for between the three and six month maturities")
    assert (figure.low, figure.high, figure.unit) == (3, 6, "months")


@pytest.mark.parametrize(("sentence", "quote", "value", "high", "unit"), [
    ("In all, almost a quarter of a million jobs and 168 public bodies would go",
     "almost a quarter of a million jobs", 250_000, 250_000, "jobs"),
    ("a scandal which may have cost the car maker a quarter of a billion dlrs",
     "quarter of a billion dlrs", 250e6, 250e6, "USD"),
])
def test_a_fraction_of_a_scale(sentence: str, quote: str, value: float, high: float,
                               unit: str) -> None:
    figure = figures(sentence)[0]
    assert (figure.text, figure.value, figure.high, figure.unit) == (quote, value, high, unit)


@pytest.mark.parametrize(("words", "value"), [
    ("a hundred trillionths", 1e-10),
    ("two and fifty-four hundredths", 2.54),
    ("two hundred and fifty-four hundredths", 200.54),
    ("one hundred and thirty fifths", 26),
    ("one hundred thirty-fifths", 100 / 35),
    ("one twenty-fifth", 1 / 25),
    ("one one hundred and fifth", 1 / 105),
])
def test_fractions_with_denominators_of_several_words(words: str, value: float) -> None:
    assert only(f"the share was {words} of the total").value == pytest.approx(value)


def test_an_ordinal_after_hundreds_is_no_denominator() -> None:
    assert [f.value for f in figures("the 1985 third quarter and the two hundred fifth day")
            ] == [200]


@pytest.mark.parametrize(("sentence", "values"), [
    ("a plan aimed to resettle 1,4 mln families by the end of the decade", [1.4e6]),
    ("to buy United common shares at 2,29 dlrs each", [2.29]),
    ("While GM has just taken 100,00 units out of stock", [100]),
    ("Net profit 1,234,567 vs 1,111,11", [1234567, 1111]),
])
def test_a_decimal_comma_only_where_the_shape_says_so(sentence: str, values: list[float]
                                                      ) -> None:
    assert [f.value for f in figures(sentence)] == values


@pytest.mark.parametrize(("sentence", "values"), [
    ("a Wang PC with 256 RAM and 360 K flex drive", [256, 360]),
    ("one million A warrants and 100,000 B warrants, each", [1e6, 1e5]),
    ("the index closed at 1,674.5 G.", [1674.5e9]),
])
def test_a_letter_after_a_space_scales_only_at_the_end_of_a_clause(
        sentence: str, values: list[float]) -> None:
    assert [f.value for f in figures(sentence)] == values


@pytest.mark.parametrize(("sentence", "values"), [
    ("three million, two hundred & forty, you say?", [3_000_240]),
    ("it has 3 million, two thirds of whom are farmers", [3e6, 200 / 3]),
])
def test_a_comma_goes_on_with_a_number_only_before_a_smaller_scale(
        sentence: str, values: list[float]) -> None:
    assert [f.value for f in figures(sentence)] == pytest.approx(values)


@pytest.mark.parametrize("sentence", [
    # BBC tech: a mobile generation, not 3 billion
    "Vodafone had pinned its hopes on the launch of its 3G phones in November.",
    "Fast 3G networks are here but the focus has shifted.",
    # BBC business: a number word made into an adjective
    "Fiat is to stop making six-cylinder petrol engines for its sporty Alfa Romeo cars.",
    # a fraction word as a noun of time
    "BT Retail, which sells net services under its own name, also had a good quarter.",
    # a telephone number and an age range
    "Readers can call the helpline on 0870 123 4567.",
    "Worst offenders will be those in the 18-35 age bracket, suggests the research.",
])
def test_numbers_that_name_something_else_are_not_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_fractions_and_digit_compounds_that_are_amounts_stay() -> None:
    shares = figures("A quarter of web users use Firefox; nearly half of voters agree.")
    assert [(f.text, f.value) for f in shares] == [
        ("quarter of web users", 25), ("nearly half of voters", 50)]
    assert [f.value for f in figures("a 6.0-sigma result and a 10-year bond")] == [6.0, 10.0]


@pytest.mark.parametrize(("sentence", "quote", "low", "high", "unit"), [
    ("Barclays eased a penny to 503, as did Natwest at 588.", "a penny", 0.01, 0.01, "GBP"),
    ("Hillards was a penny up at 314.", "a penny", 0.01, 0.01, "GBP"),
    ("sterling was at a steady 1.6050 about 1300 GMT, nearly a cent higher than the European "
     "low of 1.5960.", "nearly a cent", None, 0.01, "USD"),
    ("enough left over for a tax cut equivalent to about a penny off the basic rate of income "
     "tax.", "about a penny", 0.01, 0.01, "GBP"),
])
def test_a_coin_named_with_a_is_one_hundredth(sentence: str, quote: str, low: float | None,
                                              high: float, unit: str) -> None:
    coin = next(figure for figure in figures(sentence) if "a " in figure.text)
    assert (coin.text, coin.low, coin.high, coin.kind, coin.unit) == (quote, low, high,
                                                                      "money", unit)


@pytest.mark.parametrize("sentence", [
    "\"The company has always had the aura of a penny stock,\" Shattner said.",
    "Michelle said she had not received a penny of the £57 a week she should be receiving.",
    "under the salary cap we can't spend a penny of it anyway",
])
def test_a_coin_as_a_noun_or_none_of_a_sum_is_no_figure(sentence: str) -> None:
    assert all(figure.value != 0.01 for figure in figures(sentence))


@pytest.mark.parametrize("sentence", [
    # Reuters: a G-7 meeting; BBC entertainment: a radio show
    "the ministers of the Group of Seven countries would gather at about three p.m. local",
    "For years people have been tuning in at four o'clock with their tape recorders ready",
    # "one" as a pronoun before a modal verb counts nothing
    '"One cannot pity the banks - they bear a lot of responsibility," he said.',
    "but one shouldn't forget how much they have to negotiate",
])
def test_hours_in_words_and_one_before_a_modal_are_not_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_am_radio_stations_are_counted() -> None:
    # Reuters: a broadcaster's purchase
    assert [f.text for f in figures("Infinity will own nine FM and four AM stations")] \
        == ["nine", "four"]
