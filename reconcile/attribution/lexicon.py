"""The source lexicon, kept in ``rules/sources.yaml``: cue words, source kinds and aliases.

Newsrooms attribute in house styles of their own; the words that mark a source, and which
kind of source a name is, are data so that a desk can extend them without touching code.

Cue phrases use a small syntax so one line covers a verb's forms: words are separated by
spaces; ``a/b/c`` is one word out of several; ``_`` joins words inside one alternative
(``closer_to``); ``{3}`` stands for one to three words of any kind ("put the {3} at").
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from reconcile.model import SourceKind

Referent = Literal["person", "organisation"]
Sex = Literal["female", "male"]


class SourceLexicon(BaseModel):
    """Cue phrases that attribute a figure, words that class a source, and name aliases.

    - ``cues``: the source comes before them ("X said", "X put the number at"); a cue
      directly after a comma or a quote takes its source after it ("..., said X").
    - ``inverted_cues``: the source comes after them ("according to X", "citing X").
    - ``participle_cues``: a participle and "by" after a figure, the source after them
      ("the 12.4 mln tonnes estimated by private sources"); it covers that noun phrase only.
    - ``agent_participles``: participles of those cues that give a figure to their agent
      only inside the noun phrase before them, and only where it holds a number ("the 480
      mln marks announced recently by Volkswagen"); passive or opening a clause, they tell
      of an act, not of a figure ("a cut was announced by the banks today").
    - ``statement_participles``: participles of those cues that give a figure to their
      agent only inside a noun phrase that names a statement of it by a figure noun ("the
      estimate of a 3.5 mln bpd draw in stocks made by Shell Chairman Peter Holmes"); the
      cars or the offer "made by" a company are things it made, not figures it gave.
    - ``nominal_cues``: a figure noun whose adjective names the source ("the official
      figure of 12.8 mln tonnes").
    - ``possessive_cues``: nouns owned by the source ("X's estimate", "X's figures").
    - ``owned_measures``: measures their owner usually reports ("BP's profits"): a
      possessive cue that gives way to any other cue whose reach holds the figure.
    - ``relative_heads`` and ``relative_cues``: a figure's noun and the verb of a relative
      clause after it whose subject owns the figure ("the 15.8 mln bpd ceiling the group
      adopted", "the 30 billion franc figure it estimated").
    - ``auxiliaries``: words allowed between a source and its cue ("had", "also").
    - ``passive``: auxiliaries that make a cue passive ("it is estimated"): no source.
    - ``boundaries``: words a source's name never runs across (conjunctions, prepositions).
    - ``connectors``: small words allowed inside a name ("Bank of England").
    - ``leading``: words dropped from the start of a name (determiners, sentence adverbs).
    - ``quantifiers``: words that, as a cue's subject, stand for a group named just before
      ("Many believe ..." after "some City experts").
    - ``qualifiers``: leading words kept when only generic words follow ("private sources").
    - ``data_nouns``: nouns for released numbers ("figures", "data", "statistics").
    - ``data_qualifiers``: words that say which release or version of a measure a data noun
      holds ("preliminary", "revised"); with lower-case words and participles ("Unadjusted
      merchandise figures") they name no body.
    - ``titles``: honorifics dropped from a person's name ("Mr", "Dr").
    - ``roles``: role words that stand before the body they speak for ("spokesman for").
    - ``generic``: words naming the vehicle, not the source ("reporter", "survey"),
      dropped from the end of a name when a proper name remains ("a Reuters reporter").
    - ``source_nouns``: lower-case heads that can be a source on their own ("analysts").
    - ``anaphoric``: heads that, after "the", point back to a named source ("the ministry").
    - ``pronouns``: pronouns and what they can refer to.
    - ``sexes``: titles and first names that say a person is female or male, so that "she"
      does not stand for a man named before her.
    - ``not_sources``: words that never name a source (days, months, times of day).
    - ``places``: countries, never a body acting on its own figures; what "the country's"
      stands for.
    - ``regions``: regions and cities, places as countries are but no country's name.
    - ``acts``: verbs of a body's own acts ("ordered", "fined"), whose figures are its own.
    - ``agents``: a state's forces named by a common noun ("police"), which act as bodies
      do ("police arrested four men").
    - ``own_figures``: nouns of a body's own accounts ("profits", "sales", "jobs"): a lead
      that opens with a body and speaks of them tells the body's own story.
    - ``market_tellers``: words that say anonymous sources report a market ("trade
      sources", "private export sources"): a lead closing with such a teller reports the
      whole crop or market story after it.
    - ``company_nouns``: nouns a story calls a company by ("the carmaker"), which tell a
      company's story from another's.
    - ``noun_markers``: words after a cue that is also a figure noun which make it that
      noun, not a verb ("Production estimates for maize").
    - ``continuation``: words that mark a sentence as carrying on the previous one's source.
    - ``openers``: first words that point back to the previous sentence ("It", "The").
    - ``kinds``: words or phrases that class a name, tried in file order.
    - ``aliases``: spellings mapped to one name ("Reuter" -> "Reuters").
    - ``voices``: state news agencies and broadcasters mapped to the state whose official
      claims they carry ("IRNA" -> "Iran"); such a source is official, named "IRNA (Iran)".
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cues: list[str] = []
    inverted_cues: list[str] = []
    participle_cues: list[str] = []
    agent_participles: list[str] = []
    statement_participles: list[str] = []
    nominal_cues: list[str] = []
    possessive_cues: list[str] = []
    owned_measures: list[str] = []
    relative_heads: list[str] = []
    relative_cues: list[str] = []
    auxiliaries: list[str] = []
    passive: list[str] = []
    boundaries: list[str] = []
    connectors: list[str] = []
    leading: list[str] = []
    quantifiers: list[str] = []
    qualifiers: list[str] = []
    data_nouns: list[str] = []
    data_qualifiers: list[str] = []
    titles: list[str] = []
    roles: list[str] = []
    generic: list[str] = []
    source_nouns: list[str] = []
    anaphoric: list[str] = []
    pronouns: dict[str, Referent] = {}
    sexes: dict[Sex, list[str]] = {}
    not_sources: list[str] = []
    places: list[str] = []
    regions: list[str] = []
    acts: list[str] = []
    agents: list[str] = []
    own_figures: list[str] = []
    market_tellers: list[str] = []
    company_nouns: list[str] = []
    noun_markers: list[str] = []
    continuation: list[str] = []
    openers: list[str] = []
    kinds: dict[SourceKind, list[str]] = {}
    aliases: dict[str, str] = {}
    voices: dict[str, str] = {}
