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


_POLL_WORD = re.compile(r"\b(?:[Pp]oll|survey|Survey)s?\b")
_PHRASE_REACH = 120
_BACK_TOKEN = re.compile(r"\(?[\w&'’./-]+\)?|[,;:()\"“”]")
_JOINERS = frozenset({"of", "on", "and", "&"})
_FIRST = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                    "another", "both"})
"""Words that open a poll's noun phrase before its name or modifiers."""
_FIRST_OR_MONTH = _FIRST | frozenset(MONTHS)
"""Capitalised words that end a poll's name read backwards ("The", "February"): other
words of ``_NOT_NAMES`` ("New", "Opinion") are a name's own inside one."""
_REFERRING = frozenset({"the", "this", "that"})
"""Words by which a poll's phrase points back at a poll named before it ("In that survey",
"the poll showed"); "a poll" and "another poll" name a new, unnamed one."""
_MEDIA_POLLS = frozenset({"newspaper", "television", "tv", "radio", "magazine"})
"""Words naming an unnamed poll by who carries it ("a newspaper poll", "the television
poll"): two polls told apart only by these are two sources, as a reader keeps them."""
_PLAIN_MODIFIERS = frozenset({"opinion", "regular", "latest", "recent", "new", "same",
                              "monthly", "weekly", "fortnightly", "public", "private",
                              "national", "separate", "comparable", "earlier", "previous",
                              "last", "first", "second", "third", "telephone", "nationwide"})
"""Lower-case words a poll's phrase may hold between its article and its name."""
_BODY_RUN = (rf"{_CAPITALISED}(?:\s+(?:on\s+|of\s+|and\s+|&\s+|for\s+(?![Tt]he\b))?"
             rf"{_CAPITALISED}){{0,6}}")
"""A body's name after "by": "for" joins it ("the Organisation for Economic Co-operation
and Development") unless an article follows, naming a client ("for The Sunday Express")."""
_EVERY = r"\s+(?:every|each)\s+[a-z]+"
"""How often a pollster polls for its client ("carried out every week by Gallup")."""
_DAYS_PAPER = (r"(?P<day>(?:today|tomorrow|yesterday|[A-Z][a-z]+day|this\s+(?:morning|week))"
               r"['’]s\s+(?:(?:edition|issue)\s+of\s+(?:the\s+)?)?)")
"""The day's edition a paper prints a poll in ("in today's Sun tabloid", "in this morning's
edition of the Today newspaper"): a day's paper, not a place ("poll in Britain")."""
_AFTER = re.compile(
    r"(?:\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+)?"
    rf",?\s+(?P<link>published\s+(?:in|by)|conducted(?:{_EVERY})?\s+(?:for|by)|"
    rf"carried\s+out(?:{_EVERY})?\s+(?:for|by)|"
    rf"commissioned\s+by|taken\s+(?:for|by)|for|by|in|on)\s+(?:the\s+|{_DAYS_PAPER})?"
    rf"(?P<name>{_BODY_RUN})"
    rf"(?:\s+(?:for\s+[Tt]he|on\s+behalf\s+of(?:\s+the)?(?:\s+[a-z]+){{0,2}}?)\s+"
    rf"(?P<client>{_NAME_RUN}(?:\s+party)?)"
    rf"|(?:\s+[a-z]+){{0,3}}?,?\s+(?:conducted\s+|carried\s+out\s+)?by\s+(?:the\s+)?"
    rf"(?P<pollster>{_BODY_RUN}))?(?:\s+organi[sz]ation\b)?")
"""Who carried out, paid for or printed a poll, named after it ("a poll by Telephone
Surveys Limited for The Sunday Express", "an opinion poll published in the Sunday
Times", "The poll in today's Sun tabloid"), with the clause's own words allowed after a
comma (", conducted for ...") and what was polled before them ("A survey of marginal seats
for The Times of London"). A client after the pollster takes its article ("for The Sunday
Express") or is the one on whose behalf it polls ("a survey carried out every week by
Gallup on behalf of the ruling Conservative party": Gallup's, not the party's): without
either the "for" is a name's own ("the Organisation for Economic Co-operation and
Development"). A
pollster after the client is named by "by" ("The poll, conducted for TV-AM breakfast
television by the Harris organisation"; "A survey ... for The Times of London, carried out
by the MORI organisation"): the word "organisation" is no part of its name."""
_BROADCAST = re.compile(r"(?:\s+[a-z]+){0,3}\s+(?:show|programme|program|television|radio|"
                        r"channel|network|news)\b")
