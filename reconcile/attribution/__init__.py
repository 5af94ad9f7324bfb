"""Attribution: who gives each figure, with the words that say so.

A figure's source is the mention in its sentence whose reach covers it and whose cue is
nearest; a sentence with no source of its own takes the previous sentence's when it points
back to it (a continued quote, "He added ...", "The ministry also said ..."); a figure that
nothing attributes is the publisher's, marked not explicit.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from reconcile.attribution.accounts import accounts, described, subject_before
from reconcile.attribution.actor import DURATIONS, actors
from reconcile.attribution.derived import derives_from_before
from reconcile.attribution.hearsay import hearsay
from reconcile.attribution.lead import LeadBody, apposed_noun, lead_subject
from reconcile.attribution.lexicon import SourceLexicon
from reconcile.attribution.mentions import (
    Mention,
    find_mentions,
    inside_quotation,
    owns_measure,
)
from reconcile.attribution.named import described_before
from reconcile.attribution.names import (
    capitalised_inside,
    classify,
    content_words,
    is_demonym,
    looks_like_person,
    named_as_company,
    same_source,
)
from reconcile.attribution.owner import owners
from reconcile.attribution.passage import PASSAGE_CUE, Passages, on_the_market, speaks_for
from reconcile.attribution.patterns import CompiledLexicon, compiled
from reconcile.attribution.polls import (
    poll_framing,
    poll_of_mention,
    poll_opening,
    poll_phrases,
    poll_subject_around,
    polls_named,
    pollster_before,
    respondents_answer,
)
from reconcile.attribution.possessed import its_body
from reconcile.attribution.refusal import refuses
from reconcile.attribution.release import (
    LEAD_PARAGRAPHS,
    is_person,
    paragraphs,
    publishes,
    released_by,
    releases,
)
from reconcile.attribution.resolve import Resolved, people, resolve
from reconcile.attribution.sexes import sex_said
from reconcile.attribution.tokens import (
    QUOTES,
    DocumentTokens,
    SentenceTokens,
    Token,
    first_tokens,
)
from reconcile.figures.conversions import converted_from
from reconcile.model import Document, Figure, Sentence, Source

__all__ = ["SourceLexicon", "attribute"]

_QUOTE_LOOKBACK = 4
_LEAD_WORD = re.compile(r"[A-Za-z]+")


def attribute(
    document: Document, sentences: list[Sentence], figures: list[Figure], lexicon: SourceLexicon
) -> list[Source]:
    """One source per figure, in the order of ``figures``."""
    if not figures:
        return []
    rules = compiled(lexicon)
    text = document.text
    tokens = DocumentTokens(text, sentences)
    per_sentence = find_mentions(text, sentences, rules, rules.cue_search(text), tokens)
    indexes = _sentence_indexes(sentences, figures)
    per_sentence = _without_figures_as_speakers(per_sentence, figures, indexes)
    owned = owners(text, sentences, indexes, figures, per_sentence, rules)
    flat = _with_owners([mention for mentions in per_sentence for mention in mentions], owned)
    names = {id(r.mention): r for r in resolve(flat, text, rules)}
    named_before: set[int] = set()  # accounts' descriptions named by the sentence before
    covered = _covered(figures, indexes, per_sentence, owned)
    acting = actors(text, indexes, figures, tokens, covered, rules)
    accounted = accounts(text, indexes, figures, tokens, covered, rules)
    if any(acting) or any(accounted):  # resolved apart: an actor never changes what a
        # cue's pronoun stands for
        extra = _with_owners(_with_owners(flat, acting), accounted)
        names.update((id(r.mention), r) for r in resolve(extra, text, rules)
                     if id(r.mention) not in names)
        _bodies_for_it(acting, names, text, rules)
        _descriptions_for_actors(acting, indexes, names, rules)
        named_before.update(_descriptions_for_accounts(accounted, indexes, names, text,
                                                       tokens, rules))
    made: dict[tuple[int, tuple[int, int] | None], Source] = {}
    inherited: dict[int, Inherited | None] = {}  # by sentence: its figures share it

    def source(mention: Mention, pronoun: tuple[int, int] | None) -> Source:
        """One ``Source`` per mention and pronoun, shared by its figures (it is frozen)."""
        key = (id(mention), pronoun)
        if key not in made:
            made[key] = _source(names[id(mention)], pronoun, text, rules)
        return made[key]

    paragraph: list[int] = []  # each sentence's paragraph, counted once it is wanted

    def _released(index: int) -> Inherited | None:
        """The releasing body, for a sentence that neither names nor carries on a source."""
        if not paragraph:
            paragraph.extend(paragraphs(text, sentences))
        body = released_by(index, per_sentence, paragraph,
                           lambda m: releases(source(m, None), rules) or (
                               publishes(text, m, rules) and not is_person(source(m, None), rules)),
                           passages.goes_on, opener, own_account,
                           lambda m, lead: _same_body(m, lead, source, rules))
        if body is not None and source(body, None).kind == "company" and on_the_market(
                passages.words(index)):
            return None  # "Novartis' shares rose 1%": the market's figure, not the results'
        if body is not None and paragraph[index] >= LEAD_PARAGRAPHS:
            in_passage.add(index)
        return None if body is None else (body, None)

    opening: list[Mention | None] = []  # the body the lead opens with, once it is wanted

    def story_body() -> Mention | None:
        """The company whose story the lead opens (see ``_company_lead``), worked out once."""
        if not opening:
            opening.append(_company_lead(text, sentences[0], rules))
            if opening[0] is not None:
                names[id(opening[0])] = Resolved(opening[0], " ".join(opening[0].words))
        return opening[0]

    def opener(index: int) -> Mention | None:
        """The body the lead opens with, as the source of a sentence of its story that
        carries on the lead's account: not one on how its shares moved, nor one that opens
        with a place ("China is trying to clean up its banking system")."""
        body = story_body()
        if body is None or (index and not passages.carries(index, body) and not (
                own_account(index) and passages.names_no_other(index, body))):
            return None  # the lead itself opens with the body: no other body it brings in
        words = passages.words(index)
        return None if not words or words[0].lower in rules.places or on_the_market(
            words) else body

    def own_account(index: int) -> bool:
        """Whether a sentence of a company's story speaks of the company's own accounts
        with the company as its subject, named or called "it" or "the bank", however far
        from the lead: "The bank also blamed margins pressure ... for a 1% fall in profits
        in its UK retail division to £1.13bn", "For the whole of 2004, Ericsson returned a
        net profit of 19bn kronor"; not "Rival Lloyds TSB saw its profits rise"."""
        body = story_body() if index else None
        if body is None:
            return False
        words = passages.words(index)
        if not any(word.lower in rules.own_figures for word in words):
            return False
        named = content_words(" ".join(body.words))
        return any(_is_the_company(words[at:at + 2], named, rules, at == 0)
                   for at in range(min(len(words), _OPENING_REACH)))

    sentence_of = {id(m): at for at, mentions in enumerate(per_sentence) for m in mentions}
    spans: dict[int, list[tuple[int, int]]] = {}
    for figure, index in zip(figures, indexes, strict=True):
        spans.setdefault(index, []).append((figure.start, figure.end))
    passages = Passages(tokens, lambda at: spans.get(at, []), rules)

    def _forecast_passage(index: int) -> Inherited | None:
        """The forecaster whose passage of forecasts the sentence goes on with."""
        sentence = sentences[index]
        frame = passages.forecast_frame(per_sentence, index,
                                        text[sentence.start:sentence.end], sentence.start)
        if frame is not None:
            in_passage.add(index)
        return None if frame is None else (frame, None)

    def _framed(index: int) -> Inherited | None:
        """The body whose passage of figures the sentence goes on with."""
        frame = passages.framed(per_sentence, index, lambda m, stated: not m.pronoun and (
            stated or releases(source(m, None), rules) or _finding(m, passages.words(
                sentence_of[id(m)]))) and not _speaker(m, source(m, None), rules),
            lambda m: releases(source(m, None), rules))
        if frame is not None:
            in_passage.add(index)
        return None if frame is None else (frame, None)

    def _story_accounts(index: int) -> Inherited | None:
        """The story's company, for a sentence after a person's words that measures the
        company's own accounts ("Yet aviation analyst Mike Powell ... says BA's estimated
        annual surcharge revenues ... Turnover for the quarter was up 4.3% to £1.97bn"):
        the results' figures, not the speaker's view, as a passage's. A quotation goes on
        with its speaker ("Profits of around £420m would be well within the comfort
        zone.")."""
        body = story_body()
        words = passages.words(index)
        if body is None or text[sentences[index].start] in QUOTES or on_the_market(words) \
                or not any(word.lower in rules.own_figures for word in words):
            return None
        in_passage.add(index)
        return body, None

    def _earlier(index: int) -> Inherited | None:
        """The source the sentence takes from before it: carried on, released or framed."""
        if index not in inherited:
            carried = _from_earlier(text, sentences, per_sentence, index, rules, tokens)
            if carried is not None and carried[1] is None and index >= 0 \
                    and _speaker(carried[0], source(carried[0], None), rules):
                # "Barclays' chief John Varley said ... . Earnings at Barclays Capital
                # rose 25%": a figure after a person's words is the release's they spoke in
                carried = _released(index) or _story_accounts(index) or carried
            if carried is not None and carried[1] is None \
                    and source(carried[0], None).kind == "company" \
                    and on_the_market(passages.words(index)):
                carried = None  # "Genentech said ... . The stock fell 2.75 dlrs a share to
                # close at 61.75 dlrs": the market's move, not the company's figure
            inherited[index] = carried or (
                (_released(index) or _framed(index) or _forecast_passage(index))
                if index >= 0 else None)
        return inherited[index]

    def _revealed(index: int) -> Inherited | None:
        """The source a story names for its opening figures a sentence or two on, by
        pointing back at them ("Spam traffic is up by 40% ... / The figures, from e-mail
        management firm Email Systems, will alarm firms")."""
        for later in range(index + 1, min(len(sentences), index + _REVEAL_REACH + 1,
                                          _REVEAL_BY + 1)):
            found = next((m for m in per_sentence[later]
                          if _reveals(m, text, sentences[later].start)), None)
            if found is not None:
                in_passage.add(index)
                return found, None
        return None

    teller: list[Mention | None] = []  # the lead's market teller, once it is wanted

    def _market_report(index: int) -> Inherited | None:
        """The anonymous market sources the lead closes with ("..., trade sources said."),
        for a later sentence that names no source of its own: a crop or market report reels
        off their estimates as plain sentences ("Sorghum production estimates remained
        steady at 3.2 to 3.5 mln tonnes"). Taken as the passage's: a story read as theirs
        one sentence too far raises no conflict."""
        if index < 1 or per_sentence[index]:
            return None
        if not teller:
            teller.append(_market_teller(text, sentences[0], per_sentence[0], rules))
        if teller[0] is None or _company_took_over(index):
            return None
        in_passage.add(index)
        return teller[0], None

    def _company_took_over(index: int) -> bool:
        """Whether the last sentence before ``index`` that names a speaker names a company
        ("Toyota Motor Corp said its exports fell 5.5 pct ... / Nissan exports to the U.S.
        fell 5.5 pct"): the story has moved on from the market's report to the
        companies' own figures."""
        for back in range(index - 1, 0, -1):
            speakers = [m for m in per_sentence[back]
                        if not (m.pronoun or m.local or m.possessive)]
            if speakers:
                return any(source(m, None).kind == "company" for m in speakers)
        return False

    its_bodies: dict[int, Inherited | None] = {}

    def _its(index: int) -> Inherited | None:
        """The body whose own accounts a sentence opening with "Its" gives, where it has
        no source of its own: the subject of the sentence before (see ``possessed``)."""
        if index < 1 or per_sentence[index]:
            return None
        if index not in its_bodies:
            sentence, before = sentences[index], sentences[index - 1]
            found = its_body(text[sentence.start:sentence.end], text[before.start:before.end],
                             rules)
            body = None
            if found is not None:
                name, at = found
                start = before.start + at
                body = Mention(start, start + len(name), tuple(name.split()), PASSAGE_CUE,
                               start, start + len(name))
                names[id(body)] = Resolved(body, name)
            its_bodies[index] = None if body is None else (body, None)
        if its_bodies[index] is not None:
            in_passage.add(index)
        return its_bodies[index]

    # Sentences given their source by the passage they stand in, not by a cue of their
    # own: the source is named, but as the passage's, so its cue says so and the figure is
    # no rival report of anyone's (``compare.reported``): a passage guessed one sentence
    # too far must not raise a conflict.
    in_passage: set[int] = set()

    spoken: dict[str, bool] = {}

    def speaks(owner: Mention) -> bool:
        """Whether the owner of a measure ("eBay's net revenue") gives figures of its own
        somewhere in the story ("EBay now forecasts 2005 revenue of $4.2bn"), by name or as
        "it", or is the company whose story the lead opens: only then does it tell its own
        measure; one that never speaks ("Chrysler's mid-March sales fell 3.6 pct" in a
        tally of carmakers' sales) is only whose measure it is, and the figure is the
        reporter's."""
        name = source(owner, None).name
        if name not in spoken:
            body = story_body()
            spoken[name] = any(not m.possessive and not m.local
                               and same_source(source(m, None).name, name) for m in flat) \
                or (body is not None and same_source(source(body, None).name, name))
        return spoken[name]

    publisher = _publisher(document)
    sources = []
    for figure, index, owner, actor, account in zip(figures, indexes, owned, acting, accounted,
                                                    strict=True):
        mentions = per_sentence[index] if index >= 0 else None
        speaker = next((m for m in mentions if figure.start <= m.start < figure.end), None) \
            if mentions and figure.kind == "count" else None
        if speaker is not None:  # "..., one trader said": the count names who speaks
            sources.append(source(speaker, None))  # (``without_speaker_counts`` drops it)
            continue
        found, relayed = owner, None
        if mentions and owner is not None and owner.possessive and _places_data(owner, rules):
            found = _teller(owner, mentions, text, sentences[index].start, rules) or owner
        elif mentions and (owner is None or owns_measure(owner, rules)):
            cued, inner = _in_sentence(figure, mentions, rules, text, sentences[index].start)
            if cued is None:  # no reach holds it: the sentence's closing teller, if any
                cued = _closing_teller(figure, mentions, text, sentences[index], names)
            if cued is not None and (owner is None or not owns_measure(cued, rules)):
                found = cued
                relayed = inner if inner is not None and _media(source(cued, None), rules) \
                    and not inner.pronoun and not _media(source(inner, None), rules) else None
        if found is not None and owns_measure(found, rules) and not speaks(found):
            found, relayed = None, None  # "Chrysler's mid-March sales fell 3.6 pct": whose
            # sales, not who tells them; the figure is the passage's or the publisher's
        if found is None and account is not None and _acts(source(account, None), rules) \
                and not (account.pronoun and source(account, None).kind != "company") \
                and not (described(account, rules) and (
                    _undescribed(names[id(account)].name)
                    or (id(account) not in named_before and _earlier(index) is not None))):
            # "Pier 1 Imports saw its same store sales sink by 8.8%"; "it" only where it
            # stands for a company ("it could be forced to restate $9bn in earnings" is not
            # the SEC's); a unit of the story's company ("Profits at Barclaycard rose by 5%"
            # in Barclays' results) is the company's release
            body = story_body()
            found = body if body is not None and _unit_of(
                source(account, None).name, source(body, None).name) else account
        if found is None and actor is not None and _acts(source(actor, None), rules) \
                and (_named_actor(actor, rules) or _earlier(index) is None):
            found = actor  # "the company", "it": the previous sentence's source comes first
        if found is not None:
            told = source(found, None)
            sources.append(told if relayed is None else _via(source(relayed, None), told))
            continue
        told_as = hearsay(text, sentences[index], figure.start) if index >= 0 else None
        if told_as is not None:  # "which reportedly cost $150m": the reports', unnamed
            sources.append(told_as)
            continue
        duration = (figure.unit or "") in DURATIONS  # "after 15 years of political strife"
        earlier = _earlier(index) or (None if duration else _revealed(index)) or _its(index) \
            or (None if duration else _market_report(index))
        if earlier is None:
            sources.append(publisher)
        else:
            found_source = source(*earlier)
            sources.append(found_source.model_copy(update={"cue": PASSAGE_CUE})
                           if index in in_passage else found_source)
    answered = _with_poll_answers(text, figures, sources, rules)
    polled = _with_poll_sources(text, sentences, figures, indexes, answered, rules)
    return _with_conversions(text, figures, indexes,
                             _with_derived_changes(text, sentences, figures, indexes, polled))


