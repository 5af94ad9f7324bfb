"""A report, survey or figures named bare are their maker's where the story names one ("a
recent report from analysts Gartner", "the latest survey from the Institute for Supply
Management") or where the very next sentence says who collected them ("The figures
collected by the Mobile Data Association"). Sentences are from corpus articles that
neither the dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import TEXT_MESSAGES, default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_figures_named_bare_are_those_the_next_sentence_names(lexicon: SourceLexicon) -> None:
    """BBC (bbc-tech-287): "latest figures showing that 26 billion texts were sent" are the
    figures the next sentence says the MDA collected."""
    (total,) = sources_of(TEXT_MESSAGES, ["26 billion"], lexicon, "BBC News")
    assert total.name == "Mobile Data Association"


GARTNER = ("Globally, mobile phone sales passed 167 million in the third quarter of 2004, "
           "according to a recent report from analysts Gartner. That was 26% more than the "
           "previous year.")


def test_a_recent_report_from_analysts_is_theirs(lexicon: SourceLexicon) -> None:
    """BBC (bbc-tech-287): "a recent report from analysts Gartner" is Gartner's."""
    (sales,) = sources_of(GARTNER, ["167 million"], lexicon, "BBC News")
    assert sales.name == "Gartner"


def test_the_latest_survey_from_a_body_is_the_bodys(lexicon: SourceLexicon) -> None:
    """BBC (US manufacturing, bbc-business-370): "the latest survey from the Institute for
    Supply Management" is the institute's, its whole name with its "for"."""
    text = ("US industrial production increased in December, according to the latest survey "
            "from the Institute for Supply Management (ISM).\n\nIts index of national "
            "manufacturing activity rose to 58.6 last month from 57.8 in November.")
    index, _ = sources_of(text, ["58.6", "57.8"], lexicon, "BBC News")
    assert index.name == "Institute for Supply Management"


def test_a_poll_named_next_is_left_to_the_polls(lexicon: SourceLexicon) -> None:
    """Reuters (Newsweek poll, reuters-231): a poll is named by the words that frame it
    (``polls``), not renamed for the magazine the next sentence says conducted it."""
    text = ("NEW YORK, March 1 - A majority of Americans disapprove of the way Ronald Reagan "
            "has handled the presidency and one-third believe he should resign, a new poll "
            "said.\n\nThe poll conducted by Newsweek magazine said 53 pct of the respondents "
            "gave Reagan a negative performance rating.")
    (third,) = sources_of(text, ["one-third"], lexicon)
    assert third.name != "Newsweek magazine"
