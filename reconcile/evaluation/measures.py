"""Score one case: figures found, values, sources, conflicts caught, and false alarms.

Each measure is a count of hits over a count of chances, with one failure line per miss so
a rule author can see what to fix. The measures take a ``Report`` and a case, never text,
so they can be tested with hand-built reports and do not depend on any stage's quality.
Source names are compared through a function passed in (the attribution stage's
``same_source``), because "the Interior Ministry" and "Belarusian Interior Ministry" are
one source and that judgement belongs to the stage that normalises names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations

from reconcile.evaluation.cases import Case, Conflict, GoldFigure
from reconcile.evaluation.kinds import same_number, source_kind, value_kind
from reconcile.evaluation.matching import match_figures
from reconcile.evaluation.why import Apart
from reconcile.model import Claim, Discrepancy, Figure, Report

SameSource = Callable[[str, str], bool]
Explain = Callable[[Claim, Claim], Apart]
"""Why two of our claims were not judged a conflict pair (see ``evaluation.why``)."""

MEASURES = (
    "figure recall",
    "value accuracy",
    "attribution accuracy",
    "conflict recall",
    "discrepancy precision",
    "agreements wrongly flagged",
)
"""The measures in report order; the last is an error rate (lower is better)."""


@dataclass(frozen=True)
class Tally:
    """Hits out of chances, printed as ``95.2% (140/147)``."""

    hits: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.hits + other.hits, self.total + other.total)

    @property
    def rate(self) -> float | None:
        """The share of hits, or ``None`` when there was no chance at all."""
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        share = "n/a" if self.rate is None else f"{100 * self.rate:.1f}%"
        return f"{share} ({self.hits}/{self.total})"


@dataclass(frozen=True)
class CaseScore:
    """The tallies of one case, its failure lines, and discrepancies left uncounted."""

    case: str
    tallies: dict[str, Tally]
    failures: list[str] = field(default_factory=list)
    uncounted: int = 0
    missed: dict[str, int] = field(default_factory=dict)
    """Missed conflicts whose figures were all found, by the furthest stage any pair of
    them reached (see ``evaluation.why.STAGES``)."""
    wrong: dict[str, int] = field(default_factory=dict)
    """Wrong values and wrong sources by kind (see ``evaluation.kinds``)."""


def same_interval(figure: Figure, gold: GoldFigure) -> bool:
    """Value, low and high all agree: a range is not a point, an open bound is not a closed one."""
    return all(
        same_number(ours, theirs)
        for ours, theirs in ((figure.value, gold.value), (figure.low, gold.low),
                             (figure.high, gold.high))
    )


def _number(value: float | None) -> str:
    return "open" if value is None else format(value, ",.12g")


def _interval(value: float | None, low: float | None, high: float | None) -> str:
    point = "none" if value is None else format(value, ",.12g")
    return f"{point} [{_number(low)}, {_number(high)}]"


def _one_house(publisher: str, gold: str) -> bool:
    """Whether the annotator named the publisher by one of its desks: a BBC Sport story's
    unattributed figure is "BBC Sport" to its annotator and "BBC News" to the corpus, one
    publisher either way."""
    ours, theirs = publisher.split(), gold.split()
    return len(ours) > 1 and len(theirs) > 1 and ours[0].casefold() == theirs[0].casefold()


def _gold(figure: GoldFigure) -> str:
    return f'{figure.ref} "{figure.quote}" ({figure.source})'


def _conflict_pairs(discrepancy: Discrepancy) -> set[frozenset[str]]:
    return {frozenset((pair.a, pair.b)) for pair in discrepancy.pairs
            if pair.verdict == "conflict"}


class _Scorer:
    """The state shared by the measures of one case: its figures matched to our claims."""

    def __init__(self, case: Case, report: Report, same_source: SameSource,
                 explain: Explain | None) -> None:
        self.case = case
        self.report = report
        self.same_source = same_source
        self.explain = explain
        self.missed: dict[str, int] = {}
        self.wrong: dict[str, int] = {}
        self.publishers = {document.id: document.publisher for document in report.documents}
        self.matched = match_figures(case.figures, report.claims)
        self.ref_of = {claim.id: ref for ref, claim in self.matched.items()}
        self.failures: list[str] = []

    def figures(self) -> dict[str, Tally]:
        found = values = sources = 0
        for figure in self.case.figures:
            claim = self.matched.get(figure.ref)
            if claim is None:
                self.failures.append(f"missed figure {_gold(figure)} in {figure.doc} "
                                     f"at {figure.start}")
                continue
            found += 1
            values += self._value_right(figure, claim)
            sources += self._source_right(figure, claim)
        return {
            "figure recall": Tally(found, len(self.case.figures)),
            "value accuracy": Tally(values, found),
            "attribution accuracy": Tally(sources, found),
        }

    def _value_right(self, figure: GoldFigure, claim: Claim) -> bool:
        if same_interval(claim.figure, figure):
            return True
        ours = claim.figure
        self._count(value_kind(ours, figure))
        self.failures.append(
            f'wrong value {figure.ref} "{figure.quote}": ours "{ours.text}" '
            f"{_interval(ours.value, ours.low, ours.high)} vs gold "
            f"{_interval(figure.value, figure.low, figure.high)}"
        )
        return False

    def _source_right(self, figure: GoldFigure, claim: Claim) -> bool:
        if self.same_source(claim.source.name, figure.source) or (
                claim.source.kind == "publisher"
                and _one_house(claim.source.name, figure.source)):
            return True
        self._count(source_kind(claim, figure, self.publishers.get(claim.document),
                                self.same_source))
        self.failures.append(f'wrong source {figure.ref} "{figure.quote}": '
                             f'ours "{claim.source.name}" vs gold "{figure.source}"')
        return False

    def _count(self, kind: str) -> None:
        self.wrong[kind] = self.wrong.get(kind, 0) + 1

    def holds(self, discrepancy: Discrepancy, conflict: Conflict) -> bool:
        """Whether the discrepancy judges two of the conflict's figures, from different
        annotated sources, to be a conflict pair."""
        flagged = _conflict_pairs(discrepancy)
        for first, second in combinations(conflict.figures, 2):
            a, b = self.case.figure(first), self.case.figure(second)
            if a.source.casefold() == b.source.casefold():
                continue
            if self._claim_pair(first, second) in flagged:
                return True
        return False

    def _claim_pair(self, first: str, second: str) -> frozenset[str] | None:
        if first in self.matched and second in self.matched:
            return frozenset((self.matched[first].id, self.matched[second].id))
        return None

    def conflicts(self) -> Tally:
        caught = 0
        for conflict in self.case.conflicts:
            if any(self.holds(found, conflict) for found in self.report.discrepancies):
                caught += 1
                continue
            missing = [ref for ref in conflict.figures if ref not in self.matched]
            hint = (f"figures not found: {', '.join(missing)}" if missing
                    else self._why_apart(conflict))
            listed = ", ".join(_gold(self.case.figure(ref)) for ref in conflict.figures)
            self.failures.append(f"missed conflict [{listed}] ({hint})")
        return Tally(caught, len(self.case.conflicts))

    def _why_apart(self, conflict: Conflict) -> str:
        """What kept each pair of the conflict's figures (from different annotated
        sources) apart, or only that they were kept apart where nothing can say why."""
        if self.explain is None:
            return "figures found but not judged in conflict"
        reasons = []
        furthest: Apart | None = None
        for first, second in combinations(conflict.figures, 2):
            if self.case.figure(first).source.casefold() == \
                    self.case.figure(second).source.casefold():
                continue
            apart = self.explain(self.matched[first], self.matched[second])
            if furthest is None or apart.rank > furthest.rank:
                furthest = apart
            reasons.append(f"{first}~{second}: {apart}")
        if furthest is not None:
            self.missed[furthest.stage] = self.missed.get(furthest.stage, 0) + 1
        return "; ".join(reasons) or "every figure from one annotated source"

    def precision(self) -> tuple[Tally, int]:
        right = touched = 0
        for found in self.report.discrepancies:
            if not any(claim in self.ref_of for claim in found.claims):
                continue
            touched += 1
            if any(self.holds(found, conflict) for conflict in self.case.conflicts):
                right += 1
                continue
            self.failures.append(f"false discrepancy {found.id} ({found.subject}): "
                                 f"{self._describe_claims(found.claims)}")
        return Tally(right, touched), len(self.report.discrepancies) - touched

    def _describe_claims(self, claim_ids: Iterable[str]) -> str:
        by_id = {claim.id: claim for claim in self.report.claims}
        parts = []
        for claim_id in claim_ids:
            claim = by_id.get(claim_id)
            words = f'"{claim.figure.text}" ({claim.source.name})' if claim else claim_id
            ref = self.ref_of.get(claim_id)
            parts.append(f"{ref}={words}" if ref else words)
        return ", ".join(parts)

    def agreements(self) -> Tally:
        flagged_pairs = set().union(*(_conflict_pairs(d) for d in self.report.discrepancies))
        seen: set[frozenset[str]] = set()
        flagged = judged = 0
        for agreement in self.case.agreements:
            for first, second in agreement.pairs():
                pair = self._claim_pair(first, second)
                if pair is None or pair in seen:
                    continue
                seen.add(pair)
                judged += 1
                if pair in flagged_pairs:
                    flagged += 1
                    self.failures.append(
                        f"flagged agreement {_gold(self.case.figure(first))} ~ "
                        f"{_gold(self.case.figure(second))}: {agreement.why}"
                    )
        return Tally(flagged, judged)


def score_case(case: Case, report: Report, same_source: SameSource,
               explain: Explain | None = None) -> CaseScore:
    """Every measure for one case, from the report of running the pipeline on its articles;
    ``explain`` says why a missed conflict's figures were kept apart."""
    scorer = _Scorer(case, report, same_source, explain)
    tallies = scorer.figures()
    tallies["conflict recall"] = scorer.conflicts()
    tallies["discrepancy precision"], uncounted = scorer.precision()
    tallies["agreements wrongly flagged"] = scorer.agreements()
    return CaseScore(case.id, tallies, scorer.failures, uncounted, scorer.missed,
                     scorer.wrong)
