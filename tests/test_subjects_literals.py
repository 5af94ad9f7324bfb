"""Which pattern groups a sentence's literal words allow (``subjects.literals``); that no
group hides a match on real articles is checked in ``test_pretests_corpus.py``."""

from __future__ import annotations

import re

from reconcile.subjects.literals import Anchored, Literals, lead_tail
from reconcile.textfold import may_hold


def test_held_names_the_groups_a_sentence_holds() -> None:
    literals = Literals((("tender",), ()), (("week", "days"), ()), (("poll",), ()))
    text = "Traders said the EC granted export licences at today's Tender for the WEEK."
    assert literals.held(text, 0, len(text)) == 0b011
    assert literals.held(text, 0, 20) == 0


def test_held_runs_every_pattern_where_lowering_is_no_guide() -> None:
    literals = Literals((("tender",), ()), (("poll",), ()))
    text = "A TENDER in \u0130stanbul"  # dotted capital I lowers to two letters
    assert literals.held(text, 0, len(text)) == literals.every


def test_an_anchored_pattern_runs_only_on_a_lead_ending_as_its_matches_do() -> None:
    by_amount = Anchored(re.compile(r"\bby\s+(?:about\s+)?$", re.IGNORECASE), ("by", "about"))
    lead = "will reduce its obligations By About  "
    assert lead_tail(lead) == "will reduce its obligations by about"
    assert by_amount.search(lead, lead_tail(lead))
    assert not by_amount.search("exports increased to ", lead_tail("exports increased to "))
    assert lead_tail("\u212a") == "k"  # the Kelvin sign lowers to the letter it matches
    assert lead_tail("dotless \u0131") is None


def test_may_hold_looks_for_the_words_in_lowered_text() -> None:
    assert may_hold("Its Share of the order", ("share",))
    assert not may_hold("the total order", ("share",))
    assert may_hold("\u017fhare", ("share",))  # long s matches "s" without lowering to it
