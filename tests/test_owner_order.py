"""The owner of a figure must not depend on the order of a set: Python randomises string
hashes per run, so a tie broken by set order gives a different report from run to run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "Dennis McAlpine, analyst at Oppenheimer and Co"
"""A Reuters source whose two names are equally long once written as the event key writes
names ('denni mcalpine', 'oppenheimer co')."""


def owner_name_under(hash_seed: int) -> str:
    code = ("from reconcile.subjects.owner import _name; "
            f"print(_name({SOURCE!r}))")
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_equally_long_names_give_one_owner_under_any_hash_seed() -> None:
    answers = {owner_name_under(seed) for seed in range(6)}
    assert answers == {"denni mcalpine"}
