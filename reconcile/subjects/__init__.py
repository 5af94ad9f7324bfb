"""Say what each figure measures: subject (which rule), event (which thing) and time.

Every figure becomes one claim, in document order, with subject None when no rule fits.
A sentence that only points back ("The Interior Ministry put the number at 65,000") takes
the subject and event of the claim it points to in the sentence before, so that rival
figures for one rally meet even when the second sentence never names the rally.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from reconcile.figures.conversions import is_converted
from reconcile.figures.elided import list_item_between
from reconcile.figures.patterns import for_lowered
from reconcile.model import Claim, Document, Figure, Sentence, Source
from reconcile.segment import sentence_at
from reconcile.subjects.bilateral import read_bilateral
from reconcile.subjects.clause import clause_window, dateline_end, names_period, names_start
from reconcile.subjects.country import country_before
from reconcile.subjects.elided import moved_from, with_elided_unit, year_moved_from
from reconcile.subjects.event import (
    DEMAND,
    FORECAST_WORDS,
    PER_SHARE,
    TARGET_WORDS,
    EventKey,
    condition_mode,
    headline_words,
    in_headline,
    is_part,
    names_in,
    parse,
    same_owner,
    share_of,
    singular,
    speaker_spans,
    whole_words,
)
from reconcile.subjects.generic import GENERIC, generic_rule, measured_thing
from reconcile.subjects.match import SignalList, choose_rule, signal_lists, signalled
from reconcile.subjects.measured import measured
from reconcile.subjects.owner import owner_of, speaks_as_possessor
from reconcile.subjects.phrases import joined_names, nearest, nearest_name
from reconcile.subjects.rule import SubjectRule, words_of
from reconcile.subjects.storyyear import with_story_year
from reconcile.subjects.vague import measure_before, named_vaguely
from reconcile.subjects.yardstick import YARDSTICK_WORDS, year_after_yardstick
from reconcile.textfold import lowered_window, may_hold
from reconcile.timeref import (
    day_dated,
    day_in,
    days_over,
    grain,
    may_name_day,
    may_name_part_year,
    may_name_period,
    period_date,
    period_end,
    period_in,
    rate_grain,
    story_date,
)
from reconcile.unvalidated import unvalidated

_POINTS_BACK = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:number|figure|total|toll|estimate|count|tally)\b"
    r"|\bput\s+(?:it|them)\s+at\b|\b(?:half|twice|double|triple|a third of)\s+that\b"
    r"|\b(?:the|its|their)\s+(?:official\s+|latest\s+|new\s+|revised\s+|own\s+)?"
    r"(?:[\w/-]*\d[\w/-]*\s+)?(?:estimate|forecast|projection)\s+(?:is|was)\b",
    re.IGNORECASE,
)
_POINTING_WORDS = ("number", "figure", "total", "toll", "estimate", "count", "tally", "put",
                   "forecast", "projection")
_MULTIPLES = ("half", "twice", "double", "triple", "third")
"""Every match of ``_POINTS_BACK`` holds one of ``_POINTING_WORDS``, or one of these with
"that" ("half that"): most sentences hold neither, and are not read (most hold "that")."""


_POINTS_BACK_LOWERED = for_lowered(_POINTS_BACK)


def _search_points_back(text: str, start: int, end: int) -> bool:
    """Whether ``_POINTS_BACK`` matches in ``text[start:end]``: in its lowered,
    case-sensitive form where lowering is a guide (a case-blind alternation of words is
    tried at every character, at several times the cost; see ``lowered_window``)."""
    window = lowered_window(text, start, end)
    if window is None:
        return _POINTS_BACK.search(text, start, end) is not None
    return _POINTS_BACK_LOWERED.search(*window) is not None


def _may_point_back(piece: str) -> bool:
    """Whether ``piece`` may hold a match of ``_POINTS_BACK`` (see ``_MULTIPLES``)."""
    return may_hold(piece, _POINTING_WORDS) \
        or (may_hold(piece, _MULTIPLES) and may_hold(piece, ("that",)))


def describe_claims(
    document: Document,
    sentences: list[Sentence],
    figures: list[Figure],
    sources: list[Source],
    subject_rules: list[SubjectRule],
    places: tuple[str, ...] = (),
) -> list[Claim]:
    """One claim per figure, in document order: subject, event key and date filled in.
    ``places`` are the source lexicon's countries, which "the country's" stands for."""
    text = document.text
    published = story_date(text, document.published)
    if published != document.published:  # most stories' dateline is their publication day
        document = document.model_copy(update={"published": published})
    order = sorted(range(len(figures)), key=lambda index: figures[index].start)
    by_sentence: dict[int, list[int]] = {}
    for index in order:  # sentence numbers rise with the start, so document order is kept
        by_sentence.setdefault(sentence_at(sentences, figures[index].start), []).append(index)
    evidence = [(s.start, _with_apposition(text, s.end)) for s in sources
                if s.start is not None and s.end is not None
                and (text[s.end:s.end + 2] not in ("'s", "’s") or speaks_as_possessor(text, s.end))]
    claims: list[Claim] = []
    generic = generic_rule(subject_rules)
    if generic is not None:  # the fallback is never a candidate: see ``_generic``
        subject_rules = [rule for rule in subject_rules if rule is not generic]
    listed = signal_lists(subject_rules)
    by_id = {rule.id: rule for rule in subject_rules}
    for number, indices in by_sentence.items():
        sentence = sentences[number] if sentences else Sentence(start=0, end=len(text))
        whole = (dateline_end(text, sentence), sentence.end)
        present = [figures[index] for index in indices]
        # a clause lies within its sentence proper, so only the sentence's signalled rules
        # can fit; a sentence with none needs a clause only for the period it may name
        candidates = signalled(listed, text, whole)
        polled = {index for index in indices if _told_by_the_poll_before(text, whole,
                                                                           sources[index])}
        clauses = bool(candidates) or bool(polled) or may_name_period(text, whole)
        dated = may_name_day(text, whole)
        # a sum converted in brackets ends no clause: "1.6bn euros (£1.1bn) in 2003"
        enders = [other for other in present if not names_period(text, other)
                  and not is_converted(text, other, present)]
        # most sentences hold no pointing word: none of their clauses points back
        pointing = _may_point_back(text[sentence.start:sentence.end])
        context: list[tuple[int, int]] | None = None  # names not in a key (see _event_slots)
        before: _Read | None = None  # the figure before in the sentence (see _joined_to)
        for index in indices:
            figure, source = figures[index], sources[index]
            neighbours = [other for other in present if other is not figure]
            figure = with_elided_unit(figure, neighbours)
            others = [other for other in enders if other is not figures[index]]
            clause = clause_window(text, whole, figure, others) if clauses else None
            joined = _joined_to(text, figure, before) if clause is not None else None
            if joined is not None and clause is not None:
                clause = (min(joined.clause[0], clause[0]), clause[1])
            converted = is_converted(text, figure, neighbours)
            rule = None if clause is None or not candidates or converted \
                else joined.rule if joined is not None and joined.rule is not None \
                else choose_rule(candidates, figure, text, clause, whole)
            if rule is None and index in polled and clause is not None and not converted:
                rule = _rule_of_the_poll(listed, text, figure, clause, whole, source)
            if clause is not None:
                before = _Read(figure, clause, rule)
            measure = None
            carried = None  # "a provisional figure of 1.3 mln tonnes": the crop before's
            if rule is None and not converted and named_vaguely(text, whole[0], figure) \
                    and not (pointing and _points_back(text, sentence.start, sentence.end)):
                carried = measure_before(figure, claims, sentences[number - 1].start
                                         if number else whole[0], GENERIC)
                if carried is not None:
                    rule = by_id[carried.subject]
                    clause = clause or clause_window(text, whole, figure, others)
            if rule is None and generic is not None and not converted:
                floor = max((other.end for other in neighbours if other.end <= figure.start),
                            default=whole[0])
                measure = measured_thing(text, whole, figure, floor, claims,
                                         sentences[number - 1] if number else None)
                if measure is not None:
                    rule = generic
                    clause = clause or clause_window(text, whole, figure, others)
            key = None
            if rule is not None and clause is not None:
                if context is None:
                    context = [*_unnamed(text, whole, evidence),
                               *(_own_words(other) for other in present if other.kind == "money")]
                item = _list_item(text, figure, present) if rule.owned else None
                slots = _event_slots(document, figure, context, rule, clause, whole, item)
                if measure is not None:  # the whole a share is of is in the measure's words
                    slots.update(what=measure, of=None)
                if rule.owns(slots["facet"]):
                    slots["owner"] = owner_of(text, (whole[0], clause[1]), figure, source,
                                              places) or _place(rule, text, whole, figure,
                                                                places)
                if carried is not None:
                    _carry(slots, parse(carried.event))
                if rule.polled or (slots["mode"] is None and figure.kind in ("percent", "points")
                                   and _told_by_a_poll(text, source, whole, rule)):
                    slots["mode"] = "poll"
                _from_context(slots, rule, claims, document, sentences, number,
                              _current(text, clause), _names_fiscal_year(text, clause),
                              _forecast_by_yardstick(text, slots, figure, whole, document),
                              clause, listed=item is not None)
                slots["owner"] = _not_forecaster(slots, figure, source)
                if rule.polled:
                    # a poll's projection is of the poll's days: a year its sentence names is
                    # a comparison ("their biggest lead since the party's landslide victory
                    # in the 1983 elections")
                    slots["period"] = None
                if figure.kind == "money":
                    read_bilateral(slots, text, clause, whole, (figure.start, figure.end),
                                   places)
                key = EventKey(**slots)
            claim = _claim(f"{document.id}:{figure.start}", document.id, figure, source,
                           rule.id if rule else None, key.text() if key else None,
                           _when(document, figure, clause, whole if dated else None, key),
                           sentence.start, sentence.end)
            if pointing and measure is None and carried is None and (rule is None or clause is None
                                                 or _only_points_back(text, clause, rule)):
                claim = _pointing_back(claim, claims, text, sentence, sentences, number) or claim
            claims.append(claim)
    claims = _owners_named_before(claims, text, sentences, subject_rules)
    claims = _earlier_values(claims, text, figures, sentences)
    return claims if document.published is not None else with_story_year(claims)


