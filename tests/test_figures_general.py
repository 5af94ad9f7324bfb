"""Figure readings that must hold as general rules of news writing: negated and one-sided
bounds, a range's scale written on its second end, a change and a new level that are no
range, a spaced dash that is no minus sign, split years, bracketed conversions.

Each rule is tested on real sentences of the corpora, and then on every instance of its
pattern found in the Reuters corpus (skipped when ``../shared`` is absent).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from reconcile.figures import FigureConventions, extract_figures
from reconcile.model import Figure
from reconcile.yamlfile import load_model

CONVENTIONS = load_model(Path(__file__).resolve().parents[1] / "rules" / "figures.yaml",
                         FigureConventions)
NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "news.jsonl"


def figures(text: str) -> list[Figure]:
    found = extract_figures(text, CONVENTIONS)
    for figure in found:
        assert text[figure.start:figure.end] == figure.text
    return found


def reading(text: str, words: str) -> Figure:
    """The one figure whose words hold ``words``."""
    matches = [figure for figure in figures(text) if words in figure.text]
    assert len(matches) == 1, (words, figures(text))
    return matches[0]


# ----- negated and one-sided bounds ---------------------------------------------------

@pytest.mark.parametrize(("sentence", "words", "low", "high"), [
    ("Arango did not want to commit himself on export predictions but said that output for "
     "the 1986/87 coffee year would not exceed 10.5 mln bags, compared with 12 mln forecast "
     "by the National Coffee Growers' Federation.", "10.5 mln bags", None, 10.5e6),
    ("Terms call for the price to be established through an appraisal process beginning "
     "immediately and not to exceed 175 mln dlrs or be below 125 mln dlrs.", "175 mln dlrs",
     None, 175e6),
    ("Kramer also said the meeting had heard that unemployment for the year would be above "
     "the 5.5 pct forecast, but was unlikely to be more than six pct.", "six pct", None, 6),
    ("He did not give a specific earnings projection but he told reporters the firm will pay "
     "total dividends of not less than 19 cents a share this year.", "19 cents", 0.19, None),
    ("The company agreed to limit its shareholdings to not more than 35 pct of the "
     "outstanding shares for a year.", "35 pct", None, 35),
    ("The U.S. Department of Agriculture will probably decrease its estimate of the 1986/87 "
     "Florida orange crop today to as low as 123 mln boxes from 129 mln boxes, analysts and "
     "industry sources said.", "123 mln boxes", 123e6, None),
    ("Unrestricted coach fares to Las Vegas will be as low as 149 dlrs from Newark, 163 dlrs "
     "from Boston and 280 dlrs from Rochester.", "149 dlrs", 149, None),
    ("If a May election is called, there could be as little as 18 days between the Budget "
     "and the announcement of a date.", "18 days", 18, None),
    # Reuters, "FRENCH ECONOMIC COUNCIL PESSIMISTIC ON 1987 GROWTH": a level not reached is
    # a ceiling, as one not exceeded is.
    ("France's Economic and Social Council (CES) said the country's annual growth may not "
     "reach two pct in 1987.", "two pct", None, 2),
    ("The bank, in its latest quarterly review, said the nominal growth rate for the year "
     "did not quite reach one pct after a 1.5 pct contraction in 1985.", "one pct", None, 1),
])
def test_negated_and_one_sided_bounds(sentence: str, words: str, low: float | None,
                                      high: float | None) -> None:
    figure = reading(sentence, words)
    assert (figure.low, figure.high) == (pytest.approx(low) if low else None,
                                         pytest.approx(high) if high else None)


def test_a_plain_figure_beside_a_bound_stays_plain() -> None:
    figure = reading("The U.S. Department of Agriculture will probably decrease its estimate "
                     "to as low as 123 mln boxes from 129 mln boxes.", "129 mln")
    assert figure.low == figure.high == 129e6


@pytest.mark.parametrize(("sentence", "words", "low", "high"), [
    ("VIENNA, March 5 - OPEC output in February was \"well below\" the 15.8 mln bpd ceiling "
     "it set in December.", "15.8 mln bpd", None, 15.8e6),
    ("The House of Lords committee said the MPC had held interest rates too high given that "
     "inflation was way below the 2% target.", "2%", None, 2),
    ("USAir said the purchase of the 9,309,394 Piedmont shares caused it to exceed the 51 "
     "pct limit.", "51 pct", 51, None),
])
def test_a_limit_compared_with_the_unmeasured_is_its_bound(
        sentence: str, words: str, low: float | None, high: float | None) -> None:
    figure = reading(sentence, words)
    assert (figure.low, figure.high) == (low and pytest.approx(low), high and pytest.approx(high))


@pytest.mark.parametrize(("sentence", "words"), [
    ("OPEC crude oil output in the first few days of March was running at about 14.7 mln bpd, "
     "down from a 16 mln bpd average for February and well below the 15.8 mln bpd ceiling the "
     "group adopted in December, a Reuter survey shows.", "15.8 mln"),
    ("Sources said Nigeria propuced 75-100,000 bpd below its 1.238 mln bpd quota.",
     "1.238 mln"),
    ("The central bank removed a surcharge over the secured loans rate on lending under its "
     "three month credit quota.", "three month"),
    ("The harvest was less than the 16.5 mln tonnes of last year.", "16.5 mln"),
    # a year or a day before "to" lends a range no end
    ("Indonesia will try to increase sugar output in calendar 1988 to 2.4 mln tonnes from "
     "an expected 2.1 mln this year.", "2.4 mln tonnes"),
    ("Earnings rise for the fourth quarter ended January 28 to 285 mln dlrs.", "285 mln"),
])
def test_stays_plain(sentence: str, words: str) -> None:
    """A limit beside the measured amount, a reference figure, the amount after a year."""
    figure = reading(sentence, words)
    assert figure.low == figure.high == figure.value


# ----- bracketed conversions ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "bound"), [
    ("Munich Re, the world's largest reinsurance company, said that its exposure is less "
     "than 100m euros (£70m; $136m).", "high"),
    ("Belgian brewing giant Inbev has agreed to buy Alfa-Eco's stake in Sun Interbrew for up "
     "to 259.7m euros ($353.3m; £183.75m).", "high"),
    ("The firm's revenue nearly tripled in the fourth quarter of 2004, exceeding $86m "
     "(£46m).", "low"),
    ("Digital terrestrial set-top boxes are available from as little as 70 euros (£50).",
     "low"),
])
def test_a_bracketed_conversion_shares_the_bound(sentence: str, bound: str) -> None:
    found = [figure for figure in figures(sentence) if figure.kind == "money"]
    assert len(found) >= 2
    for figure in found:
        assert (figure.high is None) == (bound == "low"), figure
        assert (figure.low is None) == (bound == "high"), figure


def test_a_plain_conversion_stays_plain() -> None:
    found = figures("The demand for $280bn (£155bn) - filed by the Clinton administration in "
                    "1999 - was rejected in a 2-1 decision.")
    assert [(f.value, f.low, f.high) for f in found[:2]] == [(280e9, 280e9, 280e9),
                                                             (155e9, 155e9, 155e9)]


def test_a_bracketed_amount_alone_is_no_accounting_negative() -> None:
    """News brackets an amount to convert it, give last year's figure or name what it
    buys; none of the 568 bracketed money amounts of the two corpora is an accountant's
    negative, so quantulum3's "revenue is ($99.99)" = -99.99 is not followed."""
    found = figures("Ten PEDs are the equivalent to one US dollar and typical items sold "
                    "include iron ingots ($5) and shogun armour ($1.70) Gamers can "
                    "theoretically earn money by accumulating PEDs")
    assert [(f.text, f.value) for f in found if f.kind == "money"] == [
        ("one US dollar", 1.0), ("$5", 5.0), ("$1.70", 1.70)]