_REVEAL_REACH = 2
"""Sentences before a source's reveal that it names the source of."""
_REVEAL_BY = 3
"""The last sentence a reveal may stand in: one pointing back at "the figures" further on
speaks of figures of its own paragraph, not the lead's."""
_REVEALING_NOUNS = frozenset({"figures", "data", "statistics", "numbers", "findings", "survey",
                              "poll", "study", "report", "research"})
_DEFINITE_OPENING = re.compile(r"\s*The\s+(?:[a-z]+\s+)?$")


_FINDING_CUES = frozenset({"found", "finds", "showed", "shows", "suggested", "suggests",
                           "revealed", "reveals", "indicated", "indicates"})


def _finding(mention: Mention, words: list[Token]) -> bool:
    """Whether a mention tells what a study found, with no figure of its own ("Reading blogs
    remains far more popular than writing them, the survey found.", "A study by analysts
    Jupiter Research suggested that broadband was challenging television viewing habits"),
    or names the study or figures it comes from ("according to a monthly survey by the
    Confederation of British Industry", "according to figures released by CES organisers"):
    the figures that go on from the finding are the study's, as those after a release."""
    cue = mention.cue.lower().split()
    return (cue[0].rstrip(",") in _REVEALING_NOUNS and len(cue) > 1) or (
        mention.cue.lower() in _FINDING_CUES and any(
            word.lower in _REVEALING_NOUNS for word in words if word.start < mention.cue_start))


