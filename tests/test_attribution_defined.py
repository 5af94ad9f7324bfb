"""One source under two names: a full name and the short name the story defines for it in
brackets (``reconcile.attribution.defined``), on a news article outside the annotated
cases."""

from __future__ import annotations

from datetime import date

from test_precision import RULES, article

from reconcile.compare import same_source
from reconcile.pipeline import extract


def test_a_body_named_in_full_and_by_the_short_name_the_story_defines_is_one_source() -> None:
    # reuters-9537: "OMB" does not spell "White House Office of Management and Budget", so
    # the office's report and its deputy director were two rival sources
    claims = {claim.figure.text: claim for claim in extract(article(
        "news", "debt",
        "WASHINGTON, March 25 - The administration is expanding its crackdown on bad debts, "
        "officials of the White House Office of Management and Budget (OMB) told reporters."
        "\n\nNext year, the government will turn over to private collection bureaus four "
        "billion dlrs in bad education loans, OMB Deputy Director Joseph Wright said.\n\n"
        "Delinquent U.S. debt had soared to 68.3 billion dlrs by the end of the fiscal year, "
        "the White House Office of Management and Budget said.", date(1987, 3, 25)), RULES)}
    office, deputy = claims["68.3 billion dlrs"], claims["four billion dlrs"]
    assert office.source.name == "White House Office of Management and Budget (OMB)"
    assert same_source(office, deputy)
