"""A trade balance between two countries, keyed alike from either side
(``reconcile.subjects.bilateral``), on sentences of Reuters stories no annotated case uses:
X's surplus with Y and Y's deficit with X are one measured thing, the surplus side's."""

from __future__ import annotations

from datetime import date

from test_group_rivals import UNRELATED
from test_precision import RULES, article, conflicts

from reconcile.model import Document
from reconcile.pipeline import extract
from reconcile.subjects.event import EventKey, parse


def _key(text: str, words: str, title: str = "TRADE") -> EventKey:
    """The key of the figure whose words are ``words`` in a story of 1987."""
    claims = extract(article("n", title, text, date(1987, 4, 13)), RULES)
    return parse(next(claim.event for claim in claims if claim.figure.text == words))


def test_one_countrys_deficit_with_another_is_the_others_surplus() -> None:
    # reuters-1834
    key = _key("The Soviet trade deficit with the United States totalled around two "
               "billion dlrs in 1985, Melnikov said.", "around two billion dlrs")
    assert (key.facet, key.owner, key.partner) == ("trade-surplus", "united state",
                                                   "soviet union")


def test_a_bare_surplus_with_a_country_is_the_trade_surplus() -> None:
    # reuters-8132: "surplus" alone, no "trade" in the sentence
    key = _key("Taiwan's surplus with the U.S. Rose to 13.6 billion dlrs last year from "
               "10.2 billion in 1985, government figures show.", "13.6 billion dlrs")
    assert (key.facet, key.owner, key.partner) == ("trade-surplus", "taiwan", "united state")


def test_a_capital_stands_for_its_countrys_side() -> None:
    # reuters-16094: "Washington's deficit with Taipei" is Taiwan's surplus with the U.S.
    key = _key("Washington's deficit with Taipei rose to a record 13.6 billion U.S. Dlrs "
               "last year from 10.2 billion in 1985.", "13.6 billion U.S. Dlrs")
    assert (key.facet, key.owner, key.partner) == ("trade-surplus", "taiwan", "united state")
    assert not key.who  # "Washington", "Taipei": the two sides, in the owner and partner


def test_a_balance_with_a_region_keeps_its_plain_reading() -> None:
    # reuters-8132: Europe is no country
    key = _key("Government figures also show Taiwan's surplus with Europe rose to 1.53 "
               "billion dlrs last year from 543 mln in 1985.", "1.53 billion dlrs")
    assert key.partner is None


def _story(ident: str, title: str, text: str, day: date) -> Document:
    return article(ident, title, text, day)


TAMURA = _story("17202", "JAPAN MINISTER SAYS CURRENCY STABILITY ESSENTIAL", (
    "TOKYO, April 26 - Currency stability was now essential, but currency movements alone "
    "would not correct a U.S. Trade deficit with Japan which hit 58 billion dlrs last year, "
    "Japanese Trade Minister Hajime Tamura said."), date(1987, 4, 26))
"""Built from reuters-17202's sentence, its list of other balances cut."""
MITI = _story("m", "JAPAN'S SURPLUS WITH U.S. NARROWS", (
    "TOKYO, April 24 - Japan's trade surplus with the United States was 51.5 billion dlrs "
    "last year, the Ministry of International Trade and Industry said."), date(1987, 4, 24))
"""Japan's own figure for the same balance, in the words of reuters-1809's "its surplus
with the United States last year was 51.5 billion dlrs"."""


def test_a_surplus_and_its_mirror_deficit_meet_across_stories() -> None:
    # Japan counts 51.5 billion dlrs, the U.S. 58 billion: one balance, two statistics
    assert {"58 billion dlrs", "51.5 billion dlrs"} in conflicts(TAMURA, MITI)


def test_the_partners_own_surplus_is_not_the_mirror() -> None:
    # the same sentence turned round: the U.S.'s surplus with Japan is another balance
    turned = _story("t", "JAPAN'S SURPLUS WITH U.S. NARROWS", (
        "TOKYO, April 24 - The U.S. trade surplus with Japan was 51.5 billion dlrs last "
        "year, the Ministry of International Trade and Industry said."), date(1987, 4, 24))
    assert not conflicts(TAMURA, turned)


def test_a_countrys_whole_surplus_is_not_its_surplus_with_one_partner() -> None:
    whole = _story("w", "JAPAN'S SURPLUS NARROWS", (
        "TOKYO, April 24 - Japan's trade surplus was 51.5 billion dlrs last year, the "
        "Ministry of International Trade and Industry said."), date(1987, 4, 24))
    assert not conflicts(TAMURA, whole)


def test_two_years_of_one_balance_do_not_meet() -> None:
    earlier = _story("y", "JAPAN'S SURPLUS WITH U.S. NARROWS", (
        "TOKYO, April 24 - Japan's trade surplus with the United States was 51.5 billion "
        "dlrs in 1985, the Ministry of International Trade and Industry said."),
        date(1987, 4, 24))
    assert not conflicts(TAMURA, earlier)


