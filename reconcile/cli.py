"""The ``reconcile`` command line: a thin shell over reading, the pipeline and the reports.

Exit codes are for CI and follow the linters the project copies: 0 clean, 1 a discrepancy at
or above ``--fail-on``, 2 an input, rule file or option that could not be used (2 outranks
1, and every usable input is still checked). A user's mistake is one line on standard
error, never a traceback: ``main`` runs the commands outside click's "standalone" mode so
that usage errors come back here to be printed that way.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from reconcile.evaluate import CaseError, evaluate
from reconcile.levels import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_UNUSABLE, exit_code
from reconcile.model import Document, Report
from reconcile.pipeline import check as run_check
from reconcile.progress import Progress
from reconcile.read import read_inputs
from reconcile.report import FORMATS, render
from reconcile.report.json import claims_payload, dumps
from reconcile.report.table import claims_table
from reconcile.report.text import Lookup, one_line, plural
from reconcile.ruleset import Ruleset, load_ruleset
from reconcile.subjects.rule import RuleExample, SubjectRule
from reconcile.yamlfile import RuleFileError

try:  # typer >= 0.2x carries its own click; older releases use the click package
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover - depends on the installed typer
    from click.exceptions import ClickException

PROG = "reconcile"

app = typer.Typer(
    name=PROG,
    help="Find the figures news sources disagree about, with who says what.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
rules_app = typer.Typer(help="List, show and validate the rule files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


class Level(str, Enum):
    """A discrepancy severity, as an option value."""

    info = "info"
    warning = "warning"
    error = "error"


class ClaimFormat(str, Enum):
    """The formats ``extract`` writes."""

    table = "table"
    json = "json"


def _known_format(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(FORMATS)}")
    return value


Paths = Annotated[list[str], typer.Argument(metavar="PATH",
                                            help="Files, folders, .jsonl corpora, or -.")]
Rules = Annotated[list[Path] | None, typer.Option(
    "--rules", metavar="DIR", help="Extra rule folder (repeatable).")]
Select = Annotated[list[str] | None, typer.Option(
    "--select", metavar="ID", help="Check only this subject rule (repeatable).")]
Ignore = Annotated[list[str] | None, typer.Option(
    "--ignore", metavar="ID", help="Skip this subject rule (repeatable).")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1,
                                   help="Worker processes for extraction.")]


def fail(message: str) -> NoReturn:
    """Print a one-line error and stop with exit code 2 (unusable input, rules or options)."""
    typer.echo(f"{PROG}: error: {one_line(message)}", err=True)
    raise typer.Exit(EXIT_UNUSABLE)


def load_rules(rules: Sequence[Path] | None = None, select: Sequence[str] | None = None,
               ignore: Sequence[str] | None = None) -> Ruleset:
    """The ruleset, or a one-line error naming the file and line that is wrong."""
    try:
        return load_ruleset(rules or (), select or (), ignore or ())
    except RuleFileError as error:
        fail(str(error))


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(f"{output}: cannot write: {error.strerror or error}")


@app.command()
def check(
    paths: Paths,
    format_name: Annotated[str, typer.Option(
        "--format", "-f", callback=_known_format,
        help=f"Report format: {', '.join(FORMATS)}.")] = "table",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to this file.")] = None,
    fail_on: Annotated[Level | None, typer.Option(
        "--fail-on", help="Exit 1 on a discrepancy at least this severe.")] = None,
    jobs: Jobs = 1,
    rules: Rules = None,
    select: Select = None,
    ignore: Ignore = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No report on standard output (--output is still written).")
    ] = False,
) -> None:
    """Check articles and report the figures their sources disagree about."""
    report = _run(paths, load_rules(rules, select, ignore), jobs, quiet)
    if output is not None or not quiet:
        _write(render(report, format_name), output)
    level = fail_on.value if fail_on is not None else "error"
    raise typer.Exit(exit_code(report, level, exit_zero=fail_on is None))


@app.command()
def extract(
    paths: Paths,
    format_name: Annotated[ClaimFormat, typer.Option("--format", "-f")] = ClaimFormat.table,
    jobs: Jobs = 1,
    rules: Rules = None,
    select: Select = None,
    ignore: Ignore = None,
) -> None:
    """Print every claim found, with its subject and source: for debugging a rule."""
    report = _run(paths, load_rules(rules, select, ignore), jobs, quiet=False)
    if format_name is ClaimFormat.json:
        _write(dumps(claims_payload(Lookup(report))), None)
    else:
        _write(claims_table(report), None)
    raise typer.Exit(EXIT_UNUSABLE if report.problems else EXIT_CLEAN)


def _run(paths: Sequence[str], ruleset: Ruleset, jobs: int, quiet: bool) -> Report:
    """The pipeline over ``paths``, with a progress line on a terminal and each unusable
    input printed as ``path:line: why`` once the run is done."""
    with Progress(quiet=quiet) as progress:
        report = run_check(read_inputs(paths), ruleset, jobs, on_document=progress.advance)
        progress.finish(report)
    for problem in report.problems:
        typer.echo(str(problem), err=True)
    return report


@rules_app.command("list")
def rules_list(rules: Rules = None) -> None:
    """List the subject rules in force."""
    from tabulate import tabulate

    ruleset = load_rules(rules)
    rows = [
        [rule.id, rule.name, ", ".join(rule.kinds), "yes" if rule.grows else "no",
         f"{rule.tolerance:.0%}", len(rule.examples), ruleset.rule_paths.get(rule.id, "")]
        for rule in ruleset.subjects
    ]
    headers = ("id", "name", "kinds", "grows", "tolerance", "examples", "file")
    typer.echo(tabulate(rows, headers=headers, disable_numparse=True))
    typer.echo(f"\nvague magnitudes: convention {ruleset.conventions.name!r}")


@rules_app.command("show")
def rules_show(rule_id: Annotated[str, typer.Argument(metavar="ID")],
               rules: Rules = None) -> None:
    """Print one subject rule's file."""
    ruleset = load_rules(rules)
    path = ruleset.rule_paths.get(rule_id)
    if path is None:
        fail(f"no rule named {rule_id!r}; see `{PROG} rules list`")
    typer.echo(f"# {path}")
    typer.echo(Path(path).read_text(encoding="utf-8"), nl=False)


