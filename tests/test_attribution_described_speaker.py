""""He" or "she" right after a speaker the story describes and does not name ("A
spokeswoman for the Chamber of Mines said ... She said ...") is that speaker, not a person
named earlier. Sentences are from corpus articles that neither the dev set nor the
annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


COPPER = (
    "Asked to confirm reports by New York copper trade sources about PASAR's shipment "
    "problems, marketing manager Deogracias Madrid told Reuters, \"They are partly correct. "
    "There could be a probable delay.\"\n\n\"We have a commitment to our customers and I "
    "would not like to comment on that,\" Madrid said.\n\nA spokeswoman for the Chamber of "
    "Mines said Philippine copper production amounted to 222,644 tonnes in 1986, down "
    "slightly from 226,157 tonnes in 1985. She said production in the first two months of "
    "1987 totalled 34,550 tonnes, compared with 36,462 tonnes in the same 1986 period.")


def test_she_after_a_spokeswoman_for_a_body_is_that_body(lexicon: SourceLexicon) -> None:
    """Reuters (Philippine copper): the spokeswoman, who speaks for the Chamber of Mines,
    not the smelter's manager named two sentences before."""
    (output,) = sources_of(COPPER, ["34,550 tonnes"], lexicon)
    assert output.name == "Chamber of Mines"


FISCAL = (
    "Masayoshi Ito, chairman of the LDP's policy affairs council, said yesterday the "
    "government must stick to its 1990 fiscal reform target, but should review the ceiling "
    "it places on public works spending.\n\nEven some Finance Ministry officials privately "
    "acknowledge that policy changes might be needed, including easing the government's "
    "iron grip on spending.\n\n\"We do not have any intention of abandoning our objective "
    "to restore fiscal balance,\" a Finance Ministry spokesman said.\n\nHe said so far the "
    "ministry had tried to achieve two goals simultaneously.")


def test_he_after_a_ministry_spokesman_is_the_ministry(lexicon: SourceLexicon) -> None:
    """Reuters (Japan's budget): "he" is the spokesman just quoted, not the party's
    policy chief named before."""
    (goals,) = sources_of(FISCAL, ["two goals"], lexicon)
    assert goals.name == "Finance Ministry"


GNP = (
    "The Bank of Japan is rather confident currency stability will continue for some time, "
    "the senior bank official said, but declined to be more specific.\n\nFinance Minister "
    "Kiichi Miyazawa told parliament on Friday the current dollar/yen exchange rate is not "
    "necessarily satisfactory for the Japanese economy.\n\nThe senior bank official said he "
    "expects Japan's gross national product (GNP) to grow three pct or slightly more in the "
    "fiscal year beginning in April.\n\nDomestic demand may grow nearly four pct in 1987/88, "
    "but the external sector will have a negative impact on GNP of nearly one percentage "
    "point, he said.")


def test_he_after_the_described_official_again_is_that_official(
        lexicon: SourceLexicon) -> None:
    """Reuters (Bank of Japan): "the senior bank official", taken up with "the" after the
    story described him, is the nearest speaker "he" stands for, not the minister named
    between the two mentions."""
    (demand,) = sources_of(GNP, ["nearly four pct"], lexicon)
    assert demand.name == "senior bank official"
