"""Judge each group: which pairs agree, which are updates, which conflict, and how badly.

Figures are intervals, not points: "at least 26" is open above, "almost 100,000" open
below, "17 to 20 mln" a range. An approximate figure is widened by the rule's tolerance
either way before comparing, and a gap smaller than ``min_gap`` of the larger number is
read as agreement. Two figures from one source are never a conflict (a repeat, or a
revision, which is an update); a later, larger figure of a quantity that only grows (a
death toll) is an update. A group with at least one conflicting pair is a discrepancy; it
keeps every claim and never picks a winner. Its severity is the rule's for the gap,
lowered where the text shows less surely that the two figures are one thing (see ``doubt``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import combinations

from reconcile.attribution.names import same_source as names_match
from reconcile.attribution.passage import PASSAGE_CUE
from reconcile.direction import Change, opposite
from reconcile.model import SEVERITY_ORDER, Claim, Discrepancy, PairJudgement, Severity
from reconcile.ruleset import Ruleset
from reconcile.subjects.event import parse
from reconcile.subjects.rule import SubjectRule

Interval = tuple[float | None, float | None]


def bounds(claim: Claim) -> Interval:
    """The interval the wording gives (the point value where no bound is written)."""
    figure = claim.figure
    low = figure.low if figure.low is not None or figure.high is not None else figure.value
    high = figure.high if figure.low is not None or figure.high is not None else figure.value
    return low, high


def widened(claim: Claim, rule: SubjectRule) -> Interval:
    """The interval, widened by the rule's tolerance when the figure is approximate."""
    low, high = bounds(claim)
    if not (claim.figure.approx or claim.figure.vague):
        return low, high
    return (None if low is None else low * (1 - rule.tolerance),
            None if high is None else high * (1 + rule.tolerance))


def _gap(a: Interval, b: Interval) -> tuple[float, float] | None:
    """(lower top, upper bottom) when the intervals do not overlap, else None."""
    for below, above in ((a, b), (b, a)):
        if below[1] is not None and above[0] is not None and below[1] < above[0]:
            return below[1], above[0]
    return None


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _step(claim: Claim) -> float | None:
    """The size of the last digit written, in the figure's units: "3.0 pct" is given to
    0.1, "1.03 billion" to 0.01 billion; None for ranges, bounds and unreadable numbers."""
    figure = claim.figure
    if figure.value is None or figure.low != figure.high or figure.approx or figure.vague:
        return None
    offset = figure.number_start - figure.start
    written = _DIGITS.match(figure.text, max(0, offset))
    if written is None:
        return None
    number = float(written.group(0).replace(",", "") or 0)
    if number == 0:
        return None
    decimals = len(written.group(1) or "")
    return figure.value / number * 10 ** -decimals


def rounded_alike(a: Claim, b: Claim) -> bool:
    """Whether the coarser of two figures is the finer one rounded: "the record 3.0 pct in
    January" and "2.96 pct in January" (the non-rounded rate) are one figure, not rivals.
    The finer one must lie strictly within half the coarser one's last digit: "£10.5bn"
    rounds as well to £10bn as to "£11bn", so those two still disagree."""
    steps = _step(a), _step(b)
    if steps[0] is None or steps[1] is None or steps[0] == steps[1]:
        return False
    coarse, fine = (a, b) if steps[0] > steps[1] else (b, a)
    step = max(steps)
    value, other = coarse.figure.value, fine.figure.value
    return value is not None and other is not None and abs(value - other) < step / 2 * 0.999


_BELOW_WORDS = re.compile(r"[\"“'(\s]*(?:under|below|less\s+than|fewer\s+than|lower\s+than)\s",
                          re.IGNORECASE)
_ABOVE_WORDS = re.compile(r"[\"“'(\s]*(?:over|above|more\s+than|greater\s+than|higher\s+than)\s",
                          re.IGNORECASE)


