"""Resolve mentions across a document: pronouns, short forms and acronyms to one name.

"He" and "the ministry" name no one by themselves; within an article they point back to a
source named earlier. "Mr Howard" after "Michael Howard", "the PPI" after "Pensions Policy
Institute (PPI)" and "the ministry" after "the Belarusian Interior Ministry" are one source
each, reported under its longest full name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reconcile.attribution.affiliation import (
    bare_role,
    body_of_person,
    state_voice,
    with_body,
)
from reconcile.attribution.lead import lead_organisation
from reconcile.attribution.mentions import Mention
from reconcile.attribution.named import (
    body_after,
    company_named_before,
    document_maker,
    group_before,
    headed_before,
    kind_named_before,
    named_before,
    one_body_headed,
)
from reconcile.attribution.names import (
    DESIGNATORS,
    DOCUMENT_HEADS,
    OFFICES,
    STATE_BODIES,
    capitalised_inside,
    classify,
    clean_name,
    data_name,
    is_demonym,
    looks_like_person,
    opens_as_no_body,
    opens_with_people,
    same_source,
    spells,
    without_ticker,
)
from reconcile.attribution.patterns import CompiledLexicon
from reconcile.attribution.release import releases
from reconcile.attribution.sexes import (
    FIRST_WORDS,
    OTHER_SEX,
    OWN_SEX,
    opening_person,
    person_by_role,
    person_of_sex,
    sex_said,
)
from reconcile.model import Source

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_NAME_WORD = re.compile(r"[\w&'’.-]+")
_DEFINITE = re.compile(r"\b(?:the|its|this|that)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
"""A definite article before a mention, perhaps past a word or two the mention leaves out
("The independent research organisation")."""


class Resolved(NamedTuple):
    """A mention with the name it stands for; ``voice`` marks a state's news agency.

    A named tuple: three are built for every mention of every article."""

    mention: Mention
    name: str
    voice: bool = False


def acronyms(text: str, lexicon: CompiledLexicon) -> dict[str, str]:
    """Acronyms a document defines, "Pensions Policy Institute (PPI)" -> {"PPI": ...}.

    The long form is the longest run of words before the bracket that starts with the
    acronym's first letter, in capitals, and holds only capitalised words and connectors,
    and "the" after a connector ("Office of the Deputy Prime Minister (ODPM)", "Development
    Bank of the Philippines (DBP)"): the body is named by its acronym later.
    """
    found: dict[str, str] = {}
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        words = _NAME_WORD.findall(text[max(0, match.start() - 160) : match.start()])
        best: list[str] = []
        for size in range(1, min(12, len(words)) + 1):
            run = words[-size:]
            if run[0] == "the":
                continue  # "Office of the Deputy Prime Minister": "the" inside, after "of"
            if not all(w[0].isupper() or w.lower() in lexicon.connectors or (
                    w == "the" and at and run[at - 1].lower() in lexicon.connectors)
                       for at, w in enumerate(run)):
                break
            if run[0][0] == acronym[0] and spells(acronym, run) and (
                    "the" not in run or "".join(w[0] for w in run if w[0].isupper()) == acronym):
                best = run  # through "of the", every capital's: not "Squyres of the
                # Securities Industry Automation Corp (SIAC)"
        if not best and words and words[-1][0] == acronym[0] and words[-1].isalpha() \
                and not words[-1].isupper() and spells(acronym, list(words[-1])):
            best = words[-1:]  # "PricewaterhouseCoopers (PWC)": its letters, in order
        if best and acronym not in found:
            found[acronym] = " ".join(without_ticker(best))
    return found


def resolve(mentions: list[Mention], text: str, lexicon: CompiledLexicon) -> list[Resolved]:
    """The name each mention stands for, in document order, after pronouns, short forms
    and acronyms are resolved and names are merged to the longest form in the document."""
    defined = acronyms(text, lexicon)
    lead: list[str | None] = []  # the lead organisation, looked for once it is wanted
    resolved: list[Resolved] = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        name = _name(mention, resolved, defined, text, lexicon, following)
        if _unresolved(name, lexicon) and not _plural_of(name, mention):
            if not lead:
                lead.append(lead_organisation(text, lexicon))
            voice = body_spoken_for(name, lexicon)
            if lead[0] is not None and _stands_for(name, lead[0]) and (
                    voice is None or _a_company(lead[0], lexicon)) and (
                    mention.pronoun or not _a_place(lead[0], lexicon)):
                # a place the lead opens with may be "it" ("The Soviet Union displayed
                # spying equipment it said ..."), but no survey, report or company: "UK
                # manufacturing grew ..., according to a survey" is what the story is about
                name = lead[0]
            elif (voice or name) in _COMPANY_HEADS:
                # "Arbed SA ..., the company said"; "Brazil's state oil company Petrobras
                # is pledging ..., a company spokesman said"
                name = company_named_before(text, mention.start, lexicon) \
                    or kind_named_before(text, mention.start, _kin(voice or name), lexicon) \
                    or name
        resolved.append(Resolved(mention, name))
    resolved = _documents_by_maker(_named_next(_studies_by_agent(resolved), text), text,
                                   lexicon)
    names = list(dict.fromkeys(r.name for r in resolved))  # document order: runs repeat
    voiced = _voiced_forms(resolved)
    split = [(other, other.lower().split(), other.split()) for other in [*names, *voiced]]
    longest = {name: _department_of(name, split) or _longest(name, split, lexicon.connectors)
               for name in names}
    longest = {name: voiced.get(form, form) for name, form in longest.items()}
    merged = [Resolved(r.mention, longest[r.name]) for r in resolved]
    bodies = _bodies(merged, text, lexicon)
    return [
        Resolved(r.mention, with_body(r.name, bodies.get(r.name)),
                 state_voice(r.name, lexicon) is not None)  # the voice, by position: no keyword
        for r in merged
    ]


def _studies_by_agent(resolved: list[Resolved]) -> list[Resolved]:
    """"A study revealed that 86% of visitors ... The study, conducted by consultancy
    Building Zones, found that 16% ... The study also found": a study, survey or report
    the article says in an aside was made by someone is theirs wherever the article names
    it bare, before the aside or after it. Only where the article names one agent for
    that kind of study: two surveys by two bodies stay apart."""
    agents: dict[str, set[str]] = {}
    for r in resolved:
        noun = _aside_noun(r.mention)
        if noun is not None:
            agents.setdefault(noun, set()).add(r.name)
    if not agents:
        return resolved
    return [Resolved(r.mention, *agents[noun]) if not r.mention.pronoun
            and (noun := r.name.lower().removesuffix("s")) in agents and len(agents[noun]) == 1
            else r for r in resolved]


_DOCUMENT_NOUNS = frozenset({"report", "study", "survey", "research"})


_NAMED_NEXT = re.compile(
    r"[\s\"“]*The\s+(figures|data|statistics|numbers|survey|report|study),?\s+"
    r"(?:which\s+were\s+)?(?:collected|compiled|published|released|gathered|produced|"
    r"conducted|carried\s+out|commissioned|issued)\s+by\s+(?:the\s+)?")
"""The sentence after a bare report that opens by saying who made it: "The figures,
collected by the Mobile Data Association (MDA), showed ...", "The survey, conducted by
the Pew Internet and American Life Project, ..."."""


def _named_next(resolved: list[Resolved], text: str) -> list[Resolved]:
    """"..., with latest figures showing that 26 billion texts were sent in total in 2004.
    The figures collected by the Mobile Data Association (MDA) showed that 2.4 billion
    were fired off in December alone": figures, a survey or a report named bare (lower-case
    words before the noun, no maker) are those of the body the very next sentence names
    as their maker, pointing back with "The figures". Only the next sentence: further on,
    "the figures" may be other figures."""
    named = []
    for r in resolved:
        noun = _bare_noun(r.name)
        maker = None
        if noun is not None and not r.mention.pronoun:
            stop = _SENTENCE_END.search(text, r.mention.end)
            found = _NAMED_NEXT.match(text, stop.end()) if stop is not None else None
            if found is not None and found.group(1) == noun:
                maker = next((other.name for other in resolved if found.end()
                              <= other.mention.start < found.end() + _MAKER_REACH), None)
        named.append(r if maker is None else Resolved(r.mention, maker))
    return named


_MAKER_REACH = 30
"""Characters the maker's name may start after "by": its kind ("by consultancy ...")."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s)")
_BARE_NOUNS = _DOCUMENT_NOUNS | {"figures", "data", "statistics", "numbers"}
"""Not "poll": a poll is named by the words that frame it (``polls``)."""


def _bare_noun(name: str) -> str | None:
    """The noun of a source named only as figures or a report, with no more than
    lower-case words before it ("latest figures", "a survey", "report"); None otherwise."""
    words = name.split()
    if not words:
        return None
    noun = words[-1].lower()
    return noun if noun in _BARE_NOUNS and all(word.islower() for word in words[:-1]) else None


def _documents_by_maker(resolved: list[Resolved], text: str,
                        lexicon: CompiledLexicon) -> list[Resolved]:
    """"Mobile phones are still enjoying a boom time in sales, according to research from
    technology analysts Gartner. More than 674 million mobiles were sold last year, said
    the report": a report, study or survey named bare after the story says who made one is
    that maker's, where the story names one maker (``document_maker``). So is one named
    with words that only say which ("according to a recent report from analysts Gartner"
    names "recent report" where the maker is named)."""
    if not any(_bare_document(r.name) for r in resolved):
        return resolved
    maker = document_maker(text, lexicon)
    if maker is None:
        return resolved
    at, name = maker
    return [Resolved(r.mention, name) if not r.mention.pronoun and r.mention.end > at
            and _bare_document(r.name) else r for r in resolved]


def _bare_document(name: str) -> bool:
    """Whether a source's name is a report, study or survey and no more than lower-case
    words before it ("report", "recent report", "new study"): no maker of its own."""
    return _bare_noun(name) in _DOCUMENT_NOUNS


def _aside_noun(mention: Mention) -> str | None:
    """The study noun of an aside naming its maker ("The survey, conducted by the Pew
    Internet and American Life Project, showed": "survey"), singular; None for any other
    mention."""
    first = mention.cue.split()[0].lower()
    if mention.cue_end > mention.start or not first.endswith(","):
        return None
    return first.removesuffix(",").removesuffix("s")


_COMPANY_HEADS = frozenset({"company", "firm", "corporation"})
"""Descriptions that stand for a company named in passing before them when no source
does; not "the group" (in a filing, the investors who bought the stake) nor "the bank"
(as often the central bank)."""


def _bodies(resolved: list[Resolved], text: str, lexicon: CompiledLexicon) -> dict[str, str]:
    """The body each speaker speaks for, from the first mention that says so: a person's
    organisation, or the state a news agency voices."""
    bodies: dict[str, str] = {}
    for r in resolved:
        if r.name in bodies or r.mention.pronoun:
            continue
        body = state_voice(r.name, lexicon)
        if body is None and looks_like_person(r.name, lexicon):
            words = list(r.mention.words)
            person = clean_name(words, lexicon)
            body = body_of_person(text, words, person, (r.mention.start, r.mention.end),
                                  lexicon)
            if body is None and bare_role(text, words, person, r.mention.start, lexicon):
                body = _body_just_quoted(r, resolved, lexicon)
            elif body is None and _titled_officer(person, lexicon):
                body = _company_just_quoted(r, resolved, lexicon)
        if body is not None:
            bodies[r.name] = body
    return bodies


_QUOTED_JUST_BEFORE = 300


def _titled_officer(person: str, lexicon: CompiledLexicon) -> bool:
    """A full name after a role written as a title ("Chairman William Brown", "President
    Frederick Wang"): an officer of a company, or a head of state ("President Reagan"
    has one name after his title, and no company just quoted)."""
    words = person.split()
    return len(words) >= 3 and words[0].lower() in lexicon.roles


def _company_just_quoted(person: Resolved, resolved: list[Resolved],
                         lexicon: CompiledLexicon) -> str | None:
    """The organisation quoted just before a titled officer, when it is a company: "Bank
    of Boston Corp expects ..., Chairman William Brown said"."""
    body = _body_just_quoted(person, resolved, lexicon)
    return body if body is not None and body[0].isupper() \
        and classify(body, body, lexicon) == "company" else None


def _body_just_quoted(person: Resolved, resolved: list[Resolved],
                      lexicon: CompiledLexicon) -> str | None:
    """The organisation quoted within a sentence or two before a person's mention."""
    start = person.mention.start
    for r in reversed(resolved):
        if r.mention.start >= start or r.mention.pronoun:
            continue
        if start - r.mention.end > _QUOTED_JUST_BEFORE:
            return None
        words = r.name.split()
        if any(w[0].isupper() for w in words) and not looks_like_person(r.name, lexicon) and \
                not any(w.lower() in lexicon.roles for w in words):  # not "President Reagan"
            return r.name
    return None


def _name(mention: Mention, earlier: list[Resolved], defined: dict[str, str], text: str,
          lexicon: CompiledLexicon, following: Mention | None = None) -> str:
    if mention.pronoun:
        pronoun = mention.words[0].lower()
        if pronoun in lexicon.leading:  # "his review": its author, named or not as a source
            wants_person = lexicon.lexicon.pronouns.get(pronoun) == "person"
            # not a name inside the clause the report is cited for ("Women hold 10% of
            # the top posts in FTSE 100 companies, according to their figures")
            limit = mention.scope_start if mention.backward else mention.start
            owner = named_before(text, limit, wants_person, lexicon)
            if owner is not None:
                return owner
        return _antecedent(pronoun, earlier, lexicon, text, mention.start)
    if len(mention.words) == 1 and mention.words[0].lower() in lexicon.quantifiers:
        return group_before(text, mention.start, lexicon) or mention.words[0]
    after_article = _DEFINITE.search(text, max(0, mention.start - 30), mention.start) is not None
    data = data_name(list(mention.words), lexicon)
    if data is not None and (speaker := _speaker_of(mention, earlier, text)) is not None:
        return speaker  # "Boesze said preliminary figures showed that the deficit rose to"
    if data is not None and " " not in data:  # "the figures" points back; "Figures show" not
        if after_article or mention.words[0].lower() == "the":
            return _document_before(earlier, lexicon, text) or _releasing_body(earlier, lexicon) \
                or data
    elif data is not None:
        return _releasing_body(earlier, lexicon) or data
    name = _surname_of_someone(clean_name(list(mention.words), lexicon), earlier, lexicon)
    name = defined.get(name, name)
    head = body_spoken_for(name, lexicon)
    if head is not None:  # "a company spokesman said": for the company just named, else the
        # one "the company" would stand for ("Hino Motors Ltd shipped 28 five-tonne trucks in
        # 1986, a company spokesman said" after a story quoting Isuzu: Hino's spokesman); a
        # company of a kind only by a name that says so ("Japan Air Lines ordered checks on
        # its fleet of Boeing Co. BA 747-SR jumbo jets ..., an airline spokesman said")
        just_named = company_named_before(text, mention.start, lexicon)
        if just_named is not None and head not in _COMPANY_HEADS and not any(
                word.lower().startswith(head) for word in just_named.split()):
            just_named = None  # "a bank spokesman" for "Berliner Bank AG", not for Boeing
        body = just_named or _description(head, earlier, lexicon, text, mention.start)
        if _a_company(body, lexicon):
            return body
    kind = _kind_voiced(name)
    if kind is not None:  # "a union spokesman said": for the one union the story names
        body = one_body_headed(text, mention.start, kind, [r.name for r in earlier], lexicon)
        if body is not None:
            return body
    definite = (after_article and not _indefinite_body(mention.words)) \
        or _definite_inside(mention.words, name, lexicon)
    bare_role = name.lower() in lexicon.roles  # "a spokesman said": for the body named before
    if name.lower() in _ONE_OF_MANY and not definite and (
            mention.words[0].lower() in _INDEFINITE
            or _SOMEONE.search(text, max(0, mention.start - 9), mention.start) is not None):
        return name  # "One analyst said ...": one more voice, not the "Analysts" named before
    if (definite or bare_role) and name.split()[-1][0].islower():
        described = _description(name, earlier, lexicon, text, mention.start)
        own = _body_name(name, lexicon)
        if own is not None and own not in described.split():
            return name  # "The Ifo economic research institute": Ifo, whoever spoke before
        if described == name and name.lower() in _SPEAKERS_FOR_A_BODY and not definite:
            return _role_of_body_just_named(name, mention, text, lexicon, following)
        return described
    if definite and name.lower() in _HEADS_WRITTEN_CAPITALISED:
        # "the Commission said" after "the European Commission"
        passing = headed_before(text, mention.start, name.lower(), lexicon)
        if passing is not None:
            return passing
    return _arm_named_before(name, earlier) or _spelt_out(name, mention.start, text, lexicon)


def _definite_inside(words: tuple[str, ...], name: str, lexicon: CompiledLexicon) -> bool:
    """Whether the mention is a role for a body it names by a bare head with a definite
    article ("a spokesman for the firm"): the firm is one named before, as "the firm said"
    would be; "a spokesman for the Albanian embassy" names its own."""
    return len(name.split()) == 1 and len(words) > 3 and words[0].lower() in lexicon.roles \
        and words[-2].lower() in _DEFINITE_WORDS and words[-3].lower() == "for"


_DEFINITE_WORDS = frozenset({"the", "its", "this", "that"})


def _indefinite_body(words: tuple[str, ...]) -> bool:
    """Whether a role speaks for a body named as one of a kind ("The spokesman for one
    U.S. Bank creditor said"): the article before the role is the role's, and "one
    creditor" points back to no body named before."""
    lowered = [word.lower() for word in words]
    return "for" in lowered[:-1] and lowered[lowered.index("for") + 1] in _INDEFINITE


_HEADS_WRITTEN_CAPITALISED = frozenset({"commission", "department", "ministry", "association",
                                        "federation", "council", "committee", "board",
                                        "agency", "bureau", "office", "institute"})
"""Heads a story writes with a capital when it means the body it named in full before
("the Commission", "the Department", "the Institute")."""


def _body_name(name: str, lexicon: CompiledLexicon) -> str | None:
    """The body's own name inside a description of it ("The Ifo economic research
    institute in Munich said", "the official MTI news agency said", "The Florida-based
    Falic group"): a proper name after words in lower case, then perhaps what the body is
    in lower case, then its head; not a place's ("the U.S. company"). The
    description stands for a body named before only when that body bears the name ("the
    Preussag world group" after "Preussag AG"). A word for a people or a place ("the
    British carrier", "the Texan company") or a role after a name ("the Exxon chairman")
    describes a body named before."""
    words = name.split()
    at = next((index for index, word in enumerate(words) if not word.islower()), None)
    if at is None or len(words) - at < 2 or words[-1].lower() in lexicon.roles:
        return None
    own = words[at]
    if not _proper(own, lexicon) or "-" in own or "." in own or is_demonym(own) \
            or own.lower() in lexicon.places or own.lower() in lexicon.not_sources \
            or not all(word.islower() for word in words[at + 1:]):
        return None
    return own


def _document_before(earlier: list[Resolved], lexicon: CompiledLexicon,
                     text: str) -> str | None:
    """The figures, survey or report named last before bare "the figures" ("official
    figures show ... The figures showed", "a Reuter survey shows ... the figures show"),
    or the body last named as their maker ("latest figures received by the International
    Sugar Organization (ISO) show ... The figures show"): the same document, before any
    body that releases figures (a sugar body or a trade group is no such body by its
    kind)."""
    return next((r.name for r in reversed(earlier) if not r.mention.pronoun
                 and r.mention.words and (r.mention.words[-1].lower() in lexicon.figure_nouns
                                          or _figures_by(r.mention, text, lexicon))),
                None)


_FIGURES_BY = re.compile(r"\b([a-z]+)\s+(?:[a-z]+\s+)?(?:by|from)\s+(?:the\s+)?$")
"""A figure noun, perhaps a participle, and "by" or "from" right before a name: "figures
received by the", "data compiled by", "estimates from"."""


def _figures_by(mention: Mention, text: str, lexicon: CompiledLexicon) -> bool:
    """Whether the text names a body as the maker of figures just before naming it
    ("according to figures received by the International Sugar Organization")."""
    match = _FIGURES_BY.search(text, max(0, mention.start - 40), mention.start)
    return match is not None and match.group(1) in lexicon.figure_nouns


_SAID_THEN = re.compile(
    r"\s+(?:said|says|told\s+[\w.]+)\s+(?:that\s+)?(?:(?:its|his|her|their)\s+)?")
"""A verb of saying between a speaker and the figures they cite ("Walgreen Co said
preliminary figures show", "The Newspaper Advertising Bureau said its preliminary estimates
show")."""


def _speaker_of(mention: Mention, earlier: list[Resolved], text: str) -> str | None:
    """The speaker who cites the figures ``mention`` names, when the figures are the object
    of their saying: what the figures show is what the speaker says, and news names the
    speaker as the source ("Keating said the figures showed ...", "It said preliminary
    figures show total sales of 258 mln dlrs")."""
    if not earlier:
        return None
    last = earlier[-1]
    if last.mention.end > mention.start or last.mention.cue_start < last.mention.end:
        return None  # not a speaker standing before its verb
    said = _SAID_THEN.match(text, last.mention.end)
    start = mention.start
    return last.name if said is not None and said.end() >= start - 4 \
        and text[said.end():start].strip().lower() in ("", "the") else None


def _releasing_body(earlier: list[Resolved], lexicon: CompiledLexicon) -> str | None:
    """The body named last before that issues figures ("... the Statistics Department
    said. / Unadjusted merchandise figures show ..."): an official body or a company
    posting results, not a person; a body in lower case only by its head ("the statistics
    department")."""
    for r in reversed(earlier):
        words = r.name.split()
        if r.mention.pronoun or not (any(w[0].isupper() for w in words)
                                     or words[-1].lower() in _BODY_HEADS):
            continue
        kind = classify(r.name, " ".join(r.mention.words), lexicon)
        if releases(Source(name=r.name, kind=kind, cue=r.mention.cue), lexicon):
            return r.name
    return None


_ARM = re.compile(
    r"^(?:[\w-]+ )*(?:arm|unit|subsidiary|affiliate|division) of (?P<owner>[A-Z][\w.&'’-]*)")


def _arm_named_before(name: str, earlier: list[Resolved]) -> str | None:
    """"The research arm of Nomura Securities Co" after "the private Nomura Research
    Institute said": a body described as another's arm is the body of that owner's name
    the story has already quoted."""
    match = _ARM.match(name)
    if match is None:
        return None
    owner = match.group("owner")
    return next((r.name for r in reversed(earlier) if not r.mention.pronoun
                 and r.name.split()[0] == owner and r.name != name), None)


_NAME_RUN = re.compile(r"[A-Z][\w&.'’-]*")


def _spelt_out(name: str, at: int, text: str, lexicon: CompiledLexicon) -> str:
    """"A fund spokesman" after "International Monetary Fund", "a private economic
    institute" in a story on the "Research Institute on National Economy": a body described
    by a lower-case head is the body of that head the story names in full, the nearest
    before the mention, else the first after it. A role after the head stays ("IMF
    spokesman")."""
    words = name.split()
    if any(w[0].isupper() for w in words) or len(words) > 3:
        return name
    role = words[-1] if len(words) > 1 and words[-1].lower() in lexicon.roles else None
    head = words[-2] if role else words[-1]
    if head.lower() not in lexicon.anaphoric and head.lower() not in _BODY_HEADS:
        return name
    titled = head[0].upper() + head[1:]
    found = [m for m in re.finditer(rf"\b{re.escape(titled)}\b", text)
             if not _qualified_away(text, m.end(), lexicon)]
    before = [m for m in found if m.start() < at]
    chosen = before[-1] if before else (found[0] if found else None)
    if chosen is None:
        return name
    body = _full_run(text, chosen.start(), chosen.end(), lexicon)
    if len(body.split()) < 2:
        return name
    return f"{body} {role}" if role else body


_QUALIFIER_AFTER = re.compile(r"\s+([A-Z][a-z]*)\b")


def _qualified_away(text: str, end: int, lexicon: CompiledLexicon) -> bool:
    """Whether the capitalised word after a head in ``text`` makes it no head."""
    after = _QUALIFIER_AFTER.match(text, end)
    return after is not None and _qualifies_away(after.group(1), lexicon)


def _qualifies_away(following: str, lexicon: CompiledLexicon, head: str = "") -> bool:
    """Whether a word after a head word makes the name something else: a person's ("Bank
    Governor Jaafar Hussein" is not the bank; "Bank Negara" and "Lloyds Bank Plc" stay the
    bank), documents' ("finance department documents"), or a company's for a head that
    names no company ("General Mining Union Corp" is not the union)."""
    word = following.lower()
    return word in OFFICES or word in lexicon.roles or word in lexicon.titles \
        or word in DOCUMENT_HEADS or (head in _NO_COMPANY_HEADS and word in DESIGNATORS)


_NO_COMPANY_HEADS = frozenset({"union", "ministry", "department", "committee", "council",
                               "commission", "authority"})
"""Heads of bodies that are never companies (a fund or a bank may be one: "Mexico Fund
Inc")."""


def _headed_by(words: tuple[str, ...] | list[str], head: str, plural: bool,
               lexicon: CompiledLexicon) -> bool:
    """Whether a name's words hold ``head`` as a head ("the analyst" after "USDA
    analysts"; "the growers" are not "a leading grower" named before)."""
    return any(word.lower().rstrip("s") == head and (not plural or word.lower() != head)
               and not (index + 1 < len(words)
                        and _qualifies_away(words[index + 1], lexicon, head))
               for index, word in enumerate(words))


_BODY_HEADS = frozenset({"fund", "committee", "council", "commission", "ministry",
                         "department", "office", "authority", "board", "union"})


def _full_run(text: str, start: int, end: int, lexicon: CompiledLexicon) -> str:
    """The capitalised words, joined by small connectors, around a head word."""
    left = start
    while True:
        before = text[max(0, left - 40):left]
        match = re.search(r"([A-Z][\w&.'’-]*|of|for|on|and|&)\s+$", before)
        if match is None:
            break
        left = left - (len(before) - match.start())
    right = end
    while True:
        match = re.match(r"\s+(?:(?:of|for|on|and|&)\s+)*[A-Z][\w&.'’-]*", text[right:right + 60])
        if match is None:
            break
        right += match.end()
    words = text[left:right].split()
    while words and (words[0].lower() in lexicon.connectors or words[0].lower() in
                     lexicon.leading):
        words = words[1:]
    return " ".join(words)


_BODY_JUST_NAMED = 200
_SPEAKERS_FOR_A_BODY = frozenset({"official", "officials", "spokesman", "spokeswoman",
                                  "spokesperson", "source", "sources"})


def _role_of_body_just_named(role: str, mention: Mention, text: str,
                             lexicon: CompiledLexicon, following: Mention | None) -> str:
    """"One miner has died ... in a fire at a Noranda Inc copper mine, officials said":
    officials no earlier source accounts for speak for the body the sentence just named."""
    start = max(0, mention.start - _BODY_JUST_NAMED)
    body = named_before(text[start:], mention.start - start, False, lexicon)
    if body is None and following is not None and _speaks_next(mention, following, text):
        # "..., officials said. / The mine's owner, Noranda Inc. NOR, said ...": unnamed
        # officials speak for the body that speaks at the start of the next sentence.
        named = body_after(text[: following.end], following.start, lexicon)
        body = named if named is not None and named.split()[0] in following.words else None
    return f"{body} {role}" if body else role


def _speaks_next(mention: Mention, following: Mention, text: str) -> bool:
    """Whether the next mention names the speaker of the sentence right after the one this
    mention closes ("..., officials said." then "The mine's owner, X, said ...")."""
    between = text[mention.tail : following.start].lstrip()
    return not following.pronoun and between.startswith(".") and "." not in between[1:]


def _unresolved(name: str, lexicon: CompiledLexicon) -> bool:
    """"it", "the company" or "a company spokesman" that no earlier source accounts for."""
    words = name.lower().split()
    return (len(words) == 1 and (
        lexicon.lexicon.pronouns.get(words[0]) == "organisation" or words[0] in lexicon.anaphoric
    )) or body_spoken_for(name, lexicon) is not None


def body_spoken_for(name: str, lexicon: CompiledLexicon) -> str | None:
    """The company's bare head an unnamed voice of it is named by ("company" in "company
    spokesman", "company officials", "airline spokeswoman"): the voice speaks for the one
    company the story is about, as "the company" does, and is that company as a source
    (the convention that reads "officials" for "Noranda officials" as Noranda's). Not
    sources, analysts or economists of a kind ("bank economists", "bank sources": at banks
    in general), nor a public body's voice ("a bureau spokesman")."""
    return _voice_of(name, lexicon.company_nouns)


def _voice_of(name: str, kinds: frozenset[str]) -> str | None:
    """The kind of body a two-word unnamed voice names ("company" in "company spokesman"),
    when it is one of ``kinds``."""
    words = name.lower().split()
    return words[0] if len(words) == 2 and words[0] in kinds and words[1] in _VOICES else None


_VOICED_KINDS = frozenset({"union", "ministry", "agency"})
"""Bodies of a kind whose unnamed voices ("a union spokesman", "ministry officials") speak
for the one such body a story names; a company's are ``body_spoken_for``'s."""


def _kind_voiced(name: str) -> str | None:
    """The kind of body an unnamed voice of it is named by ("union" in "union spokesman"),
    of ``_VOICED_KINDS``; not "union leaders", who may lead any of the unions a story
    names ("SATS says that some 13,000 workers are involved in the stoppage, but union
    leaders put the number of strikers closer to 18,000", after a labour federation and
    its affiliate unions)."""
    return _voice_of(name, _VOICED_KINDS)


def _voiced_forms(resolved: list[Resolved]) -> dict[str, str]:
    """The body each voice of a kind was resolved to, by the words the voice would have
    had as a name ("Finance Ministry officials" for "ministry officials" resolved to the
    Finance Ministry): "officials said" further on still merges with that longer form, as
    it did when the voice kept its kind's words, and so stands for the same body. Only a
    body named in full: a bare "Ministry" names none to merge with."""
    voiced: dict[str, str] = {}
    for r in resolved:
        words = r.mention.words
        if len(words) >= 2 and not r.mention.pronoun and " " in r.name \
                and _kind_voiced(" ".join(words[-2:])) is not None \
                and r.name.split()[-1].lower() == words[-2].lower():
            voiced.setdefault(f"{r.name} {words[-1]}", r.name)
    return voiced


def _a_company(name: str, lexicon: CompiledLexicon) -> bool:
    """Whether a name is a company's own by its words ("Dome Petroleum Ltd"): only a company
    has a company's voice, not the union, the country or the association a story names, nor
    a bare "company", "Company" or "bank" that names none."""
    words = name.split()
    return any(word[0].isupper() and word.lower() not in DESIGNATORS
               and word.lower() not in lexicon.company_nouns for word in words) \
        and classify(name, name, lexicon) == "company"


_VOICES = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson",
                     "executive", "executives"})
