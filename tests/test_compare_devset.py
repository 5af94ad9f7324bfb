"""Score subjects, grouping and comparison on the hand-annotated dev set.

The figures and sources come from the annotation (gold), so this measures only the
judgement of the tool: given the right figures and who gives them, do the right ones meet
in a group, and are they judged as the annotators judged them? Measures:

- conflict recall: an annotated conflict is found when one reported discrepancy holds two
  of its figures, from different sources, judged as conflict;
- discrepancy precision: of the reported discrepancies that touch annotated figures, the
  share that match an annotated conflict;
- agreements flagged: annotated agreement pairs that we judge as conflict.

The floors below are ratchets: raise them as the tool improves, never lower them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

from reconcile.compare import judge_groups
from reconcile.group import group_claims
from reconcile.model import Claim, Discrepancy, Document, Figure, Source
from reconcile.ruleset import Ruleset, load_ruleset
from reconcile.segment import sentence_at, split_sentences
from reconcile.subjects import describe_claims
from reconcile.subjects.rule import SubjectRule

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

RECALL_FLOOR = 0.93  # 15/16 when set
PRECISION_FLOOR = 0.93  # 14/15
MAX_AGREEMENTS_FLAGGED = 0

_MEASURES = ("tonnes", "tonne", "barrels", "barrels per day", "km", "hectares", "years",
             "months")


def subject_rules() -> list[SubjectRule]:
    """The shipped subject rules."""
    return load_ruleset().subjects


def ruleset() -> Ruleset:
    """The shipped rules (the figures and attribution stages are not exercised here)."""
    return load_ruleset()


def gold_figure(gold: dict) -> Figure:
    """A Figure as the figures stage should produce it for an annotated figure."""
    unit = gold.get("unit")
    if unit == "percent":
        kind = "percent"
    elif unit and unit.split()[0].isupper() and len(unit.split()[0]) == 3:
        kind = "money"
    elif unit in _MEASURES:
        kind = "quantity"
    else:
        kind = "count"
    vague = gold["quote"] if gold["value"] is None and gold["approx"] else None
    return Figure(text=gold["quote"], start=gold["start"], end=gold["end"],
                  number_start=gold["start"], number_end=gold["end"], value=gold["value"],
                  low=gold["low"], high=gold["high"], approx=gold["approx"], kind=kind,
                  unit=None if unit == "percent" else unit, vague=vague)


@dataclass
class Score:
    """Counts over all cases, with the misses named for the assertion message."""

    conflicts: int = 0
    found: int = 0
    reported: int = 0
    matched: int = 0
    agreement_pairs: int = 0
    flagged: int = 0
    misses: list[str] = field(default_factory=list)

    def recall(self) -> float:
        return self.found / self.conflicts if self.conflicts else 1.0

    def precision(self) -> float:
        return self.matched / self.reported if self.reported else 1.0

    def summary(self) -> str:
        return (f"conflict recall {self.found}/{self.conflicts} = {self.recall():.0%}; "
                f"precision {self.matched}/{self.reported} = {self.precision():.0%}; "
                f"agreements flagged {self.flagged}/{self.agreement_pairs}")


_CUE_AFTER = re.compile(
    r"^[)'’s,\s]{0,4}(?:\w+\s){0,4}(?:said|says|say|told|reported|reports|estimated|estimates|"
    r"put|puts|claimed|claims|predicted|forecast|expects|expected|showed|announced)\b")
_CUE_BEFORE = re.compile(r"(?:according to|estimates? (?:from|by))\s+(?:the\s+)?$",
                         re.IGNORECASE)


def source_span(text: str, window: tuple[int, int], name: str) -> tuple[int, int] | None:
    """Where an attribution stage would find the source: its name (or last word) next to a
    cue ("SATS says", "according to Intervoice"), in the sentence or the one before."""
    name = re.sub(r"\s*\(.*?\)", "", name)  # "Michael Howard (Conservatives)"
    acronym = "".join(word[0] for word in name.split() if word[0].isupper())
    for candidate in (name, name.split()[-1], acronym):
        if len(candidate) < 2:
            continue
        for match in re.finditer(re.escape(candidate), text[window[0]:window[1]], re.I):
            start, end = window[0] + match.start(), window[0] + match.end()
            cue = _CUE_AFTER.match(text[end:end + 60])
            if cue:  # the evidence runs to the cue: "AWB's February ... publication put"
                end += cue.end() - len(cue.group(0).split()[-1])
            if cue or _CUE_BEFORE.search(
                    text[max(0, start - 20):start]):
                if text[start - 1:start] == "(":  # "Institut ... (IPECODE) said"
                    run = re.search(r"(?:[A-Z][\w'-]*\s+(?:\w{1,4}\s+){0,2})+\($",
                                    text[max(0, start - 120):start])
                    start = start - len(run.group(0)) if run else start
                return start, end
    return None


def gold_source_name(name: str) -> str:
    """The annotated source as attribution names it: a bracketed body stays ("Michael
    Howard (Conservatives)"), an annotator's note goes ("Vodafone (1983 forecast)")."""
    return re.sub(r"\s*\((?![A-Z][^\d)]*\))[^)]*\)", "", name)


def _load_documents(cases: list[dict]) -> dict[str, Document]:
    wanted = {doc for case in cases for doc in case["documents"]}
    documents: dict[str, Document] = {}
    for name in {case["corpus"] for case in cases}:
        path = SHARED / "corpus" / name
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not any(f'"{doc}"' in line[:60] for doc in wanted):
                    continue
                row = json.loads(line)
                if row["id"] in wanted:
                    published = row.get("published")
                    documents[row["id"]] = Document(
                        id=row["id"], text=row["text"], path=str(path), line=number,
                        publisher=row.get("publisher"), title=row.get("title"),
                        published=date.fromisoformat(published) if published else None)
    return documents


def _case_claims(case: dict, documents: dict[str, Document]) -> list[Claim]:
    rules = subject_rules()
    claims: list[Claim] = []
    for doc_id in case["documents"]:
        document = documents[doc_id]
        golds = sorted((g for g in case["figures"] if g["doc"] == doc_id),
                       key=lambda g: g["start"])
        figures = [gold_figure(g) for g in golds]
        sentences = split_sentences(document.text)
        sources = []
        for gold in golds:
            number = sentence_at(sentences, gold["start"])
            window = (sentences[max(0, number - 1)].start, sentences[number].end)
            span = source_span(document.text, window, gold["source"])
            sources.append(Source(name=gold_source_name(gold["source"]),
                                  start=span[0] if span else None,
                                  end=span[1] if span else None))
        claims.extend(describe_claims(document, sentences, figures, sources, rules))
    return claims


def _conflicting(discrepancy: Discrepancy, ids: set[str]) -> bool:
    return any(pair.verdict == "conflict" and {pair.a, pair.b} <= ids
               for pair in discrepancy.pairs)


def score_case(case: dict, documents: dict[str, Document], score: Score) -> None:
    """Add one case's counts to ``score``."""
    claims = _case_claims(case, documents)
    rules = ruleset()
    discrepancies, _ = judge_groups(group_claims(claims, rules), rules)
    ref_id = {g["ref"]: f"{g['doc']}:{g['start']}" for g in case["figures"]}
    by_id = {claim.id: claim for claim in claims}
    conflict_sets = [{ref_id[ref] for ref in c["figures"]} for c in case["conflicts"]]
    for conflict, ids in zip(case["conflicts"], conflict_sets, strict=True):
        score.conflicts += 1
        if any(_conflicting(d, ids) for d in discrepancies):
            score.found += 1
        else:
            score.misses.append(f"MISSED {case['id']} {conflict['figures']}: "
                                + "; ".join(f"{by_id[i].figure.text!r} [{by_id[i].subject}|"
                                            f"{by_id[i].event}]" for i in sorted(ids)))
    annotated = set(ref_id.values())
    for d in discrepancies:
        if not annotated & set(d.claims):
            continue
        score.reported += 1
        if any(_conflicting(d, ids) for ids in conflict_sets):
            score.matched += 1
        else:
            score.misses.append(f"SPURIOUS {case['id']} {d.reason} [{d.subject}|{d.event}]")
    for agreement in case["agreements"]:
        for a, b in combinations(agreement["figures"], 2):
            score.agreement_pairs += 1
            pair = {ref_id[a], ref_id[b]}
            if any(_conflicting(d, pair) for d in discrepancies):
                score.flagged += 1
                score.misses.append(f"FLAGGED {case['id']} {a}-{b}: {agreement['why']} | "
                                    + "; ".join(f"{by_id[i].figure.text!r} [{by_id[i].event}]"
                                                for i in sorted(pair)))


def devset_score() -> Score:
    """Score every dev-set case (the caller skips when the shared data is absent)."""
    cases = [json.loads(path.read_text(encoding="utf-8"))
             for path in sorted((SHARED / "devset" / "cases").glob("*.json"))]
    documents = _load_documents(cases)
    score = Score()
    for case in cases:
        score_case(case, documents, score)
    return score


@pytest.fixture(scope="module")
def score() -> Score:
    if not (SHARED / "devset" / "cases").is_dir():
        pytest.skip(f"the shared dev set is not at {SHARED}/devset (read-only data, not shipped)")
    return devset_score()


def test_conflict_recall_does_not_fall(score: Score) -> None:
    assert score.recall() >= RECALL_FLOOR, score.summary() + "\n" + "\n".join(score.misses)


def test_precision_does_not_fall(score: Score) -> None:
    assert score.precision() >= PRECISION_FLOOR, score.summary() + "\n" + "\n".join(score.misses)


def test_agreements_are_not_flagged(score: Score) -> None:
    assert score.flagged <= MAX_AGREEMENTS_FLAGGED, score.summary() + "\n" + "\n".join(
        score.misses)


if __name__ == "__main__":
    result = devset_score()
    print("\n".join(result.misses))
    print(result.summary())
