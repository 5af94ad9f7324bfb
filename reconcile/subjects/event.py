"""The event key: which measured thing, within a subject, a figure is about.

A key is a few slots read from the figure's clause, each in words a reviewer can check:

- ``facet``: the rule's measure nearest the figure ("dead", "injured", "peak");
- ``mode``: forecast, target or (when empty) an outcome, since "analysts had expected 34
  cents" and "profit was 33 cents" are different things;
- ``period``: the month, quarter, season or year named (see ``reconcile.timeref``);
- ``of``: the population a share is of ("UK adults" vs "over 65s");
- ``part``: set for "another 3,500", "of which": a part, not the whole;
- ``who``: the names near the figure (countries, parties, companies, sides), lower-cased
  and singular, so that "Iraqis" in one article meets "Iraqi" in another;
- ``what``: the commodity or the measured noun the figure is about ("tonnes of wheat",
  "maize exports", "breakup value of 60 dlrs a share"): wheat is not maize, and a bid is
  not a breakup value, though both sit in one production or money bucket;
- ``owner``: whose own measure the figure is, for subjects of an entity's measures
  ("BP's profit", "Atticus, holding 2%"; see ``reconcile.subjects.owner``): two owners are
  two things, and an owned figure meets an unowned one only where the owner is named near
  the other or in its headline (analysts' forecast of eBay's earnings vs eBay's own);
- ``about``: the names near the figure that the headline also has. Within one article
  they qualify nothing (every figure of the story is about them), so they are kept out of
  ``who``; across articles they are what two figures must share (see ``clause_names``);
- ``topic``: the content words of the headline. They tell this article's figures from
  another article's but not from each other, so names the headline also has are topic,
  not ``who`` ("the Soviet crop" and "the 1987 grain crop" under "SOVIET 1988 GRAIN
  TARGET ..."). Across articles, names (``who`` and ``topic``) must overlap: two
  articles share no figures unless they share a name or a headline word.

Keys are written as text (``facet=dead; period=1987-03; who=basra, iranian``) so they
travel in ``Claim.event``, and read back by ``parse`` for grouping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from reconcile.model import Figure
from reconcile.subjects.literals import Anchored, Literals, lead_tail
from reconcile.subjects.measured import MEASURED
from reconcile.textfold import may_hold
from reconcile.timeref import MONTH_WORD, MONTHS, grain

_SEEN = tuple(f"{verb} seen {how}" for verb in ("is", "are", "was", "were", "now", "being")
              for how in ("at$", "around$", "rising$", "falling$", "growing$", "little$",
                          "unchanged$", "reaching$", "bringing$"))
"""Wire copy's idiom of projection: "Sales in 1986/87 are seen at 2,150 billion yen",
"growth was now seen around one pct", "GNP is seen rising by two to 2.5 pct". "Seen" alone
is a sighting ("the biggest decline was seen in Wales", "has seen at least ten firms
suspended")."""
# Words of the grammar of news, not of any subject: they say whether a figure is a
# projection, a goal or an outcome, and mark a figure as a part of another. Bare modals
# ("will", "would") are left out: "will need to raise taxes to fill an £11bn gap" states
# the gap; a figure for a period not yet over is a forecast by its date instead.
FORECAST_WORDS = (
    "forecast", "expect", "predict", "project", "likely", "outlook", "guidance",
    "anticipate", "estimated that", "plan", "plans to", "planned", "planning", "to be cut",
    "are to go", "is to go", "pledge", "promise", "fear", *_SEEN,
)
PER_SHARE = "per-share"
"""The facet of a firm's earnings per share, as rules name it: a share is a firm's."""
DEMAND = "demand"
"""The facet of what a party demands, as rules name it: a figure no one has reached yet,
whatever condition its sentence sets around it (see ``_event_slots``)."""
TARGET_WORDS = ("target$", "targets$", "goal", "ceiling", "quota", "limit$", "maximum$")
PART_WORDS = ("another", "a further", "further", "of which", "of those", "of them", "including",
              "the first", "the rest", "so far", "extra", "additional")

_NAME = re.compile(r"\b(?:[a-z]+-)?(?:[A-Z]|[a-z][A-Z])[\w'’&.-]*"
                   r"(?:\s+(?:of\s+|for\s+|and\s+)?(?:[A-Z]|[a-z][A-Z])[\w'’&.-]*)*")
"""A run of capitalised words, a brand's lower-case letter then a capital among them
("eBay", "iPod")."""
_EXCHANGE_TICKER = re.compile(r"[A-Z]{1,5}\.[A-Z]{1,2}")
"""A company's ticker with its exchange ("VOWG.F", "BP.L"): no name of what a figure is
about, and not written alike by other articles of the story."""
_SHARE_OF = re.compile(
    r"^\s*(?:of|among)\s+((?:the\s+|all\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+?)"
    r"(?=\s+(?:who|that|own|use|have|had|are|were|is|said|say|tuned|in|on|at|,|\.)|[,.]|$)",
    re.IGNORECASE)
_STOP = frozenset(
    """the a an and or but in on at of for to by from with as it its this that these those
    he she they we i his her their our there here when while if after before mr mrs ms dr
    however meanwhile also only some about around nearly almost more than less over under
    earlier later last next now today yesterday most many several other others both each
    such what which who whose where why how not no yes one two three four five six seven
    eight nine ten hundred thousand see seen sees set sets get gets put puts make makes
    will would could should may might can has have had was were are been being year
    week month day
    up down new former said says say told according total all reuters reuter monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec gmt bst est edt cst cdt mst mdt pst pdt cet cest jst a.m p.m none pct percent per cent
    mln bn billion million""".split()  # noqa: SIM905
)
def _stop(word: str) -> bool:
    """Whether a word names nothing, nor do all its hyphened parts ("October-to-December")."""
    return word in _STOP or ("-" in word and all(part in _STOP for part in word.split("-")))


_MEASURES = frozenset(("gdp", "gnp", "cpi", "rpi"))
"""Capitalised measures are no names: "put 1987 GDP growth at between one and 1.5 pct"
names no other economy than "Austrian real gross domestic product growth"."""
_MEASURE_NAMES = frozenset(("gross domestic product", "gross national product",
                            "national income", "net national income"))
"""...nor are the measures' names written in capitals ("Gross Domestic Product")."""
_MEASURE_TAILS = frozenset(" ".join(words[start:]) for name in _MEASURE_NAMES
                           if (words := name.split()) for start in range(len(words)))
"""...nor what is left of one when its first word is dropped as a sentence's opening or a
stop word: "The study forecast a decline in Gross Domestic Product growth" names no
"domestic product", "Japan's Gross National Product" no "national product" beside Japan."""
_IF_BEFORE = re.compile(
    r"\b(?:if|unless|once|provided|as long as|until)\b[^,;:.()\"“”]{0,110}$"
    r"|\bconditions?\s+(?:including\s+|being\s+)?that\b[^;:.()\"“”]{0,110}$",
    re.IGNORECASE)
"""A condition the figure is set in: "once it breaks out above 450 dlrs"."""
_CONDITION_BEFORE = re.compile(
    r"\bwith\s+(?:over|under|more than|less than|at least|fewer than|above|below)\s+$"
    r"|\b(?:would|could|might)\s+have\s+\w+\s+(?:at\s+|to\s+|by\s+)?(?:about\s+|some\s+)?$",
    re.IGNORECASE)
_BOUND_GOAL_BEFORE = re.compile(
    r"\b(?:reduce|reducing|keep|keeping|hold|holding|bring|bringing|cut|cutting|push|pushing|"
    r"pull|pulling|get|getting|lower|lowering|limit|limiting|curb|curbing)\b[^,;:.]{0,50}?"
    r"\b(?:below|under|above|beneath|within)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_ACHIEVE_BEFORE = re.compile(
    r"\bto\s+(?:be\s+able\s+to\s+)?(?:achieve|reach|attain|meet)\b[^,;:.]{0,60}$"
    r"|\b(?:necessary|needed|required)\s+to\s+\w+\s+"
    r"(?:[\"“”']?(?:at\s+least|about|some|around|an?|the)[\"“”']?\s+)?$",
    re.IGNORECASE)
"""A level to be achieved or a sum needed is a goal: "needed ... to be able to achieve a
gross domestic product growth (GDP) rate of three to four pct", "it would be necessary
to raise \"at least\" 18 billion dlrs in higher revenues"."""
_OBLIGED_BOUND_BEFORE = re.compile(
    r"\b(?:must|should)\s+(?:not|never|avoid)\b[^,;:.]{0,60}?\b(?:more|less|fewer)\s+than\s+$"
    r"|\b(?:must|should)\s+not\s+(?:exceed|top|surpass|go\s+above|rise\s+above|"
    r"fall\s+below)\s+$", re.IGNORECASE)
"""A bound someone says must not be passed is a ceiling (or a floor), no level reached or
foreseen: "China must not import more than 10 mln tonnes of grain", "We must avoid the
situation in recent years of importing more than 10 mln tonnes"."""
_AGREED_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?agreed\s+(?:in|at|by|last|on|upon|under|earlier)\b",
    re.IGNORECASE)