"""What a poll "on" a body is on, named with it: a broadcaster's show ("The Harris poll on
the TV-AM breakfast television show"), not what was asked about ("a poll on Thatcher's
record")."""
_PAPER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:newspaper|tabloid|paper|daily|weekly|magazine)\b")
"""What a poll "in" a body is in, named with it: a paper ("a poll in the Times newspaper",
"in today's Sun popular tabloid"), not a place ("The poll in the South-West of England
constituency")."""
_PAPER_SAID = re.compile(rf"\b(?P<name>{_NAME_RUN})\s+(?:said|says|reported|reports)\s+$")
"""The body whose own poll "its poll" is ("The Sunday Express said its poll ... found")."""
_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
"""Capitalised words before "said its poll" that name no one ("It said its survey")."""
_ACRONYM = re.compile(r"^\(([A-Z][A-Z&.-]+)\)$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]?\.")
_FRAMES_BEFORE = re.compile(r"(?:\b[Ii]n|\baccording\s+to)\s+$")
_FINDING_VERBS = frozenset({"showed", "shows", "gave", "gives", "put", "puts", "found", "finds",
                            "suggested", "suggests", "indicated", "indicates", "had", "has",
                            "predicted", "predicts"})
"""A poll's verbs of finding."""
_FINDING_VERB = re.compile(r"\b(?:" + "|".join(sorted(_FINDING_VERBS)) + r")\b")
_WHERE_TAKEN = (r"(?:\s+(?:taken|conducted|carried\s+out)\s+(?:in|among|between|of|over|during)"
                r"\s[^,.;:()]{0,80},)?")
"""Where, when or among whom a poll was taken, closed by a comma before its verb ("Another
poll in the Times newspaper taken in 73 key marginal constituencies, predicted")."""
_FRAMES_AFTER = re.compile(_WHERE_TAKEN + r"(?:\s+[\w-]+){0,5}?\s+" + _FINDING_VERB.pattern)
"""A poll's phrase frames the figures after it in its sentence when it opens with "in"
or "according to" ("In that survey, the Conservatives had 39 pct"), or when the poll is
the subject of a verb of finding ("a newspaper poll published yesterday that put Labour's
popularity at 50 pct", "a Marplan poll in the Today newspaper had the Conservatives 11
points ahead"), no comma between them: in "The poll, which follows a survey by Marplan
last week ..., shows" the verb is not Marplan's. The comma closing the phrase's own
clause ("The poll, conducted for TV-AM ... by the Harris organisation, put") is no such
comma, nor is the one closing where it was taken (``_WHERE_TAKEN``)."""
_APPOSITIVE = re.compile(r"\w+,\s+\S")
"""A poll's word, then the comma opening the phrase's own clause and its first word."""


_CARRIED = re.compile(
    r"\s*,?\s*(?:to\s+be\s+|which\s+was\s+)?(?:published|printed|broadcast|conducted|"
    r"carried\s+out|commissioned|taken)\s+(?:in|for|by|on)\s+[^,.;:()\"“]{0,50}$")
"""The words between a poll and the paper or broadcaster that carries it."""


class PollPhrase(NamedTuple):
    """Words that name or point at one poll, from the article or name opening them to the
    last body named after "poll", and the poll's source name (None: a poll left unnamed,
    "a poll suggests", or many, "these polls")."""

    name: str | None
    start: int
    word: int
    end: int


def poll_phrases(text: str) -> list[PollPhrase]:
    """Every phrase of the text naming or pointing at a poll, in order, each pointing
    phrase ("that survey", "the poll", "the television poll") given the name of the poll
    named last before it that it fits."""
    phrases: list[PollPhrase] = []
    for match in _POLL_WORD.finditer(text):
        phrase = _phrase(text, match.start(), match.end(), phrases)
        if phrase is None:
            continue
        if phrase.name is None:
            phrase = phrase._replace(name=_polls_pointed_at(text, phrase, phrases))
        if phrases and _names_the_one_before(text, phrases[-1], phrase):
            phrases[-1] = phrases[-1]._replace(name=phrase.name)
        phrases.append(phrase)
    return phrases


