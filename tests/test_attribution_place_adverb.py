"""A datelined story's sources often speak "here" ("Foreign Ministry officials here said"):
the adverb says where they spoke, not who they are, and is no part of the source's name.
The sentence is from a Reuters article no annotated case or dev-set case uses."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_here_after_a_source_is_not_part_of_its_name() -> None:
    text = ("SEOUL, March 28 - South Korea signed with Japan for a 44.6 billion yen credit "
            "facility, part of a four billion dlr aid package for South Korea's economic "
            "development plan to 1988, Foreign Ministry officials here said.")
    (source,) = sources_of(text, ["44.6 billion yen"], default_lexicon())
    assert source.name == "Foreign Ministry"