"""An amount of goods agreed is a level set, no outcome: "would cut fourth quarter output
to 16.6 mln bpd from the 18.3 mln agreed in December" is December's ceiling, "a total
70,000 tonnes agreed in April" a contract's. A sum of money agreed is a price paid ("the
630 mln dlrs agreed for the CPC acquisition"), and a count may be the parties ("The two
companies agreed earlier this month"), so both are left alone."""
_FORECAST_TO_REACH = re.compile(
    r"\b(?:forecast|expected|projected|predicted|estimated|likely|seen)\s+"
    r"(?:by\s+[^,;:.]{1,40}?\s+)?to\s+(?:reach|attain)\b[^,;:.]{0,60}$", re.IGNORECASE)
"""What is expected to reach a level is a forecast of it, not a goal: "Indonesian sugar
output is forecast by the government to reach 2.126 mln tonnes in calendar 1987"."""
_FORECAST_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:forecasts?|projections?|predictions?|estimates?)\b"
    r"|\s+(?:[\w-]+\s+)?(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:forecast|projected|predicted|estimated)\b", re.IGNORECASE)
"""A figure named a forecast is one, whoever doubts it will be achieved: "the economy was
unlikely to achieve the government's 3.5 pct forecast for 1987/88" is the government's
forecast, a rival of the speaker's "close to three pct", not a goal, and so is "growth
in 1987 is unlikely to reach the 1.5 pct rate it had forecast earlier this year"."""
_POLL = re.compile(
    r"\bopinion\s+(?:polls?|surveys?)\b|\bpolls?\b[^.;]{0,60}?\b(?:showed|shows|showing|gave|"
    r"gives|giving|put|puts|found|finds|suggested|suggests|published|conducted|carried)\b"
    r"|\bin\s+(?:the|a|an|that|this|its|their)\s+(?:[\w/&'’.-]+\s+){0,6}?(?:polls?|surveys?)\s*,",
    re.IGNORECASE)
"""An opinion poll's figure is that poll's own: two polls are two samples on two days
(compared only within a week, ``group.POLL_WEEK``). A clause set in a poll ("In the regular
Television New Zealand Heylen/Eyewitness poll, National's support rose to 50 pct") gives
its results as the verbs above do."""
_TENDER = re.compile(
    r"\b(?:at|in|for)\s+(?:today['’]s|yesterday['’]s|this\s+week['’]s|last\s+week['’]s|its|"
    r"the|a|an)\s+(?:[\w()-]+\s+){0,4}?(?:tender|auction)s?\b(?!\s+offer)"
    r"|\b(?:will|would|to|plans\s+to)\s+tender\s+for\b"
    r"|\b(?:granted|awarded|issued)\s+(?:export\s+|import\s+)?licen[cs]es\b"
    r"|\b(?:maximum\s+)?export\s+rebates?\b", re.IGNORECASE)
"""A figure of a tender or an auction is that day's result ("received export rebates of a
maximum 45.678 European Currency Units ... at today's European Community (EC) tender",
"bought 20,000 tonnes ... at its vegetable oil import tender yesterday"): each tender is
its own event, not a rival figure for another's. A tender's result is often told without
the word: "The European Community Commission confirmed it granted export licences for
59,000 tonnes of current series white sugar at a maximum export rebate of 45.678 European
Currency Units" is that week's tender, not the next week's 118,350 tonnes; so is what a
buyer "will tender for" ("will tender for about 3,000 tonnes of cocoa beans Wednesday"),
not what it bought the day before."""
_CONFIRMED = re.compile(
    r"\b(?:confirmed|identified|known)\s+(?:dead|killed|deaths?|fatalities|victims?)\b"
    r"|\b(?:were|was|have\s+been|had\s+been)\s+confirmed\s+(?:dead|killed)\b"
    r"|\bbodies\s+(?:have\s+been\s+|had\s+been\s+|were\s+)?(?:recovered|identified|found)\b",
    re.IGNORECASE)
