"""How far a release named in the lead reaches: a periodic report of any body is a
release, and the body named again does not end its account. Sentences are from corpus
articles that neither the dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.names import same_source


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


BANK_REPORT = (
    "SAN FRANCISCO, June 18 - A trade-led boom in the U.S. is unlikely this year or next "
    "because growth in net exports will merely offset a dramatic slowdown in consumer "
    "spending and other sectors of the economy, Bank of America said in its latest economic "
    "report.\n\nAlthough net exports will add 0.7 pct to GNP this year, after reducing it by "
    "1.2 pct in 1986, consumer spending will contribute 1.4 pct less to GNP than it did last "
    "year.")


def test_a_bodys_periodic_report_is_a_release_its_lead_passage_reels_off(
        lexicon: SourceLexicon) -> None:
    """Reuters (a bank's economic report): a company's report, not only an official
    body's release, gives the plain figures of the lead's paragraphs."""
    exports, earlier, spending = sources_of(BANK_REPORT, ["0.7 pct", "1.2 pct", "1.4 pct"],
                                            lexicon)
    assert same_source(exports.name, "Bank of America")
    assert earlier.name == spending.name == exports.name


SPOKESMAN = (
    "BRUSSELS, March 5 - Belgium is to issue a 150 billion franc, eight-year state loan "
    "carrying a coupon of eight pct, a Finance Ministry spokesman said.\n\nPricing will be "
    "fixed next week.\n\nThe spokesman said the loan will feature a call option after four "
    "years at a price also to be determined.\n\nSome 120 billion francs of the loan will be "
    "taken up by members of the issuing consortium, comprising major Belgian commercial "
    "banks, and the remaining 30 billion by semi-state owned financial institutions.\n\n"
    "The most recent public authority loan stock issue, for the state road building fund "
    "Fonds des Routes, was also for eight years with an eight pct coupon.")


def test_a_spokesman_named_again_carries_no_release_into_the_background(
        lexicon: SourceLexicon) -> None:
    """Reuters (a state loan): a spokesman's words are remarks, so "The spokesman said"
    again does not carry the ministry on to the reporter's account of an earlier issue."""
    (earlier,) = sources_of(SPOKESMAN, ["eight years"], lexicon)
    assert earlier.name == "Reuters"


IEA = (
    "PARIS, April 5 - Growth in oil consumption in the Western industrialised countries is "
    "likely to slow to around one pct this year compared with 2.3 pct in 1986, the "
    "International Energy Agency (IEA) said.\n\n"
    "Oil use in the 24 countries of the OECD increased by around one pct in first quarter "
    "1987 to 35.9 mln bpd, the IEA said in its Monthly Oil Market Report.\n\n"
    "IEA estimates on April 1 put oil stocks in the OECD area at 428 mln tonnes, "
    "representing 98 days of forward consumption.\n\n"
    "It said initial estimates indicate that company stocks fell by 1.2 mln bpd in OECD "
    "countries in the first quarter of the year.\n\n"
    "Company stocks on land in the OECD rose to 326 mln tonnes on April 1 against 316 mln "
    "on April 1 1986.")


def test_the_lead_body_named_again_leaves_its_release_going_on(
        lexicon: SourceLexicon) -> None:
    """Reuters (the IEA's monthly oil report): "It said", the agency again, hands the
    story to no one else, so the stocks reeled off after it are still the agency's."""
    land, year_ago = sources_of(IEA, ["326 mln tonnes", "316 mln"], lexicon)
    assert same_source(land.name, "International Energy Agency")
    assert year_ago.name == land.name