# ----- a range's scale on its second end ------------------------------------------------

@pytest.mark.parametrize(("sentence", "words", "low", "high"), [
    ("Planning Minister Gonzalo Sanchez de Lozada told Reuters that Bolivia was hoping for "
     "five to six billion dlrs in new investment over the next 10 to 12 years.",
     "five to six billion dlrs", 5e9, 6e9),
    ("Rumors circulated among the trade this morning that the USSR may have purchased "
     "between one and two mln tonnes of U.S. corn.", "one and two mln tonnes", 1e6, 2e6),
    ("The important thing was action and not words, he said, adding that of the £50m given "
     "so far only \"six or seven million\" had been spent.", "six or seven million", 6e6,
     7e6),
    ("The CMB has estimated output of 7.2 to 7.3 mln tonnes.", "7.2 to 7.3 mln tonnes",
     7.2e6, 7.3e6),
    ("it would cost between 500,000 and one mln dlrs", "500,000 and one mln dlrs", 5e5, 1e6),
])
def test_the_second_end_lends_its_scale(sentence: str, words: str, low: float,
                                        high: float) -> None:
    figure = reading(sentence, words)
    assert (figure.low, figure.high) == (pytest.approx(low), pytest.approx(high))
    assert figure.value is None


# ----- a change and its new level --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "change", "level"), [
    ("Meanwhile, the benefit claimant total fell 11,000 to 813,200 last month.", 11000,
     813200),
    ("Unadjusted female unemployment rose 100,000 to 790,000.", 100000, 790000),
    ("In Canada, the rig count was up 16 to 180, against 398 one year ago.", 16, 180),
    ("Midway Airlines Inc said its February load factor declined 1.6 pct to 55.9 pct from "
     "57.5 pct in the same month last year.", 1.6, 55.9),
    ("President Bush's proposals would see the Pentagon's budget rise by $19bn to "
     "$419.3bn.", 19e9, 419.3e9),
    ("Liabilities in gold or foreign currency rose 200 mln to 11.9 billion guilders.", 200e6,
     11.9e9),
])
def test_a_change_then_a_level_is_two_figures(sentence: str, change: float,
                                              level: float) -> None:
    values = [figure.value for figure in figures(sentence)]
    assert values[:2] == [pytest.approx(change), pytest.approx(level)]


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("The CMB has estimated that production will rise 20 to 25 pct in the current season.",
     20, 25),
    ("omaha, april 7 - slaughter cattle prices rose 0.50 to 1.00 dlr amid good buyer "
     "demand.", 0.5, 1.0),
])
def test_a_range_of_change_stays_a_range(sentence: str, low: float, high: float) -> None:
    figure = reading(sentence, " to ")
    assert (figure.value, figure.low, figure.high) == (None, low, high)


