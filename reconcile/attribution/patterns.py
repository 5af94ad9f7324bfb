"""The lexicon compiled into regular expressions, once per lexicon object.

Attribution runs on every sentence that holds a figure across corpora of tens of thousands
of articles, so the cue phrases are compiled once and kept with the lexicon they came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.model import Sentence
from reconcile.textfold import folds_by_lowering

_SLOT = re.compile(r"\{(\d+)\}")


def _word(token: str) -> str:
    """One word of the cue syntax as a regex: alternatives, joined words and wildcards."""
    slot = _SLOT.fullmatch(token)
    if slot:
        count = int(slot.group(1))
        word = r"[\w'’%$£.,/-]+"
        return word + (rf"(?:\s+{word}){{0,{count - 1}}}" if count > 1 else "")
    return "(?:" + "|".join(_alternatives(token)) + ")"


def _alternatives(token: str) -> list[str]:
    """The alternatives of a word of the cue syntax as regexes, longest first."""
    alternatives = [r"\s+".join(map(re.escape, alt.split("_"))) for alt in token.split("/")]
    return sorted(alternatives, key=len, reverse=True)


_WORD_START = r"(?<![\w])"


def _phrase_body(phrase: str) -> str:
    return r"\s+".join(_word(token) for token in phrase.split()) + r"(?![\w])"


def phrase_pattern(phrase: str) -> str:
    """A cue phrase ("put the {3} at") as a regex source, matching whole words only."""
    return _WORD_START + _phrase_body(phrase)


def _first_letters(phrases: list[str]) -> str:
    """A look-ahead for the letters the phrases can start with, as written ('' when one
    starts with a slot, which can start with anything); a case-blind regex applies it
    case-blind."""
    firsts: set[str] = set()
    for phrase in phrases:
        token = phrase.split()[0]
        if _SLOT.fullmatch(token):
            return ""
        firsts.update(alternative[0] for alternative in token.split("/"))
    return "(?=[" + "".join(re.escape(letter) for letter in sorted(firsts)) + "])"


def _alternation(phrases: list[str], flags: int) -> re.Pattern[str] | None:
    """One regex for all the phrases, matching as their plain alternation would.

    The word-start test and a look-ahead on the possible first letters come once, before
    the alternatives: the regex engine then tries the forty-odd alternatives only at the
    few positions where one can start, instead of at every character (8x faster on news
    copy, the same matches).
    """
    if not phrases:
        return None
    body = (not flags & re.IGNORECASE and _by_first_letter(phrases)) or "|".join(
        f"(?:{_phrase_body(p)})" for p in phrases)
    return re.compile(f"{_WORD_START}{_first_letters(phrases)}(?:{body})", flags)


def _by_first_letter(phrases: list[str]) -> str | None:
    """The phrases' alternation with the alternatives of each first word grouped under the
    letter they start with, phrases in order within a group.

    Only one group can match at a position, and the regex engine passes over a group
    whose letter is not there at once, where it would try each phrase in turn: the same
    matches, about a sixth faster on news copy. Case-sensitive regexes only (a case-blind
    letter stands for two); None when a first word starts with a slot or a character
    that a regex escapes.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        first, *rest = phrase.split()
        alternatives = [] if _SLOT.fullmatch(first) else _alternatives(first)
        if not alternatives or not all(a[0].isalnum() for a in alternatives):
            return None
        tail = "".join(rf"\s+{_word(token)}" for token in rest) + r"(?![\w])"
        for letter in dict.fromkeys(a[0] for a in alternatives):
            starts = "|".join(a[1:] for a in alternatives if a[0] == letter)
            groups.setdefault(letter, []).append(f"(?:{starts}){tail}")
    return "|".join(letter + "(?:" + "|".join(f"(?:{body})" for body in bodies) + ")"
                    for letter, bodies in groups.items())


