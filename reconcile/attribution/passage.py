"""Passages: a body that gives figures frames the plain sentences that go on with them.

A sentence that names a body giving figures ("In the North West ..., Halifax said prices rose
by 3% and 1.2%", "It is estimated that 53% of over 65s own a mobile, according to
Intervoice") opens a passage; the sentences after it that state figures with no source of
their own carry on the same account when they go on measuring the same thing ("At the other
end of the scale, prices in the South East and London fell by 1.6% and 0.5%"; "Most 15 to
24-year-olds (94%) ... own at least one"). Carrying every earlier source forward would give
the reporter's own background to the last speaker, so a passage holds only:

- a frame from a body or a document rather than a person (a person's quote is theirs;
  what follows it is mostly the reporter's setting) that states a figure of its own, an
  official body whose release the sentence describes, or a study whose finding it tells
  ("..., the survey found", "according to a monthly survey by the CBI");
- sentences that share a measured word with the frame ("prices", "own", "gallons");
- sentences that bring in no actor of their own: no other named body or person, no source
  word ("analysts", "the government"), no "It is believed ..." whose speaker is unnamed.

A passage reaches a few sentences at most: news copy names its source again or moves on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reconcile.attribution.mentions import Mention
from reconcile.attribution.names import classify, content_words, is_demonym
from reconcile.attribution.patterns import CompiledLexicon
from reconcile.attribution.tokens import DocumentTokens, Token, words_of
from reconcile.timeref import MONTHS

_REACH = 3
PASSAGE_CUE = "passage"
"""The cue of a source a sentence takes from its passage: it says no word of its own."""
_MIN_LENGTH = 3
# Words every figure sentence may hold whatever it measures: movements, comparisons and
# times say nothing about which measure goes on.
_UNMEASURED = frozenset({
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
    "increase", "increased", "increases", "decrease", "decreased", "grew", "grow", "grown",
    "growth", "dropped", "drop", "climbed", "gained", "lost", "down", "compared", "compares",
    "compare", "against", "from", "than", "more", "less", "about", "around", "some", "only",
    "higher", "lower", "previous", "previously", "last", "first", "next", "this", "that",
    "year", "years", "month", "months", "week", "weeks", "quarter", "period", "total",
    "percent", "cent", "figure", "figures", "number", "numbers", "were", "been", "being",
    "with", "which", "their", "there", "they", "them", "also", "still", "said", "says",
    "would", "will", "could", "should", "have", "between", "while", "where", "when",
    "same", "other", "most", "many", "much", "each", "both", "such", "well", "just", "over",
    "under", "after", "before", "during", "into", "since", "until", "further", "respectively",
    "unchanged", "record", "level", "levels", "rate", "rates",
})

_STATISTIC_VERBS = frozenset({
    "rose", "fell", "grew", "expanded", "increased", "decreased", "declined", "dropped",
    "climbed", "gained", "eased", "slipped", "jumped", "surged", "contracted", "was", "were",
    "stood", "totalled", "totaled", "reached", "amounted", "remained",
})
"""Verbs of a bare statistic: a measure moved, or stood at a level."""
_SUBJECT_REACH = 8
"""Words a bare statistic's subject may run to: "The year on year rate at the end of
February". Past its first word the sentence is written in lower case but for a month or
an abbreviation ("FOB exports ..., while CIF imports rose"): a name in it ("Northern Foods
shares", "Brent crude in London gained", "Lucas shares dropped") is another story's or a
market's."""
_MONTHS = frozenset(MONTHS)
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "these",
                       "those", "its", "his", "her", "their", "our"})

# Words of the reporter's setting: what usually happens, or why.
_BACKGROUND = frozenset({"traditionally", "usually", "typically", "historically",
                         "normally", "generally", "explained"})


