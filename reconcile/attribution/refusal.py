"""A cue that says its source told nothing: "Miyazawa would not say what specific
measures major nations would take", "It did not give the context of his remarks".

Such a mention names who was asked, not who gave a figure. The sentences after it are the
reporter's own ("The dollar fell to a record low against the yen this morning, piercing
the 150 yen barrier"), and a figure its own clause holds ("Leahy would not say who would
be the other Democrat to join the committee, which ... would be split 11 Democrats to nine
Republicans") is not its source's either. A negated view ("does not expect the cost to
exceed 15 mln dlrs") still gives the source's estimate, so only verbs of telling count.
"""

from __future__ import annotations

import re

from reconcile.attribution.mentions import Mention

_TELLING = frozenset({"say", "disclose", "reveal", "comment", "specify", "identify", "name",
                      "elaborate", "detail", "confirm", "quantify"})
"""Verbs whose negation tells nothing."""
_GIVING = re.compile(r"(?:give|provide|put|release)\s+(?:(?:any|a|an|the|exact|further|more|"
                     r"precise|specific)\s+)?(?:details?|figures?|specifics|context|breakdown|"
                     r"reasons?|indication|sums?|estimates?|forecasts?|numbers?|names?|"
                     r"timetable|information)\b", re.IGNORECASE)
"""A verb of giving that tells only with what it gives ("did not give the context of his
remarks", "would not put a figure on it"); not "will not give up easily" nor "will not
give any short term relief"."""
_REFUSING = re.compile(r"\b(?:not|never|n[o']t|declined\s+to|refused\s+to)\s+(?:\w+\s+)?$",
                       re.IGNORECASE)
"""A negation or a refusal right before the cue, perhaps past one adverb ("did not
immediately say")."""
_REACH = 30
"""Characters before a cue searched for its negation."""
_BUT_TOLD = re.compile(r"\bbut\s+(?:\w+\s+){0,2}?(?:said|says|told|tells|added|adds|noted|"
                       r"notes|estimated|put|gave|confirmed|disclosed|indicated)\b",
                       re.IGNORECASE)
"""A telling verb the refusal's subject goes on to ("did not say how many shares it would
repurchase but said that it has about 13 mln dlrs"): it told something after all."""


def refuses(mention: Mention, text: str) -> bool:
    """Whether a mention's cue is a verb of telling that its source declined or failed to
    do: the mention gives no figure, here or in the sentences after it."""
    words = mention.cue.lower().split()
    if not words or (words[0] not in _TELLING
                     and _GIVING.match(text, mention.cue_start) is None):
        return False
    return _REFUSING.search(text, max(0, mention.cue_start - _REACH),
                            mention.cue_start) is not None \
        and _BUT_TOLD.search(text, mention.cue_end, max(mention.cue_end, mention.scope_end)) \
        is None
