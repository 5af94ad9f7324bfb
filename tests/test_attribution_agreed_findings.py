"""A view that people agree on ("analysts agree that ...") and what surveys or research
have shown ("Surveys of economists have shown that ...") are reported speech of the clause
after "that", as "said that" is; "agree to" (a deal) and "has shown little" are no cue."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_what_analysts_agree_is_their_view() -> None:
    # reuters-13752, used by no annotated, dev-set or round-16 case.
    text = ("Most analysts agree that the government will have to accept inflation closer to "
            "six pct this year but they say there is little cause for alarm.")
    (source,) = sources_of(text, ["six pct"], default_lexicon())
    assert source.name == "analysts"
    assert source.cue == "agree that"


def test_what_surveys_have_shown_is_their_finding() -> None:
    # bbc-business-436 (an annotated case's article: no corpus article outside the cases
    # has a figure after "have shown that").
    text = ("Surveys of economists have shown that the majority expect borrowing costs to stay "
            "at 2% in coming months.")
    (source,) = sources_of(text, ["2%"], default_lexicon())
    assert source.name == "Surveys of economists"
    assert source.cue == "shown that"


def test_a_quoted_it_has_shown_stays_the_speakers() -> None:
    # reuters-9774: "It" is no source, so the quote is still Max Oesch's.
    text = ("\"Apart from a few nuances, we are very pleased with the agreement,\" said Max "
            "Oesch, a senior official of the Swiss Lawyers Federation, which has fought a long "
            "campaign.\n\n"
            "\"It has shown that the 4,000 Swiss lawyers who do a good job should not be "
            "punished for the sake of getting at the one or two black sheep.\"")
    (source,) = sources_of(text, ["4,000 Swiss lawyers"], default_lexicon())
    assert source.name.startswith("Max Oesch")