def _earlier_values(claims: list[Claim], text: str, figures: list[Figure],
                    sentences: list[Sentence]) -> list[Claim]:
    """The claims, each bare figure that is the value a sum of its sentence moved from
    ("rose to a record 13.6 billion U.S. Dlrs last year from 10.2 billion in 1985", see
    ``elided.moved_from``) given that sum's currency, subject and key (the same measure),
    in the year its own words name. Only where the sum has a facet: a sum of no named
    measure says too little of what its earlier value is ("1986 tax receipts rose to
    206.45 billion yuan from 201.82 billion in 1985" would meet any 1985 sum of the story)."""
    by_start = {claim.figure.start: claim for claim in claims}
    changed: list[Claim] = []
    for claim in claims:
        figure = claim.figure
        year = None if claim.subject is not None or figure.kind != "number" or figure.unit \
            else year_moved_from(text, figure)
        if year is None:  # most figures: no bare sum dated by its own words
            changed.append(claim)
            continue
        sentence = sentences[sentence_at(sentences, figure.start)] if sentences else None
        neighbours = [other for other in figures if other.start != figure.start
                      and (sentence is None or sentence.start <= other.start < sentence.end)]
        earlier = moved_from(text, figure, neighbours)
        sum_claim = by_start.get(earlier.start) if earlier is not None else None
        key = parse(sum_claim.event) if sum_claim is not None else None
        if earlier is None or sum_claim is None or key is None or key.facet is None:
            changed.append(claim)
            continue
        moved = replace(key, period=year, mode=None if key.mode == "forecast" else key.mode)
        changed.append(claim.model_copy(update={
            "figure": figure.model_copy(update={"kind": earlier.kind, "unit": earlier.unit}),
            "subject": sum_claim.subject, "event": moved.text(), "when": period_end(year)}))
    return changed


def _place(rule: SubjectRule, text: str, whole: tuple[int, int], figure: Figure,
           places: tuple[str, ...]) -> str | None:
    """The country a ``placed`` rule's figure is of, lower-case (see ``SubjectRule.placed``)."""
    if not rule.placed:
        return None
    country = country_before(text, whole[0], figure.start, places)
    return country.lower() if country else None


_POLL_WORD = re.compile(r"\b(?:[Pp]oll|survey|Survey)s?\b")


def _told_by_the_poll_before(text: str, whole: tuple[int, int], source: Source) -> bool:
    """Whether the sentence opens with "It" standing for a poll named before it (see
    ``attribution.polls.poll_opening``): "However, a Marplan poll in the Today newspaper
    had the Conservatives 11 points ahead. It gave them 44 pct, Labour 33 pct and the
    Alliance 21 pct" holds no word of its own saying what the shares are; the poll's do."""
    return source.start is not None and source.start < whole[0] \
        and text.startswith("It ", whole[0]) \
        and _POLL_WORD.search(source.evidence or "") is not None


def _told_by_a_poll(text: str, source: Source, whole: tuple[int, int],
                    rule: SubjectRule) -> bool:
    """Whether a share is a poll's result by its source: the words naming the poll, in its
    sentence or, "It" standing for it, the one before, are the source's evidence. A rule
    that reads polls (``poll`` among its signals) takes such a share as the poll's sample on
    its day (mode "poll"), however far the poll's verb stands from it ("The Times poll of
    marginal seats where ... -- showed the Conservatives with 42 pct")."""
    return "poll" in words_of(rule).signals and source.start is not None \
        and (whole[0] <= source.start or _told_by_the_poll_before(text, whole, source)) \
        and _POLL_WORD.search(source.evidence or "") is not None


def _rule_of_the_poll(listed: list[SignalList], text: str, figure: Figure,
                      clause: tuple[int, int], whole: tuple[int, int],
                      source: Source) -> SubjectRule | None:
    """The rule a poll's words before the sentence signal for a figure "It" (the poll)
    gives: the words naming the poll read as if they opened the sentence."""
    poll = (source.start or whole[0], source.end or whole[0])
    return choose_rule(signalled(listed, text, poll), figure, text, clause, (poll[0], whole[1]))


