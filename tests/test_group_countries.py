"""One country named two ways in headlines ("CANADIAN", "CANADA"), and a handful of stories
linked by the country their headlines name (``group._country_linked``), on real sentences
of the Reuters corpus outside the annotated cases."""

from __future__ import annotations

from datetime import date

from test_group_rivals import UNRELATED
from test_precision import RULES, article

from reconcile.group import group_claims
from reconcile.model import Claim, Document, Figure, Source
from reconcile.pipeline import check
from reconcile.subjects.country import country_words

ROYAL_BANK = article("17352", "ROYAL BANK SEES CANADIAN ECONOMY EASING", (
    "MONTREAL, April 28 - Canadian gross domestic product should grow at a real rate of 3.3 "
    "pct this year before easing to a 3.0 pct growth rate next year when U.S. economic "
    "growth is expected to decline, Royal Bank of Canada, Canada's largest bank, said in its "
    "monthly economic forecast."), date(1987, 4, 28))
WILSON = article("1068", "CANADA GDP RISES 3.1 PCT IN 1986", (
    "OTTAWA, March 3 - Canada's real gross domestic product, seasonally adjusted, rose 1.1 "
    "pct in the fourth quarter of 1986, the same as the growth as in the previous quarter, "
    "Statistics Canada said.\n\n"
    "The rise was also slightly below the 3.3 pct growth rate Finance Minister Michael Wilson "
    "predicted for 1986 in February's budget. He also forecast GDP would rise 2.8 pct in "
    "1987."), date(1987, 3, 3))
OECD = article("11327", "OECD SEES MAJOR ADJUSTMENT FOR AUSTRALIA", (
    "PARIS, March 31 - Australia faces a major medium term adjustment to reduce debt and "
    "improve its economic performance, the Organisation for Economic Cooperation and "
    "Development said in its latest annual review of the Australian economy.\n\n"
    "It said positive GDP growth of three pct might be restored, the current external "
    "deficit could fall to some 4-1/2 pct of GDP by the first half of next year, while "
    "inflation was projected to decelerate to around five to 5-1/2 pct by mid-1988."),
    date(1987, 3, 31))
HAWKE = article("18468", "AUSTRALIAN ELECTION CAMPAIGN FOCUSSES ON TAX CUTS", (
    "SYDNEY, June 18 - Treasurer Paul Keating said the opposition's tax-cutting policy, a key "
    "issue in the run up to the July 11 elections, was a miscalculation that would severely "
    "damage the Australian economy.\n\n"
    "Hawke has said inflation would fall to six pct by the middle of next year."),
    date(1987, 6, 18))


def _together(one: str, other: str, *documents: Document) -> bool:
    """Whether the figures whose words are ``one`` and ``other`` share a group."""
    report = check(list(documents), RULES)
    return any({one, other} <= {claim.figure.text for claim in group}
               for group in group_claims(report.claims, RULES))


def test_a_people_s_word_and_its_country_s_name_are_one_country() -> None:
    words = country_words(tuple(RULES.lexicon.places), tuple(RULES.lexicon.regions))
    assert words["australian"] == "australia"
    assert words["swiss"] == "swiss"  # a nation's word no place's name makes
    assert "european" not in words  # a region's
    assert words["belgian"] == "belgium"
    assert words["south african"] == "south africa"
    assert "nigerian" not in words  # made from Niger's name and from Nigeria's


def test_forecasts_under_headlines_naming_one_country_two_ways_meet_among_a_handful() -> None:
    # reuters-17352 and reuters-1068: the Royal Bank of Canada's 3.3 pct and the finance
    # minister's 2.8 pct forecasts of Canada's 1987 growth; the headlines share no word but
    # the country, once as "CANADIAN" and once as "CANADA"
    assert _together("3.3 pct", "2.8 pct", ROYAL_BANK, WILSON)


def test_forecasts_of_one_country_and_period_meet_among_a_handful() -> None:
    # reuters-11327 and reuters-18468: the OECD's "around five to 5-1/2 pct" and Hawke's six
    # pct Australian inflation by mid-1988, in stories that name no forecaster in common
    assert _together("around five to 5-1/2 pct", "six pct", OECD, HAWKE)


