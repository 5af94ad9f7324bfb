"""A body described by a lower-case head ("a fund spokesman", "a private economic
institute") is the body of that head the story names in full."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.names import same_source


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_a_described_spokesman_speaks_for_the_body_named_before(
        lexicon: SourceLexicon) -> None:
    text = ("Zambia is negotiating a new International Monetary Fund programme. A fund "
            "spokesman said 200 mln dlrs would be disbursed this year.")
    (spokesman,) = sources_of(text, ["200 mln dlrs"], lexicon)
    assert spokesman.name == "International Monetary Fund spokesman"
    assert same_source(spokesman.name, "IMF spokesman")


def test_a_described_institute_is_the_one_the_story_names_later(
        lexicon: SourceLexicon) -> None:
    text = ("Growth will slow to 2.5 pct next year, a private economic institute said. The "
            "Kiel Institute for World Economics said exports would stagnate.")
    (institute,) = sources_of(text, ["2.5 pct"], lexicon)
    assert institute.name == "Kiel Institute for World Economics"


def test_an_acronym_matches_the_initials_once_the_role_is_left_out() -> None:
    assert same_source("IMF spokesman", "International Monetary Fund spokesman")
    assert not same_source("IMF spokesman", "World Bank spokesman")
