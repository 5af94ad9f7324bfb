"""Hearsay: a figure the reporter tells as "reportedly", "is reported to", "rumoured to" or
"amid rumours" is the unnamed reports' or rumours', within the clause the marker opens.
Sentences are from corpus articles; the dev set and the annotations use none of them but
the last."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_a_figure_reported_to_be_is_the_reports(lexicon: SourceLexicon) -> None:
    text = "Liverpool were reported to have bid £3.5m for the 28-year-old Spanish international."
    (bid,) = sources_of(text, ["£3.5m"], lexicon)
    assert bid.name == "reports" and bid.explicit


def test_reportedly_covers_what_follows_it_only(lexicon: SourceLexicon) -> None:
    text = ("IBM has received 25,772 US patents in that period and reportedly has more than "
            "40,000 current patents.")
    received, current = sources_of(text, ["25,772", "more than 40,000"], lexicon)
    assert received.name != "reports"
    assert current.name == "reports"


def test_a_rumoured_sum_is_the_rumours_within_its_aside(lexicon: SourceLexicon) -> None:
    text = ("Speculation about an impending deal, rumored to be worth 600 mln dlrs, also sent "
            "shares of other U.S. brokerages up sharply.")
    (worth,) = sources_of(text, ["600 mln dlrs"], lexicon)
    assert worth.name == "rumours"


def test_an_earlier_value_after_rumours_is_the_reporters(lexicon: SourceLexicon) -> None:
    """BBC (Deutsche Boerse's bid for the LSE, an annotated article): the bid it may raise
    to is rumoured; the offer it made is known."""
    text = ("Werner Seifert met LSE chief executive Clara Furse amid rumours the German group "
            "may raise its bid to £1.5bn from its initial £1.3bn offer.")
    raised, initial = sources_of(text, ["£1.5bn", "£1.3bn"], lexicon)
    assert raised.name == "rumours"
    assert initial.name != "rumours"
