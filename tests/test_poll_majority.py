"""A poll's projected majority in seats, from Reuters election stories in no dev or
annotated case: reuters-13627 (the Times poll of April 7, 1987), reuters-16732 (the Sun
poll of April 13), reuters-5161 (the Sunday Times poll of March 15) and reuters-19034
(Australia, June 18).

A projected majority is a measure of its own (rule ``poll-majority``): the party's, of the
poll's days, so rival polls' majorities of one week meet; a poll's other counts (the seats
it polled, the size of the House) are no majority, and a majority is never a share."""

from __future__ import annotations

from datetime import date

from test_precision5 import article, keys

from reconcile.subjects.event import parse

TIMES = (
    "LONDON, April 7 - Two British opinion polls showed the ruling Conservative Party would "
    "retain power with a clear majority in general elections.\n\nAnother poll in the Times "
    "newspaper taken in 73 key marginal constituencies, predicted a Conservative majority of "
    "92 seats.")
SUN = (
    "LONDON, April 14 - The latest British opinion poll gave Margaret Thatcher's Conservative "
    "party a huge 17 point lead over the opposition.\n\nThe poll in today's Sun popular "
    "tabloid showed the Conservatives could win a solid majority of 125 seats in Parliament "
    "in the next general election.")


def test_rival_polls_projected_majorities_of_one_week_have_one_key() -> None:
    # the Times poll's majority is told by no named source ("Another poll ... predicted"),
    # so the two are no rivals yet; their keys are one measure's, the Conservatives' majority
    times = article("times", "BRITISH OPINION POLLS KEEP CONSERVATIVES AHEAD", TIMES,
                    published=date(1987, 4, 7))
    sun = article("sun", "LATEST BRITISH POLL HAS THATCHER STILL WAY AHEAD", SUN,
                  published=date(1987, 4, 13))
    found = keys(times, sun)
    for words in ("92 seats", "125 seats"):
        majority = parse(found[words])
        assert (majority.facet, majority.mode, majority.owner) == (
            "majority", "poll", "conservative")


def test_a_polls_other_counts_are_no_majority() -> None:
    times = article("times", "BRITISH OPINION POLLS KEEP CONSERVATIVES AHEAD", TIMES,
                    published=date(1987, 4, 7))
    assert "poll-majority" not in keys(times).get("73", "")
    story = article("mori", "THATCHER PARTY HAS NINE POINT POLL LEAD", (
        "The poll gives the Conservatives a rating of 41 pct against 32 pct for Labour and 25 "
        "pct for the centrist Liberal-Social Democratic Alliance -- enough to give Thatcher an "
        "overall majority of 46 seats in the 650-seat House of Commons."),
        published=date(1987, 3, 15))
    found = keys(story)
    assert parse(found["46 seats"]).owner == "thatcher"
    assert parse(found["46 seats"]).facet == "majority"
    assert parse(found["41 pct"]).facet != "majority"
    assert parse(found.get("650", "")).facet is None


def test_a_majority_named_after_its_count_is_the_partys_it_is_for() -> None:
    story = article("hawke", "AUSTRALIA'S OPPOSITION FACES SETBACK ON TAX PLAN", (
        "The latest public opinion poll, published in the Melbourne Sun newspaper, showed "
        "Labour was leading the opposition by 12 points, indicating a 66-seat majority for "
        "Hawke in parliament."), published=date(1987, 6, 18))
    majority = parse(keys(story)["66"])
    assert (majority.facet, majority.mode, majority.owner) == ("majority", "poll", "hawke")
