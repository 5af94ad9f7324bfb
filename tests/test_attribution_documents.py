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
