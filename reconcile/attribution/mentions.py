"""Find who a sentence says gives its figures: cues, the source words, and their reach.

A mention is a cue ("estimated", "according to", "X's figures") with the words naming its
source, and the stretch of the sentence it attributes (its scope): "X said that ..." reaches
forward to the next mention; "..., X said." and "..., according to X" reach back to the
previous one; "X's estimate of ..." reaches forward from the noun.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise, repeat
from operator import attrgetter
from typing import NamedTuple

from reconcile.attribution.named import group_before
from reconcile.attribution.names import (
    DOCUMENT_HEADS,
    NAME_PARTICLES,
    OFFICES,
    PLACE_ADVERBS,
    PREPOSITIONS,
    capitalised_inside,
    classify,
    is_adverb,
    looks_like_person,
    opens_clause,
    without_brackets,
)
from reconcile.attribution.patterns import CompiledLexicon, CuePatterns, by_sentence, cue_verbs
from reconcile.attribution.places import speaker_end
from reconcile.attribution.tokens import (
    DASHES,
    QUOTES,
    DocumentTokens,
    SentenceTokens,
    Token,
)
from reconcile.model import Sentence
from reconcile.timeref import MONTHS

_MAX_NAME_WORDS = 18
_RELATIVES = frozenset({"who", "which", "that"})
_OPENS_NOUN_PHRASE = frozenset({"the", "a", "an"})
_CLAUSE_PUNCTUATION = frozenset(",;:()") | QUOTES | DASHES


class Mention(NamedTuple):
    """A cue and the words naming its source, with the span of the sentence it covers.

    A named tuple rather than a frozen dataclass: one is built, and rebuilt with its
    scope, for every cue of every sentence, and a tuple is built several times faster.
    Mentions are told apart by identity (``is``, ``id``), never by value.
    """

    start: int
    end: int
    words: tuple[str, ...]
    cue: str
    cue_start: int
    cue_end: int
    pronoun: bool = False
    backward: bool = False
    possessive: bool = False
    continues: bool = False
    local: bool = False
    scope_start: int = 0
    scope_end: int = 0

    @property
    def lead(self) -> int:
        return min(self.start, self.cue_start)

    @property
    def tail(self) -> int:
        return max(self.end, self.cue_end)

    def scoped(self, start: int, end: int) -> Mention:
        """The mention with its scope: ``_replace`` without its keyword machinery, as one
        is made for every mention of every sentence."""
        return _new_tuple(Mention, (*self[:_SCOPE], start, end))


_new_tuple = tuple.__new__
_SCOPE = Mention._fields.index("scope_start")
_TEXT = attrgetter("text")


Finder = Callable[[str, SentenceTokens, re.Match[str], CompiledLexicon], "Mention | None"]


def find_mentions(text: str, sentences: list[Sentence], lexicon: CompiledLexicon,
                  search: tuple[str, CuePatterns],
                  tokens: DocumentTokens | None = None) -> list[list[Mention]]:
    """Every attributing mention of each sentence, in order, each with its scope.

    ``search`` is the document's ``lexicon.cue_search(text)``: the text the cue phrases
    are searched in (offsets as in ``text``) and the regexes to search it with. Each cue
    regex runs once over the whole document and its matches are dealt out to sentences;
    a sentence is split into words only once a cue is found in it, and most sentences
    of a corpus hold none. ``tokens`` are the document's sentences' words, shared with the
    other readers of its words (split here only as far as a cue's source is looked for).
    """
    searched, cues = search
    split = DocumentTokens(text, sentences) if tokens is None else tokens
    hits: dict[int, list[tuple[Finder, re.Match[str]]]] = {}
    starts = [sentence.start for sentence in sentences]
    for pattern, finder, within in (
        (lexicon.relative, _relative, text),
        (cues.possessive, _possessive, searched),
        (cues.nominal, _nominal, searched),
        (cues.inverted, _inverted, searched),
        (cues.participle, _participle, searched),
        (cues.cues, _forward, searched),
    ):
        if pattern is None:
            continue
        for index, matches in by_sentence(pattern, within, sentences, starts).items():
            hits.setdefault(index, []).extend(zip(repeat(finder), matches))
    return [_mentions(text, sentence, split.of(index), lexicon, hits[index])
            if index in hits else [] for index, sentence in enumerate(sentences)]


def _mentions(text: str, sentence: Sentence, tokens: SentenceTokens, lexicon: CompiledLexicon,
              hits: list[tuple[Finder, re.Match[str]]]) -> list[Mention]:
    """The mentions of one sentence from its cue matches, in the order the cue regexes
    were tried; a match that overlaps a mention found before it is passed over."""
    found: list[Mention] = []
    for finder, match in hits:
        asking = max(sentence.start, match.start() - _QUESTION_REACH)
        if text.find(_ASKED, asking, match.start()) >= 0 \
                and _QUESTION.search(text, asking, match.start()):
            continue  # "Asked whether he foresaw a reduction of the 7.6 billion ...": asked
        mention = finder(text, tokens, match, lexicon)
        if mention is not None and not any(_overlaps(mention, other) for other in found):
            found.append(mention)
    if not found:
        return found
    if len(found) > 1:  # most sentences hold one mention, which nothing can pass over
        found = [m for m in found if not any(_noun_of_cue(m, other) for other in found)]
        found = [m for m in found if not any(_names_cue(other, m) for other in found)]
        found = [m for m in found if not any(_second_verb(other, m) for other in found)]
        found = [m for m in found if not any(_said_before(other, m) for other in found)]
        found = _speakers_over_quoted(text, sentence, found)
        found.sort(key=lambda m: m.lead)
    return _with_scopes(text, found, sentence, lexicon)


_QUESTION = re.compile(r"\b[Aa]sked\s+(?:\w+\s+)?(?:whether|if)\s+(?:\w+\s+){0,2}$")
"""A cue inside a question put to someone ("Asked whether he foresaw a reduction this year
of France's trade shortfall, at 7.6 billion francs ..."): what is asked is no one's claim."""
_QUESTION_REACH = 60
_ASKED = "sked"
"""What every match of ``_QUESTION`` holds as written: the words before most cues hold no
"asked", and ``str.find`` says so faster than the regex, which opens with a word boundary
and so is tried at every character."""


def owns_measure(mention: Mention, lexicon: CompiledLexicon) -> bool:
    """Whether a mention is a possessive on a measure its owner usually reports ("China's
    sugar output"): it gives the figure only where no other cue reaches it, and it does not
    end the reach of a verb before it ("the spokesman said China's cotton output ...")."""
    return (mention.possessive and not mention.local
            and mention.cue.rpartition(" ")[2].lower() in lexicon.owned_measures)


def _speakers_over_quoted(text: str, sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """A source named inside a quotation is the speaker's words, not the figure's source,
    when the sentence names a speaker outside it ('X added: "... Y's claims of 35bn"')."""
    outside = [m for m in found if not inside_quotation(text, sentence.start, m.lead)]
    return outside if outside else found


def _names_cue(owner: Mention, other: Mention) -> bool:
    """A cue inside another mention's name is part of that name ("the estimated amount")."""
    return owner is not other and owner.start <= other.cue_start < owner.end


def _noun_of_cue(subject: Mention, agent: Mention) -> bool:
    """Whether a cue's subject is only the noun of another cue that names its agent ("The
    survey, conducted by the Pew Internet and American Life Project, showed"): the agent
    tells what the survey showed, not "survey"."""
    return subject is not agent and agent.cue_start == subject.start \
        and subject.end < agent.cue_end and subject.end <= subject.cue_start


def _second_verb(first: Mention, second: Mention) -> bool:
    """"The Tories said they would not cut spending but agreed ...": a second verb of a
    subject that has a cue of its own adds nothing; the first cue governs the sentence."""
    return (first is not second and first.start < second.end and second.start < first.end
            and first.end <= first.cue_start < second.cue_start)


def _said_before(verb: Mention, participle: Mention) -> bool:
    """Whether a participle of saying after a clause ("..., adding that", "noting that")
    follows a verb of saying that names its subject first ("Kloeckner & Co KGaA, the
    international trading group, said its 1986 ... net profit fell by around 20 pct ...,
    adding that ..."): that verb's reach runs over the participle's clause, and the
    participle, whose subject is found by walking back over the clause, adds nothing."""
    return verb is not participle and not verb.backward and not verb.local \
        and verb.end <= verb.cue_start and verb.cue_end <= participle.cue_start \
        and _SAYING_PARTICIPLE.fullmatch(participle.cue) is not None


_SAYING_PARTICIPLE = re.compile(r"(?i)[a-z]+ing\s+that")


def inside_quotation(text: str, start: int, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation opened earlier in the sentence."""
    straight = text.count('"', start, offset)
    opened = text.count("“", start, offset) - text.count("”", start, offset)
    return straight % 2 == 1 or opened > 0


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.cue_start < b.cue_end and b.cue_start < a.cue_end


def _with_scopes(text: str, mentions: list[Mention], sentence: Sentence,
                 lexicon: CompiledLexicon) -> list[Mention]:
    scoped = []
    for index, mention in enumerate(mentions):
        if mention.local:
            scoped.append(mention)  # its reach is its own noun phrase, set when found
            continue
        # A possessive ("the government's forecast of ...") or a relative clause ("the
        # ceiling it set") is local: it does not cut the reach of a verb that attributes
        # the whole clause before it; a relative clause does not cut one after it either.
        verbs = [m for m in mentions[:index] if not m.possessive and not m.local]
        previous = verbs[-1].tail if verbs else sentence.start
        later = [m for m in mentions[index + 1 :]
                 if not m.local and not owns_measure(m, lexicon)]
        following = later[0].lead if later else sentence.end
        if mention.backward:
            end = following if mention.continues else mention.lead
            scoped.append(mention.scoped(previous, end))
        elif mention.end <= mention.cue_start and not mention.possessive:
            # "X said ...", and "the government maintained its five pct inflation target":
            # a cue of several words may hold its own figure after its verb, the subject's;
            # so does an aside on the subject's own act before its verb ("The Bass Group,
            # which holds 24.9 pct of Taft, said")
            start = mention.end if _own_act_aside(text, mention, lexicon) \
                else _verb_end(mention)
            scoped.append(mention.scoped(start, following))
        else:
            scoped.append(mention.scoped(mention.tail, following))
        if _embedded(text, mention, scoped[-1].scope_end):
            clause = _CLAUSE_END.search(text, mention.cue_end, scoped[-1].scope_end)
            if clause is not None:
                scoped[-1] = scoped[-1]._replace(scope_end=clause.start())
    return scoped


_NOUN_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")
_BE_AFTER = re.compile(r"\s+(?:is|was|are|were)\b")
_NOT_NOUNS = frozenset({"that", "and", "but", "because", "since", "while", "when", "which",
                        "who", "whom", "what", "where", "said", "says", "told", "added",
                        "although", "though", "unless", "whether", "then", "now", "also"})


def _embedded(text: str, mention: Mention, end: int) -> bool:
    """Whether a pronoun's cue stands inside a relative clause on the noun before it ("the
    child he says is his, but 42% backed ..."): it vouches for that clause only, which
    ends at its comma or full stop (``_CLAUSE_END``), not with the rest of the sentence."""
    if not mention.pronoun or mention.backward or mention.cue_end >= end:
        return False
    noun = _NOUN_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    return noun is not None and noun.group(1) not in _NOT_NOUNS \
        and _BE_AFTER.match(text, mention.cue_end) is not None


_ACT_ASIDE = re.compile(r"\s*,\s+(?:which|who)\s+(?:(?:also|now|still|already|currently)\s+)?"
                        r"(?:has\s+|have\s+|had\s+)?([a-z]+)\b")


def _own_act_aside(text: str, mention: Mention, lexicon: CompiledLexicon) -> bool:
    """Whether an aside between the subject and its verb tells of the subject's own act
    ("The Bass Group, which holds 24.9 pct of Taft, said"), not of what was done to it
    ("Arsene Wenger, who was fined £15,000 in December ..., believes")."""
    aside = _ACT_ASIDE.match(text, mention.end, mention.cue_start)
    return aside is not None and aside.group(1) in lexicon.acts


def _verb_end(mention: Mention) -> int:
    """Where the verb that opens a mention's cue ends ("maintained" of "maintained its
    five pct inflation target")."""
    space = mention.cue.find(" ")
    return mention.cue_end if space < 0 else mention.cue_start + space


def is_pronoun(token: Token, lexicon: CompiledLexicon) -> bool:
    """A pronoun, not a ticker written in capitals ("Shearson Lehman Brothers Holdings Inc
    SHE said"; a wire story's body is in mixed case)."""
    return token.lower in lexicon.lexicon.pronouns and not (
        len(token.text) > 1 and token.text.isupper())


def _make(words: list[Token], cue_text: str, cue_start: int, cue_end: int, *,
          backward: bool, lexicon: CompiledLexicon, possessive: bool = False,
          continues: bool = False, local: bool = False) -> Mention:
    """A mention with no scope yet, built as a plain tuple (keywords cost more than the
    tuple: one is made for every cue)."""
    pronoun = len(words) == 1 and is_pronoun(words[0], lexicon)
    return _new_tuple(Mention, (words[0].start, words[-1].end, tuple(map(_TEXT, words)),
                                cue_text, cue_start, cue_end, pronoun, backward, possessive,
                                continues, local, 0, 0))


def _forward(text: str, tokens: SentenceTokens, match: re.Match[str],
             lexicon: CompiledLexicon) -> Mention | None:
    """"X said ...", "..., X said", or with the source after: "..., said X"."""
    start, end = match.span()
    cue_text = text[start:end]
    before = tokens.before(start)
    if _noun_use(cue_text, before, tokens, end, lexicon) or _in_title(cue_text, before):
        return None
    subject = _subject_before(before, cue_text, lexicon)
    if subject is None:
        official = _officially(before, lexicon)
        if official is not None:
            return _make([official], cue_text, start, end, lexicon=lexicon, backward=False)
    if cue_text.lower() in _BARE_PLURAL_CUES and not _sees(cue_text, before, subject, lexicon):
        return None
    if cue_text.lower() == "saw" and not _saw_ahead(tokens.after(end)):
        return None
    if cue_text.lower().startswith(("found", "finds")) and _finds_a_thing(before, tokens, end,
                                                                         lexicon):
        return None
    if subject is not None and len(subject) == 1 and subject[0].lower in lexicon.quantifiers \
            and group_before(text, subject[0].start, lexicon) is None:
        return None  # "some believe" with no group named before: no one in particular
    if subject is not None and _exhibits(cue_text, subject, tokens, end, lexicon):
        return None
    if subject is not None and _owned_participle(text, subject, cue_text, end):
        return None
    if subject is not None and _told_content(before, subject):
        return None
    if subject is not None:
        trailing = _is_trailing(text, before, subject, end, lexicon)
        # ", the PPI said, a worker will live to 81": the aside covers both sides.
        continues = trailing and (text[end : end + 1] == "," or _GOING_ON.match(text, end)
                                  is not None) and bool(text[end + 1 :].strip())
        if not trailing and _second_verb_of(before, subject, lexicon) \
                and _names_someone(text, subject, lexicon):
            # "Technorati ... tracks about six million blogs and says that more than
            # 12,000 are added daily": the first verb's figures are the subject's too
            trailing = continues = True
        mention = _make(subject, cue_text, start, end, lexicon=lexicon, backward=trailing,
                        continues=continues)
        # a cue in a relative clause ("a firm which drew its data from U.S. Treasury
        # reports"), not the main verb after one ("Kim, who is also Economic Planning
        # Minister, said")
        relative = None if subject[0].lower in _RELATIVES or any(
            t.text in _CLAUSE_PUNCTUATION for t in before if t.start >= subject[-1].end) \
            else _relative_pronoun([t for t in before if t.start < subject[0].start])
        if relative is None:
            return mention
        inside = [t for t in before if relative.end <= t.start < subject[0].start]
        if any(_governs(t) for t in inside):
            return None  # the clause has its own verb: "which may have lost Volkswagen AG
            # millions of dollars said", "which drew its data from U.S. Treasury reports"
        if len(inside) >= 2 and inside[0].lower.endswith("s") and inside[0].text.islower() \
                and inside[1].lower in _DETERMINERS:
            # "A member of the board which regulates the Farm Credit System predicted":
            # the name is the relative verb's object; the speaker opens the sentence
            named = _collect_back([t for t in before if t.start < relative.start], lexicon)
            return _make(named, cue_text, start, end, lexicon=lexicon, backward=False) \
                if named and _acceptable(named, lexicon) else None
        return _within_clause(mention, relative, tokens, lexicon)
    if before and (before[-1].text in QUOTES or before[-1].text in ",.") and not _passive(
        before, lexicon
    ) and not _progressive(cue_text):  # ", reporting its results, said": an aside
        after = tokens.after(end)
        name = _name_after(after, lexicon)
        # ", said X": the speaker follows the verb at once, not after "at 110 billion
        # guilders for 1986 by" (", put at N by X" is the passive's agent, not a speaker)
        if name is not None and name[0] in after[:_SPEAKER_AFTER] and (
                _has_proper(name) or name[-1].lower in lexicon.source_nouns) and not (
                _says_of(name, after)):
            return _make(name, cue_text, start, end, lexicon=lexicon, backward=True)
    return None


def _told_content(before: list[Token], subject: list[Token]) -> bool:
    """Whether the subject walked back from the verb opens right after "told": "The sources
    told Reuters Senate Budget Committee Chairman Lawton Chiles ... believes", "The managers
    told Reuters some insurers showed". The run glues the listener to the clause told, which
    is what the teller said; the teller is the source, not the clause's subject."""
    index = before.index(subject[0])
    return index > 0 and before[index - 1].text in _TELLING


_TELLING = frozenset({"told", "tells", "tell", "telling"})


_POSSESSIVE_END = ("'s", "’s", "s'", "s’")
_THAT_NEXT = re.compile(r"\s+that\b")


def _owned_participle(text: str, subject: list[Token], cue_text: str, end: int) -> bool:
    """Whether a participle of a guess after a possessive qualifies the owner's noun ("says
    BA's estimated annual surcharge revenues - £160m - will ...", "Brunswick's estimated 500
    unionized smelter workers"): no verb of the owner's, so the sentence's speaker gives the
    figure. "Rogers' estimated that ..." stays a verb."""
    return cue_text.lower() in _GUESSED and subject[-1].text.endswith(_POSSESSIVE_END) \
        and _THAT_NEXT.match(text, end) is None


_GUESSED = frozenset({"estimated", "expected", "projected", "predicted", "forecasted"})
"""Participles of a guess, which qualify a noun after a possessive; not of an act ("the
government's announced disposal") nor a verb after a name written with "'s" ("Claire's
earned", "Moody's cited")."""


def _second_verb_of(before: list[Token], subject: list[Token],
                    lexicon: CompiledLexicon) -> bool:
    """Whether a cue is the second verb of its subject, after "and" or "but" ("Technorati,
    a blog search engine, tracks about six million blogs and says ..."), with a verb
    phrase of the subject's own between them."""
    if any(token.lower == "asked" for token in before if token.start < subject[0].start):
        return False  # "Asked if the six nations had agreed ..., Miyazawa declined ... and
        # said": the question's figures are no one's claim
    index = len(before) - 1
    while index >= 0 and before[index].lower in lexicon.auxiliaries:
        index -= 1
    return index > 0 and before[index].lower in _COORDINATORS \
        and before[index - 1].text not in _CLAUSE_PUNCTUATION \
        and subject[-1].end < before[index - 1].start


def _names_someone(text: str, subject: list[Token], lexicon: CompiledLexicon) -> bool:
    """Whether a subject names a body or a person that acts, not a pronoun, a number or a
    common word capitalised because it opens the sentence ("Live cattle futures ran up
    ... and again posted", "Eight primary and registered dealers have undertaken"): words
    all capitalised, an acronym, a word an apposition describes ("Technorati, a blog search
    engine,") or one the text also capitalises inside a sentence."""
    first = subject[0].text
    if is_pronoun(subject[0], lexicon) or subject[0].lower in lexicon.quantifiers \
            or not first[:1].isupper():
        return False
    if len(subject) > 1 and all(token.text[:1].isupper() for token in subject):
        return True
    return (first.isupper() and len(first) > 1) \
        or text.startswith(",", subject[-1].end) \
        or capitalised_inside(text, first)


def _officially(before: list[Token], lexicon: CompiledLexicon) -> Token | None:
    """"Production in 1986 is officially estimated at 2.016 mln tonnes": a passive said
    officially is the government's (resolution takes "government" to the ministry or
    department of the state the story names); the name stands on the adverb's words."""
    index = len(before) - 1
    while index >= 0 and before[index].lower in lexicon.auxiliaries:
        if before[index].lower == "officially" and any(
                t.lower in lexicon.passive for t in before[index - 2 : index]):
            word = before[index]
            return Token("government", word.start, word.end, "government")
        index -= 1
    return None


_SPEAKER_AFTER = 3
_FINITE = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will",
                     "could", "should", "might", "may", "can", "did", "does", "do", "must"})
"""Verbs that make the name after "said" the subject of what was said, not the speaker, and
the words after a possessive no noun it owns ("while France's is forecast")."""


def _says_of(name: list[Token], after: list[Token]) -> bool:
    """"A majority, 52%, said Chancellor Gordon Brown had done a good job": a finite verb
    after the name makes it the subject of a reported clause; the figure before "said"
    is the sayers themselves."""
    rest = after[after.index(name[-1]) + 1 :]
    return bool(rest) and rest[0].lower in _FINITE


_NOT_A_VIEW = frozenset({"will", "'ll", "’ll", "would", "can", "could", "to", "may", "might",
                         "should", "must", "let", "we", "i", "you", "they", "did", "do",
                         "does", "not", "cannot", "and", "or", "which", "that"})
"""Words before "see" that make it a verb of sight or of waiting ("wait and see"), not of a
forecast, or "saw" one of what a thing or a time went through ("results which saw")."""


_BARE_PLURAL_CUES = frozenset({"see", "saw", "note", "maintain", "insist", "argue", "warn",
                               "contend", "agree that", "shown that"})
"""Plural present cues that are more often a noun or another verb ("any government note",
"we'll see", "to maintain its dividend", "would insist on"): cues only after a subject that
``_sees`` accepts. So are "agree that" and "have shown that", whose other subjects are no
source ("the government will agree that vines can be destroyed", a quoted "It has shown
that the 4,000 Swiss lawyers ...")."""


def _sees(cue: str, before: list[Token], subject: list[Token] | None,
          lexicon: CompiledLexicon) -> bool:
    """Whether "see" (or "saw", "note") is a forecaster's verb: its subject a plural source
    noun or a name of two capitalised words or an acronym ("Other analysts see metal prices
    ranging from 65 to 68 cts", "Economists see growth of 2.5 pct"; not "Visitors see", a
    common noun that opens a sentence), and no modal, "to", pronoun or relative pronoun
    right before it ("we'll see", "1986 results which saw pre-tax profits rising"). The
    past "saw" has one form for both numbers: "A German dealer saw the dollar at 1.83"."""
    if subject is None or not before or before[-1].lower in _NOT_A_VIEW:
        return False
    head = subject[-1]
    if head.lower in lexicon.lexicon.pronouns:
        return False
    named = sum(token.is_capitalised for token in subject) >= 2 or head.is_acronym
    return named or (head.lower in lexicon.source_nouns
                     and (head.lower.endswith("s") or cue.lower() == "saw"))


_SAW_REACH = 8
_OWN = frozenset({"its", "their", "his", "her", "our", "my"})
_NOT_AHEAD = frozenset({"sellers", "buyers"})
"""Words right after "saw" of a market report's trading ("SMR CV saw sellers at 244"), no
forecast."""


def _saw_ahead(after: list[Token]) -> bool:
    """Whether "saw" looks ahead: a forecaster sees a measure moving or at a level ("saw
    these investments rising by only two pct", "saw the dollar at 1.83 marks"), an -ing
    form or "at" within a few words, before any number; not a body that went through its
    own result ("The government earlier saw its 161-strong majority cut to just 14", "The
    German-US carmaker saw fourth quarter operating profits fall to 785m euros"), a
    judgement ("who saw the agreement as having marginal influence") nor a market report's
    trading (``_NOT_AHEAD``)."""
    if after and (after[0].lower in _OWN or after[0].lower in _NOT_AHEAD):
        return False
    ahead = False
    for token in after[:_SAW_REACH]:
        if token.text[:1].isdigit():
            break
        if token.lower in _BARE_MOVES or token.lower == "as":
            return False  # "saw ... operating profits fall": its "operating" is no verb
        ahead = ahead or token.lower == "at" or (token.lower.endswith("ing")
                                                 and token.text.islower())
    return ahead


_BARE_MOVES = frozenset({"fall", "rise", "drop", "climb", "jump", "slip", "decline", "grow",
                         "increase", "cut", "double", "halve", "soar", "slump", "plunge"})
"""Verbs of a measure's move in the bare form "saw" takes for what happened ("saw profits
fall"); a forecast takes the -ing form ("saw exports falling")."""


def _finds_a_thing(before: list[Token], tokens: SentenceTokens, cue_end: int,
                   lexicon: CompiledLexicon) -> bool:
    """Whether "found" finds a thing, not a result: something found ("can be found on one
    blog") or one thing after it ("found a white knight willing to bid 36.50 dlrs", "the
    trader found a market elsewhere"); a study's finding is a clause ("the survey found
    that 90% of PCs ...", "found 25% did not know") or a measure ("found an annual 66%
    growth rate")."""
    if before and before[-1].lower in lexicon.passive:
        return True
    after = tokens.after(cue_end)
    return bool(after) and after[0].lower in ("a", "an") \
        and not any(token.text[0].isdigit() for token in after[1:4])


_ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "these", "our"})


def _noun_use(cue: str, before: list[Token], tokens: SentenceTokens, cue_end: int,
              lexicon: CompiledLexicon) -> bool:
    """A cue word used as a noun or an adjective, not a reporting verb: after an article
    ("at the show", "in a report", "an estimated £24m"), or in -s before a preposition or
    a plural verb ("Production estimates for maize were down"), when it is a figure noun
    or follows a quantifier ("Some reports are going to look bad": "Some believe" is a
    verb). The words after the cue are split only where they can tell."""
    if before and before[-1].lower in _ARTICLES:
        return True
    if before and before[-1].lower in _MEASURE_MODIFIERS and before[-1].text.islower() \
            and cue.lower() in lexicon.figure_nouns:
        return True  # "Reuters beat profit forecasts": a measure's forecasts, a noun
    if before and before[-1].lower in _KINDS_OF_SHOW and cue.lower() in ("show", "shows"):
        return True  # "pre-recorded TV shows", "a trade show"
    quantified = bool(before) and before[-1].lower in lexicon.quantifiers
    if not quantified and cue.lower() not in lexicon.figure_nouns:
        return False
    after = tokens.after(cue_end)
    return bool(after) and after[0].lower in lexicon.noun_markers


_MEASURE_MODIFIERS = frozenset({
    "profit", "profits", "earnings", "sales", "revenue", "revenues", "growth", "inflation",
    "output", "production", "crop", "budget", "price", "consensus"})
"""Measures that make a figure noun after them a compound, not a verb ("beat profit
forecasts", "crop estimates"); a speaker's noun before it is its subject ("analysts
estimate", "the company forecasts")."""


_KINDS_OF_SHOW = frozenset({"tv", "television", "radio", "game", "talk", "chat", "quiz",
                            "reality", "comedy", "road", "trade", "motor", "air", "fashion"})
"""Words that make "show(s)" after them a programme or a fair, not a verb of showing."""


_EXHIBITING = ("show", "record", "register", "post")
_OBJECT_OPENERS = frozenset({"the", "a", "an"})


def _exhibits(cue: str, subject: list[Token], tokens: SentenceTokens, cue_end: int,
              lexicon: CompiledLexicon) -> bool:
    """"The North East showed the highest rate of inflation at 26.2%": a place or a series
    showing a level is what was measured, not who measured it. A verb of showing with a
    noun phrase after it names a source only when its subject is a document or a speaker
    ("the survey showed a rise", "Halifax figures show a fall"), or a body the lexicon
    classes. The words after the cue are split only for a verb of showing."""
    if not cue.lower().startswith(_EXHIBITING):
        return False
    after = tokens.after(cue_end)
    if not after or after[0].lower not in _OBJECT_OPENERS:
        return False
    head = subject[-1].lower
    if head in lexicon.generic or head in lexicon.source_nouns or subject[-1].is_acronym:
        return False
    name = " ".join(t.text for t in subject)
    return classify(name, name, lexicon) == "other" and len(subject) > 1


def _in_title(cue: str, before: list[Token]) -> bool:
    """"the Geneva Motor Show", "the Consumer Electronics Show": a cue word written with a
    capital after a capitalised word is part of a name, not a verb."""
    return cue[:1].isupper() and bool(before) and before[-1].is_capitalised


def _passive(before: list[Token], lexicon: CompiledLexicon) -> bool:
    return bool(before) and before[-1].lower in lexicon.passive


def _inverted(text: str, tokens: SentenceTokens, match: re.Match[str],
              lexicon: CompiledLexicon) -> Mention | None:
    """"according to X", "citing X": the source follows; it covers the clause before it,
    or what follows when it opens the sentence. "according to his year-long review" names
    its owner by a pronoun, resolved like any other."""
    start, end = match.span()
    before = tokens.before(start)
    after = tokens.after(end)
    among = match.group().lower().endswith(" among")
    if match.group().lower().startswith("as ") and not (before and before[-1].text == ","):
        # "weekly rice prices as announced by the USDA were unchanged for 11 weeks": an
        # "as ... by" that follows no comma qualifies the noun before it, reporting no clause
        return None
    name = _owner_pronoun(after, lexicon) or (_people_among(after, lexicon) if among else None) \
        or _name_after(after, lexicon)
    if name is None:
        return None
    by_agent = _noun_by_agent(match.group(), name, before, after, lexicon)
    if by_agent is not None:
        if not by_agent:
            return None  # "12 mln forecast by the federation": the participle's reading
        return _make(name, text[start:end], start, end, lexicon=lexicon, backward=False,
                     possessive=True)
    relative = _relative_pronoun(before)
    if relative is not None:
        return _within_clause(_make(name, text[start:end], start, end, lexicon=lexicon,
                                    backward=False), relative, tokens, lexicon)
    # "And, according to X, ...", "In 2004, according to X, ...": nothing before it that
    # states an amount, so it opens what follows; "..., a study by the firm has found"
    # tells of the clause before it, as "..., the firm has found" does
    articled = len(before) > 1 and before[-1].lower in ("a", "an", "the") \
        and before[-2].text == ","
    after_clause = any(_AMOUNT.match(t.text) and not _YEAR.fullmatch(t.text) for t in before) \
        and (articled or before[-1].text in _CLAUSE_PUNCTUATION)
    return _make(name, text[start:end], start, end, lexicon=lexicon, backward=after_clause,
                 continues=after_clause and _ACCOUNT_GOES_ON.match(text, name[-1].end) is not None)


_AMONG_REACH = 4
"""How many words may name the people a view is held among before the poll that asked them."""


def _people_among(after: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """"Market expectations among analysts questioned by Reuters ...": a view held among
    the people a poll asked is theirs, not the pollster's."""
    for index in range(1, min(len(after) - 1, _AMONG_REACH + 1)):
        if after[index].lower in _POLLED and after[index + 1].lower == "by":
            return _name_words(after[:index], lexicon) \
                if _speaks(after[index - 1], lexicon) else None
    return None


_ACCOUNT_GOES_ON = re.compile(r",\s+(?:taking|bringing|with|against|compared|up\s+from|"
                              r"down\s+from|but|while|although|whereas)\b")
"""A phrase after "..., according to X," that goes on with the figures X gave ("made $17.1m
..., according to studio estimates, taking its total to $110.2m"; "..., according to the
record industry, with 200 million tracks bought online"; "..., according to central bank
figures, against 652,000 tonnes in 1985"): it adds to the account, so X's reach goes on
over it. So does a clause set against it ("..., according to provisional figures, while trade
... plunged into a deficit of more than 400 mln dlrs"; "but", "although", "whereas"): the
sentence's own source, not one carried from before. A clause added by "and" is the
reporter's ("..., according to private sources, and 5.6 to 8.5 pct up on the official 7.1
mln tonnes" sets the reporter's sum against another body's figure)."""


def _noun_by_agent(cue: str, name: list[Token], before: list[Token], after: list[Token],
                   lexicon: CompiledLexicon) -> bool | None:
    """Whether an inverted cue of a figure noun and "by" is the noun and its agent ("a
    recent forecast by the ICCO statistics committee of 94,000 tonnes"), which owns the
    figure after it like "the committee's forecast of 94,000 tonnes", against a teller
    after it ("..., traders said"). False where the word is a participle instead ("12 mln
    forecast by the federation", "is forecast by the government to reach"), which the
    participle cue reads; None for any other cue, read as an inverted one ("A survey by
    the National Broadcasting Corporation ... showed 70 pct")."""
    words = cue.lower().split()
    if len(words) != 2 or words[1] != "by" or words[0] not in lexicon.figure_nouns:
        return None
    if any(token.lower in _DETERMINERS for token in before[-2:]) \
            and _owns_what_follows(name, after):
        return True
    return False if words[0] in cue_verbs(tuple(lexicon.lexicon.participle_cues)) else None


_OWNED_AFTER_AGENT = frozenset({"of", "that", "at", "for"})
"""Words after a figure noun's agent that go on with what the noun holds ("a forecast by
the committee of 94,000 tonnes", "a forecast by a local newspaper last December that the
SET Index would rise")."""


def _owns_what_follows(name: list[Token], after: list[Token]) -> bool:
    """Whether the words after a figure noun's agent go on with the noun's content, within
    a few words (a time may come between)."""
    rest = [token for token in after if token.start >= name[-1].end][:_AGENT_TO_CONTENT]
    for token in rest:
        if token.lower in _OWNED_AFTER_AGENT:
            return True
        if not token.is_word:
            return False  # "by the institute, one of five leading bodies": an aside
    return False


_AGENT_TO_CONTENT = 3


_CLAUSE_RELATIVES = frozenset({"which", "who", "whose"})
"""Pronouns that open a relative clause ("that" also opens what was said)."""


def _relative_pronoun(before: list[Token]) -> Token | None:
    """The relative pronoun opening the clause a cue stands in, if it stands in one
    ("Wrightson Economics, a research firm which drew its data from U.S. Treasury reports,
    estimated that ..."), or None."""
    for token in reversed(before):
        if token.text in _CLAUSE_PUNCTUATION:
            return None
        if token.lower in _CLAUSE_RELATIVES:
            return token
    return None


def _governs(token: Token) -> bool:
    """Whether a word between a relative pronoun and a cue's subject shows the subject is
    not the clause's: a finite or past verb ("which may have lost ..."), or a preposition
    the subject is the object of ("which drew its data from U.S. Treasury reports")."""
    word = token.lower
    return word in _FINITE or word in PREPOSITIONS or (word.endswith("ed") and word == token.text)


def _within_clause(mention: Mention, relative: Token, tokens: SentenceTokens,
                   lexicon: CompiledLexicon) -> Mention:
    """A cue inside a relative clause reaches only over that clause: it says where the
    clause's noun got its facts ("which drew its data from U.S. Treasury reports"), or
    gives a figure of the clause itself ("qatar, which industry sources said was selling
    less than 180,000 bpd ..., because buyers were resisting ... 18 dlrs per barrel"), not
    the figures of the sentence's own verb, which resumes after a comma ("..., estimated
    that")."""
    after = tokens.after(mention.cue_end)
    verbs = cue_verbs(tuple(lexicon.lexicon.cues))
    end = next((comma.start for comma, word in pairwise(after) if comma.text == ","
                and (word.lower in verbs or word.lower in lexicon.auxiliaries)),
               after[-1].end if after else mention.cue_end)
    return mention._replace(local=True, scope_start=relative.start, scope_end=end)


def _possessive(text: str, tokens: SentenceTokens, match: re.Match[str],
                lexicon: CompiledLexicon) -> Mention | None:
    """"X's estimate", "X' figures": the owner ends at the apostrophe."""
    start, end = match.span()
    owner_end = start if text[start] in "'’" else start + 1
    every = tokens.every()
    before = [t for t in every if t.start < owner_end]
    if not before:
        return None
    last = before[-1]
    piece = text[last.start:owner_end]
    trimmed = Token(piece, last.start, owner_end, piece.lower())
    name = _collect_back([*before[:-1], trimmed], lexicon)
    if not name or name[-1].lower in lexicon.lexicon.pronouns or not _acceptable(name, lexicon):
        return None
    cue_start = next((t.start for t in every if t.start >= start + 2), end)
    if any(t.lower in lexicon.passive or t.lower in _FINITE
           for t in every if cue_start <= t.start < end):
        return None  # "while France's is forecast to drop": a verb, no noun it owns
    end = _report_noun_end(every, end, lexicon)
    return _make(name, text[cue_start:end], cue_start, end, lexicon=lexicon, backward=False,
                 possessive=True)


def _report_noun_end(every: list[Token], end: int, lexicon: CompiledLexicon) -> int:
    """Where a possessive's noun ends when a measure is followed by a noun of reporting:
    "The South African government's maize production estimate of 7.8 mln tonnes" is the
    government's estimate, not only its crop, so the cue is the estimate (a report of the
    figure), not the measure its owner merely has."""
    after = next((t for t in every if t.start >= end), None)
    if after is None or not after.is_word or after.start - end > 1 \
            or after.lower in lexicon.owned_measures or after.lower not in lexicon.figure_nouns:
        return end
    return after.end


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
_NOUN_PHRASE_WORDS = 10
_THAT_AFTER = re.compile(r"\s+that\b")


def _nominal(text: str, tokens: SentenceTokens, match: re.Match[str],
             lexicon: CompiledLexicon) -> Mention | None:
    """"the official figure of 12.8 mln tonnes": the adjective names the source, with any
    capitalised words just before it ("Argentine official figures"); like a possessive, it
    reaches forward from the noun and does not cut a verb's reach. "The union estimates
    that ..." is a verb, not a noun: the forward cue reads it."""
    start, end = match.span()
    if _THAT_AFTER.match(text, end):
        return None
    words = [t for t in tokens.every() if start <= t.start < end]
    before = tokens.before(start)
    if _in_title(words[-1].text, [*before, *words[:-1]]):
        return None  # "in its World Trade Forecast": a publication's title names no source
    index = len(before)
    while index > 0 and before[index - 1].is_word and before[index - 1].is_capitalised:
        index -= 1
    name = _trim_leading([*before[index:], *words], lexicon)
    cue_start = words[-1].start
    return _make(name, text[cue_start:end], cue_start, end, lexicon=lexicon, backward=False,
                 possessive=True)


def _participle(text: str, tokens: SentenceTokens, match: re.Match[str],
                lexicon: CompiledLexicon) -> Mention | None:
    """"the 12.4 mln to 12.6 mln tonnes estimated by private sources": the participle's
    agent gives the figure before it. After a noun the mention reaches over that noun
    phrase only, from its determiner; opening a clause ("Estimated by the ministry, the
    crop ...") or in a passive ("Production in 1986 is estimated by the embassy at 35,000
    tonnes") it reaches forward like an inverted cue."""
    start, end = match.span()
    after = tokens.after(end)
    name = _name_after(after, lexicon)
    if name is None or _regarded(match.group(), after, name):
        return None
    mention = _make(name, text[start:end], start, end, lexicon=lexicon, backward=False)
    before = tokens.before(start)
    participle = match.group().split()[0].lower()
    stated = participle in lexicon.lexicon.statement_participles
    agent_only = stated or participle in lexicon.lexicon.agent_participles
    if not before or before[-1].text in _CLAUSE_PUNCTUATION or any(
            t.lower in lexicon.passive for t in before[-2:]):
        return None if agent_only else mention
    phrase = before[-_NOUN_PHRASE_WORDS:]
    for index in range(len(phrase) - 1, -1, -1):
        if phrase[index].text in _CLAUSE_PUNCTUATION:
            phrase = phrase[index + 1 :]
            break
    opening = next((t for t in reversed(phrase) if t.lower in _DETERMINERS), phrase[0])
    set_against = next((i for i in range(len(phrase) - 1, -1, -1)
                        if phrase[i].lower in _SETS_AGAINST), None)
    if set_against is not None and set_against + 1 < len(phrase) \
            and phrase[set_against + 1].start > opening.start:
        opening = phrase[set_against + 1]  # "rises of 7.3 pct against 5.5 pct estimated by"
    if agent_only and not _holds_figure(text[opening.start:start]):
        return None  # "the new personal computers announced yesterday by IBM": no figure
    if stated and not any(t.lower in lexicon.figure_nouns for t in phrase):
        return None  # "a takeover offer made by Revlon": no estimate or forecast is made
    return mention._replace(backward=True, local=True, scope_start=opening.start,
                            scope_end=start)


_SETS_AGAINST = frozenset({"against", "versus", "vs", "than"})
"""Words that set one figure against another: the noun phrase a participle's agent
owns begins after them."""


def _regarded(cue: str, after: list[Token], name: list[Token]) -> bool:
    """"The Kyrgyz Republic is seen by many experts as backsliding": seen by someone *as*
    something is their view of it, not a figure they give ("a 1.5 to two pct growth figure
    seen by the CPB" is the CPB's)."""
    following = after.index(name[-1]) + 1 if name[-1] in after else len(after)
    return cue.lower().startswith("seen") and following < len(after) \
        and after[following].lower == "as"


def _relative(text: str, tokens: SentenceTokens, match: re.Match[str],
              lexicon: CompiledLexicon) -> Mention | None:
    """"well below the 15.8 mln bpd ceiling the group adopted in December": a ceiling,
    target or figure that a body adopted, set or estimated is that body's, whoever reports
    it. The mention reaches over the noun phrase only, from its determiner to its noun."""
    subject = [t for t in tokens.every()
               if match.start("subject") <= t.start < match.end("subject")]
    if not subject or (subject[0].is_capitalised and not _acceptable(subject, lexicon)):
        return None
    before = tokens.before(match.start())[-_NOUN_PHRASE_WORDS:]
    opening = next((t for t in reversed(before) if t.lower in _DETERMINERS), None)
    if opening is None or any(t.text in _CLAUSE_PUNCTUATION for t in before
                              if t.start > opening.start):
        return None
    mention = _make(_trim_leading(subject, lexicon), match.group("verb"), match.start("verb"),
                    match.end("verb"), lexicon=lexicon, backward=True, local=True)
    return mention._replace(scope_start=opening.start, scope_end=match.start("subject"))


def _owner_pronoun(after: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """The possessive pronoun that owns a report after an inverted cue ("according to his
    year-long review", "according to the final instalment of his review", "according to
    its estimate"); only a report, survey or figure can be a source, not "his wishes"."""
    for index, token in enumerate(after[:8]):
        if token.lower in lexicon.lexicon.pronouns and token.lower in lexicon.leading:
            owned = after[index + 1 : index + 4]
            return [token] if any(t.lower in lexicon.generic for t in owned) else None
        if not token.is_word or token.is_capitalised or (
            token.lower in lexicon.boundaries and token.lower != "of"
        ):
            return None
    return None


def _subject_before(before: list[Token], cue: str, lexicon: CompiledLexicon) -> list[Token] | None:
    """The words naming the subject of a cue verb, walking back from the verb.

    Auxiliaries are skipped ("had previously estimated"); a passive ("it is estimated") has
    no source; a parenthesis between subject and verb is stepped over ("Lukashenko, who
    ..., said"); a relative pronoun stands for the name before it ("COSATU, which claims").
    """
    index = _before_time(before, len(before), lexicon) - 1  # "X's report this week said"
    passive = False
    while index >= 0:
        if before[index].lower in lexicon.auxiliaries:
            passive = passive or before[index].lower in lexicon.passive
            index -= 1
        elif index > 0 and before[index].lower == "far" and before[index - 1].lower == "so":
            index -= 2  # "The EC had so far only agreed to provide"
        else:
            break
    if index < 0 or (passive and not _progressive(cue)):
        return None
    if before[index].lower in _GERUND_LINKS and _progressive(cue):
        return _clause_subject(before[:index], lexicon)
    unclosed = _before_unclosed_aside(before[: index + 1], lexicon)
    if unclosed is not None:
        return unclosed
    if before[index].lower in _COORDINATORS:
        # "Arango did not want to commit himself ... but said that output would not
        # exceed 10.5 mln bags": a second verb shares the clause's subject.
        return _clause_subject(before[:index], lexicon)
    aside: list[Token] = []
    if before[index].lower in _RELATIVES:
        index -= 1
        if index >= 0 and before[index].text == ",":
            index -= 1
    elif before[index].text == "," or before[index].text in DASHES:
        closing = index
        index = _skip_parenthesis(before, index)
        if index is None:
            return _whole_opening_name(before[:closing], lexicon) \
                or _described_opening(before[:closing], cue, lexicon) or (
                _acting_subject(before[:closing], lexicon) if _progressive(cue)
                else None)  # "The union rejected the offer, saying 5,000 jobs would go"
        aside = before[index + 2 : closing]
    if index < 0:
        return None
    word = before[index].lower
    if is_pronoun(before[index], lexicon) and word not in lexicon.leading:  # not "its", "his"
        return [before[index]]
    if word in lexicon.quantifiers and (index == 0 or not before[index - 1].is_word):
        return [before[index]]  # "Many believe": the group named before, resolved later
    close_to = _postmodified_subject(before[: index + 1], lexicon)
    if close_to is not None:  # "Sources close to the negotiations said": the sources
        return close_to
    name = _collect_back(before[: index + 1], lexicon)
    polled = _polled_by(before, index + 1 - len(name), lexicon) if name else None
    if polled is not None:  # "analysts polled by Reuters said": the analysts
        return polled
    end = speaker_end(before[: index + 1], index + 1 - len(name), lexicon) if name else None
    # "Simon Hall at Postbridge in the West Country said": the speaker, not the place
    speaker = name if end is None else _collect_back(before[: end + 1], lexicon)
    if speaker and _acceptable(speaker, lexicon):
        named = _named_aside(aside, lexicon) if speaker[-1].text.islower() \
            or _person_apposed(_clause_before(before, index), aside, lexicon) else None
        # "another local daily, the Neue Presse, put": the name; "the U.S. Embassy in its
        # annual agriculture report said": the body whose statement it is
        return named or _body_in_statement(before, before.index(speaker[0]), lexicon) or speaker
    return (_modified_head(before, _before_determiners(before, index + 1 - len(name), lexicon),
                           lexicon) or _named_aside(aside, lexicon)
            or _relative_subject(before[: index + 1], lexicon)
            or _head_inside(before, index + 1 - len(name), index + 1, lexicon))


_ASIDE_REACH = 15
"""How many words an aside describing a speaker may hold."""


def _before_unclosed_aside(before: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """"Bo Poates, an analyst at the Energy Futures Group Inc said he foresees ...": an
    aside that describes the speaker by a role and is never closed by its comma; the
    speaker is the name that opens the sentence before it, not the body at its end."""
    comma = next((i for i in range(len(before) - 1, max(-1, len(before) - _ASIDE_REACH), -1)
                  if before[i].text in _CLAUSE_PUNCTUATION), None)
    if comma is None or comma + 2 >= len(before) or before[comma].text != "," \
            or before[comma + 1].lower not in ("a", "an", "the"):
        return None
    aside = before[comma + 1:]
    if not any(t.lower in lexicon.roles for t in aside) or not any(
            t.lower in _AFFILIATIONS for t in aside):
        return None
    return _opening_name(before[:comma], lexicon)


_AFFILIATIONS = frozenset({"at", "with", "of", "for"})


def _progressive(cue: str) -> bool:
    """Whether a cue opens or ends with an -ing form: "is holding its inflation forecast"
    is active ("is" an auxiliary of the progressive) and "was quoted by al-Qabas as saying"
    names its speaker before it, where "is estimated" is a passive with no source."""
    lowered = cue.lower()
    return lowered.endswith("ing") or lowered.split(None, 1)[0].endswith("ing")


def _whole_opening_name(words: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """"William Siedenburg of Smith Barney Harris Upham and Co, said Phelps has lowered
    costs": a comma that closes no aside, after a name that is all the sentence has said so
    far, is a stray; the name is the speaker. Anything else before such a comma ("Sales rose
    in the United States, said Jones") leaves the speaker to follow the verb."""
    name = _collect_back(words, lexicon)
    if not name or name[0] is not words[0] or sum(word.is_capitalised for word in name) < 2:
        return None  # "Production, originally estimated at": an opening word, not a name
    return _opening_name(name, lexicon)


_DESCRIBING = frozenset({"a", "an", "the", "with", "at", "of", "for", "from", "in"})
"""Small words of a speaker described by a role, a firm and a place ("Analyst Stephen
Reitman with Phillips and Drew in London")."""


def _described_opening(words: list[Token], cue: str,
                       lexicon: CompiledLexicon) -> list[Token] | None:
    """"Analyst Stephen Reitman with Phillips and Drew in London, said Daimler had ...": a
    stray comma after an opening that is only a speaker described by a role word, with his
    firm and place (capitalised words, the role and the small words of ``_DESCRIBING``):
    the speaker is read from it as if no comma stood there. An opening with any other word
    ("Sales rose in the United States, said Jones") is no such description."""
    if not words or not words[0].is_capitalised or sum(w.is_capitalised for w in words) < 3 \
            or not any(w.lower in lexicon.roles for w in words) or any(
            not w.is_word or not (w.is_capitalised or w.lower in _DESCRIBING
                                  or w.lower in lexicon.connectors or w.lower in lexicon.roles)
            for w in words):
        return None
    return _subject_before(words, cue, lexicon)


_IN_STATEMENT = frozenset({"its", "his", "her", "their", "a", "an"})


def _body_in_statement(before: list[Token], start: int,
                       lexicon: CompiledLexicon) -> list[Token] | None:
    """"the U.S. Embassy in its annual agriculture report said", "the ministry in a
    statement said": the statement is where the body said it, the body is the speaker."""
    if start < 3 or before[start - 1].lower not in _IN_STATEMENT \
            or before[start - 2].lower != "in":
        return None
    name = _collect_back(before[:start - 2], lexicon)
    return name if name and _acceptable(name, lexicon) else None


_RELATIVE_SPAN = 12
"""How many words a relative clause between a speaker and the verb may hold."""


_POSTMODIFIERS_OF_SPEAKERS = frozenset({("close", "to"), ("familiar", "with"),
                                        ("involved", "in"), ("connected", "with"),
                                        ("associated", "with"), ("knowledgeable", "about")})
"""Phrases after a speaker that say how they know, before the verb of saying: "sources close
to the Fed say", "bankers familiar with the talks said", "one senior banker closely
involved in the negotiations said"."""
_DEGREE_WORDS = frozenset({"closely", "directly", "intimately", "very", "most", "deeply"})
_SAYING = frozenset({"said", "says", "say", "told", "tells", "added", "reported"})


def _postmodified_subject(before: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """The speaker before a phrase of ``_POSTMODIFIERS_OF_SPEAKERS`` that runs up to the
    verb (what it is close to or involved in is no speaker), when the words before the
    phrase can speak ("sources", "one senior banker", "officials")."""
    for index in range(len(before) - 2, max(-1, len(before) - 1 - _RELATIVE_SPAN), -1):
        token = before[index]
        if (not token.is_word and token.text not in "-'’") or token.lower in _SAYING:
            return None  # the phrase runs up to the verb, past no other verb of saying
        if (token.lower, before[index + 1].lower) not in _POSTMODIFIERS_OF_SPEAKERS:
            continue
        head_end = index - 1 if index > 0 and before[index - 1].lower in _DEGREE_WORDS \
            else index
        name = _collect_back(before[:head_end], lexicon) if head_end > 0 else []
        end = speaker_end(before[:head_end], head_end - len(name), lexicon) if name else None
        # "bankers in New York close to the Manila government": the bankers, not the place
        name = name if end is None else _collect_back(before[: end + 1], lexicon)
        if not name or not _acceptable(name, lexicon):
            return None
        # the phrase stays in the name: "sources close to Finance Minister Balladur" are
        # not the minister, and are told from "sources close to the Fed"
        return before[before.index(name[0]):]
    return None


def _relative_subject(before: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """"a nurse who took part in the rescue operation said": a "who" clause with no comma
    stands between the speaker and the verb; the speaker is the noun phrase before "who"."""
    for index in range(len(before) - 1, max(-1, len(before) - 1 - _RELATIVE_SPAN), -1):
        token = before[index]
        if not token.is_word and token.text not in "-'’":
            return None
        if token.lower == "who":
            name = _collect_back(before[:index], lexicon)
            return name if name and _acceptable(name, lexicon) else None
    return None


_CONTRASTS = frozenset({"but", "while", "whereas", "although", "though"})
_COORDINATORS = frozenset({"but", "and"})
_GERUND_LINKS = frozenset({"by", "after", "when", "while", "before"})
_POSTMODIFIERS = frozenset({"in", "at", "from", "on", "with"})


_FIRST_PERSONS = frozenset({"i", "we", "you"})


def _acting_subject(before: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """The subject of the clause a participle of saying follows, when a verb comes right
    after it ("The union rejected the offer, saying", "But Reitman was more pessimistic,
    predicting"): not a time word, and not a name whose next word is no verb ("Feb
    crushings were", "Blair on Sunday")."""
    name = _clause_subject(before, lexicon)
    if name is None or any(t.lower in lexicon.not_sources or t.lower in _FIRST_PERSONS
                           for t in name):
        return None  # "We are being straightforward with people, saying": a quote's "we"
    after = before.index(name[-1]) + 1
    verb = before[after].lower if after < len(before) else ""
    return name if verb in lexicon.auxiliaries or (verb.endswith("ed") and verb.isalpha()) \
        else None


def _opening_name(words: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """The name that is all of ``words``, the sentence's opening before an aside
    ("Technorati", "Canadian Airlines"): capitalised words, not a function word a
    sentence opens with ("In the second study, ...", "Under the plan, ...")."""
    if not words or any(not (t.is_word and (t.is_capitalised or t.lower in lexicon.connectors))
                        for t in words):
        return None
    first = words[0].lower
    if first in lexicon.boundaries or first in lexicon.leading or first in lexicon.connectors \
            or first in _FUNCTION_OPENERS or words[-1].lower in lexicon.connectors:
        return None
    return words if _acceptable(words, lexicon) else None


_FUNCTION_OPENERS = frozenset({"almost", "nearly", "among", "without", "like", "unlike"})
"""Words a sentence may open with before an aside that the lexicon's boundaries, leading
words and connectors ("In", "Under", "For") do not already list."""


def _clause_subject(before: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """"In his pre-Budget report, Mr Brown surprised some City experts by forecasting UK
    growth at ...": a gerund after "by" has the clause's subject as its own, the name or
    pronoun that opens the clause (after its last comma or contrasting conjunction)."""
    opening = 0
    for index in range(len(before) - 1, -1, -1):
        if before[index].text in _CLAUSE_PUNCTUATION or before[index].lower in _CONTRASTS:
            opening = index + 1
            break
    clause = before[opening:]
    if clause and clause[0].lower in lexicon.lexicon.pronouns and \
            clause[0].lower not in lexicon.leading:
        return clause[:1]
    if clause and clause[0].text.islower() and opening >= 2 and before[opening - 1].text == ",":
        # "Technorati, a blog search engine, tracks ... and says": the verb follows an
        # aside; the subject is the name before it
        named = _skip_parenthesis(before, opening - 1)
        if named is not None:
            return _opening_name(before[: named + 1], lexicon)
    name: list[Token] = []
    for token in clause:  # "Mr Brown", "Paris traders"
        if not token.is_word or not (token.is_capitalised or token.lower in lexicon.connectors
                                     or (name and token.lower in lexicon.source_nouns)):
            break
        name.append(token)
    name = _trim_leading(name, lexicon)
    return name if name and _acceptable(name, lexicon) else None


_POLLED = frozenset({"polled", "surveyed", "questioned", "contacted", "interviewed",
                     "canvassed", "asked"})


def _polled_by(before: list[Token], start: int, lexicon: CompiledLexicon) -> list[Token] | None:
    """The people a poll asked, when the name before the verb is the pollster ("analysts
    polled by Reuters said", "economists surveyed by the institute estimate")."""
    index = _before_determiners(before, start, lexicon)
    if index < 1 or before[index].lower != "by" or before[index - 1].lower not in _POLLED:
        return None
    asked = _collect_back(before[: index - 1], lexicon)
    return asked if asked and _speaks(asked[-1], lexicon) else None


def _before_determiners(before: list[Token], start: int, lexicon: CompiledLexicon) -> int:
    """The index of the word before a phrase that opens at ``start``, its determiners
    stepped over ("analysts in the region said": the word before "the region")."""
    index = start - 1
    while index >= 0 and before[index].lower in lexicon.leading:
        index -= 1
    return index


def _modified_head(before: list[Token], index: int, lexicon: CompiledLexicon) -> list[Token] | None:
    """"Traders and analysts in international oil markets estimate ...": a prepositional
    phrase after the subject's head is stepped over to the head before it."""
    if index < 1 or before[index].lower not in _POSTMODIFIERS:
        return None
    name = _collect_back(before[:index], lexicon)
    return name if name and name[-1].lower in lexicon.source_nouns else None


def _head_inside(before: list[Token], start: int, end: int,
                 lexicon: CompiledLexicon) -> list[Token] | None:
    """"the government department for planning said": a name read back over "for" that
    names no speaker at its end has its head before it, when that head opens a noun phrase
    ("to boost ratings for the long-running show" has none) and is no document issued for
    someone ("a survey for the charity" is the charity's)."""
    for index in range(end - 1, max(start, end - 4), -1):  # "for" and a few words
        if before[index].lower == "for" and all(
                token.is_word and token.text.islower() for token in before[index:end]):
            head = _collect_back(before[:index], lexicon)
            opening = before.index(head[0]) if head else 0
            if head and head[-1].lower in lexicon.source_nouns \
                    and head[-1].lower not in lexicon.generic \
                    and (opening == 0 or not before[opening - 1].is_word
                         or before[opening - 1].lower in _DETERMINERS):
                return head
    return None


def _named_aside(aside: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """"The mine's owner, Noranda Inc. NOR, said ...": when the description before the
    commas names no source, the name set off between them does."""
    words = [t for t in aside if t.text != "."]  # "Noranda Inc. NOR"
    if words and words[0].lower == "the":  # "another local daily, the Neue Presse, put"
        words = words[1:]
    if not words or not all(t.is_word and (t.is_capitalised or t.lower in NAME_PARTICLES)
                            for t in words) or not words[-1].is_capitalised:
        return None  # "One of their leaders, Orlando dos Santos, told": a surname's particle
    return words if _acceptable(words, lexicon) else None


def _clause_before(before: list[Token], index: int) -> list[Token]:
    """The words of the clause that ends at ``index``, back to its opening punctuation."""
    opening = next((i + 1 for i in range(index, -1, -1)
                    if before[i].text in _CLAUSE_PUNCTUATION), 0)
    return before[opening : index + 1]


def _person_apposed(description: list[Token], aside: list[Token],
                    lexicon: CompiledLexicon) -> bool:
    """"The Ecuadorean minister at the Presidency, Patricio Quevedo, told reporters": a
    description that holds a speaking role, with a person's name set off after it, is that
    person, though it ends on a capitalised body; "The Presidency, Patricio Quevedo," and
    "Texaco's president, Houston," are not."""
    return any(t.lower in lexicon.roles or t.lower in OFFICES for t in description) \
        and looks_like_person(" ".join(t.text for t in aside), lexicon)


def _skip_parenthesis(before: list[Token], index: int) -> int | None:
    """Index of the last word before a parenthesis closing at ``index``, if it is one."""
    closing = before[index].text
    for opening in range(index - 1, max(-1, index - 30), -1):
        if before[opening].text == closing or (closing == "," and before[opening].text in DASHES):
            return opening - 1 if opening > 0 else None
    return None


def _collect_back(before: list[Token], lexicon: CompiledLexicon) -> list[Token]:
    """The longest run of name words ending at the last token."""
    collected: list[Token] = []
    index = len(before) - 1
    while index >= 0 and len(collected) < _MAX_NAME_WORDS:
        token = before[index]
        opening = _bracketed_part(before, index, bool(collected)) if token.text == ")" else None
        if opening is not None:
            collected[:0] = before[opening : index + 1]
            index = opening - 1
            continue
        if token.text in "'’" and collected and collected[0].is_capitalised \
                and collected[0].lower in lexicon.source_nouns and index > 0 \
                and before[index - 1].is_capitalised and before[index - 1].lower.endswith("s"):
            index -= 1  # "The Canadian Auto Workers' Union said": a plural's possessive
            continue  # inside the body's name, as ``_name_after`` reads it after a cue
        if token.text == "]" and index >= 2 and before[index - 2].text == "[":
            index -= 3  # a wire's ticker ("Oesterreichische Laenderbank AG [OLBV.VI]")
            continue
        inside_name = (
            token.lower in lexicon.connectors and collected and collected[0].is_capitalised
            and index > 0 and before[index - 1].is_capitalised
        )
        if not token.is_word or (token.lower in lexicon.boundaries and not inside_name) \
                or (token.text[0] in "12" and _YEAR.fullmatch(token.text)) \
                or _day_of_month(before, index):
            break  # "In 1986 Mitek reported", "On May 13 Keating said": a time, no name
        if token.lower in _PUTTING and token.text.islower():
            break  # "Analysts put China's 1986 export losses at": the verb's object
        if token.lower == "of" and not inside_name and index > 0 \
                and before[index - 1].lower in _PLACING:
            break  # "A day ahead of the government's report": the government's
        collected.insert(0, token)
        index -= 1
        if token.lower in NAME_PARTICLES and _opens_with_particle(collected, before, index):
            break  # (the test opens with the word just collected: the cheap part first)
        if token.text in _OPENS_NOUN_PHRASE and index >= 0 and before[index].text.isalpha() \
                and before[index].text.islower() and before[index].lower not in lexicon.connectors:
            break  # "caused the firm's earnings": the name opens at its determiner
    while collected and (collected[0].lower in lexicon.connectors or not collected[0].is_word) \
            and not _opens_with_particle(collected, before, index):
        collected.pop(0)
    return _trim_leading(_without_time(collected, lexicon), lexicon)


def _day_of_month(before: list[Token], index: int) -> bool:
    """Whether the token at ``index`` is a day after its month ("On February 17 Baker said
    it had signed"), which ends the name walked back from the verb as a year does."""
    return before[index].text.isdigit() and len(before[index].text) <= 2 and index > 0 \
        and before[index - 1].lower.rstrip(".") in _MONTH_NAMES


_MONTH_NAMES = frozenset(MONTHS)


_BRACKETED_WORDS = 3
_PUTTING = frozenset({"put", "puts", "putting"})
"""The verb of "put X at": the cue whose object may hold a possessive ("put China's
losses at ..."), which is no part of a name before it."""


_PLACING = frozenset({"ahead", "short", "east", "west", "north", "south", "end", "size",
                      "breakdown", "view", "balance", "experience", "rest", "bulk",
                      "majority", "presentation", "outside", "instead"})
"""Words before "of" that only place or size what follows ("a day ahead of", "east of",
"a breakdown of"): what follows "of" is no part of their name."""


def _bracketed_part(before: list[Token], closing: int, inside_name: bool) -> int | None:
    """Where a bracketed part of a name opens, else None: one word ("Nomura (UK)"), or up
    to three capitalised words between two parts of a name ("James Capel (Far East) Ltd";
    not a whole name in brackets, as the wire writes "(General Partners), a Texas general
    partnership, said", nor a gloss after one, "North Sea LPG (Liquified Petroleum Gas)")."""
    if closing >= 2 and before[closing - 2].text == "(":
        return closing - 2
    if not inside_name:
        return None
    for opening in range(closing - 3, max(0, closing - 2 - _BRACKETED_WORDS), -1):
        if before[opening].text == "(":
            inside = before[opening + 1 : closing]
            named = all(t.is_word and t.is_capitalised for t in inside)
            return opening if named and before[opening - 1].is_capitalised else None
    return None


def _opens_with_particle(collected: list[Token], before: list[Token], index: int) -> bool:
    """Whether the name collected so far is a surname opening with its particle, right
    after punctuation or at the start of the sentence: "..., du Plessis said"."""
    particles = 0
    while particles < len(collected) and collected[particles].lower in NAME_PARTICLES \
            and collected[particles].text.islower():
        particles += 1
    return 0 < particles < len(collected) and collected[particles].is_capitalised \
        and (index < 0 or not before[index].is_word)


_TIME_LEADS = frozenset({"this", "last", "next", "on", "early", "late", "in"})


def _before_time(words: list[Token], end: int, lexicon: CompiledLexicon) -> int:
    """Where the words before ``end`` stop, without a time phrase at their end ("report
    this week", "Department for November")."""
    while end and words[end - 1].lower in lexicon.not_sources:
        end -= 1
        while end and (words[end - 1].lower in _TIME_LEADS
                       or words[end - 1].lower in lexicon.connectors):
            end -= 1
    return end


def _without_time(words: list[Token], lexicon: CompiledLexicon) -> list[Token]:
    """A name without the time words around it: "Oxfam's report this week", "Fannie Mae
    last month", "Tuesday Mr Ebbers"; a day alone ("The quake on Thursday, which ...") is
    no name at all."""
    end = _before_time(words, len(words), lexicon)
    start = 0
    while start < end and words[start].lower in lexicon.not_sources:
        start += 1
    return words[start:end]


def _trim_leading(words: list[Token], lexicon: CompiledLexicon) -> list[Token]:
    """The name without determiners and sentence adverbs before it; a qualifier stays when
    only generic words follow it ("private sources", not "sources")."""
    while len(words) > 1 and words[0].lower in lexicon.leading and not (
        words[0].lower in lexicon.qualifiers and all(w.lower in lexicon.generic
                                                     for w in words[1:])
    ):
        words = words[1:]
    return words


def _name_after(after: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """The name that follows an inverted cue, through "gathered by" and an apposition."""
    collected: list[Token] = []
    index = 0
    while index < len(after) and len(collected) < _MAX_NAME_WORDS:
        token = after[index]
        if token.text == "(" and index + 2 < len(after) and after[index + 2].text == ")":
            collected.extend(after[index : index + 3])
            index += 3
            continue
        if collected and (token.lower == "by" or (token.lower == "from" and all(
                t.lower in lexicon.generic for t in collected))):  # "figures from the ODPM"
            return _name_after(after[index + 1 :], lexicon)
        if token.lower in _CARRIED_IN and any(t.lower in lexicon.generic for t in collected) \
                and all(t.lower in lexicon.generic or t.lower in lexicon.leading
                        for t in collected):  # "a report in the Financial Times"
            outlet = _outlet_after(after[index + 1 :], lexicon)
            if outlet is not None:
                return outlet
        if token.text in "'’" and collected and collected[-1].lower.endswith("s") \
                and index + 1 < len(after) and after[index + 1].is_word \
                and after[index + 1].lower not in lexicon.figure_nouns \
                and after[index + 1].lower not in lexicon.generic \
                and (after[index + 1].text.islower()
                     or after[index + 1].lower in lexicon.anaphoric):
            # "the employers' federation CEOE", "the National Coffee Growers' Federation": a
            # plural's possessive goes on with the body it names, not with what it says
            # ("analysts' forecasts") or a person ("DLJ Securities' Hassenberg")
            index += 1
            continue
        if not token.is_word or (token.lower in lexicon.boundaries and collected):
            break
        if _name_ended(collected, token, lexicon):
            break
        if token.lower in lexicon.boundaries:
            index += 1
            continue
        collected.append(token)
        index += 1
    if collected and index < len(after) and after[index].lower in _NORMS and not (
            index + 1 < len(after) and after[index + 1].lower == "of"):
        return None  # "according to U.S. Accounting principles": a norm, not a speaker
    appositive = _apposition(collected, after, index, lexicon)
    if appositive is not None:
        return appositive
    name = _name_words(collected, lexicon)
    if name is None:  # "private sources for the 1985/86 crop": the head before a phrase
        cut = next((i for i, t in enumerate(collected) if i and t.lower in lexicon.connectors
                    and t.text[0].islower()), 0)
        name = _name_words(collected[:cut], lexicon)
    return name if name is not None else _document_before_postmodifier(collected, lexicon)


_CARRIED_IN = frozenset({"in", "on"})


def _outlet_after(after: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """The outlet that carried a report ("according to a report on the Canadian
    Broadcasting Corp (CBC)", "according to a report in the Financial Times"): a report
    in or on a newspaper or a broadcaster is the outlet's, as one by it is. Only a
    medium's name, or a broadcaster's ("Broadcasting", which also names companies whose
    kind it must not change): "a report on the economy", "a report in Canada" say what
    or where."""
    name = _name_after(after, lexicon)
    if name is None:
        return None
    words = " ".join(token.text for token in name)
    return name if classify(words, words, lexicon) == "media" or any(
        token.lower == "broadcasting" for token in name) else None


def _document_before_postmodifier(collected: list[Token],
                                  lexicon: CompiledLexicon) -> list[Token] | None:
    """The document after "according to" ("according to union records", "According to
    officical pay lists available in the union's office, the basic pay ... is 1,977
    cruzados"): a document described in lower case is the source, whatever is said after
    it of where it is kept (a name that opens in capitals is left to the name's own
    rules)."""
    head = next((at for at, token in enumerate(collected)
                 if token.lower in DOCUMENT_HEADS), None)
    if head is None or any(token.is_capitalised or not token.is_word
                           for token in collected[: head + 1]):
        return None
    return _trim_leading(collected[: head + 1], lexicon) or None


_NORMS = frozenset({"principles", "standards", "rules", "methods", "practices", "guidelines",
                    "definitions", "criteria", "conventions"})
"""Nouns of a norm figures are reckoned by: "according to" them names no speaker."""


def _name_words(collected: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """The words collected after a cue, as a name: no connector or mark at the end, no
    determiner at the start."""
    while collected and (collected[-1].lower in lexicon.connectors or not collected[-1].is_word):
        collected = collected[:-1]
    collected = _trim_leading(_without_time(collected, lexicon), lexicon)
    return collected if collected and _acceptable(collected, lexicon) else None


def _name_ended(collected: list[Token], token: Token, lexicon: CompiledLexicon) -> bool:
    """A proper name is over at the first plain lower-case word after it ("the ONS
    increase ..."), unless that word still names the source ("Reuters correspondents")."""
    return (
        token.text[0].islower() and _has_proper(collected)
        and collected[-1].lower not in lexicon.connectors
        and token.lower not in lexicon.connectors and token.lower not in lexicon.source_nouns
        and token.lower not in lexicon.generic and token.lower not in lexicon.roles
    )


def _apposition(collected: list[Token], after: list[Token], index: int,
                lexicon: CompiledLexicon) -> list[Token] | None:
    """"industry watchdog, Ofcom, ..." names Ofcom: a description, then the name."""
    if not collected or _has_proper(collected) or index >= len(after) or after[index].text != ",":
        return None
    name: list[Token] = []
    for token in after[index + 1 :]:
        if not token.is_word or token.lower in lexicon.boundaries:
            break
        name.append(token)
    return name if name and all(t.is_capitalised for t in name) else None


def _has_proper(words: list[Token]) -> bool:
    return any(t.is_capitalised and t.lower not in ("i",) for t in words)


def _acceptable(words: list[Token], lexicon: CompiledLexicon) -> bool:
    """A name needs a proper word, or a head that can speak for itself ("analysts"); a
    verb after a name shows the words are a clause, not a name ("Buenos Aires forced yield
    estimates"). Worked out once per wording: the answer hangs on the words' text alone,
    and a corpus names the same sources again and again."""
    texts = tuple(t.text for t in words)
    return lexicon.remembered(("acceptable", *texts),
                              lambda: "yes" if _judged(words, texts, lexicon) else "") == "yes"


_OPENERS = frozenset({"currently", "recently", "separately", "additionally", "finally",
                      "similarly", "consequently", "originally", "previously", "subsequently",
                      "meanwhile", "however", "moreover", "furthermore", "nevertheless",
                      "overall", "traditionally", "typically", "usually", "generally",
                      "historically", "initially", "ultimately", "eventually", "today", "even",
                      "yesterday", "now", "then", "still", "instead", "also", "likewise"})
"""Sentence adverbs that open a sentence with a capital: never a speaker's name (a suffix
test would take "Bally", "Lilly" and "Healy" for adverbs)."""


_MEASURES = frozenset({"yield", "yields", "output", "production", "exports", "imports",
                       "growth", "inflation", "demand", "turnover", "revenue"})
"""A measure's noun alone names no source, capitalised as a sentence opens ("Yield
estimates remained at 3.2 to 3.5 mln tonnes"): the noun "estimates" is no verb there."""


_FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd",
                           "we'll", "me", "us"})
"""The speaker's own words for themselves: inside a quote ("I'm not saying that is going
to happen but ...") they stand for whoever the quote is from, a name found by carrying the
quote on, not one of their own."""

def _names_with_number(words: list[Token], at: int, lexicon: CompiledLexicon) -> bool:
    """Whether the word at ``at``, which opens with a digit, belongs to a name: a brand
    spelt so ("3Com Corp"), or a number between two capitalised words of a name ("Pier 1
    Imports Inc"), not a figure's words ("a two billion schilling issue") nor a date
    ("February 9 USDA")."""
    word = words[at].text
    if len(word) > 1 and word[1:2].isupper():
        return True
    return word.isdigit() and 0 < at < len(words) - 1 and words[at - 1].is_capitalised \
        and words[at + 1].is_capitalised and words[at - 1].lower not in lexicon.not_sources \
        and not words[at - 1].text.endswith(("'s", "’s"))  # "Swissair's 11 DC-10s"


_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "mln", "bln",
                     "hundreds", "thousands", "millions", "billions", "dozen", "dozens"})


def _judged(words: list[Token], texts: tuple[str, ...], lexicon: CompiledLexicon) -> bool:
    """``_acceptable`` worked out."""
    if words[-1].lower in lexicon.leading or any(
            t.text[0].isdigit() and not _names_with_number(words, at, lexicon)
            for at, t in enumerate(words)) \
            or opens_clause(list(texts)) or (len(words) == 1 and words[0].lower in _OPENERS) \
            or words[0].lower in _SCALES or (len(words) == 1 and words[0].lower in _MEASURES) \
            or (len(words) == 1 and words[0].lower.replace("’", "'") in _FIRST_PERSON):
        return False  # "Currently, ... , says Mr Dean": an adverb opens, it names no one;
        # "I'm not saying": the quote's speaker says it (``_FIRST_PERSON``);
        # "a two billion schilling issue of floating rate treasury notes": a figure's words
    if _holds_verb(words) or _measured_thing(_before_closing_bracket(words), lexicon):
        return False
    # "..., traders here said": the noun before a place adverb is the head that speaks;
    # naming drops the adverb (``names._without_place_adverb``)
    head = words[-2] if len(words) > 1 and words[-1].lower in PLACE_ADVERBS else words[-1]
    return _has_proper(words) or _speaks(head, lexicon) or _role_of(words, lexicon)


def _role_of(words: list[Token], lexicon: CompiledLexicon) -> bool:
    """"a spokesman for the club": a role before "for" speaks for whatever body follows,
    named or not. "Of" is left out: "vice president of finance" names a field, no body."""
    return any(word.lower in lexicon.roles and following.lower == "for"
               for word, following in pairwise(words))


_AGENT = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ians|ants|ist|ian|smen|ymen)")
"""Nouns of people who do something ("growers", "exporters", "economists", "physicians",
"consultants", "businessmen", "policymen"): any of them can say a figure, and the lexicon
cannot list them all.
Singular "-er" and "-or" are left out, where "number", "quarter", "sector" and "factor"
are not people."""


def _speaks(word: Token, lexicon: CompiledLexicon) -> bool:
    """A lower-case word that can name a speaker ("analysts", "the embassy", "growers")."""
    lower = word.lower
    return (lower.rstrip("'’s") in lexicon.source_nouns or lower in lexicon.source_nouns
            or (word.text.islower() and _AGENT.fullmatch(lower) is not None))


def _measured_thing(words: list[Token], lexicon: CompiledLexicon) -> bool:
    """"Unadjusted merchandise", "highest number of Libyan casualties": words that end on a
    lower-case noun and hold no word for a speaker, their role or their statement say what
    was measured, not who measured it (a capital that opens them or names a people does
    not make them a name)."""
    while words and is_adverb(words[-1].text):  # "Feretti conservatively estimated"
        words = words[:-1]
    if len(words) < 2 or not words[-1].text.islower():  # "al-Sabah" is a name
        return False
    singular = [_singular(w.lower) for w in words]
    return not any(_speaks(w, lexicon) or w.lower in lexicon.roles or w.lower in lexicon.generic
                   or one in lexicon.roles or one in lexicon.source_nouns or w.is_acronym
                   for w, one in zip(words, singular, strict=True)) and (
        lexicon.any_kind is None or lexicon.any_kind.search(" ".join(singular)) is None)


def _before_closing_bracket(words: list[Token]) -> list[Token]:
    """The words without the bracket that closes them: "real gross domestic product (GDP)"
    is the measure its short form repeats, no name of a body (a bracket inside the words,
    "the General Agreement on Tariffs and Trade (GATT) meeting", is left to the name)."""
    return without_brackets(words, attrgetter("text")) if words[-1].text == ")" else words


def _singular(word: str) -> str:
    """"companies" -> "company", "banks" -> "bank": enough folding to look a word up."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _holds_verb(words: list[Token]) -> bool:
    """A lower-case past form ("forced") straight after a capitalised word, not after an
    adverb that opens the sentence ("Seasonally adjusted figures showed")."""
    return any(word.text.endswith("ed") and word.text[0].islower() and previous.is_capitalised
               and not is_adverb(previous.lower) for previous, word in pairwise(words))


_DATELINE = re.compile(r"[A-Z][\w .,'’-]*?,? (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|"
                       r"Oct|Nov|Dec)[a-z]*\.? \d{1,2}")
"""A wire dateline's words before its dash ("SOUTHFIELD , MICH. , March 24")."""
_CLAUSE_END = re.compile(r",|(?<!\b[A-Z])\.(?!\w)")
"""Where the clause after a verb ends: a comma, or a full stop that is not an initial's
("said U.S. car sales ..." goes on past "U.S.")."""


def _is_trailing(text: str, before: list[Token], subject: list[Token], cue_end: int,
                 lexicon: CompiledLexicon) -> bool:
    """", X said." attributes what came before: the subject follows a comma or a quote,
    and the verb ends the clause."""
    position = before.index(subject[0]) if subject[0] in before else 0
    while position > 1 and before[position - 1].lower in lexicon.leading \
            and before[position - 2].lower in ("and", "or"):
        position -= 1  # "..., Westpac and the Institute said."
    position = _before_coordinated(before, position, lexicon)
    if position >= 2 and before[position - 1].lower == "and" and before[position - 2].is_word \
            and before[position - 2].text.islower():
        position -= 2  # "..., economics and finance minister Edouard Balladur said"
    while position > 0 and before[position - 1].lower in lexicon.leading:
        if before[position - 1].lower in _CONTRASTING:
            return False  # "of 2.5 pct, but some economists have revised their predictions"
        position -= 1
    position = _before_statement(before, position, lexicon)
    if position == 0:
        return False
    mark = before[position - 1].text
    if mark not in QUOTES and mark not in DASHES and mark != ",":
        return False
    if position == 1 and mark in QUOTES:  # '"Cellnet was forecasting half that."' opens
        return False  # a quotation: the cue governs what follows, as in plain prose
    if mark in DASHES and _DATELINE.fullmatch(" ".join(t.text for t in before[:position - 1])):
        return False  # "DETROIT, March 24 - Chrysler Corp said": the story opens there
    if _AMOUNT_OPENING.search(" ".join(map(_TEXT, before[:position - 1]))) is None:
        return False  # "On Monday, Mitek reported sales of five mln dlrs": nothing to report
    return _verb_ends_clause(text, cue_end)


_CONTRASTING = frozenset({"but", "yet", "while", "whereas", "although", "though"})
"""Conjunctions that open a clause of its own: its speaker sets a view against what came
before, never reports it."""


def _verb_ends_clause(text: str, cue_end: int) -> bool:
    """Whether nothing the verb reports follows it: the sentence ends, or a comma, a
    closing dash or a participle goes on ("said, adding"), or only a short phrase with no
    number, or only where or how it was said with no figure in the rest of the sentence
    ("said in its monthly balance sheet report")."""
    rest = text[cue_end:cue_end + 80]
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    words = clause.split()
    if rest[:1] in ",." or rest.strip() == "" or _CLOSING_DASH.match(rest) is not None \
            or _GOING_ON.match(rest) is not None:
        return True
    if len(words) <= 5 and not any(map(str.isdigit, clause)):
        return True
    return _only_circumstance(words, _told(text, cue_end)) and not _holds_figure(clause) \
        and not _holds_figure(_rest_of_sentence(text, cue_end + len(clause)))


_AMOUNT = re.compile(
    r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|"
    r"dozens?|half|quarter|third|several|many|some|few)\b", re.IGNORECASE)
"""A word that states an amount: what a trailing "..., X said" reports lies before it."""
_AMOUNT_OPENING = re.compile(rf"(?:^| )(?:{_AMOUNT.pattern})", re.IGNORECASE)
"""Whether any of some words opens with an amount, searched once in the words joined by
spaces: no token holds white space, so a match after a space or at the start opens a
word, and a word end tested after it falls where it falls within the word alone."""
_GOING_ON = re.compile(r"\s+(?:adding|noting|citing|explaining|stressing|warning)\b")
"""A participle right after the verb goes on with the speaker's account ("Gould officials
said adding that the company has already signed orders"): the verb has ended its clause."""
_CLOSING_DASH = re.compile(r"\s+(?:-|--|–|—)\s(?![^-–—]{0,40}\s(?:-|--|–|—)\s)")
"""A dash that closes the clause after a verb ("Mr Chidambaram said - falling short of
..."), not one that opens an aside closed by another ("bankers had argued -
unsuccessfully - for ...") or a hyphen ("made a profit-sharing distribution")."""
_NUMBER = re.compile(r"\d[\d.,/-]*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _holds_figure(words: str) -> bool:
    """Whether words hold a number other than a year: "said in its 1987 forecast" names
    where it was said; "said 5.1 pct" reports a figure."""
    return any(_YEAR.fullmatch(number.group()) is None for number in _NUMBER.finditer(words))


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])\.(?:\s|$)")
_REST_REACH = 240


def _rest_of_sentence(text: str, start: int) -> str:
    """The words from ``start`` to the end of the sentence (within a reach): whether a
    figure follows a verb's circumstance ("said in the first four months of 1987, total
    cargo load increased 30 pct") decides whether the verb reports what comes after."""
    rest = text[start:start + _REST_REACH]
    end = _SENTENCE_END.search(rest)
    return rest if end is None else rest[:end.start()]


def _told(text: str, cue_end: int) -> bool:
    """Whether the cue ends on "told", whose listener comes before where it was said."""
    return text[max(0, cue_end - 5):cue_end].lower().endswith(("told", "tells"))


_CIRCUMSTANCE = frozenset({"in", "at", "on", "during", "after", "before", "to", "from",
                           "with", "without", "by", "via", "through", "issued", "released",
                           "published", "prepared", "distributed", "circulated", "carried"})


_LISTENERS = frozenset({"reporters", "journalists", "newsmen", "correspondents", "reuters",
                        "parliament", "congress", "delegates", "lawmakers", "shareholders"})
"""Who "told" addresses before the circumstance ("told reporters at a news conference")."""


def _only_circumstance(words: list[str], told: bool) -> bool:
    """Whether the words after a verb only say where or how it was said ("said in its
    monthly balance sheet report", "said in a statement issued after the weekly cabinet
    meeting", "told reporters at a news conference in Tokyo"): a phrase that opens on a
    preposition or on the participle of a release, after the listener of "told", and
    reports no clause ("that ...")."""
    lower = [word.lower().strip("\"'“”") for word in words]
    if told and lower and lower[0] in _LISTENERS:
        lower = lower[1:]
    return bool(lower) and lower[0] in _CIRCUMSTANCE and "that" not in lower


_ISSUED = frozenset({"from", "by", "of"})


def _before_statement(before: list[Token], position: int, lexicon: CompiledLexicon) -> int:
    """Where "the joint report from X" opens when X is the subject found ("..., the joint
    report from the Food and Agriculture Organisation said"): a statement's noun and the
    word of its issuer come before the issuer's name. So does a speaker's noun and the
    word of the body they are with ("..., top executives with U.S. oil companies said",
    "..., an analyst with Merrill Lynch said")."""
    if position < 2 or not (
            (before[position - 1].lower in _ISSUED
             and before[position - 2].lower in lexicon.generic)
            or (before[position - 1].lower in _AFFILIATIONS
                and before[position - 2].lower in lexicon.source_nouns)):
        return position
    opening = position - 2
    while opening > 0 and before[opening - 1].is_word and before[opening - 1].text.islower() \
            and position - opening < 5:
        opening -= 1
    return opening


def _before_coordinated(before: list[Token], position: int, lexicon: CompiledLexicon) -> int:
    """Where a coordinated subject opens: "..., analysts and industry sources said" has
    its comma before "analysts", not before "industry sources"; "..., foreign bankers and
    Chinese officials told Reuters" has it before the modifier of a source noun."""
    while position > 1 and before[position - 1].lower in ("and", "or"):
        opening = position - 1
        while opening > 0 and before[opening - 1].is_word and (
                before[opening - 1].is_capitalised
                or before[opening - 1].lower in lexicon.source_nouns
                or before[opening - 1].lower in lexicon.leading):
            opening -= 1
        if opening == position - 1:
            break
        position = _before_modifiers(before, opening, position - 1, lexicon)
    return position


_MODIFIERS_REACH = 2
"""How many lower-case words may modify a coordinated source noun ("foreign bankers")."""


def _modifier(token: Token, lexicon: CompiledLexicon) -> bool:
    return token.is_word and token.text.islower() and token.lower not in lexicon.boundaries


def _before_modifiers(before: list[Token], opening: int, conjunction: int,
                      lexicon: CompiledLexicon) -> int:
    """Where a conjunct headed by a source noun opens when lower-case modifiers come before
    it up to a clause mark; ``opening`` where they don't reach one (the conjunct is then
    part of a longer clause, not a trailing subject)."""
    if before[conjunction - 1].lower not in lexicon.source_nouns:
        return opening
    start = opening
    while start > 0 and opening - start < _MODIFIERS_REACH and _modifier(before[start - 1],
                                                                      lexicon):
        start -= 1
    if start > 0 and before[start - 1].text in _CLAUSE_PUNCTUATION:
        return start
    return opening


def name_after(after: list[Token], lexicon: CompiledLexicon) -> list[Token] | None:
    """The source named by the words ``after`` a cue that takes its source after it
    ("by the U.S. Department of Agriculture"), as an inverted cue's is found."""
    return _name_after(after, lexicon)