"""A count of the confirmed dead or the bodies recovered is a floor that rises as the
search goes on, not a rival estimate of the toll: "Thas said 32 of the 543 passengers and
crew were confirmed dead and 160 were missing" beside a minister's "the dead could be in
hundreds". Mode "confirmed" keeps it to other confirmed counts."""
_WEEK = re.compile(
    r"\b(?:in|during|for|over)\s+the\s+(?:first|second|third|fourth|final|last|past|latest|"
    r"previous)\s+(?:two\s+|three\s+)?weeks?\b(?!\s+ago)"
    r"|\b(?:during|in|over|for)\s+the\s+(?:first\s+|last\s+|past\s+)?[\w-]+\s+days\b"
    r"|\b(?:output|production|exports?|imports?|sales|liftings?)\s+(?:so\s+far\s+)?this\s+week\b"
    r"|\b(?:weekly|a\s+week|per\s+week)\b(?!\s+ago|\s+earlier|\s+before)"
    r"|\b(?:in|during|for|over)\s+the\s+week\s+(?:ended|ending|to|through)\b", re.IGNORECASE)
"""A week's figure is no month's or year's ("MEES put Saudi Arabian output at 2.9 mln bpd
in the first week of March" beside the IEA's forecast of 3.3 mln bpd for March): mode
"week" keeps it to other weeks' figures, and so are a few days' ("exports from Gulf ports
averaged one mln bpd during the eight days ending last Sunday"), and a figure "in the week
ended Feb 27" or "in the week to" is that week's stocks or sales. A figure given "a week
ago" is an earlier estimate of the same thing, not a week's figure."""
_THIS_WEEK_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?this\s+week\b", re.IGNORECASE)
"""A figure for "this week" ("A Reuter survey estimates OPEC output to be 14.7 mln bpd this
week") is the week's, not February's 16.1 mln bpd."""
_LEVEL_BEFORE = re.compile(
    r"\b(?:support|resistance)(?:\s+(?:level|point|line|area))?\s+(?:at|of|around|near)\s+"
    r"(?:about\s+|around\s+)?$", re.IGNORECASE)
"""A market's support or resistance level is a threshold traders watch, not a price anyone
forecasts: "fallen into uncharted territory below the long-term support at 1.00 dlr per lb"
beside an analyst's "probably to around 85 cents"."""
_CONDITION_AFTER = re.compile(
    r"[^,;:.]{0,40}?\b(?:reference\s+(?:level|price)|benchmark|threshold|trigger|"
    r"(?:support|resistance)\s+(?:level|point|line|area)|"
    r"(?:is|are|was|were|be|been)\s+(?:necessary|needed|required))\b", re.IGNORECASE)


_IF_AFTER = re.compile(r"(?:\s+[-–—]\s[^-–—.;\"“”]{1,60}?\s[-–—])?"
                       r"[^,;:.\"“”]{0,50}?\b(?:only\s+if|if|unless|provided\s+that)\s",
                       re.IGNORECASE)
