"""Run the pipeline on annotated cases and score it: the engine behind ``reconcile eval``.

Each case's articles are checked together, as ``reconcile check`` would check them, and
the report is compared with the annotation (see ``docs/eval-format.md``). Every case file
is validated, and every corpus read, before anything runs, so a bad case fails fast with
``file:line: why`` instead of after minutes of extraction.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from reconcile.attribution.names import same_source
from reconcile.evaluation.cases import CaseError, case_paths, load_case
from reconcile.evaluation.corpus import corpus_folders, load_documents
from reconcile.evaluation.measures import MEASURES, CaseScore, Tally, score_case
from reconcile.evaluation.report import Evaluation
from reconcile.evaluation.why import why_apart
from reconcile.group import group_claims
from reconcile.pipeline import check
from reconcile.ruleset import Ruleset

__all__ = ["MEASURES", "CaseError", "CaseScore", "Evaluation", "Tally", "evaluate"]


def evaluate(cases_dir: Path, rules: Ruleset, corpus_dir: Path | None = None) -> Evaluation:
    """Score the pipeline on every case in ``cases_dir`` (a folder, or one case file).

    Raises ``CaseError`` for an unusable case file, folder or corpus.
    """
    loaded = [load_case(path) for path in case_paths(cases_dir)]
    documents = load_documents(loaded, corpus_folders(cases_dir, corpus_dir))
    scores = []
    named_alike = partial(same_source_aliased, aliases=rules.lexicon.aliases)
    for item in loaded:
        report = check(documents[item.case.id], rules)
        scores.append(score_case(item.case, report, named_alike,
                                 partial(why_apart, report=report, rules=rules,
                                         groups=group_claims(report.claims, rules))))
    return Evaluation(str(cases_dir), scores)


def same_source_aliased(ours: str, gold: str, aliases: dict[str, str]) -> bool:
    """``same_source``, with each name first put in the form the source lexicon's aliases
    give it: the pipeline writes "USDA" for "the U.S. Agriculture Department" on purpose,
    and an annotator who wrote the long form named the same body."""
    return same_source(ours, gold) or same_source(_aliased(ours, aliases),
                                                  _aliased(gold, aliases))


def _aliased(name: str, aliases: dict[str, str]) -> str:
    bare = name.split("(")[0].strip()
    return aliases.get(bare.lower(), aliases.get(bare.lower().removeprefix("the "), name))
