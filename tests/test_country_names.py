"""The one table of a country's names (``subjects.country.country_spellings``): a key's
name, its people's word and its other names stand for one country, as the bilateral
reading of "Seoul"/"South Korea" trade relies on."""

from __future__ import annotations

from reconcile.cli import load_rules
from reconcile.subjects.bilateral import country
from reconcile.subjects.country import one_country

PLACES = tuple(load_rules().lexicon.places)


def test_a_peoples_word_and_the_countrys_name_are_one_country() -> None:
    # "the Belgian National Bank ... growth" and "Belgium's GNP" (reuters-6384, -5447)
    assert one_country("belgian", PLACES) == one_country("belgium", PLACES) == "belgium"
    assert one_country("u.s", PLACES) == one_country("american", PLACES) == "united state"
    assert one_country("british", PLACES) == one_country("uk", PLACES) == "britain"


def test_a_capital_is_a_country_only_for_a_side_of_its_trade() -> None:
    # "efforts by Seoul to reduce its trade surplus with Washington"
    assert one_country("seoul", PLACES) is None
    assert country("seoul", PLACES) == country("south korean", PLACES) == "south korea"