"""A condition after the figure, past a dashed aside ("3,000 jobs - out of a total
workforce of 6,500 - could be lost if the deal goes ahead")."""
_PAST_OWNER_BEFORE = re.compile(
    r"\b(?:last|previous|the\s+previous|a\s+year\s+earlier)\s+(?:year|season|month|quarter)['’]s"
    r"\s+(?:[a-z-]+\s+){0,2}$|\b(?:19|20)\d\d(?:/\d\d)?['’]s\s+(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE)
"""A figure owned by a past period ("reaches last year's 7.2 mln tonnes", "1986's 5.5
pct") is what that period came to: a fact a condition is set against, no hypothesis."""
_HYPOTHESIS = re.compile(r"[\s\"“']*(?:If|Unless|Should|Were)\b")
_MODAL = re.compile(r"\b(?:will|would|could|might|may|should|shall)\b|['’]ll\b")
"""A modal verb (lower case: "May" is a month): a past period's figure after one in a
hypothesis, or before one in its clause, is the hypothesis's ("If yields reach ...,
production would be around ...", "to establish if another wage increase of up to 1.5 pct
should be awarded")."""


def condition_mode(text: str, sentence: tuple[int, int], figure: Figure,
                   over: bool = False) -> str | None:
    """"target" or "condition" when the figure is a bound set for something, not a level
    it reached: a goal bound ("efforts to reduce its budget deficit below 3% of GDP"), a
    reference level ("below the 18 dlrs per barrel reference level"), a bound that must
    not be passed ("China must not import more than 10 mln tonnes"), what is needed
    ("at least 20 dlrs a barrel were necessary"), a condition ("once it breaks out above
    450 dlrs"), a counterfactual ("unemployment in February 1986 would have stood at 2.2
    pct" by a new method), a condition named so ("subject to certain conditions including
    that the price of Pantera's stock average not less than seven dlrs") or a class defined
    by a bound ("banks with over 500 mln dlrs in
    assets"). A sentence that opens on a condition is a hypothesis throughout ("If they
    fail, there may be a price decline to about 14 dlrs a barrel"), and so is a figure a
    condition follows
    ("The 20 dlr level will be reached this year only if ..."). A figure ``over`` (dated by
    its own clause to a period that ended before the story) with no modal verb before it
    or in its clause is
    a fact the condition is set against, not a hypothesis ("If confirmed, the soaring 1987
    current account surplus seemed certain to trigger tougher pressure from the United
    States which recorded a 7.4 billion dlr trade deficit with Seoul last year", "If
    yields reach the record 3.78 tonnes per hectare achieved in 1984"); a counterfactual
    stays one. "poll" for a share an
    opinion poll gives, "tender" for a figure of a tender or auction, "confirmed" for a
    count of the confirmed dead (see ``_CONFIRMED``), "week" for a
    week's figure (see ``_WEEK``); "rated" for the
    amount a rating action covers (see ``is_rated``)."""
    held = _MODE_WORDS.held(text, *sentence) \
        if figure.end <= sentence[1] else _MODE_WORDS.every  # every window lies in the sentence
    lead = text[max(sentence[0], figure.number_start - 120):figure.number_start]
    if (held & _BOUNDED and _BOUND_GOAL_BEFORE.search(lead)) \
            or (held & _ACHIEVED and _ACHIEVE_BEFORE.search(lead)
                and not _FORECAST_TO_REACH.search(lead)
                and not _FORECAST_NOUN_AFTER.match(text, figure.end, sentence[1])) \
            or (held & _LEVELS and _LEVEL_BEFORE.search(lead)) \
            or (held & _NEEDED and _CONDITION_AFTER.match(text, figure.end, sentence[1])) \
            or (held & _OBLIGED and _OBLIGED_BOUND_BEFORE.search(lead)) \
            or (held & _AGREED and figure.kind in ("quantity", "number")
                and _AGREED_AFTER.match(text, figure.end, sentence[1])):
        return "target"
    clause_end = text.find(",", figure.end, sentence[1])
    fact = over and _MODAL.search(text, sentence[0],
                                  sentence[1] if clause_end < 0 else clause_end) is None
    hypothesis = (not fact and _HYPOTHESIS.match(text, sentence[0], figure.start)) \
        or (held & _IF and _IF_AFTER.match(text, figure.end, sentence[1]))
    conditional = held & _CONDITIONAL and (
        (not fact and _IF_BEFORE.search(lead)) or _CONDITION_BEFORE.search(lead))
    if (hypothesis or conditional) and not _PAST_OWNER_BEFORE.search(lead):
        return "condition"
    if figure.kind == "percent" and held & _POLLED and _POLL.search(text, *sentence):
        return "poll"
    if held & _TENDERED and _TENDER.search(text, *sentence):
        return "tender"
    if held & _CONFIRMING and _CONFIRMED.search(text, max(sentence[0], figure.start - 40),
                                                min(sentence[1], figure.end + 70)):
        return "confirmed"
    if held & _WEEKS and (
            _WEEK.search(text, max(sentence[0], figure.start - 60),
                         min(sentence[1], figure.end + 60))
            or _THIS_WEEK_AFTER.match(text, figure.end, sentence[1])):
        return "week"
    return "rated" if held & _RATING and is_rated(text, sentence, figure) else None


_RATING_ACTION = re.compile(
    r"\b(?:downgrad|upgrad|affirm|creditwatch|credit\s+watch|ratings?\b|rated\b|rates\b)",
    re.IGNORECASE)
_INSTRUMENT_AFTER = re.compile(
    r"\s+(?:of|in)\s+(?:[\w-]+\s+){0,4}?(?:debt|debentures?|notes?|bonds?|securities|paper|"
    r"preferred|obligations?|issues?|certificates?)\b", re.IGNORECASE)


_MODE_WORDS = Literals(
    (("below", "under", "above", "beneath", "within"), (_BOUND_GOAL_BEFORE,)),
    (("achieve", "reach", "attain", "meet", "necessary", "needed", "required"),
     (_ACHIEVE_BEFORE,)),
    (("support", "resistance"), (_LEVEL_BEFORE,)),
    (("reference", "benchmark", "threshold", "trigger", "support", "resistance", "necessary",
      "needed", "required"), (_CONDITION_AFTER,)),
    (("if", "unless", "provided"), (_IF_AFTER,)),
    (("if", "unless", "once", "provided", "long", "until", "condition", "with", "ould",
      "might"), (_IF_BEFORE, _CONDITION_BEFORE)),
    (("poll", "survey"), (_POLL,)),
    (("tender", "auction", "licen", "rebate"), (_TENDER,)),
    (("confirmed", "identified", "known", "bodies"), (_CONFIRMED,)),
    (("week", "days"), (_WEEK, _THIS_WEEK_AFTER)),
    (("grad", "affirm", "watch", "rat"), (_RATING_ACTION,)),
    (("must", "should"), (_OBLIGED_BOUND_BEFORE,)),
    (("agreed",), (_AGREED_AFTER,)),
)
"""The words every match holds, for the patterns ``condition_mode`` runs on a sentence."""
(_BOUNDED, _ACHIEVED, _LEVELS, _NEEDED, _IF, _CONDITIONAL, _POLLED, _TENDERED, _CONFIRMING,
 _WEEKS, _RATING, _OBLIGED, _AGREED) = (1 << place for place in range(len(_MODE_WORDS.groups)))


def is_rated(text: str, sentence: tuple[int, int], figure: Figure) -> bool:
    """Whether a sum is the amount of debt a rating action covers ("Standard and Poor's
    Corp said it downgraded 1.7 billion dlrs of debt of United Technologies", "Moody's
    affirmed the debt ratings of 3.7 billion dlrs of debt"): agencies rate slices of a
    firm's debt, one issue or many, so two such sums are different instruments, not rival
    figures for one debt. Mode "rated" keeps them out of every group."""
    return figure.kind == "money" \
        and _RATING_ACTION.search(text, sentence[0], figure.number_start) is not None \
        and _INSTRUMENT_AFTER.match(text, figure.end, min(sentence[1], figure.end + 80)) is not None


_PART_WORDS_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in PART_WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class EventKey:
    """The slots of an event key; empty slots are unknown, not different."""

    facet: str | None = None
    mode: str | None = None
    period: str | None = None
    of: str | None = None
    part: bool = False
    who: frozenset[str] = field(default_factory=frozenset)
    what: str | None = None
    owner: str | None = None
    partner: str | None = None
    """The country a balance between two is with, its owner the surplus side (see
    ``reconcile.subjects.bilateral``): a balance with a partner is never one without."""
    about: frozenset[str] = field(default_factory=frozenset)
    topic: frozenset[str] = field(default_factory=frozenset)
    harvest: str | None = None
    """The year a season's crop is harvested where that is its second one (see
    ``SubjectRule.late_harvests``): the season is that year's crop. Set by grouping, from
    the rule's crops and places, and not written in the key's text."""

    def text(self, topic: bool = True) -> str:
        """The key as a reviewer reads it; ``parse`` reads it back. Without ``topic``, the
        text of the key with no headline words, as grouping compares keys within a run."""
        slots = [f"facet={self.facet}" if self.facet else "",
                 f"mode={self.mode}" if self.mode else "",
                 f"period={self.period}" if self.period else "",
                 f"of={self.of}" if self.of else "",
                 "part=yes" if self.part else "",
                 f"who={', '.join(sorted(self.who))}" if self.who else "",
                 f"what={self.what}" if self.what else "",
                 f"owner={self.owner}" if self.owner else "",
                 f"partner={self.partner}" if self.partner else "",
                 f"about={', '.join(sorted(self.about))}" if self.about else "",
                 f"topic={', '.join(sorted(self.topic))}" if topic and self.topic else ""]
        return "; ".join(slot for slot in slots if slot)

    def fits(self, other: EventKey, by_topic: bool = True) -> bool:
        """Whether two keys may name the same thing: known slots agree, names overlap.

        ``by_topic=False`` is for keys of stories that share no headline: then only the
        names near the figures must not differ."""
        if self.facet != other.facet or self.mode != other.mode or self.part != other.part \
                or self.partner != other.partner:
            return False
        if self.period and other.period and not self._periods_fit(other):
            return False
        if self.of and other.of and self.of != other.of:
            return False
        if self.what and other.what and self.what != other.what:
            return False
        if not (_what_fits(self, other) and _what_fits(other, self)):
            return False
        if not self._owner_fits(other):
            return False
        mine, theirs = self.who, other.who
        if by_topic:
            mine, theirs = mine | self.topic, theirs | other.topic
        return not (mine and theirs and not mine & theirs)

    def _periods_fit(self, other: EventKey) -> bool:
        """Periods fit (see ``periods_fit``), but a season harvested in its second year
        (``harvest``) is that year's crop, not the one's it begins in."""
        for season, year in ((self, other), (other, self)):
            if season.harvest is not None and year.period is not None \
                    and year.period.isdigit():
                return season.harvest == year.period
        return periods_fit(self.period or "", other.period or "")

    def same_period(self, other: EventKey) -> bool:
        """One period: the same, or a season and the year it is harvested in (``harvest``)."""
        return self.period == other.period or (self.period is not None and (
            self.period == other.harvest or other.period == self.harvest))

    def _owner_fits(self, other: EventKey) -> bool:
        """Owners are one entity, or the one owner is named near or over the other figure:
        a rival estimate of a firm's results names the firm; a figure of no owner in a
        story about another firm is that firm's."""
        if self.owner and other.owner:
            return same_owner(self.owner, other.owner)
        owned, unowned = (self, other) if self.owner else (other, self)
        if owned.owner is None:
            return True
        return named_in(owned.owner, unowned.topic) or _initials_in(owned.owner, unowned.topic) \
            or any(same_owner(owned.owner, name) for name in unowned.clause_names())

    def merged(self, other: EventKey) -> EventKey:
        """The key of a group after ``other`` joins it: known slots fill unknown ones."""
        return replace(self, period=self.period or other.period, of=self.of or other.of,
                       harvest=self.harvest if self.period else other.harvest,
                       what=self.what or other.what,
                       who=self.who | other.who, owner=self.owner or other.owner,
                       partner=self.partner or other.partner,
                       about=self.about | other.about,
                       topic=self.topic | other.topic)

    def clause_names(self) -> frozenset[str]:
        """Every name near the figure, whether or not the headline has it: what two
        articles' figures must share to be one thing ("Singapore's economy grew by 8.1%"
        is not "China's growth topped 9%", though both stories are about growth). A
        balance between two countries names both, however each side's words write them
        ("Seoul", "South Korea")."""
        if self.partner is not None and self.owner is not None:
            return self.who | self.about | {self.owner, self.partner}
        return self.who | self.about


def periods_fit(one: str, other: str) -> bool:
    """Equal periods, or a season and the year it starts in ("1986/87" and "1986"): a
    crop or marketing year is named by the year of its harvest. A period known only by its
    length ("for the year", "annual growth") fits a dated period of that length: a
    quarter's figure is never a year's ("shrank 0.2% in the last quarter of 2004" vs
    "growth for the whole of 2004 was 1.6%")."""
    if one == other:
        return True
    if one in GRAINS or other in GRAINS:
        return grain(one) == grain(other)
    return any(season[4:5] == "/" and season[:4] == year
               for season, year in ((one, other), (other, one)))


GRAINS = ("year", "half", "quarter")


def same_owner(one: str, other: str) -> bool:
    """Whether two owners are one entity: one name's words hold the other's ("shell" and
    "royal dutch shell", "german" and "germany"); names that only share a word ("deutsche
    boerse", "deutsche bank")
    are different entities."""
    mine, theirs = one.split(), other.split()
    return _words_within(mine, theirs) or _words_within(theirs, mine)


def _initials_in(name: str, words: frozenset[str]) -> bool:
    """Whether an owner written as initials ("gm") has each of its letters opening a word
    of a headline that spells the name out ("GENERAL MOTORS ..." read as "general",
    "motor")."""
    if not 2 <= len(name) <= 3 or not name.isalpha():
        return False
    return all(any(word.startswith(letter) for word in words) for letter in name) \
        and len({word for word in words if word[0] in name}) >= len(name)


def named_in(name: str, words: frozenset[str]) -> bool:
    """Whether every word of ``name`` is among ``words`` (a headline's), as a name's stem
    may be: "indonesia" is named by "INDONESIAN SUGAR OUTPUT FORECAST TO RISE"."""
    return _words_within(name.split(), sorted(words))


def _words_within(few: list[str], many: list[str]) -> bool:
    """Every word of ``few`` is one of ``many``, or begins it or is begun by it when both
    are long enough to be a name's stem ("german" and "germany", "japan" and "japanese")."""
    return all(any(word == other or (min(len(word), len(other)) >= 5
                                     and (word.startswith(other) or other.startswith(word)))
                   for other in many) for word in few)


@lru_cache(maxsize=4096)
def parse(text: str | None) -> EventKey:
    """Read back a key written by ``EventKey.text`` (an empty key for None). Keys are read
    many times (each later claim of the sentence, every grouping step), and a key is
    frozen, so one reading serves them all."""
    slots: dict[str, str] = {}
    for part in (text or "").split("; "):
        name, _, value = part.partition("=")
        if value:
            slots[name] = value

    def names(slot: str) -> frozenset[str]:
        return frozenset(name for name in slots.get(slot, "").split(", ") if name)

    return EventKey(facet=slots.get("facet"), mode=slots.get("mode"),
                    period=slots.get("period"), of=slots.get("of"),
                    part=slots.get("part") == "yes", who=names("who"),
                    what=slots.get("what"),
                    owner=slots.get("owner"), partner=slots.get("partner"),
                    about=names("about"),
                    topic=names("topic"))


_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """A crude singular for names and nouns: "Iraqis" -> "iraqi", "Tories" -> "tory"."""
    word = _POSSESSIVE.sub("", word.lower()).strip("'’.")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def whole_words(text: str, window: tuple[int, int]) -> tuple[int, int]:
    """``window`` widened to whole words: a window edge must not turn "Labour" into
    "Labou"."""
    low, high = window
    while low > 0 and not text[low - 1].isspace():
        low -= 1
    while high < len(text) and not text[high].isspace():
        high += 1
    return low, high


def names_in(text: str, window: tuple[int, int], skip: list[tuple[int, int]],
             sentence_start: int) -> frozenset[str]:
    """Capitalised names in ``window``, outside the ``skip`` spans (sources, the number).

    A lone capitalised first word of a sentence is usually just its opening ("Plans to
    shed", "French gross domestic product"), unless it owns something ("Qatar's February
    output")."""
    found: set[str] = set()
    for match in _NAME.finditer(text, *whole_words(text, window)):
        if any(a < match.end() and match.start() < b for a, b in skip) \
                or _spells_out_before(text, match.start(), match.group(0)):
            continue
        name, lone = _name_of(match.group(0))
        if name is None or (lone and match.start() == sentence_start):
            continue
        found.add(name)
    return frozenset(found)


def _spells_out_before(text: str, start: int, name: str) -> bool:
    """Whether a name is an acronym in brackets for the words in lower case before it,
    their initials in order ("crude palm oil (CPO) output"): a measure's short name, not
    whose or where it is."""
    if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()) \
            or not text.startswith("(", start - 1):
        return False
    words = text[max(0, start - 80):start - 1].split()[-len(name):]
    return len(words) == len(name) and all(word[:1].islower() for word in words) and "".join(
        word[0] for word in words).upper() == name


