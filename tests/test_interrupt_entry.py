"""Ctrl-C before the run's own guard: while the command line loads, and while typer reads
the options and rules. Both are a one-line stop with exit code 130, as a Ctrl-C during the
run is (``tests/test_progress.py``, ``tests/test_workflow_ci.py``)."""

from __future__ import annotations

import importlib.abc
import sys
from pathlib import Path

import pytest

import reconcile.cli as cli
from reconcile import __main__ as entry
from reconcile.exits import EXIT_INTERRUPTED

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


class _CtrlCOnImport(importlib.abc.MetaPathFinder):
    """Raises KeyboardInterrupt when ``reconcile.cli`` is imported, as a Ctrl-C does that
    arrives while it loads."""

    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name == "reconcile.cli":
            raise KeyboardInterrupt
        return None


def test_ctrl_c_while_the_command_line_loads_is_one_line(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delitem(sys.modules, "reconcile.cli")
    monkeypatch.setattr(sys, "meta_path", [_CtrlCOnImport(), *sys.meta_path])
    with pytest.raises(SystemExit) as stop:
        entry.run()
    assert stop.value.code == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "reconcile: interrupted\n"


def test_ctrl_c_while_rules_load_is_one_line(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    # typer catches a KeyboardInterrupt raised in a command and returns 130 without a word
    monkeypatch.setattr(cli, "load_ruleset", interrupted)
    with pytest.raises(SystemExit) as stop:
        cli.main(["check", str(SEEDS)])
    assert stop.value.code == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "reconcile: interrupted\n"
