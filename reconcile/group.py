"""Group claims about the same measured thing, within and across documents.

A group shares subject, facet, mode and unit (the bucket), lies within the rule's time
window, and has event keys that fit each other (known slots agree, names overlap). Across
articles it also needs evidence that the articles report one story: a rare name near the
figures, or two rare headline words, in common (without it a corpus floods with "conflicts"
between unrelated stories), and beyond a handful of articles the figures themselves must
name one thing (two names in common, see ``_same_names``); or, among a few articles
checked together, amounts of one named facet and period of one size (stories of one
campaign that name no common source). Work is near-linear: claims are bucketed by their
exact bucket key, each bucket is swept in date order and cut where the dates move apart
by more than the window, and only inside those short runs are keys matched, against the
few clusters open in the run, never all pairs of a corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import lru_cache, reduce

from reconcile.attribution.names import is_demonym
from reconcile.compare import ratio_of, same_source
from reconcile.model import Claim
from reconcile.ruleset import Ruleset
from reconcile.subjects.country import place_words
from reconcile.subjects.event import (
    GRAINS,
    PER_SHARE,
    EventKey,
    headline_words,
    named_in,
    names_in,
    parse,
    periods_fit,
    same_owner,
)
from reconcile.subjects.generic import GENERIC
from reconcile.timeref import period_end, period_start

_Bucket = tuple[str, str | None, str | None, bool, str]


def unit_class(claim: Claim) -> str:
    """What figures must share to be compared: a currency, a unit of measure, percent.

    Counted nouns vary with the writer ("people", "protesters", "marchers"), so counts
    of one subject are compared whatever noun they count; the rule already chose them.
    A bare number ("put the number at 65,000") is a count the rule chose for its subject.
    Rates ("connections per 100 people") are kept apart from counts.
    """
    figure = claim.figure
    unit = (figure.unit or "").lower()
    if figure.kind in ("money", "quantity") or " per " in unit:
        return f"{figure.kind}:{unit}"
    return "count" if figure.kind == "number" else figure.kind


def _bucket(claim: Claim, key: EventKey) -> _Bucket:
    return (claim.subject or "", key.facet, key.mode, key.part, compared_unit(claim, key))


def compared_unit(claim: Claim, key: EventKey) -> str:
    """The unit class figures are compared in: a figure of the per-share facet is a share's
    whether or not its words repeat "per share" ("saw VW's group earnings per share falling
    to 35 marks" beside "an unchanged 42 marks per share")."""
    unit = unit_class(claim)
    return unit.removesuffix(" per share") if key.facet == PER_SHARE else unit


def _runs(
    claims: list[Claim], window_days: int, keys: dict[str, EventKey]
) -> list[list[Claim]]:
    """Cut a bucket, in date order, where the dates of figures given without a period move
    further apart than the window. A figure that names its period ("the 1986 crop") is
    placed by its date but never cuts a run: its period, in the key, says when it is.
    Undated claims join the first run."""
    dated = sorted((c for c in claims if c.when is not None), key=lambda c: c.when or date.min)
    runs: list[list[Claim]] = []
    last: date | None = None
    for claim in dated:
        assert claim.when is not None
        if keys[claim.id].period is None:
            if last is not None and (claim.when - last).days > window_days:
                runs.append([])
            last = claim.when
        if not runs:
            runs.append([])
        runs[-1].append(claim)
    undated = [c for c in claims if c.when is None]
    if undated:
        if runs:
            runs[0].extend(undated)
        else:
            runs.append(undated)
    return runs


def _specificity(key: EventKey) -> int:
    return sum(1 for slot in (key.period, key.of) if slot) + len(key.who)


@dataclass(frozen=True)
class Rarity:
    """Each article's rare words (see ``rare_words``), and the scarce buckets."""

    words: dict[str, frozenset[str]]
    scarce_buckets: frozenset[_Bucket] = frozenset()
    links: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False)
    """Whether two articles are linked, worked out once per pair of articles."""
    index: dict[str, list[str]] = field(default_factory=dict, compare=False)
    """Rare word -> the articles that have it, to find an article's links without
    looking at every other article."""
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    windows: dict[str, int] = field(default_factory=dict, compare=False)
    """Subject -> the rule's window in days, within which articles may share figures."""
    periods: dict[str, str] = field(default_factory=dict, compare=False)
    """Claim id -> the period its article gives the figure's measure, for figures that
    name none (see ``article_periods``): it counts within the article only."""
    ratios: dict[tuple[str, str | None], float] = field(default_factory=dict, compare=False)
    """(Subject, facet) -> the rule's ``max_ratio`` for the facet (see
    ``SubjectRule.ratio_for``): figures further apart measure other things."""
    owned: frozenset[tuple[str | None, str | None]] = frozenset()
    """(subject, facet) pairs a rule calls an entity's own measure (``owned``)."""
    places: frozenset[str] = frozenset()
    """The lexicon's countries and their peoples' words, lower-case (see ``place_words``)."""
    bases: dict[str, tuple[Claim, ...]] = field(default_factory=dict, compare=False)
    """Claim id -> the forecasts its figure is the base year of (see ``forecast_bases``)."""

    def linked_to(self, document: str) -> frozenset[str]:
        """The articles linked to ``document`` (see ``_linked``), itself included."""
        known = self.neighbours.get(document)
        if known is None:
            counts: Counter[str] = Counter()
            named: set[str] = {document}
            for word in self.words.get(document, ()):
                counts.update(self.index[word])
                if word.startswith("@"):
                    named.update(self.index[word])
            known = frozenset(named | {other for other, n in counts.items() if n >= 2})
            self.neighbours[document] = known
        return known
    """Buckets (subject, facet, mode, unit) that the few articles checked mostly give
    (see ``_scarce_buckets``): one measure ("a black hole" in public finances) of one
    story told by several."""


SCARCE = 3


RARE_MAX = 15
"""However large the corpus, a word that more articles than this share is no story's own:
one story is told by a handful of articles, and among thousands two articles share two
words that a hundred others have by chance."""


