"""General shapes of how news writes the period a figure is for, from real corpus sentences:
parts of a year named by their place, the period that dates the measured noun, the earlier
value's period in a change, and fiscal years told by the day they begin."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.model import Document
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset
from reconcile.subjects.event import parse
from reconcile.timeref import day_in, period_date, period_in

MARCH_1987 = date(1987, 3, 17)


def _period(sentence: str, figure: str, published: date | None = MARCH_1987,
            start: int = 0) -> str | None:
    at = sentence.index(figure)
    return period_in(sentence, (start, len(sentence)), (at, at + len(figure)), published)


PARTS_OF_A_YEAR = [
    # class 1: a part of a year named by its place in words
    ("Nationwide reported a rise of 0.4% in the first month of the year.", "0.4%",
     date(2005, 2, 2), "2005-01"),
    ("Nationwide reported a rise of 0.4% in the first month of the year.", "0.4%", None,
     "january"),
    ("Sales rose 6.2% in the last three months of 2004, the firm said.", "6.2%", None,
     "2004-q4"),
    ("Exports fell 12 pct in the first three months of 1987.", "12 pct", MARCH_1987, "1987-q1"),
    ("It said output rose 4.5 pct in the second half of last year.", "4.5 pct", MARCH_1987,
     "1986-h2"),
    ("Profits fell to 20 mln dlrs in the fourth quarter of last year.", "20 mln dlrs",
     MARCH_1987, "1986-q4"),
    ("Imports were 1.2 billion dlrs in the first two months of the year.",
     "1.2 billion dlrs", MARCH_1987, "1987-ytd"),
    ("Net profit was 3.1 mln dlrs in the first six months of 1986.", "3.1 mln dlrs",
     MARCH_1987, "1986-h1"),
    ("Output reached 9.59 mln tonnes in the first eight months of 1986.", "9.59 mln tonnes",
     MARCH_1987, "1986-ytd"),
    ("Sales were 80 mln dlrs in the last month of 1986.", "80 mln dlrs", MARCH_1987, "1986-12"),
    # "the year" is the one the sentence names before
    ("The UK's biggest mortgage lender said prices rose 15.1% over the whole of 2004, but by "
     "only 2.8% in the second half of the year.", "2.8%", None, "2004-h2"),
]


def test_the_year_alone_is_still_the_whole_year() -> None:
    sentence = "It expects growth of 2.5 pct for the year."
    assert _period(sentence, "2.5 pct") == "year"


def test_period_before_the_measured_noun_wins_over_a_later_clause() -> None:
    sentence = "It estimated 1986 production at 1.8 mln tonnes and forecast little change " \
        "for 1987."
    at = sentence.index("1.8")
    # the clause may start after the year, which dates the noun it premodifies
    assert _period(sentence, "1.8 mln tonnes", start=at) == "1986"
    assert _period(sentence, "1.8 mln tonnes") == "1986"


def test_a_later_period_in_the_same_clause_still_wins() -> None:
    sentence = "Production was 1.8 mln tonnes in 1987."
    assert _period(sentence, "1.8 mln tonnes") == "1987"


def test_earlier_value_of_a_change_keeps_its_month() -> None:
    sentence = "The average UK house price fell from £180,126 in November to £178,906, " \
        "reflecting recent Land Registry figures confirming a slowdown in late 2004."
    at = sentence.index("£178,906")
    assert _period(sentence, "£178,906", None) == "2004"
    assert period_in(sentence, (0, at + 8), (at, at + 8), None) is None
    # the clause the pipeline reads for the second figure opens after the first one
    clause = sentence.index(" in November")
    assert period_in(sentence, (clause, len(sentence)), (at, at + 8), None) == "2004"


def test_a_change_to_a_dated_value_keeps_that_date() -> None:
    sentence = "Reserves rose to 12.1 billion dlrs in February from 11.8 billion in January."
    assert _period(sentence, "12.1 billion dlrs") == "1987-02"
    assert _period(sentence, "11.8 billion") == "1987-01"


FISCAL_YEARS_BY_FIRST_DAY = [
    ("The IMF staff has also cast doubt on the Japanese government's forecast of 3.5 pct "
     "economic growth in the fiscal year beginning April 1.", "3.5 pct", date(1987, 3, 20),
     "1987/88"),
    ("Oki is studying ways to increase imports by 10 pct in the fiscal year beginning April 1 "
     "from the previous year's total of more than five billion yen, a company official said.",
     "10 pct", date(1987, 3, 31), "1987/88"),
    ("The yen's rise against the dollar is expected to boost Japan's unemployment rate to an "
     "average 3.3 pct in the 1987/88 fiscal year beginning April 1 from January's record three "
     "pct.", "3.3 pct", date(1987, 3, 11), "1987/88"),
    ("Spending rose 4 pct in the fiscal year that began April 1.", "4 pct", date(1987, 6, 1),
     "1987/88"),
    ("Spending rose 4 pct in the fiscal year that began April 1.", "4 pct", date(1987, 3, 1),
     "1986/87"),
]


@pytest.mark.parametrize(("sentence", "figure", "published", "period"),
                         PARTS_OF_A_YEAR + FISCAL_YEARS_BY_FIRST_DAY)
def test_period_in_words(sentence: str, figure: str, published: date | None,
                         period: str) -> None:
    """Parts of a year named by place; a fiscal year is the one its first day begins on or
    after the story (before it, with a past verb), unless the sentence names it."""
    assert _period(sentence, figure, published) == period


def test_first_day_of_a_fiscal_year_is_no_event_day() -> None:
    sentence = "The federal government's expenditures will rise 3.8 pct in the fiscal year " \
        "beginning April 1 to 110.14 billion dlrs from 107.01 billion dlrs in fiscal 1987."
    at = sentence.index("3.8 pct")
    assert day_in(sentence, (0, len(sentence)), (at, at + 7), date(1987, 3, 2)) is None
    assert _period(sentence, "3.8 pct", date(1987, 3, 2)) == "1987/88"


def test_a_year_ending_on_a_day_is_no_calendar_half() -> None:
    sentence = "It would start gold production in the second half of the year ending " \
        "October 31, 1988 at an annual rate of about 40,000 troy ounces."
    assert _period(sentence, "40,000 troy ounces") != "1987-h2"


def test_a_past_years_first_months_are_dated_by_that_year() -> None:
    assert period_date("1986-ytd", MARCH_1987) == date(1986, 12, 31)
    assert period_date("1987-ytd", MARCH_1987) == MARCH_1987


def test_a_dated_part_before_to_and_a_figure() -> None:
    sentence = "This brought total exports for the first two months of 1987 to 6.67 billion " \
        "rand and imports to 4.15 billion for a total surplus of 2.52 billion rand."
    assert _period(sentence, "6.67 billion rand", date(1987, 3, 27)) == "1987-ytd"


def test_months_at_a_fiscal_years_end_are_not_decembers() -> None:
    sentence = "Growth is close to 4.3 pct, well above the 0.5 pct average that prevailed in " \
        "the last four months of the fiscal year."
    assert _period(sentence, "0.5 pct") == "year"


def test_a_half_year_ends_with_its_sixth_month() -> None:
    assert period_date("2005-h1", None) == date(2005, 6, 30)
    assert period_date("1986-h2", MARCH_1987) == date(1986, 12, 31)


def test_the_year_after_a_years_close_is_not_that_year() -> None:
    sentence = "After registering falls at the back end of 2004, Halifax said house prices rose " \
        "by 0.8% in January and Nationwide reported a rise of 0.4% in the first month of the year."
    assert _period(sentence, "0.4%", None) == "january"


def test_a_split_fiscal_years_part_is_that_seasons() -> None:
    sentence = "Bank deposits rose 75.40 billion rupees in the first six months of fiscal " \
        "1987/88 against 66.92 billion in the same period last year."
    assert _period(sentence, "75.40 billion rupees", date(1987, 10, 19)) == "1987/88-h1"
    sentence = "Australian crude oil and condensate output fell 7.6 pct to 23,480 megalitres, " \
        "or about 147 mln barrels, in the first nine months of fiscal 1986/87 ending June 30."
    assert _period(sentence, "about 147 mln barrels", date(1987, 6, 18)) == "1986/87-ytd"


@pytest.mark.parametrize(("sentence", "figure", "period"), [
    ("Foreign bankers said China's total debt rose sharply from an estimated 20 billion dlrs "
     "at end-1985 to cover increased import commitments.", "20 billion dlrs", "1985"),
    ("Official figures show China's foreign debt at a post-1949 record 16 billion dlrs at "
     "end-1986.", "16 billion dlrs", "1986"),
    ("These curbs have pushed up oil prices from around eight dollars a barrel in mid-1986 to "
     "around 18 dlrs.", "eight dollars", "1986"),
])
def test_a_year_glued_to_end_or_mid_is_that_year(sentence: str, figure: str,
                                                 period: str) -> None:
    """Wire copy glues a year to its part ("at end-1985", "in mid-1986"): the year is the
    figure's, as "at the end of 1985" is."""
    assert _period(sentence, figure) == period


def test_a_level_as_it_stands_now_takes_no_period_from_before() -> None:
    # BBC (Halifax, January 2005): the half named before is no period of today's price.
    text = ("The UK's biggest mortgage lender said prices rose 15.1% over the whole of 2004, "
            "but by only 2.8% in the second half of the year.\n\nThe average price of a house "
            "in the UK now stands at £162,086, Halifax said.")
    document = Document(id="h", path="h", text=text, title="House prices rebound",
                        published=date(2005, 1, 7))
    claims = {c.figure.text: c for c in check([document], load_ruleset()).claims}
    assert parse(claims["£162,086"].event).period is None