class Passages:
    """One document's sentences, read for who frames them: each sentence's words are
    split once, when first wanted."""

    def __init__(self, tokens: DocumentTokens,
                 figure_spans: Callable[[int], list[tuple[int, int]]],
                 lexicon: CompiledLexicon) -> None:
        """``tokens`` are the document's sentences' words (shared with the cues' readers);
        ``figure_spans(i)`` gives the spans of the figures of sentence ``i`` (empty when it
        states none)."""
        self.tokens = tokens
        self.figure_spans = figure_spans
        self.lexicon = lexicon
        self._words: dict[int, list[Token]] = {}
        self._measured: dict[int, set[str]] = {}
        self._forecasts: dict[int, Mention] = {}  # sentence -> the forecaster it goes on with

    def words(self, index: int) -> list[Token]:
        """The sentence's words outside its figures ("1.6% and 0.5%" measure nothing)."""
        if index not in self._words:
            tokens = self.tokens.of(index).every()
            for start, end in self.figure_spans(index):
                tokens = [t for t in tokens if not start <= t.start < end]
            self._words[index] = words_of(tokens)
        return self._words[index]

    def measured(self, index: int) -> set[str]:
        """What the sentence may measure (see ``_measured``), read once per sentence: a
        sentence is asked about again for every later sentence it may frame."""
        if index not in self._measured:
            self._measured[index] = _measured(self.words(index), self.lexicon)
        return self._measured[index]

    def goes_on(self, index: int, earlier: Iterable[int]) -> bool:
        """Whether a sentence goes on measuring what the earlier sentences measured: it
        shares a measured word with one of them and is not the reporter's background
        ("December is traditionally a quiet month for the housing market")."""
        if any(w.lower in _BACKGROUND for w in self.words(index)):
            return False
        measured = self.measured(index)
        return any(measured & self.measured(at) for at in earlier)

    def carries(self, index: int, frame: Mention) -> bool:
        """Whether a sentence with no source of its own may carry on a frame's account: it
        leaves no speaker unnamed and brings in no other body."""
        return speaks_for(self.words(index), frame, self.lexicon)

    def names_no_other(self, index: int, frame: Mention) -> bool:
        """Whether a sentence names no body or person but the frame by name: its source
        nouns may be the frame's own description ("The bank also blamed ...")."""
        return not names_another_body(self.words(index), content_words(" ".join(frame.words)),
                                      self.lexicon)

    def framed(self, per_sentence: list[list[Mention]], index: int,
               gives_figures: Callable[[Mention, bool], bool],
               releasing: Callable[[Mention], bool] = lambda _: False) -> Mention | None:
        """The body whose passage an unattributed sentence carries on, if any;
        ``gives_figures(mention, stated)`` says whether a mention can frame figures, given
        whether its sentence states one: a body or a document that states one, or an
        official body that releases them ("All areas saw a rise in annual house price
        inflation in November ..., the ODPM said"). A body that releases figures of its
        own (``releasing``, or figures themselves) frames a bare statistic right after its
        sentence or the sentences that go on with it, whatever the statistic measures
        ("Seasonally adjusted figures showed imports rose ... / Exports rose to a record
        6.93 billion from 6.20 billion")."""
        back = next((at for at in range(index - 1, max(-1, index - 1 - _REACH), -1)
                     if per_sentence[at]), None)
        if back is None:
            return None
        # the cheap tests first: most sentences have no frame in reach, or one that gives
        # no figures, and then no sentence's words need splitting
        frame = per_sentence[back][-1]
        if not gives_figures(frame, bool(self.figure_spans(back))):
            return None
        if not self.carries(index, frame):
            return None
        if not any(_new_actor(self.words(at), set(), self.lexicon)
                   for at in range(back + 1, index)) and self.goes_on(index, [back]):
            return frame
        return frame if self._releases(frame, back, releasing) and all(
            self._reeled_off(at, back, frame) for at in range(back + 1, index)
        ) and self.bare_statistic(index) else None  # right after the release or its passage

    def _reeled_off(self, index: int, back: int, frame: Mention) -> bool:
        """Whether a sentence between a release and a bare statistic leaves the release's
        passage going on: it goes on measuring with no actor of its own, or it states no
        figure and names no other body or person, however it comments ("Officials blame
        the high 1986 GNP growth on a surge in domestic demand ... / Industry grew at 11.1
        pct in real terms in 1986"): a comment gives no figure to take the statistic."""
        words = self.words(index)
        if not self.figure_spans(index):
            if frame.local:
                return False  # "the five pct inflation target set by the government": a
                # participle's agent gives its own figure, no release a comment goes on from
            if words and words[0].lower in self.lexicon.source_nouns:
                words = words[1:]  # "Officials blame": a source noun, capitalised to open
            return not names_another_body(words, content_words(" ".join(frame.words)),
                                          self.lexicon)
        return not _new_actor(words, set(), self.lexicon) and self.goes_on(index, [back])

    def _releases(self, frame: Mention, at: int,
                  releasing: Callable[[Mention], bool]) -> bool:
        """Whether a frame releases figures of its own in its sentence: an official body
        or a company's results, or figures themselves ("Seasonally adjusted figures
        showed"), whose words cover a figure of the sentence (not "..., and Bank of Spain
        Governor Mariano Rubio said this month he was aiming for the lower end")."""
        return (releasing(frame) or any(w.lower() in self.lexicon.data_nouns
                                        for w in frame.words)) and any(
            frame.scope_start <= start < frame.scope_end for start, _ in self.figure_spans(at))

    def bare_statistic(self, index: int) -> bool:
        """Whether a sentence is a bare statistic: a short subject, a measure or a sector
        ("Exports", "Industry", "The year on year rate at the end of February"), then a
        verb of movement or level, and the figures ("Exports rose to a record 6.93 billion
        from 6.20 billion"): the release before it reeled off, whatever it measures."""
        words = self.words(index)
        if on_the_market(words):
            return False  # "The stock slipped 1-3/8 to 85-1/8": the market's, no release's
        verb = next((at for at, w in enumerate(words) if w.lower in _STATISTIC_VERBS), None)
        if verb is None or verb == 0 or verb > _SUBJECT_REACH:
            return False
        subject = words[:verb]
        return not any(w.lower in _PRONOUNS or w.lower in self.lexicon.source_nouns
                       or not w.text.isalpha() for w in subject) and not any(
            w.text[0].isupper() and not w.text.isupper()
            and w.lower.removesuffix("'s") not in _MONTHS for w in words[1:])

    def forecast_frame(self, per_sentence: list[list[Mention]], index: int,
                       sentence_text: str, sentence_start: int) -> Mention | None:
        """The forecaster whose forecast a sentence of forecasts with no agent goes on
        with: wire copy names the forecaster once ("... is forecast to remain stagnant at
        7.22 mln hectares, West German statistician F.O. Licht said") and then reels off
        the rest in the passive ("The total beet area in the European Community is
        forecast to fall two pct", "Eastern Europe plantings are forecast as follows").
        A person frames such a passage too: the forecast is theirs, not the reporter's
        setting. The forecaster is the last mention up to three sentences back, or the one
        the sentence before went on with (Licht's table of country estimates follows three
        sentences of his forecasts), when its cue reports and nothing between brings in
        another actor; a pronoun ("It projected the 1985/86 crop at 7.30 mln tonnes")
        stands for the forecaster it is resolved to, as its own figures' source does. The
        passive must come before the sentence's figures (``sentence_text`` starts at
        ``sentence_start``)."""
        found = _AGENTLESS_FORECAST.search(sentence_text)
        spans = self.figure_spans(index)
        if found is None or (spans and found.start() + sentence_start > min(spans)[0]):
            return None  # "grew 2.6% ... and is forecast to see growth of 2.1%": a fact first
        if index - 1 in self._forecasts:  # the passage goes on, however long it runs
            back, frame = index - 1, self._forecasts[index - 1]
        else:
            back = next((at for at in range(index - 1, max(-1, index - 1 - _REACH), -1)
                         if per_sentence[at]), None)
            if back is None:
                return None
            frame = per_sentence[back][-1]
            if _REPORTS.search(frame.cue) is None:
                return None
        own = content_words(" ".join(frame.words))
        if _unnamed_speaker(self.words(index), self.lexicon) or any(
                _new_actor(_without_places(self.words(at)), own, self.lexicon)
                for at in range(back + 1, index + 1)):
            return None
        self._forecasts[index] = frame
        return frame


