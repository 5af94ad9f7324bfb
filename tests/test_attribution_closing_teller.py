"""A closing "X said" reports the whole sentence before it: a figure that no reach holds,
because a cue of the sentence's own cut the closing verb's reach short, is the closing
teller's, not the publisher's. A closing "according to X" vouches for its own clause only,
and a closing pronoun read as a name inside the clause it reports gives nothing."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_a_closing_teller_reaches_past_an_inner_cue() -> None:
    # reuters-17112, used by no annotated or dev-set case: "bilateral sources expected"
    # cut the Bank's reach to the last clause; the Bank gives the cost and its shares.
    text = ("WASHINGTON, April 24 - The World Bank said it will provide Morocco a 125 mln "
            "dlr loan for a project intended to improve, expand and modernize its "
            "telecommunications network.\n\n"
            "The total cost of the project is 647.5 mln dlrs, with the Office National des "
            "Postes et Telecommunications du Maroc providing 359.6 mln dlrs and bilateral "
            "sources expected to provide 189.9 mln dlrs, the Bank said.")
    total, share, rest = sources_of(text, ["647.5 mln dlrs", "359.6 mln dlrs",
                                           "189.9 mln dlrs"], default_lexicon())
    assert total.name == share.name == rest.name == "World Bank"
    assert total.cue == "said"


def test_a_closing_according_to_keeps_to_its_clause() -> None:
    # reuters-1582: the earlier figures are the private estimates', not official figures'.
    text = ("Maize production is expected to total between 10.4 and 11 mln tonnes, or a drop "
            "of 17.5 to 19.4 pct over the 12.4 to 12.6 mln tonnes harvested last year "
            "according to private estimates, or 18.9 to 21.9 pct lower than last year's "
            "volume, according to official figures.")
    (expected,) = sources_of(text, ["between 10.4 and 11 mln tonnes"], default_lexicon())
    assert expected.name != "official figures"


def test_a_closing_pronoun_read_inside_its_clause_gives_nothing() -> None:
    # reuters-12655: "they" is the dealers of the story, never "ICO talks here".
    text = ("Robusta coffee futures dipped sharply to 4-1/2 year lows yesterday at 1,220 stg "
            "per tonne, basis the May position, when the lack of new debate on quotas at ICO "
            "talks here confirmed expectations that efforts to restore quotas would not be "
            "revived at this stage, they said.")
    (price,) = sources_of(text, ["1,220 stg"], default_lexicon())
    assert "ICO" not in price.name
