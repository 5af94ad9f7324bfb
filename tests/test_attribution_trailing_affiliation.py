"""A trailing speaker named by their noun and the body they are with ("..., an official at
Copenhagen Handelsbank A/S told Reuters") gives the figures before the comma.

The sentences are copied from Reuters articles of the corpus that no annotated case and no
dev-set case uses.
"""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


@pytest.mark.parametrize(("text", "quote", "name"), [
    # reuters-8825: a speaker's noun and the body they are with trail the figures
    ("COPENHAGEN, March 24 - Finnish Export Credit Ltd issued bonds for 450 mln Danish crowns "
     "in three bullet tranches each of 150 mln crowns, an official at joint lead manager "
     "Copenhagen Handelsbank A/S told Reuters.", "450 mln Danish crowns",
     "Copenhagen Handelsbank A/S"),
    # reuters-4778
    ("ROTTERDAM, March 13 - About 220 men in Rotterdam port's grain sector stopped work this "
     "afternoon in an unofficial protest at the slow progress of negotiations over a new work "
     "practice agreement, a spokesman for the port and transport union FNV said.",
     "About 220 men", "FNV"),
])
def test_a_trailing_speaker_with_a_body_gives_what_came_before(
        text: str, quote: str, name: str, lexicon: SourceLexicon) -> None:
    (source,) = sources_of(text, [quote], lexicon, publisher="Reuters")
    assert source.name == name