def _reveals(mention: Mention, text: str, sentence_start: int) -> bool:
    """Whether a mention opens its sentence by naming where the figures just given come
    from: "The figures, from ...", "The study by ...", "The latest data from ..."; its noun
    is definite, so it points back."""
    noun = mention.cue.split()[0].rstrip(",").lower()
    return not mention.backward and not mention.pronoun and noun in _REVEALING_NOUNS \
        and _DEFINITE_OPENING.fullmatch(text, sentence_start, mention.cue_start) is not None


def _same_body(mention: Mention, lead: Mention, source: Callable[[Mention, None], Source],
               rules: CompiledLexicon) -> bool:
    """Whether a later mention names the body the lead gives its figures ("..., the centre
    said" after "the Centre for Economic Research ... said in its spring review"): the
    release goes on, where a spokesman's or officials' words in the lead are remarks whose
    later figures are mostly the reporter's setting ("The most recent ... loan ... was also
    for eight years" after "a Finance Ministry spokesman said"), or where the lead names
    only figures ("..., figures show"), which the body named after them stands for."""
    return not any(word.lower() in rules.roles for word in lead.words) and bool(
        lead.words) and lead.words[-1].lower() not in rules.generic and (
        source(mention, None).name == source(lead, None).name)


def _company_lead(text: str, lead: Sentence, rules: CompiledLexicon) -> Mention | None:
    """The body a story's lead opens with, as a mention of the passage's cue, when the
    lead speaks of the body's own accounts (``own_figures`` in the lexicon) and the body
    is a company, no place ("The US economy added 337,000 jobs") or person: its story
    ("Barclays, the UK's third-biggest bank, has seen annual pre-tax profits climb ...",
    "ABN Amro ... is to cut 2,850 jobs") reels off the company's figures as plain
    statements in the paragraphs that spell out its lead."""
    body = lead_subject(text, rules)
    if body is None or body.name.lower() in rules.places or looks_like_person(body.name, rules):
        return None
    words = _LEAD_WORD.findall(text, body.end, lead.end)
    if not words or words[0].lower() in rules.roles or not any(
            word.lower() in rules.own_figures for word in words):
        return None  # "Kidder Peabody and Co analyst Roy Burry issued ...": a person's lead
    if not ((body.described or _a_name(body.name, text, rules)) and _a_company(body, text, rules)):
        return None
    return Mention(body.start, body.end, tuple(body.name.split()), PASSAGE_CUE, body.start,
                   body.end)


def _a_name(name: str, text: str, rules: CompiledLexicon) -> bool:
    """Whether the lead's body, which the lead does not describe, is named, not a common
    word capitalised because it opens a table's first line ("Group profit after net
    financial items", "Parent Company net profit"): a word other than a company's noun,
    written with its capital inside a sentence too where it is the only one."""
    words = [w for w in name.split() if w.lower() not in rules.company_nouns]
    return len(words) > 1 or (len(words) == 1 and (
        words[0].isupper() or capitalised_inside(text, words[0])))


def _a_company(body: LeadBody, text: str, rules: CompiledLexicon) -> bool:
    """Whether the story is a company's: its lead says what body it is, its name carries
    a designator here or elsewhere in the story, or the story calls it "the company",
    "the bank", "the carmaker" (``company_nouns``)."""
    return body.described or classify(body.name, body.name, rules) == "company" \
        or named_as_company(body.name, text) or rules.company_reference.search(text) is not None


_OPENING_REACH = 8
"""Words an opening phrase and its subject may run to ("For the whole of 2004 Ericsson")."""


def _is_the_company(words: list[Token], named: set[str], rules: CompiledLexicon,
                    opening: bool) -> bool:
    """Whether the words open with the story's company: "it", "the <company noun>", a word
    of its name, or, opening the sentence, "its" ("Its Global Investors wing"); "its" further
    on may be any subject's ("Rival Lloyds TSB saw its profits rise")."""
    if not words:
        return False
    first = words[0].lower
    return first == "it" or (opening and first == "its") \
        or bool(content_words(words[0].text) & named) or (
            first == "the" and len(words) > 1 and words[1].lower in rules.company_nouns)


def _with_conversions(text: str, figures: list[Figure], indexes: list[int],
                      sources: list[Source]) -> list[Source]:
    """The sources, with each sum converted in brackets given the source of the sum it
    converts ("The US Federal Communications Commission fined CBS $550,000 (£306,814)"):
    the publisher's conversion of one figure, whose words do not reach inside the
    brackets."""
    position = {id(figure): at for at, figure in enumerate(figures)}
    converted = list(sources)
    for at, (figure, index) in enumerate(zip(figures, indexes, strict=True)):
        if figure.kind != "money" or not at or indexes[at - 1] != index:
            continue  # a conversion follows its sum in one sentence
        neighbours = [other for other, other_index in zip(figures, indexes, strict=True)
                      if other_index == index and other is not figure]
        original = converted_from(text, figure, neighbours)
        if original is not None:
            converted[at] = converted[position[id(original)]]
    return converted


