"""Whose figure it is: an owner named in the figure's own noun phrase beats the speaker.

News copy reports one source's figure inside another's sentence: "Lawson's forecast of a
1987 current account deficit of 2.5 billion stg will be exceeded, Wroblewski said" (the
2.5 bn is Lawson's; Wroblewski only judges it), "compared with 12 mln forecast by the
National Coffee Growers' Federation and 12.5 mln by the U.S. Department of Agriculture",
"against a government estimate of 1.99 mln", "The official 1987/88 estimate is 2.9 pct".
The noun phrase that holds the figure names its owner, and that owner is the figure's
source whoever speaks the sentence; so does "its" after a body and its verb ("The
International Monetary Fund is to cut its 2005 growth forecast ... from 1.8% to 0.8%, the
Financial Times Deutschland reported"). Each form is found next to the figure itself, so a
figure elsewhere in the sentence keeps the speaker.
"""

from __future__ import annotations

import re

from reconcile.attribution.mentions import Mention, name_after
from reconcile.attribution.names import classify
from reconcile.attribution.patterns import OWNED_GAP_FIRST, CompiledLexicon
from reconcile.attribution.tokens import Token, tokenize
from reconcile.model import Figure, Sentence
from reconcile.textfold import folds_by_lowering

_GAP_WORDS = 7
_GAP_ALLOWED = frozenset({"of", "a", "an", "the", "about", "around", "some", "nearly"})

_MADE_BY = re.compile(
    r"\s+(?P<between>(?:(?:[a-z]|[A-Z]{2,}|\d{4}\b)[\w/-]*\s+){0,3}?)"
    r"(?P<cue>(?:(?:forecast|estimate|projection|prediction)s?\s+made|forecast|estimated|"
    r"predicted|projected|proposed|reported|published|calculated|expected)\s+by)\s+"
)
_ELLIPSIS = re.compile(r"\s+(?P<cue>by)\s+")
_COORDINATED = re.compile(r"(?:,|\band|\bor|\bagainst|\bversus)\s*$")
_COORDINATION_CHARS = 80
_DETERMINERS = frozenset({"a", "an", "the"})
_OWNER_OPENERS = _DETERMINERS | {"on", "by", "from", "with", "under", "in", "below", "above",
                                  "than", "beat", "exceed", "exceeded", "missed", "topped"}
"""What may open an owner and its figure noun: a determiner ("a government estimate of"),
or a preposition or a verb of comparing before a report noun ("based on EC predictions of
GDP growth of 1.5%", "well below analyst expectations of 374m euros"), not before a measure
("a decline in U.S. production of more than one mln barrels")."""
_DESCRIBED_WINDOW = 120
_PLAIN_BETWEEN = 1


def owners(text: str, sentences: list[Sentence], indexes: list[int], figures: list[Figure],
           mentions: list[list[Mention]], lexicon: CompiledLexicon) -> list[Mention | None]:
    """The owner named in each figure's noun phrase, or None; ``indexes`` gives each
    figure's sentence and ``mentions`` each sentence's mentions. An owner named after the
    figure ("12 mln forecast by X") is a new mention, which the caller resolves with the
    rest."""
    lowered = text.lower() if folds_by_lowering(text) else None
    # the forms most documents and sentences lack are not looked for figure by figure: an
    # official plan says "official", a possessive owner is a possessive mention
    official = lowered is None or "official" in lowered
    possessive = {index for index, found in enumerate(mentions)
                  if any(mention.possessive for mention in found)}
    found: list[Mention | None] = []
    for figure, index in zip(figures, indexes, strict=True):
        if index < 0:
            found.append(None)
            continue
        sentence = sentences[index]
        found.append(
            (_official_plan(text, sentence, figure) if official else None)
            or _own_plan(text, sentence, figure, mentions[index], lexicon)
            or (_possessive_owner(text, figure, mentions[index], lexicon)
                if index in possessive else None)
            or _described_owner(text, lowered, sentence, figure, lexicon)
            or _made_by(text, sentence, figure, found, figures, lexicon)
            or _coordinated(text, figure, found, figures, lexicon)
        )
    return found


