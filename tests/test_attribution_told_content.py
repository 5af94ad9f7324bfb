"""What follows "told Reuters" with no "that" is what was told: the listener is no part of
the next clause's subject, and the teller is the source ("The managers told Reuters some
insurers showed ...": the managers', never "Reuters some insurers")."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_the_teller_gives_what_follows_the_listener() -> None:
    # reuters-17438, used by no annotated or dev-set case.
    text = ("The managers told Reuters some insurers showed variable life returns topping 50 "
            "pct on an annual basis in the five months to March 31.")
    (source,) = sources_of(text, ["topping 50 pct"], default_lexicon())
    assert source.name == "managers"
    assert source.cue == "told"


def test_a_named_subject_after_the_listener_is_what_was_told() -> None:
    # reuters-5427, used by no annotated or dev-set case.
    text = ("The sources told Reuters Senate Budget Committee Chairman Lawton Chiles, a Florida "
            "Democrat, believes that it would be necessary to raise \"at least\" 18 billion "
            "dlrs in higher revenues.")
    (source,) = sources_of(text, ["18 billion dlrs"], default_lexicon())
    assert source.name == "sources"
    assert "Reuters" not in source.name
