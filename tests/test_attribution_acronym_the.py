"""An acronym defined after a name with "the" inside it ("the Economic Commission for Latin
America and the Caribbean (ECLAC)") is that name when the story uses the acronym alone.
Sentences are from corpus articles that neither the dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


ECLAC = (
    "Nevertheless, the Economic Commission for Latin America and the Caribbean (ECLAC) still "
    "forecasts growth of 4% for 2005. ECLAC also said that the six largest Latin American "
    "economies (Argentina, Brazil, Chile, Colombia, Mexico and Venezuela) grew by more than "
    "3% for only the second time in 20 years.")


def test_an_acronym_defined_through_and_the_is_the_body_named(lexicon: SourceLexicon) -> None:
    """BBC (Latin American growth): "ECLAC" is the commission, an official body."""
    forecast, growth = sources_of(ECLAC, ["4%", "more than 3%"], lexicon, publisher="BBC News")
    assert forecast.name == "Economic Commission for Latin America and the Caribbean"
    assert (growth.name, growth.kind) == (forecast.name, forecast.kind)


SIAC = (
    "\"We had to do a lot of innovative things to handle this volume,\" said Squyres of the "
    "Securities Industry Automation Corp (SIAC), which is jointly owned by the New York and "
    "American Stock exchanges.\n\nSIAC had planned to boost the capacity of its system by up "
    "to 50 pct by 1990.")


def test_a_person_of_the_body_is_no_part_of_its_acronym(lexicon: SourceLexicon) -> None:
    """Reuters (the crash's trading systems): a run through "of the" must give every
    capital to the acronym, so "SIAC" is the corporation, not "Squyres of the ..."."""
    (capacity,) = sources_of(SIAC, ["up to 50 pct"], lexicon)
    assert "Squyres" not in capacity.name
