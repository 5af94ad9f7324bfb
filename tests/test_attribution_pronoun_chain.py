"""A pronoun no named source accounts for goes on standing for whom the same pronoun stood
for before it: the person a role named for the first "he" speaks on in a later "he said",
beyond the reach a person named outside any cue is looked for."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_later_he_is_the_person_the_first_he_was_found_to_be() -> None:
    # reuters-19062, used by no annotated or dev-set case.
    text = ("TOKYO, June 19 - Japan must try harder to reduce its trade surplus or the yen "
            "will come under renewed upward pressure, Economic Planning Minister Tetsuo "
            "Kondo.\n\nHe told a press luncheon he hoped Japan could cut its current account "
            "surplus by some 10 billion dlrs a year until it is reduced to some 50 to 60 "
            "billion dlrs. In the fiscal year ended March 31 the surplus totalled 93.76 "
            "billion dlrs, or about 4.5 pct of GNP.\n\nThe 6,000 billion yen economic "
            "stimulation package the government unveiled late last month would help slash "
            "Japan's current account surplus by five to six billion dlrs, he said.")
    first, later = sources_of(text, ["some 10 billion dlrs", "five to six billion dlrs"],
                              default_lexicon())
    assert first.name == "Tetsuo Kondo"
    assert later.name == "Tetsuo Kondo"
    assert later.cue == "said"
