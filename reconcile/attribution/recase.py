"""Capitals for a story set wholly in lower case, for reading who speaks in it.

Some wire stories come set in lower case, names too ("quito, march 11 - ecuador is
considering measures ..., information minister marco lara told reuters."). Attribution
finds names by their capitals, so in such a story every figure went to the publisher.
Before attribution reads the story, a copy of the same length gets capitals where English
writing certainly has them: a sentence's first letter, and the words of a person's name
between a role and a verb of saying ("minister marco lara told", "president leon febres
cordero said"), and the news agency's own name. The figures and their words are always
read from the story as written: only the names the attribution stage gives change.
"""

from __future__ import annotations

import re

_LOWER_SHARE = 0.05
"""Below this share of capitalised words after the dateline, a story is set in lower case
(a story in ordinary case has a capital in one word of five or more)."""
_FEWEST_WORDS = 30
_SAMPLE = 2000
"""Characters read to tell: the head of a story tells its case, and reading every story
whole would cost every story time."""
_WORD = re.compile(r"[A-Za-z][a-z'’-]*")
_DATELINE = re.compile(r"^[^\n]{0,60}?\s-\s")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*[\"“]?)([a-z])")
_ROLES = (r"minister|president|spokesman|spokeswoman|chairman|governor|secretary|director|"
          r"leader|official|economist|analyst|ambassador|senator|chief|head")
_NOT_NAMES = (r"of|the|for|and|in|at|to|on|with|who|which|that|also|has|had|have|would|"
              r"will|could|may|might|should|then|later|today|yesterday|earlier|previously|"
              r"recently|once|again|here|there|however|himself|herself|was|is|were|are|not|"
              r"never|officially|publicly|privately|separately|further|too|it|he|she|they")
_NAME_AFTER_ROLE = re.compile(
    rf"\b(?:{_ROLES})\s+((?:(?!(?:{_NOT_NAMES})\b)[a-z][a-z'’-]+\s+){{1,3}}?)"
    r"(?=(?:said|says|told|added|estimated|stated)\b)")
_AGENCY = re.compile(r"\breuters?\b")


_NOT_CAPITALS = bytes(byte for byte in range(256) if not ord("A") <= byte <= ord("Z"))
_SMALL_LETTERS = bytes(range(ord("a"), ord("z") + 1))


def set_in_lower_case(text: str) -> bool:
    """Whether the story, after its dateline, is written in lower case.

    Most stories have capitals enough to tell without reading their words: a word opens
    with a capital or after a character that is no small letter, so the sample holds no
    more words than one plus its characters that are no small letter (counted in its UTF-8
    bytes, a lone surrogate's too, which can only count more); where its capitals reach
    the share of that bound, they reach the share of its words (both counted in C, by
    ``bytes.translate``)."""
    dateline = _DATELINE.match(text)
    start = dateline.end() if dateline else 0
    sample = text[start:start + _SAMPLE].encode("utf-8", "surrogatepass")
    capitals = len(sample.translate(None, _NOT_CAPITALS))
    if capitals >= _LOWER_SHARE * (len(sample.translate(None, _SMALL_LETTERS)) + 1):
        return False
    words = _WORD.findall(text, start, start + _SAMPLE)
    if len(words) < _FEWEST_WORDS:
        return False
    return sum(word[0].isupper() for word in words) < _LOWER_SHARE * len(words)


def recased(text: str) -> str:
    """The story with capitals where its writer would have put them, the same length; the
    story itself when it is not set in lower case."""
    if not set_in_lower_case(text):
        return text
    letters = list(text)
    for match in _SENTENCE_START.finditer(text):
        letters[match.start(1)] = letters[match.start(1)].upper()
    for match in _NAME_AFTER_ROLE.finditer(text):
        for word in _WORD.finditer(text, match.start(1), match.end(1)):
            letters[word.start()] = letters[word.start()].upper()
    for match in _AGENCY.finditer(text):
        letters[match.start()] = "R"
    return "".join(letters)