@lru_cache(maxsize=8192)
def _name_of(words: str) -> tuple[str | None, bool]:
    """The name a ``_NAME`` match's words give, as keys write it (None when they name
    nothing), and whether it is one word that owns nothing (no name when it opens its
    sentence). Read once a wording: a sentence's names lie in the windows of all its
    figures, and the same names recur across a story."""
    kept = [singular(word) for word in words.split()
            if not _stop(word.lower().strip("'’\".")) and not _EXCHANGE_TICKER.fullmatch(word)]
    kept = [word for word in kept
            if word not in _STOP and word not in _MEASURES and not word.isdigit()]
    if not kept or " ".join(kept) in _MEASURE_TAILS:
        return None, False
    owner = words.split()[0].endswith(("'s", "’s"))
    return " ".join(kept), len(kept) == 1 and not owner


_SPEECH_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:said|says|told|tells|reported|reports|added|"
    r"adds|sees|saw|expects|expected|estimates|estimated|projects|projected|predicts|"
    r"predicted|forecasts|forecast|believes)\b")
"""A name that says or expects: "Roling sees earnings at 2.75 dlrs this year", "Morrison
projects Phelps will earn 3.25 dlrs" (Phelps is named; Roling and Morrison forecast)."""
_ACCORDING_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?$"
    r"|\b(?:forecasts?|estimates?|estimated|projections?|projected|predictions?|predicted|"
    r"calculated)\s+(?:made\s+|given\s+|issued\s+|published\s+)?by\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