def _with_derived_changes(text: str, sentences: list[Sentence], figures: list[Figure],
                          indexes: list[int], sources: list[Source]) -> list[Source]:
    """The sources, with each figure the publisher was left with in a sentence that gives
    the change of the figure just before it ("... 167 million ..., according to a recent
    report from analysts Gartner. That was 26% more than the previous year.", see
    ``derived``) given that figure's source, as the passage's: the change is worked out
    from the figure, so whoever gave the figure gives its change, and it is no rival report
    of anyone's. Only the last figure of the sentence just before counts: a sentence
    between them leaves "that" pointing elsewhere. A span of time is no change ("a slight
    increase on the previous three months", "the end of a three-year drought")."""
    given = list(sources)
    derives: dict[int, bool] = {}
    for at, (figure, index) in enumerate(zip(figures, indexes, strict=True)):
        found = sources[at]
        if index <= 0 or found.explicit or found.kind != "publisher" \
                or (figure.unit or "") in DURATIONS:
            continue
        before = at - 1
        while before >= 0 and indexes[before] == index:
            before -= 1
        if before < 0 or indexes[before] != index - 1 or not given[before].explicit:
            continue
        if index not in derives:
            sentence = sentences[index]
            derives[index] = derives_from_before(text[sentence.start:sentence.end])
        if derives[index]:
            given[at] = given[before].model_copy(update={"cue": PASSAGE_CUE})
    return given


def _with_poll_answers(text: str, figures: list[Figure], sources: list[Source],
                       rules: CompiledLexicon) -> list[Source]:
    """The sources, with each share of a poll's respondents given to that poll (see
    ``polls``) where nothing named tells it: the publisher's, a passage's, a pronoun's
    ("the child he says is his") or a poll's unnamed ("a poll suggests"). A named teller
    ("..., said Keidanren economist Kazuyuki Kinbara") keeps it."""
    polls = polls_named(text)
    if not polls:
        return sources
    answered = []
    for figure, found in zip(figures, sources, strict=True):
        answer = respondents_answer(text, figure, polls) if _share(figure) else None
        if answer is None or not _untold(found, rules):
            answered.append(found)
            continue
        poll = answer.poll
        answered.append(Source(name=poll.name, kind=classify(poll.name, poll.name, rules),
                               cue=answer.verb, explicit=True,
                               evidence=text[poll.start:poll.end], start=poll.start,
                               end=poll.end))
    return answered


def _with_poll_sources(text: str, sentences: list[Sentence], figures: list[Figure],
                       indexes: list[int], sources: list[Source],
                       rules: CompiledLexicon) -> list[Source]:
    """The sources, with each figure a poll gives taken from the wire or from a poll named
    earlier and given to that poll by the words that name it (see ``polls.poll_phrases``):
    a figure found by a cue whose subject is a poll's phrase ("The Sunday Express said its
    poll ... found", "A MORI poll conducted for The Sunday Times showed"), and a figure
    nobody is named for, or told by an earlier sentence's source, in a sentence a poll's
    phrase frames ("In that survey, ...", "a newspaper poll ... that put Labour's
    popularity at 50 pct"). A poll's results are the poll's, not the wire's that relays
    them, and two polls of one story are two sources. A body already named for the poll
    keeps its name ("CBS" for "a CBS poll", "Reuters" for "a Reuter survey")."""
    phrases = poll_phrases(text)
    if not phrases:
        return sources
    given = []
    for figure, index, found in zip(figures, indexes, sources, strict=True):
        sentence_start = sentences[index].start if index >= 0 else 0
        phrase = None
        if _untold(found, rules) or (found.start is not None
                                     and found.start < sentence_start):
            phrase = poll_framing(text, phrases, sentence_start, figure.start)
        if phrase is None and found.explicit and found.start is not None:
            phrase = poll_of_mention(text, phrases, found.start) \
                or poll_subject_around(text, phrases, sentence_start, found.start,
                                       found.cue or "")
        if phrase is None and index > 0 and (found.evidence or "") == "It" \
                and found.start == sentence_start:  # "It gave them 44 pct": the poll before
            phrase = poll_opening(text, phrases, sentences[index - 1].start, sentence_start)
        if phrase is None or phrase.name is None or phrase.name == found.name \
                or phrase.name.lower().rsplit(" ", 1)[0].rstrip("s") \
                == found.name.lower().rstrip("s"):  # "a Reuter survey" stays Reuters
            given.append(found)
            continue
        given.append(Source(name=phrase.name, kind=classify(phrase.name, phrase.name, rules),
                            cue=found.cue if found.explicit else "in", explicit=True,
                            evidence=text[phrase.start:phrase.end], start=phrase.start,
                            end=phrase.end))
    return given


def _untold(source: Source, rules: CompiledLexicon) -> bool:
    """Whether no name tells a figure: the publisher's, a passage's, a pronoun's, or a
    poll's that the words do not name ("a poll suggests")."""
    words = source.name.split()
    return not source.explicit or source.cue == PASSAGE_CUE \
        or (source.evidence or "").lower() in rules.lexicon.pronouns \
        or (any(w.lower() in _POLL_WORDS for w in words)
            and not any(w[0].isupper() for w in words))


_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys"})


def _bodies_for_it(acting: list[Mention | None], names: dict[int, Resolved], text: str,
                   rules: CompiledLexicon) -> None:
    """Resolve an actor's "it" that no body quoted before accounts for (it stands for
    nothing, or only for a group of people: "it" is never "security experts") to the body
    named just before by what it is: "The number of phishing e-mail messages stopped by
    security firm MessageLabs has risen more than tenfold. In 2004 it detected more than 18
    million phishing e-mail messages" is MessageLabs' count."""
    for actor in acting:
        if actor is None or not actor.pronoun or actor.words[0].lower() != "it":
            continue
        name = names[id(actor)].name
        if name.lower() != "it" and not people(name, rules):
            continue
        body = described_before(text, actor.start, rules)
        if body is not None:
            names[id(actor)] = Resolved(actor, body)


def _descriptions_for_actors(acting: list[Mention | None], indexes: list[int],
                             names: dict[int, Resolved], rules: CompiledLexicon) -> None:
    """Resolve an actor's description of a company ("the company", "the airline") that no
    body named before accounts for to the body that acted in the sentence before: "For its
    part, Air Deccan ... plans to increase its fleet to 60 aircraft within five years. / To
    help finance the expansion the company may sell a 25% stake" is Air Deccan's sale."""
    last: tuple[int, str] | None = None  # the sentence of the last named body's act, its name
    # only the sentence before: further on, "The combined firm will operate about 1,000
    # stores" is no longer the buyer named two sentences back
    for actor, index in zip(acting, indexes, strict=True):
        if actor is None:
            continue
        name = names[id(actor)].name
        if _named_actor(actor, rules) and name[:1].isupper():
            last = (index, name)
        elif last is not None and index == last[0] + 1 \
                and actor.words[0].lower() == "the" and actor.words[-1].lower() in \
                rules.company_nouns and not name[:1].isupper():
            names[id(actor)] = Resolved(actor, last[1])


def _descriptions_for_accounts(accounted: list[Mention | None], indexes: list[int],
                               names: dict[int, Resolved], text: str, tokens: DocumentTokens,
                               rules: CompiledLexicon) -> set[int]:
    """Resolve an account's description of a company ("the company") that no body named
    before accounts for to the named subject of the sentence before: "But Wal-Mart only
    saw its sales rise after it cut prices. / The company saw a 3% rise in December sales"
    is Wal-Mart's account. The accounts so named, by ``id``: the others' descriptions
    yield to the source the sentence carries on, as an actor's do (resolution may name a
    body the story only mentioned)."""
    named: set[int] = set()
    for account, index in zip(accounted, indexes, strict=True):
        if account is None or account.pronoun or not described(account, rules) \
                or not _undescribed(names[id(account)].name) or index < 1:
            continue
        body = subject_before(text, tokens.of(index - 1).every(), rules)
        if body is not None:
            names[id(account)] = Resolved(account, body)
            named.add(id(account))
    return named


