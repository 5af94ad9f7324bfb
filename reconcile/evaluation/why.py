"""Why two figures a case calls a conflict were not reported as one.

A missed conflict says little by itself: the figures may have gone to different subjects,
to different groups of one subject, or met and been judged agreeing, or not have been
rivals at all. Each of those is a different stage to improve, so the evaluation names the
first stage that kept the pair apart, in the order the pipeline applies them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from reconcile.compare import judge_pair, reported, same_source
from reconcile.group import compared_unit, group_claims
from reconcile.model import Claim, Report
from reconcile.ruleset import Ruleset
from reconcile.subjects.event import parse


def _grouped(a: Claim, b: Claim, report: Report, groups: Sequence[list[Claim]]) -> bool:
    """Whether grouping put both claims in one group, or one discrepancy lists both (a
    stated comparison is judged beside the groups). The report alone cannot say: a group
    keeps only its judged pairs, and a pair that is no rivals' is not among them."""
    pair = {a.id, b.id}
    return (any(pair <= {claim.id for claim in group} for group in groups)
            or any(pair <= set(found.claims) for found in report.discrepancies))


def _bucket_difference(a: Claim, b: Claim) -> str | None:
    one, other = parse(a.event), parse(b.event)
    for slot in ("facet", "mode", "part"):
        if getattr(one, slot) != getattr(other, slot):
            return f"{slot} {getattr(one, slot)} vs {getattr(other, slot)}"
    units = compared_unit(a, one), compared_unit(b, other)
    if units[0] != units[1]:
        return f"unit {units[0]} vs {units[1]}"
    return None


def _not_rivals(a: Claim, b: Claim) -> str | None:
    if same_source(a, b):
        return f"one source for both ({a.source.name} / {b.source.name})"
    if a.source.explicit != b.source.explicit:
        unnamed = a if not a.source.explicit else b
        return f"one figure unattributed ({unnamed.figure.text!r}: {unnamed.source.name})"
    for claim in (a, b):
        if claim.source.explicit and not reported(claim):
            return (f"{claim.source.name} does not report {claim.figure.text!r} "
                    f"(cue {claim.source.cue!r})")
    return None


STAGES = ("no subject rule", "subjects differ", "buckets differ",
          "not grouped across articles", "event keys kept apart", "judged", "not rivals")
"""The stages that can keep two figures apart, in the order the pipeline applies them: a
pair kept apart at a later one got further."""


class Apart(NamedTuple):
    """Why two claims are no conflict pair: the stage (one of ``STAGES``) and, in words,
    what it saw."""

    stage: str
    words: str

    def __str__(self) -> str:
        return self.words

    @property
    def rank(self) -> int:
        """How far through the pipeline the pair got."""
        return STAGES.index(self.stage)


def why_apart(a: Claim, b: Claim, report: Report, rules: Ruleset,
              groups: Sequence[list[Claim]] | None = None) -> Apart:
    """The first stage that kept two claims from being a conflict pair; ``groups`` are the
    report's claims grouped as the pipeline groups them (worked out here when not given)."""
    if a.subject is None or b.subject is None:
        unclaimed = a if a.subject is None else b
        return Apart("no subject rule", f"no subject rule claims {unclaimed.figure.text!r}")
    if a.subject != b.subject:
        return Apart("subjects differ", f"subjects differ: {a.subject} vs {b.subject}")
    difference = _bucket_difference(a, b)
    if difference is not None:
        return Apart("buckets differ", f"buckets differ: {difference}")
    if groups is None:
        groups = group_claims(report.claims, rules)
    if not _grouped(a, b, report, groups):
        where = ("not grouped across articles" if a.document != b.document
                 else "event keys kept apart")
        return Apart(where, f"{where}: [{a.event}] vs [{b.event}]")
    rule = rules.subject(a.subject or "")
    judgement = judge_pair(a, b, rule)
    if judgement.verdict != "conflict":
        return Apart("judged", f"judged {judgement.verdict}: {judgement.reason}")
    return Apart("not rivals", f"not rivals: {_not_rivals(a, b) or 'unknown'}")
