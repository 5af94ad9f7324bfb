"""A company or a person a place owns speaks for itself ("Sweden's Telefon AB L.M.
Ericsson said"); the place's state bodies speak for it ("Hong Kong's Census and
Statistics Department said")."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_company_a_place_owns_speaks_for_itself() -> None:
    # reuters-6625, used by no annotated or dev-set case.
    text = ("STOCKHOLM, March 18 - Sweden's Telefon AB L.M. Ericsson ERIC ST said one of its "
            "units had won a contract worth 8.7 mln dlrs from the U.S. State of Arkansas to "
            "provide a communications network for three state buildings.")
    (contract,) = sources_of(text, ["8.7 mln dlrs"], default_lexicon())
    assert contract.name == "Telefon AB L.M. Ericsson"


def test_a_person_a_place_owns_speaks_a_state_body_speaks_for_the_place() -> None:
    # reuters-17386, used by no annotated or dev-set case; the department stays Hong Kong's
    # as before (reuters-6976).
    text = ("Their chairman, Belgium's Paul de Keersmaeker, told a news conference after the "
            "meeting he would work on a paper setting out possible compromise solutions in "
            "the next two weeks.")
    (weeks,) = sources_of(text, ["two weeks"], default_lexicon())
    assert weeks.name == "Paul de Keersmaeker"
    text = ("HONG KONG, March 17 - Hong Kong's Census and Statistics Department said "
            "retained imports rose 40 pct in January.")
    (imports,) = sources_of(text, ["40 pct"], default_lexicon())
    assert imports.name == "Hong Kong"


def test_a_minister_named_by_one_word_speaks() -> None:
    # reuters-17254, used by no annotated or dev-set case: "he" was "Indonesia".
    text = ("JAKARTA, April 27 - Oil prices have stabilized in world markets and demand is "
            "likely to increase in the second half of the year, Indonesia's Mines and Energy "
            "Minister Subroto said.\n\nHe told a meeting of oil industry executives that oil "
            "prices had stabilized at 18 dlrs a barrel.")
    (price,) = sources_of(text, ["18 dlrs"], default_lexicon())
    assert price.name.endswith("Minister Subroto")
    assert price.cue == "told"
