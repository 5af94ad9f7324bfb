"""Poll leads, list shares and a poll's population, from Reuters election-week stories in
no dev or annotated case: reuters-17893 (the Harris and Marplan polls of June 2, 1987),
reuters-17461 (Harris nationally and MORI in marginal seats, June 1) and reuters-13576
(TV-AM's national lead and the Times's in 73 marginal seats, April 7).

A lead in points is a measure of its own (rule ``poll-lead``): rival polls' leads of one
day meet as their shares do, and a lead never meets a share. Each item of a list of
shares is its own party's. A poll of marginal seats polls another population than a
national poll, and polls taken together (an aggregate) are no poll."""

from __future__ import annotations

from datetime import date

import pytest
from test_precision import RULES, conflicts
from test_precision5 import article, keys

from reconcile.pipeline import check
from reconcile.subjects.event import parse
from reconcile.timeref import day_in

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


@pytest.mark.parametrize("title", [TITLE, "THATCHER LEADS IN TWO POLLS"])
def test_rival_polls_leads_of_one_day_meet_and_a_lead_is_no_share(title: str) -> None:
    # under a headline that does not name Labour, one lead names it ("lead the opposition
    # Labour party by") and the other does not ("11 points ahead"): both are still the
    # Conservatives' lead
    story = article("polls", title, HARRIS_AND_MARPLAN, published=JUNE_2)
    found = conflicts(story)
    assert {"seven percentage points", "11 points"} in found
    assert all(words in ({"seven percentage points", "11 points"}, {"42 pct", "44 pct"},
                         {"35 pct", "33 pct"}) for words in found)
    lead = parse(keys(story)["seven percentage points"])
    assert (lead.facet, lead.mode, lead.owner) == ("lead", "poll", "conservative")


def test_a_lead_told_before_an_election_day_is_of_its_poll_day() -> None:
    # "in the June 11 election campaign" names the election's day, not the poll's
    story = article("polls", TITLE, HARRIS_AND_MARPLAN, published=JUNE_2)
    claims = check([story], RULES).claims
    lead = next(claim for claim in claims if claim.figure.text == "seven percentage points")
    assert lead.when == JUNE_2


def test_polls_taken_together_are_no_rival_poll() -> None:
    story = article("polls", TITLE, HARRIS_AND_MARPLAN, published=JUNE_2)
    assert parse(keys(story)["nine to 10 point"]).facet == "aggregate"


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


def test_a_lead_in_marginal_seats_is_no_national_lead() -> None:
    story = article("shares", "LONDON SHARES NEAR LOWS AT MIDSESSION", (
        "In a poll conducted for television programme TV-AM showed the Conservative Party 13 "
        "points ahead of the Oppsition Labour Party. An opinion poll published in the Times "
        "newspaper today, which measured party support in 73 key marginal seats, gave the "
        "Conservative party a lead of six points over Labour."), published=date(1987, 4, 7))
    found = keys(story)
    assert parse(found["six points"]).facet == "marginal-seats"
    assert parse(found["13 points"]).facet == "lead"
    assert conflicts(story) == []


@pytest.mark.parametrize(("sentence", "words", "published", "day"), [
    # reuters-1906: an election to come dates no figure told before it
    ("The result is that in the run-up to April 23 elections, Suharto, far from wooing his "
     "168 mln countrymen with pay increases or tax cuts, is busy slashing budget spending.",
     "168 mln", date(1987, 3, 4), None),
    # reuters-2364: an election held is the day of its results
    ("Fianna Fail won 81 of the 166 seats in the February 17 poll.", "81", date(1987, 3, 5),
     date(1987, 2, 17)),
])
def test_an_election_to_come_dates_no_figure(sentence: str, words: str, published: date,
                                             day: date | None) -> None:
    start = sentence.index(words)
    assert day_in(sentence, (0, len(sentence)), (start, start + len(words)), published) == day
