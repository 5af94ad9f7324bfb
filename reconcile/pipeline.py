"""Wire the stages together: per-document extraction, then grouping and judging.

``extract`` is pure and per document, so it runs in worker processes (``jobs > 1``) with the
results taken back in input order: the output is the same for any number of jobs.
``check`` is the one place that sees every document, for grouping across articles.
"""

from __future__ import annotations

import gc
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing import get_context
from multiprocessing.pool import Pool

from reconcile.attribution import attribute, without_speaker_counts
from reconcile.attribution.defined import with_defined_names
from reconcile.attribution.recase import recased
from reconcile.compare import judge_groups
from reconcile.direction import changes
from reconcile.figures import extract_figures
from reconcile.group import group_claims
from reconcile.model import Claim, Document, InputProblem, Report
from reconcile.ruleset import Ruleset
from reconcile.segment import split_sentences
from reconcile.stated import stated_pairs
from reconcile.subjects import describe_claims


def extract(document: Document, rules: Ruleset) -> list[Claim]:
    """Every figure of one document as a claim: value, source, subject, event and time."""
    reading = recased(document.text)  # a story set in lower case, with its capitals back
    sentences = split_sentences(reading)
    figures = extract_figures(document.text, rules.conventions)
    read = document if reading is document.text else document.model_copy(
        update={"text": reading})
    sources = attribute(read, sentences, figures, rules.lexicon)
    figures, sources = without_speaker_counts(figures, sources)
    claims = describe_claims(document, sentences, figures, sources, rules.subjects,
                             tuple(rules.lexicon.places))
    return with_defined_names(document.text, claims)


_worker_rules: Ruleset | None = None


def _init_worker(rules: Ruleset) -> None:
    """Give a worker its rules; Ctrl-C is the parent's to handle, which stops the pool. A
    worker only extracts, which leaves no reference cycles: its cycle collector stays off
    (see ``cycles_uncollected``)."""
    global _worker_rules
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.disable()
    _worker_rules = rules


def _pool(jobs: int, rules: Ruleset) -> Pool:
    """The worker processes, started with Ctrl-C ignored: a spawned process keeps an
    ignored signal, so a worker still importing when Ctrl-C comes (a loaded machine can
    take seconds) prints no traceback. The parent's handler is back once they are started;
    away from the main thread, where no handler can be set, only ``_init_worker`` guards."""
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        return get_context("spawn").Pool(jobs, initializer=_init_worker, initargs=(rules,))
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _extract_in_worker(document: Document) -> list[Claim]:
    assert _worker_rules is not None, "worker started without rules"
    return extract(document, _worker_rules)


_CHUNK = 16
"""Documents sent to a worker at a time: enough to amortise the pickling round trip, few
enough that both workers stay busy to the end of a short run."""


def extract_all(
    documents: Iterable[Document], rules: Ruleset, jobs: int = 1
) -> Iterator[tuple[Document, list[Claim]]]:
    """Claims of each document, in input order, using ``jobs`` processes.

    Documents stream through: the pool reads them as it sends them to workers (a full pipe
    holds it back), and each is paired with its claims as they come back in order, so a
    corpus is never held whole here.
    """
    if jobs <= 1:
        for document in documents:
            yield document, extract(document, rules)
        return
    sent: deque[Document] = deque()

    def sending() -> Iterator[Document]:
        for document in documents:
            sent.append(document)
            yield document

    with _pool(jobs, rules) as pool:
        for claims in pool.imap(_extract_in_worker, sending(), chunksize=_CHUNK):
            yield sent.popleft(), claims


@contextmanager
def cycles_uncollected() -> Iterator[None]:
    """Pause the cycle collector for a check, and set it back as it was after: for a
    program that runs one check and writes its report (the command line, the benchmark),
    not inside ``check``, since it changes the whole process.

    A check leaves no reference cycles (a whole check of the BBC corpus leaves 18
    unreachable objects), so the collector finds nothing; but it runs every few hundred
    allocations and walks the documents and claims kept for grouping, a heap that grows
    with the corpus: about a tenth of a whole-corpus run went to it. What is alive when the
    check ends is frozen before the collector is back, or the first collections after (while
    the report is written) would walk all of it: a frozen object is still freed when no
    longer referenced; only a cycle among frozen objects would never be reclaimed."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def check(
    inputs: Iterable[Document | InputProblem],
    rules: Ruleset,
    jobs: int = 1,
    on_document: Callable[[Document, list[Claim]], None] | None = None,
) -> Report:
    """Read, extract, group and judge: the whole job, as one ``Report``.

    Problems in the inputs are kept in the report (and the rest is still checked);
    ``on_document`` is called after each document, for progress display.
    """
    documents: list[Document] = []
    problems: list[InputProblem] = []

    def usable() -> Iterator[Document]:
        for item in inputs:
            if isinstance(item, InputProblem):
                problems.append(item)
            else:
                yield item

    claims: list[Claim] = []
    for document, found in extract_all(usable(), rules, jobs):
        documents.append(document)
        claims.extend(found)
        if on_document is not None:
            on_document(document, found)
    groups = group_claims(claims, rules)
    texts = {document.id: document.text for document in documents}
    stated = stated_pairs(claims, groups, texts, rules)
    subjected = {claim.id: claim for pair in stated for claim in pair}
    claims = [subjected.get(claim.id, claim) if claim.subject is None else claim
              for claim in claims]
    discrepancies, agreements = judge_groups(groups + stated, rules, changes(claims, texts))
    return Report(
        documents=documents,
        claims=claims,
        discrepancies=discrepancies,
        problems=problems,
        agreements=agreements,
        conventions={"vague": rules.conventions.name},
        rule_names={rule.id: rule.name for rule in rules.subjects},
    )