"""Who speaks for a body without a name of their own; not "company spokesmen", as often
the spokesmen of the several companies a story lists."""


def _plural_of(name: str, mention: Mention) -> bool:
    """Whether a bare description was written as a plural ("brokers said" named "broker"):
    several of a kind, never the one body the story is about."""
    written = mention.words[-1].lower() if mention.words else ""
    return written != name.lower() and written.removesuffix("s") == name.lower()


def _stands_for(name: str, lead: str) -> bool:
    """Whether an unresolved reference stands for the story's lead organisation: "the
    company" or "it" always; a capitalised head that is also an institution's short name
    only when the lead has it ("the Bank" for the Bank of England, not for "The Stock
    Exchange" that the story opens with)."""
    return name[0].islower() or name.lower() not in _INSTITUTION_HEADS or name in lead.split()


_INSTITUTION_HEADS = frozenset({"bank", "fund", "federation", "association", "institute",
                                "agency", "bureau", "board", "embassy", "commission",
                                "exchange", "corporation", "organisation", "organization"})
"""Heads that, capitalised alone, are one institution's short name ("the Bank", "the
Fund"), whatever company a story opens with."""


def people(name: str, lexicon: CompiledLexicon) -> bool:
    """Whether a name is a group of people named by a plural ("analysts", "average
    analysts", "oil traders", and "Creditors" opening a sentence): "it" never stands for
    them."""
    words = name.split("(")[0].split()
    last = words[-1] if words else ""
    if not last.endswith("s") or last.endswith("ss"):
        return False
    return last.islower() or (len(words) == 1 and last[1:].islower()
                              and last[:-1].lower() in lexicon.source_nouns)