_OFFICIAL_PLAN = re.compile(
    r"\b(?:the|an?)\s+(?P<official>official)\s+(?P<between>(?:[\w/.-]+\s+){0,4}?)"
    r"(?P<noun>(?:target|forecast|estimate|projection|goal)s?)\b", re.IGNORECASE)
_PLAN_GAP = re.compile(
    r"(?:\s+(?:for|in|this|next)\b[^,;:()\"]{0,30}?)?,?\s+(?:is|was|of|at|to|would be|will be)"
    r"\s+(?:about\s+|around\s+|some\s+)?")
_PLAN_WINDOW = 90


def _official_plan(text: str, sentence: Sentence, figure: Figure) -> Mention | None:
    """"The official 1987/88 estimate is 2.9 pct", "higher than the official 3.5 pct
    target, a private economic institute said", "the official target for 1987 GNP growth
    is eight pct": an official target, forecast or estimate is the government's, whoever
    speaks the sentence. The owner is named "government" from "the official ...", which
    resolution takes to the ministry or department of the state the story has named. An
    official *figure* is a statistic, the official figures' own (left to the described
    owner)."""
    window = max(sentence.start, figure.start - _PLAN_WINDOW)
    for match in _OFFICIAL_PLAN.finditer(text, window, min(sentence.end,
                                                           figure.end + _PLAN_WINDOW)):
        inside = match.start("between") <= figure.start and figure.end <= match.start("noun")
        ahead = match.end() <= figure.start and _PLAN_GAP.fullmatch(
            text, match.end(), figure.start) is not None
        if inside or ahead:
            return Mention(
                start=match.start("official"), end=match.end(), words=("government",),
                cue=match.group("noun"), cue_start=match.start("noun"),
                cue_end=match.end("noun"), possessive=True, local=True,
                scope_start=figure.start, scope_end=figure.end,
            )
    return None


_BODY_NOUNS = frozenset({"government", "ministry", "department", "administration", "bank",
                         "fund", "commission", "agency", "institute", "board", "company",
                         "group", "firm"})
"""Heads of a body named in lower case before its plan ("the government", "The economy
ministry")."""
_OWN_PLAN = re.compile(
    r"(?:\b[Tt]he\s+(?P<described>(?:(?!the\b)[\w.'’-]+\s+){0,2}?(?:"
    + "|".join(sorted(_BODY_NOUNS)) + r"))"
    r"|(?:\b[Tt]he\s+)?(?P<named>(?:[A-Z][\w.&'’-]*\s+(?:(?:of|and|&)\s+)?){0,5}"
    r"(?!The\b)[A-Z][\w.&'’-]*))"
    r"\s+(?P<verb>(?:[a-z]+\s+){1,4}?)(?:its|their)\s+(?P<between>(?:[\w/.-]+\s+){0,4}?)"
    r"(?P<noun>(?:forecast|estimate|projection|prediction|target|goal)s?)\b")
"""A body's own plan named with "its" after the body and its verb: "The International
Monetary Fund is to cut its 2005 growth forecast", "the government were to meet its five
pct inflation target"."""
_PLAN_NOUNS = ("forecast", "estimate", "projection", "prediction", "target", "goal")
"""The nouns of ``_OWN_PLAN``, one of which each of its matches holds as written."""
_PLAN_REACH = 160
_NOT_SUBJECTS = frozenset({"this", "that", "these", "those", "there", "despite", "after",
                           "before", "although", "unless", "once"})
_NOUN_AFTER = 40
"""How far after a figure inside the noun phrase its noun may end ("its five pct inflation
target")."""
_FROM = re.compile(r"\bfrom\s+(?:\S+\s+){0,3}$")
_HEDGES = frozenset({"probably", "possibly", "likely", "could", "may", "might", "would",
                     "expected", "should"})
