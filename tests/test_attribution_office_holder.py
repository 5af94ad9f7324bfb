"""A person named after an office that a place or body owns is the speaker: "Thailand's
Prime Minister Thaksin Shinawatra has estimated" is the prime minister's estimate, not
"Thailand"'s; and "he" after a described diplomat in his own sentence is that diplomat,
not a minister named before."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_the_office_holder_after_an_owner_speaks() -> None:
    # reuters-6708, used by no annotated or dev-set case.
    text = ("CHICAGO, March 18 - Continental Illinois Corp's CIL Chairman John Swearingen said "
            "he sees negotiations to reschedule Brazil's debt payments taking at least three "
            "to six months.")
    (months,) = sources_of(text, ["at least three to six months"], default_lexicon())
    assert "John Swearingen" in months.name
    assert "Continental" not in months.name


def test_he_after_a_described_diplomat_is_the_diplomat() -> None:
    # reuters-8627: the minister named in the lead is a person now; "he" is the diplomat.
    text = ("PEKING, March 24 - China's Finance Minister Wang Bingqian will report a 1986 "
            "budget deficit of up to nine billion yuan and prescribe austerity measures for "
            "1987 in a budget speech on Thursday, foreign bankers and diplomats told Reuters."
            "\n\nA Western diplomat said major factors for the deficit, which he estimated at "
            "up to nine billion yuan, were a drop in efficiency and wage rises in state "
            "firms.")
    _, estimate = sources_of(text, ["up to nine billion yuan", "up to nine billion yuan"],
                             default_lexicon())
    assert "diplomat" in estimate.name