def _antecedent(pronoun: str, earlier: list[Resolved], lexicon: CompiledLexicon,
                text: str, at: int) -> str:
    """The nearest earlier source a pronoun can stand for: a person for he/she, a body
    for it/they; failing that, the nearest earlier source of any kind. An owner named
    inside a noun phrase ("12 mln forecast by X") says nothing a pronoun takes up. "He"
    and "she" pass over a speaker whose title or first name says the other sex, to the
    nearest person of theirs named before, a source or not (``sexes``)."""
    wants_person = lexicon.lexicon.pronouns.get(pronoun) == "person"
    singular = pronoun.lower() in ("it", "its")
    other_sex = OTHER_SEX.get(pronoun.lower())
    subject = opening_person(text, at, OWN_SEX[pronoun.lower()], lexicon) \
        if other_sex else None
    if subject is not None:
        return subject[0]
    if pronoun.lower() == "it":
        subject = _subject_before(text, at, earlier, lexicon)
        if subject is not None:
            return subject
    named = [r for r in reversed(earlier) if not r.mention.pronoun and not r.mention.local]
    if not wants_person:
        named = [r for r in named if not _place_in_passing(r, lexicon)] or named
    else:  # "he" is never a place ("Mr French" is a man), whatever else the story names
        named = [r for r in named if not _a_place(r.name, lexicon) or _titled(r, lexicon)]
    passed_over = False  # the last speaker was of the other sex: the pronoun is someone else
    for candidate in named:
        is_person = looks_like_person(candidate.name, lexicon) or _someone(candidate, text) \
            or _surname(candidate.name, earlier, lexicon) or _titled(candidate, lexicon)
        if (is_person != wants_person and not (
                wants_person and candidate is named[0] and _described_person(candidate, text))) \
                or (singular and people(candidate.name, lexicon)):
            continue
        if other_sex and _sex_of(candidate, earlier, lexicon) == other_sex:
            passed_over = True
            continue
        person = _own_sex(text, at, pronoun, lexicon) if passed_over else None
        if person is not None and candidate.mention.end <= person[1]:
            return person[0]
        return candidate.name
    person = _own_sex(text, at, pronoun, lexicon) if passed_over or not named else None
    if person is None and not named and pronoun.lower() in OWN_SEX:
        person = person_by_role(text, at, OWN_SEX[pronoun.lower()], lexicon)
    if person is not None:
        return person[0]
    if not named:
        return _stood_for(pronoun, earlier) or pronoun
    # no candidate fits: the nearest one, but "it" is never a group of people
    return next((r.name for r in named if not (singular and people(r.name, lexicon))),
                named[0].name)


