"""A story set in lower case gets capitals back for reading who speaks in it: a sentence's
first letter, a person's name between a role and a verb of saying, the agency's name. The
sentences are from Reuters stories of 1987 set in lower case that no annotated case uses."""

from __future__ import annotations

from datetime import date

from reconcile.attribution.recase import recased, set_in_lower_case
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
