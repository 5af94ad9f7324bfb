"""The progress line draws only on a terminal, at most ten times a second; Ctrl-C exits 130."""

import io

import pytest
from test_baseline import make_report

from reconcile.exits import EXIT_INTERRUPTED
from reconcile.progress import Progress


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_redraws_at_most_ten_times_a_second() -> None:
    stream, clock = Terminal(), Clock()
    report = make_report()
    with Progress(total=50, stream=stream, clock=clock) as progress:
        for _ in range(20):  # 20 articles in 0.2 s: drawn at 0.0, 0.1 and 0.2 s only
            progress.advance(report.documents[0], report.claims)
            clock.now += 0.0105
    assert stream.getvalue().count("reconcile: ") == 2  # at 0.0 and 0.105 s
    assert stream.getvalue().count("\r") == 4  # two draws, then a clear of two
    assert progress.line().startswith("reconcile: 20/50 articles, 40 claims, ")


def test_line_shows_rate_and_final_counts() -> None:
    stream, clock = Terminal(), Clock()
    report = make_report()
    with Progress(stream=stream, clock=clock) as progress:
        progress.advance(report.documents[0], report.claims)
        clock.now += 2.0
        progress.finish(report)
    assert progress.line() == (
        "reconcile: 1 articles, 2 claims, 1 discrepancies, 0.5 articles/s")
    assert stream.getvalue().endswith(progress.line() + "\n")


def test_silent_when_not_a_terminal_or_quiet() -> None:
    report = make_report()
    for stream, quiet in ((io.StringIO(), False), (Terminal(), True)):
        with Progress(stream=stream, quiet=quiet) as progress:
            progress.advance(report.documents[0], report.claims)
            progress.finish(report)
        assert stream.getvalue() == ""


def test_ctrl_c_reports_what_was_done_and_exits_130() -> None:
    stream = io.StringIO()
    report = make_report()
    with pytest.raises(SystemExit) as stopped, Progress(total=3, stream=stream,
                                                         quiet=True) as progress:
        progress.advance(report.documents[0], report.claims)
        raise KeyboardInterrupt
    assert stopped.value.code == EXIT_INTERRUPTED
    assert stream.getvalue() == "reconcile: interrupted after 1 of 3 articles\n"


def test_other_errors_pass_through() -> None:
    with pytest.raises(ValueError), Progress(stream=io.StringIO()):
        raise ValueError("not ours")
