"""The measured thing of a figure no subject rule claims, read from the words beside it.

Rules name the measures news disputes most (crowds, tolls, output, forecasts), but rival
figures are as often about measures no rule lists: a country's foreign debt, the share of
e-mail that is spam, an order's value, jobs at risk, one month's retail sales. A figure
no rule claims takes the ``generic`` rule (``rules/subjects/generic.yaml``) when the noun
phrase it quantifies is stated right by it, and that phrase, normalised, becomes the
``what`` of its event key: two such figures meet only when they measure the same named
thing ("foreign debt" and "foreign debts" do; "debt" and "foreign debt", "sales" and
"retail sales", a change and a level, a year's change and a month's do not).

Only a phrase next to the figure is read: the subject before a linking verb ("the order was
worth 100 mln marks", "retail sales rose 0.6%"), a noun before "of" ("foreign debt of 24
billion dlrs") or "put X at" ("put jobs at risk at 1,000"). A count's noun alone ("35
overseas", "two felony counts", "14,797 buses" of two carmakers) names no measure rival
sources give: its verb and owner do, which are not read here. A vague phrase ("the
figure", "the total", "it") is the measure stated just before it in the same or the
previous sentence, or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reconcile.model import Claim, Figure, Sentence
from reconcile.subjects.event import parse, singular
from reconcile.subjects.rule import SubjectRule
from reconcile.timeref import CHANGE_NOUN, MONTHS

GENERIC = "generic"
"""The id of the rule file that switches the fallback on and carries its judging settings."""


def _words(text: str) -> frozenset[str]:
    """A word list written as text, one word a space."""
    return frozenset(text.split())


_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[^\s\"“”]")
_LEAD = 90
"""How far before a figure its noun phrase and linking words are looked for (characters)."""

_QUALIFIERS = _words(
    """about around some nearly almost roughly approximately an a the estimated just only
    over under more less than least up to below above fully little slightly well
    barely""")
"""Hedges and bounds between a linking word and the figure ("was put at about 1,000")."""

_LEVEL_LINKS: tuple[tuple[str, ...], ...] = tuple(tuple(link.split()) for link in (
    "was put at", "were put at", "is put at", "are put at", "put at",
    "was estimated at", "were estimated at", "is estimated at", "are estimated at",
    "estimated at", "was valued at", "is valued at", "valued at", "stood at", "stands at",
    "was worth", "were worth", "is worth", "are worth", "worth",
    "amounted to", "amounts to", "amounting to", "totalled", "totaled", "totals",
    "totalling", "totaling", "averaged", "averages", "averaging", "average", "reached",
    "rose to", "fell to", "climbed to", "dropped to",
    "declined to", "increased to", "grew to", "jumped to", "fallen to", "risen to", "grown to",
    "rise to", "fall to", "climb to",
    "drop to", "decline to", "increase to", "grow to", "reach", "total", "was", "were", "is",
    "are", "be", "of",
))
"""Words that say the figure IS the level of the phrase before them. Longest first: a
link is the first one listed that the words end with. A bare verb ("fall to", "reach",
"be") is a link once a verb group stands before it (see ``_VERB_GROUP``)."""

_VERB_GROUP = _words(
    """would will could may might should can must probably possibly likely unlikely
    expected forecast seen set projected estimated due bound only just still also
    further again now then not to is are was were be been has have had having currently
    recently rarely provisionally reportedly""")
"""Words between a measure and its verb of level ("the trade surplus would probably only
fall to", "the deficit is expected to reach", "Burma's debt service ratio will have fallen
to", "Turnover currently averages"): they tell how sure or when, not what."""

_BARE_LINKS = frozenset(tuple(link.split()) for link in (
    "rise to", "fall to", "climb to", "drop to", "decline to", "increase to", "grow to",
    "reach", "total", "average", "be"))
"""Links in a bare form, read as links only after a verb group ("would fall to", "is
expected to reach", "will be"): alone they may end any clause ("to help it reach")."""

_CHANGE_LINKS: tuple[tuple[str, ...], ...] = tuple(tuple(link.split()) for link in (
    "rose by", "fell by", "increased by", "grew by", "declined by", "dropped by",
    "jumped by", "climbed by", "fallen by", "risen by", "grown by", "rose", "fell", "increased",
    "grew", "declined", "dropped", "fallen", "risen", "grown",
    "jumped", "climbed", "slipped", "slumped", "surged", "gained", "eased", "rising",
    "falling", "growing", "were up", "was up", "is up", "are up", "were down", "was down",
    "is down", "are down", "were off", "was off", "is off", "are off",
))
"""Words that say the figure is a CHANGE in the phrase before them: "retail sales rose 0.6%"
measures the change in retail sales, not their level; the wire's "car sales were off 15.5
pct" is a fall as "were down" is."""

_SHARE_LINKS: tuple[tuple[str, ...], ...] = tuple(tuple(link.split()) for link in (
    "accounted for", "accounts for", "account for", "made up", "makes up", "make up",
    "represented", "represents", "comprised",
))
"""Words that make the figure a share of the noun after it: "spam accounted for 94% of
e-mail" is the share of e-mail that is spam."""

_PUT = frozenset(("put", "puts", "putting", "estimated", "estimates", "estimate", "valued",
                  "values", "pegged", "pegs", "set", "sets"))
"""Verbs of "put X at 1,000": the phrase between the verb and "at" is the measure."""

_STOP = _words(
    """the a an and or but in on at of for to by from with as it its this that these those
    he she they we i his her their our there here when while if after before mr mrs ms dr
    however meanwhile also only some about around nearly almost more than less over under
    what which who whose where why how not no yes said says say told according all each
    such both other others will would could should may might can has have had was were
    are been being be is do does did up down now then still already just so very
    per cent pct percent mln bln billion million thousand hundred into against between
    during since until than two three four five six seven eight nine ten eleven twelve
    dozen first second third whom none last next today yesterday ago earlier added noted
    reported showed receive received although though because unless whether""")
"""Words that end a noun phrase read backwards from its linking word."""

_EMPTY = _words(
    """figure number total amount sum level one lot part majority thing item case time
    bit kind sort type low high maximum minimum end close period equivalent consist
    instead worth gap difference range base cumulative out ask bid decrease reduction
    rise increase vote survey record age team discovery""")
"""Heads that say nothing of what is measured, whatever qualifies them ("the figure", "a
total", "its normal level"): such a phrase is the measure stated just before, or none."""
_VAGUE = _EMPTY | _words(
    """estimate forecast projection result rate value price cost increase rise fall drop
    decline gain growth change share people person year month day week point percent pct unit other
    each more less many much most few several same quarter half average record""")
"""Words that say nothing of what is measured alone ("a rise", "the price") but name a
measure with other words ("export growth", "share price")."""

_DROPPED = frozenset(("total", "latest", "new", "current", "estimated", "actual", "overall",
                      "present", "revised", "official", "final", "preliminary"))
"""Words that qualify a figure's standing, not what it measures: "the total foreign debt"
and "foreign debt" are one measure."""

_AT_RISK = ("at", "risk")
_ARTICLES = _words("the a an")
_DETERMINERS = _ARTICLES | _words("this that these those its their his her our all")
_NP_WORDS = 4
"""At most this many words of a phrase: "gross foreign exchange reserve" is four."""

_YEAR_ON_YEAR = re.compile(
    r"\b(?:year[- ]on[- ]year|on\s+(?:a|the)\s+year(?:\s+earlier|\s+ago)?|"
    r"(?:from|over|than)\s+(?:a|the)\s+year\s+(?:earlier|ago|before)|annual(?:ly|ised|ized)?|"
    r"over\s+the\s+(?:past\s+)?(?:year|12\s+months|twelve\s+months))\b", re.IGNORECASE)
_MONTH_ON_MONTH = re.compile(
    r"\b(?:month[- ]on[- ]month|on\s+the\s+month|(?:from|over|than)\s+(?:a|the)\s+"
    r"(?:month|previous\s+month|month\s+before)|monthly)\b", re.IGNORECASE)
_AFTER = 60
"""How far after a change its basis ("year-on-year", "on the month") is read."""


def generic_rule(rules: Sequence[SubjectRule]) -> SubjectRule | None:
    """The fallback rule when the rules loaded include it (a newsroom may ignore it)."""
    return next((rule for rule in rules if rule.id == GENERIC), None)


def measured_thing(text: str, sentence: tuple[int, int], figure: Figure, floor: int,
                   before: Sequence[Claim], previous: Sentence | None) -> str | None:
    """The measured thing of ``figure`` in words ("foreign debt", "retail sale change
    (annual)", "spam share of email", "job"), or None when no phrase beside it says.

    Words before ``floor`` (the end of the figure before in the sentence) are not read:
    "four specific charges totaling 1,031,000 dlrs" counts charges, it names no measure.
    ``before`` are the claims found so far in the document (the measure a vague phrase
    refers to), ``previous`` the sentence before this one."""
    start = max(sentence[0], figure.start - _LEAD, floor)
    tokens = _TOKEN.findall(text[start:figure.start])
    if figure.unit and singular(figure.unit.split()[-1]) in _SPANS_OF_TIME:
        return _halted(tokens, figure)
    at_start = start == sentence[0]
    linked = _linked_phrase(tokens, at_start)
    if linked is None:
        linked = _change_after(text, figure, sentence)
        if linked is not None and not linked[0]:  # "after a 0.6% rise in November"
            return _antecedent(before, figure, sentence, previous)
    linked = linked or _share_after(text, figure, sentence)
    if linked is not None and linked[1] == "of" and (
            figure.kind in ("count", "number") or (bool(linked[0]) and linked[0][-1] in _PARTS)):
        # "the eyes of 8 million bloggers", "a company of 100-120 UK troops"; "a 40 km
        # section of the 510 km pipeline" is the length of the whole, not of the section
        return None
    if linked is None:
        return _purpose(text, tokens, figure, sentence) or _part(text, tokens, figure, sentence) \
            or _counted(text, tokens, figure, sentence)
    phrase, kind = linked
    if all(word in _VAGUE for word in phrase) or phrase[-1] in _EMPTY:
        return _referred(before, figure, sentence, previous)
    if phrase[-1] in _CHANGES:  # "retail sales growth of 0.6%" = "retail sales rose 0.6%"
        phrase, kind = phrase[:-1], "change"
    name = " ".join(phrase)
    name = _SAME_MEASURE.get(name, name)
    if kind == "change":
        return name + " change" + _basis(text, figure, sentence)
    if kind == "share":
        whole = _share_whole(text, figure, sentence)
        return None if whole is None else f"{name} share of {whole}"
    return name


_SAME_MEASURE = {"jobless": "unemployment", "number of jobless": "unemployment",
                 "number of unemployed": "unemployment", "unemployed": "unemployment",
                 "jobless rate": "unemployment rate"}
"""Measures the wire names two ways: "the jobless total would average 2.17 mln" and
"unemployment would only decline to 2.20 mln" are one forecast ("total" is dropped)."""


def _linked_phrase(tokens: list[str], at_start: bool) -> tuple[list[str], str] | None:
    """The phrase before a linking word that ends the tokens, and which link it was
    (level, change or share, or "of": a level told by "foreign debt of 24 billion dlrs");
    None when the words before the figure are no such link. An empty phrase is a vague one
    ("the total was", "it was")."""
    words = [token.lower() for token in tokens]
    end = len(words)
    while True:  # a link is looked for before a qualifier is taken off: "amounted to"
        kind, link = _link_ending(words, end)
        if link or not end or words[end - 1] not in _QUALIFIERS \
                or words[end - 2:end] == ["off", "to"]:
            break  # "the sound is off to one side" is a direction, not a fall
        end -= 2 if words[end - 2:end] == ["at", "least"] else 1
    if link:
        phrase_end = end - len(link)
        verb = phrase_end
        while phrase_end and words[phrase_end - 1] in _VERB_GROUP:
            phrase_end -= 1
        if link in _BARE_LINKS and phrase_end == verb:
            return None  # "sales fall to", "reach": a verb alone may be any clause's
        if phrase_end < verb and (words[phrase_end] == "to" or any(
                words[index:index + 2] in (["have", "to"], ["has", "to"], ["had", "to"])
                for index in range(phrase_end, verb))):
            # "would prove to be one step": "to" after a verb of its own; "the quota would
            # have to be around 28 dlrs" is what a goal needs, no level of the measure
            return None
        if phrase_end and words[phrase_end - 1] in _POINTING:
            return [], kind
        phrase = _phrase(tokens, _before_time(words, phrase_end), at_start)
        return None if phrase is None else (phrase, "of" if link == ("of",) else kind)
    # "put jobs at risk at 1,000", "estimated the loss at 30 mln": a verb of valuing, the
    # measure, then "at"
    if end and words[end - 1] == "at":
        phrase = _phrase(tokens, end - 1, at_start, after_verb=True)
        if phrase is not None:
            return phrase, "level"
    if words and words[-1] == "to":  # read before qualifiers: "to" is also "up to"'s
        return _changed_to(tokens, len(words) - 1)
    return None


_TIME_WORDS = frozenset(MONTHS) | _words("""jan feb mar apr jun jul aug sep sept oct nov dec
    the first second third fourth quarter half year period through to and""")
"""Words a time between a measure and its verb is written with ("for the March 11 to 20
period", "in the fourth quarter"), digits aside."""
_TIME_OPENERS = _words("in for during")


def _before_time(words: list[str], end: int) -> int:
    """Where the measure's phrase ends when a time stands between it and its link: "car
    sales for March 11 through 20 were off", "industrial production in December rose" name
    the measure before "for" and "in" (the period is read from the sentence); ``end``
    itself when no such time phrase ends there. A time needs a month, quarter or half:
    "sales in Britain rose" is no time, and "in 1986" alone may be any clause's tail."""
    index = end
    while index and (words[index - 1] in _TIME_WORDS or words[index - 1].isdigit()):
        index -= 1
    if index == end or not index or words[index - 1] not in _TIME_OPENERS:
        return end
    span = words[index:end]
    if not any(word in MONTHS or word in ("quarter", "half") for word in span) \
            or span[0] in ("to", "and", "through"):
        return end
    return index - 1


_CHANGE_NOUNS = _words("""fall rise increase decline drop cut reduction jump climb
    improvement widening narrowing""")
"""Nouns of a change that name the level it ends at: "a fall in the current account
surplus to 61 billion marks" puts the surplus at 61 billion."""


def _changed_to(tokens: list[str], end: int) -> tuple[list[str], str] | None:
    """The measure of "a fall in the current account surplus to 61 billion marks": the
    phrase between "in" after a noun of change and the "to" that ends at ``end``."""
    for index in range(end - 1, max(-1, end - _NP_WORDS - 3), -1):
        if tokens[index].lower() != "in":
            continue
        if index == 0 or tokens[index - 1].lower() not in _CHANGE_NOUNS:
            return None
        phrase = _phrase(tokens[index + 1:end], end - index - 1, False)
        return (phrase, "level") if phrase else None
    return None


_CHANGES = _words("growth increase rise fall decline drop gain change")
"""Nouns of a change: after a measure's words ("retail sales growth") they name its change."""

_SPANS_OF_TIME = _words("year month week day hour minute second decade")
"""A count of years or days is an age, a span or a gap ("a gap of eight years" at birth,
"a gap of just five years" measured at 65): what it spans is seldom said beside it."""


_HALTS = _words("""stop stops stopped stopping suspend suspends suspended suspending halt
    halts halted halting interrupt interrupts interrupted interrupting close closes closed
    closing""")
"""Verbs that halt an action or a place for a while: "stop crude exports" and "suspend
crude exports" are one halt, and how long it lasts is a measure rivals give."""
_HALT_SPANS = _words("month week day")


def _halted(tokens: list[str], figure: Figure) -> str | None:
    """How long a halt lasts, told "stop crude exports for five months": the halt of what the
    verb's object names ("crude export halt"). None for any other span of time: "a gap of
    eight years" or "a loan for five years" says not what it spans."""
    if figure.unit is None or singular(figure.unit.split()[-1]) not in _HALT_SPANS:
        return None
    words = [token.lower() for token in tokens]
    end = _unqualified(words)
    if not end or words[end - 1] != "for":
        return None
    index = end - 1
    while index and index > end - 1 - _NP_WORDS and words[index - 1] not in _HALTS \
            and _content(tokens[index - 1]):
        index -= 1
    if index == end - 1 or not index or words[index - 1] not in _HALTS:
        return None
    return " ".join(_normal(word) for word in words[index:end - 1]) + " halt"


def _unqualified(words: list[str]) -> int:
    """Where the words before a figure end once its hedges and bounds are taken off ("for
    at least", "would take about")."""
    end = len(words)
    while end and words[end - 1] in _QUALIFIERS:
        end -= 1
    return end


_NEEDING = _words("""take takes took taking need needs needed needing cost costs require
    requires required requiring""")
"""Verbs that make a sum the cost of the purpose after it ("would take 100 mln dlrs to")."""
_TRANSPARENT = _words("damage")
"""Nouns whose "to" or "of" names the thing acted on: "repair the damage to its pipeline"
repairs the pipeline."""


def _purpose(text: str, tokens: list[str], figure: Figure, sentence: tuple[int, int]
             ) -> str | None:
    """The cost of a purpose, told "it would take 100 mln dlrs to repair the pipeline" or
    "Ecuador needs 120 mln dlrs to repair the damage to its oil export pipeline": the cost
    of the verb done to the head of its object ("cost to repair pipeline"). The object is
    named in full once and then by its head; a verb with no object ("cost 50 mln dlrs to
    develop"), or one whose object is a name or a count, gives none."""
    words = [token.lower() for token in tokens]
    end = _unqualified(words)
    if figure.kind != "money" or not end or words[end - 1] not in _NEEDING:
        return None
    after = _TOKEN.findall(text[figure.end:min(sentence[1], figure.end + _LEAD)])
    if len(after) < 3 or after[0] != "to" or not _content(after[1]) \
            or not after[1].isalpha():
        return None
    head = _object_head(after, 2)
    return None if head is None else f"cost to {after[1]} {_normal(head)}"


def _object_head(tokens: list[str], index: int) -> str | None:
    """The head noun of the object phrase opening at ``index`` ("the damage to its oil
    export pipeline caused by" -> "pipeline"); None when no word of a phrase is there."""
    while index < len(tokens) and tokens[index].lower() in _DETERMINERS:
        index += 1
    head = None
    while index < len(tokens) and _content(tokens[index]) \
            and not (head and tokens[index].endswith(("ed", "ing"))):  # "pipeline caused by"
        head = tokens[index].lower()
        index += 1
    if head in _TRANSPARENT and index < len(tokens) and tokens[index].lower() in ("to", "of"):
        return _object_head(tokens, index + 1)
    return head


_PARTS = _words("section stretch segment portion")
_LENGTHS = _words("km kms kilometre kilometer mile metre meter yard foot feet")
_AREAS = _words("square sq cubic board")
"""Words that make a unit of length one of area or volume ("two mln square feet")."""
_PART_OF = re.compile(r"(?:[- ](?:long\s+)?(?:section|stretch|part|segment|portion)s?)?\s+of\s+")
"""A part's noun between a length and its whole, or none ("damaged 40 km of a pipeline")."""
_OF_WHICH = re.compile(r"\s+of\s+which\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are)"
                       r"\s+([a-z]+ed)\b")


def _part(text: str, tokens: list[str], figure: Figure, sentence: tuple[int, int]
          ) -> str | None:
    """The length of the part of a thing an action reached, told "the quake damaged 40 km of
    an oil pipeline", "after repairing a 40 km section of the 510 km pipeline" or "the
    pipeline, 50 km of which had been damaged": the action's participle and the thing's head
    ("damaged pipeline length"). A part damaged and a part repaired are two measures, and a
    length with no action ("a 350 kilometer section of the river") names none."""
    if figure.kind != "quantity" or not figure.unit or figure.unit.lower() not in _LENGTHS \
            or _AREAS & set(figure.text.lower().split()):
        return None  # "square feet of warehouse space", "cubic feet of gas": no length
    which = _OF_WHICH.match(text, figure.end, sentence[1])
    if which is not None:
        if len(tokens) < 2 or tokens[-1] != "," or not _content(tokens[-2]):
            return None
        return f"{which.group(1)} {_normal(tokens[-2].lower())} length"
    part = _PART_OF.match(text, figure.end, sentence[1])
    words = [token.lower() for token in tokens]
    end = _unqualified(words)
    if part is None or not end or not _content(tokens[end - 1]) \
            or not tokens[end - 1].endswith(("ed", "ing")):
        return None
    verb = words[end - 1]
    done = verb if verb.endswith("ed") else verb[:-3] + "ed"  # "repairing" -> "repaired"
    whole = [token for token in _TOKEN.findall(text[part.end():min(sentence[1],
                                                                   part.end() + _LEAD)])]
    index = 0
    while index < len(whole) and (whole[index].lower() in _DETERMINERS
                                  or whole[index][0].isdigit()
                                  or whole[index].lower() in _LENGTHS):
        index += 1  # "of the 510 km pipeline"
    head = _object_head(whole, index)
    return None if head is None else f"{done} {_normal(head)} length"


def _links_by_last_word() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Every link under its last word, share links before change links before level links
    as ``_link_ending`` tries them: a figure is asked once per qualifier it has, and only
    the links that can end on the word before it need comparing."""
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, links in (("share", _SHARE_LINKS), ("change", _CHANGE_LINKS),
                        ("level", _LEVEL_LINKS)):
        for link in links:
            found.setdefault(link[-1], []).append((kind, link))
    return found


_LINKS_BY_LAST_WORD = _links_by_last_word()


def _link_ending(words: list[str], end: int) -> tuple[str, tuple[str, ...]]:
    """Which link (share, change or level) the words up to ``end`` end with, and its words;
    an empty link when none does."""
    if not end:
        return "", ()
    for kind, link in _LINKS_BY_LAST_WORD.get(words[end - 1], ()):
        if end >= len(link) and tuple(words[end - len(link):end]) == link:
            return kind, link
    return "", ()


_POINTING = frozenset(("it", "this", "that"))
"""Pronouns before a link point back to a measure stated before ("it was 5%")."""


def _phrase(tokens: list[str], end: int, at_start: bool,
            after_verb: bool = False) -> list[str] | None:
    """The noun phrase ending at ``end``, normalised (lower case, singular, no hyphens, no
    words of standing), read back to a word that ends a phrase: a stop word, a possessive
    (the owner, kept in the key's names), a punctuation mark or a capitalised name. With
    ``after_verb`` the phrase must follow a verb of valuing ("put ... at"). None when no
    word of a phrase lies there; empty when its only words are of standing ("the total")."""
    words: list[str] = []
    index = end
    if tuple(token.lower() for token in tokens[max(0, index - 2):index]) == _AT_RISK:
        words = ["at risk"]
        index -= 2
    while index > 0 and len(words) < _NP_WORDS + ("of" in words):
        token = tokens[index - 1]
        lower = token.lower()
        if lower == "of" and words and index > 1 and "of" not in words \
                and _content(tokens[index - 2]):
            words.append(lower)  # "the fat content of pork": one "of" inside the phrase
            index -= 1
            continue
        if lower in _ARTICLES and words and index > 1 and tokens[index - 2].lower() == "of":
            index -= 1  # "the fat content of the pork": the article inside the phrase
            continue
        if lower in _STOP or not token[0].isalpha() or len(token) == 1:
            break  # a lone letter is a decade's tail ("the 1970s averaged"), no word
        if token[0].isupper() and not (at_start and index == 1):
            break  # a name ("Bear Stearns and Co BSC slipped 3/8") owns, it is no measure
        if token.endswith(("'s", "’s", "'", "’")):
            break
        words.append(lower)
        index -= 1
    lead = index
    while lead > 0 and tokens[lead - 1].lower() in _DETERMINERS:
        lead -= 1
    if lead > 0 and tokens[lead - 1].lower() in _PREPOSITIONS:
        # "life expectancy at birth is 71 years", "in the form of a 25 pct stock dividend",
        # "in the region of 80 mln punts": the tail of a phrase, or no measure at all
        return None
    if any(token.lower() in _YARDSTICKS for token in tokens[max(0, index - 3):index]):
        return None  # "compared with a deficit of 2.4 billion escudos in 1985": earlier
    if after_verb:
        verb = index  # "put the 1987 trade surplus at": past the period and the article
        while verb > 0 and (tokens[verb - 1].isdigit() or tokens[verb - 1] == "/"):
            verb -= 1
        if verb > 1 and tokens[verb - 1].lower() in ("the", "its", "their", "his", "her"):
            verb -= 1
        if verb == 0 or tokens[verb - 1].lower() not in _PUT:
            return None
    if not words or words == ["at risk"]:
        return None
    if len(words) == 1 and len(words[0]) > 4 and words[0].endswith("ed") \
            and not words[0].endswith("eed") and words[0] not in _SAME_MEASURE:
        # "the data that can be stored has grown", "the numbers of Asians targeted had
        # risen": a participle alone is no measure ("Japanese films released" counts films)
        return None
    if len(words) == 1 and tokens[index][0].isupper():
        return None  # a capital opening the sentence alone is a name ("Gillick was ...")
    phrase = [_normal(word) for word in reversed(words) if word not in _DROPPED]
    possessed = index > 0 and tokens[index - 1].endswith(("'s", "’s", "'", "’"))
    if _owned(phrase) and not possessed:
        return None  # "Wimpey said profits rose 19%": Wimpey's profits, no rival's
    return phrase


_PREPOSITIONS = _words("""at in on for by from with into to over under per between among
    through across within without via throughout toward towards beyond during""")
"""Words before a phrase that make it the object of a preposition, the tail of a longer
phrase whose head is further back: such a phrase is not what the figure measures."""


_OWNED = _words("""profit earning revenue turnover income loss dividend sale order output
    production margin stake payroll workforce staff budget spending""")
"""Measures a firm or body gives of itself: told with no owner named ("it reported a 6% rise
in profits", "Wimpey reported a 19% rise in profits"), each is its speaker's own, and two
speakers' are two measures. Only a possessive owner ("Shell's sales") makes them one; a
qualified measure ("retail sales", "crude output") is an economy's, not its speaker's."""

_FIRM_WORDS = _words("""net pretax operating gross group company annual quarterly interim
    halfyear fullyear underlying trading likeforlike firstquarter firsthalf its their""")
"""Words that qualify a measure the way a firm's results do, leaving it the firm's own."""


def _owned(phrase: list[str]) -> bool:
    """Whether a phrase is a measure its speaker gives of itself (see ``_OWNED``)."""
    return bool(phrase) and phrase[-1] in _OWNED \
        and all(word in _FIRM_WORDS for word in phrase[:-1])


_YARDSTICKS = _words("compared from against than versus vs after")
"""Words before a phrase that make its figure a yardstick, an earlier or other value set
against the one the sentence is about."""

_CHANGE_AFTER = re.compile(
    r"\s+" + CHANGE_NOUN + r"\s+in\s+(?:the\s+)?"
    r"((?:[A-Za-z][a-z-]*\s+){0,3}(?:[a-z][a-z-]*|(?:" + "|".join(MONTHS).title() + r")\b))")
"""A change named after its figure; the phrase may open with a capital of a name the
measure holds ("a 0.2% slip in High Street sales"), never end with one but a month's
("after a 0.6% rise in November": the change of the measure said before)."""


def _change_after(text: str, figure: Figure, sentence: tuple[int, int]
                  ) -> tuple[list[str], str] | None:
    """A change named after its figure: "a 0.6% rise in retail sales" is the change in
    retail sales, as "retail sales rose 0.6%" is."""
    match = _CHANGE_AFTER.match(text, figure.end, sentence[1])
    if match is None:
        return None
    words: list[str] = []
    for word in match.group(1).lower().split():
        if word in _STOP:
            break
        words.append(word)
    if words and all(word in _WHEN for word in words):
        return [], "change"  # "after a 0.6% rise in November": the change said before
    phrase = [_normal(word) for word in words if word not in _DROPPED and word not in _WHEN]
    return (phrase, "change") if phrase and not _owned(phrase) else None


_WHEN = _words("""january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn
    winter year quarter month week year-on-year month-on-month annual monthly""")
"""Words of a time after "a rise in": no word of the measure ("a 6.9 pct rise in January
shipments" measures shipments); alone, the change of the measure named before."""


_PASSIVE = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|are|is|will\s+be|would\s+be)"
                      r"\s+([a-z]+ed|sold|built|made|cut|lost|shed|kept|held|taken|given|put)\b")
_SUBJECTS = _words("it they we he she")
_BE = _words("are were is was be")
_AUXILIARIES = _BE | _words("has have had will would could should may might")
_MEASURES = _words("""centimetre metre meter kilometre kilometer yard mile foot feet inch
    tonne ton kilo kilogram pound ounce litre liter gallon acre hectare point lot""")
"""Units of measure a count may carry ("815 centimetres", "six yards"): what they measure
is a length or a weight of something the words before do not name."""


def _counted(text: str, tokens: list[str], figure: Figure, sentence: tuple[int, int]
             ) -> str | None:
    """A count's measure: its noun and the verb that counts it, "dealers sold 10,000 cars"
    and "10,000 cars were sold" alike ("car sold"); none when the verb's subject is a
    pronoun or a name, a body's own count ("Nissan said it exported 258,278 trucks" is no
    rival of Toyota's "it exported 649,587 trucks"), and none for a noun alone ("two
    felony counts"): it names no measure rival sources give."""
    if figure.kind != "count" or not figure.unit:
        return None
    noun = _normal(figure.unit.lower().split()[-1])
    if not noun.isalpha() or noun in _VAGUE or noun in _STOP or noun in _MEASURES:
        return None
    passive = _PASSIVE.match(text, figure.end, sentence[1])
    if passive is not None:
        return f"{noun} {passive.group(1)}"
    end = len(tokens)
    while end and tokens[end - 1].lower() in _QUALIFIERS:
        end -= 1
    if end > 1 and tokens[end - 2].lower() == "there" and tokens[end - 1].lower() in _BE:
        return f"number of {noun}"  # "there are 31.6 million blogs"
    verb = tokens[end - 1] if end else ""
    if not verb.islower() or not verb.isalpha() or verb in _STOP or verb in _PREPOSITIONS \
            or not verb.endswith(("ed", "sold", "built", "made", "cut", "lost", "shed")):
        return None
    subject = tokens[end - 2] if end > 1 else ""
    if subject.lower() in _AUXILIARIES and end > 2:
        subject = tokens[end - 3]  # "Nintendo has sold almost 4m DS consoles"
    if subject.lower() in _SUBJECTS or subject[:1].isupper():
        return None  # a body's own count ("DHL Worldwide Express added 35 overseas ...")
    return f"{noun} {verb}"


_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:all\s+|the\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+"
    r"(?:was|were|is|are)\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)(?=\s*[,.;]|$)")


def _share_after(text: str, figure: Figure, sentence: tuple[int, int]
                 ) -> tuple[list[str], str] | None:
    """A share told as "94% of all e-mail was spam": the share of e-mail that is spam, as
    "spam accounted for 94% of e-mail" tells it."""
    match = _SHARE_AFTER.match(text, figure.end, sentence[1])
    if match is None:
        return None
    whole, part = match.group(1).split(), match.group(2).split()
    if any(word in _STOP for word in (*whole, *part)):
        return None
    name = " ".join(_normal(word) for word in part)
    return [f"{name} share of {' '.join(_normal(word) for word in whole)}"], "level"


def _content(token: str) -> bool:
    """Whether a token may be a word of a measure's phrase (not a stop word or a name)."""
    return token[0].isalpha() and token.lower() not in _STOP and not token[0].isupper()


def _normal(word: str) -> str:
    """One spelling of a word of a measure: singular, without hyphens ("e-mails", "email");
    words in -us and -is are no plurals ("surplus", "basis")."""
    if word == "at risk" or word.endswith(("us", "is")):
        return word
    return singular(word).replace("-", "")


def _basis(text: str, figure: Figure, sentence: tuple[int, int]) -> str:
    """The basis of a change said right after it: a year's change and a month's are two
    measures ("up 0.4% on the month and 12.6% on a year earlier")."""
    after = text[figure.end:min(sentence[1], figure.end + _AFTER)]
    stop = re.search(r"\d|;|\band\b", after)
    after = after if stop is None else after[:stop.start()]
    if _YEAR_ON_YEAR.search(after):
        return " (annual)"
    if _MONTH_ON_MONTH.search(after):
        return " (monthly)"
    return ""


_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+|total\s+|its\s+|their\s+)?"
                       r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s+)?"
                       r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*[,.;]|\s+(?:in|on|at|"
                       r"last|this|sent|traffic|by|from|for|and|was|were|is|are)\b|$)")