def _strict_edge(claim: Claim) -> tuple[bool, bool]:
    """Whether the figure's low and its high bound exclude their own number: "under 3%"
    is open above and excludes 3%, "more than 100" excludes 100; "up to", "at least" and
    "not exceed" keep theirs."""
    figure = claim.figure
    if figure.approx or figure.vague or (figure.low is None) == (figure.high is None):
        return False, False
    if figure.low is None:
        return False, _BELOW_WORDS.match(figure.text) is not None
    return _ABOVE_WORDS.match(figure.text) is not None, False


def _excluded(a: Claim, b: Claim) -> float | None:
    """The number where one figure's strict bound meets the other's own bound: "under 3%"
    beside a forecast of "between 3% and 3.5%" rules the whole range out though the two
    intervals touch. None when neither excludes the other."""
    for below, above in ((a, b), (b, a)):
        top, bottom = bounds(below)[1], bounds(above)[0]
        if top is not None and top == bottom \
                and (_strict_edge(below)[1] or _strict_edge(above)[0]):
            return top
    return None


def ratio_of(a: Claim, b: Claim) -> float | None:
    """How far apart two figures are: the upper one's bottom over the lower one's top."""
    gap = _gap(bounds(a), bounds(b))
    if gap is None or gap[0] <= 0:
        return None
    return gap[1] / gap[0]


def same_source(a: Claim, b: Claim) -> bool:
    """Whether two claims come from one source (a repeat or a revision, never a conflict).

    Names are compared as attribution writes them: a speaker keeps the body they speak
    for ("Ron Paice (AWB)"), so "AWB" and its spokesman are one source, and so are two
    spokesmen of one party. A government and its minister are one voice too (see
    ``_government_and_minister``). But a kind of source named in the plural is not one
    named member of that kind (see ``_kind_and_member``), though the names share a word."""
    one, other = a.source.name, b.source.name
    if _kind_and_member(one, other) or _kind_and_member(other, one):
        return False
    return names_match(one, other) or _government_and_minister(one, other) \
        or _government_and_minister(other, one)


def _kind_and_member(kind: str, member: str) -> bool:
    """Whether ``kind`` is a plural description with no name ("institutes", "banks") and
    ``member`` one named body of that kind ("DIW institute of West Berlin and Munich"): in
    "The three research groups of Kiel, Hamburg and Essen predicted in the institutes' joint
    spring report that GNP would rise by two pct" and "the DIW institute of West Berlin and
    Munich's Ifo institute predicted only one pct", the institutes and the DIW are rivals.
    A named group of the kind in the plural is still the kind ("institutes", "Kiel, Hamburg
    and Essen institutes")."""
    if " " in kind or not kind.islower() or not kind.endswith("s") or kind.endswith("ss"):
        return False
    found = member.lower().split()
    return member != member.lower() and kind[:-1] in found and kind not in found


_MINISTER = re.compile(r"\bminister\b", re.IGNORECASE)
_NOT_IN_OFFICE = re.compile(r"\b(?:former|ex|shadow|opposition)\b", re.IGNORECASE)


def _government_and_minister(government: str, minister: str) -> bool:
    """Whether one source is the government the story names without saying whose (its own
    country's) and the other a minister, who speaks for it: "below the government's 1987
    forecast of 2.5 mln" and "output is forecast by the government to reach 2.126 mln
    tonnes ..., Agriculture Minister Achmad Affandi said" are one forecast revised, not
    rival figures. A minister out of office ("former", "shadow") speaks for no government."""
    return government.strip().lower() == "government" and _MINISTER.search(minister) is not None \
        and _NOT_IN_OFFICE.search(minister) is None


