"""A day after its month ends a speaker's name walked back from the verb, as a year does
("In 1986 Mitek reported"): "On May 13 Keating said" is Keating's, no name "May 13
Keating"."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_date_before_the_speaker_is_no_part_of_the_name() -> None:
    # reuters-18468, used by no annotated, dev-set or round-16 case.
    text = ("In his mini-budget on May 13 Keating said the budget deficit for the year ending "
            "June 1988 would be between two and three billion dlrs.")
    (source,) = sources_of(text, ["between two and three billion dlrs"], default_lexicon())
    assert source.name == "Keating"
    assert source.cue == "said"