def on_the_market(words: list[Token]) -> bool:
    """Whether a sentence tells how a company's shares moved ("Ericsson shares dropped
    5.9%", "Novartis' shares rose 1%"): a market's figure, not one the company gives. Its
    shares as a deal's terms ("four shares for each") are the company's."""
    return any(word.lower in _MARKET and any(
        later.lower in _MOVES for later in words[at + 1:at + 1 + _MOVE_REACH])
        for at, word in enumerate(words))


_MARKET = frozenset({"shares", "stock", "stocks"})
_MOVES = frozenset({"rose", "fell", "dropped", "climbed", "gained", "lost", "slipped",
                    "jumped", "tumbled", "sank", "surged", "slid", "eased", "firmed", "up",
                    "down", "closed", "ended", "traded", "trading", "edged", "sunk",
                    "plunged", "slumped", "soared", "rallied", "plummeted", "dived"})
_MOVE_REACH = 6
"""Words a move may follow its shares by: "Shares in music giant EMI have sunk"."""


_AGENTLESS_FORECAST = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+|therefore\s+)?(?:forecast|estimated|"
    r"projected|put|seen|expected(?=\s+(?:at|to\s+(?:be\s+(?![a-z]+ed\b)|rise|fall|grow|drop|"
    r"decline|increase|decrease|narrow|widen|slow|reach|total|average|remain|edge|expand|"
    r"contract|climb|ease|improve|stay)\b)))\b(?!\s+by\b)(?![^.]*\bby\s+[A-Z])"
    r"|\bestimates\b[^.]{0,80}\bare\b")
