"""Sentences split into words lazily give exactly the words of a whole split."""

from __future__ import annotations

import pytest

from reconcile.attribution.tokens import SentenceTokens, first_tokens, tokenize

SENTENCES = [
    "Around 5,000 people attended the pro-Lukashenko protest, a Reuters reporter estimated.",
    "The U.S.-based company's 1,250,000.50 dlrs loss, it said, was \"in line\" — Ofcom said.",
    "Sales rose 4.1 pct to 12.8 billion dlrs in the quarter, Pall Corp said in a statement.",
    "Output was 12.5 mln bags by the U.S. Department of Agriculture, said Hertz Corp.",
    "Chairman Roger B. Smith of J.P. Morgan  and Co. said  it.  ",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_words_before_and_after_any_offset_are_those_of_a_whole_split(sentence: str) -> None:
    whole = tokenize(sentence, 0, len(sentence))
    for offset in range(len(sentence) + 1):
        lazy = SentenceTokens(sentence, 0, len(sentence))
        assert lazy.before(offset) == [t for t in whole if t.end <= offset]
        assert lazy.after(offset) == [t for t in whole if t.start >= offset]
        assert lazy.every() == whole


def test_looking_further_extends_what_was_split_before() -> None:
    sentence = SENTENCES[1]
    lazy = SentenceTokens(sentence, 0, len(sentence))
    early = lazy.before(10)
    assert [t.text for t in early] == ["The"]
    assert lazy.before(len(sentence)) == tokenize(sentence, 0, len(sentence))


def test_first_tokens_are_the_opening_words_only() -> None:
    sentence = SENTENCES[0]
    assert first_tokens(sentence, 0, len(sentence), 3) == tokenize(sentence, 0, len(sentence))[:3]


@pytest.mark.parametrize("count", [0, 1, 6, 40])
def test_first_tokens_are_a_whole_split_cut_at_count(count: int) -> None:
    for sentence in SENTENCES:
        padded = f"  {sentence}\n"
        whole = tokenize(padded, 2, 2 + len(sentence))
        assert first_tokens(padded, 2, 2 + len(sentence), count) == whole[:count]


@pytest.mark.parametrize(("text", "words"), [
    # a designator with a slash is one word of the name (reuters-5214, reuters-21546)
    ("De Danske Sukkerfabrikker A/S, said", ["De", "Danske", "Sukkerfabrikker", "A/S", ",",
                                             "said"]),
    ("Norsk Data A/S said", ["Norsk", "Data", "A/S", "said"]),
    # a slash inside a longer word stays as it was ("M/A-Com Inc"), and so do seasons
    ("M/A-Com Inc said", ["M", "/", "A-Com", "Inc", "said"]),
    ("the 1986/87 crop", ["the", "1986", "/", "87", "crop"]),
])
def test_a_slashed_designator_is_one_word(text: str, words: list[str]) -> None:
    assert [token.text for token in tokenize(text, 0, len(text))] == words
