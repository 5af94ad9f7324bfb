"""The word pattern's two spellings (possessive runs on Python 3.11+, backtracking on 3.10)
split every text into the same tokens."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.attribution import tokens

BACKTRACKING = r"\w(?:[\w&.'’-]*\w)?"



def _with(word: str) -> re.Pattern[str]:
    return re.compile(tokens._TOKEN.pattern.replace(tokens._WORD, word))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="possessive runs need Python 3.11's re")
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab1 .&'’-_,Sé", "U.S.", "Corp.", "AT&T", "co-op"]),
                max_size=30).map("".join))
def test_both_spellings_find_the_same_tokens(text: str) -> None:
    assert tokens._TOKEN.findall(text) == _with(BACKTRACKING).findall(text)


def test_a_word_joined_by_marks_is_one_token() -> None:
    assert tokens._TOKEN.findall("AT&T's Procter-Gamble rose.") == [
        "AT&T's", "Procter-Gamble", "rose", "."]
