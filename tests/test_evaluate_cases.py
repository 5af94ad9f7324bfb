"""Unusable case files and folders: each is a ``CaseError`` saying ``file:line: why``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_evaluate_fixtures import DOC, case_data, write_case, write_corpus

from reconcile.evaluation.cases import CaseError, GoldFigure, case_paths, load_case
from reconcile.evaluation.corpus import corpus_folders, load_documents


def line_of(path: Path, string: str, occurrence: int = 1) -> int:
    """The 1-based line of the ``occurrence``-th line of ``path`` holding ``"string"``."""
    hits = [number for number, line in enumerate(path.read_text().splitlines(), start=1)
            if f'"{string}"' in line]
    return hits[occurrence - 1]


def load_all(cases: Path, corpus_dir: Path | None = None) -> None:
    loaded = [load_case(path) for path in case_paths(cases)]
    load_documents(loaded, corpus_folders(cases, corpus_dir))


def test_a_good_case_loads_with_its_documents(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    cases = tmp_path / "devset" / "cases"
    path = write_case(cases)
    loaded = load_case(path)
    documents = load_documents([loaded], corpus_folders(cases, None))
    assert [document.id for document in documents["sats"]] == [DOC]
    assert loaded.case.figure("f2").quote == "closer to 18,000"


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    text = json.dumps(case_data(), indent=2).replace('"corpus": "news.jsonl",', '"corpus": ,')
    path = write_case(tmp_path, text=text)
    with pytest.raises(CaseError) as caught:
        load_case(path)
    assert str(caught.value).startswith(f"{path}:{line_of(path, 'corpus')}: not valid JSON")


def test_a_wrong_type_points_at_its_key(tmp_path: Path) -> None:
    data = case_data()
    data["figures"][1]["start"] = "early"
    path = write_case(tmp_path, data)
    with pytest.raises(CaseError) as caught:
        load_case(path)
    assert str(caught.value).startswith(f"{path}:{line_of(path, 'start', 2)}: "
                                        "figures.1.start:")


def test_an_agreement_must_say_what_kind(tmp_path: Path) -> None:
    data = case_data()
    data["agreements"][0]["why"] = "they are fine"
    path = write_case(tmp_path, data)
    with pytest.raises(CaseError, match=r"agreements\.0\.why: .*'different things'"):
        load_case(path)


def test_an_unknown_ref_points_at_the_entry(tmp_path: Path) -> None:
    data = case_data()
    data["conflicts"][0]["figures"] = ["f1", "f9"]
    path = write_case(tmp_path, data)
    with pytest.raises(CaseError) as caught:
        load_case(path)
    assert str(caught.value) == f"{path}:{line_of(path, 'f9')}: unknown figure ref 'f9'"


def test_the_id_must_be_the_file_name(tmp_path: Path) -> None:
    path = write_case(tmp_path)
    path = path.rename(tmp_path / "other.json")
    with pytest.raises(CaseError, match=r"other\.json:2: id 'sats' differs"):
        load_case(path)


def test_missing_corpus_names_the_case_and_where_it_looked(tmp_path: Path) -> None:
    cases = tmp_path / "devset" / "cases"
    path = write_case(cases)
    with pytest.raises(CaseError) as caught:
        load_all(cases)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line_of(path, 'corpus')}: corpus 'news.jsonl' not found")
    assert str(tmp_path / "corpus") in message


def test_corpus_dir_overrides_the_layout(tmp_path: Path) -> None:
    write_corpus(tmp_path / "elsewhere")
    load_all(write_case(tmp_path / "cases").parent, tmp_path / "elsewhere")


def test_corpus_beside_the_cases_is_found(tmp_path: Path) -> None:
    write_corpus(tmp_path / "mine")
    load_all(write_case(tmp_path / "mine"))


def test_unknown_document_id(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    data = case_data()
    data["documents"] = [DOC, "reuters-99999"]
    path = write_case(tmp_path, data)
    with pytest.raises(CaseError) as caught:
        load_all(path)
    assert str(caught.value) == (f"{path}:{line_of(path, 'reuters-99999')}: document "
                                 "'reuters-99999' is not in corpus 'news.jsonl'")


def test_offsets_past_the_end(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    data = case_data()
    data["figures"][2].update(start=5000, end=5010)
    path = write_case(tmp_path, data)
    with pytest.raises(CaseError, match=r":\d+: offset 5010 is past the end of 'reuters-12519'"):
        load_all(path)


def test_quote_mismatch_shows_both(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    data = case_data()
    data["figures"][0]["start"] += 1
    data["figures"][0]["end"] += 1
    path = write_case(tmp_path, data)
    with pytest.raises(CaseError) as caught:
        load_all(path)
    assert str(caught.value).startswith(f"{path}:{line_of(path, 'quote')}: quote "
                                        "'some 13,000 workers' differs from the text")
    assert "'ome 13,000 workers '" in str(caught.value)


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="no case files"):
        case_paths(tmp_path)
    with pytest.raises(CaseError, match="no such case file or folder"):
        case_paths(tmp_path / "missing")


def test_the_dev_set_cases_are_all_valid() -> None:
    shared = Path(__file__).resolve().parents[1].parent / "shared"
    cases = shared / "devset" / "cases"
    if not cases.is_dir():
        pytest.skip(f"the shared dev set is not at {cases}")
    load_all(cases)


def test_a_price_in_pence_is_scored_in_pounds() -> None:
    """An annotator's "300p a share" as 300 GBp is the tool's 3 GBP: the same amount."""
    figure = GoldFigure(ref="f1", doc="d", start=0, end=4, quote="300p", value=300, low=300,
                        high=300, unit="GBp per share", source="BBC")
    assert (figure.value, figure.low, figure.high, figure.unit) == (3, 3, 3, "GBP per share")
    bound = GoldFigure(ref="f2", doc="d", start=0, end=4, quote="over 50c", value=None, low=50,
                       high=None, unit="USc", source="BBC")
    assert (bound.low, bound.high, bound.unit) == (0.5, None, "USD")
    pounds = GoldFigure(ref="f3", doc="d", start=0, end=4, quote="£3", value=3, low=3, high=3,
                        unit="GBP", source="BBC")
    assert pounds.value == 3
