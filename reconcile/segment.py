"""Split a document into sentences by character offsets.

Attribution and subjects work sentence by sentence, and reports show each figure in its
sentence, so the split must keep offsets into the original text (no normalisation) and must
not break at the abbreviations news copy is full of ("Mr.", "U.S.", "Co.", "Jan.", "No.").
Lines are hard boundaries too: headlines, captions and table rows stand on lines of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from reconcile.model import Sentence
from reconcile.unvalidated import unvalidated

_ABBREVIATIONS = frozenset([
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st",
    "mt", "ft", "co", "corp", "inc", "ltd", "plc", "bros", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat",
    "sun", "no", "nos", "vs", "v", "etc", "approx", "est", "dept", "univ", "assn", "ave", "blvd",
    "rd", "jr", "sr",
])

_DESIGNATORS = frozenset(["co", "corp", "inc", "ltd", "plc", "bros"])
"""Words that close a company's name, and so often a sentence too."""

_END_OR_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*[\"'”’)\]]*(?=[^\S\n]))")
"""A candidate end, terminal punctuation with any closing quotes or brackets and then space
within the line, or a line break, a hard boundary: one scan of the text finds both. It opens
with one character class, so that the engine skips the text between at C speed (opening
with ``[.!?]+`` it tries the whole pattern at every character)."""
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if match is None:
        return False
    word = match.group(1)
    if "." in word or word.lower() in _DESIGNATORS or (len(word) == 1 and word.isupper()):
        # "U.S.", "a.m.", a company's "Corp." or its one-letter ticker, an initial: a
        # sentence may still end here ("... a bid from Chrysler Corp C. Analysts said");
        # look ahead
        return not _next_opens_sentence(text, dot + 1)
    return word.lower() in _ABBREVIATIONS


def _next_starts_lowercase(text: str, position: int) -> bool:
    rest = text[position : position + 40].lstrip()
    return bool(rest) and (rest[0].islower() or rest[0].isdigit())


# Words that open a sentence after an initialism. "U.S." and "U.K." mostly stand before a
# capitalised noun of the same sentence ("the U.S. Embassy said", "U.S. Treasury
# Secretary"); a sentence that really ends on one goes on with a function word or a
# pronoun ("... to the U.S. The ministry said").
_OPENERS = frozenset([
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "his", "she",
    "her", "they", "their", "we", "our", "i", "there", "but", "and", "or", "so", "yet", "in",
    "on", "at", "for", "from", "by", "with", "if", "as", "when", "while", "after", "before",
    "since", "although", "though", "however", "meanwhile", "also", "some", "many", "most",
    "other", "others", "one", "both", "all", "no", "not", "such", "what", "which", "who",
    "last", "earlier", "later", "today", "yesterday", "analysts", "officials", "sources",
    "traders", "dealers",
])
_NEXT_WORD = re.compile(r"\s*([\"'“‘(]?)([A-Za-z]*)")


def _next_opens_sentence(text: str, position: int) -> bool:
    """True when the words after an initialism's period begin a new sentence: a lower-case
    word or a digit never does; a quotation or an opening function word does, a bracket
    does not (a company's ticker: "Amoco Corp. (AN)")."""
    match = _NEXT_WORD.match(text, position)
    quote, word = match.group(1), match.group(2)
    if quote:
        return quote != "("
    if not word:
        rest = text[match.end() : match.end() + 1]
        return not (rest.isdigit() or rest == "")
    return word[0].isupper() and word.lower() in _OPENERS


def _add_trimmed(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Add ``text[start:end]`` without the white space around it, unless that is all. The
    sentence is built without validation (``reconcile.unvalidated``): its offsets are
    ``int`` sums of ``int``, what validation would return unchanged."""
    piece = text[start:end]
    kept = piece.strip()  # strips what ``str.isspace`` calls space
    if kept:
        start += len(piece) - len(piece.lstrip())
        sentences.append(unvalidated(Sentence, {"start": start, "end": start + len(kept)},
                                     {"start", "end"}))


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, each trimmed of surrounding white space."""
    sentences: list[Sentence] = []
    start = 0
    for match in _END_OR_BREAK.finditer(text):
        end = match.end()
        if text[end - 1] == "\n":
            _add_trimmed(sentences, text, start, end - 1)
        else:
            last_dot = match.start() + len(match.group(0).rstrip("\"'”’)]")) - 1
            if _is_abbreviation(text, last_dot) or _next_starts_lowercase(text, end):
                continue
            _add_trimmed(sentences, text, start, end)
        start = end
    _add_trimmed(sentences, text, start, len(text))
    return sentences


_START = attrgetter("start")


def sentence_at(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence holding ``offset`` (the nearest before it if none does)."""
    return max(0, bisect_right(sentences, offset, key=_START) - 1)