"""...or is named as the one who gives a figure: "according to the Halifax", "the one pct
GDP growth forecast made by the Treasury last October", "against 5.5 pct estimated by the
employers' federation CEOE"."""
_ACCORDING_WORDS = ("according", "by")
"""Words every match of ``_ACCORDING_BEFORE`` holds: the words before most names hold none."""
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds)\s+$")
_LAST_WORDS = re.compile(r"[\s\"”'’)]*[.!?]?[\s\"”'’)]*$")
_SPEECH_WORDS = ("said", "says", "told", "tells", "reported", "reports", "added", "adds",
                 "according", "sees", "saw", "expect", "estimate", "project", "predict",
                 "forecast", "believes", "calculated")


@lru_cache(maxsize=512)
def speaker_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The names of the sentence ``start:end`` that speak ("..., Wroblewski said", "the
    U.S. Embassy said in its agricultural outlook", "according to the Halifax", "...,
    said Wroblewski." at the sentence's end; "said Japan's output" opens what is said): who says
    a figure is not what it measures, even where attribution gave the figure to an owner
    ("the Chancellor's forecast of ... 2.5 billion stg ..., Wroblewski said"). Asked once
    for all the figures of a sentence."""
    if not may_hold(text[start:end], _SPEECH_WORDS):
        return ()
    return tuple(match.span() for match in _NAME.finditer(text, start, end)
                 if _SPEECH_AFTER.match(text, match.end())
                 or _according_before(text, max(start, match.start() - 60), match.start())
                 or (_SAID_BEFORE.search(text, max(start, match.start() - 8), match.start())
                     and _LAST_WORDS.match(text, match.end(), end) is not None))


def _according_before(text: str, start: int, end: int) -> bool:
    """Whether ``_ACCORDING_BEFORE`` matches in ``text[start:end]``, not searched where
    none of its words is."""
    return may_hold(text[start:end], _ACCORDING_WORDS) \
        and _ACCORDING_BEFORE.search(text, start, end) is not None


def share_of(text: str, figure_end: int, limit: int) -> str | None:
    """The population after a share: "80% of UK adults" -> "uk adult"."""
    match = _SHARE_OF.match(text[figure_end:limit])
    if match is None:
        return None
    words = [singular(word) for word in match.group(1).split()
             if word.lower() not in ("the", "all")]
    return " ".join(words) or None


@lru_cache(maxsize=256)
def headline_words(title: str | None) -> frozenset[str]:
    """The content words of a headline, lower-case and singular ("FERRY DISASTER"), read
    once for all the figures of its story. A stop word is one before it is made singular
    too: "SWISS GROWTH SEEN SLOWING THIS YEAR" names no "thi"."""
    words = (singular(word) for word in re.findall(r"[A-Za-z][\w'’-]*", title or "")
             if word.lower() not in _STOP)
    return frozenset(word for word in words if len(word) > 2 and word not in _STOP)


def in_headline(names: frozenset[str], headline: frozenset[str]) -> frozenset[str]:
    """The names whose every word the headline also has."""
    return frozenset(name for name in names if set(name.split()) <= headline)


_BASE_BEFORE = Anchored(re.compile(r"\d[\d,.]*\s+(?:of|out of)\s+(?:the\s+|its\s+|their\s+)?$"),
                        ("of", "the", "its", "their"))
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:more|less|fewer|higher|lower|above|below|over|under)\s+"
    r"(?:than\s+)?"
    r"(?:the|its|their|a|an|last|previous|expected|forecast|planned)\b", re.IGNORECASE)


_CHANGE_VERBS = (
    "increased", "decreased", "rose", "fell", "grew", "declined", "dropped", "climbed", "gained",
    "jumped", "slipped", "up", "down", "increase", "decrease", "rise", "fall", "drop", "gain",
    "growth", "decline", "declines", "increases", "decreases", "rises", "falls", "drops",
    "gains", "rising", "falling", "shrink", "shrank", "expand", "expanded", "widen", "widened",
    "narrow", "narrowed", "soared", "plunged", "tumbled", "slumped", "surged")
_ABOUT = ("some", "about", "nearly", "almost", "around")
_CHANGE_BEFORE = Anchored(re.compile(
    r"\b(?:" + "|".join(_CHANGE_VERBS) + r")\s+(?:by\s+|of\s+)?"
    r"(?:some\s+|about\s+|nearly\s+|almost\s+|around\s+|an?\s+)?$", re.IGNORECASE),
    (*_CHANGE_VERBS, "by", "of", *_ABOUT, "a", "an"))
_EARLIER_BEFORE = Anchored(re.compile(
    r"\b(?:from|compared\s+with|compared\s+to|against|versus|instead\s+of)\s+"
    r"(?:an?\s+|the\s+)?"
    r"(?:projected\s+|revised\s+|previous\s+|earlier\s+|record\s+|reported\s+|planned\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:average|level|total|figure|rate)\s+of\s+)?$", re.IGNORECASE),
    ("from", "with", "to", "against", "versus", "a", "an", "the", "projected", "revised",
     "previous", "earlier", "record", "of", "reported", "planned"))
"""The yardstick before an earlier value, also through its noun: "down from a February
average of 1.9 mln bpd" is the month before's level, not a rival of this month's; "instead
of" names the value a restatement or a plan replaced ("left the 1985 account with a 756 mln
franc loss instead of 692 mln", "expanded one pct instead of a planned 2.5 pct")."""
_CHANGE_AFTER = re.compile(
    r"\s+(?:a\s+(?:gallon|barrel|tonne|ton|share|pound|kilo)\s+)?(?:price\s+)?"
    r"(?:hike|increase|rise|decline|drop|gain|jump|fall|decrease|mark-?up|markdown)s?\b",
    re.IGNORECASE)
"""An amount named as a change ("the 0.25 cent price hike", "the 0.50 cent a gallon
increase") is by how much, not the level."""
_SHARE_OF_LEAD = re.compile(
    r"(?:\b(?:its|their|his|her)|['’]s)\s+(?:own\s+)?share\s+of\s+(?:the\s+)?[\w-]+\b"
    r"[^,;:.]{0,40}$", re.IGNORECASE)
"""One party's share of a sum is a part of it: "its share of the order alone was worth
800 mln marks" beside "the total order was worth slightly more than one billion"."""
_BY_AMOUNT_BEFORE = Anchored(re.compile(
    r"\b(?:reduc|cut|lower|rais|increas|decreas|boost|trim|slash|add|swell|pare)\w*\s+"
    r"(?:[\w'’-]+\s+){0,4}?by\s+(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?$",
    re.IGNORECASE), ("by", *_ABOUT))
"""A sum a level moves by is a change: "will reduce its obligations by 300 mln dlrs"."""
_REVISED_BEFORE = re.compile(
    r"\b(?:original|earlier|previous|initial|old|prior)\s+(?:forecasts?|estimates?|"
    r"projections?|targets?|figures?)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$"
    r"|\b(?:he|she|it|they|we)\s+(?:had\s+)?(?:previously|earlier|originally)\s+"
    r"(?:estimated|forecast|projected|predicted|expected)\b[^,;:.]{0,40}$"
    r"|\b(?:originally|initially|previously)\s+reported\b[^,;:.]{0,40}$",
    re.IGNORECASE)
_REVISED_WORDS = ("original", "earlier", "previous", "initial", "old", "prior")
"""A forecast since revised is an earlier value: "surpassing the government's original
forecast of eight pct", "he had previously estimated earnings of 3.30 dlrs a share" (the
same analyst's; others' earlier estimates stay rivals of a firm's new guidance), and so is
a result since restated, whoever reported it ("Alusuisse had originally reported a 692
mln francs loss for 1985", restated as 756 mln)."""


def is_part(text: str, window: tuple[int, int], figure: Figure, dated: bool) -> bool:
    """Whether the figure is not the level of the thing itself: a part of it ("another
    3,500", "at least another 20"), the whole a part is taken from ("32 of the 543
    passengers"), a difference ("about 200,000 bpd above the ceiling", "25 to 30 mln tonnes
    more than expected", and for amounts "exports increased by nearly 64,000 tonnes", "will
    reduce its obligations by 300 mln dlrs"), or, when no period is named for it (or only
    one before the figure it is set against), the earlier value of a change ("rose to 380
    mln marks from 377 mln marks", "is 165.3 mln dlrs, compared with 374.3 mln dlrs",
    "down from 16.5 mln the previous month"), or the rest that a holder does not hold
    ("bid 4.00 dlrs a share for the 96.03 pct it does not already hold")."""
    lead = text[max(0, figure.number_start - 40):figure.number_start]
    tail = lead_tail(lead)
    before = text[max(window[0], figure.start - 25):figure.number_start]
    change = figure.kind not in ("percent", "points") and _CHANGE_BEFORE.search(lead, tail)
    share_lead = max(0, figure.number_start - 80)
    return bool(_part_word_before(before)
                or _SHARE_OR_BEFORE.search(lead, tail)
                or _IN_PRIOR_PERIOD_AFTER.match(text, figure.end, window[1])
                or _made_earlier(text, window, figure, lead)
                or _NOT_HELD_AFTER.match(text, figure.end, figure.end + 60)
                or _BASE_BEFORE.search(lead, tail)
                or _DIFFERENCE_AFTER.match(text, figure.end, figure.end + 40)
                or (figure.kind != "count" and _OFF_AFTER.match(text, figure.end, figure.end + 20))
                or change
                or (figure.kind == "money" and _is_portion(text, figure))
                or (figure.kind in ("money", "quantity") and (
                    _BY_AMOUNT_BEFORE.search(lead, tail)
                    or _CHANGE_AFTER.match(text, figure.end, figure.end + 40)
                    or (may_hold(text[share_lead:figure.number_start], ("share",))
                        and _SHARE_OF_LEAD.search(text, share_lead, figure.number_start))))
                or ((tail is None or any(word in tail for word in _REVISED_WORDS))
                    and _REVISED_BEFORE.search(lead))
                or (_EARLIER_BEFORE.search(lead, tail)
                    and not _ESTIMATE_AFTER.match(text, figure.end, window[1])
                    and not _ANOTHER_OWNER_AFTER.match(text, figure.end, window[1]) and (
                        not dated or _PRIOR_PERIOD_AFTER.match(text, figure.end, window[1]))))


def _part_word_before(before: str) -> bool:
    """Whether a part word governs the figure after ``before``: "another 3,500", "the first
    3,500", "so far this year, 2,000"; a part word of another phrase past a comma does not
    ("not expected to be satisfactory in the first 1987 quarter, two pct growth was still
    attainable for the whole of the year")."""
    return any(match.group(0).lower() == "so far" or "," not in before[match.end():]
               for match in _PART_WORDS_RE.finditer(before))


_ANOTHER_OWNER_AFTER = re.compile(rf"\s+for\s+(?:the\s+)?(?!(?i:{MONTH_WORD})\b)[A-Z]")
"""A figure set against another's with a named holder after it is that holder's, not an
earlier value: "showed 33 pct supported Labour against 26 pct for the Alliance", "stood at
38 pct against 32 pct for Labour" (a month is a period: "against 2.1 pct for January")."""
_ESTIMATE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:forecasts?|estimates?|estimated|projections?|projected|"
    r"predictions?|predicted|calculated)\s+"
    r"(?:made\s+|given\s+|issued\s+|published\s+)?(?:by|from)\b", re.IGNORECASE)
