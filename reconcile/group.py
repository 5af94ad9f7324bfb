"""Group claims about the same measured thing, within and across documents.

A group shares subject, facet, mode and unit (the bucket), lies within the rule's time
window, and has event keys that fit each other (known slots agree, names overlap). Work
is near-linear: claims are bucketed by their exact bucket key, each bucket is swept in date
order and cut where the dates move apart by more than the window, and only inside those
short runs are keys matched, against the few groups open in the run, never all pairs.
"""

from __future__ import annotations

from datetime import date

from reconcile.model import Claim
from reconcile.ruleset import Ruleset
from reconcile.subjects.event import EventKey, parse, periods_fit

_Bucket = tuple[str, str | None, str | None, bool, str]


def unit_class(claim: Claim) -> str:
    """What figures must share to be compared: a currency, a unit of measure, percent.

    Counted nouns vary with the writer ("people", "protesters", "marchers"), so counts
    of one subject are compared whatever noun they count; the rule already chose them.
    Rates ("connections per 100 people") are kept apart from counts.
    """
    figure = claim.figure
    unit = (figure.unit or "").lower()
    if figure.kind in ("money", "quantity") or " per " in unit:
        return f"{figure.kind}:{unit}"
    return figure.kind


def _bucket(claim: Claim, key: EventKey) -> _Bucket:
    return (claim.subject or "", key.facet, key.mode, key.part, unit_class(claim))


def _runs(
    claims: list[Claim], window_days: int, keys: dict[str, EventKey]
) -> list[list[Claim]]:
    """Cut a bucket, in date order, where consecutive dates are further apart than the
    window, unless the next claim names a period the run already holds (a 1986 crop
    reported in January and in April is one thing); undated claims join the first run."""
    dated = sorted((c for c in claims if c.when is not None), key=lambda c: c.when or date.min)
    runs: list[list[Claim]] = []
    last: date | None = None
    periods: list[str] = []
    for claim in dated:
        assert claim.when is not None
        period = keys[claim.id].period
        named = period is not None and any(periods_fit(period, seen) for seen in periods)
        if last is None or ((claim.when - last).days > window_days and not named):
            runs.append([])
            periods = []
        runs[-1].append(claim)
        last = claim.when
        if period is not None:
            periods.append(period)
    undated = [c for c in claims if c.when is None]
    if undated:
        if runs:
            runs[0].extend(undated)
        else:
            runs.append(undated)
    return runs


def _specificity(key: EventKey) -> int:
    return sum(1 for slot in (key.period, key.of) if slot) + len(key.who)


def _cluster(
    run: list[Claim], keys: dict[str, EventKey], order: dict[str, int]
) -> list[list[Claim]]:
    """Put each claim, most specific key first, into the nearest open group it fits,
    joining the groups it bridges where their keys fit each other too."""
    groups: list[tuple[EventKey, list[Claim]]] = []
    for claim in sorted(run, key=lambda c: (-_specificity(keys[c.id]), order[c.id])):
        key = keys[claim.id]
        fitting = sorted(
            (index for index, (group_key, members) in enumerate(groups)
             if group_key.fits(key) and _same_times(claim, members, keys)),
            key=lambda index: _closeness(claim, groups[index][1], order))
        merged_key, merged = key, [claim]
        for index in fitting:  # a claim that fits two groups joins them, where they fit
            group_key, members = groups[index]
            if group_key.fits(merged_key) and all(
                    _same_times(member, merged, keys) for member in members):
                merged_key, merged = merged_key.merged(group_key), merged + members
                groups[index] = (group_key, [])
        groups = [group for group in groups if group[1]] + [(merged_key, merged)]
    return [sorted(members, key=lambda c: order[c.id]) for _, members in groups]


def _same_times(claim: Claim, members: list[Claim], keys: dict[str, EventKey]) -> bool:
    """Within one article, a figure given with a period and one given without are about
    different times (the writer named the period where it differed); across articles an
    unnamed period may be any."""
    period = keys[claim.id].period
    return all(keys[m.id].period == period for m in members if m.document == claim.document)


def _closeness(claim: Claim, members: list[Claim], order: dict[str, int]) -> tuple[int, int]:
    """Prefer the group holding a claim of the same sentence, then of the same document."""
    same_sentence = any(m.document == claim.document and m.sentence_start == claim.sentence_start
                        for m in members)
    same_document = any(m.document == claim.document for m in members)
    distance = min(abs(order[m.id] - order[claim.id]) for m in members)
    return (0 if same_sentence else 1 if same_document else 2, distance)


def group_claims(claims: list[Claim], rules: Ruleset) -> list[list[Claim]]:
    """Groups of two or more claims about one measured thing, in order of first claim."""
    order = {claim.id: index for index, claim in enumerate(claims)}
    keys = {claim.id: parse(claim.event) for claim in claims}
    windows = {rule.id: rule.window_days for rule in rules.subjects}
    buckets: dict[_Bucket, list[Claim]] = {}
    for claim in claims:
        if claim.subject is None or claim.subject not in windows:
            continue
        buckets.setdefault(_bucket(claim, keys[claim.id]), []).append(claim)
    groups: list[list[Claim]] = []
    for bucket, members in buckets.items():
        for run in _runs(members, windows[bucket[0]], keys):
            groups.extend(group for group in _cluster(run, keys, order) if len(group) > 1)
    return sorted(groups, key=lambda group: order[group[0].id])
