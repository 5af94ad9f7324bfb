"""Scans rewritten to open with a character must find what their plain forms find.

A pattern searched over a text that opens with a look-behind, a word boundary or ``^`` is
tried at every character; written to open with the characters a match begins with (the
boundary tested behind the first of them), the engine skips to those at C speed. These
tests run each rewritten scan and its plain form over the first articles of both corpora,
and over texts made to hit the edges, and check that they find the same places.
"""

from __future__ import annotations

import re

from corpus_samples import first_articles

from reconcile.attribution.affiliation import _APPOSED_BEFORE, _APPOSED_REACH, description_before
from reconcile.attribution.resolve import _openings
from reconcile.figures.patterns import DOLLAR_WORD, DOLLAR_WORD_LOWERED, for_lowered
from reconcile.model import Sentence
from reconcile.ruleset import load_ruleset
from reconcile.segment import split_sentences
from reconcile.subjects import _POINTS_BACK, _search_points_back
from reconcile.subjects.match import signal_lists
from reconcile.subjects.needles import NEEDLES, _heads, _lowered
from reconcile.subjects.owner import _ESTIMATE, _NAME, _OWNING, _PRONOUN_OWNER, _pronoun_owners

EDGES = ["A. B", "\nA", "X. Y? Z! W", "", "a.\nB", "U.S. Trade rose", " E.F. Hutton. It said",
         "xdlrs 5 dlrs,3 cts; centsx cents2 dollar", "-a share, (a year) half-year"]


def _texts() -> list[str]:
    return [*EDGES, *first_articles()]


def test_dollar_words_found_as_the_plain_pattern_finds_them() -> None:
    plain = for_lowered(DOLLAR_WORD)
    for text in _texts():
        lowered = text.lower()
        assert [m.span() for m in DOLLAR_WORD_LOWERED.finditer(lowered)] \
            == [m.span() for m in plain.finditer(lowered)]


def test_sentence_openings_found_as_the_plain_pattern_finds_them() -> None:
    plain = re.compile(r"(?:^|(?<!\b[A-Z])[.!?][\"”’]?\s+|\n\s*)(?=[A-Z])")
    for text in _texts():
        for at in range(0, len(text) + 1, 7):
            reach = max(0, at - 400)
            assert _openings(text, reach, at + 1) \
                == [m.end() for m in plain.finditer(text, reach, at + 1)], (text, at)


def test_needle_places_found_as_a_look_behind_finds_them() -> None:
    signal_lists(load_ruleset().subjects)  # the shipped rules' lists, as a check has them
    for text in _texts():
        lowered = _lowered(text)
        cased = lowered is None
        plain = re.compile(NEEDLES.pattern(not cased)[0].pattern,
                           re.IGNORECASE if cased else 0)
        spans = [(0, len(text))] + [(s.start, s.end) for s in split_sentences(text)]
        for scope in spans:
            places = [(m.start(), NEEDLES.match_mask(m.group(1)))
                      for m in plain.finditer(lowered or text, *scope)]
            assert list(_heads(text, scope, NEEDLES.generation)[1]) == places, scope


def test_pointing_back_found_as_the_case_blind_pattern_finds_it() -> None:
    """The lowered form sees the character before a window as the plain pattern does: a
    window opening inside a word ("x|the figure") holds no word boundary there."""
    pointing = ["put the figure at 5", "xthe figure is 5", "Put It At 5", "The \u0130 number of"]
    seen = 0
    for text in [*pointing, *_texts()]:
        windows = [(s.start, s.end) for s in split_sentences(text)]
        step = 1 if len(text) < 40 else 13  # every start of the short texts made for it
        windows += [(start, min(len(text), start + 80)) for start in range(0, len(text), step)]
        for start, end in windows:
            found = _POINTS_BACK.search(text, start, end) is not None
            seen += found
            assert _search_points_back(text, start, end) == found, (text, start, end)
    assert seen > 100  # the pattern did match in the articles


