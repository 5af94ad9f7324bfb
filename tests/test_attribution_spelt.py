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


def test_an_acronym_matches_the_initials_once_a_shared_last_word_is_left_out() -> None:
    # BBC business (CES 2005): "according to CEA analysts" after the Consumer Electronics
    # Association was named
    assert same_source("CEA analysts", "Consumer Electronics Association analysts")
    assert not same_source("CEA analysts", "Consumer Electronics Association economists")


def test_the_government_is_the_department_named_just_before(lexicon: SourceLexicon) -> None:
    text = ("The USDA projected an average yield of 1.50 gallons of FCOJ per box versus last "
            "month's estimate of 1.47 gallons.\n\nThe government estimated Florida orange "
            "production at 122.9 mln boxes versus 124 mln last month.")
    (production,) = sources_of(text, ["122.9 mln boxes"], lexicon)
    assert production.name == "USDA"


def test_the_government_is_not_a_statistics_office_or_a_board(lexicon: SourceLexicon) -> None:
    text = ("The Canadian Wheat Board said prices would fall 20 pct.\n\nThe government "
            "estimated aid at one billion dlrs.")
    (aid,) = sources_of(text, ["one billion dlrs"], lexicon)
    assert aid.name == "government"


def test_unnamed_officials_speak_for_the_body_that_speaks_next(lexicon: SourceLexicon) -> None:
    text = ("MURDOCHVILLE, Que., April 2- Seventeen miners who were missing in a copper mine "
            "fire were found today, officials said.\n\nThe mine's owner, Noranda Inc. NOR, "
            "said one miner died in the fire.")
    (miners,) = sources_of(text, ["Seventeen miners"], lexicon)
    assert same_source(miners.name, "Noranda officials")


def test_unnamed_officials_stay_unnamed_before_a_person(lexicon: SourceLexicon) -> None:
    text = ("TOKYO, April 27 - Nakasone was advised to buy more than one billion dlrs of "
            "foreign goods, officials said.\n\nFormer Foreign Minister Shintaro Abe made the "
            "recommendation at a meeting with Nakasone.")
    (goods,) = sources_of(text, ["more than one billion dlrs"], lexicon)
    assert goods.name == "officials"


def test_an_arm_of_a_company_is_its_body_quoted_before(lexicon: SourceLexicon) -> None:
    text = ("TOKYO, March 11 - Japan's unemployment rate will average 3.3 pct in 1987/88, the "
            "private Nomura Research Institute said.\n\nThe research arm of Nomura Securities "
            "Co forecast unemployment would exceed two mln by mid-fiscal 1987.")
    _, later = sources_of(text, ["3.3 pct", "two mln"], lexicon)
    assert later.name == "Nomura Research Institute"