_PLURAL_POINTER = re.compile(r"(?:^|(?<=\s))(?:[Tt]hese|[Tt]hose|[Bb]oth|[Tt]he\s+two)\s+"
                             r"(?:[a-z]+\s+)?$")
"""Words by which a plural phrase points back at polls named before ("These polls", "Both
surveys", "The two opinion polls")."""


def _polls_pointed_at(text: str, phrase: PollPhrase, earlier: list[PollPhrase]) -> str | None:
    """The polls that a plural pointer opening its sentence stands for: those the sentence
    right before names, two or more ("But two other surveys, the MORI poll conducted for
    the Sunday Times and the Harris poll published in the Observer newspaper, gave Labour a
    nine-point lead. These polls showed 33 pct supported Labour" is "MORI and Harris
    polls"), each by its pollster; None for any other phrase."""
    written = text[phrase.word:phrase.end]
    if not written.endswith("s"):
        return None
    pointer = _PLURAL_POINTER.search(text, max(0, phrase.word - 25), phrase.word)
    if pointer is None:
        return None
    stops = [stop.end() for stop in _SENTENCE_END.finditer(text, 0, pointer.start())]
    opening = stops[-1] if stops else 0
    if not stops or text[opening:pointer.start()].strip():
        return None  # "and these polls": not its sentence's subject
    before_opening = stops[-2] if len(stops) > 1 else 0
    names: list[str] = []
    for before in earlier:
        if before.name is not None and before_opening <= before.start and before.end <= opening:
            pollster = re.sub(r"\s+(?:poll|survey)s?$", "", before.name.split(" (")[0])
            if pollster not in names:
                names.append(pollster)
    if len(names) < 2:
        return None
    return f"{', '.join(names[:-1])} and {names[-1]} {written.lower()}"


def _first_word(text: str, phrase: PollPhrase) -> str:
    """The word a poll's phrase opens with, lowered ("a", "the", or its name's first)."""
    words = text[phrase.start:phrase.word + 1].split()
    return words[0].lower() if words else ""


def _opens_next_sentence(text: str, end: int, start: int) -> bool:
    """Whether ``start`` opens the sentence right after the one in which ``end`` is."""
    between = text[end:start]
    stops = list(_SENTENCE_END.finditer(between))
    return len(stops) == 1 and stops[0].end() == len(between)


def _names_the_one_before(text: str, unnamed: PollPhrase, phrase: PollPhrase) -> bool:
    """Whether a definite phrase naming a poll, opening the sentence right after one that
    tells of a new poll of no name, names that poll: "..., according to a public opinion
    poll today. The Harris poll on the TV-AM breakfast television show gave ...", "A public
    opinion poll showed ... . The poll, conducted for TV-AM breakfast television by the
    Harris organisation, put ...". The story's first poll is the one it then names; a poll
    named further on, or framing a clause ("In the survey carried out by ICM Research"),
    may be another."""
    return unnamed.name is None and phrase.name is not None \
        and _first_word(text, unnamed) in ("a", "an") \
        and _first_word(text, phrase) in _REFERRING \
        and not text[unnamed.word:unnamed.end].split()[0].endswith("s") \
        and _opens_next_sentence(text, unnamed.end, phrase.start)