"""A figure set against another's forecast or estimate is that rival's figure, not an
earlier value: "This compared with a two pct growth forecast made by the semi-official
Institute for Economic Research (WIFO) last December", "compared with 12 mln forecast by
the National Coffee Growers' Federation", "against 5.5 pct estimated by the employers'
federation"."""


_SHARE_OR_BEFORE = Anchored(re.compile(r"\d[\d.,]*\s*(?:pct|percent|per\s+cent|%),?\s+or\s+$",
                                      re.IGNORECASE), ("or",))
"""A sum given as a share of a whole ("Agip carbone will invest 24 pct, or 120 mln dlrs, in
the project") is that partner's part, not the whole the others give."""
_IN_PRIOR_PERIOD_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?in\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?:month|quarter|year|week|season|period)\b", re.IGNORECASE)
"""A figure of the period before the one reported is an earlier value: "Japan's gross
national product rose a real 0.8 pct in Oct/Dec after a revised 0.7 pct increase in the
previous quarter"."""
_MONTH_NAMES = "|".join(MONTHS)
_MADE_EARLIER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:made|issued|published|given|released)\s+"
    rf"(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter|{_MONTH_NAMES})"
    rf"|in\s+(?:{_MONTH_NAMES})|(?:a|one|two|three|four|five|six|several|some)\s+"
    r"(?:weeks?|months?|years?)\s+ago)\b(?!\s+by\b)", re.IGNORECASE)