@pytest.mark.parametrize(("sentence", "words", "low", "high", "unit"), [
    ("Machold estimated the book value of future sales to August 1988 will be in the range "
     "of 1.2 billion dlrs to 5.2 billion dlrs.", "1.2 billion dlrs to 5.2 billion dlrs",
     1.2e9, 5.2e9, "USD"),
    ("The company said earnings per share for the period should be between 23 cts to 26 "
     "cts.", "23 cts to 26 cts", 0.23, 0.26, "USD"),
    ("Analysts said Computerland, which had about 1.4 billion dlrs in sales last year, would "
     "fetch 150 mln dlrs to 250 mln dlrs.", "150 mln dlrs to 250 mln dlrs", 150e6, 250e6,
     "USD"),
])
def test_a_range_whose_ends_each_carry_the_unit(sentence: str, words: str, low: float,
                                                high: float, unit: str) -> None:
    figure = reading(sentence, words)
    assert (figure.value, figure.low, figure.high, figure.unit) == (
        None, pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize("sentence", [
    # Reuters: "by" tells the change, then the new level
    "DETROIT, March 13 - Chrysler Corp's Chrysler Motors unit said it increase the price of "
    "its Chrysler Fifth Avenue luxury sedan by 300 dlrs to 15,966 dlrs.",
    "The department said personal consumption expenditures were up during February by 1.7 "
    "pct or 49.1 billion dlrs to 2,855.9 billion dlrs after falling.",
    # Reuters: a change in cents, a level in dollars
    "Lai Sun gained 50 cents to 70.50 dlrs.",
])
def test_a_change_with_its_unit_then_a_level_is_two_figures(sentence: str) -> None:
    assert all(figure.low == figure.high for figure in figures(sentence))


@pytest.mark.parametrize(("text", "expected"), [
    # Reuters results tables: a number never runs on into the next paragraph, nor takes its
    # unit from it, and a line that only names the period heads the lines after it
    ("Net 5,463,000 vs 4,100,000\n\nNine mths\n\nShr 1.20 dlrs vs 1.05 dlrs",
     [("5,463,000", 5463000), ("4,100,000", 4100000), ("1.20 dlrs", 1.2), ("1.05 dlrs", 1.05)]),
    ("Revs 19.6 mln vs 17.1 mln\n\nYear\n\nShr 2.01 dlrs vs 1.75 dlrs",
     [("19.6 mln", 19.6e6), ("17.1 mln", 17.1e6), ("2.01 dlrs", 2.01), ("1.75 dlrs", 1.75)]),
])
def test_a_results_table_is_read_line_by_line(text: str,
                                               expected: list[tuple[str, float]]) -> None:
    assert [(f.text, pytest.approx(f.value)) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "words", "value", "unit"), [
    # Reuters: digits after a scale word start a number of their own
    ("Net 92.9 mln vs 95.1 mln\n\n12 mths\n\nShr 4.62 dlrs vs 4.05 dlrs", "92.9 mln",
     92.9e6, None),
    # Reuters: the size of each counted thing sits between the count and its noun
    ("Brazil's coffee crop is put at 1.5 mln to two mln 60 kilo bags, trade sources said.",
     "two mln", None, "bags"),
    # Reuters: digits after "and" start a number of their own: a year and a figure
    ("Rogers expects the company to earn 7.50 dlrs a share in 1987 and 10 dlrs a share in "
     "1988.", "10 dlrs", 10, "USD per share"),
    # BBC: a year before "to" is no end of a range
    ("Similarly on the up was the Smart brand of compact cars, with the division's sales "
     "jumping by 21.1% during 2004 to 136,000.", "136,000", 136000, None),
])
def test_a_number_is_not_joined_to_the_next(text: str, words: str, value: float | None,
                                            unit: str | None) -> None:
    figure = reading(text, words)
    assert figure.value == (pytest.approx(value) if value else None)
    assert figure.unit == unit


@pytest.mark.parametrize(("text", "words", "unit"), [
    # Reuters: a bare "crowns" is the crown of the country the article names
    ("STOCKHOLM, March 3 - The trade balance showed a 1986 surplus of 33.2 billion crowns "
     "compared with a 15.8 billion surplus in 1985.", "33.2 billion crowns", "SEK"),
    ("Norway's 1986 current account deficit was 33.2 billion crowns, the central bureau of "
     "statistics said.", "33.2 billion crowns", "NOK"),
    ("The bank placed a 300 mln Danish crown bond.", "300 mln Danish crown", "DKK"),
    # Reuters: a bare "francs" is the franc of the country the article names
    ("ZURICH, March 19 - Swissair SWSZ.Z reported a 5.8 pct drop in 1986 net profit to 64.5 "
     "mln Swiss francs. The fall was largely due to a 60 mln franc loss on Swissair's core "
     "flying business last year, against a profit of 27 mln francs the previous year.",
     "27 mln francs", "CHF"),
    ("In comparison, the French state spent 5 billion francs.", "5 billion francs", "FRF"),
])
def test_crowns_are_the_articles_countrys(text: str, words: str, unit: str) -> None:
    figure = reading(text, words)
    assert (figure.kind, figure.unit) == ("money", unit)


def test_a_crown_in_an_article_of_no_crown_country_is_no_money() -> None:
    assert all(f.kind != "money" for f in figures("Holmes won the 800m crown in Paris."))


# ----- dashes, split years, vague magnitudes -------------------------------------------

@pytest.mark.parametrize(("sentence", "value"), [
    ("When cricketer Phil Tufnell won in May 2003, 12.3 million people - 50% of the viewing "
     "public - tuned in to watch.", 50),
    ("On the news, Oracle shares rose 15 cents - 1.1% - on Nasdaq.", 1.1),
    ("Rha said that 1986 was the first year South Korea had a trade surplus - 4.5 billion "
     "dlrs, against a 1985 deficit of 900 mln dlrs.", 4.5e9),
])
def test_a_spaced_dash_is_no_minus_sign(sentence: str, value: float) -> None:
    assert value in [figure.value for figure in figures(sentence)]
    assert all(figure.value is None or figure.value >= 0 for figure in figures(sentence))


def test_a_dash_opening_the_text_is_still_a_sign() -> None:
    assert [figure.value for figure in figures("- 10 k")] == [-10000]


@pytest.mark.parametrize("sentence", [
    "The yen's rise against the dollar is expected to boost Japan's unemployment rate to an "
    "average 3.3 pct in the 1987/88 fiscal year beginning April 1.",
    "Exports in 1985/86 - 1.96, vs 1.96 last month.",
    "Arango said that output for the 1986/87 coffee year would not exceed 10.5 mln bags.",
])
def test_a_split_year_is_no_figure(sentence: str) -> None:
    assert not any("/" in figure.text for figure in figures(sentence))
    assert all(figure.value is None or figure.value > 0 for figure in figures(sentence))


def test_several_hundred_by_the_convention() -> None:
    figure = reading("The BBC's Sarah Mukherjee, with the Beaufort Hunt in Badminton, said "
                     "several hundred people had gathered on foot to see the hunt.",
                     "several hundred")
    assert (figure.low, figure.high, figure.unit) == (300, 999, "people")


# ----- every instance of each pattern in the Reuters corpus --------------------------------

@lru_cache(maxsize=1)
def _reuters() -> list[str]:
    if not NEWS.is_file():
        pytest.skip(f"Reuters corpus not found at {NEWS} (../shared/corpus holds it)")
    with NEWS.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


def _instances(pattern: str) -> list[tuple[str, re.Match[str]]]:
    """Each match of ``pattern`` in the corpus, with the sentence-sized window around it."""
    compiled = re.compile(pattern)
    found = []
    for text in _reuters():
        for match in compiled.finditer(text):
            start = max(0, text.rfind(".", 0, match.start()) + 1)
            window = text[start:match.end() + 60]
            found.append((window, compiled.search(window)))
    return found