def _unit_of(unit: str, company: str) -> bool:
    """Whether a body is named as a unit of a company, not the company itself: its first
    word opens with the company's, less a plural or possessive "s" ("Barclaycard" and
    "Barclays Capital" of "Barclays")."""
    first, head = unit.split()[0].lower(), company.split()[0].lower().removesuffix("s")
    return len(head) > 3 and first.startswith(head) and unit != company


def _undescribed(name: str) -> bool:
    """Whether a description resolved to no name: its words stay a description ("company",
    "German-US carmaker"), their last in lower case."""
    words = name.split("(")[0].split()
    return not words or words[-1].islower()


def _sentence_indexes(sentences: list[Sentence], figures: list[Figure]) -> list[int]:
    """Each figure's sentence, as ``segment.sentence_at`` finds it (-1 when the document
    has none), the sentences' starts listed once for all the figures."""
    if not sentences:
        return [-1] * len(figures)
    starts = [sentence.start for sentence in sentences]
    return [max(0, bisect_right(starts, figure.start) - 1) for figure in figures]


_SHARES = frozenset({"percent", "ratio"})


def _share(figure: Figure) -> bool:
    """A percentage, a ratio or a fraction ("Three-quarters"): a part of some people."""
    return figure.kind in _SHARES or (figure.kind == "number" and figure.value is not None
                                      and 0 < figure.value < 1)


def _without_figures_as_speakers(per_sentence: list[list[Mention]], figures: list[Figure],
                                 indexes: list[int]) -> list[list[Mention]]:
    """The mentions but those whose words are a share: in "Three-quarters said Mr Blunkett
    was right" and "A majority, 52%, said ..." the figure is the poll's respondents, not a
    speaker; the figure keeps the poll's source (a count naming a speaker, "two analysts
    said", is dropped as a figure instead: ``without_speaker_counts``)."""
    for figure, index in zip(figures, indexes, strict=True):
        if index < 0 or not per_sentence[index] or not _share(figure):
            continue
        per_sentence[index] = [m for m in per_sentence[index]
                               if not figure.start <= m.start < figure.end]
    return per_sentence


def _speaker(mention: Mention, found: Source, rules: CompiledLexicon) -> bool:
    """Whether a mention names a person, or people by their role ("union leaders", "the
    company's commercial director Arthur de Carvalho"), rather than a body or a document."""
    return is_person(found, rules) or any(
        word.lower().removesuffix("s") in rules.roles or word.lower() in rules.roles
        for word in mention.words)


def _acts(found: Source, rules: CompiledLexicon) -> bool:
    """Whether an actor's source is a body that gives out its own figures: named (a
    description or a pronoun that no name accounts for, "the central bank", "it", is no
    one in particular, nor is a name that opens in lower case, "unit of Dominion ..."),
    not a place ("It will take four years" after Japan), and not a
    person by what the words say, a title, a role or a first name ("Mr Glazer", "Sam
    Brownback"); two capitalised words alone may be a firm ("Air Deccan") as well."""
    words = found.name.split("(")[0].split()
    if found.name.lower() in rules.agents:
        return True  # "police arrested four men": a state's force, by a common noun
    return bool(words) and words[0][0].isupper() \
        and not (len(words) == 1 and words[0].lower() in rules.anaphoric) \
        and found.name.lower() not in rules.places and sex_said(words, rules) is None \
        and not any(word.lower() in rules.roles or word.lower() in rules.lexicon.titles
                    for word in words)


def _named_actor(actor: Mention, rules: CompiledLexicon) -> bool:
    """Whether an actor is named in its own words, not by a pronoun or a description."""
    return not actor.pronoun and not (actor.words[0].lower() == "the"
                                      and actor.words[-1].lower() in rules.anaphoric)


def _covered(figures: list[Figure], indexes: list[int], per_sentence: list[list[Mention]],
             owned: list[Mention | None]) -> list[bool]:
    """Whether each figure has an owner or lies in the reach of one of its sentence's
    mentions: such a figure is never an actor's (see ``actors``)."""
    return [owner is not None or (index >= 0 and any(
        m.scope_start <= figure.end - 1 < m.scope_end for m in per_sentence[index]))
        for figure, index, owner in zip(figures, indexes, owned, strict=True)]


def _with_owners(mentions: list[Mention], owned: list[Mention | None]) -> list[Mention]:
    """The sentences' mentions with the owners found beside figures that are not among
    them, in document order: names are resolved in the order a reader meets them."""
    known = {id(mention) for mention in mentions}
    extra = {id(m): m for m in owned if m is not None and id(m) not in known}
    if not extra:
        return mentions
    return sorted([*mentions, *extra.values()], key=lambda m: m.lead)


def _media(found: Source, rules: CompiledLexicon) -> bool:
    """Whether a source is a newspaper, an agency or a broadcaster, not a body whose name
    holds a media word ("the Post and Telecommunications ministry")."""
    if found.kind != "media":
        return False
    name = found.name.lower()
    return not any(kind == "official" and pattern.search(name) for kind, pattern in rules.kinds)


def _via(inner: Source, teller: Source) -> Source:
    """The source a newspaper or agency relays: "An internal report produced by the
    Belgian National Bank foresees ... growth falling to 1.0 pct ..., the independent
    newspaper Le Soir said" is the bank's figure, which a reader compares with the
    planning bureau's, as reported by Le Soir."""
    return inner.model_copy(update={"name": f"{inner.name} (via {teller.name})"})


def _in_sentence(figure: Figure, mentions: list[Mention], rules: CompiledLexicon,
                 text: str, start: int) -> tuple[Mention | None, Mention | None]:
    """The mention whose reach holds the figure, nearest cue first; the owner of a measure
    ("China's sugar output") only where no other cue reaches the figure. Where a teller
    reports the nearest (see ``_teller``), the teller, with the nearest as its inner
    source; where the nearest is a trailing teller, it, with the cue that opens the
    figure's clause as its inner source ("X foresees 1.0 pct ..., Le Soir said")."""
    last = figure.end - 1  # a cue may end inside the figure's words ("put it closer to 18,000")
    covering = [m for m in mentions if m.scope_start <= last < m.scope_end
                and not refuses(m, text)]
    if len(covering) > 1:
        cued = [m for m in covering if not owns_measure(m, rules)]
        covering = cued or covering
    if not covering:
        return None, None
    nearest = min(covering, key=lambda m: min(abs(figure.start - m.tail),
                                              abs(m.cue_start - figure.end)))
    teller = _teller(nearest, mentions, text, start, rules)
    if teller is not None:
        return teller, nearest
    before = [m for m in covering if not m.backward and m.cue_end <= figure.start]
    return nearest, (max(before, key=lambda m: m.cue_end) if nearest.backward and before
                     else None)


def _closing_teller(figure: Figure, mentions: list[Mention], text: str, sentence: Sentence,
                    names: dict[int, Resolved]) -> Mention | None:
    """The verb of saying that closes the sentence ("..., the Bank said."), for a figure
    before a cue of the sentence's own that cut that verb's reach: in "The total cost of the
    project is 647.5 mln dlrs, with the Office ... providing 359.6 mln dlrs and bilateral
    sources expected to provide 189.9 mln dlrs, the Bank said", the Bank gives all three;
    a closing "X said" reports the whole sentence before it. A closing "according to X"
    does not: it vouches for its own clause ("... harvested last year according to private
    estimates, or 18.9 to 21.9 pct lower than last year's volume, according to official
    figures"). Nor does one whose pronoun or description was read as a name inside the
    clause it reports ("... at ICO talks here ..., they said"): what it reports cannot name
    who reports it, so that reading is wrong, and the figure is left to the sentences
    before."""
    closing = mentions[-1]
    if not closing.backward or closing.possessive or closing.continues or closing.local \
            or closing.lead < figure.end or closing.cue.lower().startswith("according") \
            or refuses(closing, text) or text[closing.tail:sentence.end].strip(_AFTER_CLOSING):
        return None
    name = names[id(closing)].name
    if name != " ".join(closing.words) and name in text[sentence.start:closing.lead]:
        return None
    return closing


