"""A description of a firm or a bank ("the central bank", "the company") stands for no
state department or ministry named before it. Sentences are from corpus articles that
neither the dev set nor the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


def test_a_central_bank_is_no_ministry_named_before(lexicon: SourceLexicon) -> None:
    # news reuters-3048: "the central bank" stands for no Energy Ministry
    text = ("Financially pressed Ecuador was recently pumping about 260,000 barrels per day "
            "(bpd) of crude, another Energy Ministry spokesman said. Last year, it exported an "
            "average of 173,500 bpd, according to the central bank.")
    pumped, exported = sources_of(text, ["about 260,000 barrels per day", "173,500 bpd"],
                                  lexicon)
    assert "Energy Ministry" in pumped.name
    assert exported.name == "central bank" and exported.cue == "according to"
