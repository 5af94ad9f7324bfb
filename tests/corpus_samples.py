"""What the corpus-wide pattern tests share: the first articles of both shared corpora.

Skipped, with the reason, where ``../shared`` is absent (a user's own clone)."""

from __future__ import annotations

import json
import re
from itertools import islice
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLES = 150
"""Articles read from the start of each corpus: enough for every pattern to fire often."""


def first_articles(count: int = ARTICLES) -> list[str]:
    """The texts of the first ``count`` articles of news.jsonl, then of bbc.jsonl."""
    texts = []
    for corpus in _corpora():
        with corpus.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in islice(lines, count))
    return texts


def _corpora() -> list[Path]:
    """Both shared corpora, news first; the calling test is skipped where they are absent."""
    corpora = [SHARED / "corpus" / name for name in ("news.jsonl", "bbc.jsonl")]
    for corpus in corpora:
        if not corpus.exists():
            pytest.skip(f"shared corpus not found at {corpus} (../shared next to the repository)")
    return corpora


def articles_holding(pattern: re.Pattern[str], words: tuple[str, ...],
                     count: int = ARTICLES) -> list[str]:
    """The texts of the first ``count`` articles of each corpus in which ``pattern`` matches,
    looked for in the lines holding one of ``words`` as written (a line read whole is
    decoded first): for patterns too rare to match in the first articles."""
    texts = []
    for corpus in _corpora():
        with corpus.open(encoding="utf-8") as lines:
            held = (json.loads(line)["text"] for line in lines
                    if any(map(line.__contains__, words)))
            texts.extend(islice((text for text in held if pattern.search(text)), count))
    return texts