"""Words of the verb that make the plan's new figure the speaker's guess: "The U.S.
Department of Agriculture will probably decrease its estimate ... to as low as 123 mln boxes
from 129 mln boxes, analysts ... said" (the 123 is the analysts', the 129 the department's)."""
_PLAN_GAP_STOPS = frozenset({"said", "says", "told", "reported", "according", "and", "but",
                             "while", "when", "which", "who", "that", "because", "although",
                             "if", "than", "against", "compared"})


def _own_plan(text: str, sentence: Sentence, figure: Figure, mentions: list[Mention],
              lexicon: CompiledLexicon) -> Mention | None:
    """The body whose own forecast, estimate or target the figure is, named before "its"
    ("The International Monetary Fund is to cut its 2005 growth forecast for the German
    economy from 1.8% to 0.8%, the Financial Times Deutschland reported"): the figure is
    the body's whoever reports the sentence. The figure stands inside the noun phrase
    ("its five pct inflation target") or after it in the same clause ("from 1.8% to 0.8%");
    a new figure after a hedged verb ("will probably decrease its estimate ... to as low
    as 123 mln") is the speaker's guess, the old one ("from 129 mln") the body's. Where
    the lexicon reads the verb as a cue of its own ("increased its estimate"), that cue's
    mention is the owner."""
    low, high = max(sentence.start, figure.start - _PLAN_REACH), min(sentence.end,
                                                                     figure.end + _NOUN_AFTER)
    before = text[low:figure.start]
    if "its " not in before and "their " not in before:
        return None  # the cheap test first: most figures have no "its" before them
    if not any(map(text[low:high].__contains__, _PLAN_NOUNS)):
        return None  # nor a plan's noun: the regex, slow to fail, is not run
    for match in _OWN_PLAN.finditer(text, low, high):
        if match.start("between") > figure.start:
            break
        verb = match.group("verb").split()
        if any(word in _PLAN_GAP_STOPS for word in verb):
            continue  # "Rubio said internal demand ... its": the plan is another clause's
        inside = match.start("between") <= figure.start and figure.end <= match.start("noun")
        if not inside:
            if match.end() > figure.start or not _plan_gap(
                    text[match.end():figure.start]):
                continue
            if any(word in _HEDGES for word in verb) and not _FROM.search(
                    text, match.end(), figure.start):
                continue
        cue = next((m for m in mentions if match.start("verb") <= m.cue_start < match.end("noun")),
                   None)
        if cue is not None:
            return cue  # "The U.S. Agriculture Department increased its estimate": a cue
        part = "described" if match.group("described") else "named"
        subject = match.group(part).split()
        if subject[0].lower() in lexicon.boundaries or subject[0].lower() in _NOT_SUBJECTS \
                or subject[0].lower() in lexicon.lexicon.pronouns \
                or any(word in lexicon.source_nouns or word in _BODY_NOUNS for word in verb):
            continue  # "If OPEC achieves", "It revised", "This compares with its forecast",
            # "U.S. grain analysts have revised their estimates": no body's own plan
        return Mention(
            start=match.start(part), end=match.end(part), words=tuple(subject),
            cue=match.group("noun"), cue_start=match.start("noun"), cue_end=match.end("noun"),
            possessive=True, local=True, scope_start=figure.start, scope_end=figure.end,
        )
    return None


def _plan_gap(between: str) -> bool:
    """Whether the words from a plan's noun to a figure after it stay in its clause ("for
    the German economy from 1.8% to", "of the 1986/87 Florida orange crop today to as low
    as"): no punctuation that ends a clause, no verb of saying or word opening another."""
    if any(mark in between for mark in ",;:()\"“”") or len(between) > _PLAN_REACH:
        return False
    return not any(word.lower() in _PLAN_GAP_STOPS for word in between.split())