def test_owning_pronouns_found_as_the_case_blind_pattern_finds_them() -> None:
    """The pronouns in the words before each place of a sentence, as ``owner_of`` reads
    them, are found where the plain pattern finds them, with its words (lowered where the
    lowered form ran: ``owner_of`` reads them case-blind)."""
    seen = 0
    edges = ["It posted 5", "Xit posted 5", "ITS ESTIMATE 5", "\u0130t has 5"]
    for text in [*edges, *_texts()]:
        for sentence in split_sentences(text) or [Sentence(start=0, end=len(text))]:
            for high in range(sentence.start, sentence.end + 1, 1 if len(text) < 40 else 11):
                plain = [(m.start(), m.group(0).lower())
                         for m in _PRONOUN_OWNER.finditer(text, sentence.start, high)]
                seen += len(plain)
                assert [(at, words.lower()) for at, words
                        in _pronoun_owners(text, sentence.start, high)] == plain, (text, high)
    assert seen > 100


def test_descriptions_before_a_name_found_as_the_plain_search_finds_them() -> None:
    """Tried only from where the tail allows, the description before a name is the one
    the plain search over the whole reach finds: at every place after a comma (where one
    may end) and at places between."""
    edges = ["President of the Brazilian Coffee Institute, IBC, Jorio Dauster said",
             "Time Inc's chief financial officer, Thayer Bigelow, said",
             "the U.S. Trade representative,  Clayton Yeutter", "A. B, C", "ab,\n X",
             "x" * 150 + ", " + "y" * 30 + ", Z", "said, " + "w " * 60 + ", AB, Carl Ho"]
    seen = 0
    for text in [*edges, *_texts()]:
        places = {m.end() for m in re.finditer(r",\s+(?:[A-Z][A-Z&]{1,7},\s+)?", text)}
        for at in sorted(places | set(range(0, len(text) + 1, 211))):
            plain = _APPOSED_BEFORE.search(text, max(0, at - _APPOSED_REACH), at)
            found = description_before(text, at)
            seen += plain is not None
            assert (found and (found.span(), found.groups())) \
                == (plain and (plain.span(), plain.groups())), (text, at)
    assert seen > 100


_PLAIN_OWN_VERB = (
    r"(?:(?:has|have|had|also|now|which|who)\s+){0,2}"
    r"(?:(?:could|would|will|can|may|might|should|plans\s+to|aims\s+to|wants\s+to)\s+)?"
    r"(?:now\s+|also\s+|still\s+)?"
    r"(?:reported|reports|posted|posts|made|makes|to\s+earn|earn|earning|earned|earns|"
    r"recorded|records|announced|unveiled|booked|holds|holding|held|owns|owning|owned|"
    r"controls|controlling|offered|offers|offering|bid|bids|tabled|employs|employing|placed|"
    r"declared|"
    r"has(?!\s+(?:not\s+|also\s+)?(?:been|said|told|stated|argued|warned|claimed|insisted|"
    r"noted|suggested|indicated|estimated|predicted|forecast|projected|expected)\b)|"
    r"produced|produces|exported|exports|pay|paid|pays|charges|sells|sold|save|saves|saved|"
    r"spend|spends|spent|invest|invests|invested|borrow|borrows|borrowed|owe|owes|owed|"
    r"lose|loses|lost|raise|raises|raised)\b")
"""The owning verbs as a plain alternation, as they were written before their trie."""


def test_owning_subjects_found_as_the_plain_alternation_finds_them() -> None:
    """The owning verbs spelt as a trie find the subjects and pronouns the plain
    alternation finds, in every sentence and in the words before each of its places."""
    plain_owning = re.compile(_NAME + r"(?:,[^,]{1,60},|,)?\s+" + _PLAIN_OWN_VERB)
    plain_pronoun = re.compile(
        r"\b(?:(?:its|their|our)\b" + _ESTIMATE + r"|(?:it|they|we|he|she)\s+"
        + _PLAIN_OWN_VERB + ")", re.IGNORECASE)
    edges = ["Shell has been told 5", "BP has 5", "Exxon, the oil group, earned 5",
             "IBM to earn 5", "Acme earns", "Acme earnings", "it owed 5", "They Raised 5"]
    seen = 0
    for text in [*edges, *_texts()]:
        for sentence in split_sentences(text) or [Sentence(start=0, end=len(text))]:
            for high in range(sentence.start, sentence.end + 1, 1 if len(text) < 40 else 29):
                for trie, plain in ((_OWNING, plain_owning), (_PRONOUN_OWNER, plain_pronoun)):
                    found = [m.span() for m in plain.finditer(text, sentence.start, high)]
                    seen += len(found)
                    assert [m.span() for m in trie.finditer(text, sentence.start, high)] \
                        == found, (text, high)
    assert seen > 100