_AFTER_CLOSING = " \t\n.\"”’'"
"""What may follow a closing verb of saying before its sentence ends."""


_REPORTING_CUES = frozenset({"said", "say", "says", "reported"})
_SOURCES = frozenset({"sources", "source"})
_PAIRED = re.compile(r"\b(?:and|or)\s+$")
"""Words before the teller's name that pair it with others ("many ICCO delegates and")."""


def _market_teller(text: str, lead: Sentence, mentions: list[Mention],
                   rules: CompiledLexicon) -> Mention | None:
    """The anonymous market sources a story's lead closes with ("..., trade sources
    said.", "..., private export sources said"), who report the whole crop or market story
    after it: sources named by a word of a market (``market_tellers``), alone. Not sources
    of a bank, a government or a ministry, nor market words paired with others ("ICO
    delegates and trade sources"), whose lead is one remark the reporter's background and
    other speakers follow; nor analysts, bankers or officials, whose later figures the
    annotators give to the wire as often as to them."""
    if not mentions:
        return None
    closing = mentions[-1]
    words = [word.lower() for word in closing.words]
    if closing.pronoun or closing.possessive or closing.local or closing.continues \
            or not closing.backward or closing.cue.lower() not in _REPORTING_CUES \
            or text[closing.tail:lead.end].strip(_AFTER_CLOSING):
        return None
    if not words or words[-1] not in _SOURCES or "and" in words \
            or _PAIRED.search(text, max(lead.start, closing.start - 6), closing.start):
        return None
    return closing if any(word in rules.market_tellers for word in words[:-1]) else None


def _teller(inner: Mention, mentions: list[Mention], text: str,
            start: int, rules: CompiledLexicon) -> Mention | None:
    """The outer source of reported speech: in "the Soviets are estimating the crop at
    205 mln tonnes, Agriculture Department analysts said", the analysts told the reporter,
    so they, not the Soviets, are the figure's source. The teller is a trailing verb that
    ends the clause the inner cue opens, or an "according to" that opens the sentence
    (which starts at ``start`` in ``text``). A possessive names its own source ("the
    Fed's estimate of 2.5 pct, dealers said"), except a place's data ("Sweden's
    unemployment figures ..., a spokesman for the Central Bureau of Statistics said"):
    a country says nothing itself, so whoever the sentence closes with tells its figures."""
    if (inner.backward and not inner.continues) or (
            inner.possessive and not _places_data(inner, rules)):
        return None
    if _MODAL_BEFORE.search(text, max(0, inner.cue_start - 24), inner.cue_start):
        outer = [m for m in mentions if m is not inner and not m.backward and not m.possessive
                 and m.cue_end <= inner.start and m.scope_start <= inner.start <= m.scope_end]
        if outer:  # "Some analysts say that ... Nigel Lawson may announce ... up to six
            return outer[-1]  # billion stg": what he may say is what they expect
    opening = mentions[0]
    if opening is not inner and opening.tail <= inner.lead \
            and opening.cue.lower().startswith("according to") \
            and not text[start:opening.cue_start].strip(_BEFORE_OPENING):
        return opening  # "According to analysts' forecasts, HSBC ... will report £9.4bn"
    later = [m for m in mentions if m.lead >= inner.tail]
    teller = later[0] if later else None
    if inner.possessive:  # a place's data: any named teller after it, an aside too
        return teller if teller is not None and teller.backward and not teller.possessive \
            and not teller.pronoun and teller.end <= teller.cue_start else None
    if teller is None or teller.possessive or teller.continues or not teller.backward:
        return None
    return teller if teller.end <= teller.cue_start else None


def _places_data(mention: Mention, rules: CompiledLexicon) -> bool:
    """Whether a possessive is a place's data noun ("Sweden's unemployment figures",
    "Britain's trade figures"): the place owns what is counted, not the count."""
    if mention.cue.rpartition(" ")[2].lower() not in rules.data_nouns:
        return False
    words = [word.lower().removesuffix("'s").removesuffix("’s")
             for word in mention.words[-_PLACE_WORDS:]]
    return any(" ".join(words[at:]) in rules.places for at in range(len(words))) or (
        len(words) > 0 and is_demonym(words[-1].title()))


_PLACE_WORDS = 3
"""The longest place name the lexicon holds, in words ("Papua New Guinea")."""


_MODAL_BEFORE = re.compile(r"\b(?:may|might|could|would|will|should|is\s+expected\s+to|"
                           r"are\s+expected\s+to|is\s+likely\s+to|are\s+likely\s+to)\s+$")
"""A cue put as what someone may yet do ("may announce", "is expected to report"): no
report of theirs, but what the sentence's teller expects."""
_BEFORE_OPENING = " \t\n\"“‘'"
"""What may stand before a cue that opens its sentence."""


Inherited = tuple[Mention, tuple[int, int] | None]


def _from_earlier(text: str, sentences: list[Sentence], per_sentence: list[list[Mention]],
                  index: int, rules: CompiledLexicon, tokens: DocumentTokens) -> Inherited | None:
    """The previous sentence's source, when this sentence carries it on.

    A quotation carries on its speaker across sentences: the one named outside quotation
    marks, not a source the quoted words name ('McLean said ... "Mr Glazer's bid will not
    proceed ... they have previously indicated ... / "If that's the case, the shares will
    therefore need ... about 300 pence"' is McLean's); a sentence that opens with a
    pronoun or a pointing word ("It", "The"), or says "also"/"added", carries on the source
    of the sentence just before, if that one named a source itself; so does a plain
    sentence in the reported tense after a speaker's run of reports (``_reported_on``).
    """
    if index <= 0:
        return None
    sentence = sentences[index]
    if _is_table_row(text, sentence):
        return _table_source(text, sentences, per_sentence, index)
    first = text[sentence.start : sentence.start + 1]
    if first in QUOTES:
        for back in range(index - 1, max(-1, index - 1 - _QUOTE_LOOKBACK), -1):
            opens_quoted = text[sentences[back].start : sentences[back].start + 1] in QUOTES
            # a mention that owns a noun phrase only ("a tender offer announced by Mark IV")
            # names no speaker whose words go on
            spoken = [m for m in per_sentence[back] if not m.local]
            outside = [m for m in spoken if m.backward  # a tag: ', said X'
                       or not inside_quotation(text, sentences[back].start, m.lead)]
            if outside or (spoken and not opens_quoted):
                return (outside or spoken)[-1], None
            if not opens_quoted:
                break
        tagged = _closing_tag(text, sentences, per_sentence, index)
        return None if tagged is None else (tagged, None)
    quoting = _quotation_speaker(text, sentences, per_sentence, index)
    if quoting is not None:
        return quoting, None
    if not per_sentence[index - 1]:
        return None
    words = _opening_words(text, sentence, tokens.of(index), rules)
    opener = _pointing_after_phrase(words, rules) or (words[0] if words else None)
    expletive = len(words) > 1 and words[1].lower in rules.passive  # "It is predicted"
    pronoun = opener is not None and opener.lower in rules.lexicon.pronouns and not expletive
    # "The 600,000 connections ..." carries on the sentence before it only within a
    # paragraph: a new paragraph that opens with "The" is the reporter's own narration,
    # unless it goes on about the figures just given ("The February world supply figure").
    same_paragraph = "\n" not in text[sentences[index - 1].end : sentence.start]
    # "That compares with 1.46 gallons per box previously": a demonstrative points at
    # what the sentence before said, wherever a line break falls (wire copy breaks
    # every sentence).
    points_back = pronoun or (
        opener is not None and opener.lower in rules.openers and not expletive
        and (same_paragraph or opener.lower in _DEMONSTRATIVES or _the_figures(words, rules)
             or _the_rest(words))
    ) or _figure_subject(words, rules)
    # "Insurers are also struggling ...": a new paragraph that names its own subject is not
    # the last speaker's, whatever "also" says; within a paragraph it carries them on.
    carries_on = (same_paragraph or pronoun) and any(w.lower in rules.continuation
                                                     for w in words)
    if not (pronoun or carries_on) and text[sentences[index - 1].start] in QUOTES \
            and not _backshifted(tokens.of(index).every()):
        # '"... positioned for a weaker buck," said Tim Mazanec ... / The dollar slid to a
        # record $1.3666': a quoted remark gives its speaker's view; the plain sentence
        # after it is the reporter's narration again, unless it says "it", "also", "added"
        # or keeps the reported tense ("While this would be 30 billion lower ...")
        return None
    told = [m for m in per_sentence[index - 1] if not refuses(m, text)]
    if not (points_back or carries_on) and not (
            told and _reported_on(told[-1], per_sentence[index - 2] if index > 1 else [],
                                  tokens.of(index).every(), rules)):
        return None
    if not told:
        return None  # "Miyazawa would not say what ... . The dollar fell to a record low"
    previous = told[-1]
    if not (pronoun or carries_on) and opener is not None and opener.lower == "the" \
            and not _the_figures(words, rules) and previous.cue.lower().startswith(_EXPECTING) \
            and not (len(words) > 1 and words[1].lower in rules.anaphoric):  # "The group paid"
        return None  # "Analysts expect its cuts to focus on ... The latest layoffs will ..."
    span = (opener.start, opener.end) if pronoun and opener is not None else None
    return previous, span


