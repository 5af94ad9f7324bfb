"""A doubt, a fear, a concern or a hope voiced about a clause ("expressed concern that",
"expressed optimism that") is a view of that clause's figures, as "said that" is. The
sentences are from Reuters articles no annotated case or dev-set case uses."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_concern_expressed_is_a_cue() -> None:
    text = ("Some Congressional sources have expressed concern that the Office of Management "
            "and Budget (OMB) might try to block USDA from seeking more than the one billion "
            "dlrs appropriated for the program.")
    (source,) = sources_of(text, ["one billion dlrs"], default_lexicon())
    assert source.name == "Congressional sources"


def test_optimism_expressed_by_a_pronoun_is_the_speaker_named_before() -> None:
    text = ("Assistant Secretary of State Elliott Abrams, who briefed reporters, said the "
            "administration will not try to link approval of military aid for the rebels with "
            "the economic package for the region.\n\n"
            "He also expressed optimism that despite the Iran-contra scandal, Congress would "
            "approve this year's final 40 mln dlr allotment in military aid for the rebels.")
    (source,) = sources_of(text, ["40 mln dlr"], default_lexicon())
    assert source.name.endswith("Elliott Abrams")
    assert source.cue == "expressed optimism that"
