"""The article's main organisation: the body its lead sentence opens with.

Wire copy names the company once, at the top ("Pall Corp said ...", "Chrysler Corp's
American Motors unit ..."), then says "the company said" or "it said" for the rest of the
story. When no source was named before such a reference, it stands for that body.
"""

from __future__ import annotations

import re

from reconcile.attribution.names import classify, looks_like_person
from reconcile.attribution.patterns import CompiledLexicon

_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .,'/-]{1,60}?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+-\s+")
_WORD = re.compile(r"[\w&.'’-]+")
_MAX_WORDS = 8


def lead_organisation(text: str, lexicon: CompiledLexicon) -> str | None:
    """The run of capitalised words that opens the lead sentence, when it names a body
    (an acronym, or words the lexicon classes as company, official, union and so on)."""
    dateline = _DATELINE.match(text)
    start = dateline.end() if dateline else 0
    words: list[str] = []
    for match in _WORD.finditer(text, start, min(len(text), start + 200)):
        word = match.group(0).removesuffix("'s").removesuffix("’s")
        if not word:
            break  # "Boeing Co (BA)'s": a possessive after a bracket ends the owner's name
        if not words and word.lower() in lexicon.leading:
            continue
        capital = word[0].isupper() or (word.lower() in lexicon.connectors and words)
        if not capital or len(words) >= _MAX_WORDS:
            break
        words.append(word)
        if word != match.group(0):
            break  # a possessive ends the owner's name
    while words and words[-1].lower() in lexicon.connectors:
        words.pop()
    if not words:
        return None
    name = " ".join(words)
    named_body = any(w.isupper() and len(w) > 1 for w in words) or classify(name, name,
                                                                          lexicon) != "other"
    return name if named_body and not looks_like_person(name, lexicon) else None