def rivals(a: Claim, b: Claim) -> bool:
    """Whether two claims are rival sources' figures, the only pairs a discrepancy is made of.

    A figure nobody attributes is the article's own voice. Beside a named source's figure
    it is almost always the reporter framing or continuing someone's account (a part, an
    earlier value, another measure), not a rival estimate: on the corpora such pairs were
    most of the false alarms, within and across articles. So named sources are rivals of
    each other, and an unattributed figure is a rival only of another publisher's
    unattributed figure (outlet A's 8,000 against outlet B's 40,000). A named source is a
    rival only where it reports the figure (see ``reported``)."""
    if same_source(a, b):
        return False
    return a.source.explicit == b.source.explicit and (
        not a.source.explicit or (reported(a) and reported(b)))


_REPORTING = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)\b|told|tell|add|note|expect|show|estimat|announc|accord|"
    r"forecast|gave|give|predict|quot|report|project|believ|confirm|indicat|suggest|calculat|"
    r"disclos|claim|warn|argu|insist|comment|admit|reveal|puts?\b|figures?\b|survey|poll|"
    r"stud|data\b|behalf|pledg|promis|think|feel|cite|assert|acknowledg|conced|put\s|"
    r"gather|compil|publish|releas|sees\b|forese|target)|\b(?:by|from)$",
    re.IGNORECASE)


def reported(claim: Claim) -> bool:
    """Whether a named source reports the figure: it says, estimates, forecasts or shows
    it. A name read off the figure's own words ("Borg-Warner earned", "the United States
    which receives about 50 pct", "Turkey's gross domestic output") is whose figure it is,
    not who vouches for it; such a figure is no rival estimate of anything. Nor is a
    figure whose source is only the passage it stands in (``PASSAGE_CUE``): the sentence
    says no word of reporting, and a passage guessed one sentence too far must not raise a
    conflict. Nor is an issuer's ("Nobel is issuing a 200 mln franc 10-year bond",
    "Samsung issued 20 mln dlrs worth of convertible bonds"): two issues are two sums,
    while figures or a statement "issued by" someone are reported by the ending "by". A
    poll's results are the poll's report (``_POLL_NAMED``)."""
    cue = claim.source.cue
    return not names_no_one(claim.source.name) and (
        cue is None or (cue != PASSAGE_CUE and (
            _REPORTING.search(cue) is not None
            or _POLL_NAMED.search(claim.source.evidence or "") is not None)))


_POLL_NAMED = re.compile(r"\b(?:poll|survey)s?\b", re.IGNORECASE)
"""A poll's words named as the source: a poll reports the results it gives, whatever verb
gives them ("a Marplan poll in the Today newspaper had the Conservatives 11 points
ahead", "In that survey, the Conservatives had the support of 39 pct")."""


_MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"))
_HALF_NAMES = frozenset(("united", "new", "general", "national", "international", "american",
                         "british", "first", "west", "east", "north", "south", "central"))
_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "i", "you", "them", "its", "their"))
"""A pronoun attribution could not resolve ("..., it said" in a story that names its
company in lower case) is no one in particular: two such "sources" are not rivals."""
_DATA_NOUNS = frozenset((
    "market", "markets", "area", "areas", "production", "output", "yield", "yields", "harvest",
    "crop", "crops", "unadjusted", "adjusted", "rate", "rates", "prices"))


def names_no_one(name: str) -> bool:
    """Whether a "source" name is the words of a figure's description, not who gives it:
    a month ("December"), a phrase ending on a measured noun ("April cocoa market",
    "Soybean production", "Totally unadjusted", "New York area") or opening on a month
    ("January payments": the data of a month, not "May Department Stores") that attribution took
    for a speaker before "estimates" or "said", or the first half of a name alone
    ("United" of "United States", "New" of "New York"), or a pronoun left unresolved
    ("it"). No one vouches for such a figure,
    so it is no rival estimate."""
    words = name.split("(")[0].lower().split()
    return bool(words) and (words[-1] in _DATA_NOUNS or all(word in _MONTHS for word in words)
                            or (len(words) == 1 and words[0] in _PRONOUNS)
                            or (len(words) == 1 and words[0] in _HALF_NAMES)
                            or (len(words) > 1 and words[0] in _MONTHS - {"may", "june"}))


