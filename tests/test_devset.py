"""The annotated case sets, end to end: each measure must stay at or above what it reached.

Two sets are scored: the shared dev set, and the project's own cases in
``annotations/cases`` (articles of the same corpora that the dev set does not use). These
floors are ratchets: raise them when the pipeline improves, never lower them to make a
change pass. ``agreements wrongly flagged`` is an error rate, so its bound is a ceiling.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from reconcile.evaluate import Evaluation, evaluate
from reconcile.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@dataclass(frozen=True)
class CaseSet:
    """One annotated set, where its articles are, and the measures it must hold."""

    cases: Path
    corpus: Path
    floors: dict[str, float]
    ceiling_flagged: float


SETS = {
    "devset": CaseSet(
        SHARED / "devset" / "cases",
        SHARED / "corpus",
        {
            "figure recall": 1.0,  # 199/199 when set
            "value accuracy": 0.99,  # 198/199
            "attribution accuracy": 0.925,  # 185/199
            "conflict recall": 0.93,  # 15/16
            "discrepancy precision": 1.0,  # 14/14
        },
        0.0,  # 0/164
    ),
    "annotations": CaseSet(
        ROOT / "annotations" / "cases",
        SHARED / "corpus",
        {
            # rounds 1-11, 14-18 and 20-22; rounds 14 to 22, annotated blind, joined in
            # sessions 21 to 28 and lowered the rates they were added to (see
            # annotations/README.md)
            "figure recall": 0.996,  # 3285/3296
            "value accuracy": 0.978,  # 3214/3285
            "attribution accuracy": 0.803,  # 2641/3285
            "conflict recall": 0.445,  # 87/195
            "discrepancy precision": 0.977,  # 86/88
        },
        # 1/2543: round 18's five institutes' joint October forecast (three pct), which
        # the annotator calls an update of DIW's and Ifo's spring forecast, is the widest
        # pair of a discrepancy that is right (the other three institutes' two pct against
        # DIW's and Ifo's one pct): a forecast's date of making is not read (DESIGN.md,
        # session 24)
        0.0005,
    ),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest) -> tuple[CaseSet, Evaluation]:
    case_set = SETS[request.param]
    if not case_set.cases.is_dir():
        pytest.skip(f"the {request.param} cases are not at {case_set.cases}")
    if not case_set.corpus.is_dir():
        pytest.skip(f"the shared corpus is not at {case_set.corpus}")
    return case_set, evaluate(case_set.cases, load_ruleset(), case_set.corpus)


def test_every_case_and_every_annotated_figure_is_scored(
    scored: tuple[CaseSet, Evaluation],
) -> None:
    case_set, evaluation = scored
    files = sorted(case_set.cases.glob("*.json"))
    assert [score.case for score in evaluation.cases] == [path.stem for path in files]
    annotated = sum(len(json.loads(path.read_text(encoding="utf-8"))["figures"]) for path in files)
    assert evaluation.total("figure recall").total == annotated


@pytest.mark.parametrize(
    "measure", sorted({measure for case_set in SETS.values() for measure in case_set.floors})
)
def test_measure_holds_its_floor(scored: tuple[CaseSet, Evaluation], measure: str) -> None:
    case_set, evaluation = scored
    rate = evaluation.total(measure).rate
    floor = case_set.floors[measure]
    assert rate is not None and rate >= floor, (
        f"{measure} fell to {evaluation.total(measure)} (floor {floor:.1%})"
    )


def test_agreements_wrongly_flagged_stays_under_its_ceiling(
    scored: tuple[CaseSet, Evaluation],
) -> None:
    case_set, evaluation = scored
    flagged = evaluation.total("agreements wrongly flagged")
    assert (flagged.rate or 0.0) <= case_set.ceiling_flagged, f"agreements flagged: {flagged}"