def _by_first_letters(words: frozenset[str]) -> str:
    """Plain words as a regex alternation grouped under their first letters: the engine
    tries only the group of the letter it finds (as ``_by_first_letter`` does for
    phrases), 40% faster than the flat alternation of thirty-odd figure nouns."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(rests)})"
                    for letter, rests in groups.items())


def _words(words: list[str]) -> frozenset[str]:
    return frozenset(word.lower().replace("_", " ") for word in words)


def _slashed(phrases: list[str]) -> frozenset[str]:
    """Every word of phrases written with slashes between spellings ("profit/profits")."""
    return _words([w for phrase in phrases for w in re.split(r"[/\s]", phrase)])


_MEMO_MAX = 100_000


OWNED_GAP_FIRST = frozenset({"of", "at", "for", "is", "was", "are", "were"})
"""The words that open what joins a figure noun to the figure it owns ("estimate of", "the
official target is")."""


@dataclass(frozen=True)
class CompiledLexicon:
    """The lexicon's phrases as regexes and its word lists as sets, ready to match."""

    lexicon: SourceLexicon
    blind: CuePatterns
    lower: CuePatterns
    relative: Phrases | None
    figure_nouns: frozenset[str]
    owned_measures: frozenset[str]
    """The nouns of ``lexicon.owned_measures``, lower case: a possessive cue on one of them
    gives way to any other cue that covers the figure."""
    owned_noun_text: re.Pattern[str]
    """A figure noun, then white space and a word that can open the words joining it to a
    figure it owns (``OWNED_GAP_FIRST``), as plain lower-case text: a noun word and the
    word after it are parted by white space (else they would be one token or a mark would
    come between), so text where this finds nothing holds no noun that owns a figure."""
    auxiliaries: frozenset[str]
    passive: frozenset[str]
    boundaries: frozenset[str]
    connectors: frozenset[str]
    leading: frozenset[str]
    titles: frozenset[str]
    roles: frozenset[str]
    generic: frozenset[str]
    source_nouns: frozenset[str]
    anaphoric: frozenset[str]
    continuation: frozenset[str]
    not_sources: frozenset[str]
    places: frozenset[str]
    acts: frozenset[str]
    agents: frozenset[str]
    own_figures: frozenset[str]
    market_tellers: frozenset[str]
    company_nouns: frozenset[str]
    company_reference: re.Pattern[str]
    qualifiers: frozenset[str]
    data_nouns: frozenset[str]
    data_qualifiers: frozenset[str]
    quantifiers: frozenset[str]
    noun_markers: frozenset[str]
    openers: frozenset[str]
    aliases: dict[str, str]
    voices: dict[str, str]
    sex_of: dict[str, str]
    """Each title or first name of ``sexes``, lower case, with the sex it says."""
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    any_kind: re.Pattern[str] | None
    memo: dict[tuple[str, ...], str] = field(default_factory=dict, compare=False, repr=False)
    """Answers worked out once (see ``remembered``): a corpus names the same few hundred
    sources over and over."""

    def remembered(self, key: tuple[str, ...], work_out: Callable[[], str]) -> str:
        """The answer for ``key`` (its first item names the question), worked out on first
        asking; the memo is emptied when it grows past ``_MEMO_MAX`` answers, so a long
        corpus run keeps it bounded."""
        known = self.memo.get(key)
        if known is None:
            if len(self.memo) >= _MEMO_MAX:
                self.memo.clear()
            known = self.memo[key] = work_out()
        return known

    def cue_search(self, text: str) -> tuple[str, CuePatterns]:
        """The text to search for cues, with the cue regexes to search it with.

        A case-blind regex is several times slower than a case-sensitive one, so the cues
        are searched for in lower case in the lower-cased text: the same matches at the
        same offsets, since lowering keeps every offset and every character class here
        (``\\w``, ``\\s``, punctuation) where ``textfold.folds_by_lowering`` says so.
        """
        if not folds_by_lowering(text):
            return text, self.blind
        return text.lower(), self.lower


_APOSTROPHES = frozenset({"'", "’"})
"""What every possessive cue holds ("X's estimate", "X' figures"), case or no case: the
needles of the possessive regex."""


def _possessive(nouns: list[str], flags: int) -> re.Pattern[str] | None:
    if not nouns:
        return None
    heads = "|".join(f"(?:{phrase_pattern(n)})" for n in nouns)
    # "X's estimate", "X' figures", "X's net revenue": the owner ends at the apostrophe;
    # a fiscal year may stand between ("the government's 1986/87 deficit figure").
    return re.compile(r"(?:'s|’s|s'|s’)(?:\s+[\w/-]+){0,2}?\s+(?:" + heads + ")", flags)


_NEEDLES_MAX = 12
"""Up to this many words are looked for as plain text before a regex is tried; more cost
more to look for than the regex itself."""


@dataclass(frozen=True)
class Phrases:
    """A regex of phrases, with words (``needles``) one of which every match holds as
    written: a sentence that holds none of them is not searched. Few sentences hold an
    inverted or possessive cue, and plain text is found far faster than a regex runs."""

    pattern: re.Pattern[str]
    needles: frozenset[str] | None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[
        re.Match[str]
    ]:
        """The matches in ``text[start:end]``, as ``pattern.finditer`` finds them."""
        stop = len(text) if end is None else end
        if self.needles is not None and not any(map(text[start:stop].__contains__,
                                                     self.needles)):
            return iter(())
        return self.pattern.finditer(text, start, stop)


def by_sentence(phrases: Phrases, text: str, sentences: list[Sentence],
                starts: list[int] | None = None) -> dict[int, list[re.Match[str]]]:
    """The matches of ``phrases`` in each sentence (by index) that holds any, as
    ``phrases.finditer(text, sentence.start, sentence.end)`` finds them, with a few
    Python calls per document rather than per sentence.

    With needles, only the sentences holding one are searched (a needle holds no white
    space, so it lies within one sentence). Without, the regex runs once over the whole
    text: sentences are separated by white space, which no match starts with, and a match
    ending inside a sentence is found alike with or without the text after it (a cue ends
    at a word's end, tested by a look-ahead that white space passes). A match that runs
    over a sentence's end is no match of either sentence it touches: those are searched
    on their own. ``starts`` are the sentences' starts, when the caller has listed them
    for the several regexes it deals out.
    """
    if starts is None:
        starts = [sentence.start for sentence in sentences]
    found: dict[int, list[re.Match[str]]] = {}
    if phrases.needles is not None:
        pattern = phrases.pattern
        for index in sorted(_holding(text, phrases.needles, starts, sentences)):
            start, end = sentences[index].start, sentences[index].end
            if pattern.search(text, start, end) is not None:  # most hold no match: no list
                found[index] = list(pattern.finditer(text, start, end))
        return found
    redo: set[int] = set()
    for match in phrases.pattern.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= sentences[index].end:
            found.setdefault(index, []).append(match)
        else:
            redo.update(range(max(index, 0), bisect_right(starts, match.end() - 1)))
    for index in redo:
        sentence = sentences[index]
        found[index] = list(phrases.finditer(text, sentence.start, sentence.end))
    return {index: matches for index, matches in found.items() if matches}


def _holding(text: str, needles: frozenset[str], starts: list[int],
             sentences: list[Sentence]) -> set[int]:
    """The sentences (by index) that hold a needle, found by ``str.find`` (no regex). After
    a hit the search goes on from the end of the sentence it hit: a common needle ("by")
    costs a step per sentence that holds it, not per occurrence."""
    held: set[int] = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            held.add(index)
            at = text.find(needle, max(at + 1, sentences[index].end if index >= 0 else 0))
    return held


def _phrases(pattern: re.Pattern[str] | None, needles: frozenset[str] | None) -> Phrases | None:
    return None if pattern is None else Phrases(pattern, needles)


def _needles(phrases: list[str]) -> frozenset[str] | None:
    """Words one of which every match of the phrases holds: of each phrase, the word of
    fewest alternatives, the longest of those, the last of equals ("by" in "in a survey
    by"). Slots match anything; a joined alternative ("closer_to") holds its longest
    word."""
    found: set[str] = set()
    for phrase in phrases:
        best: list[str] | None = None
        for token in phrase.split():
            if _SLOT.fullmatch(token):
                continue
            pieces = [max(alternative.split("_"), key=len) for alternative in token.split("/")]
            if best is None or _rank(pieces) <= _rank(best):
                best = pieces
        if best is None:
            return None
        found.update(best)
    return frozenset(found) if len(found) <= _NEEDLES_MAX else None


def _rank(pieces: list[str]) -> tuple[int, int]:
    return len(pieces), -min(map(len, pieces))


@dataclass(frozen=True)
class CuePatterns:
    """The cue phrases that match whatever their case: verbs ("said"), inverted cues
    ("according to"), participles ("estimated by"), nominal cues ("the official figure")
    and possessive nouns ("X's estimate")."""

    cues: Phrases | None
    inverted: Phrases | None
    participle: Phrases | None
    nominal: Phrases | None
    possessive: Phrases | None


def _cue_patterns(lexicon: SourceLexicon, lower: bool) -> CuePatterns:
    """The cue regexes, either case-blind, or in lower case to search lower-cased text."""
    flags = 0 if lower else re.IGNORECASE

    def cased(phrases: list[str]) -> list[str]:
        return [phrase.lower() for phrase in phrases] if lower else phrases

    def needles(found: frozenset[str] | None) -> frozenset[str] | None:
        return found if lower else None  # plain text is found as written, case and all

    def plain(phrases: list[str]) -> Phrases | None:
        lowered = cased(phrases)
        return _phrases(_alternation(lowered, flags), needles(_needles(lowered)))

    return CuePatterns(
        cues=plain(lexicon.cues),
        inverted=plain(lexicon.inverted_cues),
        participle=plain(lexicon.participle_cues),
        nominal=plain(lexicon.nominal_cues),
        possessive=_phrases(_possessive(cased(lexicon.possessive_cues + lexicon.owned_measures),
                                        flags), _APOSTROPHES),
    )


_RELATIVE_SUBJECT = (
    r"(?P<subject>it|they|the\s+[a-z]+"
    r"|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}(?:\s+[a-z]+s(?=\s))?)"
)
"""The subject of a relative clause: a pronoun, "the" and a noun, or capitalised words and
perhaps the plural noun they qualify ("the 169,000 figure that Wall Street economists had
forecast")."""


def _relative(heads: list[str], verbs: list[str]) -> Phrases | None:
    """"ceiling the group adopted", "figure which it had proposed": a figure's noun, then a
    relative clause whose subject (group ``subject``) owns it. Case matters: the subject
    is a pronoun, "the" and a noun, or a capitalised name."""
    if not heads or not verbs:
        return None
    head = "|".join(_word(h) for h in heads)
    verb = "|".join(_word(v) for v in verbs)
    return _phrases(re.compile(
        rf"{_WORD_START}{_first_letters(heads)}(?:{head})s?\s+(?:(?:that|which)\s+)?"
        rf"{_RELATIVE_SUBJECT}\s+"
        rf"(?:(?:had|has|have)\s+)?(?P<verb>{verb})(?![\w])"
    ), _needles(heads))


def _kind_word(words: list[str]) -> str:
    """A regex for any of ``words`` standing as whole words."""
    alternation = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return rf"(?<![\w&])(?:{alternation})(?![\w&])"


def _kind_patterns(lexicon: SourceLexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(_kind_word(words)))
                 for kind, words in lexicon.kinds.items() if words)


