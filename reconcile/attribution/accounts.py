"""A company's own accounts told in the reporter's words: the company the clause names.

A story that rounds up several companies' results gives each its own figure as a plain
statement: "GlaxoSmithKline saw its profits fall 9% last year", "Trendy youth labels also
sold well, with sales jumping 28% at young women's clothing retailer Bebe Stores and 32.2%
at American Eagle Outfitters", "2004 was generally a good year for BMW, which saw revenues
from its core car-making operations rise 11%". No verb of saying stands by those figures,
and neither the publisher nor the speaker carried on from the sentence before (the first
company's "said") is whose they are: each is the account of the company its clause names,
which gave it out. The clause names the company in one of three places:

- as its subject, before any verb that is not one of saying ("Pier 1 Imports saw its same
  store sales sink by a larger-than-forecast 8.8%", "The company saw a 3% rise in December
  sales");
- after "at", beside the figure or the measure ("sales jumping 28% at ... Bebe Stores",
  "Earnings at Barclays Capital rose 25%");
- before ", which" that opens the figure's clause ("Costco Wholesale, which continued a
  recent run of upbeat results with a better-than-expected 8% jump in same store sales").

The figure must measure the company's own accounts: one of the lexicon's ``own_figures``
nouns (sales, profits, revenues, ...) or ``_MORE_ACCOUNTS`` stands in its clause. A teller
in the sentence ("analysts said") still gives the figure: the caller asks here only for
figures no cue of the sentence covers.
"""

from __future__ import annotations

from reconcile.attribution.actor import clause_subject, named_properly, openings
from reconcile.attribution.mentions import Mention, is_pronoun
from reconcile.attribution.names import capitalised_inside, is_demonym
from reconcile.attribution.passage import on_the_market
from reconcile.attribution.patterns import CompiledLexicon
from reconcile.attribution.tokens import DocumentTokens, Token
from reconcile.model import Figure
from reconcile.textfold import may_hold

_KINDS = frozenset({"percent", "money"})
"""Figures a company's accounts are given in: a change in percent or a sum of money."""
_MORE_ACCOUNTS = frozenset({"traffic", "output", "orders", "bookings"})
"""Measures of a company's own business beside the lexicon's ``own_figures`` (which also
decide whether a lead opens a company's story, so are kept to results): an airline's
traffic, a carmaker's output and orders."""
_BREAKS = frozenset({"which", "who", "whose", "that", "while", "whereas", "although",
                     "though", "because", "when", "if", "unless", "than", "said", "says",
                     "according", ";", ":", "(", ")", "\"", "“", "”", "-", "–", "—"})
"""Words and marks that begin another clause, or another teller's, between the company and
the figure: the figure is then that clause's."""
_SUBORDINATORS = frozenset({"after", "before", "as", "following", "since", "until", "amid",
                            "despite"})
"""Words after a figure that open a clause of its cause or time, whose nouns are not what
the figure measures."""
_AFTER_REACH = 6
"""Tokens after a figure its measure's noun may stand in ("a 3% rise in December sales")."""
_BEFORE_REACH = 16
"""Tokens before a figure its measure's noun may stand in, the company named in between
("with sales jumping 28% at ... Bebe Stores and 32.2% at American Eagle Outfitters")."""
_AT_TO_FIGURE = 6
"""Words from the company named after "at" to the figure ("Profit at Williams Gas Marketing
rose to"): further on, or past another name, the figure is another clause's ("and the
William Pipe Line Co had operating profit of 49.4 mln dlrs")."""
_NEAR_BEFORE = 9
"""Tokens before a figure the noun of the account it measures may stand in, where the
company is the clause's subject or the relative clause's."""
_DESCRIPTION_WORDS = 5
"""Words of a description between "at" and the name ("at young women's clothing retailer
Bebe Stores")."""
_ASIDE_WORDS = 14
_NOT_VERBS = frozenset({"and", "or", "of", "in", "for", "to", "on", "with", "by", "at",
                        "from", "as", "is", "was", "are", "were", "be", "been"})
"""Words after a subject that are no verb of its own (a name going on, "X and Y"), or a
copula, whose complement describes the subject ("Fiat is Italy's largest company")."""
_NOT_BEFORE_WHICH = frozenset({"in", "and", "or", "of", "from", "to", "at", "with", "by",
                               "near", "into"})
