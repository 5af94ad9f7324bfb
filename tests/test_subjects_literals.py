"""Which pattern groups a sentence's literal words allow (``subjects.literals``); that no
group hides a match on real articles is checked in ``test_pretests_corpus.py``."""

from __future__ import annotations

from reconcile.subjects.literals import Literals


def test_held_names_the_groups_a_sentence_holds() -> None:
    literals = Literals((("tender",), ()), (("week", "days"), ()), (("poll",), ()))
    text = "Traders said the EC granted export licences at today's Tender for the WEEK."
    assert literals.held(text, 0, len(text)) == 0b011
    assert literals.held(text, 0, 20) == 0


def test_held_runs_every_pattern_where_lowering_is_no_guide() -> None:
    literals = Literals((("tender",), ()), (("poll",), ()))
    text = "A TENDER in \u0130stanbul"  # dotted capital I lowers to two letters
    assert literals.held(text, 0, len(text)) == literals.every
