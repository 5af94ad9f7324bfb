"""The ``reconcile`` command line: a thin shell over reading, the pipeline and the reports.

Exit codes are for CI and follow the linters the project copies: 0 clean, 1 a discrepancy at
or above ``--fail-on`` (off unless asked), 2 an input, rule file or option that could not be
used (2 outranks 1, and every usable input is still checked). A user's mistake is one line
on standard error, never a traceback: ``main`` runs the commands outside click's
"standalone" mode so that usage errors come back here to be printed that way.

``check`` applies, in order: inline suppressions, the baseline (only new discrepancies
count), the review file (reviewed ones are shown but never fail), then ``--min-level`` for
display only, so what is shown never changes the exit code. Every option defaults to
``None`` so that a config file's value applies unless the command line gives one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import partial
from pathlib import Path
from typing import IO, Annotated, Any, NoReturn

import typer

from reconcile.baseline import (
    Baseline,
    apply_baseline,
    load_baseline,
    write_baseline,
)
from reconcile.config import Effective, Settings, resolve_settings, show_config
from reconcile.evaluate import CaseError, evaluate
from reconcile.exits import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_UNUSABLE
from reconcile.levels import exit_code, filter_report
from reconcile.model import Document, Report
from reconcile.pipeline import check as run_check
from reconcile.pipeline import cycles_uncollected
from reconcile.progress import Progress
from reconcile.read import read_inputs
from reconcile.report import FORMATS, write
from reconcile.report.json import claims_payload, dumps, errors_json
from reconcile.report.table import claims_table
from reconcile.report.text import Lookup, one_line, plural
from reconcile.review import Review, apply_reviews, load_reviews
from reconcile.ruleset import Ruleset, load_ruleset
from reconcile.schemas import schema_text
from reconcile.subjects.rule import RuleExample, SubjectRule
from reconcile.suppress import suppressed
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
config_app = typer.Typer(help="Show the settings in force.", no_args_is_help=True)
app.add_typer(config_app, name="config")


class Level(str, Enum):
    """A discrepancy severity, as an option value."""

    info = "info"
    warning = "warning"
    error = "error"


class ClaimFormat(str, Enum):
    """The formats ``extract`` writes."""

    table = "table"
    json = "json"


def _known_format(value: str | None) -> str | None:
    if value is not None and value not in FORMATS:
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
Jobs = Annotated[int | None, typer.Option("--jobs", "-j", min=1,
                                          help="Worker processes for extraction.")]
ConfigOption = Annotated[Path | None, typer.Option(
    "--config", metavar="FILE", help="Settings file (else RECONCILE_CONFIG, else the nearest "
    ".reconcile.toml or [tool.reconcile] in pyproject.toml).")]


def fail(message: str) -> NoReturn:
    """Print a one-line error and stop with exit code 2 (unusable input, rules or options)."""
    typer.echo(f"{PROG}: error: {one_line(message)}", err=True)
    raise typer.Exit(EXIT_UNUSABLE)


def fail_file(error: RuleFileError, as_json: bool = False) -> NoReturn:
    """A file or option that stops the run: ``file:line: what is wrong``, exit 2; under
    ``--format json`` also as a JSON ``errors`` object on standard output, so a tool that
    reads the report reads the failure the same way."""
    if as_json:
        sys.stdout.write(errors_json(error))
        sys.stdout.flush()
    fail(str(error))


def settings_from(cli_values: dict[str, Any], config: Path | None,
                  as_json: bool = False) -> Effective:
    """The effective settings: command line over the config file over defaults."""
    try:
        return resolve_settings(cli_values, config_file=config)
    except RuleFileError as error:
        fail_file(error, as_json)


def load_rules(rules: Sequence[Path] | None = None, select: Sequence[str] | None = None,
               ignore: Sequence[str] | None = None) -> Ruleset:
    """The ruleset, or a one-line error naming the file and line that is wrong."""
    try:
        return load_ruleset(rules or (), select or (), ignore or ())
    except RuleFileError as error:
        fail(str(error))


def _emit(output: Path | None, write_to: Callable[[IO[str]], None]) -> None:
    """Write to standard output or to ``output`` as the writer goes, never holding a large
    report whole in memory; an unwritable file is a one-line error."""
    if output is None:
        write_to(sys.stdout)
        sys.stdout.flush()
        return
    try:
        with output.open("w", encoding="utf-8") as stream:
            write_to(stream)
    except OSError as error:
        fail(f"{output}: cannot write: {error.strerror or error}")


def _text(text: str, stream: IO[str]) -> None:
    stream.write(text)


def _writable(path: Path) -> Path:
    """``path``, checked before the run: ``RuleFileError`` when its folder cannot take a file."""
    folder = path.parent if str(path.parent) else Path(".")
    problem = None
    if path.is_dir():
        problem = "is a folder"
    elif not folder.is_dir():
        problem = f"no folder {folder}"
    elif not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        problem = "permission denied"
    if problem:
        raise RuleFileError(path, None, f"cannot write: {problem}")
    return path


def report_target(spec: str) -> tuple[str, Path]:
    """``FMT:PATH`` of ``--report`` as a format and a writable path (else ``RuleFileError``)."""
    name, sep, path = spec.partition(":")
    where = f"--report {spec}"
    if not sep or not path:
        raise RuleFileError(where, None, "write it FORMAT:PATH, for example sarif:out.sarif")
    if name not in FORMATS:
        raise RuleFileError(where, None, f"{name!r} is not one of {', '.join(FORMATS)}")
    return name, _writable(Path(path))


@app.command()
def check(
    paths: Paths,
    format_name: Annotated[str | None, typer.Option(
        "--format", "-f", callback=_known_format,
        help=f"Report format: {', '.join(FORMATS)}.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to this file.")] = None,
    reports: Annotated[list[str] | None, typer.Option(
        "--report", metavar="FMT:PATH",
        help="Also write the report in this format to this file (repeatable).")] = None,
    fail_on: Annotated[Level | None, typer.Option(
        "--fail-on", help="Exit 1 on a discrepancy at least this severe (off by default).")
    ] = None,
    min_level: Annotated[Level | None, typer.Option(
        "--min-level", help="Show only discrepancies at least this severe.")] = None,
    exit_zero: Annotated[bool | None, typer.Option(
        "--exit-zero/--no-exit-zero", help="Exit 0 whatever is found (not on unusable input).")
    ] = None,
    jobs: Jobs = None,
    rules: Rules = None,
    select: Select = None,
    ignore: Ignore = None,
    config: ConfigOption = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", metavar="FILE", help="Report only discrepancies not in this baseline.")
    ] = None,
    write_baseline_to: Annotated[Path | None, typer.Option(
        "--write-baseline", metavar="FILE", help="Accept today's discrepancies into FILE.")
    ] = None,
    reviewed: Annotated[Path | None, typer.Option(
        "--reviewed", metavar="FILE",
        help="Review file (default: .reconcile-reviewed.yaml beside the config).")] = None,
    currency: Annotated[str | None, typer.Option(
        "--currency", metavar="CODE", help='What a bare "$" means (ISO 4217, default USD).')
    ] = None,
    warn_unused: Annotated[bool | None, typer.Option(
        "--warn-unused-suppressions/--no-warn-unused-suppressions",
        help="Name inline suppressions and review entries that silenced nothing.")] = None,
    quiet: Annotated[bool | None, typer.Option(
        "--quiet/--no-quiet", "-q",
        help="No report on standard output (--output is still written), no progress line.")
    ] = None,
) -> None:
    """Check articles and report the figures their sources disagree about."""
    given = {
        "format": format_name, "fail_on": fail_on.value if fail_on else None,
        "min_level": min_level.value if min_level else None, "exit_zero": exit_zero,
        "jobs": jobs, "rules": rules, "select": select, "ignore": ignore,
        "baseline": baseline, "reviewed": reviewed, "currency": currency,
        "warn_unused_suppressions": warn_unused, "quiet": quiet,
    }
    settings = settings_from(given, config, as_json=format_name == "json").settings
    as_json = settings.format == "json"
    try:
        targets = [report_target(spec) for spec in reports or ()]
        for path in (output, write_baseline_to):
            if path is not None:
                _writable(path)
        ruleset, reviews, accepted = _prepare(settings)
    except RuleFileError as error:
        fail_file(error, as_json)
    report = _run(paths, ruleset, settings.jobs, settings.quiet)
    if write_baseline_to is not None:
        write_baseline(report, write_baseline_to)
    inline = suppressed(report)
    notices = inline.malformed + (inline.unused if settings.warn_unused_suppressions else [])
    counted = report.model_copy(update={"discrepancies": inline.kept})
    against = apply_baseline(counted, accepted) if accepted is not None else None
    if against is not None:
        counted = counted.model_copy(update={"discrepancies": against.new})
    outcome = apply_reviews(counted, reviews, date.today())
    counted = counted.model_copy(update={"reviewed": outcome.reasons()})
    for line in notices + outcome.messages(settings.warn_unused_suppressions):
        typer.echo(line, err=True)
    shown = filter_report(counted, settings.min_level)
    if output is not None or not settings.quiet:
        _emit(output, partial(write, shown, settings.format, baseline=against))
    for name, path in targets:
        _emit(path, partial(write, shown, name, baseline=against))
    raise typer.Exit(exit_code(counted, settings.fail_on, settings.exit_zero,
                               exempt=outcome.reviewed.keys()))


def _prepare(settings: Settings) -> tuple[Ruleset, list[Review], Baseline | None]:
    """The rules (with the currency setting), the review entries and the baseline, all read
    before the run so that a mistake in any of them costs no time."""
    everything = load_ruleset(settings.rules)
    ruleset = (load_ruleset(settings.rules, settings.select, settings.ignore)
               if settings.select or settings.ignore else everything)
    symbols = {**ruleset.conventions.currency_symbols, "$": settings.currency}
    ruleset = ruleset.model_copy(update={
        "conventions": ruleset.conventions.model_copy(update={"currency_symbols": symbols})})
    known = [rule.id for rule in everything.subjects]
    reviews = load_reviews(settings.reviewed, known) if settings.reviewed else []
    accepted: Baseline | None = None
    if settings.baseline is not None:
        if settings.baseline.is_file():
            accepted = load_baseline(settings.baseline)
        else:
            typer.echo(f"{settings.baseline}: no baseline yet; every discrepancy is new "
                       "(write one with --write-baseline)", err=True)
    return ruleset, reviews, accepted


@app.command()
def extract(
    paths: Paths,
    format_name: Annotated[ClaimFormat, typer.Option("--format", "-f")] = ClaimFormat.table,
    jobs: Jobs = None,
    rules: Rules = None,
    select: Select = None,
    ignore: Ignore = None,
    config: ConfigOption = None,
) -> None:
    """Print every claim found, with its subject and source: for debugging a rule."""
    given = {"jobs": jobs, "rules": rules, "select": select, "ignore": ignore}
    settings = settings_from(given, config).settings
    report = _run(paths, load_rules(settings.rules, settings.select, settings.ignore),
                  settings.jobs, settings.quiet)
    if format_name is ClaimFormat.json:
        _emit(None, partial(_text, dumps(claims_payload(Lookup(report)))))
    else:
        _emit(None, partial(_text, claims_table(report)))
    raise typer.Exit(EXIT_UNUSABLE if report.problems else EXIT_CLEAN)


def _run(paths: Sequence[str], ruleset: Ruleset, jobs: int, quiet: bool) -> Report:
    """The pipeline over ``paths``, with a progress line on a terminal and each unusable
    input printed as ``path:line: why`` once the run is done."""
    with Progress(quiet=quiet) as progress, cycles_uncollected():
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


@rules_app.command("schema")
def rules_schema() -> None:
    """Print the JSON Schema of a subject rule file, for editors' completion and checks."""
    typer.echo(schema_text("rule.schema.json"), nl=False)


@config_app.command("show")
def config_show(config: ConfigOption = None) -> None:
    """Print every effective setting as TOML, each with where it came from."""
    typer.echo(show_config(settings_from({}, config)), nl=False)


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
        code = EXIT_INTERRUPTED
    if code == EXIT_INTERRUPTED:
        # typer turns a Ctrl-C before the run's own guard (``Progress``, which says how far
        # it got and exits itself) into this code without a word: say it here.
        typer.echo(f"{PROG}: interrupted", err=True)
    sys.exit(code if isinstance(code, int) else EXIT_CLEAN)