def test_the_mirror_pair_meets_among_a_stream_of_unrelated_stories() -> None:
    # more stories than a handful, as in a corpus: the two share no rare name or word
    assert {"58 billion dlrs", "51.5 billion dlrs"} in conflicts(TAMURA, MITI, *UNRELATED)



def test_a_balance_the_sentence_names_before_frames_its_earlier_value() -> None:
    # reuters-14862: the 1985 figure's clause ("from 4.3 billion dlrs in 1985") names
    # neither country; the balance before it does
    text = ("The U.S. Wants South Korea to cut its trade surplus with the U.S., Which rose "
            "to 7.4 billion dlrs in 1986 from 4.3 billion dlrs in 1985.")
    key = _key(text, "4.3 billion dlrs")
    assert (key.facet, key.owner, key.partner, key.period) == (
        "trade-surplus", "south korea", "united state", "1985")

def test_another_balance_named_between_frames_the_figure_instead() -> None:
    text = ("South Korea's trade surplus with the U.S. Rose to 7.3 billion dlrs in 1986, "
            "while its overall trade surplus was 4.3 billion dlrs.")
    assert _key(text, "4.3 billion dlrs").partner is None


def test_the_value_a_balance_moved_from_is_that_balance_in_its_own_year() -> None:
    # reuters-16094: "10.2 billion" is the 1985 figure of the same balance, in dollars
    text = ("Washington's deficit with Taipei rose to a record 13.6 billion U.S. Dlrs last "
            "year from 10.2 billion in 1985.")
    key = _key(text, "10.2 billion")
    assert (key.facet, key.owner, key.partner, key.period) == (
        "trade-surplus", "taiwan", "united state", "1985")


def test_a_sum_after_another_in_a_list_stays_bare() -> None:
    # reuters-8132: "against 3.72 billion in 1986" is no value the sum moved from
    claims = extract(article("n", "TRADE", (
        "The imports would be worth some four billion U.S. Dlrs against 3.72 billion in "
        "1986 and 3.38 billion in 1985."), date(1987, 3, 23)), RULES)
    assert all(claim.figure.kind == "number" for claim in claims
               if claim.figure.text.startswith("3."))


def test_an_earlier_value_with_no_unit_in_a_clause_naming_no_country() -> None:
    # reuters-7135: the 1985 figure after "from" is the U.S. gap with Taiwan too, though
    # its clause names neither country
    text = ("The U.S. trade gap with Taiwan rose to 15.7 billion dlrs in 1986 from 13.1 "
            "billion in 1985, while the bilateral trade deficit with South Korea grew to 7.1 "
            "billion from 4.8 billion.")
    key = _key(text, "13.1 billion")
    assert (key.facet, key.owner, key.partner, key.period) == (
        "trade-surplus", "taiwan", "united state", "1985")


def test_the_currency_of_the_sum_before_is_no_name_near_the_earlier_value() -> None:
    # reuters-17374: read as a name, "U.S. Dlrs" linked this story to any other whose
    # earlier value followed a sum in "U.S. Dlrs", and set their figures against each other
    text = ("Taiwan's trade surplus rose to a record 13.6 billion U.S. Dlrs last year from "
            "10.2 billion in 1985, official statistics show.")
    assert not any("dlr" in name for name in _key(text, "10.2 billion").who)


def test_a_clause_naming_its_own_balance_takes_no_partner_from_before() -> None:
    # reuters-11580: the 169 billion is the U.S.'s whole deficit, not its balance with Japan
    text = ("Japan's 58.6 billion dlrs trade surplus with the United States last year has "
            "come under fire in Congress, which is concerned about the loss of jobs to "
            "foreign competition and with the record 169 billion dlrs U.S. Trade deficit in "
            "1986.")
    assert _key(text, "169 billion dlrs").partner is None


def test_a_sum_moved_from_a_year_earlier_stays_bare() -> None:
    # reuters-12488: "a year earlier" would be read as the 1986 the sentence names before
    claims = extract(article("n", "WESTLB UNIT REPORTS LOWER NET PROFIT", (
        "DUESSELDORF, April 2 - Westdeutsche Landesbank Girozentrale WELG.F said its "
        "wholly-owned Luxembourg subsidiary WestLB International SA posted a decline in 1986 "
        "net profit to 12.6 mln marks from 48.5 mln a year earlier."), date(1987, 4, 2)), RULES)
    assert next(claim for claim in claims if claim.figure.text == "48.5 mln").subject is None


def test_the_value_a_sum_of_no_named_measure_moved_from_stays_bare() -> None:
    # reuters-10291: "Shareholders' funds" is no facet of the money rule; a 1985 sum of
    # no named measure would meet any sum of the story dated 1985
    claims = extract(article("n", "BHP NET PROFIT", (
        "Shareholders' funds increased to 5.02 billion dlrs from 4.77 billion in 1985, the "
        "statement said."), date(1987, 3, 2)), RULES)
    assert next(claim for claim in claims if claim.figure.text == "4.77 billion").subject \
        is None