def _place_in_passing(candidate: Resolved, lexicon: CompiledLexicon) -> bool:
    """Whether a source is a place named only as the owner of what is counted ("The report
    said ... allowed Iran's output to reach 2.2 mln bpd in January ... It said"): a place
    that says nothing is no speaker "it" or "they" goes on quoting, while one that speaks
    ("Bolivia said it expects") is."""
    return candidate.mention.possessive and _a_place(candidate.name, lexicon)


def _a_place(name: str, lexicon: CompiledLexicon) -> bool:
    """Whether a source's name is a bare place or a people's word ("Iran", "Iraqi")."""
    return name.lower() in lexicon.places or is_demonym(name)


def _stood_for(pronoun: str, earlier: list[Resolved]) -> str | None:
    """Whom the same pronoun stood for last, when no source is named before it: "Economic
    Planning Minister Tetsuo Kondo. He told a press luncheon ... he said" goes on speaking
    for Kondo, found for the first "he" by the role before his name, though the later "he"
    is beyond the reach a person named outside any cue is looked for."""
    word = pronoun.lower()
    return next((r.name for r in reversed(earlier) if r.mention.pronoun
                 and r.mention.words[0].lower() == word and r.name.lower() != word), None)


_SENTENCE_OPENING = re.compile(
    r"(?:\.(?<!\b[A-Z]\.)|!(?<!\b[A-Z]!)|\?(?<!\b[A-Z]\?))[\"”’]?\s+(?=[A-Z])|\n\s*(?=[A-Z])")
