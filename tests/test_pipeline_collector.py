"""The cycle collector: paused and frozen by the command line, left alone by ``check``."""

from __future__ import annotations

import gc

from reconcile.model import Document
from reconcile.pipeline import check, cycles_uncollected
from reconcile.ruleset import load_ruleset

TEXT = ("Around 5,000 people attended, a Reuters reporter estimated. The Interior Ministry put "
        "the number at 65,000.")


def test_check_leaves_the_collector_as_it_found_it() -> None:
    gc.unfreeze()  # earlier tests ran the command line, which freezes what is alive
    assert gc.isenabled()
    report = check([Document(id="t", text=TEXT, path="t")], load_ruleset())
    assert len(report.discrepancies) == 1
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_the_pause_restores_the_collector_and_freezes_what_is_alive() -> None:
    gc.unfreeze()
    with cycles_uncollected():
        assert not gc.isenabled()
        kept = [object() for _ in range(10)]
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    assert kept