def test_every_split_year_in_the_corpus_is_no_figure() -> None:
    instances = _instances(r"\b(?:19[5-9]\d)/(?:[5-9]\d)\b(?= (?:\w+ )?(?:year|season|crop))")
    assert len(instances) > 100
    for window, match in instances:
        assert not any(f.start <= match.start() < f.end for f in figures(window)), window


def test_every_change_then_level_in_the_corpus_is_two_figures() -> None:
    instances = _instances(
        r"\b(?:rose|fell|declined|increased|dropped|climbed|gained|lost|up|down|off) "
        r"(?P<change>\d[\d,]{0,9}(?:\.\d{1,3})?) to (?P<level>\d[\d,]{0,9}(?:\.\d{1,3})?)"
        r"(?![\d,.]| pct| mln| billion)")
    checked = 0
    for window, match in instances:
        change, level = (float(match.group(g).replace(",", "")) for g in ("change", "level"))
        if not 0 < 4 * change <= level:
            continue
        checked += 1
        ranges = [f for f in figures(window)
                  if f.start <= match.start("change") and f.end >= match.end("level")]
        assert not ranges, window
    assert checked > 20


def test_every_as_low_as_in_the_corpus_is_a_low_bound() -> None:
    instances = _instances(r"\bas low as (?=\d)")
    assert len(instances) > 10
    for window, match in instances:
        after = [f for f in figures(window) if f.start == match.start()]
        assert after and after[0].low is not None and after[0].high is None, window


# ----- rates per unit of land or per person ---------------------------------------------

@pytest.mark.parametrize(("text", "words", "unit"), [
    # Reuters: a yield, not a harvest
    ("He told reporters the gains will come from increasing average production to 10 tonnes "
     "per hectare from the previous 6.2 tonnes.", "10 tonnes per hectare",
     "tonnes per hectare"),
    ("Farmers planted 113 mln acres and obtained average yields of 26.5 bushels per acre.",
     "26.5 bushels per acre", "bushels per acre"),
    ("Yields averaged 2.5 tonnes a hectare.", "2.5 tonnes a hectare", "tonnes per hectare"),
    # per capita and per head are one base
    ("Meat consumption was 82 kilos per head.", "82 kilos per head", "kg per person"),
])
def test_a_quantity_per_hectare_or_head_is_a_rate(text: str, words: str, unit: str) -> None:
    figure = reading(text, words)
    assert figure.text == words
    assert figure.unit == unit


def test_a_quantity_a_year_stays_an_amount() -> None:
    assert reading("Output of 1.8 mln tonnes a year.", "1.8 mln tonnes").unit == "tonnes"


# ----- "up to" after a verb of motion; "a maximum"; a bound before a range ----------------

@pytest.mark.parametrize(("text", "words", "value", "low", "high"), [
    # BBC: where the rate went, not a ceiling
    ("While the separate unemployment rate went up to 5.5% from 5.4% in September, this was "
     "because more people were looking for work.", "5.5%", 5.5, 5.5, 5.5),
    # Reuters: "edged up to", "shot up to"
    ("Meanwhile the Federal funds rate average edged up to 6.14 pct from 6.08 pct.",
     "6.14 pct", 6.14, 6.14, 6.14),
    # ... but a modal's "rise up to" is still a ceiling
    ("Prices could rise up to 5 pct this year.", "up to 5 pct", 5, None, 5),
    # BBC: "a maximum $3 million fine"; Reuters: "a maximum of 80 pct"
    ("Sam Brownback is set to call for a maximum $3 million fine for repeated violations.",
     "a maximum $3 million", 3e6, None, 3e6),
    ("The bank may hold a minimum of 40 pct of the shares.", "a minimum of 40 pct", 40, 40,
     None),
])
def test_bounds_and_where_a_level_went(text: str, words: str, value: float,
                                       low: float | None, high: float | None) -> None:
    figure = reading(text, words)
    assert figure.text == words
    assert (figure.value, figure.low, figure.high) == (value, low, high)


@pytest.mark.parametrize(("text", "words", "low", "high"), [
    # Reuters: a ceiling before a range bounds it by its far end
    ("Dick Van Splinter said daily turnover was no more than four to five billion dlrs.",
     "no more than four to five billion dlrs", None, 5e9),
    ("Officials said more than 20 to 30 people were hurt.", "more than 20 to 30 people", 20,
     None),
    ("Estimates ranged between 20 and 30 mln dlrs.", "between 20 and 30 mln dlrs", 20e6,
     30e6),
])
def test_a_bound_before_a_range(text: str, words: str, low: float | None,
                                high: float | None) -> None:
    figure = reading(text, words)
    assert figure.text == words
    assert (figure.value, figure.low, figure.high) == (None, low, high)


# ----- model numbers and dashes that are no minus sign ------------------------------------

@pytest.mark.parametrize(("text", "kept"), [
    # BBC and Reuters: aircraft types after a maker's or operator's code
    ("Under the agreement, Air Deccan will buy 15 new ATR 72-500 and lease another 15.",
     ["15", "15"]),
    ("Under one agreement, the airline said, it will acquire 15 Boeing Co BA 767-300 planes.",
     ["15"]),
    # ... but a price range in a grain table, and a range with a scale, stay
    ("2 YELLOW CORN 158-160 up 2-unch", ["2", "158-160", "2"]),
    ("The USDA 20-25 mln estimate", ["20-25 mln"]),
])
def test_a_model_number_is_no_figure(text: str, kept: list[str]) -> None:
    assert [figure.text for figure in figures(text)][-len(kept):] == kept
    assert not any("72-500" in f.text or "767" in f.text for f in figures(text))


