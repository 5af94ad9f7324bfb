"""Throughput of ``reconcile check`` on the shared news corpora, beside quantulum3's parser.

Usage: ``python benchmarks/throughput.py [--corpus PATH...] [--limit N] [--sample-chars N]``

Each measurement runs in its own subprocess, so each gets its own peak resident memory
(``ru_maxrss``; with ``--jobs 2`` the workers' peak is shown too) and none inherits
another's warm caches. Ours is timed end to end (read + extract + group + compare + JSON
render; loading the rules is not timed) over the whole corpus, or its first ``--limit``
articles. quantulum3 (``pip install reconcile[bench]``) parses about 35k characters a
second, so it is timed on a deterministic sample: the first articles of the corpus up to
``--sample-chars`` characters. It only finds quantities (no sources, grouping or judging),
so the ratio says what our whole job costs against its extraction alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_CORPORA = [SHARED_CORPUS / "news.jsonl", SHARED_CORPUS / "bbc.jsonl"]
sys.path.insert(0, str(ROOT))

from reconcile.model import Document  # noqa: E402
from reconcile.read import read_inputs  # noqa: E402


def documents(corpus: Path, limit: int | None) -> Iterator[Document]:
    """The corpus's usable articles in file order, at most ``limit`` of them."""
    usable = (item for item in read_inputs([str(corpus)]) if isinstance(item, Document))
    return islice(usable, limit)


def sample(corpus: Path, chars: int) -> list[Document]:
    """The first articles of the corpus that together reach ``chars`` characters."""
    taken: list[Document] = []
    total = 0
    for document in documents(corpus, None):
        if total >= chars:
            break
        taken.append(document)
        total += len(document.text)
    return taken


def peak_memory_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its finished children, in MB (Linux KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_mb": own, "worker_rss_mb": workers}


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (``--jobs`` workers): unlike the
    wall clock, it barely moves when other jobs share the machine, so the ratio it gives
    stays comparable between runs on a busy machine."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def measure_ours(corpus: Path, limit: int | None, jobs: int) -> dict[str, float]:
    """Time the whole ``check`` of the corpus with the JSON report written out (streamed, as
    ``reconcile.report.write`` writes it, to the null device so no disk time is counted)."""
    from reconcile.pipeline import check, cycles_uncollected
    from reconcile.report import write
    from reconcile.ruleset import load_ruleset

    rules = load_ruleset()
    started, cpu_started = time.perf_counter(), cpu_seconds()
    with cycles_uncollected():  # as the command line runs it
        report = check(documents(corpus, limit), rules, jobs=jobs)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        write(report, "json", sink)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    return {
        "articles": len(report.documents),
        "chars": sum(len(document.text) for document in report.documents),
        "seconds": seconds,
        "cpu": cpu,
        "claims": len(report.claims),
        **peak_memory_mb(),
    }


def measure_quantulum(corpus: Path, chars: int) -> dict[str, float]:
    """Time ``quantulum3.parser.parse`` over the deterministic sample of the corpus."""
    try:
        from quantulum3 import parser
    except ImportError:
        sys.exit("quantulum3 is not installed: pip install 'reconcile[bench]' "
                 "(or run with --no-quantulum)")
    articles = sample(corpus, chars)
    parser.parse("warm up with 5 tonnes")
    started, cpu_started = time.perf_counter(), cpu_seconds()
    found = sum(len(parser.parse(document.text)) for document in articles)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    return {
        "articles": len(articles),
        "chars": sum(len(document.text) for document in articles),
        "seconds": seconds,
        "cpu": cpu,
        "claims": found,
        **peak_memory_mb(),
    }


def run_child(args: list[str]) -> dict[str, float]:
    """Run one measurement in a fresh interpreter and read back its JSON line."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    print(f"measuring {' '.join(args)} ...", file=sys.stderr, flush=True)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"measurement {' '.join(args)} failed:\n{done.stderr or done.stdout}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def row(corpus: Path, tool: str, result: dict[str, float]) -> list[str]:
    seconds = result["seconds"] or 1e-9
    memory = f"{result['rss_mb']:.0f}"
    if result.get("worker_rss_mb"):
        memory += f" (worker {result['worker_rss_mb']:.0f})"
    return [
        corpus.name, tool, f"{result['articles']:,}", f"{result['chars']:,}",
        f"{seconds:.1f}", f"{result['cpu']:.1f}", f"{result['chars'] / seconds:,.0f}",
        f"{result['articles'] / seconds:,.1f}", f"{result['claims']:,}", memory,
    ]


def _ratio(ours: dict[str, float], theirs: dict[str, float], clock: str) -> float:
    """How many times quantulum3's characters per ``clock`` second ours reads."""
    return (ours["chars"] / (ours[clock] or 1e-9)) / (theirs["chars"] / (theirs[clock] or 1e-9))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", nargs="+", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--limit", type=int, default=None,
                        help="time ours on the first N articles only (default: all)")
    parser.add_argument("--sample-chars", type=int, default=1_000_000,
                        help="characters of each corpus quantulum3 parses (default 1,000,000)")
    parser.add_argument("--no-quantulum", action="store_true")
    parser.add_argument("--child", nargs=4, metavar=("TOOL", "CORPUS", "AMOUNT", "JOBS"),
                        help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        tool, corpus, amount, jobs = options.child
        limit_value = int(amount) or None
        result = (measure_ours(Path(corpus), limit_value, int(jobs)) if tool == "ours"
                  else measure_quantulum(Path(corpus), int(amount)))
        print(json.dumps(result))
        return
    rows: list[list[str]] = []
    ratios: list[str] = []
    for corpus in options.corpus:
        if not corpus.is_file():
            sys.exit(f"{corpus}: corpus not found (the shared corpora live in {SHARED_CORPUS})")
        limit = str(options.limit or 0)
        ours = {jobs: run_child(["ours", str(corpus), limit, str(jobs)]) for jobs in (1, 2)}
        rows += [row(corpus, f"reconcile jobs={jobs}", ours[jobs]) for jobs in (1, 2)]
        if not options.no_quantulum:
            theirs = run_child(["quantulum", str(corpus), str(options.sample_chars), "1"])
            rows.append(row(corpus, "quantulum3 (sample)", theirs))
            ratios.append(f"{corpus.name}: reconcile jobs=1 / quantulum3 = "
                          f"{_ratio(ours[1], theirs, 'seconds'):.1f}x characters per second, "
                          f"{_ratio(ours[1], theirs, 'cpu'):.1f}x per CPU second")
    headers = ["corpus", "tool", "articles", "chars", "seconds", "CPU s", "chars/s", "articles/s",
               "figures", "peak RSS MB"]
    print(tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True))
    print()
    scope = f"the first {options.limit:,} articles" if options.limit else "the whole corpus"
    print(f"reconcile: read + extract + group + compare + JSON render over {scope}, "
          "rules loading not timed; each row in its own process. CPU s counts the "
          "workers too; on a busy machine the per-CPU-second ratio is the steadier one.")
    if not options.no_quantulum:
        print(f"quantulum3: parser.parse only, on the first articles up to "
              f"{options.sample_chars:,} characters of each corpus (it is slow).")
        print(*ratios, sep="\n")


if __name__ == "__main__":
    main()
