"""The quick test before rule phrases are run must never hide a match.

``found`` only tries a phrase list where one of its needles begins; these tests compare it
with a plain scan of the whole scope, on real sentences and on the shipped rules' lists.
"""

from __future__ import annotations

from reconcile.ruleset import load_ruleset
from reconcile.subjects.event import FORECAST_WORDS, TARGET_WORDS
from reconcile.subjects.needles import needle
from reconcile.subjects.phrases import _inside_name, found, phrases_pattern

SENTENCES = [
    "A black policeman was killed and 70 were injured when a bomb was lobbed onto a "
    "parade ground.",
    "The ferry was carrying 543 passengers and crew, and 463 people on board were rescued.",
    "Net profit rose to 12.5 mln dlrs, or 1.20 dlrs a share, from 10.1 mln dlrs, or 98 cts "
    "a share, a year earlier.",
    "Analysts had expected earnings of 34 cts a share, and the company plans to cut "
    "2,000 jobs on-board its ships.",
    "The Death Toll rose to 41, and the death toll of the Kelvin \u212aill was put at 12.",
]


def _plain(text: str, phrases: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    scope = (0, len(text))
    return tuple(match.span() for match in phrases_pattern(phrases).finditer(text, *scope)
                 if not _inside_name(text, match.start()))


def test_needles_run_to_the_first_word_of_four_letters() -> None:
    assert needle("on board") == "on board"
    assert needle("cts a share") == "cts a share"
    assert needle("to be cut") == "to be cut"
    assert needle("killed or wounded") == "killed"
    assert needle("casualties") == "casual"
    assert needle("target$") == "target"
    assert needle("u.s. troops") is None


def test_a_hyphen_parts_the_words_of_a_needle() -> None:
    assert needle("turn-out") == "turn"
    assert needle("co-op shares") == "co op shares"
    text = "Turn-out was 75 pct, against a turn out of 70 pct and a co-op's 12 pct."
    for phrases in (("turn-out", "turnout"), ("co-op",)):
        assert found(text, phrases, (0, len(text))) == _plain(text, phrases)


def test_found_equals_a_plain_scan_for_every_shipped_list() -> None:
    lists = [tuple(FORECAST_WORDS), tuple(TARGET_WORDS)]
    for rule in load_ruleset().subjects:
        lists.append(tuple(rule.signals))
        lists.extend(tuple(phrases) for phrases in rule.facets.values())
    for text in SENTENCES:
        for phrases in lists:
            assert found(text, phrases, (0, len(text))) == _plain(text, phrases), phrases


def test_a_word_inside_a_longer_needle_is_a_place_of_its_own() -> None:
    text = "The government plans to be cut back, and cut 300 jobs."
    assert found(text, ("cut",), (0, len(text))) == _plain(text, ("cut",))
    assert found(text, ("to be cut",), (0, len(text))) == _plain(text, ("to be cut",))