def test_a_dash_after_a_dash_is_no_minus_sign() -> None:
    # Reuters: "in the second week of March -- 1.8 mln bpd below its ceiling --"
    text = ("OPEC produced only about 14 mln bpd of oil in the second week of March -- 1.8 mln "
            "bpd below its ceiling -- largely because of pipeline problems.")
    assert reading(text, "1.8 mln bpd").value == 1.8e6
    # a price table's empty cells: "Chicago -- 3.04 2.98 -- --"
    assert reading("Chicago -- 3.04 2.98 -- --", "3.04").value == 3.04
    # a minus sign glued to its number, or opening the text, stays one
    assert reading("temperatures of -5 degrees", "5").value == -5


@pytest.mark.parametrize("text", [
    "Past forecasts said there would be a $348bn shortfall in the 2005 fiscal year.",
    "The 1987 crop year began in October.",
    "Chrysler's 1986 model year sales fell.",
    "NOTE: 1986 year includes 53 weeks.",
])
def test_a_year_of_a_named_year_is_no_length(text: str) -> None:
    # BBC and Reuters: "the 2005 fiscal year" is a year, not 2,005 years
    assert not any(figure.unit == "years" for figure in figures(text))


def test_a_length_of_years_stays() -> None:
    assert reading("The loan runs for 25 fiscal years.", "25").unit == "years"


@pytest.mark.parametrize(("text", "words", "value"), [
    # Reuters results notes: digits never take number words of units after them
    ("Loans 422 one year earlier.", "422", 422),
    ("Sales of 225,000 one year earlier.", "225,000", 225000),
    # BBC: "by 2006 two billion people"
    ("By 2006 two billion people will have mobile phones.", "two billion people", 2e9),
])
def test_digits_then_number_words_are_two_numbers(text: str, words: str, value: float) -> None:
    assert reading(text, words).value == value


def test_a_years_period_is_no_count_of_months() -> None:
    # Reuters: "NOTE: 1987 nine mths includes gain 1,008,000 dlrs"
    found = figures("NOTE: 1987 nine mths includes gain 1,008,000 dlrs, or 18 cts a share.")
    assert [figure.text for figure in found][:1] == ["1,008,000 dlrs"]
    assert reading("It lost money for nine mths.", "nine mths").value == 9


@pytest.mark.parametrize("text", [
    # BBC: names with a number in them, capitalised inside a sentence
    "The operator of China's Three Gorges Dam has said its plans are on schedule.",
    "Wales won the Six Nations title on Saturday.",
    "Rio Ferdinand told BBC Radio Five Live he was happy.",
    # Reuters: "the Group of Seven finance ministers", "the Detroit Big Three"
    "He met the Group of Seven finance ministers in Paris.",
    "Investors considering the stocks of the Detroit Big Three were cautious.",
])
def test_a_capitalised_number_word_inside_a_sentence_is_a_name(text: str) -> None:
    assert figures(text) == []


def test_a_number_word_opening_a_sentence_or_a_zero_stays() -> None:
    assert reading('He said: "Two people died."', "Two people").value == 2
    assert reading("Six people died in the fire.", "Six people").value == 6
    assert reading("Shr NIL vs 1.20 dlrs", "NIL").value == 0


@pytest.mark.parametrize(("text", "words", "unit"), [
    # Reuters 1987: units of account and the currencies of the day
    ("White sugar received export rebates of a maximum 43.147 European Currency Units (Ecus) "
     "per 100 kilos.", "43.147 European Currency Units", "XEU"),
    ("Jamaica will draw down 40.9 mln Special Drawing Rights (SDRs) from the IMF.",
     "40.9 mln Special Drawing Rights", "XDR"),
    ("Wheat for domestic consumption rose six Australs per tonne to 118.", "six Australs",
     "ARA"),
])
def test_units_of_account_and_old_currencies_are_money(text: str, words: str,
                                                       unit: str) -> None:
    figure = reading(text, words)
    assert (figure.kind, figure.unit) == ("money", unit)


@pytest.mark.parametrize(("text", "words", "unit"), [
    # Reuters: the shilling of the country the story is about, Austria's schilling, the
    # pfennig as a hundredth of a mark
    ("NAIROBI, March 3 - The line will have an initial capital of 100 mln shillings.",
     "100 mln shillings", "KES"),
    ("The plant will have an annual production value of 50 mln Kenyan shillings.",
     "50 mln Kenyan shillings", "KES"),
    ("VIENNA, March 11 - Net profit 496.7 mln schillings vs 354.5 mln.",
     "496.7 mln schillings", "ATS"),
    ("The dollar climbed to 1.87 marks, about five pfennigs above Friday's level.",
     "five pfennigs", "DEM"),
])
def test_shillings_schillings_and_pfennigs_are_money(text: str, words: str, unit: str) -> None:
    figure = reading(text, words)
    assert (figure.kind, figure.unit) == ("money", unit)


# ----- a negated bound; a revision "up to" -------------------------------------------------

@pytest.mark.parametrize(("text", "words", "low", "high"), [
    # Reuters: "not ... more than" is at most, "not ... less than" at least
    ("It said it would buy back up to 20 pct of its common stock by the end of 1990 and that "
     "it would not repurchase more than ten mln shares this year.",
     "more than ten mln shares", None, 1e7),
    ("It said the two-year bonds will offer a floating interest rate which will not be less "
     "than 17 pct in New Zealand dollars.", "less than 17 pct", 17, None),
    ("The correction should produce a sizeable reduction in the U.S. trade deficit this year "
     "and next, but the imbalance will not fall much below 100 billion dlrs on present "
     "policies, so much more is needed,\" he said.",
     "below 100 billion dlrs", 1e11, None),
    # ... but a bound of a phrase after a preposition is not turned round
    ("The dampening effect of a sterling rise on consumer price inflation would not "
     "materialise for at least nine months.", "at least nine months", 9, None),
    # Reuters: a revision up to a level is where the estimate went
    ("The bank also revised its estimate of the market shortage up to 300 mln stg from 250 "
     "mln this morning.", "300 mln stg", 3e8, 3e8),
    ("Many U.S. grain analysts have revised their estimates of Soviet imports up to 25-28 mln "
     "tonnes, she said.", "25-28 mln tonnes", 2.5e7, 2.8e7),
])
def test_negated_bounds_and_revisions_up_to(text: str, words: str, low: float | None,
                                            high: float | None) -> None:
    figure = reading(text, words)
    assert words in figure.text
    assert (figure.low, figure.high) == (low, high)