_FORECAST_NOUN = re.compile(r"\b(?:forecast|estimate|projection|prediction)s?\b",
                            re.IGNORECASE)


def _made_earlier(text: str, window: tuple[int, int], figure: Figure, lead: str) -> bool:
    """A forecast stated as made some time before ("forecasts of 2.5 pct economic growth in
    1987 made last September") is an earlier value the story's newer forecasts replace,
    unless a rival made it ("a two pct growth forecast made by the semi-official Institute
    for Economic Research (WIFO) last December": ``_ESTIMATE_AFTER``). Only a forecast: "the
    80,424 trucks made last week" is a week's output."""
    made = _MADE_EARLIER_AFTER.match(text, figure.end, window[1])
    return made is not None and (_FORECAST_NOUN.search(lead) is not None
                                 or _FORECAST_NOUN.search(made.group()) is not None)


_PRIOR_PERIOD_AFTER = re.compile(
    r"\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:month|quarter|year|"
    r"week|season)\b|\s+(?:a|one|the)\s+(?:month|quarter|year|week)\s+(?:earlier|before|ago)\b",
    re.IGNORECASE)
"""A period named relative to the figure before ("down from 16.5 mln the previous month",
"from 2.1 pct a year earlier") dates the earlier value of a change, not a figure of its
own."""


_NOT_HELD_AFTER = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,3}?(?:that|which)\s+)?(?:it|they|he|she|we|the\s+\w+)\s+"
    r"(?:does|do|did)\s+not\s+(?:already\s+|yet\s+)?(?:own|hold|have|control)\b",
    re.IGNORECASE)
"""A share someone does not hold ("bid ... for the 96.03 pct it does not already hold") is
the rest of the company, not the holder's stake."""
_OFF_AFTER = re.compile(r"\s+off\s+(?:the|its|their|this|that|a|an)\b", re.IGNORECASE)
_PORTION_AFTER = re.compile(
    r"\s+(?:of|out of)\s+(?:(?:the|its|their|this|that|which)\b"
    r"|(?:[\w-]+-\s+and\s+)?(?:short|medium|long)[- ]term\b"
    r"|(?:public|private|commercial|official|interbank|trade)\s+(?:bank\s+)?(?:debt|loans?)\b)",
    re.IGNORECASE)
_OF_THE_LEAD = re.compile(
    r"\bOf\s+(?:the|its|their|this|that|these|those)\b[^,.;]{0,80},\s*"
    r"(?:(?:[\w.]+\s+){1,3}?(?:said|says|estimated|estimates)\s+(?:that\s+)?)?"
    r"(?:about\s+|some\s+|around\s+|only\s+|nearly\s+)?$")
_ITEM = r"(?:charges?|write-?downs?|write-?offs?|provisions?|gains?|credits?)"
_ITEM_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _ITEM + r"\b", re.IGNORECASE)
_ITEM_WORDS = ("charge", "write", "provision", "gain", "credit")
"""Words every match of ``_ITEM_BEFORE`` holds: the words before most sums hold none."""
_ITEM_BEFORE = re.compile(
    r"\b" + _ITEM + r"\s+(?:of\s+)?(?:about\s+|some\s+|nearly\s+|around\s+)?$", re.IGNORECASE)


def _is_portion(text: str, figure: Figure) -> bool:
    """A sum that is a portion or an item of a larger one, not its level: "100,000 dlrs of
    the funding has been paid", "the 68 billion dlrs of medium- and long-term debt", "Of
    the total set aside for debt servicing, 574.6 mln dlrs would go to principal", "a
    4,700,000 dlr pretax charge" (an item within earnings)."""
    lead = text[max(0, figure.number_start - 110):figure.number_start]
    return bool(_PORTION_AFTER.match(text, figure.end, figure.end + 50)
                or _ITEM_AFTER.match(text, figure.end, figure.end + 30)
                or (may_hold(lead[-30:], _ITEM_WORDS) and _ITEM_BEFORE.search(lead[-30:]))
                or ("Of" in lead and _OF_THE_LEAD.search(lead)))


_HEADLINED_THINGS = {phrase: name for name, phrases in MEASURED.items() for phrase in phrases
                     if phrase.isalpha()}
"""The one-word names of measured things a headline's words may hold ("ARGENTINE SOYBEAN
YIELD ESTIMATES DOWN FURTHER": soybean)."""


def _what_fits(known: EventKey, unknown: EventKey) -> bool:
    """Whether a key that names no measured thing may be one with ``known``'s: not when its
    headline names measured things and ``known``'s is none of them. "Private sources put
    1985/86 production at a record 7.2 to 7.3 mln tonnes" under a soybean headline is no
    figure of the maize of another story, though its sentence names no crop."""
    if known.what is None or unknown.what is not None:
        return True
    named = {_HEADLINED_THINGS[word] for word in unknown.topic if word in _HEADLINED_THINGS}
    return not named or known.what in named