def _owners_named_before(claims: list[Claim], text: str, sentences: list[Sentence],
                         rules: list[SubjectRule]) -> list[Claim]:
    """The claims, each forecast of a firm's earnings per share that names no owner and no
    name at all given the owner the sentence before names, when that sentence names just
    one of the owners the article's figures have: an analyst's forecast follows the words
    saying which firm it is about ("Dean Witter's Morrison and Fathi of Prescott Ball like
    Asarco, because of cost cutting and restructuring. Morrison sees 1987 earnings at 1.25
    dlrs and 1988 at 1.75" forecasts Asarco's, as "Fathi projects Asarco will earn one
    dlr" does). Only a share's earnings, which are always a firm's: the name before a
    forecast of a count or a crop is as often its forecaster's or a place ("Moscow")."""
    owning = {rule.id: rule for rule in rules}
    keys = {claim.id: parse(claim.event) for claim in claims if claim.event}
    owners = {key.owner for key in keys.values() if key.owner}
    if not owners:
        return claims  # most articles name no owner: nothing to give
    starts = [sentence.start for sentence in sentences]
    result = []
    for claim in claims:
        key = keys.get(claim.id)
        rule = owning.get(claim.subject or "")
        if key is not None and rule is not None and key.facet == PER_SHARE \
                and key.owner is None and key.mode == "forecast" and not key.who \
                and not key.about and claim.source.explicit and rule.owns(key.facet):
            owner = _sole_owner_named(text, sentences, starts, claim, owners)
            if owner is not None:
                claim = claim.model_copy(update={"event": replace(key, owner=owner).text()})
        result.append(claim)
    return result


def _sole_owner_named(text: str, sentences: list[Sentence], starts: list[int], claim: Claim,
                      owners: set[str]) -> str | None:
    """The one owner of ``owners`` the sentence before the claim's names, else None: a
    name all of whose words are the owner's ("Asarco", "Phelps" of "Phelps Dodge"), not a
    run of names holding it ("Dean Witter's Morrison and Fathi of Prescott Ball" names no
    figure of Prescott Ball's), nor the speaker's own firm ("Analyst James Voytko
    (PaineWebber Group Inc)" forecasts Conrail's earnings). A sentence that names no one,
    an analyst's quoted aside ("\"We had a buy on it below 20 ...,\" he said."), is
    passed over to the one before it ("Bradford is recommending sale of USX shares.")."""
    number = bisect_left(starts, claim.sentence_start)
    if number == 0 or number >= len(sentences) or starts[number] != claim.sentence_start:
        return None
    names: list[set[str]] = []
    for before in sentences[max(0, number - _NAMELESS_PASSED - 1):number][::-1]:
        names = [set(name.split()) for name in names_in(text, (before.start, before.end), [],
                                                          before.start)]
        if names:
            break
    speaker = claim.source.name
    own = names_in(speaker, (0, len(speaker)), [], -1)  # an analyst forecasts no firm of his
    named = {owner for owner in owners if any(words <= set(owner.split()) for words in names)
             and not any(same_owner(owner, name) for name in own)}
    return named.pop() if len(named) == 1 else None


_NAMELESS_PASSED = 1
"""How many sentences that name no one an analyst's forecast may follow the sentence naming
its firm: one quoted aside; further back, the firm named is as often another's."""


_ELLIPSIS = re.compile(
    r"\s+(?:(?:in|for|during|by)\s+)?(?:(?:the\s+)?(?:19|20)\d\d(?:/\d\d)?|this\s+year|"
    r"next\s+year|last\s+year|the\s+year|this\s+quarter|next\s+quarter)?\s*,?\s*"
    r"(?:and|or|but|while)\s+(?:(?:in|for|by)\s+)?(?:(?:19|20)\d\d(?:/\d\d)?|"
    r"next\s+year|the\s+following\s+year|this\s+year)?\s*(?:at\s+|to\s+)?",
    re.IGNORECASE)
"""What stands between two figures of one verb, each with its period: "will earn 2.45
dlrs in 1987 and 4.45 dlrs in 1988", "estimates 1987 earnings at 7.80 dlrs and 1988 at
10.80 dlrs"."""


class _Read(NamedTuple):
    """A figure of the sentence as read: its clause and the rule chosen for it."""

    figure: Figure
    clause: tuple[int, int]
    rule: SubjectRule | None


def _joined_to(text: str, figure: Figure, before: _Read | None) -> _Read | None:
    """The figure before, when this one shares its verb: the same unit, with only their
    periods and "and" between them. Its clause then runs from the first one's start and it
    measures what the first measures, whatever signal is nearest after it ("... at 7.80
    dlrs and 1988 at 10.80 dlrs, said cost cutting ...")."""
    if before is None:
        return None
    other = before.figure
    joined = (other.kind, other.unit) == (figure.kind, figure.unit) \
        and other.end <= figure.start \
        and _ELLIPSIS.fullmatch(text, other.end, figure.start) is not None
    return before if joined else None


_CLAIM_FIELDS = tuple(Claim.model_fields)


def _carry(slots: dict[str, Any], measured: EventKey) -> None:
    """Fill what a vaguely named figure's clause leaves out of what is measured (facet,
    commodity, owner) from the figure it is a figure of (see ``reconcile.subjects.vague``);
    its period and mode stay its own clause's."""
    for name in ("facet", "what", "owner"):
        if slots[name] is None:
            slots[name] = getattr(measured, name)


def _claim(id: str, document: str, figure: Figure, source: Source, subject: str | None,
           event: str | None, when: date | None, sentence_start: int,
           sentence_end: int) -> Claim:
    """``Claim(id=id, ..., sentence_end=sentence_end)``, built without validation (see
    ``reconcile.unvalidated``; a claim is made for every figure).

    Safe because ``describe_claims`` hands over only values of the declared types, which
    validation returns unchanged: strings of f-strings, the document's and a rule's ids and
    ``EventKey.text``; the validated figure and source themselves (a model instance is not
    validated again); a ``date`` of ``timeref`` or the document's; a sentence's ``int``
    offsets (``tests/test_subjects_unvalidated.py``)."""
    return unvalidated(Claim, {
        "id": id, "document": document, "figure": figure, "source": source,
        "subject": subject, "event": event, "when": when, "sentence_start": sentence_start,
        "sentence_end": sentence_end,
    }, set(_CLAIM_FIELDS))


_APPOSITION = re.compile(r",\s+(?:the\s+)?[a-z][\w-]*(?:\s+[\w.&'’-]+){0,8}?\s*,")


def _with_apposition(text: str, end: int) -> int:
    """Where a source's words end, with the apposition that says whom a speaker is ("Hannes
    Androsch, general director of Creditanstalt-Bankverein CABV.VI, today put ..."): the
    body a speaker works for speaks through them; it is not what the figure measures."""
    match = _APPOSITION.match(text, end)
    return end if match is None else match.end()


