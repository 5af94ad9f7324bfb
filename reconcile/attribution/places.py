"""Where a speaker was is not who spoke: step back over place phrases to the speaker.

Reporters are placed before their verb: "BBC correspondent Simon Hall at Postbridge on
Dartmoor in the West Country said ...", "the BBC's Sarah Mukherjee, with the Beaufort Hunt
in Badminton, Gloucestershire said ...", "Police in Wiltshire said ...". Walking back from
the verb finds the place first; the speaker is the phrase the places hang from.
"""

from __future__ import annotations

from reconcile.attribution.names import classify, looks_like_person
from reconcile.attribution.patterns import CompiledLexicon
from reconcile.attribution.tokens import Token

_PLACE_WORDS = frozenset({"in", "on", "near", "outside", "at", "with", "from"})
_WHERE = frozenset({"in", "on", "near", "outside", ","})
"""A chain that only says "at X" or "with X" may name an employer ("Marc Ostwald at
Monument Securities"): one of these must show that a place is meant."""
_MAX_PLACES = 5
_CHAINED = 3


def speaker_end(before: list[Token], name_start: int, lexicon: CompiledLexicon) -> int | None:
    """The index in ``before`` of the last word of the speaker that the place phrases
    ending with the name at ``name_start`` hang from, or None when the name is no place
    (a body such as "the Interior Ministry" speaks for itself) or no speaker precedes."""
    joint = _skip_article(before, name_start - 1)
    if joint < 0 or not _joins_place(before[joint]):
        return None  # no place phrase ends with the name: the cheap test before classify
    name = _described_place(before[name_start:], lexicon)
    words = " ".join(t.text for t in name)
    if not name or not all(t.is_capitalised and not t.is_acronym for t in name) or classify(
            words, words, lexicon) != "other":
        return None  # a body ("the Interior Ministry") or a plain noun speaks for itself
    index, seen = name_start - 1, set()
    for _ in range(_MAX_PLACES):
        index = _skip_article(before, index)
        if index < 0 or not _joins_place(before[index]):
            return None
        joint = before[index].text.lower()
        seen.add(joint)
        index -= 1
        if index >= 0 and before[index].text == "," and joint in _PLACE_WORDS:
            index -= 1  # ", with the Beaufort Hunt": an aside opens with its comma
        start = _run_start(before, index)
        ahead = -1 if start is None else _skip_article(before, start - 1)
        if start is not None and ahead >= 0 and _joins_place(before[ahead]):
            index = start - 1  # another place: "at Postbridge on Dartmoor"
            continue
        return index if index >= 0 and _placed(seen, before[index], lexicon) else None
    return None


def _described_place(name: list[Token], lexicon: CompiledLexicon) -> list[Token]:
    """The name without the lower-case words that say what the place is ("the state
    capital Salvador"), which name no speaker, role or body; none where what follows them
    reads as a person's name ("in poorer countries Gordon Brown will say")."""
    at = 0
    while at < len(name) - 1 and name[at].text.islower() and name[at].lower not in lexicon.roles \
            and name[at].lower not in lexicon.source_nouns \
            and classify(name[at].lower, name[at].lower, lexicon) == "other":
        at += 1
    if at and looks_like_person(" ".join(t.text for t in name[at:]), lexicon):
        return []
    return name[at:]


def _placed(joints: set[str], speaker: Token, lexicon: CompiledLexicon) -> bool:
    """Whether the phrases stepped over place a speaker ending with ``speaker``: one joint
    must say where ("in", "on", a comma); a comma only within a chain of places ("the
    BBC's Sarah Mukherjee, with the Beaufort Hunt in Badminton, Gloucestershire"), since
    "Late on Monday, Deutsche Boerse said" opens with a time; and a document ("a report in
    the Economic Observer") is the vehicle of the name after it, not a speaker."""
    if not joints & _WHERE or ("," in joints and len(joints) < _CHAINED):
        return False
    return speaker.is_capitalised or speaker.lower in lexicon.roles or (
        speaker.lower not in lexicon.generic)


def _joins_place(token: Token) -> bool:
    return token.lower in _PLACE_WORDS or token.text == ","


def _skip_article(before: list[Token], index: int) -> int:
    while index >= 0 and before[index].lower == "the":
        index -= 1
    return index


def _run_start(before: list[Token], end: int) -> int | None:
    """The first word of the capitalised run ending at ``end``, or None if there is none."""
    start = end
    while start >= 0 and before[start].is_word and before[start].is_capitalised:
        start -= 1
    return start + 1 if start < end else None