def _any_kind(lexicon: SourceLexicon) -> re.Pattern[str] | None:
    """One regex for the words of every kind: whether a word names a kind at all."""
    every = [word for words in lexicon.kinds.values() for word in words]
    return re.compile(_kind_word(every)) if every else None


_CACHE: dict[int, CompiledLexicon] = {}


def compiled(lexicon: SourceLexicon) -> CompiledLexicon:
    """The compiled form of ``lexicon``, built on first use and reused after."""
    cached = _CACHE.get(id(lexicon))
    if cached is not None and cached.lexicon is lexicon:
        return cached
    figure_nouns = _slashed(lexicon.possessive_cues + lexicon.owned_measures)
    built = CompiledLexicon(
        lexicon=lexicon,
        blind=_cue_patterns(lexicon, lower=False),
        lower=_cue_patterns(lexicon, lower=True),
        relative=_relative(lexicon.relative_heads, lexicon.relative_cues),
        figure_nouns=figure_nouns,
        owned_measures=_slashed(lexicon.owned_measures),
        owned_noun_text=re.compile(f"(?:{_by_first_letters(figure_nouns)})"
                                   rf"\s+(?:{_by_first_letters(OWNED_GAP_FIRST)})\b"),
        auxiliaries=_words(lexicon.auxiliaries),
        passive=_words(lexicon.passive),
        boundaries=_words(lexicon.boundaries),
        connectors=_words(lexicon.connectors),
        leading=_words(lexicon.leading),
        titles=_words(lexicon.titles),
        roles=_words(lexicon.roles),
        generic=_words(lexicon.generic),
        source_nouns=_words(lexicon.source_nouns),
        anaphoric=_words(lexicon.anaphoric),
        continuation=_words(lexicon.continuation),
        not_sources=_words(lexicon.not_sources),
        places=frozenset(place.lower() for place in (*lexicon.places, *lexicon.regions)),
        acts=_words(lexicon.acts),
        agents=_words(lexicon.agents),
        own_figures=_words(lexicon.own_figures),
        market_tellers=_words(lexicon.market_tellers),
        company_reference=re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:{})\b".format("|".join(
            re.escape(noun) for noun in sorted(_words(lexicon.company_nouns))))),
        company_nouns=_words(lexicon.company_nouns),
        qualifiers=_words(lexicon.qualifiers),
        data_nouns=_words(lexicon.data_nouns),
        data_qualifiers=_words(lexicon.data_qualifiers),
        quantifiers=_words(lexicon.quantifiers),
        noun_markers=_words(lexicon.noun_markers),
        openers=_words(lexicon.openers),
        aliases={key.lower(): value for key, value in lexicon.aliases.items()},
        voices={key.lower(): value for key, value in lexicon.voices.items()},
        sex_of={word.lower(): sex for sex, words in lexicon.sexes.items() for word in words},
        kinds=_kind_patterns(lexicon),
        any_kind=_any_kind(lexicon),
    )
    _CACHE[id(lexicon)] = built
    return built


@lru_cache(maxsize=8)
def cue_verbs(cues: tuple[str, ...]) -> frozenset[str]:
    """Every form of the lexicon's cue verbs ("said", "says", "expects", "reported")."""
    return frozenset(form for cue in cues for form in cue.split()[0].split("/"))