_BACKSHIFT = frozenset({"would", "likely", "could", "might", "should"})
"""Words of indirect speech moved into the past or kept in its modals ("would grow", "were
likely to rise", "could fall", "should seek listing"): the tense of someone's words
reported, not of the reporter's own account."""
_REPORTING = frozenset({"said", "says", "told"})
_RUN_OPENING = _REPORTING | {"forecast", "forecasts", "predicted", "predicts"}
"""Cues of the first report of a run: a forecaster's story opens with what it forecast
("..., the OECD forecast. / ..., the OECD said in its semi-annual survey. / Belgian
inflation could stabilise at 1.5 to 2.0 pct")."""
_REPORTED_CLAUSE = frozenset({"that", "whether"})


def _reported_on(previous: Mention, before: list[Mention], words: list[Token],
                 rules: CompiledLexicon) -> bool:
    """Whether a plain sentence goes on reporting a speaker's words: "Aquino said the
    country's foreign debt ... was growing ... . Debt servicing took up 40 pct of the
    budget ..., Aquino said. Over the next six years, the Philippines would be paying its
    creditors 20 billion dlrs". A speaker reported twice running whose words the next
    sentence keeps in the reported tense is still speaking; a single "said" is not enough
    (the reporter's background follows it as often), nor is a sentence that brings in
    another actor or leaves its speaker unnamed (``speaks_for``)."""
    if previous.cue.lower() not in _REPORTING or not previous.words:
        return False
    if not _backshifted(words) or not speaks_for(words, previous, rules):
        return False
    return any(m.cue.lower() in _RUN_OPENING and m.words and _one_speaker(m, previous)
               for m in before)


def _one_speaker(earlier: Mention, later: Mention) -> bool:
    """Whether two mentions name one speaker: "He said ... / ..., he said" whatever the
    case, and a body named in full then by its acronym ("the Organisation for Economic
    Cooperation and Development forecast ... / ..., the OECD said")."""
    return earlier.words[-1].lower() == later.words[-1].lower() \
        or same_source(" ".join(earlier.words), " ".join(later.words))


def _backshifted(words: list[Token]) -> bool:
    """Whether a sentence's own clause is in the reported tense: a backshifted word before
    any "that" or "whether", whose clause another verb of the sentence reports ("... first
    hinted that they would seek", "... declined to say whether ... would exceed")."""
    for word in words:
        if word.lower in _REPORTED_CLAUSE:
            return False
        if word.lower in _BACKSHIFT:
            return True
    return False


def _quotation_speaker(text: str, sentences: list[Sentence], per_sentence: list[list[Mention]],
                       index: int) -> Mention | None:
    """The speaker of a quotation the sentence stands inside, opened in an earlier sentence
    of its paragraph and named there before the mark: 'In a separate interview Keating
    said: "The deficit for this year, projected, was 3.5 billion .... It is in fact running
    ... Over four billion and we will be trying to bring that in close to target."' is
    Keating's to its end. A quotation closed before the sentence ('... they did give us an
    assurance that they would do so." The Mumbai bombings case ...') is not, however many
    marks it took: a quotation reopened for each paragraph leaves its marks unpaired."""
    start = sentences[index].start
    if text.startswith("(", start):
        return None  # "(corrects spelling of town in line five)": the wire's own note
    first = sentences[max(0, index - _QUOTE_LOOKBACK)].start
    opened = _open_quotation(text, first, start)
    if opened is None:
        return None
    back = index - 1
    while sentences[back].start > opened:
        back -= 1
    if "\n" in text[sentences[back].start:start]:
        return None  # wire copy leaves a paragraph's quotation open
    before = [m for m in per_sentence[back] if m.lead < opened]
    if before:
        return before[-1]
    if _QUOTATION_MARK.search(text, start, sentences[index].end) is not None:
        return None  # 'I think only one side was refereed." High ... claimed': no tag
    return _tag_after(text, sentences, per_sentence, index + 1)


def _closing_tag(text: str, sentences: list[Sentence], per_sentence: list[list[Mention]],
                 index: int) -> Mention | None:
    """The speaker a tag names after the closing mark of a quotation the sentence leaves
    open: '"Prices will rise 5 pct this year. That much is clear," the minister said.' is
    the minister's from its first sentence, within the paragraph."""
    sentence = sentences[index]
    if _open_quotation(text, sentence.start, sentence.end) is None:
        return None
    return _tag_after(text, sentences, per_sentence, index + 1)


def _tag_after(text: str, sentences: list[Sentence], per_sentence: list[list[Mention]],
               index: int) -> Mention | None:
    """The mention after the first closing quotation mark from sentence ``index`` on
    within its paragraph: the tag of the quotation open before it."""
    for later in range(index, min(len(sentences), index + _QUOTE_LOOKBACK)):
        if "\n" in text[sentences[later - 1].end:sentences[later].start]:
            return None
        closing = next((mark.end() for mark in _QUOTATION_MARK.finditer(
            text, sentences[later].start, sentences[later].end)
            if not _opens(text, mark.start(), sentences[later].start)), None)
        if closing is not None:
            return next((m for m in per_sentence[later] if m.lead >= closing), None)
    return None


def _open_quotation(text: str, start: int, end: int) -> int | None:
    """Where the quotation that is still open at ``end`` opens, reading the marks from
    ``start``: a straight mark after a space (or first) opens, one after a word or a stop
    closes ('said." Since the pricing' closes a stray quotation)."""
    opened = None
    for found in _QUOTATION_MARK.finditer(text, start, end):
        opened = found.start() if _opens(text, found.start(), start) else None
    return opened


def _opens(text: str, at: int, start: int) -> bool:
    """Whether the quotation mark at ``at`` opens a quotation: a curly opening mark, or a
    straight one first in its span (from ``start``) or after a space, a colon or a
    bracket."""
    mark = text[at]
    return mark == "“" or (mark == '"' and (at == start or text[at - 1].isspace()
                                            or text[at - 1] in "(:"))


_QUOTATION_MARK = re.compile('["“”]')