def test_one_country_in_headlines_links_no_stories_of_a_stream() -> None:
    # among more stories than a handful, one country's stories are many
    assert not _together("3.3 pct", "2.8 pct", ROYAL_BANK, WILSON, *UNRELATED)


def _debt(document: str, words: str, value: float, event: str) -> Claim:
    """A sum of debt as the subject stage writes it."""
    figure = Figure(text=words, start=0, end=len(words), number_start=0, number_end=3,
                    value=value, low=value, high=value, kind="money", unit="USD")
    return Claim(id=f"{document}:0", document=document, figure=figure,
                 source=Source(name="Reuters"), subject="money", event=event,
                 sentence_start=0, sentence_end=80, when=date(1987, 3, 20))


def test_undated_figures_of_one_country_do_not_meet_by_its_name() -> None:
    # reuters-6618 and reuters-8796: "commercial banks, owed about two billion dlrs" and
    # "Sudan has an annual debt liability of nearly 900 mln dlrs", neither dated: one
    # country's stories give many sums of its debt, and its name says not which
    banks = _debt("reuters-6618", "about two billion dlrs", 2e9,
                  "facet=debt; topic=debt, difficulty, minister, predict, sudanese")
    total = _debt("reuters-8796", "nearly 900 mln dlrs", 9e8,
                  "facet=debt; topic=demand, devaluation, imf, reject, sudan")
    assert not any(banks in group and total in group
                   for group in group_claims([banks, total], RULES))


def test_a_nations_word_no_place_name_makes_links_a_handful_too() -> None:
    # reuters-8173 and reuters-5389: the Finance Ministry's commission and the government
    # both put French 1987 inflation at 2.5 pct, under "FRENCH ..." headlines that share no
    # other word; "French" is made from no place's name, yet names France
    commission = article("8173", "FRENCH GDP SHOULD RISE 2.3 PCT IN 1988 - MINISTRY", (
        "PARIS, March 23 - French gross domestic product should grow by 2.3 pct in 1988 after "
        "two pct growth this year and 2.1 pct in 1986, the Finance Ministry said.\n\n"
        "In annual average terms inflation would fall to two pct in 1988 from 2.5 pct this "
        "year and 2.7 pct last year, it said."), date(1987, 3, 23))
    insee = article("5389", "FRENCH INFLATION SLOWS IN FEBRUARY", (
        "PARIS, March 16 - French inflation slowed in February to between 0.1 and 0.2 pct "
        "against 0.9 pct in January, the National Statistics Institute (INSEE) said.\n\n"
        "After January's rise the government was forced to revise its inflation target for "
        "1987 to 2.5 pct year on year from an initial target of two pct, after 2.1 pct in "
        "1986."), date(1987, 3, 16))
    report = check([commission, insee], RULES)
    assert any({claim.document for claim in group} == {"8173", "5389"}
               and all(claim.figure.text == "2.5 pct" for claim in group)
               for group in group_claims(report.claims, RULES))


def test_one_countrys_stories_link_no_figures_of_two_measured_things() -> None:
    # reuters-4165 and reuters-8652: an economist's two pct growth of Japan's economy "in
    # the current year" and the Long-Term Credit Bank's 0.9 pct growth of private
    # investment in plant and equipment in 1987: one country, one period, two measures
    economy = article("4165", "JAPAN ECONOMY MAY BE NEAR BOTTOM, ECONOMISTS SAY", (
        "TOKYO, March 12 - Industrial Bank of Japan Ltd senior economist Susumu Taketomi "
        "agreed. \"It (the bottom) is in the offing,\" he said.\n\n"
        "But he added that the recovery will be slow. Growth in the fiscal year beginning "
        "next month will only pick-up 2.2 pct, from two pct in the current year, he said."),
        date(1987, 3, 12))
    investment = article("8652", "JAPANESE CAPITAL SPENDING GROWTH EXPECTED TO SLOW", (
        "TOKYO, March 24 - Japanese private sector investment in plant and equipment is "
        "expected to grow a real 0.9 pct in 1987, after an estimated 5.5 pct rise last year, "
        "the Long-Term Credit Bank of Japan Ltd said."), date(1987, 3, 24))
    assert not _together("two pct", "0.9 pct", economy, investment)
