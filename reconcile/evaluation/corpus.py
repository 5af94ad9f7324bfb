"""Find each case's corpus, read the articles it names, and check its offsets against them.

Cases point into a JSON Lines corpus by article id and character offsets instead of copying
the text, so an offset that drifted or a quote that no longer matches would silently score
the wrong words; every figure's ``quote`` is checked against ``text[start:end]`` here.
Each corpus file is read once for all cases that use it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reconcile.evaluation.cases import CaseFile
from reconcile.model import Document
from reconcile.read import read_inputs


def corpus_folders(cases: Path, corpus_dir: Path | None) -> list[Path]:
    """Where corpus files are looked for: ``corpus_dir`` if given, else the dev-set layout.

    The dev set keeps cases in ``devset/cases`` and corpora in ``corpus`` beside ``devset``
    (``devset/../corpus``); a rule author's own corpus may also sit beside the cases.
    """
    if corpus_dir is not None:
        return [corpus_dir]
    folder = cases if cases.is_dir() else cases.parent
    return [folder.resolve().parent.parent / "corpus", folder]


def find_corpus(loaded: CaseFile, folders: Sequence[Path]) -> Path:
    """The corpus file a case names, from the first folder that has it."""
    for folder in folders:
        candidate = folder / loaded.case.corpus
        if candidate.is_file():
            return candidate
    where = ", ".join(str(folder) for folder in folders)
    raise loaded.error(("corpus",), f"corpus {loaded.case.corpus!r} not found in {where}")


def read_documents(path: Path, wanted: set[str]) -> dict[str, Document]:
    """The articles of ``path`` whose id is in ``wanted``, read as ``reconcile check`` reads
    them, so that offsets in the case are offsets into the same text the pipeline sees."""
    found: dict[str, Document] = {}
    for item in read_inputs([str(path)]):
        if isinstance(item, Document) and item.id in wanted:
            found[item.id] = item
    return found


def check_offsets(loaded: CaseFile, documents: dict[str, Document]) -> list[Document]:
    """The case's documents in case order, after checking every figure against its text."""
    case = loaded.case
    for index, doc_id in enumerate(case.documents):
        if doc_id not in documents:
            raise loaded.error(("documents", index),
                               f"document {doc_id!r} is not in corpus {case.corpus!r}")
    for index, figure in enumerate(case.figures):
        text = documents[figure.doc].text
        if figure.end > len(text):
            raise loaded.error(("figures", index, "end"),
                               f"offset {figure.end} is past the end of {figure.doc!r} "
                               f"({len(text)} characters)")
        written = text[figure.start:figure.end]
        if written != figure.quote:
            raise loaded.error(("figures", index, "quote"),
                               f"quote {figure.quote!r} differs from the text at "
                               f"{figure.start}:{figure.end}, {written!r}")
    return [documents[doc_id] for doc_id in case.documents]


def load_documents(
    loaded: Sequence[CaseFile], folders: Sequence[Path]
) -> dict[str, list[Document]]:
    """Each case's checked documents, by case id, reading every corpus file once."""
    corpus_of = {item.case.id: find_corpus(item, folders) for item in loaded}
    wanted: dict[Path, set[str]] = {}
    for item in loaded:
        wanted.setdefault(corpus_of[item.case.id], set()).update(item.case.documents)
    read = {path: read_documents(path, ids) for path, ids in sorted(wanted.items())}
    return {item.case.id: check_offsets(item, read[corpus_of[item.case.id]]) for item in loaded}
