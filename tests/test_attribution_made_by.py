"""A statement of a figure made, conducted or carried out by someone, or a view held among
a group, is theirs.

Every sentence is copied from a corpus article that no annotated case and no dev-set case
uses (``rules/sources.yaml``: ``statement_participles``, the inverted cues "survey,
conducted by" and "opinion among"; ``resolve._studies_by_agent``).
"""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_a_forecast_made_by_someone_is_theirs(lexicon: SourceLexicon) -> None:
    # reuters-5765: the range is the economists' forecast, not the bureau's figure
    text = ("The current account deficit fell at the lower end of the range of forecasts of "
            "700 mln to one billion dlrs made by market economists yesterday.")
    (source,) = sources_of(text, ["700 mln to one billion dlrs"], lexicon)
    assert source.name == "market economists"


def test_a_thing_made_by_someone_is_no_figure_of_theirs(lexicon: SourceLexicon) -> None:
    # reuters-18212-like wording: the offer is Revlon's act; its price is reported by the
    # company that weighs it, not given by a statement "made by" Revlon
    text = ("Gelco Corp said its board rejected the 45 dlr a share takeover bid made by Revlon "
            "Group Inc.")
    (source,) = sources_of(text, ["45 dlr a share"], lexicon)
    assert source.name == "Gelco Corp"


def test_the_study_an_aside_says_was_conducted_by_a_firm_is_the_firms(
        lexicon: SourceLexicon) -> None:
    # bbc-tech-204: "a study" named before the aside and "the study" after it are the same
    # study, Building Zones'
    text = ("A study revealed that 86% of visitors to the Library carried laptops. The "
            "service will be priced at £4.50 for an hour's session. The study, conducted "
            "by consultancy Building Zones, found that 16% of visitors came to the Library to "
            "sit down and use it as a business centre. This could be because of its "
            "proximity to busy mainline stations such as Kings Cross and Euston. The study "
            "also found that people were spending an average of six hours in the building, "
            "making it an ideal wireless hotspot.")
    before, first, later = sources_of(text, ["86%", "16%", "six hours"], lexicon,
                                      publisher="BBC News")
    assert before.name == "Building Zones"
    assert first.name == "Building Zones"
    assert later.name == "Building Zones"


def test_a_view_held_among_a_group_is_the_groups(lexicon: SourceLexicon) -> None:
    # reuters-18625: the expectations are the analysts', not the reporter's
    text = ("Analysts polled by Reuters said the forecast budget surplus was even more positive "
            "than the most bullish analysts' forecasts. Market expectations among analysts "
            "questioned by Reuters before the budget varied widely between a balanced budget "
            "and a 2.3 billion dlr deficit.")
    (source,) = sources_of(text, ["2.3 billion dlr"], lexicon)
    assert source.name == "analysts"
