"""Find and load the rule files: subjects, the source lexicon and the figure conventions.

A rules folder holds ``figures.yaml`` (conventions), ``sources.yaml`` (source lexicon) and
``subjects/*.yaml`` (one subject rule a file). The default folder ships inside the wheel as
``reconcile/rules`` and sits at the top of a checkout as ``rules/``; extra folders add
subject rules (and may replace the lexicon or conventions) in the order given.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from reconcile.attribution.lexicon import SourceLexicon
from reconcile.figures.conventions import FigureConventions
from reconcile.subjects.rule import SubjectRule
from reconcile.yamlfile import RuleFileError, load_model, read_yaml, validate


class Ruleset(BaseModel):
    """Everything the pipeline needs to know that is data rather than code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    subjects: list[SubjectRule]
    lexicon: SourceLexicon
    conventions: FigureConventions
    rule_paths: dict[str, str] = {}

    def subject(self, rule_id: str) -> SubjectRule:
        """The subject rule with this id (``KeyError`` if there is none)."""
        for rule in self.subjects:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def default_rules_dir() -> Path:
    """The shipped rules: inside the installed package, else at the top of the checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "rules", package.parent / "rules"):
        if (candidate / "subjects").is_dir():
            return candidate
    raise RuleFileError(package / "rules", None, "the default rule folder is missing")


def _subject_files(folder: Path) -> list[Path]:
    return sorted((folder / "subjects").glob("*.yaml")) + sorted(
        (folder / "subjects").glob("*.yml")
    )


def load_ruleset(
    extra_dirs: Sequence[Path] = (),
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    use_defaults: bool = True,
) -> Ruleset:
    """Load the default rules and any extra folders; ``RuleFileError`` on the first bad file.

    ``select`` keeps only the named subject rules, ``ignore`` drops the named ones; a name
    that matches no rule is an error, since a typo would otherwise silently check nothing.
    """
    folders = ([default_rules_dir()] if use_defaults else []) + [Path(d) for d in extra_dirs]
    subjects: dict[str, SubjectRule] = {}
    paths: dict[str, str] = {}
    lexicon: SourceLexicon | None = None
    conventions: FigureConventions | None = None
    for folder in folders:
        if not folder.is_dir():
            raise RuleFileError(folder, None, "rule folder not found")
        if (folder / "sources.yaml").is_file():
            lexicon = load_model(folder / "sources.yaml", SourceLexicon)
        if (folder / "figures.yaml").is_file():
            conventions = load_model(folder / "figures.yaml", FigureConventions)
        for path in _subject_files(folder):
            data, lines = read_yaml(path)
            if data is None:
                raise RuleFileError(path, 1, "the file is empty")
            rule = validate(path, data, lines, SubjectRule)
            if rule.id in subjects and paths[rule.id] != str(path):
                line = lines.get(("id",))
                raise RuleFileError(path, line, f"rule id {rule.id!r} is also defined in "
                                    f"{paths[rule.id]}")
            subjects[rule.id] = rule
            paths[rule.id] = str(path)
    if lexicon is None or conventions is None:
        missing = "sources.yaml" if lexicon is None else "figures.yaml"
        raise RuleFileError(folders[0] if folders else Path("rules"), None,
                            f"no {missing} in any rule folder")
    for name in (*select, *ignore):
        if name not in subjects:
            raise RuleFileError(Path("--select/--ignore"), None, f"no rule named {name!r}")
    chosen = [
        rule for rule_id, rule in sorted(subjects.items())
        if (not select or rule_id in select) and rule_id not in ignore
    ]
    return Ruleset(
        subjects=chosen,
        lexicon=lexicon,
        conventions=conventions,
        rule_paths={rule.id: paths[rule.id] for rule in chosen},
    )