def _phrase(text: str, word: int, word_end: int,
            earlier: list[PollPhrase]) -> PollPhrase | None:
    written = text[word:word_end]
    plural = written.endswith("s")
    kind = written.rstrip("s")
    kind = "poll" if kind == "Poll" else kind  # "Middle East Economic Survey" is a title
    reach = max(0, word - _PHRASE_REACH)
    tokens = [(m.start(), m.group()) for m in _BACK_TOKEN.finditer(text, reach, word)]
    named: list[tuple[int, str]] = []
    modifiers: list[str] = []
    first = ""
    start = word
    for at, token in reversed(tokens):
        bare = without_possessive(token)
        if token.endswith(".") and not _INITIALS.fullmatch(token):
            break  # "... on Sunday. Gallup's poll": a sentence ends
        if _ACRONYM.match(token) and not named:
            named.append((at, token))
        elif token[0].isupper() and not named and modifiers \
                and all(word in _MEDIA_POLLS for word in modifiers) \
                and token.lower() not in _NOT_NAMES:
            named.insert(0, (at, bare))  # "a recent Newsweek magazine poll": Newsweek's
            modifiers = []
        elif token[0].isupper() and (not modifiers or (bare != token and not named)) \
                and (bare == token or not named) \
                and token.lower() not in (_FIRST_OR_MONTH if named else _NOT_NAMES):
            # "The New York Times poll", "Market & Opinion Research International (MORI)"
            named.insert(0, (at, bare))
        elif token in _JOINERS and named and not modifiers:
            named.insert(0, (at, token))
        elif token.lower() in _PLAIN_MODIFIERS or token.lower() in _MEDIA_POLLS \
                or (token.lower() in MONTHS and not named):  # "the CBI's February survey"
            modifiers.insert(0, token.lower())
        elif token.lower() in _FIRST:
            first = token.lower()
            start = at
            break
        else:
            break
        start = at
    while named and named[0][1] in _JOINERS:
        named = named[1:]
    acronym = next((_ACRONYM.match(token).group(1) for _, token in named
                    if _ACRONYM.match(token)), None)
    pollster = acronym or " ".join(token for _, token in named) or None
    after = None if plural else _AFTER.match(text, word_end)
    end = word_end
    body = None
    if after is not None and _SENTENCE_END.search(after.group(0)):
        after = None  # "published in the Sunday Times.\n\nThe MORI poll": two sentences
    show = _BROADCAST.match(text, after.end("name")) \
        if after is not None and after.group("link") == "on" and pollster else None
    if after is not None and after.group("link") == "on" and show is None:
        after = None  # "a poll on Thatcher's record" is what was asked
    paper = _PAPER.match(text, after.end("name")) \
        if after is not None and after.group("link").endswith("in") else None
    if after is not None and not _a_date(after.group("name")) \
            and (after.group("link") != "in" or pollster or after.group("day") or paper):
        end = after.end()
        link = re.sub(_EVERY, "", after.group("link"))  # "carried out every week by"
        if link in ("by", "conducted by", "carried out by", "taken by"):
            pollster = pollster or _cleaned(after.group("name"))
            body = _cleaned(after.group("client") or "")
        else:
            pollster = pollster or _cleaned(after.group("pollster") or "")
            body = _cleaned(after.group("name"))
        if show is not None and body is not None:  # as ``pollster_before`` names it
            body, end = body + " ".join(["", *show.group().split()]), show.end()
        elif paper is not None and after.end() == after.end("name"):
            end = paper.end()  # "in the Times newspaper": the paper's word is the phrase's
    if first == "its" and body is None:
        said = _PAPER_SAID.search(text, max(0, start - _PHRASE_REACH), start)
        body = _cleaned(said.group("name")) if said else None
        body = None if body is None or body.lower() in _PRONOUNS else body
        first = "" if body else first
    if plural or first in ("these", "those", "both", "their") or (first == "its" and not body):
        return PollPhrase(None, start, word, end)
    if first in _REFERRING and not named and any(phrase.name is None for phrase in earlier[-1:]) \
            and not ((pollster or body) and _opens_next_sentence(text, earlier[-1].end, start)):
        name = None  # "A survey for the charity ... In the survey carried out by ICM Research"
    elif first in _REFERRING and pollster and not body and _client_poll(pollster, earlier):
        name = _client_poll(pollster, earlier)  # "The Times poll": the one it paid for
    elif pollster and body:
        name = f"{pollster} ({body} {kind})"
    elif pollster or body:
        name = f"{pollster or body} {kind}"
    else:
        name = _pointed_at(first, modifiers, kind, earlier)
    return PollPhrase(name, start, word, end)


def _client_poll(client: str, earlier: list[PollPhrase]) -> str | None:
    """The poll named last before whose client, paper or broadcaster is ``client``: "The
    Times poll of marginal seats" after "A survey of marginal seats for The Times of
    London, carried out by the MORI organisation" is MORI's survey again."""
    for phrase in reversed(earlier):
        if phrase.name is None or not phrase.name.endswith(")") or "(" not in phrase.name:
            continue
        carrier = phrase.name[phrase.name.index("(") + 1:].rsplit(" ", 1)[0]
        if re.search(rf"(?<![\w-]){re.escape(client)}(?![\w-])", carrier):
            return phrase.name
    return None


def _a_date(name: str) -> bool:
    """Whether the words after "poll in" or "poll by" are a date ("a poll in March")."""
    return name.split()[-1].lower() in MONTHS


