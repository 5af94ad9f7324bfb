"""The CI recipe in docs/github-actions.md works as written, and long runs stop cleanly.

The SARIF test reads the workflow's own ``reconcile check`` line from the document and runs
it unchanged on a copy of ``seeds/`` named as the workflow names its folder, then checks
that the file the upload step names is valid SARIF.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from test_report_sarif import ESSENTIAL_SCHEMA, _official_schema

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "github-actions.md"
NEWS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def workflow(document: Path = DOC) -> dict[str, Any]:
    """The YAML workflow in the document's first ``yaml`` block."""
    block = re.search(r"```yaml\n(.*?)```", document.read_text(encoding="utf-8"), re.DOTALL)
    assert block, f"{document} has no yaml block"
    return yaml.safe_load(block.group(1))


def test_the_readme_shows_the_same_workflow() -> None:
    assert workflow(ROOT / "README.md") == workflow()


def steps() -> list[dict[str, Any]]:
    (job,) = workflow()["jobs"].values()
    return job["steps"]


def run_module(args: list[str], cwd: Path, **options: Any) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RECONCILE_CONFIG", None)
    return subprocess.Popen([sys.executable, "-m", "reconcile", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **options)


def test_workflow_command_writes_valid_sarif_for_the_upload_step(tmp_path: Path) -> None:
    check = next(step["run"] for step in steps() if "reconcile check" in step.get("run", ""))
    upload = next(step for step in steps()
                  if step.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    args = shlex.split(check)
    assert args[:2] == ["reconcile", "check"]
    folder, output = args[2], args[args.index("--output") + 1]
    assert args[args.index("--format") + 1] == "sarif"
    assert upload["with"]["sarif_file"] == output and upload.get("if") == "always()"
    shutil.copytree(ROOT / "seeds", tmp_path / folder)

    process = run_module(args[1:], tmp_path)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode in (0, 1), stderr
    log = json.loads((tmp_path / output).read_text(encoding="utf-8"))
    jsonschema.validate(log, ESSENTIAL_SCHEMA)
    jsonschema.Draft4Validator(_official_schema()).validate(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "reconcile"
    for result in run["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith(f"{folder}/"), "locations are relative to the checkout"


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it, whatever started the tests: a shell that runs a
    job in the background (``.ci/run &``) starts it with SIGINT ignored, which a child
    keeps, and a run that ignores Ctrl-C is not what this test is about."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_during_a_corpus_run_exits_130_without_a_traceback(tmp_path: Path,
                                                                 jobs: str) -> None:
    if not NEWS.is_file():
        pytest.skip(f"the shared corpus is not at {NEWS}")
    process = run_module(["check", str(NEWS), "--format", "json", "--jobs", jobs], tmp_path,
                         start_new_session=True, preexec_fn=_as_from_a_terminal)
    # Past start-up (loading takes two seconds or more on a busy machine, and a Ctrl-C
    # then is the one-line stop of tests/test_interrupt_entry.py), well inside a run of
    # some 19,000 articles (most of a minute even with two workers).
    time.sleep(6)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    assert re.search(r"interrupted after [\d,]+ articles", stderr), stderr
    assert stdout == ""
