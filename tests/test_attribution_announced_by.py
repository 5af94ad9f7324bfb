"""A clause closed by ", as already announced by X" is X's, as one closed by "according to
X" is; "according to a report on/in" a broadcaster or a newspaper names the outlet, not a
bare "report" that stands for the story's company. Neither the brief's nor any other
shape of these stands in a dev-set or annotated case."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_as_already_announced_by_gives_the_clause_to_the_body() -> None:
    # bbc-politics-128
    text = ("Borrowing figures for 2003/4 are £35bn - £2.5bn less than the £37.5bn predicted "
            "in March's budget, as already announced by the Office for National Statistics.")
    total, gap = sources_of(text, ["£35bn", "£2.5bn"], default_lexicon(), "BBC News")
    assert total.name == gap.name == "Office for National Statistics"


def test_as_announced_by_after_a_noun_reports_no_clause() -> None:
    # reuters-17280: the weeks are the Thai officials' account of the USDA's prices.
    text = ("Thai officials said weekly rice prices as announced by the U.S. Agriculture "
            "Department were unchanged for 11 weeks up to April 8.")
    (weeks,) = sources_of(text, ["11 weeks"], default_lexicon())
    assert weeks.name == "Thai officials"


def test_a_report_on_a_broadcaster_is_the_broadcasters() -> None:
    # reuters-16979
    text = ("TORONTO, April 21 - TransCanada PipeLines Ltd has raised its takeover offer for "
            "Dome Petroleum Ltd to 5.5 billion Canadian dlrs from 4.3 billion, according to a "
            "report on the Canadian Broadcasting Corp (CBC).")
    offer, earlier = sources_of(text, ["5.5 billion Canadian dlrs", "4.3 billion"],
                                default_lexicon())
    assert offer.name == earlier.name == "Canadian Broadcasting Corp"