def _pointing_after_phrase(words: list[Token], rules: CompiledLexicon) -> Token | None:
    """A demonstrative that opens the subject after a short opening phrase of place ("In
    southern Asia that expansion is 23%", after the World Tourism Organisation's figures
    for southeast Asia): it points at what the sentence before said. Not a time of its own
    ("In this year's budget", "In Paris this February": a day, month or time the lexicon
    names as no source, or a span)."""
    if not words or words[0].lower not in _PLACE_OPENINGS:
        return None
    for index, word in enumerate(words[1:_FIGURE_NOUN_WITHIN], start=1):
        if not word.is_word:
            return None
        if word.lower in _DEMONSTRATIVES:
            following = words[index + 1].lower if index + 1 < len(words) else ""
            following = following.rstrip("'’s")
            return None if following in rules.not_sources or following in _SPANS else word
    return None


_PLACE_OPENINGS = frozenset({"in", "at", "across", "within", "outside"})
_SPANS = frozenset({"day", "time", "period", "season", "half"})
"""Spans of time the lexicon's ``not_sources`` (days, months, weeks, years) leave out."""


_EXPECTING = ("expect", "forecast", "predict", "project", "believe", "think", "see")
"""Cues of a view, not an account: what they govern is their clause; the next sentence
opening with "The" is the reporter's again."""


_FIGURE_NOUN_WITHIN = 5
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _opening_words(text: str, sentence: Sentence, tokens: SentenceTokens,
                   rules: CompiledLexicon) -> list[Token]:
    """The words a sentence opens with, as many as tell whether it carries on the one
    before (pronoun, opener, "The ... figures"), or all of them when it may say "also" or
    "added" somewhere: a word of the sentence is in its lower-cased text."""
    lowered = text[sentence.start : sentence.end].lower()
    if any(word in lowered for word in rules.continuation):
        return tokens.every()  # shared with the other readers of the sentence's words
    return first_tokens(text, sentence.start, sentence.end, _FIGURE_NOUN_WITHIN + 1)


_REST = frozenset({"remaining", "rest", "remainder", "balance"})


def _the_rest(words: list[Token]) -> bool:
    """"The remaining 10 billion dlrs consisted of ...", "The balance comprised 38,000
    tonnes of grains": the rest of a whole the sentence before gave, whatever paragraph it
    opens (wire copy breaks every sentence), so it is told by the same source."""
    return len(words) > 1 and words[0].lower == "the" and words[1].lower in _REST


def _the_figures(words: list[Token], rules: CompiledLexicon) -> bool:
    """"The figures confirm ...", "The February world supply figure is ...": a subject
    that is a figure the article gave, described by words that name no source of its own
    (not "The latest Brazilian Coffee Institute estimate")."""
    if not words or words[0].lower != "the":
        return False
    return _figure_noun_within(words, 1, _FIGURE_NOUN_WITHIN, rules)


_RESULT_NOUN_WITHIN = 2
_OTHERS = frozenset({"other", "another", "rival", "independent", "unofficial", "private"})


def _figure_subject(words: list[Token], rules: CompiledLexicon) -> bool:
    """"Net profit in the six months ... rose 28%", "Sales rose 5%": a sentence whose
    subject is a result or a figure goes on with the report of the sentence before, as in a
    story on a company's results after "Qantas has posted a record profit"."""
    return _figure_noun_within(words, 0, _RESULT_NOUN_WITHIN, rules)


def _figure_noun_within(words: list[Token], first: int, within: int,
                        rules: CompiledLexicon) -> bool:
    """Whether a figure noun comes among the ``within`` words from ``first``, after words
    that name no source of their own, open no phrase of their own ("Following publication
    of ...") and set it against the figures before ("Other estimates ranged ...")."""
    for index, word in enumerate(words[first : first + within], start=first):
        if not word.is_word:
            return False
        if word.lower in rules.figure_nouns:
            described = words[first:index]
            phrase = " ".join(w.text for w in described)
            return not any(w.is_acronym or w.lower in rules.boundaries or w.lower in _OTHERS
                           or w.lower.endswith("ing") for w in described) and (
                not phrase or classify(phrase, phrase, rules) == "other")
    return False


_TABLE_LOOKBACK = 40


def _is_table_row(text: str, sentence: Sentence) -> bool:
    """A line of a table ("TOTAL 17.3 16.5 16.1"): no lower-case word and no full stop."""
    line = text[sentence.start : sentence.end]
    return not any(map(str.islower, line)) and not line.rstrip().endswith(".")


def _table_source(text: str, sentences: list[Sentence], per_sentence: list[list[Mention]],
                  index: int) -> Inherited | None:
    """A table's figures are given by whoever the prose line that introduces it names
    ("It gave this breakdown for OPEC crude output")."""
    for back in range(index - 1, max(-1, index - 1 - _TABLE_LOOKBACK), -1):
        if not _is_table_row(text, sentences[back]):
            return (per_sentence[back][-1], None) if per_sentence[back] else None
    return None


def _source(resolved: Resolved, pronoun: tuple[int, int] | None, text: str,
            rules: CompiledLexicon) -> Source:
    mention = resolved.mention
    start, end = pronoun if pronoun is not None else (mention.start, mention.end)
    evidence = text[start:end]
    kind = "official" if resolved.voice else classify(resolved.name,
                                                      text[mention.start : mention.end], rules)
    if kind == "other" and (named_as_company(resolved.name, text)
                            or _described_as_company(text, mention.start, mention.end, rules)):
        kind = "company"
    name = resolved.name
    pollster = pollster_before(text, mention.start, mention.end) \
        if mention.end <= mention.cue_start else None
    if pollster is not None:  # "A YouGov poll in the Daily Telegraph suggested": YouGov's
        name = f"{pollster} ({name} poll)"
        kind = classify(name, pollster, rules)
    return Source(
        name=name,
        kind=kind,
        cue=mention.cue,
        explicit=True,
        evidence=evidence,
        start=start,
        end=end,
    )


_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _described_as_company(text: str, start: int, end: int, rules: CompiledLexicon) -> bool:
    """Whether the words around a name say it is a company: a company's noun right before
    it, in or out of the words that named it ("tractor maker Mahindra", "India's biggest
    carmaker Maruti"), or in an aside after it ("ABN Amro, the Netherlands' largest
    bank,"). A company gives its own results, so its figures are its own (see
    ``subjects/owner.py``)."""
    before = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    return (before is not None and before.group(1) in rules.company_nouns) \
        or apposed_noun(text, end) in rules.company_nouns or any(
            word in rules.company_nouns for word in text[start:end].split()[:-1])


_PUBLISHERS: dict[str, Source] = {}
_PUBLISHERS_MAX = 1_000


def _publisher(document: Document) -> Source:
    """The publisher's source, made once per publisher: a ``Source`` is frozen, so the
    documents of one outlet share it rather than each validating a model of its own."""
    name = document.publisher or "publisher"
    found = _PUBLISHERS.get(name)
    if found is None:
        if len(_PUBLISHERS) >= _PUBLISHERS_MAX:
            _PUBLISHERS.clear()
        found = _PUBLISHERS[name] = Source(name=name, kind="publisher", explicit=False)
    return found


def without_speaker_counts(figures: list[Figure], sources: list[Source]
                           ) -> tuple[list[Figure], list[Source]]:
    """The figures and their sources but the counts whose words are a speaker's: in "prices
    rose 5 pct, one dealer said" and "Two analysts said output would reach 5 mln tonnes",
    "one dealer" and "two analysts" say who speaks, not a quantity anyone disputes. A
    count is a speaker's when some source's words begin within it ("One senior banker
    closely involved in the talks"); a share that holds a source's name ("nearly
    two-thirds of Ecuador's export earnings") is still a figure."""
    starts = {source.start for source in sources if source.start is not None}
    kept = [(figure, source) for figure, source in zip(figures, sources, strict=True)
            if figure.kind != "count"
            or not any(figure.start <= start < figure.end for start in starts)]
    return [figure for figure, _ in kept], [source for _, source in kept]