def _not_forecaster(slots: dict[str, Any], figure: Figure, source: Source) -> str | None:
    """The owner, unless it is the forecaster of an economy's rate: "Roach said he expects
    first quarter U.S. GNP to rise two pct" (he: Nikko Securities), "the DIW institute of
    West Berlin and Munich ... one pct" forecast an economy's growth, which they do not own;
    two forecasters' rates for one economy would otherwise be two owners' measures. A
    firm's forecast of its own sums or of a rate of its own ("Hyundai expects its sales in
    India to grow 16%": no economy's measure is named) stays its own. Read once the key's
    mode is known (a year still ahead makes a forecast)."""
    owner: str | None = slots.get("owner")
    if owner is None or slots["mode"] != "forecast" or figure.kind not in ("percent", "points") \
            or slots["what"] is None:
        return owner
    spoken = " ".join(singular(word) for word in re.findall(r"[\w'’&.-]+", source.name))
    return None if same_owner(owner, spoken) else owner


MODE_BEFORE = 80
"""Modal words govern the figure they precede ("analysts had expected 34 cents"), even
across a dash ("both parties planned to cut ... - Labour by more than 80,000")."""
MODE_AFTER = 20
"""...or the noun right after it ("the 15.8 mln bpd ceiling")."""
TARGET_BEFORE = 30
"""A goal is the figure's own noun ("the harvest goal at 235"), so it must be close: in
"production targets indicate that the Soviets are estimating ... 205 to 213" it is not."""
NAMES_AROUND = 45
"""Names further than this from the figure are usually about something else."""


def _around(clause: tuple[int, int], figure: Figure, before: int, after: int) -> tuple[int, int]:
    return max(clause[0], figure.start - before), min(clause[1], figure.end + after)


_WILL_BEFORE = re.compile(
    r"\b(?:will|would|shall|['’]ll)\s+(?:not\s+|also\s+|still\s+|only\s+)?"
    r"[\"“]?([a-z]+)[\"”]?\s+(?:an?\s+|the\s+|some\s+|about\s+|around\s+|up\s+to\s+)?$")


_WILL_CHANGE_TO = re.compile(
    r"\b(?:will|would|shall|['’]ll)\s+(?:not\s+|also\s+|still\s+|only\s+)?"
    r"(?:cut|raise|lift|lower|reduce|increase|boost|bring|trim|slash|expand)\s+"
    r"((?:(?!to\b)[\w'’-]+\s+){1,4})to\s+"
    r"(?:an?\s+|the\s+|about\s+|around\s+|some\s+|an\s+average\s+(?:of\s+)?)?$")
"""A modal through a verb of change whose object is the rule's measure, to the figure:
"Petronas will cut oil production to 420,000 barrels per day (bpd) from May 1" sets the
level to come. A rate so changed is a decision ("would cut its prime rate to 17.75 pct
from 18.25, effective April 27"), a bound ("to a maximum of 2.2 billion") and a set
level ("would raise target prices for wheat to 5.00 dlrs") are no forecasts."""
_SET_LEVEL = re.compile(r"\b(?:target|goal|ceiling|quota|limit|maximum|minimum)s?\b",
                        re.IGNORECASE)


def _will_do(text: str, low: int, figure: Figure, rule: SubjectRule) -> bool:
    """A modal right before the figure through the rule's own verb: "would \"cut\" £35bn",
    "will shed 2,000 jobs" say what is to come, and so does "be" after the rule's own word
    ("inflation would be around 15 pct"), and so does a verb of change whose object is the
    rule's measure (see ``_WILL_CHANGE_TO``). A modal through another verb ("would face
    a £10.5bn black hole") or further back ("will need to raise taxes to fill an £11bn
    gap") states the figure as it stands."""
    lead = text[low:figure.start]
    modal = "ll" in lead or "would" in lead  # will, shall, 'll; case-sensitive
    match = _WILL_BEFORE.search(text, low, figure.start) if modal else None
    if match is None:
        changed = _WILL_CHANGE_TO.search(text, low, figure.start) \
            if modal and figure.kind not in ("percent", "points") \
            and not _is_comparative(figure) else None
        return changed is not None and not _SET_LEVEL.search(changed.group(1)) \
            and nearest(text, words_of(rule).verbs, changed.span(1), changed.span(1)) is not None
    verb = match.span(1)
    if match.group(1) == "be":  # "inflation would be around 15 pct in 1986/87"
        subject = (max(low, match.start() - _SUBJECT_BEFORE_MODAL), match.start())
        return nearest(text, words_of(rule).verbs, subject, subject) is not None
    return nearest(text, words_of(rule).verbs, verb, verb) == 0


_SUBJECT_BEFORE_MODAL = 40
"""How far before "will be"/"would be" the rule's word names what is to be the figure."""


_YARDSTICK = re.compile(r"\b(?:than|from|compared with|compared to|against|after)\s"
                        r"|(?:\bpct|%|\bper\s?cent|\bpoints?)\s+(?:down|up)\s+on\s",
                        re.IGNORECASE)
"""Words that open a figure's yardstick: the level it is set against, no part of what it
measures. A rate "down on" or "up on" a level sets a change against it ("The new forecast
is 22.7 to 25 pct down on the official figure of 12.8 mln tonnes for last season's
production": the forecast is the change's, the 12.8 mln an outcome)."""
_YARDSTICK_WORDS = ("than", "from", "compared", "against", "after", "down on", "up on")
"""Words every match of ``_YARDSTICK`` holds: most stretches around a figure hold none."""


def _yardsticks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_YARDSTICK`` in ``text[start:end]``, not looked for where none of
    its words is."""
    if not may_hold(text[start:end], _YARDSTICK_WORDS):
        return iter(())
    return _YARDSTICK.finditer(text, start, end)


_REVISED_FORECAST = re.compile(
    r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|raised|raises|raising|revised|revises|"
    r"revising|slashed|slashes|trimmed|trims|reduced|reduces|increased|increases|upgraded|"
    r"downgraded)\s+(?:its|their|his|her|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:forecasts?|projections?|predictions?|outlook|guidance)\b[^.;:()]{0,60}?"
    r"\bfrom\s+(?:(?:[^.;:()]|(?<=\d)\.(?=\d)){1,30}?\s+to\s+)?$", re.IGNORECASE)
"""A forecast revised "from" one figure: the old figure is a forecast too, a yardstick of
the new one but no outcome ("is to cut its 2005 growth forecast for the German economy
from 1.8% to 0.8%", "slashed its growth forecast for West Germany to two per cent from 3.2
per cent"). Where the forecast is of a change "from" a level ("imports are forecast to
fall to 190,000 tonnes from 270,000 tonnes in 1986/87"), the level is the outcome. A decimal
point inside the old figure ends no sentence: without it "from 1.8% to" left the 0.8% an
outcome, kept from every rival forecast of German growth in 2005."""
_REVISED_REACH = 120


_NEXT_CLAUSE = re.compile(r"\s(?:and|but|while|whereas)\s|;")
"""Where a clause after the figure opens: its modal words are not the figure's."""


def _mode(text: str, whole: tuple[int, int], figure: Figure, rule: SubjectRule) -> str | None:
    """Forecast, target or (None) an outcome: the nearest modal word that may govern the
    figure. Modal words come before it in the sentence, not past a yardstick word ("expect
    1987/88 output to be less than the 16.5 mln of last year"), or right after it; goal
    words only close by."""
    after = 0 if _is_comparative(figure) else MODE_AFTER
    low, high = _around(whole, figure, MODE_BEFORE, after)
    if _opens_own_clause(text, low, figure):
        low = figure.start
    joined = _NEXT_CLAUSE.search(text, figure.end, high)
    if joined is not None:  # "estimated 1986 production at 1.8 mln tonnes and forecast
        high = joined.start()  # little change for 1987": the modal is the next clause's
    revised_from = max(low, figure.start - _REVISED_REACH)
    if "from" in text[revised_from:figure.start] \
            and _REVISED_FORECAST.search(text, revised_from, figure.start):
        return "forecast"
    for match in _yardsticks(text, low, figure.number_start):
        if match.end() <= figure.start or text[match.end():figure.number_start].strip():
            low = match.end()  # "than the 16.5 mln" names a yardstick; "than 80,000" bounds
    span = (figure.start, figure.end)
    if _will_do(text, max(low, figure.start - 40), figure, rule):
        return "forecast"
    near = (max(low, figure.start - TARGET_BEFORE), high)
    target = nearest(text, TARGET_WORDS, near, span, whole)
    forecast = nearest(text, FORECAST_WORDS, (low, high), span, whole)
    own = words_of(rule).forecasts
    if own:
        forecast = min((gap for gap in (forecast, nearest(text, own, (low, high), span, whole))
                        if gap is not None), default=None)
    if target is not None and (forecast is None or target <= forecast):
        rate_goal = figure.kind in ("percent", "points") \
            and nearest(text, RATE_GOAL_WORDS, near, span, whole) == target
        return "forecast" if rate_goal else "target"
    return "forecast" if forecast is not None else None


_JOINED_BEFORE = re.compile(r"\s(?:and|but|or)\s+$")
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:people\s+|persons\s+)?(?:were|was|are|is|have|has|had)\s+(?!expected\b|forecast\b|"
    r"projected\b|seen\b|likely\b)")