"""Where a sentence opens after the one before: not after an initial ("Martin S. Ackerman",
"E.F. Hutton"). Each branch opens with its own character, the initial tested behind it,
so that the engine skips to the next stop or line break at C speed (a pattern opening with
a look-behind or ``^`` is tried at every character); the text's first sentence is
``_TEXT_OPENING``."""
_TEXT_OPENING = re.compile(r"(?=[A-Z])")


def _openings(text: str, start: int, end: int) -> list[int]:
    """Where sentences open in ``text[start:end]`` (``end`` also bounds the look-ahead for
    the capital), the text's own start included when ``start`` is 0."""
    found = [0] if start == 0 and _TEXT_OPENING.match(text, 0, end) else []
    return found + [m.end() for m in _SENTENCE_OPENING.finditer(text, start, end)]


_SENTENCE_REACH = 400
_TIME_PHRASE = re.compile(r"(?:In|On|During|After|Since|By)(?:\s+[\w/-]+){1,3},?\s+")
"""A phrase of time that may open the clause of "it" ("In August it had warned")."""
_BODY_THEN_VERB = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&.'’-]*){0,5})"
    r"\s+(?P<next>[a-z]+)\b(?:\s+(?P<after>[a-z]+)\b)?")
_DOING_VERBS = frozenset({"went", "made", "saw", "lost", "cut", "won", "took", "gave", "fell",
                          "rose", "became", "began", "sold", "bought", "paid", "spent", "put",
                          "set", "kept", "held", "grew", "had", "has", "will"})
