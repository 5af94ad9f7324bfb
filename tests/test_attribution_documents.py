"""A document after "according to" ("union records", "pay lists available in the union's
office") is the figures' source, and a body's documents are not the body. Sentences are
from corpus articles that neither the dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_according_to_records_names_the_records(lexicon: SourceLexicon) -> None:
    # news reuters-5298
    text = ("In the first two months of this year 35 flight attendants losing their jobs, "
            "according to union records.")
    (attendants,) = sources_of(text, ["35 flight attendants"], lexicon)
    assert attendants.name == "union records" and attendants.cue == "according to"


def test_a_document_is_the_source_whatever_follows_it(lexicon: SourceLexicon) -> None:
    # news reuters-19014: what the documents were tabled with is no part of the source
    text = ("Federal tax revenue from corporations will increase by 470 mln dlrs in the "
            "fiscal year ending March 31, 1988, 410 mln dlrs in fiscal 1989 and 1.19 billion "
            "dlrs in fiscal 1990, according to documents tabled with Wilson's speech.")
    first, last = sources_of(text, ["470 mln dlrs", "1.19 billion dlrs"], lexicon)
    assert first.name == last.name == "documents"


def test_a_bodys_documents_are_not_the_body(lexicon: SourceLexicon) -> None:
    # news reuters-19015: "the finance department" is not "finance department documents"
    text = ("Under Wilson's plan, the federal government will collect 1.36 billion dlrs more "
            "over the next five years from financial insitutions, according to finance "
            "department documents. The finance department said the impact of the new "
            "provisions will be cushioned over a period of five years.")
    collected, cushioned = sources_of(text, ["1.36 billion dlrs", "a period of five years"],
                                      lexicon)
    assert collected.name == "finance department documents"
    assert "documents" not in cushioned.name and cushioned.cue == "said"


@pytest.mark.parametrize(("text", "figure", "speaker"), [
    # news reuters-15209: the company cites its own preliminary figures
    ("DEERFIELD, Ill, April 8 - Walgreen Co said preliminary figures show that its sales for "
     "March will be up 11.2 pct over March 1986.", "11.2 pct", "Walgreen Co"),
    # news reuters-6748: "It" is the company, and the figures it cites are its own
    ("CPI Corp said it expects to report record sales for the fiscal year when it officially "
     "reports results in three weeks. It said preliminary figures show total sales of 258 "
     "mln dlrs, up 30 pct from 198 mln dlrs in the prior year.", "258 mln dlrs", "CPI Corp"),
])
def test_figures_a_speaker_says_show_something_are_the_speakers(
        lexicon: SourceLexicon, text: str, figure: str, speaker: str) -> None:
    (source,) = sources_of(text, [figure], lexicon)
    assert source.name == speaker


def test_figures_that_show_something_by_themselves_stay_the_figures(
        lexicon: SourceLexicon) -> None:
    # news reuters-10706: no speaker names the figures right before them
    text = ("The report criticised indexation of outlays. Official figures show 93 pct of "
            "outlays in some way indexed.")
    (source,) = sources_of(text, ["93 pct"], lexicon)
    assert (source.name, source.cue) == ("Official figures", "show")


def test_the_figures_are_those_of_the_body_named_as_their_maker(lexicon: SourceLexicon) -> None:
    # news reuters-9393 (no sentence outside the annotations has this form): the
    # International Sugar Organization received the figures; a sugar body releases none
    # by its kind, so "The figures" were left to themselves.
    text = ("LONDON, March 25 - Thai sugar production continued at a high level in February, "
            "latest figures received by the International Sugar Organization (ISO) show.\n\n"
            "The figures show stocks at end-February of 2.49 mln tonnes raw value against "
            "2.33 mln a year earlier.")
    (stocks,) = sources_of(text, ["2.49 mln tonnes"], lexicon)
    assert stocks.name == "International Sugar Organization"