def _opens_own_clause(text: str, low: int, figure: Figure) -> bool:
    """Whether the figure is the subject of a clause of its own after "and" ("Up to 300
    people were feared dead and more than 15,000 were left homeless"): the modal words of
    the clause before are not its. A figure after "and" with no verb of its own shares the
    verb before it ("is expected to rise to 1.56 mln tonnes in 1987 and 2.11 mln in
    1988")."""
    return _JOINED_BEFORE.search(text, max(low, figure.start - 8), figure.start) is not None \
        and _OWN_VERB_AFTER.match(text, figure.end) is not None


RATE_GOAL_WORDS = ("target$", "targets$", "goal")
"""A rate's target is the rate its setter plans by: "Japan is expected to post a 3.6 pct
rise in real gross national product in 1987/88, higher than the official 3.5 pct target"
sets a forecast against the government's own, as news reports it (the same government's
figure is called its "forecast of 3.5 pct economic growth" elsewhere). A ceiling or a quota
stays a bound, and an amount's target (a harvest goal in tonnes) is no forecast of it."""


_SET_AGAINST = re.compile(r"\s(?:against|compared\s+with|compared\s+to|versus)\s")
"""Where a figure is set against another measure after it: that measure's words are the
other figure's ("2.126 mln tonnes in calendar 1987 against projected consumption of")."""


def _before_yardstick(text: str, window: tuple[int, int], figure: Figure) -> tuple[int, int]:
    """The window up to a yardstick word after the figure: in "£33.5bn less spending than
    that anticipated by Labour" Labour owns the yardstick, not the figure."""
    match = next(_yardsticks(text, figure.end, window[1]), None)
    return window if match is None else (window[0], match.start())


def _is_comparative(figure: Figure) -> bool:
    """A bound such as "well below the 15.8 mln bpd ceiling": the noun after the number is
    the yardstick, not the thing measured, so it says nothing of the figure's mode."""
    return figure.vague is None and (figure.low is None) != (figure.high is None)