def _comparable(a: Claim, b: Claim) -> bool:
    """Pairs whose disagreement means something: rivals, or one source revising itself.
    Other pairs are kept only where they agree (the article's own figure bearing a named
    source out is worth showing; its figure beside another measure of theirs is not)."""
    return rivals(a, b) or same_source(a, b)


def describe(claim: Claim) -> str:
    """A figure and its source as a reader sees them: "Around 5,000 people (Reuters)"."""
    return f"{claim.figure.text} ({claim.source.name})"


def apart(ratio: float | None) -> str:
    """A ratio in words: "13x apart", "4% apart"."""
    if ratio is None:
        return "apart"
    if ratio >= 2:
        return f"{ratio:.3g}x apart"
    return f"{(ratio - 1) * 100:.2g}% apart"


def judge_pair(a: Claim, b: Claim, rule: SubjectRule,
               changes: Mapping[str, Change] | None = None) -> PairJudgement:
    """Agree, update or conflict, with the reason in words. ``changes`` are the directions
    the words give ("fell 0.2%"): a rise and a fall of one measure disagree whatever their
    sizes, and their sizes say nothing of how far apart they are."""
    pair = f"{describe(a)} vs {describe(b)}"
    if changes is not None and opposite(changes.get(a.id), changes.get(b.id)):
        if same_source(a, b):
            return PairJudgement(a=a.id, b=b.id, verdict="update", ratio=None,
                                 reason=f"{pair}: the source revised its own figure")
        rose = a if changes[a.id] == "up" else b
        return PairJudgement(a=a.id, b=b.id, verdict="conflict", ratio=None,
                             reason=f"{pair}: {rose.source.name} has a rise, "
                                    f"{(b if rose is a else a).source.name} a fall")
    ratio = ratio_of(a, b)
    gap = _gap(widened(a, rule), widened(b, rule))
    if gap is not None and (gap[1] - gap[0] <= rule.min_gap * gap[1] or rounded_alike(a, b)):
        gap = None
    edge = None if gap is not None or rule.grows else _excluded(a, b)
    if edge is not None and not same_source(a, b):
        return PairJudgement(a=a.id, b=b.id, verdict="conflict", ratio=ratio,
                             reason=f"{pair}: one rules out the other at {edge:g}")
    if ratio is not None and ratio > rule.ratio_for(parse(a.event).facet):
        return PairJudgement(a=a.id, b=b.id, verdict="agree", ratio=ratio,
                             reason=f"{pair}: {apart(ratio)}, too far to be one measure")
    if gap is None:
        return PairJudgement(a=a.id, b=b.id, verdict="agree", ratio=ratio,
                             reason=f"{pair}: agree within tolerance")
    if same_source(a, b):
        return PairJudgement(a=a.id, b=b.id, verdict="update", ratio=ratio,
                             reason=f"{pair}: the source revised its own figure")
    if rule.grows and a.when and b.when and a.when != b.when:
        earlier, later = (a, b) if a.when < b.when else (b, a)
        falls = parse(a.event).facet in rule.falls
        low, high = (later, earlier) if falls else (earlier, later)
        if _gap(bounds(low), bounds(high)) == (bounds(low)[1], bounds(high)[0]):
            change = "smaller" if falls else "larger"
            return PairJudgement(a=a.id, b=b.id, verdict="update", ratio=ratio,
                                 reason=f"{pair}: a later, {change} count ({later.when})")
    return PairJudgement(a=a.id, b=b.id, verdict="conflict", ratio=ratio,
                         reason=f"{pair}: {apart(ratio)}")


def severity(ratio: float | None, rule: SubjectRule) -> Severity:
    """The rule's severity for a conflict this far apart."""
    if ratio is not None and ratio >= rule.severity.error:
        return "error"
    if ratio is not None and ratio >= rule.severity.warning:
        return "warning"
    return "info"


ADJACENT = 3
"""At most this many characters (a space, a paragraph break) between two sentences make
the second follow the first directly."""


