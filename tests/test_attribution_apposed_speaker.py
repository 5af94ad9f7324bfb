"""A speaker named in apposition after the description that introduces them ("the
Conflicts Secretary of the Bolivian Miners Federation, Cristobal Aranibar, told Reuters"),
the body such a description names, and "Surname of Firm" after the person's full name.
Sentences are from corpus articles that neither the dev set nor the annotations use, but
for the surname's particle, which only round 16's seamen story has."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


TIN_STRIKE = (
    "LA PAZ, March 20 - A strike by 9,000 miners employed by the state corporation Comibol "
    "has paralysed tin production in the major centers of Huanuni, Corocoro, Siglo, Catavi "
    "and Colquiri, the Conflicts Secretary of the Bolivian Miners Federation, Cristobal "
    "Aranibar, told Reuters.")


def test_a_name_apposed_to_a_role_at_a_named_body_is_the_speaker(
        lexicon: SourceLexicon) -> None:
    """Reuters (Bolivian tin strike): the description ends on the body's capitalised name,
    but it describes the person named after it, who speaks for that body."""
    (miners,) = sources_of(TIN_STRIKE, ["9,000 miners"], lexicon)
    assert miners.name == "Cristobal Aranibar (Bolivian Miners Federation)"


SEAMEN = (
    "Seamen in Santos, Brazil's main port, are in defiant mood. One of their leaders, Orlando "
    "dos Santos, told Reuters that most of the 1,100 seamen in the port offered their "
    "resignations on Wednesday.")


def test_an_apposed_name_may_hold_a_surname_particle(lexicon: SourceLexicon) -> None:
    """Reuters (Brazilian seamen's strike): "dos" is inside the name, not the end of it."""
    (seamen,) = sources_of(SEAMEN, ["1,100 seamen"], lexicon)
    assert seamen.name.endswith("Santos") and seamen.name != "leaders"


TIME_INC = (
    "NEW YORK, April 3 - Time Inc's chief financial officer, Thayer Bigelow, told security "
    "analysts the company is \"comfortable\" with Wall Street estimates that 1987 earnings "
    "will be in a range of 3.75 dlrs to 4.25 dlrs per share.\n\nBigelow said the company is "
    "continuing its previously announced 10 mln share repurchase program.")


def test_the_body_of_the_description_a_name_is_apposed_to(lexicon: SourceLexicon) -> None:
    """Reuters (Time Inc's earnings): the officer speaks for the company the description
    before his name names, when his surname is taken up again."""
    (repurchase,) = sources_of(TIME_INC, ["10 mln share"], lexicon)
    assert repurchase.name == "Thayer Bigelow (Time Inc)"


TEAR_GAS = (
    "LA PAZ, March 21 - Police fired tear gas to disperse 1,000 unemployed miners blocking "
    "the route of West German President Richard Weizsaecker's motorcade to La Paz, Bolivian "
    "Information Minister Herman Antelo said.")


def test_a_clause_before_a_speaker_is_no_description_of_him(lexicon: SourceLexicon) -> None:
    """Reuters (Bolivian miners): the words before the comma are the report's clause, and
    the West German president in it is no body of the Bolivian minister's."""
    (miners,) = sources_of(TEAR_GAS, ["1,000 unemployed miners"], lexicon)
    assert "German" not in miners.name


FED_RESERVES = (
    "\"These numbers and other things suggest the FOMC will not change policy,\" said Robert "
    "Brusca of Nikko Securities Co.\n\nLiro said the Fed probably is shooting for a two-week "
    "borrowings average of 300-325 mln dlrs.\n\nBrusca of Nikko agreed that the Fed probably "
    "is aiming for two-week average discount window borrowings of around 300 mln dlrs. He "
    "said that would correspond to a Federal funds rate of around 6.10 pct.")


def test_a_surname_of_a_firm_is_the_person_named_in_full_before(
        lexicon: SourceLexicon) -> None:
    """Reuters (Fed reserves): "Brusca of Nikko" is Robert Brusca, and "he" after him is
    Brusca, not Liro, quoted before."""
    window, funds = sources_of(FED_RESERVES, ["around 300 mln dlrs", "around 6.10 pct"],
                               lexicon)
    assert window.name == funds.name == "Robert Brusca (Nikko Securities Co)"


COFFEE = (
    "RIO DE JANEIRO, March 5 - Brazil has no set target for its coffee exports following "
    "this week's breakdown of International Coffee Organization talks on export quotas, "
    "President of the Brazilian Coffee Institute, IBC, Jorio Dauster said.\n\nDauster said "
    "consumer proposals would have implied a reduction of one to two mln bags in Brazil's "
    "export quotas.")


def test_the_short_name_set_off_after_the_body_is_the_body(lexicon: SourceLexicon) -> None:
    """Reuters (round 16's Brazilian coffee story; the corpus has no other): the body's
    acronym in its own language, set off between description and name, is its name."""
    (bags,) = sources_of(COFFEE, ["one to two mln bags"], lexicon)
    assert bags.name == "Jorio Dauster (IBC)"
