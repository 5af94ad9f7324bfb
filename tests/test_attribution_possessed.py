"""A company described in one sentence and given its accounts in the next with "Its": the
accounts are the company's. Sentences are from Reuters articles that neither the dev set nor
the annotations use."""

from __future__ import annotations

import pytest
from attribution_samples import default_lexicon, sources_of

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.passage import PASSAGE_CUE


@pytest.fixture(scope="module")
def lexicon() -> SourceLexicon:
    return default_lexicon()


@pytest.mark.parametrize(("text", "quote", "body"), [
    ("Inco has struggled in recent years against sharply lower nickel prices. Its net earnings "
     "fell to 200,000 U.S. dlrs in 1986 from 52.2 mln dlrs the previous year.",
     "200,000 U.S. dlrs", "Inco"),
    # an opening phrase set off by commas comes before the subject
    ("Based in Baton Rouge, La., MMR is an electrical and mechanical specialty contractor. Its "
     "fiscal 1986 contract revenues were 135.2 mln dlrs.", "135.2 mln dlrs", "MMR"),
    # so may an aside after it
    ("BresLube, based in Toronto, collects used lubricating oils from auto garages, car "
     "dealers and other businesses, and re-refines it for resale. Its annual revenues are "
     "about 18 mln dlrs.", "about 18 mln dlrs", "BresLube"),
])
def test_its_accounts_are_the_body_the_sentence_before_opens_with(
        text: str, quote: str, body: str, lexicon: SourceLexicon) -> None:
    (found,) = sources_of(text, [quote], lexicon)
    assert (found.name, found.cue) == (body, PASSAGE_CUE)


@pytest.mark.parametrize(("text", "quote"), [
    # an adverb opens the sentence before: its subject is not read
    ("Privately held Mintax, based in Istanbul, has 900 employees and makes laundry "
     "detergents. Its 1986 sales about 50 mln dlrs.", "about 50 mln dlrs"),
    # "its" of something other than the body's own accounts
    ("Inco has struggled in recent years against sharply lower nickel prices. Its shares "
     "fell 1-3/8 to 19-3/8.", "19-3/8"),
])
def test_no_body_for_its(text: str, quote: str, lexicon: SourceLexicon) -> None:
    (found,) = sources_of(text, [quote], lexicon)
    assert not found.explicit