def doubt(a: Claim, b: Claim) -> int:
    """How weakly the text shows two figures to be rival figures for one thing, in steps of
    severity: 0 where one sentence gives both ("SATS says that some 13,000 workers are
    involved, but union leaders put the number of strikers closer to 18,000") or the
    second answers the first in the next sentence ("Earlier, the employers had put the
    figure at around 30 mln. The FNV said the actual losses were nearer 17 to 20 mln");
    1 for figures of one article sentences apart, which are as often another measure of
    the story (Ecuador's exports before the quake and Venezuela's loan to it); 2 across
    articles, which only words and names in common join. On the hand-judged corpus
    discrepancies the first were right 17 times in 20, the second 2 in 12, the third 1 in 6,
    whatever the ratio: a large ratio says how far apart two figures are, not that they
    are one thing."""
    if a.document != b.document:
        return 2
    earlier, later = (a, b) if a.sentence_start <= b.sentence_start else (b, a)
    return 0 if later.sentence_start - earlier.sentence_end <= ADJACENT else 1


_LEVELS: tuple[Severity, ...] = ("info", "warning", "error")


def pair_severity(pair: PairJudgement, claims: dict[str, Claim], rule: SubjectRule,
                  changes: Mapping[str, Change] | None = None) -> Severity:
    """The rule's severity for the pair's ratio, lowered a step for each step of doubt
    (see ``doubt``): the top of a report is what an editor should read first, a conflict
    the text states, not the widest gap between figures that only share a bucket. A rise
    against a fall has no ratio; it is a warning before doubt."""
    base = severity(pair.ratio, rule)
    if changes is not None and opposite(changes.get(pair.a), changes.get(pair.b)):
        base = "warning"
    level = SEVERITY_ORDER[base] - doubt(claims[pair.a], claims[pair.b])
    return _LEVELS[max(0, level)]


def judge_groups(
    groups: list[list[Claim]], rules: Ruleset, changes: Mapping[str, Change] | None = None
) -> tuple[list[Discrepancy], list[PairJudgement]]:
    """Discrepancies (groups with a conflict) and the agreeing or update pairs outside them.

    Discrepancies are numbered most severe first and, within a severity, the conflicts
    the text states before those only grouped (see ``doubt``), then the widest first."""
    found: list[tuple[tuple[int, int, float, int], Discrepancy]] = []
    agreements: list[PairJudgement] = []
    for position, group in enumerate(groups):
        rule = rules.subject(group[0].subject or "")
        ids = {claim.id: claim for claim in group}
        judged = [pair for pair in (judge_pair(a, b, rule, changes)
                                    for a, b in combinations(group, 2))
                  if pair.verdict == "agree" or _comparable(ids[pair.a], ids[pair.b])]
        conflicts = [pair for pair in judged if pair.verdict == "conflict"]
        if not conflicts:
            agreements.extend(judged)
            continue
        levels = {id(pair): pair_severity(pair, ids, rule, changes) for pair in conflicts}
        worst = max(conflicts, key=lambda pair: (SEVERITY_ORDER[levels[id(pair)]],
                                                 pair.ratio or 0.0))
        level = levels[id(worst)]
        doubted = min(doubt(ids[pair.a], ids[pair.b]) for pair in conflicts
                      if levels[id(pair)] == level)
        discrepancy = Discrepancy(
            id="",
            subject=rule.id,
            event=group[0].event,
            severity=level,
            ratio=worst.ratio,
            claims=[claim.id for claim in group],
            reason=worst.reason,
            pairs=[pair for pair in judged if not same_source(ids[pair.a], ids[pair.b])],
        )
        found.append(((-SEVERITY_ORDER[level], doubted, -(worst.ratio or 0.0), position),
                      discrepancy))
    found.sort(key=lambda item: item[0])
    discrepancies = [item.model_copy(update={"id": f"d{number}"})
                     for number, (_, item) in enumerate(found, 1)]
    return discrepancies, agreements