@rules_app.command("validate")
def rules_validate(
    folders: Annotated[list[Path] | None, typer.Argument(metavar="[DIR...]")] = None,
) -> None:
    """Load the default rules and these folders; report the first mistake as file:line."""
    ruleset = load_rules(folders)
    examples = sum(len(rule.examples) for rule in ruleset.subjects)
    typer.echo(f"ok: {plural(len(ruleset.subjects), 'subject rule')}, "
               f"{plural(examples, 'example')}")


@dataclass(frozen=True)
class ExampleResult:
    """What one rule example gave when run through the whole pipeline."""

    rule_id: str
    index: int
    example: RuleExample
    outcome: str

    @property
    def passed(self) -> bool:
        """Must-fire examples must give exactly their outcome; the others no conflict."""
        if self.example.expect in ("conflict", "update"):
            return self.outcome == self.example.expect
        return self.outcome != "conflict"


def example_outcome(report: Report, rule_id: str) -> str:
    """``conflict``, ``update``, ``agree`` or ``none``: what a run said about one rule.

    A discrepancy that carries no pair judgements still counts as a conflict: it was
    reported, and only a judged update may excuse it.
    """
    verdicts: set[str] = set()
    for discrepancy in report.discrepancies:
        if discrepancy.subject == rule_id:
            verdicts.update(pair.verdict for pair in discrepancy.pairs)
            if not discrepancy.pairs:
                verdicts.add("conflict")
    for verdict in ("conflict", "update"):
        if verdict in verdicts:
            return verdict
    subject_of = {claim.id: claim.subject for claim in report.claims}
    if any(subject_of.get(pair.a) == rule_id and subject_of.get(pair.b) == rule_id
           for pair in report.agreements):
        return "agree"
    return "none"


def run_example(ruleset: Ruleset, rule: SubjectRule, index: int) -> ExampleResult:
    """Check one example text as an article of its own, with every rule in force."""
    example = rule.examples[index - 1]
    document = Document(id=f"{rule.id}#{index}", text=example.text,
                        path=ruleset.rule_paths.get(rule.id, rule.id),
                        published=example.published)
    report = run_check([document], ruleset)
    return ExampleResult(rule.id, index, example, example_outcome(report, rule.id))


def _example_line(result: ExampleResult) -> str:
    verdict = "PASS" if result.passed else "FAIL"
    todo = " (todo)" if result.example.todo else ""
    text = one_line(result.example.text)
    text = text if len(text) <= 70 else text[:69] + "…"
    return (f"{verdict}{todo} {result.rule_id} #{result.index}: expected "
            f"{result.example.expect}, got {result.outcome} — {text}")


@app.command("test")
def test_rules(rules: Rules = None, select: Select = None) -> None:
    """Run every subject rule's examples through the pipeline; exit 1 if any fails."""
    ruleset = load_rules(rules, select)
    results = [run_example(ruleset, rule, index) for rule in ruleset.subjects
               for index in range(1, len(rule.examples) + 1)]
    failed = 0
    for result in results:
        unexpected = result.passed == result.example.todo
        failed += unexpected
        line = _example_line(result)
        if unexpected and result.example.todo:
            line += " — this todo example now passes: drop `todo`"
        typer.echo(line)
    typer.echo(f"\n{plural(len(results), 'example')}, {failed} unexpected")
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


@app.command("eval")
def eval_cases(
    cases: Annotated[Path, typer.Argument(metavar="CASES",
                                          help="A folder of case files, or one case file.")],
    corpus: Annotated[Path | None, typer.Option(
        "--corpus", metavar="DIR", help="Where the cases' corpus files are.")] = None,
    rules: Rules = None,
) -> None:
    """Score the pipeline on hand-annotated cases."""
    ruleset = load_rules(rules)
    try:
        evaluation = evaluate(cases, ruleset, corpus)
    except CaseError as error:
        fail(str(error))
    typer.echo(evaluation.render(), nl=False)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line and exit with its code; usage errors as one line, exit 2."""
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name=PROG, standalone_mode=False)
    except ClickException as error:
        message = error.format_message()
        context = getattr(error, "ctx", None)
        if context is not None and message == context.get_help():  # called without arguments
            typer.echo(message, err=True)
        else:
            typer.echo(f"{PROG}: error: {one_line(message)}", err=True)
        code = error.exit_code
    except (typer.Abort, KeyboardInterrupt):
        typer.echo(f"{PROG}: interrupted", err=True)
        code = EXIT_INTERRUPTED
    sys.exit(code if isinstance(code, int) else EXIT_CLEAN)
