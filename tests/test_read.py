"""Reading inputs: every kind of input, and a problem (never an exception) for each bad one."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from reconcile.model import Document, InputProblem
from reconcile.read import read_inputs

SENTENCE = "The Belarusian Interior Ministry put the number at 65,000."
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def split(items: list[Document | InputProblem]) -> tuple[list[Document], list[InputProblem]]:
    documents = [item for item in items if isinstance(item, Document)]
    problems = [item for item in items if isinstance(item, InputProblem)]
    return documents, problems


def read(*paths: str, stdin: bytes | None = None) -> tuple[list[Document], list[InputProblem]]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return split(list(read_inputs(list(paths), stdin=stream)))


def test_plain_text_file_keeps_its_text_and_uses_the_path_as_id(tmp_path: Path) -> None:
    article = tmp_path / "minsk.txt"
    article.write_bytes(b"\xef\xbb\xbf" + SENTENCE.encode() + b"\r\n")
    documents, problems = read(str(article))
    assert problems == []
    (document,) = documents
    assert document.id == document.path == str(article)
    assert document.text == SENTENCE + "\r\n"  # BOM dropped, line ending kept
    assert document.publisher is None and document.published is None and document.line is None


def test_markdown_front_matter_gives_metadata_and_keeps_offsets(tmp_path: Path) -> None:
    body = f"# Rival protests\n\n{SENTENCE}\n"
    front = ("---\ntitle: Rival protests\npublisher: Epoch Times\npublished: 2020-08-17\n"
             "url: https://example.org/2020/08/17/minsk-99999\n---\n")
    article = tmp_path / "minsk.md"
    article.write_text(front + body, encoding="utf-8")
    (document,), problems = read(str(article))
    assert problems == []
    assert (document.title, document.publisher) == ("Rival protests", "Epoch Times")
    assert document.published == date(2020, 8, 17)
    assert document.url == "https://example.org/2020/08/17/minsk-99999"
    start = (front + body).index("65,000")
    assert document.text[start:start + 6] == "65,000"
    assert document.text.count("\n") == (front + body).count("\n")
    assert "99999" not in document.text and "2020" not in document.text


def test_markdown_front_matter_that_is_not_yaml_is_a_problem(tmp_path: Path) -> None:
    article = tmp_path / "bad.md"
    article.write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    documents, (problem,) = read(str(article))
    assert documents == []
    assert str(problem).startswith(f"{article}: front matter is not valid YAML")


def test_folder_is_read_recursively_in_sorted_order_and_only_article_files(
    tmp_path: Path,
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.md").write_text("First article.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "x", "text": "Third."}) + "\n",
                                      encoding="utf-8")
    (tmp_path / "notes.csv").write_text("1,2,3", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    documents, problems = read(str(tmp_path))
    assert problems == []
    assert [d.id for d in documents] == [str(tmp_path / "a.md"), str(tmp_path / "b" / "two.txt"),
                                         "x"]


def test_empty_folder_is_a_problem(tmp_path: Path) -> None:
    documents, (problem,) = read(str(tmp_path))
    assert documents == []
    assert problem.path == str(tmp_path) and "no .txt, .md or .jsonl files" in problem.message


def test_missing_file_is_a_problem_and_reading_goes_on(tmp_path: Path) -> None:
    article = tmp_path / "ok.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    documents, (problem,) = read(str(tmp_path / "gone.txt"), str(article))
    assert str(problem) == f"{tmp_path / 'gone.txt'}: no such file or folder"
    assert [d.id for d in documents] == [str(article)]


def test_binary_file_is_a_problem(tmp_path: Path) -> None:
    blob = tmp_path / "photo.txt"
    blob.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    _, (problem,) = read(str(blob))
    assert problem.message == "not a text file (it holds NUL bytes)"


def test_text_that_is_not_utf8_is_a_problem_naming_the_byte(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Lukashenko's rally in Minsk drew 5,000 — café".encode("latin-1",
                                                                             "replace"))
    _, (problem,) = read(str(latin))
    assert problem.message.startswith("not UTF-8 text (byte 0x")


def test_empty_text_file_is_a_problem(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n", encoding="utf-8")
    _, (problem,) = read(str(blank))
    assert problem.message == "the text is empty"


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_json_lines_corpus_reads_metadata_and_reports_each_bad_line(tmp_path: Path) -> None:
    corpus = write_lines(tmp_path / "news.jsonl", [
        json.dumps({"id": "reuters-1", "text": SENTENCE, "publisher": "Reuters",
                    "published": "1987-02-26", "title": "BAHIA COCOA REVIEW",
                    "category": "cocoa"}),
        "",
        '{"id": "reuters-2", "text": "unterminated',
        json.dumps({"id": "reuters-3", "body": SENTENCE}),
        json.dumps({"id": "reuters-4", "text": "   "}),
        json.dumps({"id": "reuters-5", "text": SENTENCE, "published": "26 Feb 1987"}),
        json.dumps({"id": "reuters-6", "text": SENTENCE, "published": "last Sunday-ish"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "reuters-1", "text": SENTENCE}),
    ])
    documents, problems = read(str(corpus))
    assert [(d.id, d.line) for d in documents] == [("reuters-1", 1), ("reuters-5", 6)]
    first = documents[0]
    assert (first.publisher, first.published, first.title) == ("Reuters", date(1987, 2, 26),
                                                               "BAHIA COCOA REVIEW")
    assert documents[1].published == date(1987, 2, 26)
    assert [(p.line, p.message.split(":")[0].split(" (")[0]) for p in problems] == [
        (3, "not valid JSON"),
        (4, "no string 'text' in this record"),
        (5, "the text of 'reuters-4' is empty"),
        (7, "'published' is not a date"),
        (8, "a line must hold a JSON object"),
        (9, "duplicate id 'reuters-1'"),
    ]
    assert all(p.path == str(corpus) for p in problems)
    assert str(problems[-1]).endswith(f"(first in {corpus}:1)")


def test_json_line_that_is_not_utf8_is_a_problem_for_that_line_only(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "a", "text": SENTENCE}).encode()
    corpus.write_bytes(good + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n')
    documents, (problem,) = read(str(corpus))
    assert [d.id for d in documents] == ["a"]
    assert problem.line == 2 and problem.message.startswith("not UTF-8 text")


def test_reading_is_lazy(tmp_path: Path) -> None:
    corpus = write_lines(tmp_path / "big.jsonl", [
        json.dumps({"id": str(number), "text": SENTENCE}) for number in range(1000)
    ])
    stream = read_inputs([str(corpus)])
    first = next(stream)
    assert isinstance(first, Document) and first.id == "0"


def test_stdin_plain_text_is_one_article_named_dash() -> None:
    (document,), problems = read("-", stdin=f"\n\n{SENTENCE}\n".encode())
    assert problems == []
    assert (document.id, document.path) == ("-", "-")
    assert document.text == f"\n\n{SENTENCE}\n"


def test_stdin_json_lines_are_detected_by_the_first_brace() -> None:
    lines = "\n" + json.dumps({"id": "a", "text": SENTENCE}) + "\nnot json\n"
    documents, (problem,) = read("-", stdin=lines.encode())
    assert [(d.id, d.line, d.path) for d in documents] == [("a", 2, "-")]
    assert (problem.path, problem.line) == ("-", 3)


def test_empty_stdin_is_a_problem() -> None:
    documents, (problem,) = read("-", stdin=b"")
    assert documents == [] and str(problem) == "-: the text is empty"


def test_shared_corpus_first_article_reads_with_its_metadata() -> None:
    corpus = SHARED / "corpus" / "news.jsonl"
    if not corpus.is_file():
        pytest.skip(f"shared corpus not found at {corpus}")
    first = next(read_inputs([str(corpus)]))
    assert isinstance(first, Document)
    assert (first.id, first.publisher, first.published) == ("reuters-1", "Reuters",
                                                            date(1987, 2, 26))