def _share_whole(text: str, figure: Figure, sentence: tuple[int, int]) -> str | None:
    """The whole a share is of, named right after it: "94% of e-mail" -> "email"."""
    match = _OF_WHOLE.match(text, figure.end, sentence[1])
    if match is None:
        return None
    words = [word for word in match.group(1).lower().split() if word not in _STOP]
    return " ".join(_normal(word) for word in words) or None


def _antecedent(before: Sequence[Claim], figure: Figure, sentence: tuple[int, int],
                previous: Sentence | None) -> str | None:
    """The measure of a change told by its time alone ("Energy prices rose 1.9 pct last
    month after a 3.0 pct rise in January"): the change the figure of its kind just
    before it (in this sentence or the one before) measures. None when that figure is no
    generic change: "the cost of gasoline rose in February by 4.2 pct, after a 6.6 pct rise
    in January" is not a change of the energy prices a sentence before names."""
    first = previous.start if previous is not None else sentence[0]
    for claim in reversed(before):
        if claim.sentence_start < first:
            break
        if claim.figure.kind != figure.kind:
            continue
        what = parse(claim.event).what if claim.subject == GENERIC else None
        return what if what is not None and " change" in f"{what} " else None
    return None


def _referred(before: Sequence[Claim], figure: Figure, sentence: tuple[int, int],
              previous: Sentence | None) -> str | None:
    """The measure a vague phrase refers to: that of the nearest generic claim of the same
    kind in this sentence or the one before; None when there is none."""
    first = previous.start if previous is not None else sentence[0]
    for claim in reversed(before):
        if claim.sentence_start < first:
            break
        if claim.subject == GENERIC and claim.figure.kind == figure.kind:
            return parse(claim.event).what
    return None