def _owned_gap(words: list[Token], lexicon: CompiledLexicon) -> bool:
    """Whether the words between a figure noun and a figure join the noun to the figure it
    owns: "of a 1987 current account deficit of", "of", "is" — a few words, opened by
    "of"/"at"/"is", with no punctuation, cue verb or clause word that would start another
    clause. The caller passes the words it has split already: the tokens after a token are
    the tokens of the text after it (the token pattern looks at nothing before a match)."""
    if not words or len(words) > _GAP_WORDS or words[0].lower not in OWNED_GAP_FIRST:
        return False
    return all(
        w.is_word and (w.lower in _GAP_ALLOWED or w.lower not in lexicon.boundaries)
        and w.lower not in lexicon.lexicon.pronouns
        for w in words[1:]
    )


def _possessive_owner(text: str, figure: Figure, mentions: list[Mention],
                      lexicon: CompiledLexicon) -> Mention | None:
    """"Nigel Lawson's forecast of a 1987 current account deficit of 2.5 billion stg":
    the possessive mention whose noun the figure completes."""
    for mention in reversed(mentions):
        if mention.possessive and mention.cue_end <= figure.start and _owned_gap(
            tokenize(text, mention.cue_end, figure.start), lexicon
        ):
            return mention
    return None


def _described_owner(text: str, lowered: str | None, sentence: Sentence, figure: Figure,
                     lexicon: CompiledLexicon) -> Mention | None:
    """"against a government estimate of 1.99 mln", "the official figure of 224 mln stg",
    "The official 1987/88 estimate is 2.9 pct": an owner word between a determiner and a
    figure noun. The owner is a word that can be a source on its own ("government",
    "official") or a name the lexicon classes as a body ("USDA"); "the March estimate"
    names a month, not an owner. ``lowered`` is ``text.lower()`` where it keeps offsets
    (else None): a window with no figure noun followed by a word that could join it to the
    figure ("estimate of") is not split into words."""
    window = max(sentence.start, figure.start - _DESCRIBED_WINDOW)
    if lowered is not None and lexicon.owned_noun_text.search(lowered, window,
                                                               figure.start) is None:
        return None
    words = tokenize(text, window, figure.start)
    for noun_at in range(len(words) - 1, 0, -1):
        if words[noun_at].lower not in lexicon.figure_nouns:
            continue
        if not _owned_gap(words[noun_at + 1 :], lexicon):
            return None
        return _owner_before(words, noun_at, lexicon)
    return None


def _owner_before(words: list[Token], noun_at: int, lexicon: CompiledLexicon
                  ) -> Mention | None:
    """The owner word or name before the figure noun at ``noun_at``, just after a
    determiner; a year ("official 1987/88 estimate") or one plain word ("a government
    growth estimate") may stand between."""
    plain = 0
    for owner_at in range(noun_at - 1, 0, -1):
        owner = words[owner_at]
        if owner.text[0].isdigit() or owner.text in "/-":
            continue
        opener = words[owner_at - 1].lower
        if (opener in _DETERMINERS or (opener in _OWNER_OPENERS and words[noun_at].lower
                                       not in lexicon.owned_measures)) \
                and _owns(owner, lexicon):
            noun, before = words[noun_at], words[owner_at - 1]
            article = (before,) if before.lower in _DETERMINERS else ()
            return Mention(
                start=(article or (owner,))[0].start, end=noun.end,
                words=(*(t.text for t in article), owner.text, noun.text), cue=noun.text,
                cue_start=noun.start, cue_end=noun.end, possessive=True, local=True,
                scope_start=noun.start, scope_end=noun.end,
            )
        plain += 1
        if plain > _PLAIN_BETWEEN or not owner.is_word or owner.is_capitalised or (
            owner.lower in lexicon.boundaries
        ) or _verb_like(owner, lexicon):
            return None  # "The company reported sales of": a clause, not "company sales"
    return None


def _verb_like(word: Token, lexicon: CompiledLexicon) -> bool:
    """A word between an owner and its figure noun that makes them a clause: a past form
    or an auxiliary ("reported", "has", "will"), where a plain adjective or noun ("growth",
    "official") keeps them one noun phrase."""
    return word.lower.endswith("ed") or word.lower in lexicon.auxiliaries \
        or word.lower in _FINITE