def test_a_bound_after_revised_and_a_modal_stays_a_bound() -> None:
    figure = reading("The revised version would involve the issue of up to 24.3 mln new "
                     "shares, representing 65 pct on the enlarged fully diluted share capital.",
                     "24.3 mln")
    assert (figure.low, figure.high) == (None, 24.3e6)


def test_dimes_are_tenths_of_a_dollar_and_nickel_stays_a_metal() -> None:
    dimes = reading("That one costs 3 dimes", "3 dimes")  # quantulum3's suite
    assert (dimes.kind, dimes.unit) == ("money", "USD")
    assert dimes.value == pytest.approx(0.3)
    metal = reading("The firm produced 1,863 tonnes of nickel in the first two months of "
                    "1986.", "1,863 tonnes")
    assert metal.kind == "quantity"


@pytest.mark.parametrize(("text", "words", "low", "high"), [
    # Reuters: a bound after one noun, and "a record" between a bound and its figure
    ("Eighty pct of all the raw boneless rib chops contained 4.3 pct fat or less, the study "
     "found.", "4.3 pct fat or less", None, 4.3),
    ("The total outturn should be at least a record 6.5 mln bags if all production is "
     "declared.", "at least a record 6.5 mln bags", 6.5e6, None),
    # ... not a band either side of a rate
    ("He said the average limit of errors for the official crop harvest could be set at "
     "five pct above or below the first estimates officially published today.", "five pct",
     5, 5),
])
def test_bounds_past_a_noun_or_a_record(text: str, words: str, low: float | None,
                                        high: float | None) -> None:
    figure = reading(text, words)
    assert figure.text == words
    assert (figure.low, figure.high) == (low, high)


def test_a_wire_fraction_in_sixteenths_is_no_date() -> None:
    # reuters money-market reports: "6-3/16 pct" mixes a dash and a slash, which no date does
    text = "Fed funds were trading at 6-3/16 pct, against 5-15/16 pct yesterday."
    assert [(f.text, f.value) for f in figures(text)] == [
        ("6-3/16 pct", 6.1875), ("5-15/16 pct", 5.9375)]
    range_ = reading("Funds traded between 6-1/16 and 6-1/4 pct.", "6-1/16")
    assert (range_.low, range_.high) == (6.0625, 6.25)
    # dates that keep one separator throughout stay dates
    assert figures("Talks on 5/17/2018, on 17.05.2018 and on 12-05-87 failed.") == []


def test_a_percentage_after_an_age_range_is_its_own_figure() -> None:
    # bbc-tech-327: "14%" is no age, and no part of the run "30-39 and 14"
    text = "Some 20% of those aged 30-39 and 14% of those aged 40-49 use it."
    assert [(f.text, f.value, f.unit) for f in figures(text)] == [
        ("Some 20%", 20.0, "percent"), ("14%", 14.0, "percent")]


@pytest.mark.parametrize(("text", "words", "low", "high", "unit"), [
    # Reuters 372 (Purolator): a price by the part of a decade it falls in
    ("While some analysts value Purolator in the mid 30s a share, at least one said it was "
     "worth 38 to 42 dlrs.", "in the mid 30s a share", 34, 36, "USD per share"),
    ("The stock, trading in the low 40s, could rise, Augenthaler said.", "in the low 40s", 40,
     43, None),
    ("Arbitragers put takeover values in the upper 80s to 100 dlrs per share.",
     "in the upper 80s", 87, 89, None),
    # Reuters: after "to", and a whole decade of three digits
    ('"The stock can go to the mid 30s," Roling said, from its current level.',
     "to the mid 30s", 34, 36, None),
    ("He speculated it probably would not even be taken over for more than a price in the "
     "160s.", "in the 160s", 160, 169, None),
])
def test_a_price_in_part_of_a_decade_is_an_interval(text: str, words: str, low: float,
                                                    high: float, unit: str | None) -> None:
    (figure,) = [f for f in figures(text) if f.text == words]
    assert (figure.value, figure.low, figure.high, figure.unit) == (None, low, high, unit)
    assert text[figure.start:figure.end] == words


def test_a_weather_reports_decade_is_no_price() -> None:
    # Reuters 11064: a cotton story's temperatures, beside the bales its sentence before
    # priced
    text = ("The plains accounted for 60 pct of the 2.5 mln bales produced in Texas last "
            "year, Stillmann said. Temperatures tonight in most of Texas are expected to drop "
            "to freezing to the low 20s, although the valley may see more moderate "
            "readings.")
    assert not [f for f in figures(text) if "20s" in f.text]


def test_a_decade_of_years_is_no_figure() -> None:
    # BBC entertainment: a decade of the 20th century, no price in the sentence
    assert figures("In the mid-70s, when I was there, we were doing well.") == []


@pytest.mark.parametrize(("text", "words", "value", "unit"), [
    # European papers' francs and crowns before the amount, and the wire's capitals
    ("The bank raised SFr 1.2bn in new capital.", "SFr 1.2bn", 1.2e9, "CHF"),
    ("Exports were worth Dkr 3bn last year.", "Dkr 3bn", 3e9, "DKK"),
    ("a DM 500m loan", "DM 500m", 5e8, "DEM"),
    ("DOLLAR CLOSING RATES: SFR 1.5060 FFR 6.0612", "FFR 6.0612", 6.0612, "FRF"),
])
def test_currency_signs_of_francs_crowns_and_marks(text: str, words: str, value: float,
                                                   unit: str) -> None:
    (figure,) = [f for f in figures(text) if f.text == words]
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "low"), [
    ("Insurers face claims of tens of billions of dollars.", 2e10),
    ("The bank holds hundreds of billions of yen in bad loans.", 2e11),
])
def test_tens_and_hundreds_of_billions_are_vague(text: str, low: float) -> None:
    (figure,) = figures(text)
    assert figure.value is None and figure.low == pytest.approx(low) and figure.high is None


# ----- which dollar a bare "dlrs" is ---------------------------------------------------

