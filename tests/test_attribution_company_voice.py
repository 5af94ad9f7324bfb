"""A company's unnamed voice ("a company spokesman said", "company officials said") speaks
for the one company the story is about, as "the company said" does: the source is that
company, not the bare description."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_company_spokesman_is_the_company_the_lead_opens_with() -> None:
    # reuters-11788, used by no annotated or dev-set case.
    text = ("TOKYO, April 1 - Sumitomo Metal Industries Ltd has set up two finance firms, one "
            "in Osaka and one in London, a company spokesman said.")
    (source,) = sources_of(text, ["two finance firms"], default_lexicon())
    assert source.name == "Sumitomo Metal Industries Ltd"
    assert source.kind == "company"


def test_company_officials_are_the_company_the_lead_opens_with() -> None:
    # reuters-1903, used by no annotated or dev-set case: "They" are the officials.
    text = ("SEOUL, March 5 - Hyundai Motor Co exported 49,822 cars in the first two months "
            "of 1987, up from 37,272 in the same period of last year, mainly due to booming "
            "sales in the U.S. And Canada, company officials said.\n\nThey told reporters "
            "Hyundai Motor expects to export 450,000 cars in 1987, including 250,000 to the "
            "U.S.")
    (source,) = sources_of(text, ["450,000 cars"], default_lexicon())
    assert source.name == "Hyundai Motor Co"
    assert source.cue == "told"
