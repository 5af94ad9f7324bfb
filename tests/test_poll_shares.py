"""A poll's list of shares, each its own party's, and a party's popularity as its share:
Reuters election-year stories in no dev or annotated case (reuters-13564, reuters-8073,
reuters-2556)."""

from __future__ import annotations

from datetime import date

from test_precision5 import article, keys

from reconcile.subjects.event import parse


def test_a_share_after_its_party_and_at_is_that_partys() -> None:
    # Reuters 13564: the Alliance's 26 pct was Labour's, by the possessive before it
    story = article("sterling", "STERLING STEADY", (
        "One poll out today showed the Conservatives leading with 43 pct support against "
        "Labour's 30 pct and the Liberal-Social Democratic Alliance at 26 pct."),
        published=date(1987, 4, 7))
    assert parse(keys(story)["26 pct"]).owner == "liberal-social democratic alliance"
