"""Draw discrepancies at random (a fixed seed) from a corpus run, for judging by hand.

Usage: ``python benchmarks/sample_discrepancies.py CORPUS [--count 25] [--seed 2026]``

Precision on annotated cases says little about what a newsroom sees on its own articles;
a seeded random draw from a whole-corpus run, read by a person, does. The draw prints the
counts of the run, then each drawn discrepancy as the table report shows it (figures,
sources, cues and sentences), so the judge reads exactly what a user would.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reconcile.pipeline import check  # noqa: E402
from reconcile.read import read_inputs  # noqa: E402
from reconcile.report import render  # noqa: E402
from reconcile.ruleset import load_ruleset  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--count", type=int, default=25)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()

    report = check(read_inputs([str(options.corpus)]), load_ruleset(), jobs=options.jobs)
    drawn = random.Random(options.seed).sample(
        report.discrepancies, min(options.count, len(report.discrepancies))
    )
    by_severity: dict[str, int] = {}
    for discrepancy in report.discrepancies:
        by_severity[discrepancy.severity] = by_severity.get(discrepancy.severity, 0) + 1
    across = sum(
        1 for d in report.discrepancies if len({c.rsplit(":", 1)[0] for c in d.claims}) > 1
    )
    print(f"{options.corpus.name}: {len(report.documents):,} articles, "
          f"{len(report.claims):,} claims, {len(report.discrepancies):,} discrepancies "
          f"({', '.join(f'{n} {s}' for s, n in sorted(by_severity.items()))}; "
          f"{across} across articles); drew {len(drawn)} with seed {options.seed}\n")
    keep = {c for d in drawn for c in d.claims}
    sample = report.model_copy(update={
        "discrepancies": drawn,
        "claims": [claim for claim in report.claims if claim.id in keep],
        "agreements": [],
    })
    print(render(sample, "table"))


if __name__ == "__main__":
    main()
