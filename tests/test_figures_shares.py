"""Fractions that are shares of a group read as percentages ("more than a third had basic
security features turned off" is over 33.3 percent), each from a real sentence of the
corpora; multipliers, periods, changes, fractions of a stated amount and fractions of one
thing keep the number they are."""

from __future__ import annotations

import pytest
from test_figures import figures

from reconcile.model import Figure


def reading(text: str, words: str) -> Figure:
    """The one figure whose words begin with ``words``."""
    matching = [figure for figure in figures(text) if figure.text.startswith(words)]
    assert len(matching) == 1, figures(text)
    return matching[0]


@pytest.mark.parametrize(("sentence", "words", "low", "high"), [
    # BBC tech: the subject of a clause after a verb of finding
    ("A survey of wi-fi networks in London, Frankfurt, New York and San Francisco by RSA "
     "Security found more than a third had basic security features turned off.",
     "more than a third", 100 / 3, None),
    # Reuters: the subject of a clause after "and", a verb in the present
    ("A majority of Americans disapprove of the way Ronald Reagan has handled the presidency "
     "and one-third believe he should resign, a new poll said.", "one-third", 100 / 3, 100 / 3),
    # Reuters: a share of the firms polled
    ("More than a quarter of the firms polled said they thought orders in hand were "
     "insufficient.", "More than a quarter", 25, None),
    # BBC tech: "half" and a determiner, no "of"
    ("Almost half of the UK population now shop online according to figures collected by the "
     "Interactive Media in Retail Group.", "Almost half", None, 50),
    # Reuters: a share of a count stated after it is still a share of a group
    ("About 30,000 building workers were laid off in 1986, one third of the total force.",
     "one third", 100 / 3, 100 / 3),
    # BBC tech: a share of the people a count names
    ("A third of the 2,000 broadband users interviewed were fed up with their current "
     "providers.", "A third", 100 / 3, 100 / 3),
])
def test_a_share_of_a_group_is_a_percentage(sentence: str, words: str, low: float | None,
                                            high: float | None) -> None:
    share = reading(sentence, words)
    assert (share.kind, share.unit) == ("percent", "percent")
    assert (share.low, share.high) == (pytest.approx(low) if low else None,
                                       pytest.approx(high) if high else None)
    assert share.text.startswith(words)


@pytest.mark.parametrize(("sentence", "words"), [
    # Reuters: a fraction of a stated amount is a part of that amount
    ("The EC is the largest buyer of Thai tapioca, absorbing more than two thirds of the 5.8 "
     "mln tonnes of pellets exported by Thailand last year.", "more than two thirds"),
    ("Foreign governments and multilateral organisations hold one-third of Ecuador's 8.16 "
     "billion dlrs total foreign debt, he said.", "one-third"),
    # Reuters: a multiplier of a share and of a point
    ("which also give Viacom shareholders one-fifth of a share of Arsenal common stock",
     "one-fifth"),
    ("Borrowing costs are tipped to rise by a quarter of a percentage point to 2.25%.",
     "quarter"),
    # Reuters: periods
    ("earning a total of 6.9 billion dlrs during the first three quarters of the year",
     "three quarters"),
    ("The DIW said that even if the economy recovers in the remaining three quarters, it was "
     "unlikely that demand and production would rise strongly.", "three quarters"),
    # BBC: a comparison with a level, and a fraction of one thing
    ("Japan is the world's least fertile nation with childbirth rates of just two thirds of "
     "that in the US.", "two thirds"),
    ("I'd like two thirds of the cake.", "two thirds"),
    # Reuters: the next of a series, and levels compared
    ("WASHINGTON, April 1 - A second U.S. Marine has been charged with spying and a third "
     "arrested on suspicion of lying about contacts with Soviet women.", "a third"),
    ("the two pct cut in prices is a step toward closing the gap with European Community "
     "prices, about half those in Japan.", "about half"),
    # BBC: one of a pair
    ("from his meteoric rise as one half of pop duo Wham! to his arrest", "one half"),
    # BBC: an ordinal, and a fraction alone
    ("He must be judged on what he has done in two terms, not what he mendaciously claims he "
     "would do in a third.", "a third"),
    ("Reducing the limit to one third.", "one third"),
])
def test_other_fractions_keep_their_number(sentence: str, words: str) -> None:
    fraction = reading(sentence, words)
    assert fraction.kind in ("number", "ratio") and fraction.value is not None
    assert 0 < fraction.value < 1


@pytest.mark.parametrize(("sentence", "words", "low", "high"), [
    # Reuters: a change of output, hedged
    ("Coffee prices soared in response to a drought which cut Brazil's crop by nearly "
     "two-thirds.", "nearly two-thirds", None, 200 / 3),
    # Reuters: a change of a stated group's benefits, bounded
    ("the act would cut the cash benefits to injured workers by up to a third.",
     "up to a third", None, 100 / 3),
    # Reuters: a change of a year's exports
    ("Declines in world oil prices also boosted its non-oil exports by one third in 1986.",
     "one third", 100 / 3, 100 / 3),
])
def test_a_change_by_a_fraction_is_a_percentage(sentence: str, words: str,
                                                low: float | None, high: float | None) -> None:
    change = reading(sentence, words)
    assert change.unit == "percent"
    assert (change.low, change.high) == (pytest.approx(low) if low else None,
                                         pytest.approx(high) if high else None)