def test_an_article_naming_one_countrys_dollars_means_them_when_it_writes_bare_dlrs() -> None:
    # Reuters 10328 (Adelaide) and 2827 (Toronto): wire copy names the currency once.
    text = ("ADELAIDE, March 27 - Mitsubishi Motors Australia Ltd reported a 19.64 mln "
            "Australian dlr net loss in calendar 1986 on turnover of 837.79 mln dlrs, and "
            "will pay 20 cents a share.")
    assert reading(text, "837.79").unit == "AUD"
    assert reading(text, "20 cents").unit == "AUD per share"
    assert reading(text, "19.64").unit == "AUD"


def test_a_bare_dollar_stays_the_corpus_dollar_where_an_article_names_two() -> None:
    # Reuters 5787: H.K. dollars and U.S. dollars in one story leave a bare "dlrs" unknown,
    # so it keeps the corpus's dollar; so does a story that names no country's.
    both = ("Cathay's profits should surpass the forecast of one billion H.K. Dlrs, and fuel "
            "costs fell to 63 U.S. Cents a gallon; analysts expect 1.25 billion dlrs.")
    assert reading(both, "one billion").unit == "HKD"
    assert reading(both, "1.25 billion dlrs").unit == "USD"
    assert reading("Net profit rose to 34 mln dlrs.", "34 mln").unit == "USD"


@pytest.mark.parametrize(("sentence", "first", "value", "second"), [
    # Reuters 11459, 880 and BBC business 472: a number word after digits and their scale
    # opens a number of its own ("two weeks ago" is then no figure, a time); "2 million
    # three hundred thousand" still reads as one
    ("... in the 1.5 mln to 2.0 mln 60-kilo bag range against 2.0 mln to 2.5 mln two weeks "
     "ago.", "2.0 mln to 2.5 mln", None, None),
    ("The bank will buy 3.255 billion one year notes.", "3.255 billion", 3_255_000_000.0,
     "one year"),
    ("It bid $22bn Three years ago.", "$22bn", 22_000_000_000.0, None),
])
def test_digits_and_a_scale_end_before_a_number_word(sentence: str, first: str,
                                                    value: float | None,
                                                    second: str | None) -> None:
    texts = [figure.text for figure in extract_figures(sentence, CONVENTIONS)]
    assert first in texts and (second is None or second in texts)
    figure = next(f for f in extract_figures(sentence, CONVENTIONS) if f.text == first)
    assert figure.value == value and (value is not None or figure.high == 2_500_000.0)


def test_a_spelt_number_after_digits_goes_on_only_before_a_smaller_scale() -> None:
    (figure,) = extract_figures("2 million three hundred thousand", CONVENTIONS)
    assert figure.value == 2_300_000.0


# Stacked bounds, ranges of scaled digits, levels reached and a point between bounds.

def test_digits_and_digits_after_a_scale_are_a_range_not_one_sum():
    text = ("Smaller Japanese firms could be struggling to raise between 39 mln and 43 mln "
            "dlrs on the new market.")
    assert not [figure for figure in figures(text) if figure.value == 39_000_043]
    figure = reading(text, "39 mln")
    assert (figure.low, figure.high) == (39_000_000, 43_000_000)


def test_two_scaled_amounts_joined_by_and_stay_two():
    text = "The company has debts of 290.5 billion and 9 billion dlrs in guarantees."
    assert [figure.value for figure in figures(text)] == [290_500_000_000, 9_000_000_000]


def test_hundreds_in_digits_and_words_still_compose():
    assert reading("I can give you 3 hundred and 21 yuan.", "21").value == 321


def test_a_bound_before_an_approximation_keeps_the_bound():
    figure = reading("Technorati tracks at least an estimated five million blogs.", "five")
    assert (figure.low, figure.high, figure.approx) == (5_000_000, None, True)
    assert figure.text.startswith("at least")
    bonds = reading("He said the increase would allow the government to issue bonds worth up "
                    "to about 105 billion Taiwan dlrs in the next financial year.", "105")
    assert (bonds.low, bonds.high) == (None, 105_000_000_000)


def test_over_before_an_approximation_is_a_preposition():
    text = ("It will make an initial payment on June 30 of 500,000 dlrs, with ongoing "
            "quarterly payments over about two years.")
    assert reading(text, "two years").high == 2
    share = reading("The holdings permit Shamrock to exercise voting control over "
                    "approximately 53 pct of the shares of the company.", "53")
    assert share.high == 53


def test_a_level_something_is_brought_up_to_is_no_ceiling():
    text = ("According to pay lists, the basic pay for ordinary seamen is 1,977 cruzados a "
            "month, while various allowances can bring their total pay up to 4,000 cruzados "
            "a month. Captains earn 7,993 cruzados a month basic pay, which is brought up to "
            "15,229 cruzados with allowances.")
    for words, value in (("4,000", 4000), ("15,229", 15_229)):
        figure = reading(text, words)
        assert (figure.low, figure.high) == (value, value)
    ceiling = reading("The plant could bring up to 500 jobs to the town.", "500")
    assert (ceiling.low, ceiling.high) == (None, 500)


def test_above_or_below_a_figure_is_the_figure_itself():
    text = ("The lack of an agreement leaves it no longer valid and exports could be above "
            "or below 15.5 mln bags, he said.")
    figure = reading(text, "15.5")
    assert (figure.low, figure.high) == (15_500_000, 15_500_000)


def test_up_to_a_total_of_is_a_ceiling():
    text = ("The offer will include a partial convertible alternative under which "
            "shareholders would receive up to a total of 205.69 mln new convertible shares.")
    figure = reading(text, "205.69")
    assert (figure.low, figure.high) == (None, 205_690_000)


def test_a_span_counted_back_from_now_is_a_time_not_a_figure():
    text = ("Federal Reserve data showed free reserves of 644 mln dlrs a day, down from 1.34 "
            "billion two weeks earlier, ending a strike that began ten days ago.")
    assert [figure.text for figure in figures(text)] == ["644 mln dlrs", "1.34 billion"]
    survey = ("A survey by the National Broadcasting Corporation just over three weeks ago "
              "showed 70 pct of those polled said they would take the tax.")
    assert [figure.text for figure in figures(survey)] == ["70 pct"]
    kept = reading("It will make ongoing quarterly payments over about two years.", "two")
    assert kept.unit == "years"