"""Verbs of a body's doing that "-ed" does not catch; "is" and "was" only describe it
("Penteco East is a gas gathering system. It said ...": "it" is the speaker)."""


_BE = frozenset({"is", "are", "was", "were"})
_PROGRESSIVE = re.compile(r"\s+(?:[a-z]+ly\s+|now\s+|still\s+|also\s+)?[a-z]+ing\b")
"""A progressive after "is" or "was" ("Yukos is currently suing four companies"): the body
does something, as a verb of "-ed" says, not what it is."""


def _subject_before(text: str, at: int, earlier: list[Resolved],
                    lexicon: CompiledLexicon) -> str | None:
    """The body that opens the sentence before "it" as the subject of a verb, when "it"
    opens its own clause and nobody is quoted in that sentence ("Borussia Dortmund posted
    a record loss of 68m euros. It made a loss of 27.2m euros ...", "The ODPM attributed
    the fall to ... It said"): the story goes on about the body it just named, not the
    nearest speaker quoted before it. The body is one the story quotes elsewhere (a
    sentence's capitalised first word may be a common noun: "Terms were withheld"), unless
    it quotes no body at all."""
    openings = _openings(text, max(0, at - _SENTENCE_REACH), at + 1)  # reads the pronoun
    if len(openings) < 2 or not _opens_clause(text, openings[-1], at, lexicon):
        return None
    start, end = openings[-2], openings[-1]
    if any(start <= r.mention.start < end for r in earlier):
        return None
    match = _BODY_THEN_VERB.match(text, start, end)
    if match is None:
        return None
    name, verb = match.group("name"), match.group("next")
    if verb in lexicon.anaphoric:  # "The Argonaut group went into administration"
        verb = match.group("after") or ""
    first = name.split()[0].lower()
    named_before = any(not r.mention.pronoun for r in earlier)
    doing = verb.endswith("ed") or verb in _DOING_VERBS or (
        verb in _BE and _PROGRESSIVE.match(text, match.end("next")) is not None) or (
        not named_before and _described_body(name, verb, text))
    if not doing or opens_as_no_body(first, lexicon) or first in lexicon.sex_of:
        return None
    quoted = next((r.name for r in reversed(earlier) if not r.mention.pronoun
                   and same_source(name, r.name) and not _known_person(r, earlier, lexicon)),
                  None)
    return quoted or (None if named_before else name)


def _described_body(name: str, verb: str, text: str) -> bool:
    """Whether the sentence before "it" says what a body is, in a story that has quoted no
    one before ("Standard Life is the latest shareholder in Deutsche Boerse to express
    concern ... It said ..."): "it" is that body. "is" only describes a body, so after a
    speaker "it" is the speaker. A word capitalised only because it opens the sentence may
    be a common noun, so the name must be written with its capital inside a sentence too
    (the story names the body again: "Reports say Standard Life, which owns ...")."""
    return verb in _DESCRIBING and capitalised_inside(text, name.split()[0])


_DESCRIBING = frozenset({"is", "was"})


def _known_person(candidate: Resolved, earlier: list[Resolved], lexicon: CompiledLexicon
                  ) -> bool:
    """Whether a source is a person by what the story says of them (a title, a first name
    of one sex, a group of people), not only by a name that reads like one ("Borussia
    Dortmund")."""
    return people(candidate.name, lexicon) or _titled(candidate, lexicon) \
        or _sex_of(candidate, earlier, lexicon) is not None


def _opens_clause(text: str, start: int, at: int, lexicon: CompiledLexicon) -> bool:
    """Whether the pronoun at ``at`` opens the clause of the sentence that starts at
    ``start``: it is the first word, or follows a phrase of time with no verb in it."""
    if start == at:
        return True
    phrase = _TIME_PHRASE.fullmatch(text, start, at)
    return phrase is not None and not any(
        word.endswith("ed") or word in lexicon.auxiliaries or word in lexicon.boundaries
        for word in phrase.group(0).lower().split()[1:])


def _own_sex(text: str, at: int, pronoun: str,
             lexicon: CompiledLexicon) -> tuple[str, int] | None:
    """The nearest person before ``at`` of the sex a pronoun stands for, named as a source or
    not ("... forecast by Federal Finance Minister Michael Wilson in his budget. He also
    projected ...", "Michelle Galanter Applebaum ... is less optimistic. She predicts"); looked
    for only once the last speaker is passed over or none fits."""
    sex = OWN_SEX.get(pronoun.lower())
    return None if sex is None else person_of_sex(text, at, sex, lexicon)


def _sex_of(candidate: Resolved, earlier: list[Resolved], lexicon: CompiledLexicon) -> str | None:
    """The sex a person's title or first name says ("Michelle Galanter Applebaum", "Mrs
    Thatcher"), looked up under the full name when only the surname was kept; None when
    neither tells."""
    words = [*candidate.mention.words[:FIRST_WORDS], *candidate.name.split()[:FIRST_WORDS]]
    if len(candidate.name.split()) == 1:  # "Applebaum said": the full name given before
        words += [word for r in earlier if _ends_with(r.name, candidate.name)
                  for word in r.name.split()[:FIRST_WORDS]]
    return sex_said(words, lexicon) or _taken_up_as(candidate.name, earlier)


def _taken_up_as(name: str, earlier: list[Resolved]) -> str | None:
    """The sex of the pronoun that already stood for a person ("Economist Wendy Smith Cork
    ... said ... she added"): a "he" after that is someone else."""
    return next((OWN_SEX[r.mention.words[0].lower()] for r in reversed(earlier)
                 if r.mention.pronoun and r.name == name
                 and r.mention.words[0].lower() in OWN_SEX), None)


