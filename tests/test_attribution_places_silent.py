"""A place says nothing itself: a place's data closed by a named teller are the teller's
("Sweden's unemployment figures ..., a spokesman for the Central Bureau of Statistics
said"), and a pronoun goes on quoting the speaker before a place the story only named as
the owner of what is counted."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_places_data_closed_by_a_named_teller_are_the_tellers() -> None:
    # reuters-5392, used by no annotated or dev-set case.
    text = ("STOCKHOLM, March 16 - A new method of calculating Sweden's unemployment figures "
            "reduced the number of jobless by a sixth, a spokesman for the Central Bureau of "
            "Statistics (SCB) said, reporting a substantial drop in the past year.")
    (sixth,) = sources_of(text, ["a sixth"], default_lexicon())
    assert sixth.name.startswith("Central Bureau of Statistics")
    assert sixth.cue == "said"


def test_a_places_data_with_no_teller_stay_the_places() -> None:
    # bbc-business-275's opening, written without a teller.
    text = "Germany's unemployment figure rose above the level of five million last month."
    (level,) = sources_of(text, ["five million"], default_lexicon(), publisher="BBC News")
    assert level.name == "Germany"
