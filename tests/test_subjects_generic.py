"""The generic measure: figures no subject rule claims meet by the noun phrase they quantify.

Sentences are from the corpora (Reuters 1987, BBC 2004-05); a rival's sentence is the same
sentence with another source and figure, as news sets them side by side."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.model import Claim, Document
from reconcile.pipeline import check, extract
from reconcile.ruleset import load_ruleset
from reconcile.subjects.event import parse

RULES = load_ruleset()
DAY = date(1987, 3, 20)


def article(text: str, doc_id: str = "a", title: str = "TRADE FIGURES") -> Document:
    return Document(id=doc_id, text=text, publisher="Reuters", published=DAY, title=title,
                    path=f"{doc_id}.txt")


def claim_of(text: str, figure: str) -> Claim:
    found = [claim for claim in extract(article(text), RULES) if claim.figure.text == figure]
    assert found, f"no figure {figure!r}"
    return found[0]


def conflicts(text: str) -> list[tuple[str, ...]]:
    report = check([article(text)], RULES)
    ids = {claim.id: claim for claim in report.claims}
    return [tuple(sorted(ids[cid].figure.text for cid in found.claims))
            for found in report.discrepancies if found.subject == "generic"]


@pytest.mark.parametrize(("sentence", "figure", "what"), [
    # Reuters: a linking verb after the measure, its owner's possessive left out
    ("Year to date, Piedmont said its load factor was 54.2 pct.", "54.2 pct", "load factor"),
    # Reuters: a change, not a level
    ("USAir Group Inc said its February load factor rose 2.5 pct.", "2.5 pct",
     "load factor change"),
    # BBC: a share of a whole named after it, the whole's owner left out
    ("China accounted for 20.1% of Japan's trade in 2004, compared with 18.5% in 2003.",
     "20.1%", "china share of trade"),
    # Reuters: one "of" inside the measure
    ("The company said the fat content of pork was 12 pct.", "12 pct", "fat content of pork"),
])
def test_the_measured_thing_is_the_phrase_beside_the_figure(sentence: str, figure: str,
                                                             what: str) -> None:
    claim = claim_of(sentence, figure)
    assert claim.subject == "generic"
    assert parse(claim.event).what == what


@pytest.mark.parametrize(("sentence", "figure"), [
    # Reuters: a count's noun alone names no measure ("35 overseas" service centers)
    ("REDWOOD CITY, Calif., April 13 - DHL Worldwide Express added 35 overseas and 10 "
     "domestic service centers to its delivery network.", "35 overseas"),
    # BBC: a gap of years is a span, measured at birth or at 65
    ("Life expectancy at birth is 71 years for a manual worker and 79 years for a "
     "professional - a gap of eight years.", "eight years"),
    # Reuters: the words before the figure belong to the figure before it
    ("He entered a guilty plea before United States District Court Judge Vincent Broderick "
     "to four specific charges totaling 1,031,000 dlrs on wire fraud.", "1,031,000 dlrs"),
])
def test_no_measure_is_guessed(sentence: str, figure: str) -> None:
    assert claim_of(sentence, figure).subject != "generic"


def test_a_vague_phrase_is_the_measure_stated_just_before() -> None:
    text = ("Piedmont said its load factor was 54.2 pct in February. "
            "Analysts said the figure was 58.6 pct.")
    assert parse(claim_of(text, "58.6 pct").event).what == "load factor"
    alone = "Analysts said the figure was 58.6 pct."
    assert claim_of(alone, "58.6 pct").subject is None


def test_rival_figures_of_one_measure_meet() -> None:
    # Reuters: "Year to date, Piedmont said its load factor was 54.2 pct."
    text = ("Piedmont Aviation said its load factor was 54.1 pct in February. Analysts at "
            "Salomon Brothers said the load factor was 58.6 pct in February.")
    assert conflicts(text) == [("54.1 pct", "58.6 pct")]


@pytest.mark.parametrize("text", [
    # a different head noun
    "Piedmont said its load factor was 54.1 pct in February. Analysts at Salomon Brothers "
    "said the occupancy rate was 58.6 pct in February.",
    # a modifier that changes the measure: a part is not its whole
    "The ministry said retail sales rose 2.1 pct in February. The retailers' association "
    "said food sales rose 3.5 pct in February.",
    # a change is not a level
    "Piedmont said its load factor rose 4.1 pct in February. Analysts at Salomon Brothers "
    "said the load factor was 58.6 pct in February.",
    # two periods
    "The union said retail sales rose 2.1 pct in February. The ministry said retail sales "
    "rose 1.5 pct in January.",
    # one source against itself
    "Piedmont said its load factor was 54.1 pct in February. Piedmont said the load "
    "factor was 58.6 pct in February.",
    # the publisher's own figure against a named source's
    "The load factor was 54.1 pct in February. Analysts at Salomon Brothers said the load "
    "factor was 58.6 pct in February.",
])
def test_figures_of_other_measures_or_of_no_rivals_do_not_meet(text: str) -> None:
    assert conflicts(text) == []


def test_newsroom_can_switch_the_fallback_off() -> None:
    rules = load_ruleset(ignore=["generic"])
    text = "Year to date, Piedmont said its load factor was 54.2 pct."
    claims = extract(article(text), rules)
    assert all(claim.subject is None for claim in claims)


def test_the_rule_keeps_conflicts_below_an_error() -> None:
    rule = RULES.subject("generic")
    assert rule.severity.error > 1000 and rule.window_days <= 7