"""Words before a name that make it a place or the second of two, whichever the relative
clause describes: the company is named on its own ("a good year for BMW, which")."""
_COPULAS = frozenset({"is", "was", "are", "were", "have", "has", "had", "will", "would"})
"""Words that show the word taken for the subject's verb is a noun of the subject ("Avana
shareholders will be entitled", "Digital cameras were the hot gadget")."""
_HEDGES = frozenset({"should", "could", "would", "may", "might", "probably", "likely"})
"""Words of the verb that make the account the speaker's guess."""
_TABLE_WORDS = frozenset({"net", "shr", "shrs", "oper", "revs", "pretax", "prior", "avg"})
"""Words that open a line of a results table ("Net also includes currency exchange losses
of 20 mln dlrs"): a measure, not a company, opens such a clause."""
_CALENDAR = frozenset({"christmas", "easter", "thanksgiving", "january", "february", "march",
                       "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "monday", "tuesday", "wednesday", "thursday",
                       "friday", "saturday", "sunday", "the"})
"""Capitalised words after "at" that name a time, not a company ("sales rose 5% at
Christmas")."""


def accounts(text: str, indexes: list[int], figures: list[Figure], tokens: DocumentTokens,
             covered: list[bool], lexicon: CompiledLexicon) -> list[Mention | None]:
    """For each figure no cue covers (``covered`` False) that measures a company's own
    accounts, the mention of the company its clause names, else None; each is a new
    mention, which the caller resolves with the rest and checks is a body."""
    found: list[Mention | None] = []
    nouns = (*lexicon.own_figures, *_MORE_ACCOUNTS)
    for figure, index, done in zip(figures, indexes, covered, strict=True):
        mention = None
        if not done and index >= 0 and figure.kind in _KINDS \
                and may_hold(tokens.text_of(index), nouns):  # every reading needs a noun
            sentence = tokens.of(index)
            if on_the_market(sentence.every()):
                found.append(None)  # "Shares in music giant EMI have sunk by more than 16%"
                continue
            before = sentence.before(figure.start)
            after = sentence.after(figure.end)
            mention = _at_company(before, after, lexicon) or _which_company(
                before, after, lexicon) or _subject_company(before, after, lexicon)
        found.append(mention if mention is None or (named_properly(text, mention) and not any(
            other.start < mention.end and mention.start < other.end for other in figures))
            else None)  # "Net profit 2,927,000 dlrs": a table's line opens with no name
    return found


def _account(word: Token, lexicon: CompiledLexicon) -> bool:
    return word.lower in lexicon.own_figures or word.lower in _MORE_ACCOUNTS


def _measured(words: list[Token], lexicon: CompiledLexicon) -> bool:
    """Whether an account's noun stands among ``words``, all of the figure's clause, and
    is not another's ("the country's foreign exchange earnings")."""
    return any(_account(word, lexicon) and not any(
        other.lower.endswith(("'s", "’s")) for other in words[max(0, at - 3):at])
        for at, word in enumerate(words))


def _near(before: list[Token], after: list[Token], lexicon: CompiledLexicon) -> bool:
    """Whether the figure measures an account: the noun a few words before it ("saw
    revenues from its core car-making operations rise 11%") or just after it ("a 3% rise
    in December sales"); not a share of a whole ("accounts for 60% of its output")."""
    if after and after[0].lower == "of":
        return False
    return _measured(before[-_NEAR_BEFORE:], lexicon) or _measured(_clause_after(after),
                                                                    lexicon)


def _clause_after(after: list[Token]) -> list[Token]:
    """The few tokens after the figure that stay in its clause."""
    words: list[Token] = []
    for token in after[:_AFTER_REACH]:
        if token.lower in _BREAKS or token.lower in _SUBORDINATORS or token.text in ",.":
            break  # "... sunk by more than 16% after the firm issued a profit warning"
        words.append(token)
    return words


def _broken(words: list[Token]) -> bool:
    """Whether another clause or teller begins among ``words``."""
    return any(word.lower in _BREAKS for word in words)


def _mention(name: list[Token], cue: list[Token], lexicon: CompiledLexicon) -> Mention:
    """The company's mention, its cue the word that ties it to the figure ("saw", "at")."""
    return Mention(
        start=name[0].start, end=name[-1].end, words=tuple(t.text for t in name),
        cue=" ".join(t.text for t in cue), cue_start=cue[0].start, cue_end=cue[-1].end,
        pronoun=len(name) == 1 and is_pronoun(name[0], lexicon),
        backward=cue[0].start < name[0].start,
    )


def _name_from(words: list[Token], lexicon: CompiledLexicon) -> list[Token]:
    """The capitalised name that opens ``words`` ("American Eagle Outfitters", "Marks &
    Spencer"), none where a time opens them."""
    name: list[Token] = []
    for token in words:
        joins = bool(name) and (token.lower in lexicon.connectors or token.text == "&")
        if not ((token.is_word and token.is_capitalised) or joins):
            break
        name.append(token)
    while name and not name[-1].is_capitalised:
        name.pop()
    if not name or name[0].lower in _CALENDAR or name[-1].lower.endswith(("'s", "’s")):
        return []
    return name


