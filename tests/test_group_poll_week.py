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