def _unnamed(text: str, whole: tuple[int, int],
             evidence: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a sentence whose names are in no key, told once for all its figures:
    its speakers' names and the names that attribute any figure (``evidence``, the
    sources' spans), of which only those reaching into the sentence's words can hide a name
    near a figure of it.

    Names that attribute a figure say who speaks, not what is measured; a possessive source
    ("Qatar's February output") is also what is measured, so it is not in ``evidence``,
    unless what it owns is an estimate ("Chancellor Gordon Brown's forecast of 3% to
    3.5%"): a forecaster is not the economy it forecasts."""
    low, high = whole_words(text, whole)
    return [*(span for span in evidence if span[0] < high and low < span[1]),
            *speaker_spans(text, *whole)]


def _own_words(figure: Figure) -> tuple[int, int]:
    """The span of a figure's own words that names near it must not come from, nor names
    near the other figures of its sentence ("rose to a record 13.6 billion U.S. Dlrs last
    year from 10.2 billion in 1985": "U.S. Dlrs" is no name near the 10.2 billion).

    A unit's name is no name of the thing measured ("6.5 on the Richter scale"), nor is a
    sum's currency ("about 100 mln U.S. Dlrs", "446 mln Canadian dlrs", "46.40 Ecus"): read
    as a name it would keep apart two sums of one cost, one told in "U.S. Dlrs" and one in
    "dlrs". A count's noun stays, as it may be a name of what is counted."""
    if figure.kind == "money":
        return figure.start, figure.end
    return figure.number_start, figure.end if figure.kind == "quantity" else figure.number_end


def _list_item(text: str, figure: Figure, present: list[Figure]) -> tuple[int, int] | None:
    """The span of the figure's own item when it is one of a list of named figures ("gave
    Thatcher's Conservative Party 42 pct, Labour 35 pct and the centrist Alliance 21 pct"):
    from the end of the item before to the figure's end, or from the sentence on to the
    figure's end for the first item. None for a figure in no such list."""
    earlier = [other for other in present if other.end <= figure.start]
    later = [other for other in present if other.start >= figure.end]
    after = min(later, key=lambda other: other.start, default=None)
    before = max(earlier, key=lambda other: other.end, default=None)
    follows = before is not None and list_item_between(text, before.end, figure.start)
    leads = after is not None and list_item_between(text, figure.end, after.start)
    if not (follows or leads):
        return None
    return (before.end if follows and before is not None else 0, figure.end)


def _event_slots(
    document: Document, figure: Figure, unnamed: list[tuple[int, int]], rule: SubjectRule,
    clause: tuple[int, int], whole: tuple[int, int], item: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """The slots of the event key read from the clause (the sentence where it is silent),
    by ``EventKey`` field; the key is made once they are all known (see ``_from_context``).
    Names in ``unnamed`` (see ``_unnamed``) are left out of ``who``. An owned measure's
    figure that is an ``item`` of a list of named figures takes the names of its own item
    only: the parties before and after it in the list own their own shares."""
    text = document.text
    span = (figure.start, figure.end)
    facets = words_of(rule).facets
    # a facet past a yardstick word after the figure is the yardstick's ("output ... to
    # reach 2.126 mln tonnes in calendar 1987 against projected consumption of ...")
    rival = _SET_AGAINST.search(text, figure.end, clause[1])
    own = clause if rival is None else (clause[0], rival.start())
    # "of GDP" after a share names what it is a ratio to, never its measure
    faceted = _without_ratio_bases(text, whole) if facets else text
    facet = _facet_in(faceted, facets, own, span, whole) if facets else None
    if facet is not None:
        facet = joined_names(faceted, facets, clause, whole) or facet
    if facet is None and facets:
        # named before the clause, the facet still frames it; named after, it is a later
        # clause's ("up by 0.4% on the month and by 12.6% on a year earlier")
        facet = _facet_in(faceted, facets, (whole[0], own[1]), span, whole)
    if facets and figure.kind == "percent" and facet in (None, GROWTH) \
            and _RATIO_BASE.match(text, figure.end, whole[1]):
        facet = GDP_RATIO
    if facet is not None:
        facet = rule.facet_of(_state_now(text, facets, figure, clause, whole) or facet, figure)
        facet = rule.qualified_facet(facet, text, (whole[0], figure.start))
    skip = [_own_words(figure), *unnamed]
    named = (names_start(text, whole, clause, figure), clause[1])
    if item is not None:
        named = (max(named[0], item[0]), min(named[1], item[1]))
    names = names_in(text, _before_yardstick(text, _around(named, figure, NAMES_AROUND,
                                                            NAMES_AROUND), figure),
                     skip, whole[0])
    headline = headline_words(document.title)
    about = in_headline(names, headline)
    own = period_in(text, clause, span, document.published)
    period = own or (None if day_dated(text, clause, span) else (
        _sole_period(text, whole, span, document)
        or year_after_yardstick(text, figure.end, whole[1])))
    if period is None and figure.kind in ("percent", "points"):
        period = rate_grain(text, clause, span)
    ended = period_end(own) if own is not None else None
    over = ended is not None and document.published is not None and ended < document.published
    mode = condition_mode(text, whole, figure, over) or _mode(text, whole, figure, rule)
    if mode == "forecast" and _long_past(own, document.published):
        mode = None
    if mode == "condition" and facet == DEMAND:
        # a condition around a demand is the action's, not the figure's: "voted to strike
        # on March 24 unless their demand for 100 pct pay rises is met" is the demand
        # other reports give plainly ("are seeking a 100 pct pay rise")
        mode = None
    return {
        "facet": facet,
        "mode": mode,
        "period": period,
        "of": share_of(text, figure.end, clause[1]) if figure.kind in ("percent", "ratio")
        else None,
        "part": is_part(text, clause, figure, dated=own is not None),
        "who": names - about,
        "what": measured(text, clause, span, whole, rate=figure.kind in ("percent", "points"),
                         money=figure.kind == "money"),
        "about": about,
        "topic": headline,
    }


_RATIO_BASE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:country|nation)['’]s\s+|its\s+|their\s+)?"
    r"(?:GDP|GNP|gross\s+(?:domestic|national)\s+product|national\s+(?:output|income|product)"
    r"|(?<=the\s)economy)\b", re.IGNORECASE)
"""What a share right after its figure is a ratio to: "a deficit of 2.9% of GDP", "4.3 pct
of gross domestic product", "five pct of national output". Not "to GNP": "net exports
will add 0.7 pct to GNP" is a part of its growth."""
_RATIO_FIGURE = re.compile(r"(?:%|\b(?:pct|per\s*cent|percent))(?=\s+of\s)", re.IGNORECASE)
_RATIO_WORDS = ("gdp", "gnp", "gross", "national", "economy")
GROWTH = "growth"
GDP_RATIO = "gdp-ratio"
"""The facet of a share of GDP the sentence names no measure of ("spending of 42% of
GDP"): a ratio to GDP, never the economy's growth."""


@lru_cache(maxsize=64)
def _without_ratio_bases(text: str, whole: tuple[int, int]) -> str:
    """``text`` with the words each share of the sentence ``whole`` is a ratio to blanked
    out (see ``_RATIO_BASE``), so that no facet is read in them: "The EU expects the German
    deficit to fall to 2.9% of GDP next year from 3.9% this year" gives a deficit twice,
    not "GDP" growth. The text itself where the sentence holds no such ratio."""
    if not may_hold(text[whole[0]:whole[1]], _RATIO_WORDS):
        return text
    bases = [base.span() for figure in _RATIO_FIGURE.finditer(text, *whole)
             if (base := _RATIO_BASE.match(text, figure.end(), whole[1])) is not None]
    if not bases:
        return text
    pieces, at = [], 0
    for start, end in bases:
        pieces.extend((text[at:start], " " * (end - start)))
        at = end
    return "".join((*pieces, text[at:]))


def _long_past(period: str | None, published: date | None) -> bool:
    """Whether a figure's own period is a year that ended before the year before the
    story: "up from a projected 1.45 mln tonnes in 1986 and 1.26 mln in 1985" in 1987 is a
    forecast for 1986, still provisional, but 1985's figure is an outcome, whatever modal
    word its sentence has."""
    if period is None or published is None or not period[:4].isdigit():
        return False
    last = int(period[:4]) + (1 if period[4:5] == "/" else 0)
    return last < published.year - 1


_WHO_WERE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:who|that|which)\s+(?:had\s+been|have\s+been|were|was)\s+"
    r"(?:[\w-]+\s+){0,8}?(?=(?:were|was|have\s+been|had\s+been|are|is)\s)", re.IGNORECASE)


_ASIDE = re.compile(r",\s+(?:when|while|as|after|before|because|since|although|though|which|"
                    r"who|where|if)\b[^,;:]*,"
                    r"|,\s+(?:(?:about|some|nearly|almost|roughly|around)\s+)?"
                    r"(?:half|most|much|part|all|some|none|an?\s+(?:third|quarter)|[\d.]+\s*"
                    r"(?:pct|%))\s+of\s+(?:that|it|this|them|those)\s+[a-z]+ing\s[^,;:]*,")
"""A subordinate clause set off by commas: between a subject and its verb, it names
another measure than theirs; so does a participle telling where a share of the figure
before comes from ("will earn about one dlr a share in 1987, about half of that coming
from asset sales, and from two dlrs to 2.50 dlrs in 1988": the asset sales are no revenue
of 1988). Participles at large were measured and not kept: "on operating revenues of six
billion pesos" and "with exports rising to" are the figure's own measure."""


def _facet_in(text: str, facets: dict[str, tuple[str, ...]], clause: tuple[int, int],
              span: tuple[int, int], whole: tuple[int, int]) -> str | None:
    """The facet nearest the figure in its clause, passing over an aside before the figure
    ("Production in 1986, when Indonesia was forced to import sugar, is officially
    estimated at 2.016 mln tonnes" is output, not imports): the words outside the aside
    are read first, and the aside's only where they name none."""
    aside = _ASIDE.search(text, clause[0], span[0]) if "," in text[clause[0]:span[0]] else None
    if aside is not None:
        outside = nearest_name(text, facets, (aside.end(), clause[1]), span, whole) \
            or nearest_name(text, facets, (clause[0], aside.start()), span, whole)
        if outside is not None:
            return outside
    dashed = _DASHED_AFTER.match(text, span[1], whole[1])
    if dashed is not None:  # "3,000 jobs - out of a total workforce of 6,500 - could be lost"
        stop = _CLAUSE_STOP.search(text, dashed.end(), whole[1])
        outside = nearest_name(text, facets, (clause[0], span[1]), span, whole) \
            or nearest_name(text, facets, (dashed.end(), stop.start() if stop else whole[1]),
                            span, whole)
        if outside is not None:
            return outside
    return nearest_name(text, facets, clause, span, whole)


