"""A story set in lower case gets capitals back for reading who speaks in it: a sentence's
first letter, a person's name between a role and a verb of saying, the agency's name. The
sentences are from Reuters stories of 1987 set in lower case that no annotated case uses."""

from __future__ import annotations

from datetime import date

from corpus_samples import first_articles

from reconcile.attribution.recase import (
    _DATELINE,
    _FEWEST_WORDS,
    _LOWER_SHARE,
    _SAMPLE,
    _WORD,
    recased,
    set_in_lower_case,
)
from reconcile.model import Document
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset

JAMAICA = (  # news reuters-4010
    "Kingston, march 11 - jamaica has put a cap on its 3.5 billion dlr foreign debt and will "
    "reduce its obligations by 300 mln dlrs this year, prime minister edward seaga said "
    "today.\n\nSpeaking at a news conference, seaga said jamaica has reached its \"maximum "
    "stock of debt\" and will not undertake any more borrowing until it is justified by "
    "economic growth.\n\n\"this year we'll be reducing the stock of debt by 300 million "
    "dollars,\" he said.\n\nDebt payments this year are expected to total 287 mln dollars, "
    "seaga said.")


def test_a_story_in_lower_case_is_told_from_one_in_ordinary_case() -> None:
    assert set_in_lower_case(JAMAICA)
    ordinary = ("KINGSTON, March 11 - Jamaica has put a cap on its 3.5 billion dlr foreign debt "
                "and will reduce its obligations by 300 mln dlrs this year, Prime Minister "
                "Edward Seaga said today. Speaking at a news conference, Seaga said Jamaica has "
                "reached its maximum stock of debt.")
    assert not set_in_lower_case(ordinary)
    assert recased(ordinary) is ordinary


def test_capitals_come_back_where_they_are_certain_and_nothing_moves() -> None:
    text = recased(JAMAICA)
    assert len(text) == len(JAMAICA) and text.lower() == JAMAICA.lower()
    assert "prime minister Edward Seaga said" in text
    assert "\"This year we'll" in text
    assert recased("the minister also said 300 jobs would go, " * 10).count("Also") == 0


def test_the_speaker_of_a_story_in_lower_case_is_found() -> None:
    story = Document(id="reuters-4010", path="news.jsonl", text=JAMAICA,
                     published=date(1987, 3, 11),
                     title="JAMAICA PUTS CAP ON BORROWING")
    report = check([story], load_ruleset())
    debt = next(claim for claim in report.claims if claim.figure.text.startswith("3.5 billion"))
    assert "Edward Seaga" in debt.source.name
    assert report.claims[0].figure.text == JAMAICA[report.claims[0].figure.start:
                                                   report.claims[0].figure.end]


def _told_by_words(text: str) -> bool:
    """``set_in_lower_case`` as it read every story: by the share of its words that open
    with a capital."""
    dateline = _DATELINE.match(text)
    start = dateline.end() if dateline else 0
    words = _WORD.findall(text, start, start + _SAMPLE)
    return len(words) >= _FEWEST_WORDS \
        and sum(word[0].isupper() for word in words) < _LOWER_SHARE * len(words)


def test_the_count_of_capitals_tells_what_the_words_tell() -> None:
    """Told first by its capitals against a bound on its words, a story's case is what its
    words tell, on corpus stories, stories in lower case, short ones and odd characters."""
    lower = [JAMAICA.lower(), JAMAICA[:200].lower(), "x " * 40 + "A", "x " * 15 + "A",
             "\ud800 " * 40 + "abc " * 40, "Quito - " + "é-'a " * 60 + "B C", ""]
    texts = [*lower, *first_articles()]
    assert sum(map(_told_by_words, texts)) >= 3
    for text in texts:
        assert set_in_lower_case(text) == _told_by_words(text), text[:80]