def _described_name(words: list[Token], lexicon: CompiledLexicon) -> list[Token]:
    """The name after "at": at once ("at Bebe Stores") or after a description whose head
    is a kind of body ("at young women's clothing retailer Bebe Stores"); none after a
    phrase of another kind ("at least", "at the end of the year")."""
    start = 1 if len(words) > 1 and is_demonym(words[0].text) and words[1].text.islower() \
        else 0
    while start < min(len(words), _DESCRIPTION_WORDS) and words[start].is_word \
            and not words[start].is_capitalised:
        start += 1
    if start and words[start - 1].lower not in lexicon.anaphoric:
        return []  # "at Indian drugmaker Dr Reddy's": past the people and the kind
    return _name_from(words[start:], lexicon)


def _at_company(before: list[Token], after: list[Token],
                lexicon: CompiledLexicon) -> Mention | None:
    """"sales jumping 28% at ... Bebe Stores and 32.2% at American Eagle Outfitters": the
    company after "at" right after the figure, an account's noun before it in its clause;
    or "Earnings at Barclays Capital rose 25%": the noun, "at" and the company before."""
    if after and after[0].lower == "at":
        name = _described_name(after[1:], lexicon)
        clause = _clause_before(before)
        if name and _measured(clause[-_BEFORE_REACH:], lexicon):
            return _mention(name, after[:1], lexicon)
    clause = _clause_before(before)
    for at, token in enumerate(clause):
        if token.lower == "at" and at and _account(clause[at - 1], lexicon):
            name = _described_name(clause[at + 1:], lexicon)
            rest = clause[clause.index(name[-1]) + 1:] if name else []
            if name and len(rest) <= _AT_TO_FIGURE and not any(
                    word.is_capitalised or word.lower in ("and", "but") for word in rest):
                return _mention(name, [token], lexicon)
    return None


def _clause_before(before: list[Token]) -> list[Token]:
    """The tokens of the figure's clause before it: back to the last break."""
    for back in range(len(before) - 1, -1, -1):
        if before[back].lower in _BREAKS:
            return before[back + 1:]
    return before


def _which_company(before: list[Token], after: list[Token],
                   lexicon: CompiledLexicon) -> Mention | None:
    """"... was Costco Wholesale, which continued a recent run of upbeat results with a
    better-than-expected 8% jump in same store sales": the company a relative clause opened
    with ", which" describes, when the figure in it measures the company's accounts."""
    for at in range(len(before) - 1, 1, -1):
        if before[at].lower in _BREAKS:
            if before[at].lower != "which" or before[at - 1].text != ",":
                return None
            if not _near(before[at + 1:], after, lexicon):
                return None
            end = at - 1
            start = end
            while start > 0 and (before[start - 1].is_capitalised
                                 or before[start - 1].text == "&"):
                start -= 1
            if start > 0 and before[start - 1].lower in _NOT_BEFORE_WHICH:
                return None  # "a railroad company in Mississippi and Louisiana, which"
            name = _name_from(before[start:end], lexicon)
            return _mention(name, before[at:at + 1], lexicon) if name else None
    return None


def _subject_company(before: list[Token], after: list[Token],
                     lexicon: CompiledLexicon) -> Mention | None:
    """"Pier 1 Imports saw its same store sales sink by ... 8.8%", "Best Buy, meanwhile,
    missed its sales target ..., turning in a 2.5% increase", "The company saw a 3% rise in
    December sales": the subject of the figure's clause and the verb after it, when the
    clause measures the subject's accounts and no other clause begins before the figure."""
    for opening in _openings(before):
        subject = clause_subject(before, opening, lexicon)
        if subject is None:
            continue
        if subject[0].lower in _TABLE_WORDS or _account(subject[0], lexicon):
            return None
        subject = _named_after_description(before, before.index(subject[-1]) + 1,
                                           lexicon) or subject
        verb = before.index(subject[-1]) + 1
        if verb < len(before) and before[verb].lower in lexicon.anaphoric \
                and before[verb].text.islower() and subject[-1].is_capitalised:
            first = before.index(subject[0])
            article = before[first - 1:first] if first and before[first - 1].lower == "the" \
                else []  # "The German-US carmaker saw ...": a description, to resolve
            subject = [*article, *subject, before[verb]]  # "Commerce bank set loan loss
            verb += 1  # provisions"
        if verb < len(before) and before[verb].text == ",":
            close = next((i for i in range(verb + 1, min(len(before), verb + _ASIDE_WORDS))
                          if before[i].text == ","), None)
            if close is None:
                return None
            verb = close + 1
        if verb >= len(before) or not before[verb].is_word or before[verb].is_capitalised \
                or before[verb].lower in _NOT_VERBS or _account(before[verb], lexicon) \
                or before[verb].lower in _TABLE_WORDS or before[verb].text[0].isdigit() \
                or (verb + 1 < len(before) and (before[verb + 1].lower in _COPULAS
                                                or _account(before[verb + 1], lexicon))):
            return None  # "Truck sales rose 18.1 pct", "Parent bank net profit 20 mln
            # marks", "Digital cameras were ...", "Trail smelter revenue was": the subject
            # is a measure, a thing or a plant's name
        if any(word.lower in _HEDGES for word in before[verb:verb + 3]):
            return None  # "the company should report a profit 10.30 dlrs a share": the
            # speaker's forecast of the account, not the company's
        rest = before[verb:]
        if _broken(rest) or not _commas_go_on(rest) or any(
                word.lower in _SUBORDINATORS for word in rest):
            return None  # "Bongard quit as Home State president 10 months before the bank
            # collapsed after suffering more than 143 mln dlrs in losses"
        if not _near(rest, after, lexicon):
            return None
        return _mention(subject, rest[:1], lexicon)
    return None


