"""A poll's list of shares, each its own party's, and a party's popularity as its share:
Reuters election-year stories in no dev or annotated case (reuters-13564, reuters-8073,
reuters-2556)."""

from __future__ import annotations

from datetime import date

from test_attribution_poll_sources import GALLUP_AND_TWO_OTHERS
from test_precision import RULES, conflicts
from test_precision5 import article, keys

from reconcile.pipeline import check
from reconcile.subjects.event import parse


def test_a_share_after_its_party_and_at_is_that_partys() -> None:
    # Reuters 13564: the Alliance's 26 pct was Labour's, by the possessive before it
    story = article("sterling", "STERLING STEADY", (
        "One poll out today showed the Conservatives leading with 43 pct support against "
        "Labour's 30 pct and the Liberal-Social Democratic Alliance at 26 pct."),
        published=date(1987, 4, 7))
    assert parse(keys(story)["26 pct"]).owner == "liberal-social democratic alliance"


def test_two_parties_shares_in_rival_polls_are_never_one_measure() -> None:
    # Reuters 8073: the Alliance's 30.5 (no owner) joined the Conservatives' group and was
    # set against the other polls' 39 pct for the Conservatives, 28% apart
    story = article("gallup", "ALLIANCE OVERTAKES LABOUR IN BRITISH POLL",
                    GALLUP_AND_TWO_OTHERS, published=date(1987, 3, 22))
    found = keys(story)
    assert parse(found["38.5 pct"]).owner == "conservative"
    assert parse(found["30.5"]).owner == "alliance"
    # it meets only the other polls' share for the Alliance ("26 pct for the Alliance")
    assert [words for words in conflicts(story) if "30.5" in words] == [{"30.5", "26 pct"}]


def test_a_partys_popularity_is_its_share() -> None:
    # Reuters 2556, the clause of its own: no word of the vote-share rule stood in it
    story = article("nz", "NEW ZEALAND OPPOSITION AHEAD IN POLL",
                    "Labour's popularity dropped to 45 pct from 52 pct.",
                    published=date(1987, 3, 6))
    claims = {claim.figure.text: claim.subject for claim in check([story], RULES).claims}
    assert claims["45 pct"] == "vote-share"
