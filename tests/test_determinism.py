"""The JSON report is the same bytes whatever the hash seed and however many processes run.

Baselines, reviews and CI diffs compare reports byte for byte, so nothing may depend on
the order Python happens to iterate a set (it changes with ``PYTHONHASHSEED``) or on which
worker process finished first. A few hundred Reuters articles give enough grouping across
articles for an order leak to show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from itertools import islice
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
ARTICLES = 400


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first Reuters articles as their own JSON Lines file."""
    if not CORPUS.is_file():
        pytest.skip(f"the shared Reuters corpus is not at {CORPUS}")
    sample = tmp_path_factory.mktemp("determinism") / "reuters.jsonl"
    with CORPUS.open("rb") as source:
        sample.write_bytes(b"".join(islice(source, ARTICLES)))
    return sample


RUNS = {"seed 1, one process": (1, 1), "seed 2, one process": (2, 1),
        "seed 1, two processes": (1, 2)}
"""Each run differs from the first in one thing only, so a failure names its cause."""


def start(corpus: Path, hash_seed: int, jobs: int) -> subprocess.Popen[bytes]:
    """``reconcile check --format json`` on the corpus, in a fresh interpreter."""
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    return subprocess.Popen(
        [sys.executable, "-m", "reconcile", "check", str(corpus), "--format", "json",
         "--jobs", str(jobs), "--exit-zero"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


@pytest.fixture(scope="module")
def outputs(corpus: Path) -> dict[str, bytes]:
    """The JSON report of every run; the runs go side by side, to keep the test short."""
    running = {name: start(corpus, *settings) for name, settings in RUNS.items()}
    found = {}
    for name, process in running.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, f"{name}: {stderr.decode()}"
        found[name] = stdout
    return found


def test_the_sample_is_a_real_run(outputs: dict[str, bytes]) -> None:
    text = outputs["seed 1, one process"].decode()
    assert f'"documents": {ARTICLES}' in text
    assert '"discrepancies": [\n' in text, "no discrepancy: the sample tests too little"


def test_the_hash_seed_changes_nothing(outputs: dict[str, bytes]) -> None:
    assert outputs["seed 2, one process"] == outputs["seed 1, one process"]


def test_two_processes_write_what_one_does(outputs: dict[str, bytes]) -> None:
    assert outputs["seed 1, two processes"] == outputs["seed 1, one process"]
