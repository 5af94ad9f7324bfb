"""List shares and a poll's population, from Reuters election-week stories in no dev or
annotated case: reuters-17893 (the Harris and Marplan polls of June 2, 1987) and
reuters-17461 (Harris nationally and MORI in marginal seats, June 1).

Each item of a list of shares is its own party's. A poll of marginal seats polls another
population than a national poll."""

from __future__ import annotations

from datetime import date

from test_precision import conflicts
from test_precision5 import article, keys

from reconcile.subjects.event import parse

HARRIS_AND_MARPLAN = (
    "LONDON, June 2 - British Prime Minister Margaret Thatcher's Conservatives lead the "
    "opposition Labour party by seven percentage points in the June 11 election campaign, "
    "according to a public opinion poll today.\n\nThe Harris poll on the TV-AM breakfast "
    "television show gave Thatcher's Conservative Party 42 pct, Labour 35 pct and the centrist "
    "Alliance 21 pct.\n\nHowever, a Marplan poll in the Today newspaper had the Conservatives "
    "11 points ahead. It gave them 44 pct, Labour 33 pct and the Alliance 21 pct.\n\nAn "
    "aggregate of recent surveys showed they held a nine to 10 point lead over Labour, enough "
    "for a comfortable election victory.")
JUNE_2 = date(1987, 6, 2)
TITLE = "UK CONSERVATIVES LEAD LABOUR BY SEVEN POINTS, POLL"


def test_each_item_of_a_list_of_shares_is_its_own_partys() -> None:
    story = article("polls", TITLE, HARRIS_AND_MARPLAN, published=JUNE_2)
    labour = parse(keys(story)["35 pct"])
    assert labour.owner == "labour" and not any("thatcher" in name for name in labour.who)


def test_a_poll_of_marginal_seats_is_no_national_poll() -> None:
    story = article("marginals", "THATCHER MAINTAINS LEAD IN ELECTION POLL", (
        "The poll, conducted for TV-AM breakfast television by the Harris organisation, put "
        "the Tories on 43 pct, Labour on 35 and the centrist Social Democrat-Liberal Alliance "
        "on 20 pct.\n\nThe Times poll of marginal seats where Labour is challenging a "
        "Conservative incumbent -- and which it must win in order to dislodge the Tories -- "
        "showed the Conservatives with 42 pct, Labour with 34 and the Alliance on 23."),
        published=date(1987, 6, 1))
    found = keys(story)
    assert parse(found["34"]).facet == "marginal-seats"
    assert parse(found["35"]).facet is None
    assert conflicts(story) == []
