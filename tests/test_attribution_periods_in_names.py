"""A month or day in the words that name a source says when, not who: "preliminary
February figures show" are the figures of the body the story names, "Last December
BankAmerica and Wells Fargo announced" is BankAmerica and Wells Fargo."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_release_named_by_its_month_is_the_releasing_body() -> None:
    # reuters-7674, used by no annotated or dev-set case.
    text = ("PRETORIA, March 20 - South African year-on-year broadly defined M-3 money supply "
            "growth slowed to 8.62 pct in January from 9.32 pct in December, Reserve Bank "
            "figures show.\n\n"
            "M-3 fell to 77.98 billion rand in January from 79.31 billion in December, while "
            "preliminary February figures show M-3 at 79.42 billion rand for a year-on-year "
            "rise of 10.63 pct.")
    (level,) = sources_of(text, ["79.42 billion rand"], default_lexicon())
    assert level.name == "Reserve Bank"


def test_a_time_before_a_name_is_no_part_of_it() -> None:
    # reuters-12159.
    text = ("Last December BankAmerica and Wells Fargo announced a definitive agreement on "
            "the sale at a price of about 100 mln dlrs, subject to adjustment.")
    (price,) = sources_of(text, ["about 100 mln dlrs"], default_lexicon())
    assert price.name == "BankAmerica and Wells Fargo"
