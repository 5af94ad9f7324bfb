"""How much of each pattern's scanning reads text another call of it has read already.

Usage: ``python benchmarks/rescans.py [CORPUS] [--limit 300] [--top 25]``

A figure's window is read by searches that start where its sentence or clause does, so
the figures of one sentence may each scan the same words again. One scan of the sentence
serving every figure saves only the words read twice: this replaces every pattern bound
to a module-level name of the package by a proxy that times its ``search`` and
``finditer`` calls (a ``finditer`` drained at once) and records the span each reads, then
prints, per pattern, the time, the characters read (the sum of the spans) and the
characters that are read at all (their union on each text). ``time * (1 - union / read)``
bounds what any shared scan could save: it counts no filtering of the shared matches to
each window, and no scan wider than the union (a whole sentence where the windows cover
part of it). Patterns held only in tuples or dicts (``timeref``'s needled patterns, which
are looked up by identity) are not measured.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import reconcile.timeref as timeref  # noqa: E402
from benchmarks.throughput import SHARED_CORPUS, documents  # noqa: E402
from reconcile.pipeline import extract  # noqa: E402
from reconcile.ruleset import load_ruleset  # noqa: E402

Spans = dict[int, list[tuple[int, int]]]


class _Timed:
    """A pattern whose searches and scans are timed, with the span each reads by text."""

    def __init__(self, pattern: re.Pattern[str], name: str) -> None:
        self._wrapped = pattern
        self.name = name
        self.seconds = 0.0
        self.calls = 0
        self.spans: Spans = defaultdict(list)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._wrapped, attribute)

    def _record(self, text: str, pos: int, endpos: int, started: float) -> None:
        self.seconds += time.perf_counter() - started
        self.calls += 1
        self.spans[id(text)].append((pos, min(endpos, len(text))))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        started = time.perf_counter()
        found = self._wrapped.search(text, pos, endpos)
        self._record(text, pos, endpos, started)
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        started = time.perf_counter()
        found = list(self._wrapped.finditer(text, pos, endpos))
        self._record(text, pos, endpos, started)
        return iter(found)


def _union(spans: list[tuple[int, int]]) -> int:
    """Characters inside at least one of ``spans``."""
    covered, reached = 0, -1
    for start, end in sorted(spans):
        if end > reached:
            covered += end - max(start, reached)
            reached = end
    return covered


def _wrap_patterns() -> list[_Timed]:
    """Every module-level pattern of the package replaced by one proxy, wherever bound."""
    needled = set(timeref._INDEX)
    proxies: dict[int, _Timed] = {}
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("reconcile"):
            continue
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern) and id(value) not in needled:
                proxy = proxies.setdefault(id(value), _Timed(value, f"{module_name}.{name}"))
                setattr(module, name, proxy)
    return list(proxies.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=SHARED_CORPUS / "news.jsonl")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    rules = load_ruleset()
    articles = list(documents(args.corpus, args.limit))
    for document in articles[:30]:  # lists registered and patterns compiled first
        extract(document, rules)
    proxies = _wrap_patterns()
    gc.disable()
    started = time.perf_counter()
    for document in articles:
        extract(document, rules)
    total = time.perf_counter() - started
    rows = []
    for proxy in proxies:
        read = sum(end - start for spans in proxy.spans.values() for start, end in spans)
        union = sum(_union(spans) for spans in proxy.spans.values())
        again = 1 - union / read if read else 0.0
        rows.append((proxy.seconds * again, proxy, read, union))
    rows.sort(key=lambda row: -row[0])
    print(f"{len(articles)} documents, extraction {total * 1000:.0f} ms (timed patterns "
          f"included); searches and scans {sum(p.seconds for p in proxies) * 1000:.1f} ms, "
          f"of which read again at most {sum(row[0] for row in rows) * 1000:.1f} ms")
    for saved, proxy, read, union in rows[:args.top]:
        print(f"{saved * 1000:6.2f} ms of {proxy.seconds * 1000:6.2f} ms  {proxy.calls:6d} calls "
              f"read {read:8d} union {union:8d}  {proxy.name}")


if __name__ == "__main__":
    main()