_DASHED_AFTER = re.compile(r"\s+[-–—]\s+[^-–—.;]{1,80}?\d[^-–—.;]{0,40}?\s+[-–—]\s+")
"""An aside between dashes right after a figure that holds a figure of its own: it names
that figure's measure, not this one's."""
_CLAUSE_STOP = re.compile(r"[,;:]")


def _state_now(text: str, facets: dict[str, tuple[str, ...]], figure: Figure,
               clause: tuple[int, int], whole: tuple[int, int]) -> str | None:
    """The facet of the main verb when a relative clause after the figure says what its
    people were before: "Seventeen miners who were missing in a copper mine fire were
    found today" counts the found, not the missing. None when there is no such clause or
    the main verb names no facet."""
    before = _WHO_WERE.match(text, figure.end, clause[1])
    if before is None:
        return None
    return nearest_name(text, facets, (before.end(), clause[1]), (figure.start, figure.end),
                        whole)


_CURRENT = re.compile(r"\b(?:now|currently)\s+(?:stands?|is|are)\b|\bstands\s+at\b",
                      re.IGNORECASE)
"""A level told as it stands today ("The average price of a house in the UK now stands at
£162,086"): no period of the sentences before is its own."""
_CURRENT_WORDS = ("now", "currently", "stands")
"""Words every match of ``_CURRENT`` holds: most clauses hold none, and are not searched."""


