"""A subject rule, one YAML file under ``rules/subjects/``: what to spot and how to judge it."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from reconcile.model import Figure, FigureKind

UNSCALED_BELOW = 1000.0
"""Sums under this many currency units, written with no scale word, are per-share sizes
where a rule says so (see ``SubjectRule.unscaled``)."""


@lru_cache(maxsize=32)
def _qualifier(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases as whole words, written backwards: the first match in the reversed text
    before a figure is the nearest phrase to it."""
    reversed_phrases = sorted((phrase[::-1] for phrase in phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, reversed_phrases))
                      + r")(?![\w])")


class SeverityScale(BaseModel):
    """Severity by the ratio between the most distant figures of a conflict."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    warning: float = Field(1.25, ge=1.0)
    error: float = Field(2.0, ge=1.0)

    @model_validator(mode="after")
    def _ordered(self) -> SeverityScale:
        if self.error < self.warning:
            raise ValueError("error ratio must be at least the warning ratio")
        return self


class RuleExample(BaseModel):
    """A text the rule must (or must not) report on; ``reconcile test`` runs each one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    expect: Literal["conflict", "update", "agree", "none"]
    published: date | None = None
    todo: bool = False
    note: str = ""


class SubjectRule(BaseModel):
    """What a subject is (figure kinds, units, signal words) and how to compare its figures.

    ``facets`` name the measures within the subject ("dead" vs "injured", "peak" vs
    "average"): the facet word nearest a figure becomes part of its event key, so that
    figures of different facets are never compared. ``units``, when given, are the counted
    nouns or units of measure the rule accepts (a prefix match: "barrel" fits "barrels per
    day"); for ``count`` figures a unit outside the list still fits when a signal is near.
    ``grows`` says a later, larger figure is an update (a death toll); ``falls`` names the
    facets that instead shrink as the count goes on (the missing, as bodies are found).
    Figures more than ``max_ratio`` apart are taken to measure different things (a deal's
    total and its price a share), not to disagree. ``owned`` says the figures are an
    entity's own measure (a firm's results, a holder's stake): True for all of the rule's
    figures, or the facets that are (a bidder's "deal" among sums of money); the owner
    then belongs to the event key (see ``reconcile.subjects.owner``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    name: str
    description: str = ""
    kinds: list[FigureKind]
    units: list[str] = []
    signals: list[str] = Field(min_length=1)
    facets: dict[str, list[str]] = {}
    priority: int = 0
    tolerance: float = Field(0.10, ge=0.0, lt=1.0)
    min_gap: float = Field(0.01, ge=0.0, lt=1.0)
    grows: bool = False
    falls: list[str] = []
    window_days: int = Field(7, ge=0)
    severity: SeverityScale = SeverityScale()
    max_ratio: float = Field(200.0, gt=1.0)
    facet_ratios: dict[str, float] = {}
    """``max_ratio`` for a facet whose rival figures differ further: analysts' forecasts of
    a firm's earnings per share near break-even ("about one dlr a share" against "18 cts
    a share" for USX's 1987) are one measure many times apart."""
    owned: bool | list[str] = False
    forecasts: list[str] = []
    """Words of the rule's own that make a figure a forecast, beside the grammar's
    (``FORECAST_WORDS``): a planting intention is the season's area to come ("farmers
    intend to plant 56.9 mln acres this year"), but "intend" at large is as often a
    firm's aside ("intends to repurchase up to three mln of its 32.8 mln common shares")
    or denied ("does not intend to")."""
    beside: list[str] = []
    """Words one of which must stand right by a figure (``match.BESIDE_NEAR``) for the rule
    to claim it: a poll's words signal many counts ("a poll of 1,052 voters", "taken in 73
    key marginal constituencies"), and only the one next to "majority" is a projected
    majority."""
    polled: bool = False
    """Whether every figure of the rule is an opinion poll's reading, of the poll's days
    (mode "poll") whatever verb gives it: a poll's projected majority is told as a forecast
    or a condition ("Another poll forecast a Conservative majority of 92 seats", "If
    translated into parliamentary seats ..., Thatcher would enjoy an overall majority of
    50"), and rival polls of one week are still each other's rivals."""
    placed: bool = False
    """Whether a figure whose words read no owner is of the country its sentence names
    before it ("this year's expected 130,000 hectare Dutch sugar beet crop", "French
    rapeseed sowings ... to between 600,000 and 650,000 hectares"): a story of many
    countries' crops names each country once, and two countries' figures are no rivals.
    Not the story's first country: its other figures are as often another's."""
    late_harvests: dict[str, list[str]] = {}
    """Crops (a key's ``what``) and the places that harvest them in the second calendar
    year of their season, ``crop: [place, ...]``: the summer crops of the southern
    hemisphere, cut from March, so "this year's Brazilian soybean harvest", in March 1987,
    is the 1986/87 crop. Elsewhere a season is named by the year its harvest begins in
    (see ``periods_fit``); Australia's wheat of 1986/87 was cut in December 1986."""
    unscaled: dict[str, str] = {}
    """Facets read as another when a sum of money is written without a scale, under
    ``UNSCALED_BELOW`` currency units: a firm's profit runs to millions, so "sees GM
    earning 5.65 dlrs this year" is earnings per share (``profit: per-share``)."""
    qualified: dict[str, dict[str, str]] = {}
    """Facets read as another where the sentence names, before the figure, what the
    measure is of, nearest word first: ``gap: {current account: current-account-deficit,
    budget: gap}`` makes "the current account ... compared with last year's 1.2 billion
    ringgit deficit" a current account deficit, not the budget's."""
    examples: list[RuleExample] = Field(min_length=1)

    def facet_of(self, facet: str | None, figure: Figure) -> str | None:
        """The facet a figure's words name, read again for a plain small sum (``unscaled``)."""
        if facet in self.unscaled and figure.kind == "money":
            size = figure.value if figure.value is not None else figure.high or figure.low
            if size is not None and 0 < size < UNSCALED_BELOW:
                return self.unscaled[facet]
        return facet

    def qualified_facet(self, facet: str | None, text: str, before: tuple[int, int]
                        ) -> str | None:
        """The facet as the words before the figure qualify it (see ``qualified``)."""
        table = self.qualified.get(facet or "")
        if not table:
            return facet
        found = _qualifier(tuple(table)).search(text[before[0]:before[1]].lower()[::-1])
        return facet if found is None else table[found.group(0)[::-1]]

    def ratio_for(self, facet: str | None) -> float:
        """How far apart figures of ``facet`` may be and still measure one thing."""
        return self.facet_ratios.get(facet or "", self.max_ratio)

    def owns(self, facet: str | None) -> bool:
        """Whether figures of ``facet`` are an entity's own measure."""
        return self.owned is True or (isinstance(self.owned, list) and facet in self.owned)


class RuleWords(NamedTuple):
    """A rule's phrase lists as tuples, the form phrase lookups are cached by (a list would
    be copied and hashed again at every lookup)."""

    signals: tuple[str, ...]
    facets: dict[str, tuple[str, ...]]
    verbs: tuple[str, ...]
    """Signals and facet phrases together: the rule's own verbs (see ``_will_do``)."""
    forecasts: tuple[str, ...]
    """The rule's own forecast words (see ``SubjectRule.forecasts``)."""


_WORDS: dict[int, tuple[SubjectRule, RuleWords]] = {}


def words_of(rule: SubjectRule) -> RuleWords:
    """The rule's ``RuleWords``, made once a rule (held with the rule, so that a rule made
    later at the same address is not taken for it)."""
    entry = _WORDS.get(id(rule))
    if entry is None or entry[0] is not rule:
        if len(_WORDS) > 1024:
            _WORDS.clear()
        facets = {name: tuple(phrases) for name, phrases in rule.facets.items()}
        verbs = (*rule.signals, *(phrase for phrases in facets.values() for phrase in phrases))
        entry = _WORDS[id(rule)] = (rule, RuleWords(tuple(rule.signals), facets, verbs,
                                                    tuple(rule.forecasts)))
    return entry[1]
