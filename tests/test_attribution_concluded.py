"""What a study or a body "concluded that" is its finding, as what it "found" is: the
figures of the clause are the study's, not the publisher's."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_what_a_study_concluded_is_its_finding() -> None:
    # reuters-5796, used by no annotated, dev-set or round-16 case.
    text = ("NEW YORK, March 17 - A government study has concluded the U.S. Will be dependent "
            "on oil from the middle east into the next century and must take steps to reduce "
            "its vulnerability, the New York Times said.\n\n"
            "The newspaper said the inter-agency government study found a serious "
            "oil-dependency problem due to steadily falling domestic production and rising "
            "demand for imported oil.\n\n"
            "The study concluded that by 1995 the U.S. Will be relying on foreign countries "
            "for 50 pct of its oil, more than the peak of 48 pct reached in 1977 and far above "
            "the 33 pct rate during the 1973-74 Arab oil embargo.")
    (source,) = sources_of(text, ["50 pct"], default_lexicon())
    assert source.cue == "concluded that"
    assert source.kind != "publisher"
    assert source.evidence == "study"
