"""A word of a body's kind stands for the one body of that kind the story names: "a union
spokesman" for the union named before, "the report" for the maker of the report the story
cites ("research from technology analysts Gartner"), and a plural's possessive inside a
body's name keeps the name whole ("The Canadian Auto Workers' Union said"). Where the
story names no such body, or two, the kind word stays. Sentences are from corpus articles
that neither the dev set nor the annotations use."""

from __future__ import annotations

from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.names import same_source


def test_a_plural_possessive_inside_a_union_name_keeps_the_name() -> None:
    # news reuters-21004
    text = ("TORONTO, Oct 19 - The Canadian Auto Workers' Union said it accepted an economic "
            "offer from the Canadian division of General Motors Corp GM in contract "
            "negotiations.\n\nBut union president Bob White said many local issues at the 11 "
            "plants in Ontario and Quebec still remained unresolved.")
    (plants,) = sources_of(text, ["11 plants"], default_lexicon())
    assert same_source(plants.name, "Bob White (Canadian Auto Workers' Union)")
    assert "Canadian Auto Workers" in plants.name
