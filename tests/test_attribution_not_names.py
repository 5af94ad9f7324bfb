"""Words before a cue that name no source, and a body's name that only looks like a
person's. Sentences are from corpus articles that no dev-set or annotated case uses, but
the bracketed measure's, from a case of round 15 (no other corpus article has it)."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_a_time_owns_no_newspaper(lexicon: SourceLexicon) -> None:
    text = ("The Gallup survey to be published in tomorrow's Daily Telegraph newspaper shows "
            "the Conservatives with a popularity rating of 37.5 pct.")
    (rating,) = sources_of(text, ["37.5 pct"], lexicon)
    # the pollster's survey, which the paper only prints (``polls.poll_of_mention``)
    assert rating.name == "Gallup survey"


def test_last_weeks_report_is_the_institutes(lexicon: SourceLexicon) -> None:
    text = ("Last week's American Petroleum Institute report said that U.S. refining capacity "
            "rose three pct to 78.7 pct of capacity.")
    rise, _ = sources_of(text, ["three pct", "78.7 pct"], lexicon)
    assert rise.name == "American Petroleum Institute"


def test_a_day_before_a_masthead_is_the_papers_name(lexicon: SourceLexicon) -> None:
    text = ("The Sunday Times quoted a letter sent yesterday to President Corazon Aquino from "
            "Ariadne's chairman, New Zealander Bruce Judge, that he was offering cash "
            "equivalent to five pct of the nation's yearly budget.")
    (offer,) = sources_of(text, ["five pct"], lexicon)
    assert offer.name == "Sunday Times"


def test_a_day_before_a_name_is_still_dropped(lexicon: SourceLexicon) -> None:
    text = "On Wednesday Prime Minister Yulia Tymoshenko said 3,000 firms would be reviewed."
    (firms,) = sources_of(text, ["3,000 firms"], lexicon, publisher="BBC News")
    assert firms.name == "Prime Minister Yulia Tymoshenko"


def test_a_measure_alone_opening_a_sentence_names_no_source(lexicon: SourceLexicon) -> None:
    text = ("Corn -- Stocks, Aug 31, 1987, at 5,240, vs 5,595 last month.\n\n"
            "Exports projected at 1,375, vs 1,250 last month.")
    exports, _ = sources_of(text, ["1,375", "1,250"], lexicon)
    assert exports.name != "Exports"


def test_a_measure_with_its_short_form_names_no_source(lexicon: SourceLexicon) -> None:
    text = ("The independent institute said in its quarterly March issue that it was also "
            "revising its fiscal 1987 real gross domestic product (GDP) forecast to a fall of "
            "0.5 pct against the one pct drop forecast in December.")
    fall, _ = sources_of(text, ["0.5 pct", "one pct"], lexicon)
    assert fall.name == "institute"


def test_a_body_opening_with_a_peoples_word_is_what_the_announcement_points_to(
        lexicon: SourceLexicon) -> None:
    text = ("Franco Nevada said American Barrick announced on March nine that the drilling "
            "indicated a number of significant intersections of sulfide gold mineralization "
            "below a depth of about 1,000 feet.\n\n"
            "One vertical drill hole intersected gold continuously from 1,100 feet to 1,730 "
            "feet averaging 0.30 ounces per ton, the announcement said.")
    (ounces,) = sources_of(text, ["0.30 ounces"], lexicon)
    assert ounces.name == "American Barrick"