"""A forecast given in the passive with no agent ("is forecast to fall", "is put at",
"Individual West Europe country estimates ... are", "are therefore expected to drop
500,000 tonnes"), where no "by X" names its maker; "expected" only of a level or a move
("is expected to be 4%", "to narrow to"), not of an event ("is expected to begin in
April", "are expected to be used")."""
_REPORTS = re.compile(r"\b(?:said|says|forecast|estimat|predict|project|expect|put|see)",
                      re.IGNORECASE)
"""Cues of the forecaster's own word: said, forecast, estimated, put at."""


def _without_places(words: list[Token]) -> list[Token]:
    """The words without the capitalised names right after "in" ("the total beet area in
    the European Community": where a forecast is of, not who else speaks) and without the
    forecast's own word ("is forecast", "country estimates ... are")."""
    kept: list[Token] = []
    skipping = False
    for previous, word in zip([None, *words], words, strict=False):
        if previous is not None and previous.lower == "in":
            skipping = True
        if skipping and (word.lower == "the" or word.text[0].isupper()):
            continue
        skipping = False
        if word.lower not in _FORECAST_NOUNS:  # the passive's own word is no new source
            kept.append(word)
    return kept


_FORECAST_NOUNS = frozenset({"forecast", "forecasts", "estimate", "estimates", "projection",
                             "projections"})


def _measured(words: list[Token], lexicon: CompiledLexicon) -> set[str]:
    """The lower-case content words of a sentence, plural folded, and the measures written
    as acronyms ("GNP", "gdp"): what it may measure."""
    return {_stem(t.lower) for t in words
            if t.lower in _ACRONYM_MEASURES or (
                t.text[0].islower() and len(t.text) >= _MIN_LENGTH and t.text.isalpha()
                and t.lower not in _UNMEASURED and t.lower not in lexicon.boundaries
                and t.lower not in lexicon.auxiliaries and t.lower not in lexicon.not_sources
                and t.lower not in lexicon.source_nouns and t.lower not in lexicon.leading
                and t.lower not in lexicon.connectors)}


_ACRONYM_MEASURES = frozenset({"gnp", "gdp", "cpi", "ppi", "rpi"})
"""Measures a release names by their initials, in capitals or not ("For the fiscal year
ended last March 31, gnp rose 2.6 pct" goes on from "Japan's gross national product (gnp)
rose a real 1.2 pct"): never sources (``not_sources`` lists them, with the days and months
a sentence may name whatever it measures), but what a sentence measures."""


_STEM = 5
"""Letters a long measured word is compared by: "expanding" goes on from "expansion",
"prices" from "priced"."""


