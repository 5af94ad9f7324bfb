"""A sentence that gives the change of the figure just before it ("That was 26% more than
the previous year") takes that figure's source; one that sets another number beside it
does not. Sentences are from corpus articles that neither the dev set nor the annotations
use."""

from __future__ import annotations

import pytest
from attribution_samples import TEXT_MESSAGES, default_lexicon, sources_of

from reconcile.attribution.derived import derives_from_before
from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_a_change_of_the_figure_before_is_its_source(lexicon: SourceLexicon) -> None:
    """BBC (text messages, bbc-tech-287): the 26% rise is the MDA's, like the 2.4 billion
    it is worked out from."""
    _, rise = sources_of(TEXT_MESSAGES, ["2.4 billion", "26%"], lexicon, "BBC News")
    assert rise.name == "Mobile Data Association"


def test_the_rise_on_a_reports_figure_is_the_reports(lexicon: SourceLexicon) -> None:
    """BBC (bbc-tech-287): the rise worked out from the figure of "a recent report from
    analysts Gartner" is Gartner's, as the figure is."""
    text = ("Globally, mobile phone sales passed 167 million in the third quarter of 2004, "
            "according to a recent report from analysts Gartner. That was 26% more than the "
            "previous year.")
    sales, rise = sources_of(text, ["167 million", "26%"], lexicon, "BBC News")
    assert sales.name == rise.name == "Gartner"


def test_up_from_last_week_is_the_releases(lexicon: SourceLexicon) -> None:
    """Reuters (jobless claims, reuters-2000): last week's number the release set beside
    its own is the Labor Department's, as the week's number before it is."""
    text = ("WASHINGTON, March 5 - New applications for unemployment insurance benefits fell "
            "to a seasonally adjusted 332,900 in the week ended Feb 21 from 368,400 in the "
            "prior week, the Labor Department said.\n\nThe number of people actually "
            "receiving benefits under regular state programs totaled 3,014,400 in the week "
            "ended Feb 14, the latest period for which that figure was available.\n\nThat "
            "was up from 2,997,800 the previous week.")
    week, before = sources_of(text, ["3,014,400", "2,997,800"], lexicon)
    assert week.name == before.name == "Labor Department"


def test_a_number_set_beside_the_figure_stays_the_writers(lexicon: SourceLexicon) -> None:
    """BBC (French economy, bbc-business-182): the eurozone average the writer compares
    INSEE's forecast with is no change of it, and no figure of INSEE's."""
    text = ("The French statistics agency, INSEE, expects the economy to grow by about 2.4% "
            "this year, buoyed by strong consumer spending and business investment. That is "
            "above the projected eurozone average of just above 2%.")
    _, average = sources_of(text, ["about 2.4%", "just above 2%"], lexicon, "BBC News")
    assert average.name == "BBC News"


@pytest.mark.parametrize("sentence", [
    "That was 26% more than in December 2003.",
    "This was a one point drop for the Conservatives.",
    "It represents an increase of 20% on last year's figures.",
    "That was up from 2,997,800 the previous week.",
    "This was nearly five times greater than 1985.",
])
def test_shapes_of_a_change(sentence: str) -> None:
    assert derives_from_before(sentence)


@pytest.mark.parametrize("sentence", [
    "This compares with a deficit of 24.6 billion dlrs in February 1986.",
    "That is above the projected eurozone average of just above 2%.",
    "It is estimated his trial will cost Santa Barbara county up to $4m.",
    "It is one of three German films vying for a top prize.",
])
def test_shapes_that_are_no_change(sentence: str) -> None:
    assert not derives_from_before(sentence)