def _openings(before: list[Token]) -> list[int]:
    """Where the clause's subject may start (``actor.openings``), and past an adverb set off
    by a comma ("Meanwhile, Southwest Airlines saw its fourth-quarter 2004 profits fall
    15%")."""
    found = openings(before)
    if len(before) > 2 and before[1].text == "," and before[0].lower.endswith(
            ("while", "ly", "ever", "over", "though")):
        found.append(2)
    return found


def _named_after_description(before: list[Token], end: int,
                             lexicon: CompiledLexicon) -> list[Token] | None:
    """The name after a description that opens the sentence with a capital ("Home
    furnishings store Pier 1 Imports", "Leading electronics chain Best Buy", "Accessory
    vendor Claire's Stores"), where the subject found so far is the description's first
    word: a few words in lower case, none a word of grammar, then the name, a number
    inside it ("Pier 1 Imports"); or the name right after a description found whole ("the
    state iron company Ferrominera")."""
    at = end
    while at < min(len(before), end + _DESCRIPTION_WORDS) and before[at].is_word \
            and before[at].text.islower() and before[at].lower not in _NOT_VERBS \
            and before[at].lower not in lexicon.auxiliaries:
        at += 1
    if (at == end and before[end - 1].is_capitalised) or at >= len(before) \
            or not before[at].is_capitalised:
        return None  # "the state iron company Ferrominera": a description's own name
    name = [before[at]]
    for token in before[at + 1:]:
        if not (token.is_capitalised or (token.text.isdigit() and name)):
            break
        name.append(token)
    if name[-1].text.isdigit():
        return None
    return name


def subject_before(text: str, previous: list[Token], lexicon: CompiledLexicon) -> str | None:
    """The named subject of the sentence before, which "the company" opening an account's
    clause stands for where no body named before accounts for it: "But Wal-Mart only saw
    its sales rise after it cut prices. / The company saw a 3% rise in December sales". Not
    a dateline's place ("LOS ANGELES, March 12 -")."""
    for opening in openings(previous):
        subject = clause_subject(previous, opening, lexicon)
        if subject is not None:
            named = _named_after_description(previous, previous.index(subject[-1]) + 1,
                                             lexicon) or subject
            if named[0].lower in ("the", "it") or named[0].text.isupper() or (
                    len(named) == 1 and (is_pronoun(named[0], lexicon) or not (
                        named[0].is_acronym or capitalised_inside(text, named[0].text)))):
                return None  # "Fixed ...": a common word opening the sentence
            return " ".join(token.text for token in named)
    return None


def described(mention: Mention, lexicon: CompiledLexicon) -> bool:
    """Whether an account's company is named by a description ("The company", "The
    German-US carmaker") or a pronoun, which resolution must name."""
    return mention.pronoun or (mention.words[0].lower() == "the"
                               and mention.words[-1].lower() in lexicon.anaphoric)


def _commas_go_on(words: list[Token]) -> bool:
    """Whether each comma among ``words`` only opens a phrase that goes on with the
    subject's clause: a participle of the same subject ("..., turning in a 2.5% increase")
    or an aside closed by another comma, not a clause of its own ("..., with analysts")."""
    for at, word in enumerate(words):
        if word.text == "," and at + 1 < len(words) and not (
                words[at + 1].lower.endswith("ing") or words[at + 1].lower == "compared"):
            return False
    return True