def _stem(word: str) -> str:
    """A measured word as compared: its first ``_STEM`` letters when it is longer."""
    return word[:_STEM] if len(word) > _STEM else _folded(word)


def _folded(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def speaks_for(words: list[Token], frame: Mention, lexicon: CompiledLexicon) -> bool:
    """Whether a sentence's words may be a frame's: they leave no speaker unnamed and bring
    in no other body or person."""
    return not _unnamed_speaker(words, lexicon) and not _new_actor(
        words, content_words(" ".join(frame.words)), lexicon)


def _unnamed_speaker(words: list[Token], lexicon: CompiledLexicon) -> bool:
    """"It is believed more than 270 hunts went out": a speaker the sentence leaves unnamed
    is not the frame's."""
    return len(words) > 1 and words[0].lower == "it" and words[1].lower in lexicon.passive


def _new_actor(words: list[Token], frame: set[str], lexicon: CompiledLexicon) -> bool:
    """Whether a sentence brings in a body or person other than the frame's: a source word
    ("analysts", "the government") or a run of capitalised words the lexicon classes as a
    body or that titles a person ("Vodafone Group", "Mr Ellis"); two capitalised words
    alone may be a region ("the East Midlands") as well as a person."""
    own = {_folded(w) for w in frame}
    for at, word in enumerate(words):
        previous = words[at - 1] if at else None
        if word.text[0].islower() and word.lower in lexicon.source_nouns and (
                _folded(word.lower) not in own) and not _of_a_year(previous, word, lexicon) \
                and not _heads_own_name(words[max(0, at - _HEAD_REACH):at], own):
            return True
    return names_another_body(words, frame, lexicon)


def names_another_body(words: list[Token], frame: set[str], lexicon: CompiledLexicon) -> bool:
    """Whether a sentence names a body or person other than the frame's by a run of
    capitalised words (see ``_new_actor``)."""
    for run in _capitalised_runs(words, lexicon):
        name = " ".join(run)
        if content_words(name) & frame:
            continue
        if run[0].lower() in lexicon.titles or run[0].lower() in lexicon.roles or classify(
                name, name, lexicon) != "other":
            return True
    return False


_HEAD_REACH = 3


def _heads_own_name(before: list[Token], own: set[str]) -> bool:
    """Whether a source noun heads a name of the frame's own ("Earnings at Barclays Capital
    investment bank rose 25%" in Barclays' story): the frame's arm, not another source."""
    return any(word.text[0].isupper() and _folded(word.lower) in own
               and not is_demonym(word.text) for word in before)  # "The German dealer"


def _of_a_year(previous: Token | None, word: Token, lexicon: CompiledLexicon) -> bool:
    """Whether a data noun names a year's values, not who gives them: "(with 1986 figures
    in brackets)" in a table of one forecaster's estimates."""
    return previous is not None and word.lower in lexicon.data_nouns \
        and re.fullmatch(r"(?:19|20)\d\d", previous.text) is not None


def _capitalised_runs(words: list[Token], lexicon: CompiledLexicon) -> list[list[str]]:
    """Runs of capitalised words, small joining words inside them, leading words and a
    capital that only opens the sentence left out."""
    runs: list[list[str]] = []
    run: list[str] = []
    owned = False  # the run follows "its": the frame's own arm ("its UK retail division")
    for position, word in enumerate(words):
        opening = position == 0 and (word.lower in lexicon.leading
                                     or word.lower in lexicon.boundaries)
        if word.lower in _POSSESSING:
            if run and not owned:
                runs.append(run)
            run, owned = [], True
        elif (word.text[0].isupper() and not opening) or (run and word.lower in
                                                           lexicon.connectors):
            run.append(word.text)
        else:
            if run and not owned:
                runs.append(run)
            run, owned = [], False
    if run and not owned:
        runs.append(run)
    return [_trimmed(r, lexicon) for r in runs if _trimmed(r, lexicon)]


_POSSESSING = frozenset({"its", "their"})
"""Words after which a capitalised run is the frame's own ("Its Global Investors wing")."""


def _trimmed(run: list[str], lexicon: CompiledLexicon) -> list[str]:
    while run and run[-1].lower() in lexicon.connectors:
        run = run[:-1]
    return run