def _cleaned(run: str) -> str | None:
    """A body's name as a run of capitalised words wrote it: no article or other opening
    word ("The Observer"), ending at its possessive ("Television New Zealand's Eyewitness
    news") and at a full stop."""
    for stop in _SENTENCE_END.finditer(run):
        run = run[stop.end():]
    words = run.split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    owner = next((i for i, word in enumerate(words) if without_possessive(word) != word),
                 len(words) - 1)
    return without_possessive(" ".join(words[: owner + 1])) or None


def _pointed_at(first: str, modifiers: list[str], kind: str,
                earlier: list[PollPhrase]) -> str | None:
    """The poll an unnamed phrase stands for: the poll named last before it ("that
    survey"), or the one whose name holds its modifier ("the television poll"); a new
    poll named by its modifier ("a newspaper poll"); None for a new poll of no name."""
    media = next((word for word in modifiers if word in _MEDIA_POLLS), None)
    named = [phrase.name for phrase in earlier if phrase.name is not None]
    if first in _REFERRING and media is not None:
        fitting = [name for name in named if media in re.findall(r"\w+", name.lower())]
        return fitting[-1] if fitting else f"{media} {kind}"
    if media is not None:
        return f"{media} {kind}"
    if first in _REFERRING and named:
        return named[-1]
    return None


def poll_of_mention(text: str, phrases: list[PollPhrase], start: int) -> PollPhrase | None:
    """The poll phrase that the words at ``start`` (a source a cue found) are part of:
    "poll" itself, a pollster before it, a body named after it, or the paper that prints
    it ("The Gallup survey to be published in tomorrow's Daily Telegraph newspaper
    shows")."""
    for phrase in phrases:
        if phrase.start <= start < phrase.end or (
                phrase.end <= start and _CARRIED.match(text, phrase.end, start)):
            return phrase
    return None


def poll_framing(text: str, phrases: list[PollPhrase], sentence_start: int,
                 figure_start: int) -> PollPhrase | None:
    """The poll whose phrase frames a figure no one is named for in its sentence: "In
    that survey, the Conservatives had the support of 39 pct", "a newspaper poll published
    yesterday that put Labour's popularity at 50 pct"."""
    found = None
    for phrase in phrases:
        if not sentence_start <= phrase.start or phrase.end > figure_start:
            continue
        after = text[phrase.end:figure_start]
        if _APPOSITIVE.match(text, phrase.word, phrase.end):
            after = after.removeprefix(",")  # "The poll, conducted for ..., put"
        if _FRAMES_BEFORE.search(text, max(sentence_start, phrase.start - 20), phrase.start) \
                or _FRAMES_AFTER.match(after):
            found = phrase
    return found


_OPENERS = re.compile(r"\s*(?:(?:However|But|And|Meanwhile|Meantime|Separately)\b,?\s*)?$")
"""What may stand before a poll that is its sentence's subject."""


def poll_opening(text: str, phrases: list[PollPhrase], sentence_start: int,
                 sentence_end: int) -> PollPhrase | None:
    """The poll that is the subject of a sentence's verb of finding, its phrase opening the
    sentence ("However, a Marplan poll in the Today newspaper had the Conservatives 11
    points ahead"): "It" opening the next sentence is that poll ("It gave them 44 pct")."""
    for phrase in phrases:
        if sentence_start <= phrase.start < sentence_end \
                and _OPENERS.match(text, sentence_start, phrase.start):
            framing = poll_framing(text, [phrase], sentence_start, sentence_end)
            return framing if framing is not None and framing.name is not None else None
    return None




def poll_subject_around(text: str, phrases: list[PollPhrase], sentence_start: int,
                        mention: int, cue: str) -> PollPhrase | None:
    """The poll opening a sentence whose verb of finding (``cue``) a name inside the poll's
    own words was taken as the subject of: in "The Times poll of marginal seats where
    Labour is challenging a Conservative incumbent -- and which it must win in order to
    dislodge the Tories -- showed the Conservatives with 42 pct" the sentence has one
    subject, the poll, and a party is never the source of a poll's shares."""
    if cue.lower() not in _FINDING_VERBS:
        return None
    for phrase in phrases:
        if not sentence_start <= phrase.start < mention or phrase.end > mention:
            continue
        if not _OPENERS.match(text, sentence_start, phrase.start):
            return None
        between = text[phrase.end:mention]
        if _SENTENCE_END.search(between) or _FINDING_VERB.search(between):
            return None
        return phrase
    return None
