"""The literal-word pretest of the mode patterns must never hide a match.

``condition_mode`` skips a pattern in a sentence that holds none of the words listed for it
(``event._MODE_WORDS``). The words are written by hand beside the patterns, so these tests
run each pattern the ways ``condition_mode`` does (before a number, from its end, over the
text) on real articles and check that every match holds one of its words.
"""

from __future__ import annotations

import json
import re
from itertools import islice
from pathlib import Path

import pytest

from reconcile.subjects.event import _MODE_WORDS
from reconcile.subjects.literals import Literals

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLES = 60
_NUMBER = re.compile(r"\d[\d,.]*")


def _texts() -> list[str]:
    texts = []
    for name in ("news.jsonl", "bbc.jsonl"):
        corpus = SHARED / "corpus" / name
        if not corpus.exists():
            pytest.skip(f"shared corpus not found at {corpus} (../shared next to the repository)")
        with corpus.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in islice(lines, ARTICLES))
    return texts


def _matches(pattern: re.Pattern[str], text: str) -> list[str]:
    """Every match of ``pattern`` over the text, before each number and from its end."""
    found = [match.group(0) for match in pattern.finditer(text)]
    for number in _NUMBER.finditer(text):
        lead = pattern.search(text[max(0, number.start() - 120):number.start()])
        after = pattern.match(text, number.end())
        found.extend(match.group(0) for match in (lead, after) if match)
    return found


def test_every_mode_match_holds_one_of_its_words() -> None:
    seen = 0
    for text in _texts():
        for words, patterns in _MODE_WORDS.groups:
            for pattern in patterns:
                for match in _matches(pattern, text):
                    seen += 1
                    assert any(word in match.lower() for word in words), (pattern.pattern, match)
    assert seen > 100  # the patterns did run on the articles


def test_held_names_the_groups_a_sentence_holds() -> None:
    literals = Literals((("tender",), ()), (("week", "days"), ()), (("poll",), ()))
    text = "Traders said the EC granted export licences at today's Tender for the WEEK."
    assert literals.held(text, 0, len(text)) == 0b011
    assert literals.held(text, 0, 20) == 0


def test_held_runs_every_pattern_where_lowering_is_no_guide() -> None:
    literals = Literals((("tender",), ()), (("poll",), ()))
    text = "A TENDER in \u0130stanbul"  # dotted capital I lowers to two letters
    assert literals.held(text, 0, len(text)) == literals.every