def rare_words(claims: list[Claim], keys: dict[str, EventKey]) -> Rarity:
    """Each article's rare words: headline words and names near figures that few articles
    share. An event is reported by a handful of articles, so a word found in more than
    ``max(3, 1% of the articles)`` ("profit", "cut", "oil") says nothing of which event.
    Names near figures are kept whole ("herald free enterprise") and marked with "@".
    Generic claims (a measure named by words alone) make their article known to the
    linking but give it no words: two articles share generic figures only where their
    rule figures already make them one story."""
    words: dict[str, set[str]] = {}
    linking: set[str] = set()
    for claim in claims:
        if claim.subject is None:
            continue
        found = words.setdefault(claim.document, set())
        if claim.subject == GENERIC:
            continue
        linking.add(claim.document)
        key = keys[claim.id]
        found.update(key.topic | {f"@{name}" for name in key.who})
    cap = min(RARE_MAX, max(3, len(linking) // 100))
    counts: dict[str, int] = {}
    for found in words.values():
        for word in found:
            counts[word] = counts.get(word, 0) + 1
    rare = {document: frozenset(word for word in found if counts[word] <= cap)
            for document, found in words.items()}
    index: dict[str, list[str]] = {}
    for document, found in rare.items():
        for word in found:
            index.setdefault(word, []).append(document)
    return Rarity(words=rare, index=index)


def _linked(one: str, other: str, rare: Rarity) -> bool:
    """Two articles may share figures when they are one, or share a rare name near their
    figures, or two rare words: one common word ("home", "economy") is chance."""
    if one == other:
        return True
    pair = (one, other) if one < other else (other, one)
    known = rare.links.get(pair)
    if known is None:
        shared = rare.words[one] & rare.words[other]
        known = len(shared) >= 2 or any(word.startswith("@") for word in shared)
        rare.links[pair] = known
    return known


@lru_cache(maxsize=4096)
def _without_topic(key: EventKey) -> str:
    """The key's text but for its headline words, which all claims of an article share:
    read once per key (claims of one clause share their key)."""
    return key.text(topic=False)


def _cluster(
    run: list[Claim], keys: dict[str, EventKey], order: dict[str, int],
    rare: Rarity,
) -> list[list[Claim]]:
    """Cluster a run: claims with identical keys form atoms; atoms, most specific first,
    join the most alike cluster they fit, bridging clusters that fit each other too.

    Starting from atoms means two unnamed "104,000 jobs" and "71,000 jobs" from two
    articles meet before either is pulled towards a named part of the whole.
    """
    same_keys: dict[str, list[Claim]] = {}
    for claim in sorted(run, key=lambda c: order[c.id]):
        same_keys.setdefault(_without_topic(keys[claim.id]), []).append(claim)
    atoms = [atom for claims in same_keys.values() for atom in _split(claims, keys, rare)]
    clusters: dict[int, tuple[EventKey, list[Claim]]] = {}
    by_document: dict[str, set[int]] = {}
    by_rival: dict[tuple[str, str], set[int]] = {}
    ordered = sorted(atoms, key=lambda a: (-_specificity(keys[a[0].id]), order[a[0].id]))
    for number, atom in enumerate(ordered):
        key = reduce(EventKey.merged, (keys[claim.id] for claim in atom))
        fitting = sorted(  # _may_join first: it rules out most, at less cost
            (index for index in _candidates(atom, clusters, by_document, rare, keys, by_rival)
             if _may_join(atom, clusters[index][1], keys, rare)
             and _fits(clusters[index][0], key, atom, clusters[index][1], rare)),
            key=lambda index: _closeness(atom, key, clusters[index], order))
        merged_key, merged = key, list(atom)
        for index in fitting:
            cluster_key, members = clusters[index]
            if _fits(cluster_key, merged_key, merged, members, rare) \
                    and _may_join(members, merged, keys, rare):
                merged_key, merged = merged_key.merged(cluster_key), merged + members
                del clusters[index]
        clusters[number] = (merged_key, merged)
        for claim in merged:
            _index(claim, number, by_document, by_rival, keys, rare)
    return [sorted(members, key=lambda c: order[c.id]) for _, members in clusters.values()]


def _candidates(claims: list[Claim], clusters: dict[int, tuple[EventKey, list[Claim]]],
                by_document: dict[str, set[int]], rare: Rarity, keys: dict[str, EventKey],
                by_rival: dict[tuple[str, str], set[int]]) -> list[int]:
    """The clusters ``claims`` might join, in the order they were opened: all of them
    when stories may meet by size alone, else only those holding a claim of an article
    linked to one of theirs, or a rival forecast of one owner and period (see
    ``_rival_forecasts``, found by ``_rival_marks``). A claim of an unlinked article
    meets one of theirs only so (see ``_meet``), so the others would only be tried in
    vain: in a corpus bucket most open clusters are other stories'."""
    if not clusters:
        return []
    if rare.scarce_buckets:
        return list(clusters)
    found: set[int] = set()
    for document in {claim.document for claim in claims}:
        for other in by_document.keys() & rare.linked_to(document):  # walks the fewer
            found.update(index for index in by_document[other] if index in clusters)
    for claim in claims:
        for mark in _rival_marks(claim, keys, rare):
            found.update(index for index in by_rival.get(mark, ()) if index in clusters)
    return sorted(found)


def _index(claim: Claim, number: int, by_document: dict[str, set[int]],
           by_rival: dict[tuple[str, str], set[int]], keys: dict[str, EventKey],
           rare: Rarity) -> None:
    """Note that cluster ``number`` holds ``claim``, by its article and by its rival marks,
    for ``_candidates`` to find it."""
    by_document.setdefault(claim.document, set()).add(number)
    for mark in _rival_marks(claim, keys, rare):
        by_rival.setdefault(mark, set()).add(number)


def _rival_marks(claim: Claim, keys: dict[str, EventKey], rare: Rarity) -> list[tuple[str, str]]:
    """(Period, stem of an owner's word) for a figure that may meet rival forecasts in
    unlinked articles (see ``_rival_forecasts``), else none: owners one entity share a
    word's first letters ("german", "germany"), so rivals are found by these marks
    without trying every open cluster. A forecast's base year is marked by its forecasts'
    entities and its own year (see ``forecast_bases``)."""
    key = keys[claim.id]
    forecasts = rare.bases.get(claim.id)
    if forecasts:
        assert key.period is not None
        return sorted({(key.period, word) for forecast in forecasts
                       for _, word in _rival_marks(forecast, keys, rare)})
    if _two_sided(key):
        assert key.period is not None
        return [(key.period, f"{key.owner}>{key.partner}")]
    if not _may_rival(claim, key, rare):
        return []
    assert key.period is not None
    entity = _forecast_of(key)
    words = entity.split() if entity is not None else key.topic
    return [(key.period, word[:5]) for word in words]


def _may_rival(claim: Claim, key: EventKey, rare: Rarity) -> bool:
    """A named source's forecast of an entity's own measure for a period the text names."""
    return key.mode == "forecast" and key.period is not None \
        and (_forecast_of(key) is not None or _unnamed(key)) \
        and key.facet is not None and (claim.subject, key.facet) in rare.owned \
        and claim.source.explicit


def _rival_forecasts(a: Claim, b: Claim, keys: dict[str, EventKey], rare: Rarity) -> bool:
    """Whether two articles' figures are rival forecasts of one owner's measure: an
    entity's own measure (``owned``) of one facet, forecast for one period the text
    names, by two sources the text names, in stories within the rule's window. Rival
    forecasters are reported each in its own story, days or weeks apart (a research
    institute's 1987 growth forecast for a country, another's in its own survey), and
    such stories share no rare name or headline words; owner, facet, named period and
    named forecasters say they measure one thing. A source's two forecasts are its
    revision, never a rival; owners must be one entity word for word (``_one_entity``).
    The years such forecasts start from are rival estimates too (see ``_rival_bases``)."""
    if a.id in rare.bases or b.id in rare.bases:
        return _rival_bases(a, b, keys, rare)
    key, other = keys[a.id], keys[b.id]
    return _may_rival(a, key, rare) and _may_rival(b, other, rare) \
        and key.period == other.period and _rivals_in_time(a, b, keys, rare) \
        and _one_forecast_entity(key, other, rare.places) and not same_source(a, b)


def _two_sided(key: EventKey) -> bool:
    """A balance between two countries (see ``reconcile.subjects.bilateral``) of a period
    the text names."""
    return key.partner is not None and key.owner is not None and key.period is not None


def _rival_balances(a: Claim, b: Claim, keys: dict[str, EventKey]) -> bool:
    """Whether two articles' figures are rival statistics of one bilateral balance: one
    surplus side, one partner, one named period, two sources. Each country publishes its
    trade with the other, in its own stories ("Taiwan's surplus with the U.S. rose to 13.6
    billion dlrs last year ..., government figures show"; "The U.S. trade gap with Taiwan
    rose to 15.7 billion dlrs in 1986"), which share no rare name or headline word; the
    pair of countries and the period say they measure one thing."""
    key, other = keys[a.id], keys[b.id]
    return _two_sided(key) and _two_sided(other) and key.owner == other.owner \
        and key.partner == other.partner and key.same_period(other) and not same_source(a, b)


def _rival_bases(a: Claim, b: Claim, keys: dict[str, EventKey], rare: Rarity) -> bool:
    """Whether two articles' figures are rival forecasters' estimates of the year their
    forecasts start from: one year, each the base of a forecast of its own sentence (see
    ``forecast_bases``), two sources, and forecasts that are rivals (one entity, facet and
    period) made within the rule's window. A forecaster gives the year just ended beside
    its forecast ("forecast a decline in Gross Domestic Product growth to 1.75 pct this
    year from an estimated two pct in 1986", the OECD on Switzerland in February; "The
    growth of the Swiss economy will likely slow to 2.2 pct this year ... after reaching
    2.8 pct last year", Basle University's institute in April), before the year's
    statistics settle it, and two such estimates of weeks apart measure one thing. Months
    apart, the later reads statistics the earlier had not: only the window holds."""
    mine, theirs = rare.bases.get(a.id, ()), rare.bases.get(b.id, ())
    window = rare.windows.get(a.subject or "", 0)
    return keys[a.id].period == keys[b.id].period and not same_source(a, b) \
        and any(one.when is not None and other.when is not None
                and abs((one.when - other.when).days) <= window
                and _rival_forecasts(one, other, keys, rare)
                for one in mine for other in theirs)


def forecast_bases(claims: Iterable[Claim], keys: dict[str, EventKey],
                   rare: Rarity) -> dict[str, tuple[Claim, ...]]:
    """Claim id -> the forecasts whose base year its figure is: a named source's figure
    of a whole year, in no mode, beside that source's forecasts of the same measure (rule
    and facet) for a later period in one sentence, naming no other entity or measure than
    they do ("Consumer prices were seen rising by 1.7 pct this year and 2.4 pct in 1988,
    after just 0.8 pct in 1986"). Its forecasts say whose measure it is and when it was
    given (a past year's figure is dated by its year, not its story)."""
    forecasts: dict[tuple[str, int, str | None, str | None], list[Claim]] = {}
    for claim in claims:
        key = keys.get(claim.id)
        if key is not None and _may_rival(claim, key, rare):
            forecasts.setdefault((claim.document, claim.sentence_start, claim.subject,
                                  key.facet), []).append(claim)
    bases: dict[str, tuple[Claim, ...]] = {}
    for claim in claims:
        key = keys.get(claim.id)
        if key is None or key.mode is not None or key.part or not claim.source.explicit \
                or not (key.period or "").isdigit():  # a year, as ``_periods_fit`` tells one
            continue
        found = tuple(
            forecast for forecast in forecasts.get(
                (claim.document, claim.sentence_start, claim.subject, key.facet), ())
            if same_source(forecast, claim) and _based_on(key, keys[forecast.id]))
        if found:
            bases[claim.id] = found
    return bases


def _based_on(base: EventKey, forecast: EventKey) -> bool:
    """Whether a year's figure is the base of a forecast: the forecast's period begins
    after the year, and the figure names no owner, name or measure the forecast does not."""
    start, end = period_start(forecast.period), period_end(base.period)
    entity = _forecast_of(forecast)
    return start is not None and end is not None and start > end \
        and base.what in (None, forecast.what) \
        and all(entity is not None and same_owner(name, entity)
                for name in base.clause_names() | ({base.owner} if base.owner else set()))


def _rivals_in_time(a: Claim, b: Claim, keys: dict[str, EventKey], rare: Rarity) -> bool:
    """Whether two dated forecasts of one period were made close enough to be rivals:
    within the rule's window, or both before the period began and each of its key's owner
    (not a name near the figure only). Forecasters of next year publish through this one
    (one institute in March, the OECD in June), and neither has any of that year's outcomes
    to go on, so months apart they still forecast one thing; once the period has begun, a
    later forecast reads its first months (a quarter's growth out since), so only the
    window holds then. Months apart, a name near a figure ("Spending on major projects ...
    in 1987/88", in a story on Taiwan's bonds) is too little to say whose measure it is."""
    if a.when is None or b.when is None:
        return False
    if abs((a.when - b.when).days) <= rare.windows.get(a.subject or "", 0):
        return True
    key, other = keys[a.id], keys[b.id]
    start = period_start(key.period)
    return start is not None and a.when < start and b.when < start \
        and key.owner is not None and other.owner is not None


def _unnamed(key: EventKey) -> bool:
    """A key naming no one near its figure: no owner, no name in its clause."""
    return key.owner is None and not key.clause_names()


def _one_forecast_entity(key: EventKey, other: EventKey, places: frozenset[str]) -> bool:
    """Whether two forecasts are of one entity: owners one word for word (``_one_entity``),
    or one forecast names no one near it, the other's owner is a country both headlines
    name, and both name one measured thing (``what``). A story names the economy once, in
    its headline, and gives its forecasts bare ("SWISS 1988 INFLATION SEEN AT TWO PCT -
    INSTITUTE": "It revised its forecast for 1988 GDP growth to 1.7 pct", against "The
    growth of the Swiss economy will likely slow to ... 1.9 pct in 1988" under "SWISS
    GROWTH SEEN SLOWING THIS YEAR AND NEXT"); a country named near a figure of a story
    about something else may own another measure than the one read ("with import growth
    there expected to feature a sluggish 3.5 pct growth", after "the West German economy",
    under "OECD TRADE, GROWTH SEEN SLOWING IN 1987").
    Only a country, since a headline names the speaker too ("FRANCE HAS LITTLE ROOM FOR
    MANOEUVRE, OECD SAYS" is no story of the OECD area's growth), and only one measured
    thing named alike, since the bare forecast may be of a part ("household consumption
    ... is likely to grow by just 1.1 pct"). Such a forecast meets a rival only within the
    rule's window (see ``_rivals_in_time``, which wants an owner for more)."""
    one, another = _forecast_of(key), _forecast_of(other)
    if one is not None and another is not None:
        return _one_entity(one, another)
    if one is None and another is None:
        return False
    bare, owned, entity = (key, other, another) if one is None else (other, key, one)
    assert entity is not None
    return _unnamed(bare) and bare.what is not None and bare.what == owned.what \
        and _a_country(entity, places) and _headlined(entity, bare.topic) \
        and _headlined(entity, owned.topic)


def _a_country(name: str, places: frozenset[str]) -> bool:
    """Whether an owner is a country, by its name or its people's word ("swiss", "west
    german"), as a key writes it."""
    return name in places or is_demonym(name.split()[-1].title())


def _forecast_of(key: EventKey) -> str | None:
    """Whose measure a forecast is: its owner, else the one name near it ("growth in West
    Germany of 2.2 pct" names no owner but the economy it forecasts)."""
    if key.owner is not None:
        return key.owner
    names = key.clause_names()
    return next(iter(names)) if len(names) == 1 else None


def _one_entity(one: str, other: str) -> bool:
    """Owners that name one entity word for word, also by stem ("german", "germany"): a
    name holding another's one word ("du pont co" and a "co" read for American Can Co) is
    no evidence across stories that share nothing else."""
    return len(one.split()) == len(other.split()) and same_owner(one, other)


def _fits(one: EventKey, other: EventKey, claims: list[Claim], members: list[Claim],
          rare: Rarity) -> bool:
    """Keys fit; their headlines need to share a word only where the articles are linked
    (stories that meet by the size of their figures share none)."""
    by_topic, by_names = one.fits(other), one.fits(other, by_topic=False)
    if by_topic == by_names:
        return by_topic
    linked = all(_linked(claim.document, member.document, rare)
                 for claim in claims for member in members)
    return by_topic if linked else by_names


def _split(claims: list[Claim], keys: dict[str, EventKey],
           rare: Rarity) -> list[list[Claim]]:
    """Claims of one key, in parts whose claims may all meet each other: meeting is not
    transitive (£10bn meets £15bn and £15bn meets £22bn, but £10bn is not £22bn)."""
    parts: dict[int, tuple[EventKey, list[Claim]]] = {}
    by_document: dict[str, set[int]] = {}
    by_rival: dict[tuple[str, str], set[int]] = {}
    for claim in claims:
        number = next((n for n in _candidates([claim], parts, by_document, rare, keys, by_rival)
                       if all(_meet(claim, m, keys, rare) for m in parts[n][1])), len(parts))
        parts.setdefault(number, (keys[claim.id], []))[1].append(claim)
        _index(claim, number, by_document, by_rival, keys, rare)
    return [members for _, members in parts.values()]


def _may_join(claims: list[Claim], members: list[Claim], keys: dict[str, EventKey],
              rare: Rarity) -> bool:
    """Every claim of ``claims`` may meet every one of ``members`` (see ``_meet``), and
    within one article the qualifiers match (see ``_same_qualifiers``)."""
    return all(_meet(claim, member, keys, rare) for claim in claims for member in members) \
        and all(_same_qualifiers(claim, members, keys, rare) for claim in claims)


OWN_RATIO = 2.0
"""A source does not contradict itself within one article: its figures of one bucket that
far apart measure different things (OPEC's output and one member's, in one survey)."""
NEAR_RATIO = 1.5
"""How close figures of unlinked articles must be to be taken as one measured thing: rival
figures for one thing differ by tens of percent ("71,000" and "104,000" civil service
jobs); one party's savings and the other's ("£35bn", "£22bn") are further apart."""
_AMOUNTS = ("money", "count", "number", "quantity")
"""Kinds whose sizes range over many orders, so that a close size says something; shares
and rates of one facet (growth, interest rates) all lie within a few points."""


def _meet(a: Claim, b: Claim, keys: dict[str, EventKey],
          rare: Rarity) -> bool:
    """Whether two claims may be about one thing. In one article, yes unless one source
    gives both and they are far apart. Across articles: their articles are linked and a
    name near one figure is near the other (linked stories of one day also give other
    countries' and other firms' figures), or they are rival forecasts of one owner's
    measure and named period (see ``_rival_forecasts``), or they
    measure one named facet of one period with figures of one size. Stories of one
    campaign share no rare name yet report one fiscal gap ("a £10.5bn black hole", "an
    £11bn gap") or one round of job cuts, so a measure that few articles give at all is
    enough when the figures are of one size; figures of a facet many times apart in
    unlinked stories are other things (another council's gap, another firm's cuts). Nor
    does an undated figure meet another article's of a year long past (see
    ``_history_beside_news``), nor do figures of two articles further apart than the
    rule's ``max_ratio``: judged, they would be "too far to be one measure", and grouped
    they hold a figure away from its rivals (USDA's "837,000 tonnes" of Chinese beet sugar
    kept an official "4.82 mln tonnes" for the whole crop from USDA's "5.26 mln tonnes").
    Within one article such
    figures still meet: there a group's far-apart members keep other parts of one story
    (a total and one kind of sales, two firms' bonds) from being set against each other."""
    if a.document == b.document:
        if _goes_on_with(a, b):
            return False
        return _close(a, b, OWN_RATIO) or not same_source(a, b)
    ratio = ratio_of(a, b)
    if ratio is not None \
            and ratio > rare.ratios.get((a.subject or "", keys[a.id].facet), ratio):
        return False
    linked = _linked(a.document, b.document, rare)
    if not linked and not rare.scarce_buckets:  # most pairs of a corpus: ruled out cheaply
        return _rival_forecasts(a, b, keys, rare) or _rival_balances(a, b, keys)
    if _apart_in_time(a, b, keys, rare) or _history_beside_news(a, b, keys):
        return False
    if _rival_forecasts(a, b, keys, rare) or _rival_balances(a, b, keys):
        return True
    if linked:
        return _same_names(a, keys[a.id], b, keys[b.id], _handful(rare))
    key = keys[a.id]
    if key.facet is None or not key.same_period(keys[b.id]) or a.figure.kind not in _AMOUNTS:
        return False
    if _bucket(a, key) not in rare.scarce_buckets:
        return False
    return _close(a, b, NEAR_RATIO)


def _goes_on_with(a: Claim, b: Claim) -> bool:
    """Whether, of two figures of one article, the later is unattributed and the earlier
    is not: a wire story's unattributed figures go on with the report of the source
    before them ("The U.S. Treasury said it will sell 12.8 billion dlrs of ... bills" and
    then "will result in a paydown of 2.875 billion dlrs" are two sums of one auction, not
    the publisher against the Treasury). An unattributed figure before a named one may be
    answered by it ("The ministry put the crop at 16.7 mln tonnes. A private forecaster
    said ... 12.5 mln tonnes")."""
    earlier, later = (a, b) if a.figure.start <= b.figure.start else (b, a)
    return earlier.source.explicit and not later.source.explicit


_RATES = ("percent", "points")
"""Shares and rates of one facet lie within a few points whoever they are of: linked
stories' growth rates of no named economy ("the economy contracted by 0.2%", "growth of
only 1.8%") are of whatever economy each story is about, so they meet only by name."""


def _same_names(a: Claim, a_key: EventKey, b: Claim, b_key: EventKey, handful: bool) -> bool:
    """Figures of two linked articles name one thing: names near one are near the other,
    or, where only one names it, the other's headline (or, among a handful, its source)
    does ("the Wheat Board's estimate of 16.7 mln tonnes" under "AUSTRALIAN WHEAT ..."
    and "Australian wheat output of 16.5 mln tonnes"). Figures near no name at all go by
    their headlines only among a handful of articles checked together (see ``_handful``),
    rates only when they date one period alike (two lenders' December house prices).

    Across a corpus the evidence must be stronger, since links there are chance as often
    as story: two headlines that share words ("SMITH BARNEY CUTS RATING ON MCGRAW-HILL",
    "AMR UP ON SMITH BARNEY OPINION"; "PERMIAN BASIN ... PROVEN RESERVES FALL", "SAN JUAN
    BASIN ... PROVEN RESERVES FALL") were two firms' stories, and their nameless figures
    never one thing; one shared name is often where the figure is, or what it is set
    against, not whose it is ("from Hartpury, Gloucestershire" and "in Badminton,
    Gloucestershire"; "in China they are estimating 15%" and Singapore's "second-fastest
    in Asia after China"), so figures there share two names ("off the Belgian port of
    Zeebrugge" in both) under headlines that share a word ("CHANNEL FERRY REPORTED SINKING
    ...", "... RESCUED FROM SINKING FERRY"); names shared under unrelated headlines are
    the background of two stories ("four Britons held by the US in Guantanamo Bay" under
    "Guantanamo four free in weeks", "two Britons held at Guantanamo Bay" under "Cherie
    accused of attacking Bush"). The name of who gives a figure ("using Congressional
    Budget Office estimates") says nothing of what it measures."""
    mine, theirs = a_key.clause_names(), b_key.clause_names()
    if mine and theirs:
        return len(mine & theirs) >= 1 if handful \
            else len(mine & theirs) >= 2 and bool(a_key.topic & b_key.topic)
    if not mine and not theirs:  # rates meet only when they date one period alike
        return handful and (a.figure.kind not in _RATES
                            or (a_key.period is not None and a_key.period == b_key.period))
    named, other, other_key = (mine, b, b_key) if mine else (theirs, a, a_key)
    context = other_key.topic | (headline_words(other.source.name) if handful else frozenset())
    return any(_headlined(name, context) for name in named)


def _headlined(name: str, headline: frozenset[str]) -> bool:
    """Whether a headline (and, among a handful, a source's name) names ``name``, also by
    its stem: "the South African government's maize production estimate" under "SOUTH
    AFRICAN MAIZE ..." names South Africa, "Brazilian" Brazil. A hyphened compound
    ("Democratic-written") is no name's stem."""
    return set(name.split()) <= headline or ("-" not in name and named_in(name, headline))


HANDFUL = 2 * SCARCE
"""Up to this many articles checked together, they are taken as one story's reports (the
user chose them); more are a stream of stories in which shared headline words are chance."""


def _handful(rare: Rarity) -> bool:
    """Whether the articles checked are a handful (see ``HANDFUL``)."""
    return len(rare.words) <= HANDFUL


def _apart_in_time(a: Claim, b: Claim, keys: dict[str, EventKey], rare: Rarity) -> bool:
    """Dated figures of no named period further apart than the rule's window: a run of
    a busy corpus never has a gap that long, so the window is kept pair by pair too. Polls
    (bucketed apart from other figures by their mode) are further apart than ``POLL_WEEK``."""
    if a.when is None or b.when is None:
        return False
    if keys[a.id].mode == "poll":  # a poll is of its days, whatever month it names
        return abs((a.when - b.when).days) > POLL_WEEK
    if keys[a.id].period or keys[b.id].period:
        return False
    return abs((a.when - b.when).days) > rare.windows.get(a.subject or "", 0)


def _history_beside_news(a: Claim, b: Claim, keys: dict[str, EventKey]) -> bool:
    """Whether, of two articles' figures, one names no period and the other's period ended
    before the year before the first's story: a figure a story leaves undated is of its
    own time, and a year long past is history ("the record post-1949 budget deficit was 17
    billion yuan in 1979" is no estimate of the deficit "a North American banker ...
    estimated ... at about eight billion yuan" in 1987)."""
    for undated, dated in ((a, b), (b, a)):
        period = keys[dated.id].period
        if keys[undated.id].period is None and period and undated.when is not None:
            end = period_end(period)
            if end is not None and end.year < undated.when.year - 1:
                return True
    return False


def _close(a: Claim, b: Claim, ratio: float) -> bool:
    one, other = _size(a), _size(b)
    return one > 0 and other > 0 and max(one, other) <= ratio * min(one, other)


def _size(claim: Claim) -> float:
    """One number for a figure's size: its value, else the bound it gives."""
    figure = claim.figure
    for number in (figure.value, figure.low, figure.high):
        if number is not None:
            return number
    return 0.0


def _same_qualifiers(claim: Claim, members: list[Claim], keys: dict[str, EventKey],
                     rare: Rarity) -> bool:
    """Within one article, figures named differently are about different things: one
    given with a period and one without (unless the article gives that measure one
    period, see ``article_periods``), or "at the Department for Work and Pensions, 30,000
    jobs" and "104,000 jobs" (the writer qualifies a figure where it differs). Across
    articles an unnamed slot may be anything and names need only overlap."""
    key, periods = keys[claim.id], rare.periods
    period = key.period or periods.get(claim.id)
    return all(_same_period(m, keys[m.id].period or periods.get(m.id), claim, period)
               and _same_owner(claim, key, m, keys[m.id], rare.owned)
               for m in members if m.document == claim.document)


def _same_period(one: Claim, one_period: str | None, other: Claim,
                 other_period: str | None) -> bool:
    """Both undated, or dated alike (see ``periods_fit``). Within one article a period
    known only by its length is this one of that length: "a growth rate of 2-1/2 pct or
    more in its annual economic report" forecasts 1987's growth in a story of March 1987,
    as "two pct growth ... for the whole of 1987" does, but is no figure of "last year,
    when OPEC ... sent oil prices tumbling down below 10 dlrs"."""
    if one_period is None or other_period is None:
        return one_period is other_period
    if one_period == other_period or not periods_fit(one_period, other_period):
        return one_period == other_period
    lengthy = one if one_period in GRAINS else other if other_period in GRAINS else None
    if lengthy is None:
        return True
    dated = other_period if lengthy is one else one_period
    return lengthy.when is not None and dated[:4] == str(lengthy.when.year)


_UNDATED_SLOTS = tuple(slot.name for slot in fields(EventKey)
                      if slot.name not in ("period", "topic", "what", "owner", "harvest"))


def _undated(key: EventKey) -> tuple[object, ...]:
    """The key's slots but its period, headline words, thing measured and owner, as a
    tuple: it compares and hashes as ``replace(key, period=None, what=None, owner=None,
    topic=frozenset())`` does, without building a key for every claim of a corpus."""
    return tuple(getattr(key, slot) for slot in _UNDATED_SLOTS)


def article_periods(claims: Iterable[Claim], keys: dict[str, EventKey],
                    rules: Ruleset) -> dict[str, str]:
    """The period of figures that name none, where their article gives it (claim id ->
    period): the one period of the article's figures of the same measure (subject, unit,
    and every slot of the key but the period alike, or the thing measured unsaid: "a
    growth rate of 2-1/2 pct" is the economy's growth that "two pct growth ... for the
    whole of the year" named; or the owner unsaid in the dated figure: analysts'
    "net earnings of between 1.1 billion and 1.25 billion dlrs" for the year the story
    is about date James Capel's forecast of "Cathay's net profits") in other sentences.
    News dates a measure once and goes on without the date ("China's 1986 budget deficit
    ... up to nine billion yuan", later "a North American banker estimated it at about
    eight billion yuan"). A figure whose own sentence dates another of its facet (in any
    mode, see ``_dating_sentences``) is undated on purpose ("inflation near 80 pct after
    105 pct last year"), and an
    article giving the measure for two periods leaves it unknown. Measures named only by
    words (``generic``) keep their own rule: only the same period meets. Nor does an
    entity's measure of no owner take one: two firms' profits in one story ("Net profit
    surged 70% to 2.39bn rupees", "Profit was 1.33bn rupees" of another firm) are told
    apart by little else; a measure named in full ("the two pct GDP growth forecast set by
    the CPB", ``what=economy``) does, and so does a forecast: rivals forecast one period
    ("put the 1987 trade surplus at 95 billion marks and the current account surplus at
    60 billion marks" beside Ifo's undated "61 billion marks")."""
    owned = {rule.id: rule for rule in rules.subjects}
    measures: dict[tuple[object, ...], list[Claim]] = {}
    for claim in claims:
        key = keys.get(claim.id)
        if key is None or claim.subject == GENERIC or key.part or key.mode in UNCOMPARED \
                or claim.subject not in owned \
                or (key.owner is None and key.what is None and key.mode != "forecast"
                    and owned[claim.subject].owns(key.facet)):
            continue
        measure = (claim.document, claim.subject, unit_class(claim), _undated(key))
        measures.setdefault(measure, []).append(claim)
    periods: dict[str, str] = {}
    dating = _dating_sentences(claims, keys)
    for members in measures.values():
        dated = [claim for claim in members if keys[claim.id].period]
        if not dated or len(dated) == len(members):
            continue
        for claim in members:
            key = keys[claim.id]
            if key.period or (claim.document, claim.sentence_start, key.facet) in dating:
                continue
            found = {keys[other.id].period for other in dated
                     if key.what in (None, keys[other.id].what)
                     and keys[other.id].owner in (None, key.owner)}
            if len(found) == 1:
                periods[claim.id] = found.pop()
    return periods


def _dating_sentences(claims: Iterable[Claim],
                      keys: dict[str, EventKey]) -> set[tuple[str, int, str | None]]:
    """(document, sentence start, facet) of each sentence that dates a figure of the
    facet, in whatever mode or part: a figure it leaves undated beside it is undated on
    purpose ("inflation near 80 pct after 105 pct last year" is this year's)."""
    return {(claim.document, claim.sentence_start, keys[claim.id].facet)
            for claim in claims if claim.id in keys and keys[claim.id].period}


def _same_owner(one: Claim, key: EventKey, other: Claim, other_key: EventKey,
                owned: frozenset[tuple[str | None, str | None]]) -> bool:
    """Equal names, or a figure named for X beside one that X gives unnamed: in "a Tory
    government would cut £35bn" and "the Tories said ... £33.5bn less spending" the
    Tories' own figure needs no name of its own. A name that is an owner both figures
    share qualifies neither: "Indonesia's raw sugar output ... 1.8 mln tonnes" and "the
    government's 1987 forecast of 2.5 mln" are both Indonesia's. Forecasts of one period
    by rival forecasters are told each in its own words ("nationwide estimates ... between
    9.5 mln and 11.5 mln bags" after a province's name, "12 mln forecast by the National
    Coffee Growers' Federation"), so a name one of them has does not set them apart,
    unless the other's owner is someone else ("the industrial world will grow a sluggish
    2.5 pct" is no forecast of "3.2 pct U.S. economic growth"). That holds for measured
    quantities and rates (output, growth) and for the measures a rule says an entity owns
    (``owned``): a firm's results, which analysts forecast one by one ("Rooney said group
    profits per share ... would rise to 62.5 marks", "Reitman was more pessimistic,
    predicting 50 marks per share"), and a party's planned cuts ("his party would cut
    £35bn", "the Conservatives' plans would see some £50bn in spending cuts"). Counts no
    rule gives an owner (a toll, a crowd) stay apart unless the unnamed figure's speaker
    names what the other figure is of. Two polls' figures of one party (both owned, both
    polls) are that party's whatever else each poll's words name: "lead the opposition
    Labour party by seven percentage points" and "had the Conservatives 11 points ahead"
    are the Conservatives' lead (the owners are one, or the keys would not fit)."""
    owners = {owner for owner in (key.owner, other_key.owner) if owner}
    if key.mode == other_key.mode == "poll" and key.owner and other_key.owner:
        return True  # one party's share or lead: the names beside it are the poll's words
    mine, theirs = _not_owners(key.who, owners), _not_owners(other_key.who, owners)
    if mine == theirs:
        return True
    if mine and theirs:
        return False
    named, unnamed = (mine, other) if mine else (theirs, one)
    unnamed_key = other_key if mine else key
    if key.mode == other_key.mode == "forecast" and (
            one.figure.kind in _MEASURED_KINDS or (one.subject, key.facet) in owned):
        return unnamed_key.owner is None \
            or all(same_owner(name, unnamed_key.owner) for name in named)
    speaker = unnamed.source.evidence or ""
    return named <= names_in(speaker, (0, len(speaker)), [], -1)


_MEASURED_KINDS = ("quantity", "percent", "points")


def _not_owners(names: frozenset[str], owners: set[str]) -> frozenset[str]:
    return frozenset(name for name in names
                     if not any(same_owner(name, owner) for owner in owners))


def _closeness(
    atom: list[Claim], key: EventKey, group: tuple[EventKey, list[Claim]],
    order: dict[str, int],
) -> tuple[int, int, int]:
    """Prefer the group holding a claim of the same sentence, then of the same document,
    then the one named most alike (an unnamed figure goes with the unnamed whole rather
    than with "the Department for Work and Pensions")."""
    group_key, members = group
    same_sentence = any(m.document == c.document and m.sentence_start == c.sentence_start
                        for m in members for c in atom)
    same_document = any(m.document == c.document for m in members for c in atom)
    distance = min(abs(order[m.id] - order[c.id]) for m in members for c in atom)
    unlike = len(group_key.who ^ key.who)
    return (0 if same_sentence else 1 if same_document else 2, unlike, distance)


def _scarce_buckets(buckets: dict[_Bucket, list[Claim]], articles: int) -> frozenset[_Bucket]:
    """Buckets that at most ``SCARCE`` articles give, which are at least half of the
    articles checked: a few stories handed in together, most of which give this measure,
    are reported as one. Across a corpus no bucket is scarce by this test, since a facet
    that three articles of hundreds give is there by chance as often as by story."""
    found = []
    for bucket, members in buckets.items():
        documents = len({claim.document for claim in members})
        if documents <= SCARCE and 2 * documents >= articles:
            found.append(bucket)
    return frozenset(found)


UNCOMPARED = ("rated", "poll", "tender", "week")
"""Modes of figures that are never one thing with another: the amount of debt a rating
action covers is one slice of a firm's debt, a slice another agency's action need not
share (see ``reconcile.subjects.event.is_rated``); an opinion poll's share is that poll's
sample on its day, a tender's or auction's figure that day's result, and a week's or a
few days' figure that week's (news seldom says which week two sources mean: "the fourth
week of February" and "the eight days ending last Sunday" are two). Parts (part=yes:
another 3,500, a change, an earlier value) are not compared either: two parts are rarely
one part, and a part is never the level. Grouping makes one exception, ``POLL_WEEK``."""

POLL_WEEK = 7
"""Days within which two polls' shares of one party are rival readings of one week's
voting intention: polls taken in one election week that disagree beyond the rule's
tolerance are what an editor checks ("a newspaper poll published yesterday that put
Labour's popularity at 50 pct" against the television poll's 45 pct), while last month's
poll is another reading. Figures a sentence sets side by side stay apart (``stated``)."""
GROUPED_APART = tuple(mode for mode in UNCOMPARED if mode != "poll")
"""The modes grouping never compares (polls are compared within ``POLL_WEEK``)."""


def _keys(claims: Iterable[Claim]) -> dict[str, EventKey]:
    """Each claim's event key, read once per distinct key text (figures of one clause
    often share one) and only for claims of a subject: no other claim is grouped."""
    parsed: dict[str | None, EventKey] = {}
    keys: dict[str, EventKey] = {}
    for claim in claims:
        key = parsed.get(claim.event)
        if key is None:
            key = parsed[claim.event] = parse(claim.event)
        keys[claim.id] = key
    return keys


_SEASON = re.compile(r"(\d{4})/\d\d")


def _harvested(key: EventKey, late: dict[str, list[str]]) -> EventKey:
    """The key with the year its season is harvested, for a crop a place the key names
    harvests in its season's second year (see ``SubjectRule.late_harvests``): USDA's
    "South Africa's 1986/87 corn crop" is the crop "for the current year" of a Pretoria
    story of March 1987."""
    season = _SEASON.fullmatch(key.period or "")
    places = late.get(key.what or "")
    if season is None or not places:
        return key
    names = key.clause_names() | key.topic | ({key.owner} if key.owner else set())
    if not any(named_in(place, frozenset(_words(names))) for place in places):
        return key
    return replace(key, harvest=str(int(season.group(1)) + 1))


def _words(names: Iterable[str]) -> Iterator[str]:
    for name in names:
        yield from name.split()


def without_reprints(claims: list[Claim]) -> list[Claim]:
    """The claims but those of reprints: an article whose figures, sources and keys are
    another's, in the same order, is that story sent again (wires re-send a story under
    a new number, often with a word changed: "U.S. ECONOMIST CALLS BRAZIL DEBT REQUEST
    MODEST" the day after "ECONOMIST CALLS ...", its figures a few characters on). Its
    figures are the same report, not a second source: grouped with both copies, one
    disagreement would be shown twice, once per copy."""
    by_document: dict[str, list[Claim]] = {}
    for claim in claims:
        by_document.setdefault(claim.document, []).append(claim)
    seen: set[tuple[tuple[str, str, str | None], ...]] = set()
    reprints: set[str] = set()
    for document, found in by_document.items():
        signature = tuple((c.figure.text, c.source.name, c.event) for c in found)
        if signature in seen:
            reprints.add(document)
        seen.add(signature)
    return [claim for claim in claims if claim.document not in reprints]


def group_claims(claims: list[Claim], rules: Ruleset) -> list[list[Claim]]:
    """Groups of two or more claims about one measured thing, in order of first claim."""
    order = {claim.id: index for index, claim in enumerate(claims)}
    claims = without_reprints(claims)
    keys = _keys(c for c in claims if c.subject is not None)
    late = {rule.id: rule.late_harvests for rule in rules.subjects if rule.late_harvests}
    keys.update((claim.id, _harvested(keys[claim.id], late[claim.subject])) for claim in claims
                if claim.subject in late)
    windows = {rule.id: rule.window_days for rule in rules.subjects}
    rare = rare_words(claims, keys)
    buckets: dict[_Bucket, list[Claim]] = {}
    for claim in claims:
        if claim.subject is None or claim.subject not in windows \
                or keys[claim.id].mode in GROUPED_APART or keys[claim.id].part:
            continue
        buckets.setdefault(_bucket(claim, keys[claim.id]), []).append(claim)
    rare = replace(rare, scarce_buckets=_scarce_buckets(buckets, len(rare.words)),
                   windows=windows, periods=article_periods(claims, keys, rules),
                   ratios={(rule.id, facet): rule.ratio_for(facet) for rule in rules.subjects
                           for facet in (None, *rule.facets)},
                   owned=frozenset((rule.id, facet) for rule in rules.subjects
                                   for facet in (None, *rule.facets) if rule.owns(facet)),
                   places=place_words(tuple(rules.lexicon.places)))
    rare = replace(rare, bases=forecast_bases(claims, keys, rare))
    groups: list[list[Claim]] = []
    for bucket, members in buckets.items():
        for run in _runs(members, windows[bucket[0]], keys):
            groups.extend(group for group in _cluster(run, keys, order, rare)
                          if len(group) > 1)
    return sorted(groups, key=lambda group: order[group[0].id])
