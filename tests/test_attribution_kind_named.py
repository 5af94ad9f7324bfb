"""A description that stands for a body the text named in passing right after a word of
its kind ("the leading Dutch evening paper NRC Handelsblad ... The newspaper said"): the
body is the source, though no one was quoted by its name; where two bodies of the kind
are so named, which one is meant is not said and the description stays. Sentences are
from corpus articles that neither the dev set nor the annotations use."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of


def test_the_newspaper_is_the_paper_named_after_its_kind() -> None:
    # news reuters-6382
    text = ("AMSTERDAM, March 18 - KLM has no plans to buy a stake in Air Atlanta, a KLM "
            "spokeswoman said in a comment on an article in the leading Dutch evening paper "
            "NRC Handelsblad.\n\nThe newspaper said that Air Atlanta, which flies to 11 U.S. "
            "Cities, has a fleet of five Boeing jets.")
    (jets,) = sources_of(text, ["five Boeing jets"], default_lexicon())
    assert jets.name == "NRC Handelsblad"


def test_the_newsletter_set_off_by_commas_is_the_source() -> None:
    # news reuters-6633: "The financial newsletter, Platow, said"
    text = ("The financial newsletter, Platow, said today the state prosecutor had found no "
            "evidence of personal enrichment by VW employees.\n\nThe newsletter reported on "
            "November 3 last year that VW had incurred losses of 300 mln marks.")
    (losses,) = sources_of(text, ["300 mln marks"], default_lexicon())
    assert losses.name == "Platow"


def test_two_papers_of_the_kind_leave_the_newspaper_unresolved() -> None:
    # reuters-6382's sentence with a second paper named after its kind
    text = ("KLM commented on articles in the evening paper NRC Handelsblad and the morning "
            "paper Volkskrant.\n\nThe newspaper said that Air Atlanta has a fleet of five "
            "Boeing jets.")
    (jets,) = sources_of(text, ["five Boeing jets"], default_lexicon())
    assert jets.name == "newspaper"
