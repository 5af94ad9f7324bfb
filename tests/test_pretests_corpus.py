"""The quick tests before time patterns and rule phrases must never hide a match.

Both stages skip a pattern where none of its needles (words every match holds) lies in the
window. Needles are written by hand beside the patterns, so a pattern changed without its
needles would silently lose matches: these tests run every time pattern and every shipped
phrase list over the first articles of both corpora and check that each match is seen.
"""

from __future__ import annotations

import re

from corpus_samples import articles_holding, first_articles

from reconcile.attribution.hearsay import _MARKER, _MARKER_WORDS
from reconcile.attribution.mentions import _ASKED, _QUESTION
from reconcile.attribution.owner import _OWN_PLAN, _PLAN_NOUNS
from reconcile.attribution.polls import _POLLSTER_BEFORE, _POLLSTER_WORDS
from reconcile.figures.patterns import MAGNITUDE_BEFORE
from reconcile.ruleset import load_ruleset
from reconcile.subjects import (
    _CURRENT,
    _CURRENT_WORDS,
    _FISCAL_YEAR,
    _POINTS_BACK,
    _WILL_BEFORE,
    _may_point_back,
)
from reconcile.subjects.clause import _AND_BEFORE, _OPENING_WORDS, _OPENS
from reconcile.subjects.event import (
    _ACCORDING_BEFORE,
    _ACCORDING_WORDS,
    _BASE_BEFORE,
    _BY_AMOUNT_BEFORE,
    _CHANGE_BEFORE,
    _EARLIER_BEFORE,
    _ITEM_BEFORE,
    _ITEM_WORDS,
    _MODE_WORDS,
    _OF_THE_LEAD,
    _REVISED_BEFORE,
    _REVISED_WORDS,
    _SHARE_OF_LEAD,
    _SHARE_OR_BEFORE,
    FORECAST_WORDS,
    TARGET_WORDS,
)
from reconcile.subjects.literals import lead_tail
from reconcile.subjects.phrases import _inside_name, found, phrases_pattern
from reconcile.subjects.vague import _VAGUE_BEFORE, _VAGUE_WORDS
from reconcile.timeref import (
    _ALSO_HELD,
    _DEADLINE_BEFORE,
    _DEADLINE_WORDS,
    _NEEDLED,
    _SINCE,
    _window_bits,
)


def test_every_time_match_has_its_needle_in_the_match() -> None:
    for text in first_articles():
        for index, (pattern, _) in enumerate(_NEEDLED):
            for match in pattern.finditer(text):
                assert _window_bits(text, match.span()) >> index & 1, (pattern.pattern,
                                                                       match.group(0))


def test_found_sees_every_match_of_every_shipped_list() -> None:
    lists = [tuple(FORECAST_WORDS), tuple(TARGET_WORDS)]
    for rule in load_ruleset().subjects:
        lists.append(tuple(rule.signals))
        lists.extend(tuple(phrases) for phrases in rule.facets.values())
    for text in first_articles()[::3]:
        scope = (0, len(text))
        for phrases in lists:
            plain = tuple(match.span() for match in phrases_pattern(phrases).finditer(text)
                          if not _inside_name(text, match.start()))
            assert found(text, phrases, scope) == plain, phrases


_NUMBER = re.compile(r"\d[\d,.]*")


def _mode_matches(pattern: re.Pattern[str], text: str) -> list[str]:
    """Every match of ``pattern`` as ``condition_mode`` runs it: over the text, in the words
    before each number and from its end."""
    found = [match.group(0) for match in pattern.finditer(text)]
    for number in _NUMBER.finditer(text):
        lead = pattern.search(text[max(0, number.start() - 120):number.start()])
        after = pattern.match(text, number.end())
        found.extend(match.group(0) for match in (lead, after) if match)
    return found


def test_every_mode_match_holds_one_of_its_words() -> None:
    seen = 0
    groups = [*_MODE_WORDS.groups, (_REVISED_WORDS, (_REVISED_BEFORE,)),
              (("share",), (_SHARE_OF_LEAD,)),
              (_OPENING_WORDS, (_OPENS,)), (("ll", "would"), (_WILL_BEFORE,)),
              (_CURRENT_WORDS, (_CURRENT,)), (("year",), (_FISCAL_YEAR,)),
              (_PLAN_NOUNS, (_OWN_PLAN,)), ((_ASKED,), (_QUESTION,)),
              (_VAGUE_WORDS, (_VAGUE_BEFORE,)), (_ACCORDING_WORDS, (_ACCORDING_BEFORE,)),
              (_ITEM_WORDS, (_ITEM_BEFORE,)), (_DEADLINE_WORDS, (_DEADLINE_BEFORE,)),
              (("since",), (_SINCE,)), (("magnitude",), (MAGNITUDE_BEFORE,)),
              *((words, (_NEEDLED[index][0],)) for index, words in _ALSO_HELD.items())]
    for text in first_articles()[::6]:
        for words, patterns in groups:
            for pattern in patterns:
                for match in _mode_matches(pattern, text):
                    seen += 1
                    assert any(word in match.lower() for word in words), (pattern.pattern, match)
        for match in _mode_matches(_POINTS_BACK, text):
            seen += 1
            assert _may_point_back(match), match
        for match in _mode_matches(_OF_THE_LEAD, text):  # case-sensitive: "Of" as written
            seen += 1
            assert "Of" in match, match
    assert seen > 100  # the patterns did run on the articles


_ANCHORED = [(anchored.pattern, anchored.endings)
             for anchored in (_BASE_BEFORE, _BY_AMOUNT_BEFORE, _CHANGE_BEFORE, _EARLIER_BEFORE,
                              _SHARE_OR_BEFORE)]


def test_every_match_before_a_figure_ends_with_one_of_its_endings() -> None:
    seen = 0
    for text in first_articles()[::6]:
        for pattern, endings in (*_ANCHORED, (_AND_BEFORE, ("and", "or"))):
            for match in _mode_matches(pattern, text):
                seen += 1
                assert match.lower().rstrip().endswith(endings), match
    assert seen > 20


def test_an_anchored_search_finds_what_its_pattern_finds_before_each_number() -> None:
    """The lowered, case-sensitive form an anchored pattern is run in says what the pattern
    itself says, on the words before every number (as ``is_part`` cuts them)."""
    seen = 0
    for text in first_articles()[::3]:
        for number in _NUMBER.finditer(text):
            for reach in (40, 120):
                lead = text[max(0, number.start() - reach):number.start()]
                tail = lead_tail(lead)
                for anchored in (_BASE_BEFORE, _BY_AMOUNT_BEFORE, _CHANGE_BEFORE,
                                 _EARLIER_BEFORE, _SHARE_OR_BEFORE):
                    found = anchored.pattern.search(lead) is not None
                    seen += found
                    assert anchored.search(lead, tail) == found, (anchored.pattern.pattern, lead)
    assert seen > 20


def test_every_hearsay_and_pollster_match_holds_one_of_its_words() -> None:
    """Hearsay markers and pollsters are rare: they are checked on the articles that hold
    one (a few dozen of each corpus), before every number as ``hearsay`` reads them."""
    seen = 0
    for words, pattern in ((_MARKER_WORDS, _MARKER), (_POLLSTER_WORDS, _POLLSTER_BEFORE)):
        for text in articles_holding(pattern, words, 30):
            for match in _mode_matches(pattern, text):
                seen += 1
                written = match if pattern is _POLLSTER_BEFORE else match.lower()
                assert any(word in written for word in words), match
    assert seen > 40
