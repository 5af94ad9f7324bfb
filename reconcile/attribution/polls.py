"""Poll results: a share of respondents is the poll's figure.

A poll story names its poll once or twice ("Some 63% of respondents in the Sunday Times
poll", "YouGov polled a weighted sample of 1,981 voters", "A second poll for the
Independent on Sunday found") and then gives result after result with the respondents as
the subject of the verb: "Three-quarters said Mr Blunkett was right", "A majority, 52%,
said", "Forty-three per cent thought", "with 40% saying they did not". No word of
attribution stands by those figures, and a name elsewhere in their sentence ("the child he
says is his") is no source of theirs: each is the result of the poll named last before it
(or, before any is named, the first named after it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from reconcile.attribution.names import without_possessive
from reconcile.model import Figure
from reconcile.timeref import MONTHS

_CAPITALISED = r"[A-Z][\w&'’.-]*"
_NAME_RUN = rf"{_CAPITALISED}(?:\s+(?:on\s+|of\s+|and\s+|&\s+)?{_CAPITALISED}){{0,4}}"
_POLL_NAMES = (
    # "the Sunday Times poll", "a YouGov survey", "an ICM opinion poll"
    re.compile(rf"\b(?P<name>{_NAME_RUN})\s+(?:opinion\s+)?(?P<kind>poll|survey)\b"),
    # "a second poll for the Independent on Sunday", "a survey by MORI"
    re.compile(rf"\b(?P<kind>poll|survey)\s+(?:for|by|conducted\s+by|carried\s+out\s+by|"
               rf"commissioned\s+by)\s+(?:the\s+)?(?P<name>{_NAME_RUN})"),
    # "YouGov polled a weighted sample of 1,981 voters", "CommunicateResearch interviewed 401"
    re.compile(rf"\b(?P<name>{_NAME_RUN})\s+(?:polled|interviewed|questioned|surveyed)\s+"
               r"(?:a\s+(?:weighted\s+|representative\s+|random\s+)?sample\s+of\s+)?\d"),
)
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "another", "new", "latest", "second",
                        "first", "one", "its", "his", "her", "their", "our", "opinion",
                        *MONTHS})
"""Capitalised words that open a sentence before "poll" without naming one ("The poll",
"A new survey", "The February survey")."""
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.\s+")
"""A full stop inside a run of capitalised words ends a sentence ("on Tuesday. The
ABC-Washington Post poll"); one after an initial or a short title does not ("U.S.", "Mr.")."""

_POLLSTER_BEFORE = re.compile(
    rf"\b(?P<name>{_NAME_RUN})\s+(?:opinion\s+)?(?:poll|survey)\s+(?:in|for|on)\s+(?:the\s+)?"
    r"(?=[A-Z])")
"""A pollster's poll printed, broadcast or paid for by the body named right after it."""
_POLLSTER_WORDS = ("poll", "survey")
"""Words every match of ``_POLLSTER_BEFORE`` holds as written: most words before a source
hold neither, and are not searched (the pattern is tried at every word)."""
_POLLSTER_REACH = 80

_OF_RESPONDENTS = (
    r"(?:\s+(?:of\s+)?(?:the\s+|those\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:polled|surveyed|questioned|asked|interviewed|respondents|voters|people|adults|"
    r"electors|members|readers|viewers|users|Britons|Americans))?"
    rf"(?:\s+(?:in|for|by)\s+(?:the\s+)?{_NAME_RUN}(?:\s+(?:poll|survey))?)?"
)
_RESPONDENT_VERBS = (
    r"said|say|says|saying|thought|think|thinking|believe|believed|believes|believing|"
    r"agreed|agree|agreeing|disagreed|disagree|disagreeing|opposed|oppose|opposing|backed|"
    r"back|backing|supported|support|supporting|wanted|want|favoured|favour|favored|favor|"
    r"felt|feel|preferred|prefer|voiced|rated|approved|approve|disapproved|disapprove"
)
_ANSWERED = re.compile(
    rf"\s*\)?{_OF_RESPONDENTS}\s*,?\s+(?:who\s+)?(?:also\s+)?(?P<verb>{_RESPONDENT_VERBS})\b")
"""What follows a share that respondents gave: whom it counts, then their verb."""
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.;:(,\"“]|\b(?:and|but|while|whereas|with|yet|against|versus|"
    r"compared\s+(?:with|to)))\s*"
    r"(?:(?:some|almost|nearly|just|only|about|around|roughly|meantime|meanwhile|overall|"
    r"however|also|a\s+total\s+of|a\s+majority|a\s+minority)[\s,]+)*$", re.IGNORECASE)
"""The words a respondents' share may open its clause with ("Some 63%", "A total of 53%",
"Meantime, 32%", "but 42%"): a share after anything else ("sales rose 5%, said the
company") is the object of some other verb."""
_LOOK_BACK = 60


class Poll(NamedTuple):
    """A poll named in the text ("Sunday Times poll", "YouGov") and where the words
    naming it are written."""

    name: str
    start: int
    end: int


class Answer(NamedTuple):
    """A share of respondents: the poll that asked them and the verb they answered with."""

    poll: Poll
    verb: str


def polls_named(text: str) -> list[Poll]:
    """Every poll the text names, in order of where the name is written."""
    if "poll" not in text and "survey" not in text and "interviewed" not in text \
            and "questioned" not in text:
        return []
    found: dict[int, Poll] = {}
    for pattern in _POLL_NAMES:
        for match in pattern.finditer(text):
            written = match.group("name")
            at = match.start("name")
            for stop in _SENTENCE_END.finditer(written):  # "on Tuesday. The ABC poll"
                at = match.start("name") + stop.end()
            words = text[at:match.end("name")].split()
            while words and words[0].lower() in _NOT_NAMES:
                words = words[1:]
            owner = next((i for i, word in enumerate(words) if without_possessive(word) != word),
                         len(words) - 1)  # "CBI's February survey": the CBI's
            words = words[: owner + 1]
            if not words:
                continue
            start = text.index(words[0], at)
            written = without_possessive(" ".join(words))
            kind = match.groupdict().get("kind")  # "Sunday Times poll"; a pollster alone
            name = f"{written} {kind}" if kind else written
            found.setdefault(start, Poll(name, start, match.end("name")))
    return [found[start] for start in sorted(found)]


def respondents_answer(text: str, figure: Figure, polls: list[Poll]) -> Answer | None:
    """The poll whose respondents a share is, with their verb, when the share opens its
    clause and a respondents' verb follows it; None for any other figure."""
    if not polls:
        return None
    answered = _ANSWERED.match(text, figure.end)
    if answered is None:
        return None
    before = text[max(0, figure.start - _LOOK_BACK):figure.start]
    if _CLAUSE_OPENING.search(before) is None:
        return None
    at = bisect_right([poll.start for poll in polls], figure.start) - 1
    return Answer(polls[max(at, 0)], answered.group("verb"))


def pollster_before(text: str, start: int, end: int) -> str | None:
    """The pollster whose poll the body named between ``start`` and ``end`` carries or paid
    for ("A YouGov poll in the Daily Telegraph suggested 75%", "A YouGov poll for the
    Sunday Times found"): the figures are the pollster's, the paper only publishes them.
    None where no pollster's poll is named right before that body."""
    reach = max(0, start - _POLLSTER_REACH)
    piece = text[reach:end]
    if not any(map(piece.__contains__, _POLLSTER_WORDS)):
        return None
    found = None
    for match in _POLLSTER_BEFORE.finditer(text, reach, end):
        if match.end() >= start:
            found = match
    if found is None:
        return None
    words = found.group("name").split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    return " ".join(words) or None
