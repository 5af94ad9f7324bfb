"""The review file: discrepancies an editor has looked at and accepted, with why and by whom.

Sources will keep disagreeing (police and organisers rarely count a crowd alike); once an
editor has checked a discrepancy and the story shows both figures, it should stop failing
the build but stay visible as *reviewed*. ``.reconcile-reviewed.yaml`` records that::

    reviews:
      - fingerprint: 3f0c...e1          # from the report (sha256, 64 hex digits)
        reason: Both counts are attributed in the story
        who: J. Doe
        when: 2024-05-02
        expires: 2024-11-02             # optional: from this date it no longer applies
      - rule: crowd-size                # or: a rule, narrowed by event and documents
        event: pro-Lukashenko rally
        documents: [minsk-0816]
        reason: Organiser figure quoted as such
        who: A. N. Other
        when: 2024-05-03

A fingerprint names one disagreement exactly; a rule entry covers every discrepancy of
that rule whose event matches (case and spacing aside) and whose documents include all those
listed. ``reason``, ``who`` and ``when`` are required so the file is an audit trail. An
entry with neither fingerprint nor rule, or naming a rule that does not exist, is an error
at its line; an expired entry does not apply and is reported, so it is renewed or removed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from reconcile.baseline import report_fingerprints
from reconcile.model import Discrepancy, Report
from reconcile.yamlfile import RuleFileError, read_yaml, validate

_SOME_TEXT = r"\S"


class ReviewEntry(BaseModel):
    """One reviewed discrepancy (by fingerprint) or family of them (by rule)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str | None = Field(None, pattern=r"^[0-9a-f]{64}$")
    rule: str | None = None
    event: str | None = None
    documents: list[str] = []
    reason: str = Field(pattern=_SOME_TEXT)
    who: str = Field(pattern=_SOME_TEXT)
    when: date
    expires: date | None = None

    @model_validator(mode="after")
    def _names_something(self) -> ReviewEntry:
        if self.fingerprint is None and self.rule is None:
            raise ValueError("an entry needs a fingerprint, or a rule (narrowed by event and "
                             "documents)")
        if self.fingerprint is not None and (self.rule or self.event or self.documents):
            raise ValueError("give a fingerprint or rule/event/documents, not both")
        if self.expires is not None and self.expires <= self.when:
            raise ValueError("expires must be after when")
        return self

    def matches(self, item: Discrepancy, print_: str, documents: set[str]) -> bool:
        """True when this entry covers the discrepancy (fingerprint ``print_``)."""
        if self.fingerprint is not None:
            return self.fingerprint == print_
        return (
            self.rule == item.subject
            and (self.event is None or _same_words(self.event, item.event))
            and set(self.documents) <= documents
        )

    def active(self, today: date) -> bool:
        """False from the ``expires`` date on."""
        return self.expires is None or today < self.expires


class ReviewFile(BaseModel):
    """The whole file: a list of entries under ``reviews``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reviews: list[ReviewEntry] = []


@dataclass(frozen=True)
class Review:
    """An entry and where it is written (``path:line``), for messages."""

    entry: ReviewEntry
    where: str


@dataclass
class ReviewOutcome:
    """What the review file did to a report.

    ``reviewed`` maps discrepancy ids to the entry covering them (not failures, shown as
    reviewed); ``expired`` entries no longer apply; ``unused`` entries are active but match
    nothing (fixed, or a stale fingerprint), listed under ``--warn-unused-suppressions``.
    """

    reviewed: dict[str, ReviewEntry] = field(default_factory=dict)
    expired: list[Review] = field(default_factory=list)
    unused: list[Review] = field(default_factory=list)

    def reasons(self) -> dict[str, str]:
        """Discrepancy id to "reason (who, when)": what ``report.html.render`` shows."""
        return {
            item_id: f"{entry.reason} ({entry.who}, {entry.when.isoformat()})"
            for item_id, entry in self.reviewed.items()
        }

    def messages(self, warn_unused: bool) -> list[str]:
        """``path:line: ...`` lines for standard error: expired always, unused on request."""
        lines = [
            f"{review.where}: review by {review.entry.who} expired on {review.entry.expires}; "
            "renew or remove it" for review in self.expired
        ]
        if warn_unused:
            lines += [f"{review.where}: unused review entry: it matches no discrepancy"
                      for review in self.unused]
        return lines


def _same_words(a: str, b: str | None) -> bool:
    return b is not None and " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def load_reviews(path: Path, known_rules: Collection[str]) -> list[Review]:
    """Read a review file; a bad entry is ``RuleFileError`` at its line (exit 2).

    ``known_rules`` are every rule id loaded (before ``--select``/``--ignore``, so that
    narrowing a run does not make the file wrong). An empty file holds no reviews.
    """
    path = Path(path)
    data, lines = read_yaml(path)
    if data is None:
        return []
    parsed = validate(path, data, lines, ReviewFile)
    reviews = []
    for index, entry in enumerate(parsed.reviews):
        line = lines.get(("reviews", index))
        if entry.rule is not None and entry.rule not in known_rules:
            rule_line = lines.get(("reviews", index, "rule"), line)
            raise RuleFileError(path, rule_line, f"reviews.{index}.rule: no rule named "
                                f"{entry.rule!r}")
        reviews.append(Review(entry=entry, where=f"{path}:{line}"))
    return reviews


def apply_reviews(report: Report, reviews: list[Review], today: date) -> ReviewOutcome:
    """Which discrepancies are reviewed, and which entries are expired or unused.

    Entries are tried in file order; the first active one that matches covers a discrepancy.
    """
    outcome = ReviewOutcome()
    active = []
    for review in reviews:
        (active if review.entry.active(today) else outcome.expired).append(review)
    prints = report_fingerprints(report)
    documents = {claim.id: claim.document for claim in report.claims}
    used: set[int] = set()
    for item in report.discrepancies:
        involved = {documents[claim_id] for claim_id in item.claims}
        for index, review in enumerate(active):
            if review.entry.matches(item, prints[item.id], involved):
                outcome.reviewed[item.id] = review.entry
                used.add(index)
                break
    outcome.unused = [review for index, review in enumerate(active) if index not in used]
    return outcome
