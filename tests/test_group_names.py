"""Grouping on real sentences of the BBC corpus: the names and period a figure's key
takes from its clause, and the rivals they let meet across articles."""

from __future__ import annotations

from test_precision import article, conflicts, key_of

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
