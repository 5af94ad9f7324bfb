"""Stated comparisons: rival figures one sentence sets against each other are judged as a
pair even where their subjects or keys keep them in no one group. Sentences are from the
corpora."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.model import Document, Report
from reconcile.pipeline import check
from reconcile.ruleset import load_ruleset
from reconcile.stated import stated_pairs

RULES = load_ruleset()


def _report(text: str, ignore: tuple[str, ...] = ()) -> Report:
    rules = load_ruleset(ignore=ignore) if ignore else RULES
    document = Document(id="t", text=text, path="t", publisher="Reuters",
                        published=date(1987, 3, 20))
    return check([document], rules)


def _pairs(report: Report) -> set[frozenset[str]]:
    words = {claim.id: claim.figure.text for claim in report.claims}
    return {frozenset((words[pair.a], words[pair.b])) for found in report.discrepancies
            for pair in found.pairs if pair.verdict == "conflict"}


@pytest.mark.parametrize(("text", "pair"), [
    ("USDA has confirmed one mln tonnes of corn sold to the Soviet Union, but both U.S. and "
     "Soviet analysts have said the purchases stand at 1.5 mln tonnes.",
     {"one mln tonnes", "1.5 mln tonnes"}),
    ("The government has said it expects 1987 growth to be under two pct but some analysts "
     "believe it will be nearer three pct because prices for commodity exports have risen "
     "sharply.", {"under two pct", "nearer three pct"}),
])
def test_rival_figures_a_sentence_sets_against_each_other_conflict(
        text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _pairs(_report(text))


def test_a_figure_no_rule_claims_takes_the_generic_subject_of_its_pair() -> None:
    report = _report("USDA has confirmed one mln tonnes of corn sold to the Soviet Union, but "
                     "both U.S. and Soviet analysts have said the purchases stand at 1.5 mln "
                     "tonnes.")
    (found,) = report.discrepancies
    assert found.subject == "generic"
    assert {claim.subject for claim in report.claims if claim.id in found.claims} == {"generic"}


def test_without_the_generic_rule_an_unclaimed_pair_is_not_judged() -> None:
    report = _report("USDA has confirmed one mln tonnes of corn sold to the Soviet Union, but "
                     "both U.S. and Soviet analysts have said the purchases stand at 1.5 mln "
                     "tonnes.", ignore=("generic",))
    assert report.discrepancies == []


@pytest.mark.parametrize("text", [
    # an outcome against the forecast it missed
    "Shares tumbled, however, as the company reported a profit margin of 45.6%, less than "
    "the 47.3% forecast by analysts and down from 47.1% in the third quarter.",
    # two polls are two samples
    "A Market & Opinion Research International (MORI) poll conducted for The Sunday Times "
    "showed the Conservatives with a six point lead, while a poll by Telephone Surveys "
    "Limited for The Sunday Express found them to be four points ahead.",
    # a change against a level
    "As a result, December factory orders reported as rising 1.6 pct rose on the revised "
    "basis by 3.2 pct, while November orders reported as 3.6 pct were up only 0.8 pct on the "
    "revised basis, the department said.",
    # the level a change started from is last year's
    "The mining and smelting group earlier reported 1986 net earnings rose to 138.2 mln dlrs "
    "from 87.8 mln in 1985, against analysts' forecasts yesterday of 125 mln to 160 mln.",
    # an earlier expectation is a revision, not a rival
    "The only other bullish feature is the recently lower trade forecast for Bahia's "
    "temporao crop which ranged between 1.5 and 2.0 mln bags from 2.0 to 2.5 mln bags "
    "previously and compared with initial expectations of three mln bags, dealers said.",
    # this year's level a forecast starts from, and another country's
    "The EU expects the German deficit to fall to fall to 2.9% of GDP next year from 3.9% "
    "this year, while France's is forecast to drop to 3% from an expected 3.7% this year.",
    # one year against another
    "Total estimated crude oil production in California for 1986 was 408 mln bbls, compared "
    "with 424 mln bbls in 1985 and 405 mln bbl in 1983, according to the California "
    "Department of Conservation.",
])
def test_sentences_that_set_other_things_side_by_side_state_no_pair(text: str) -> None:
    report = _report(text)
    assert stated_pairs(report.claims, [], {"t": text}, RULES) == []