def _current(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause tells its level as it stands today (see ``_CURRENT``)."""
    return may_hold(text[clause[0]:clause[1]], _CURRENT_WORDS) \
        and _CURRENT.search(text, *clause) is not None


def _from_context(
    slots: dict[str, Any], rule: SubjectRule, claims: list[Claim], document: Document,
    sentences: list[Sentence], number: int, current: bool, fiscal: bool,
    by_yardstick: str | None = None, clause: tuple[int, int] | None = None,
    listed: bool = False,
) -> None:
    """Fill in ``slots`` what the clause leaves out, read from around it: the period and
    names of the claims before (not for a ``current`` level, see ``_CURRENT``; not the
    names for an item of a list of named figures, ``listed``, whose item before is
    another party's), else the year a forecast's yardstick puts it in (``by_yardstick``),
    and a forecast for a period still ahead (a split year the clause calls ``fiscal`` runs
    to its end), unless the ``clause`` counts days of it that are over (see
    ``days_over``)."""
    period = slots["period"]
    if period is None and not current:
        period = slots["period"] = _period_so_far(claims, slots["facet"], rule, document.text,
                                                  sentences, number) \
            or _part_year_before(document, sentences, number) or by_yardstick
    if slots["what"] is None:
        slots["what"] = _what_so_far(claims, slots["facet"], rule, sentences, number)
    if not slots["who"] and not listed:
        sentence = sentences[number] if sentences else Sentence(start=0, end=len(document.text))
        slots["who"] = _names_so_far(claims, rule, sentence)
    if slots["mode"] is None and _still_ahead(period, document, fiscal) \
            and not (clause and days_over(document.text, clause, period, document.published)):
        slots["mode"] = "forecast"


def _forecast_by_yardstick(text: str, slots: dict[str, Any], figure: Figure,
                           whole: tuple[int, int], document: Document) -> str | None:
    """This year, for a forecast of no period set against last year's level ("production
    is expected to fall to 184.0 mln tonnes from 185.7 mln last year"); None for any other
    figure (see ``year_after_yardstick``)."""
    if slots["period"] is not None or slots["mode"] != "forecast" or document.published is None:
        return None
    return year_after_yardstick(text, figure.end, whole[1], document.published.year)


_FISCAL_YEAR = re.compile(r"\b(?:fiscal|financial|budget)\s+year\b", re.IGNORECASE)
"""A fiscal year named; looked for only in a clause holding "year", as few do."""
_SPLIT_YEAR = re.compile(r"\d{4}/\d\d")
"""A season or fiscal year written across two years ("1986/87")."""


def _names_fiscal_year(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause calls its year a fiscal one ("this fiscal year")."""
    return may_hold(text[clause[0]:clause[1]], ("year",)) \
        and _FISCAL_YEAR.search(text, *clause) is not None


def _still_ahead(period: str | None, document: Document, fiscal: bool) -> bool:
    """A figure for a year, quarter or month that ends after the article was written is a
    forecast. A crop season is named by its harvest, so it counts as its first year; a
    fiscal year runs to its end ("Inflation fell to an estimated 12 pct this fiscal year",
    in March 1987, is 1986/87's, still running: a forecast, as the World Bank's "around 15
    pct in 1986/87" is)."""
    running = fiscal and period is not None and _SPLIT_YEAR.fullmatch(period) is not None
    end = period_end(period[:4] if period and "/" in period and not running else period)
    return end is not None and document.published is not None and end > document.published


def _names_so_far(claims: list[Claim], rule: SubjectRule | None,
                  sentence: Sentence) -> frozenset[str]:
    """The names of the claim before in the same sentence and subject: "Qatar's February
    output was 230,000 bpd, and this fell to 180,000 bpd" is still Qatar's."""
    for claim in reversed(claims):
        if claim.sentence_start != sentence.start:
            break
        if rule is not None and claim.subject == rule.id:
            return parse(claim.event).who
    return frozenset()


def _period_so_far(
    claims: list[Claim], facet: str | None, rule: SubjectRule | None, text: str,
    sentences: list[Sentence], number: int,
) -> str | None:
    """The year or season named for this subject just before, in this sentence or the one
    before: news names it once ("put total losses for last year at 34 mln") and goes on
    without repeating it ("the actual losses were nearer 17 to 20 mln"). Months are not
    carried, nor the year of a goal or of another facet, nor that of a yardstick the
    figure before was set against ("growth in 1987 is expected to grow by between 1.5 and
    two pct, up from one pct in 1986" goes on about 1987, not 1986), nor anything from
    further back."""
    for claim, earlier in _keys_before(claims, facet, rule, sentences, number):
        if earlier.period and earlier.mode != "target" and not earlier.part \
                and re.fullmatch(r"\d{4}(?:/\d{2})?", earlier.period) \
                and not _YARDSTICK_BEFORE.search(text, max(0, claim.figure.start - 40),
                                                 claim.figure.start):
            return earlier.period
    return None


_YARDSTICK_BEFORE = re.compile(rf"\b(?:{YARDSTICK_WORDS}|after)\s+(?:[\w'’-]+\s+){{0,3}}$",
                               re.IGNORECASE)
"""A figure set against the one before it ("up from one pct in 1986", "after declining 7.3
pct in 1986")."""


def _what_so_far(
    claims: list[Claim], facet: str | None, rule: SubjectRule | None, sentences: list[Sentence],
    number: int,
) -> str | None:
    """The commodity or measure named for this facet just before: news names the crop once
    ("Argentine maize production ... 9.9 to 10.1 mln tonnes") and goes on without it ("21.1
    to 22.7 pct lower than the 12.8 mln tonnes produced in the last harvest"), which is
    still maize, not the soybeans of another paragraph."""
    return next((earlier.what for _, earlier in _keys_before(claims, facet, rule, sentences,
                                                             number)
                 if earlier.what), None)


def _keys_before(
    claims: list[Claim], facet: str | None, rule: SubjectRule | None, sentences: list[Sentence],
    number: int,
) -> Iterator[tuple[Claim, EventKey]]:
    """The claims and keys of this subject and facet in this sentence and the one before, nearest
    first."""
    first = sentences[max(0, number - 1)].start if sentences else 0
    for claim in reversed(claims):
        if claim.sentence_start < first:
            break
        earlier = parse(claim.event)
        if rule is not None and claim.subject == rule.id and earlier.facet == facet:
            yield claim, earlier


def _part_year_before(document: Document, sentences: list[Sentence], number: int) -> str | None:
    """A quarter or half named by the sentence before, when this one names no period: news
    sets the quarter once ("recession in the three months to September") and gives its
    figure next ("Revised figures indicated growth of just 0.1%"); that is no year's figure.
    Years are not carried this way: a year named before often frames the story, not the
    figure."""
    if number == 0 or not sentences:
        return None
    previous = sentences[number - 1]
    window = (previous.start, previous.end)
    if not may_name_part_year(document.text, window):
        return None
    end = (previous.end, previous.end)
    period = period_in(document.text, window, end, document.published)
    return period if period and grain(period) in ("quarter", "half") else None


def _sole_period(text: str, whole: tuple[int, int], span: tuple[int, int],
                 document: Document) -> str | None:
    """The sentence's period when the clause names none (only one is named before it),
    not read inside a change's yardstick that a clause break closes before the figure:
    in "vegetable oil production this year at 33.4 mln tonnes, up from 33.0 mln last year,
    and disappearance at 34.0 mln tonnes", last year is the 33.0 mln's, not the
    disappearance's. The period after the break is read first, then the one before the
    yardstick."""
    published = document.published
    closed = None
    # a yardstick itself takes the period of the yardstick before it ("up from 33.0 mln
    # last year, and disappearance at 34.0 mln tonnes, up from 32.6 mln")
    if "from" in text[whole[0]:span[0]] \
            and not _YARDSTICK_BEFORE.search(text, max(whole[0], span[0] - 40), span[0]):
        closed = max(_CLOSED_CHANGE.finditer(text, whole[0], span[0]),
                     key=lambda match: match.start(), default=None)
    if closed is None:
        return period_in(text, (whole[0], span[0]), span, published)
    return period_in(text, (closed.end(), span[0]), span, published) \
        or period_in(text, (whole[0], closed.start()), span, published)


_CLOSED_CHANGE = re.compile(
    r"\b(?:up|down)\s+from\s+[^,;]*?\d[^;]*?,\s+(?:and|but|while|whereas)\s", re.IGNORECASE)
"""A change's yardstick with its own figure, closed by a clause of its own ("up from 33.0
mln last year, and"): the period it names is the yardstick's. Measured and left out: any
yardstick word ("after eight pct last year", "to 2.2 pct from 3.2 pct in
December") let Mexico's inflation meet Brazil's and a rate for Japan join West Germany's;
a change not closed by such a clause goes on about the yardstick ("up from the prior
year's 328.1 mln dlrs, or 88 cts a share", "up from prior year earnings of 4,257,000
dlrs on sales of 286.7 mln dlrs")."""


def _when(document: Document, figure: Figure, clause: tuple[int, int] | None,
          whole: tuple[int, int] | None, key: EventKey | None) -> date | None:
    """The claim's date (see ``claim_date``); the clause's period is read only when the
    sentence names no day (no ``whole``: the sentence holds no day's words; no clause: no
    period's)."""
    span = (figure.start, figure.end)
    day = None if whole is None else day_in(document.text, whole, span, document.published)
    if day is not None:
        return day
    period = key.period if key else None if clause is None else period_in(
        document.text, clause, span, document.published)
    return period_date(period, document.published)


@lru_cache(maxsize=256)
def _points_back(text: str, start: int, end: int) -> bool:
    """Whether the sentence points back; asked once for all its figures of no subject."""
    return _may_point_back(text[start:end]) \
        and _search_points_back(text, start, end)


_NAMES_ITS_OWN = re.compile(r"\s+of\b", re.IGNORECASE)


def _points_back_between(text: str, start: int, end: int) -> bool:
    """Whether words between two figures point back to the first ("although diplomatic and
    banking sources put the figure at"): "the number of authorized common" names a count of
    its own instead."""
    return any(_NAMES_ITS_OWN.match(text, match.end()) is None
               for match in _POINTS_BACK.finditer(text, start, end))


def _only_points_back(text: str, clause: tuple[int, int], rule: SubjectRule) -> bool:
    """A clause such as "put the number at 65,000" that names no facet of its own."""
    if not _may_point_back(text[clause[0]:clause[1]]) \
            or not _search_points_back(text, *clause):
        return False
    facets = words_of(rule).facets
    return not facets or nearest_name(text, facets, clause, clause) is None


def _same_kind(one: Figure, other: Figure) -> bool:
    """Kinds a pointing sentence may share: "65,000" (a bare number) counts what the
    "5,000 people" before it counted. Quantities share their unit too: "The number one
    deposit's reserves are contained between a vertical depth of 750 and 1200 feet" are no
    reserves of the "611,000 tons" before it."""
    kinds = {one.kind, other.kind}
    if kinds == {"quantity"}:
        return one.unit == other.unit
    return len(kinds) == 1 or kinds == {"count", "number"}


def _pointing_back(
    claim: Claim, earlier: list[Claim], text: str, sentence: Sentence,
    sentences: list[Sentence], number: int,
) -> Claim | None:
    """The claim with the subject, event and date of the claim a pointing clause is about:
    the nearest one before it in its own sentence when the pointing words lie between them
    ("Bolivia was expecting some 400 mln dlrs in disbursements this year ..., although
    diplomatic and banking sources put the figure at closer to 300 mln dlrs"), else the
    first claim of the sentence before ("Earlier, the employers had put the figure at...").
    A generic claim is no such target: its measure is only the phrase beside it, and "its
    total gasoline sales" after "High octane gasoline accounts for 25 pct of Shell's total
    gasoline sales" points at nothing (``measured_thing`` resolves vague phrases itself)."""
    if not _points_back(text, sentence.start, sentence.end):
        return None
    answered = next((other for other in reversed(earlier)
                     if other.sentence_start == sentence.start
                     and other.subject not in (None, GENERIC)
                     and _same_kind(other.figure, claim.figure)
                     and _points_back_between(text, other.figure.end, claim.figure.start)), None)
    if answered is None and number > 0:
        previous = sentences[number - 1]
        answered = next((other for other in earlier
                         if other.sentence_start == previous.start
                         and other.subject not in (None, GENERIC)
                         and _same_kind(other.figure, claim.figure)), None)
    if answered is None:
        return None
    return claim.model_copy(update={"subject": answered.subject, "event": answered.event,
                                    "when": answered.when,
                                    "figure": _counting_as(claim.figure, answered.figure)})


def _counting_as(figure: Figure, answered: Figure) -> Figure:
    """A bare number that answers a count counts the same things: "put the number at
    65,000" after "5,000 people attended" is 65,000 people."""
    if figure.kind != "number" or answered.kind != "count":
        return figure
    return figure.model_copy(update={"kind": "count", "unit": answered.unit})
