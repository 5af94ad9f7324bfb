"""A place says nothing itself: a place's data closed by a named teller are the teller's
("Sweden's unemployment figures ..., a spokesman for the Central Bureau of Statistics
said"), and a pronoun goes on quoting the speaker before a place the story only named as
the owner of what is counted."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_places_data_closed_by_a_named_teller_are_the_tellers() -> None:
    # reuters-5392, the only corpus sentence of the form; main has since made it an
    # annotated case (round 18, "reuters-sweden-jobless-new-method").
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


def test_they_passes_over_a_place_that_owns_a_measure() -> None:
    # reuters-18475, used by no annotated or dev-set case.
    text = ("May exports of kit parts included 115,847 cars, up 35 pct from a year earlier, "
            "and 38,864 commercial vehicles, up 21.4 pct, the industry sources said.\n\n"
            "Japan's car production in May fell 11 pct from a year earlier to 574,921 and "
            "commercial vehicle output fell 4.8 pct to 335,460, while car kit output rose "
            "29.7 pct from a year earlier to 106,396 and commercial vehicle kit production "
            "rose 34.7 pct to 35,128, they said.")
    production, kits = sources_of(text, ["574,921", "35,128"], default_lexicon())
    assert production.name.lower() == "industry sources"
    assert kits.name.lower() == "industry sources"
    assert kits.cue == "said"


def test_he_is_never_a_place() -> None:
    # reuters-8167, used by no annotated or dev-set case: "Iraqi" was "he".
    text = ("BAGHDAD, March 23 - Iraq said its warplanes launched two bombing raids on Iran's "
            "offshore Nowruz oilfield in the northern Gulf today.\n\nA military spokesman, "
            "quoted by the official Iraqi news agency, said platforms at the field were "
            "reduced \"to rubble.\"\n\nHe said attacks on the field, 55 miles northwest of "
            "Iran's Kharg Island oil terminal, were carried out at 0600 GMT.")
    (miles,) = sources_of(text, ["55 miles"], default_lexicon())
    assert miles.name == "military spokesman"


def test_a_place_the_lead_opens_with_is_no_survey() -> None:
    # bbc-business-086, used by no annotated or dev-set case: the survey was "UK".
    text = ("UK manufacturing grew at its slowest pace in one-and-a-half years in January, "
            "according to a survey.\n\nThe Chartered Institute of Purchasing and Supply "
            "(CIPS) said its purchasing manager index (PMI) fell to 51.8 from a revised 53.3 "
            "in December.")
    pace, index = sources_of(text, ["one-and-a-half years", "51.8"], default_lexicon(),
                             publisher="BBC News")
    assert pace.name == "survey"
    assert index.name == "Chartered Institute of Purchasing and Supply"


def test_a_place_the_lead_opens_with_may_be_it() -> None:
    # reuters-15443, used by no annotated or dev-set case: it stays the Soviet Union's.
    text = ("MOSCOW, April 9 - The Soviet Union displayed spying equipment it said had been "
            "placed by American agents in five different Soviet buildings in the United "
            "States.")
    (buildings,) = sources_of(text, ["five different Soviet buildings"], default_lexicon())
    assert buildings.name == "Soviet Union"