def _surname(name: str, earlier: list[Resolved], lexicon: CompiledLexicon) -> bool:
    """"Roach said he expects ...": a single word that ends a person's name given before
    is that person (the names are merged to the full one only once all are read)."""
    words = name.split()
    return len(words) == 1 and any(
        _ends_with(r.name, words[0]) and looks_like_person(r.name, lexicon) for r in earlier)


def _surname_of_someone(name: str, earlier: list[Resolved], lexicon: CompiledLexicon) -> str:
    """"Zimmer of Merrill Lynch said" after "Katharina Zimmer, analyst for Merrill Lynch
    Futures, said": one word before "of" that ends a person's name given before is that
    person, with the firm said again (a word alone before "of" is read as a body's, "Bank of
    Japan", unless the story has named such a person)."""
    head, of, _ = name.partition(" of ")
    return head if of and _surname(head, earlier, lexicon) else name


def _ends_with(name: str, word: str) -> bool:
    """Whether a name of two words or more (a person's, bracketed body aside) ends with the
    word: the cheap test, before whether the name is a person's."""
    words = name.split("(")[0].split()
    return len(words) >= 2 and words[-1] == word


_ONE_OF_MANY = frozenset({"analyst", "economist", "dealer", "trader", "broker", "banker",
                          "strategist", "researcher", "expert", "forecaster"})
"""People of a trade whom a story quotes one by one: "one analyst" is not the analysts
quoted before, and is a rival of theirs."""
_INDEFINITE = frozenset({"one", "another", "a", "an"})
_SOMEONE = re.compile(r"\b(?:an?|one|another)\s+$", re.IGNORECASE)
"""An indefinite article before a role: one person the story does not name."""
_THE = re.compile(r"\bthe\s", re.IGNORECASE)
"""The definite article that takes up a role described before ("a senior finance official
told Reuters ... the official said. He said"): the same unnamed person."""


def _titled(candidate: Resolved, lexicon: CompiledLexicon) -> bool:
    """"Mr Clarke says ...": a name said with a title is a person, though the name kept
    ("Clarke") is one word."""
    words = candidate.mention.words
    return bool(words) and words[0].lower() in lexicon.lexicon.titles


def _someone(candidate: Resolved, text: str) -> bool:
    """"An analyst who wanted anonymity said ... he said": one unnamed person, whom "he"
    takes up before a person named earlier. A bare role after "the" ("the president",
    "Official sources") is not: it is often a body's voice, or a named person's title."""
    words = candidate.name.split()
    mention = candidate.mention
    return (len(words) == 1 and words[0].islower() and words[0] in _PERSON_ROLES
            and _SOMEONE.search(text, max(0, mention.start - 9), mention.start) is not None)


_DESCRIBED_REACH = 4
"""How far into a speaker's words the role of a described person stands: "spokesman for
the port", "Energy Ministry official"."""


def _described_person(candidate: Resolved, text: str) -> bool:
    """"A spokesman for the port of Santos ... said ... He said": a person the story
    describes by a role and does not name, whom "he" takes up as it takes up a named one
    (the source stays the body the role speaks for), when no source stands between
    them."""
    mention = candidate.mention
    return any(word.lower() in _PERSON_ROLES or word.lower() in _ONE_OF_MANY
               for word in mention.words[:_DESCRIBED_REACH]) \
        and (mention.words[0].lower() in _INDEFINITE
             or _SOMEONE.search(text, max(0, mention.start - 9), mention.start) is not None
             or (candidate.name.islower() and _THE.search(
                 text, max(0, mention.start - 4), mention.start + 4) is not None))


_PERSON_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "analyst",
                           "economist", "executive", "director", "manager", "dealer",
                           "trader", "broker", "banker", "strategist", "researcher",
                           "representative", "source", "witness", "nurse", "doctor",
                           "diplomat", "ambassador", "envoy", "adviser", "advisor",
                           "negotiator", "delegate", "lawyer"})


_KINDRED = (
    frozenset({"newspaper", "paper", "daily", "weekly", "newsletter", "publication", "journal",
               "magazine", "tabloid", "bulletin"}),
    frozenset({"agency", "newsagency", "news agency"}),
    frozenset({"company", "firm", "group", "corporation", "concern", "maker", "producer"}),
)
"""Nouns a story uses in turn for one kind of body: "the government daily Izvestia" is
"the newspaper" two sentences on, "the Hamburg-based newsletter Oil World" "the
publication"."""


def _kin(head: str) -> frozenset[str]:
    """The head and the nouns used in its place for the same body."""
    return frozenset({head}).union(*(kind for kind in _KINDRED if head in kind))


_PAPER_TITLE_WORDS = (
    r"(?:Times|Post|Journal|Herald|Gazette|Daily|Tribune|Telegraph|Guardian|Chronicle|"
    r"Observer|Independent|Express|Mirror|Mail|Standard|Zeitung|Allgemeine|Monde|Figaro|"
    r"Shimbun|Pravda|Izvestia|Handelsblatt|Economist|Week|Weekly|Monthly|Survey|Review|"
    r"Bulletin|Newsletter|Digest)\b")
_TITLE_OF_A_PAPER = re.compile(r"\b" + _PAPER_TITLE_WORDS)
"""Words of a newspaper's title: "the paper" is the daily named before, not the news
agency or the body whose figures it carried; "The Cyprus-based weekly newsletter" is the
Middle East Economic Survey named before."""


_PAPER_NAME = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){1,4}?" + _PAPER_TITLE_WORDS)
_PERIODICAL_NAME = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){1,4}?(?:Journal|Economist|Week|Weekly|"
                              r"Monthly|Survey|Review|Bulletin|Newsletter|Digest)\b")
_DAILIES = frozenset({"newspaper", "paper", "daily", "tabloid"})
_PAPER_REACH = 1500


def _paper_named_before(text: str, at: int, head: str,
                        lexicon: CompiledLexicon) -> str | None:
    """The publication named last before ``at``, a source or not ("The official Peking
    Review yesterday accused ... Washington approved only 60 pct of the exports China
    applied for, the magazine said"): "the magazine" is the one the story named, by a
    periodical's title ("the magazine" is no "Evening Standard"); "the paper" by any."""
    pattern = _PAPER_NAME if head in _DAILIES else _PERIODICAL_NAME
    names = [match.group(0) for match in
             pattern.finditer(text, max(0, at - _PAPER_REACH), at)]
    if not names:
        return None
    words = names[-1].split()
    while words and words[0].lower() in lexicon.leading:
        words = words[1:]
    name = " ".join(words)
    return name if len(words) > 1 and _proper(name, lexicon) else None


def _proper(name: str, lexicon: CompiledLexicon) -> bool:
    """Whether a name holds a proper word: a capital that is not only a sentence's first
    word on a common noun ("Analysts expect its latest round of cuts ...": "the company"
    after it is no analyst)."""
    return any(word[0].isupper() and word.lower() not in lexicon.source_nouns
               and word.lower() not in lexicon.generic and word.lower() not in lexicon.roles
               and word.lower() not in lexicon.leading for word in name.split())


_DESCRIBED_BEFORE = re.compile(r"(?:^|\b(?:the|a|an|its|their)\s)([\w'’ -]{0,40}?)\s*$",
                               re.IGNORECASE)
_DESCRIBED_AFTER = re.compile(r"\s*,\s+(?:the|a|an|its)\s+([^,.;]{1,60})[,.;]")