def test_a_dateline_in_lower_case_is_a_date_not_a_figure():
    # Reuters 1887, a story set in lower case: "march 4" is its date
    text = ("La paz, march 4 - about 1,000 bolivian central bank employees, more than 80 per "
            "cent of the workforce, accepted management terms to quit today, a union leader "
            "said.")
    assert [figure.value for figure in figures(text)] == [1000, 80]
    # Reuters 137: a month abbreviated without its full stop
    caracas = ("Caracas, feb 26 - venezuela is seeking a 'constructive and flexible' attitude "
               "from its creditor banks in current talks to reschedule 21 billion dlrs in "
               "foreign debt.")
    assert [figure.text for figure in figures(caracas)] == ["21 billion dlrs"]
    marchers = figures("The veterans will march 5 km to the square.")
    assert [figure.value for figure in marchers] == [5]


@pytest.mark.parametrize(("sentence", "words", "low", "high"), [
    # Reuters: a verb of ranging makes one range, the hedge on its second end too
    ("Economists' forecasts for the February deficit range from 20 billion dlrs to nearly 30 "
     "billion dlrs, with most forecasts clustered in the 26-28 billion dlrs range.",
     "from 20 billion dlrs to nearly 30 billion dlrs", 20e9, 30e9),
    # Reuters: a floor on the second end leaves the range open above
    ("Sante Fe's announcement that it recieved several bids ranging from 750 mln dlrs to more "
     "than one billion dlrs for its Southern Pafific Transportation subsidiary.",
     "from 750 mln dlrs to more than one billion dlrs", 750e6, None),
])
def test_a_range_whose_second_end_is_hedged(sentence: str, words: str, low: float,
                                            high: float | None) -> None:
    ranged = reading(sentence, words)
    assert (ranged.text, ranged.value, ranged.low, ranged.high) == (words, None, low, high)


def test_a_change_to_a_hedged_level_stays_two_figures() -> None:
    """Reuters: "rose from X to nearly Y" without a verb of ranging is a change."""
    text = ("Taylor said the 173 commercial coffee growers under his association had increased "
            "production from 5,632 tonnes in 1980 to more than 11,000 tonnes in l986.")
    assert [(figure.low, figure.high) for figure in figures(text)
            if "tonnes" in figure.text] == [(5632, 5632), (11000, None)]


@pytest.mark.parametrize(("sentence", "words", "low", "high"), [
    # BBC tech, Reuters: "passed" a figure is at least it
    ("Globally, mobile phone sales passed 167 million in the third quarter of 2004, according "
     "to a recent report.", "passed 167 million", 167e6, None),
    ("Open interest in the Nikkei Stock Average contract passed 2,000 contracts for the first "
     "time, to hit a record high 2,697 on February 26.", "passed 2,000 contracts", 2000, None),
    # BBC tech: a mark or a barrier passed is a limit too
    ("In September 2004, the number of malicious programs circulating topped the 100,000 "
     "mark.", "topped the 100,000 mark", 100_000, None),
    ("The count of known viruses broke the 100,000 barrier and the number of new viruses grew "
     "by more than 50%.", "broke the 100,000", 100_000, None),
])
def test_a_verb_of_passing_bounds_the_figure(
        sentence: str, words: str, low: float | None, high: float | None) -> None:
    bound = reading(sentence, words)
    assert (bound.text, bound.low, bound.high) == (words, low, high)
    assert bound.unit != "DEM"  # "the 100,000 mark" passed is a milestone, no German money


@pytest.mark.parametrize(("sentence", "words", "low", "high"), [
    # Reuters: a small first end joined by a bare dash takes the second's thousands
    ('industry reports "may be correct" that in February, Nigeria propuced 75-100,000 bpd '
     "below its 1.238 mln bpd quota", "75-100,000 bpd", 75_000, 100_000),
    ("Throughput at the refinery is currently estimated at 140-150,000 bpd, although total "
     "capacity is nearer", "140-150,000 bpd", 140_000, 150_000),
    # Reuters: a first end beyond the second's thousands, and "to", keep their own numbers
    ("a shift to private banks from the Bank of Japan of 400-1,000 billion yen by the recently "
     "privatised", "400-1,000 billion yen", 400e9, 1000e9),
    ("the new System V is designed to serve 800 to 10,000 users, the company said.",
     "800 to 10,000 users", 800, 10_000),
])
def test_a_wire_range_writes_its_thousands_once(sentence: str, words: str, low: float,
                                                high: float) -> None:
    ranged = reading(sentence, words)
    assert (ranged.text, ranged.low, ranged.high) == (words, low, high)


@pytest.mark.parametrize(("sentence", "words", "value"), [
    # reuters-17461, used by no dev or annotated case
    ("The poll, conducted for TV-AM breakfast television by the Harris organisation, put the "
     "Tories on 43 pct, Labour on 35 and the centrist Social Democrat-Liberal Alliance on 20 "
     "pct.", "35", 35.0),
    ("The Times poll of marginal seats ... showed the Conservatives with 42 pct, Labour with 34 "
     "and the Alliance on 23.", "23", 23.0),
    # reuters-16966: a list of holdings, the unit on its first item only
    ("Interest holders on completion will be CSR 42.58 pct, Barcoo 49.9, and IOL Petroleum Ltd "
     "7.51.", "7.51", 7.51),
])
def test_a_list_of_named_shares_writes_its_unit_once(sentence: str, words: str,
                                                      value: float) -> None:
    """A list of named shares names its unit on one item; the bare items are shares too."""
    figure = reading(sentence, words)
    assert (figure.kind, figure.unit, figure.value) == ("percent", "percent", value)


def test_a_list_of_named_amounts_of_another_unit_is_no_share() -> None:
    """A bare number after a named item of tonnes is no share, nor is a number over 100."""
    sentence = "It put Malaysia on 28,526 tonnes, Indonesia on 24,516 and Thailand on 40 pct."
    assert reading(sentence, "24,516").kind == "number"
