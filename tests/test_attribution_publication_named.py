""""The magazine", "the newsletter" after a publication the story has named ("The official
Peking Review yesterday accused ...", "the Middle East Economic Survey (MEES) said ... The
Cyprus-based weekly newsletter quoted ...") is that publication, a source before or not.
The first text is from a corpus article that neither the dev set nor the annotations use;
the second, round 16's, is the corpus's only such newsletter."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


CHINA_TRADE = (
    "The official Peking Review yesterday accused the United States of delaying approval on "
    "high-technology sales to China.\n\nLast year, Washington approved only 60 pct of the "
    "exports China applied for, the magazine said.")


def test_the_magazine_is_the_periodical_named_before(lexicon: SourceLexicon) -> None:
    """Reuters (China trade): the Peking Review, named as no source's speaker."""
    (exports,) = sources_of(CHINA_TRADE, ["60 pct"], lexicon)
    assert exports.name == "Peking Review"


SAUDI_OIL = (
    "NICOSIA, April 27 - Saudi Arabia will not seek to push OPEC oil prices above the "
    "current benchmark of 18 dlrs per barrel unless oil demand grows strongly, the Middle "
    "East Economic Survey (MEES) said.\n\nThe Cyprus-based weekly newsletter quoted "
    "authoritative Saudi sources as saying the Kingdom's oil price policy would not "
    "change.\n\nThe newsletter said Saudi output in the first three weeks of April averaged "
    "slightly above its OPEC quota of 4.133 mln barrels per day (bpd).")


def test_the_newsletter_is_the_survey_named_before(lexicon: SourceLexicon) -> None:
    """Reuters (round 16's Saudi oil story): "Survey" is a periodical's title word."""
    (quota,) = sources_of(SAUDI_OIL, ["4.133 mln barrels per day"], lexicon)
    assert quota.name == "Middle East Economic Survey"


SPECTATOR = (
    "\"It's a dispute between Ken Livingstone and a reporter on the Evening Standard.\" "
    "The article in the magazine suggested grieving Liverpudlians were wallowing in their "
    "victim status. It also attributed blame to drunken Liverpool football fans for the "
    "1989 Hillsborough disaster in which 96 died.")


def test_a_magazine_is_no_daily_named_before(lexicon: SourceLexicon) -> None:
    """BBC (Livingstone's and Johnson's apologies): "the magazine" that ran the Liverpool
    leader is not the Evening Standard quoted before."""
    (died,) = sources_of(SPECTATOR, ["96 died"], lexicon)
    assert died.name != "Evening Standard"