def _introduced_as(mention: Mention, text: str) -> frozenset[str]:
    """The lower-case nouns a name was introduced with: the words between an article and
    the name ("the official daily Sotsialisticheskaya Industriya", which the mention may
    hold itself) or the apposition after it ("IG Metall, the metalworkers' trade union,"),
    singular."""
    before = _DESCRIBED_BEFORE.search(text, max(0, mention.start - 45), mention.start)
    after = _DESCRIBED_AFTER.match(text, mention.end)
    words = " ".join([*(match.group(1) for match in (before, after) if match is not None),
                      *(word for word in mention.words if word.islower())])
    return frozenset(word.lower().rstrip("s") if word.lower() != "news" else word.lower()
                     for word in _INTRODUCING_NOUN.findall(words))


def _apposed_as(mention: Mention, text: str) -> frozenset[str]:
    """The lower-case nouns of the apposition right after a name ("Hyundai Motor America, a
    unit of Hyundai Motor Co, said"), singular: what the name itself is, not the role a
    description before it gives a person ("Hilton Hotels division president Carl
    Mottek")."""
    after = _DESCRIBED_AFTER.match(text, mention.end)
    if after is None:
        return frozenset()
    return frozenset(word.lower().rstrip("s") for word in _INTRODUCING_NOUN.findall(
        after.group(1)))


_INTRODUCING_NOUN = re.compile(r"\b[a-z][a-z-]+\b(?![’']s?\b)")
"""A lower-case word of a description that is no possessor: "Paul Dreyer, the company's
product manager" was not introduced as a company."""


def _description(name: str, earlier: list[Resolved], lexicon: CompiledLexicon,
                 text: str, at: int) -> str:
    """"the ministry" is the ministry named before; "the company" the body named before;
    "the newspaper" the one a daily's name was introduced with; "the board" a body of that
    head named before ``at`` in passing ("the Federal Reserve Board met")."""
    last = name.split()[-1].lower()
    head = last.rstrip("s")
    plural = last != head and not last.endswith("ss")
    prior = [r for r in reversed(earlier) if not r.mention.pronoun and r.name != name]
    for r in prior:  # by the words that named it
        if _headed_by(r.name.split(), head, plural, lexicon) \
                or _headed_by(r.mention.words, head, plural, lexicon):
            return r.name
    if not plural and len(name.split()) == 1:
        passing = headed_before(text, at, last, lexicon)
        if passing is not None:
            return passing
    kin = _kin(head)
    for r in prior:  # "the newspaper" after "the official daily Sotsialisticheskaya Industriya"
        if any(w[0].isupper() for w in r.name.split()) and kin & _introduced_as(r.mention, text):
            return r.name
    if head in _KINDRED[0]:  # "The paper quoted ..." after "..., the New York Times said."
        for r in prior:
            if _TITLE_OF_A_PAPER.search(r.name) is not None and _proper(r.name, lexicon):
                return r.name
        paper = _paper_named_before(text, at, head, lexicon)
        if paper is not None:
            return paper
    named = [r.name for r in prior]
    words = name.lower().split()
    if words[-1] in lexicon.anaphoric or " ".join(words[-2:]) in lexicon.anaphoric:
        body = words[-1] not in lexicon.roles  # "the club" is no "Mr Murray"
        for r in prior:
            if _proper(r.name, lexicon) and not (body and _titled(r, lexicon)) \
                    and not _state_body_for_a_firm(words[-1], r.name, lexicon) and (
                    not looks_like_person(r.name, lexicon) or opens_with_people(r.name)
                    or _said_it(r.mention, text)
                    or _apposed_as(r.mention, text) & _BODY_DESCRIPTIONS):
                return r.name  # "Hyundai Motor America, a unit of Hyundai Motor Co, said"
    if words == ["government"]:
        # "The USDA projected ... The government estimated ...": the department or
        # ministry of the state named just before, when the story has named one (not a
        # board, a central bank or an international body, and not its spokesman).
        for candidate in named:
            parts = candidate.lower().split()
            state = STATE_BODIES & set(parts) or (
                candidate.isupper() and classify(candidate, candidate, lexicon) == "official")
            if candidate[0].isupper() and state \
                    and not any(p in lexicon.roles or p.rstrip("s") in lexicon.roles
                                for p in parts):
                return candidate
    if not plural and len(words) == 1 and head not in lexicon.roles \
            and head not in lexicon.anaphoric:
        # "the leading Dutch evening paper NRC Handelsblad ... The newspaper said": the one
        # body the sentence or so before names right after a word of its kind, no source
        # ("the company" or "the agency" is the body the story opens with, if it names one)
        if head in _VOICED_KINDS:  # "The United Auto Workers said ... The union said"
            return one_body_headed(text, at, head, named, lexicon) or name
        return kind_named_before(text, at, _kin(head), lexicon) or name
    return name


def _state_body_for_a_firm(head: str, name: str, lexicon: CompiledLexicon) -> bool:
    """Whether a name is a state's department or ministry while the description is a
    firm's or a bank's ("Last year, it exported an average of 173,500 bpd, according to the
    central bank" after "another Energy Ministry spokesman said"): a ministry is no bank,
    and "the bank" or "the company" it cannot stand for is the one the words say."""
    return head in lexicon.company_nouns and name.split()[-1].lower() in STATE_BODIES


_BODY_DESCRIPTIONS = frozenset({"unit", "subsidiary", "division", "arm", "affiliate",
                                "company", "firm", "group", "maker", "manufacturer",
                                "producer", "retailer", "bank", "airline", "carrier"})
"""Nouns of an apposition that say a name reading like a person's is a company's."""
_SAID_IT = re.compile(r"\s+(?:also\s+|earlier\s+|today\s+|yesterday\s+)?"
                      r"(?:said|says|announced|reported|added)\s+(?:that\s+)?(?:it|its)\b")


def _said_it(mention: Mention, text: str) -> bool:
    """Whether a name is taken up as a body in its own sentence ("Porsche Cars North
    America said it sold 1,815 cars"): its two last words read like a person's, but "it"
    says a company, which "the company" then points back to."""
    return mention.cue_start >= mention.end and \
        _SAID_IT.match(text, mention.end) is not None


def _department_of(name: str, names: list[tuple[str, list[str], list[str]]]) -> str | None:
    """The state department a one-word name stands for when the document names it in full
    ("Commerce said" after "the Commerce Department said", "Interior said" after "the
    Interior Department"): wire copy calls a department by its field alone once it has
    named it, and that field word names no body of its own. None where the document names
    no such department (a company called "Commerce")."""
    if " " in name:
        return None
    word = name.lower()
    return next((other for other, other_words, _ in names
                 if other_words[-2:] in ([word, "department"], [word, "ministry"])
                 or other_words[-3:] in (["department", "of", word], ["ministry", "of", word])),
                None)


def _longest(name: str, names: list[tuple[str, list[str], list[str]]],
             lexicon_connectors: frozenset[str]) -> str:
    """The longest name in the document that ends with this one ("Ministry" -> "Belarusian
    Interior Ministry", "Howard" -> "Michael Howard"); of two as long, the first named.
    ``names`` are the document's names with their lower-case words and their words, split
    once for all the names compared with them."""
    words = name.lower().split()
    best, best_length = name, len(name.split())
    for other, other_words, other_split in names:
        if len(other_words) <= best_length or other_words[-len(words):] != words:
            continue  # the cheap tests first: most names are no longer form of this one
        prefix = other_split[: len(other_words) - len(words)]
        if all(w[0].isupper() and w.lower() not in lexicon_connectors for w in prefix):
            best, best_length = other, len(other_split)
    return best