_FINITE = frozenset({"posts", "reports", "sees", "expects", "made", "makes", "saw", "had",
                     "put", "puts", "set", "sets", "gave", "gives", "shows", "showed"})


def _owns(word: Token, lexicon: CompiledLexicon) -> bool:
    if word.is_capitalised:
        return word.is_acronym or classify(word.text, word.text, lexicon) != "other"
    return word.lower in lexicon.source_nouns and classify(word.lower, word.lower,
                                                           lexicon) != "other"


def _made_by(text: str, sentence: Sentence, figure: Figure, found: list[Mention | None],
             figures: list[Figure], lexicon: CompiledLexicon) -> Mention | None:
    """"12 mln forecast by the National Coffee Growers' Federation", "a two pct growth
    forecast made by the semi-official Institute for Economic Research (WIFO)"; and "12.5
    mln by the U.S. Department of Agriculture" when it is coordinated with such a figure
    just before it, whose verb it leaves out."""
    if text.find("by", figure.end, sentence.end) < 0:
        return None  # both forms name the owner after "by": most figures have none after
    match = _MADE_BY.match(text, figure.end, sentence.end)
    if match is not None and any(  # "2,600 orders were issued by": a passive, not an owner
            word in lexicon.auxiliaries for word in match.group("between").split()):
        match = None
    if match is None and _follows_owned(text, figure, found, figures):
        match = _ELLIPSIS.match(text, figure.end, sentence.end)
    if match is None:
        return None
    name = name_after(tokenize(text, match.end(), sentence.end), lexicon)
    if name is None:
        return None
    return Mention(
        start=name[0].start, end=name[-1].end, words=tuple(t.text for t in name),
        cue=match.group("cue"), cue_start=match.start("cue"), cue_end=match.end("cue"),
        backward=True, local=True, scope_start=figure.start, scope_end=figure.end,
    )


_AND_THEN = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+(?:(?:about|around|some|nearly|a|an)\s+)?$")
_AND_REACH = 60


def _coordinated(text: str, figure: Figure, found: list[Mention | None],
                 figures: list[Figure], lexicon: CompiledLexicon) -> Mention | None:
    """The owner of the figure just before, when this one is coordinated with it in the
    same noun phrase ("based on EC predictions of GDP growth of 1.5% in Germany next year
    and 2.2% in France", "a government estimate of 1.99 mln tonnes for 1987 and 2.1 mln
    for 1988"): "and" or "or" right before the figure, and between the two only words that
    qualify the first (a place, a period), no verb or clause word that would start another
    clause."""
    if not found or found[-1] is None or not (found[-1].local or found[-1].possessive):
        return None
    previous = figures[len(found) - 1]
    between = text[previous.end:figure.start]
    if len(between) > _AND_REACH or any(mark in between for mark in ";:()\"“”") \
            or _AND_THEN.search(between) is None:
        return None
    words = [token.lower for token in tokenize(text, previous.end, figure.start)
             if token.is_word][:-1]
    if any(word in _CLAUSE_WORDS or word in lexicon.auxiliaries or word.endswith("ed")
           for word in words):
        return None
    return found[-1]


_CLAUSE_WORDS = frozenset({"said", "says", "say", "told", "that", "which", "who", "while",
                           "but", "because", "although", "against", "compared", "versus",
                           "than", "from", "to", "by", "according"})
"""Words that part two figures into two clauses or two sides ("5.2 mln against 4.8 mln",
"from 1.8% to 0.8%")."""


def _follows_owned(text: str, figure: Figure, found: list[Mention | None],
                   figures: list[Figure]) -> bool:
    """Whether the figure just before this one was owned by a "forecast by" name that
    ends shortly before it, joined by "and", "or" or a comma."""
    if not found:
        return False
    previous, owner = figures[len(found) - 1], found[-1]
    if owner is None or not owner.backward or not owner.local or previous.end > owner.start:
        return False
    between = text[owner.end : figure.start]
    return len(between) <= _COORDINATION_CHARS and _COORDINATED.search(between) is not None \
        and not any(mark in between for mark in ";:()\"")
