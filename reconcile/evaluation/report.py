"""The evaluation as a person reads it: per-case lines, totals, then one line per failure.

The output is deterministic (no timings, cases in file-name order) so two runs can be
diffed to see what a rule change fixed or broke.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

from tabulate import tabulate

from reconcile.evaluation.kinds import SOURCE_KINDS, VALUE_KINDS
from reconcile.evaluation.measures import MEASURES, CaseScore, Tally
from reconcile.evaluation.why import STAGES

_COLUMNS = {
    "figure recall": "figures",
    "value accuracy": "values",
    "attribution accuracy": "sources",
    "conflict recall": "conflicts",
    "discrepancy precision": "precision",
    "agreements wrongly flagged": "flagged",
}


@dataclass(frozen=True)
class Evaluation:
    """Scores of every case of one run; ``render()`` is what ``reconcile eval`` prints."""

    source: str
    cases: list[CaseScore]

    def total(self, measure: str) -> Tally:
        """One measure summed over all cases."""
        return reduce(Tally.__add__, (case.tallies[measure] for case in self.cases), Tally())

    @property
    def uncounted(self) -> int:
        """Reported discrepancies that touch no annotated figure, left out of precision."""
        return sum(case.uncounted for case in self.cases)

    @property
    def missed(self) -> dict[str, int]:
        """Missed conflicts over all cases by the stage that kept them apart, in the
        pipeline's order: where rule work would find the most."""
        return {stage: count for stage in STAGES
                if (count := sum(case.missed.get(stage, 0) for case in self.cases))}

    def wrong(self, kinds: tuple[str, ...]) -> dict[str, int]:
        """Wrong values or sources (``kinds``: ``VALUE_KINDS`` or ``SOURCE_KINDS``) over
        all cases by kind, in that order: which misses are the tool's and which a
        convention the annotators differ on."""
        return {kind: count for kind in kinds
                if (count := sum(case.wrong.get(kind, 0) for case in self.cases))}

    def render(self) -> str:
        """Per-case table, totals and failures, as plain text."""
        rows = [
            [case.case, *(_fraction(case.tallies[measure]) for measure in MEASURES)]
            for case in self.cases
        ]
        headers = ["case", *(_COLUMNS[measure] for measure in MEASURES)]
        width = max(len(measure) for measure in MEASURES)
        lines = [
            f"{len(self.cases)} case(s) from {self.source}",
            "",
            tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True),
            "",
            *(f"{measure:<{width}}  {self.total(measure)}" for measure in MEASURES),
            "",
            f"{self.uncounted} reported discrepancies touch no annotated figure and are not "
            "counted in precision (the annotation does not cover them).",
            "agreements wrongly flagged counts annotated agreement pairs whose two figures "
            "were both found (lower is better).",
        ]
        if self.missed:
            lines.append("missed conflicts by the furthest stage their figures reached: "
                         + ", ".join(f"{stage} {count}" for stage, count in self.missed.items()))
        for what, kinds in (("values", VALUE_KINDS), ("sources", SOURCE_KINDS)):
            if counted := self.wrong(kinds):
                lines.append(f"wrong {what} by kind: "
                             + ", ".join(f"{kind} {count}" for kind, count in counted.items()))
        failures = [f"{case.case}: {line}" for case in self.cases for line in case.failures]
        lines += ["", f"failures ({len(failures)}):", *(f"  {line}" for line in failures)]
        return "\n".join(lines) + "\n"


def _fraction(tally: Tally) -> str:
    return f"{tally.hits}/{tally.total}"
