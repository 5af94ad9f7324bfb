"""Cue phrases searched in lower-cased text find what the case-blind regexes find.

Attribution searches for cues with case-sensitive lower-case regexes in the lower-cased
document (several times faster than case-blind ones); this holds only where lowering keeps
offsets and every character's class, which these tests check over every code point.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from reconcile.attribution.patterns import compiled
from reconcile.ruleset import load_ruleset
from reconcile.textfold import folds_by_lowering

_CLASSES = (re.compile(r"\w"), re.compile(r"\s"), re.compile(r"[\w'’%$£.,/&-]"))
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _every_character() -> str:
    return "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)


def test_lowering_keeps_offsets_and_classes_except_for_the_unsafe_few() -> None:
    unsafe = set()
    for character in _every_character():
        lowered = character.lower()
        if lowered == character:
            continue
        if len(lowered) != 1 or any(bool(c.match(character)) != bool(c.match(lowered))
                                    for c in _CLASSES):
            unsafe.add(character)
    assert unsafe == {"\u0130"}  # 'İ' lowers to 'i' and a combining dot
    assert not folds_by_lowering("\u0130")


def test_a_case_blind_letter_matches_just_what_lowers_to_it_except_the_unsafe_few() -> None:
    every = _every_character()
    blind = set(re.compile("[a-z]", re.IGNORECASE).findall(every))
    lowering = {c for c in every if c.lower() != c and c.lower() in string.ascii_lowercase}
    unsafe = {c for c in blind | lowering
              if c.lower() not in string.ascii_lowercase
              or not re.fullmatch(c.lower(), c, re.IGNORECASE)}
    assert unsafe == {"\u0130", "\u0131", "\u017f"}  # 'İ', dotless 'ı' and long 'ſ'
    assert not any(folds_by_lowering(character) for character in unsafe)


@pytest.mark.parametrize("sentence", [
    "Around 5,000 people attended, a Reuters reporter ESTIMATED.",
    "According To the ministry, the Interior Ministry's Figures were 65,000.",
    "OPEC's estimate of output PUT IT AT 15.8 mln bpd, Saying in a statement it had",
    "The Kelvin sign \u212a in 'Ke\u212ay' and 'İstanbul said' keep their cases.",
    "Police put it at 5,000, organisers putting the number closer to 18,000; the union "
    "came up with 9,000 and, in a survey by Gallup, analysts says they had predicted it.",
])
def test_cues_found_in_lower_case_are_those_found_case_blind(sentence: str) -> None:
    rules = compiled(load_ruleset().lexicon)
    searched, lower = rules.cue_search(sentence)
    for name in ("cues", "inverted", "possessive"):
        blind_pattern, lower_pattern = getattr(rules.blind, name), getattr(lower, name)
        assert [m.span() for m in lower_pattern.finditer(searched)] == \
            [m.span() for m in blind_pattern.finditer(sentence)]


def test_cues_in_a_corpus_sample_are_found_alike() -> None:
    corpus = SHARED / "corpus" / "bbc.jsonl"
    if not corpus.exists():
        pytest.skip(f"shared corpus not found at {corpus}")
    rules = compiled(load_ruleset().lexicon)
    with corpus.open(encoding="utf-8") as lines:
        texts = [next(lines) for _ in range(200)]
    for text in texts:
        searched, lower = rules.cue_search(text)
        for name in ("cues", "inverted", "possessive"):
            assert [m.span() for m in getattr(lower, name).finditer(searched)] == \
                [m.span() for m in getattr(rules.blind, name).finditer(text)]


def test_needles_are_words_every_match_holds() -> None:
    rules = compiled(load_ruleset().lexicon)
    inverted = rules.lower.inverted
    assert inverted is not None and inverted.needles is not None
    assert {"according", "by", "behalf"} <= inverted.needles  # "in a survey by" needs "by"
    sentence = "Output rose 4.1 pct in a survey by the ministry, according to its figures."
    assert [m.span() for m in inverted.finditer(sentence)] == \
        [m.span() for m in inverted.pattern.finditer(sentence)]
    assert list(inverted.finditer("Output rose 4.1 pct in January.")) == []


def test_the_relative_clause_is_found_behind_its_needles() -> None:
    relative = compiled(load_ruleset().lexicon).relative
    assert relative is not None and relative.needles is not None
    sentence = "Output is well below the 15.8 mln bpd ceiling the group adopted in December."
    assert [m.group("verb") for m in relative.finditer(sentence)] == ["adopted"]
