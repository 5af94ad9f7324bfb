"""Two opinion polls of one week are rival readings of one party's support: a day apart,
the Daily Express's 39 pct for the Conservatives against the Sunday Times's 41 pct is a
(minor) discrepancy an editor checks, while last month's poll is another reading
(``group.POLL_WEEK``). The sentences are from Reuters articles: the two papers' polls of
reuters-13260 (annotated case reuters-uk-april-1987-opinion-polls), told here as two
stories, and the New Zealand television poll of reuters-2556 (annotation round 20)."""

from __future__ import annotations

from datetime import date

from test_precision import conflicts
from test_precision5 import article, keys

from reconcile.subjects.event import parse

EXPRESS = ("A poll in today's Daily Express showed 39 pct support for the ruling Conservative "
           "party, 30 pct for the Alliance of Liberals and Social Democrats and 29 pct for the "
           "Labour party.")
SUNDAY_TIMES = ("A poll in yesterday's Sunday Times gave the Conservatives 41 pct support, 12 "
                "percentage points ahead of both opposition groups -- their biggest lead in "
                "three-and-a-half years.")


def test_two_papers_polls_of_one_week_are_rivals() -> None:
    express = article("express", "THATCHER LEAD CONFIRMED IN OPINION POLL", EXPRESS,
                      published=date(1987, 4, 6))
    times = article("times", "TORIES LEAD IN SUNDAY TIMES POLL", SUNDAY_TIMES,
                    published=date(1987, 4, 6))
    assert conflicts(express, times) == [{"39 pct", "41 pct"}]


def test_a_poll_of_another_month_is_another_reading() -> None:
    express = article("express", "THATCHER LEAD CONFIRMED IN OPINION POLL", EXPRESS,
                      published=date(1987, 4, 6))
    earlier = article("times", "TORIES LEAD IN SUNDAY TIMES POLL", SUNDAY_TIMES,
                      published=date(1987, 3, 1))
    assert conflicts(express, earlier) == []


def test_a_clause_set_in_a_poll_gives_the_polls_results() -> None:
    story = article("nz", "NEW ZEALAND OPPOSITION TAKES LEAD IN POLL", (
        "In the regular Television New Zealand Heylen/Eyewitness poll, National's support "
        "rose to 50 pct against 45 pct a month earlier while Labour's popularity dropped to "
        "45 pct from 52 pct."))
    assert parse(keys(story)["50 pct"]).mode == "poll"


def test_it_standing_for_a_poll_gives_that_polls_shares_against_a_rival_of_the_day() -> None:
    # reuters-17893 (in no dev or annotated case): "It" is the Marplan poll and "them" the
    # party it had ahead; its 44 pct and 33 pct are the poll's shares, rivals of the Harris
    # poll's 42 pct and 35 pct the same day, and "The Times poll ... -- showed" is a poll's
    # share however far its verb stands from "poll"
    story = article("polls", "THATCHER LEADS IN TWO POLLS", (
        "The Harris poll on the TV-AM breakfast television show gave Thatcher's Conservative "
        "Party 42 pct, Labour 35 pct and the centrist Alliance 21 pct.\n\nHowever, a Marplan "
        "poll in the Today newspaper had the Conservatives 11 points ahead. It gave them 44 "
        "pct, Labour 33 pct and the Alliance 21 pct."), published=date(1987, 6, 2))
    found = parse(keys(story)["44 pct"])
    assert (found.mode, found.owner) == ("poll", "conservative")
    found_apart = conflicts(story)
    assert {"42 pct", "44 pct"} in found_apart and {"35 pct", "33 pct"} in found_apart
    assert len(found_apart) == 2  # the Alliance's 21 pct in both agrees
    marginals = article("marginals", "TORIES LEAD IN MARGINALS", (
        "The Times poll of marginal seats where Labour is challenging a Conservative "
        "incumbent -- and which it must win in order to dislodge the Tories -- showed the "
        "Conservatives with 42 pct, Labour with 34 and the Alliance on 23."))
    assert parse(keys(marginals)["42 pct"]).mode == "poll"
