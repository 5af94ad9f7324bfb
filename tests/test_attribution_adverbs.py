"""An adverb of how often or how openly a source speaks may stand between the source and
its verb ("dealers generally reckoned", "One company official privately estimated"): the
verb is still the source's cue. The sentences are from Reuters articles no annotated case
or dev-set case uses."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of


@pytest.mark.parametrize(("text", "quote", "name"), [
    ("One company official privately estimated that British Telecom still had a 99 pct share "
     "of the U.K. Telecommunications market but feared that this could slip to 95 or 90 pct.",
     "99 pct", "company official"),
    ("Some buying interest was stimulated for three months delivery up to 301 stg and the 483 "
     "dlrs equivalent but dealers generally reckoned this was \"range trading' and expected "
     "resistance to develop around 305 stg or 485 dlrs.", "around 305 stg", "dealers"),
])
def test_an_adverb_before_the_verb_keeps_the_source(text: str, quote: str, name: str) -> None:
    (source,) = sources_of(text, [quote], default_lexicon())
    assert source.name == name
