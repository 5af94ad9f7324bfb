"""Reviewed discrepancies stop failing, stay visible, and expire; bad entries name a line."""

from datetime import date
from pathlib import Path

import pytest
from test_baseline import make_report

from reconcile.baseline import report_fingerprints
from reconcile.review import apply_reviews, load_reviews
from reconcile.yamlfile import RuleFileError

RULES = {"crowd-size", "vote-share"}
TODAY = date(2024, 6, 1)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / ".reconcile-reviewed.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_fingerprint_entry_marks_the_discrepancy_reviewed(tmp_path: Path) -> None:
    report = make_report()
    [print_] = report_fingerprints(report).values()
    path = write(tmp_path, f"""\
reviews:
  - fingerprint: {print_}
    reason: Both counts are attributed in the story
    who: J. Doe
    when: 2024-05-02
""")
    outcome = apply_reviews(report, load_reviews(path, RULES), TODAY)
    assert outcome.reviewed["crowd-size:1"].who == "J. Doe"
    assert outcome.reasons() == {
        "crowd-size:1": "Both counts are attributed in the story (J. Doe, 2024-05-02)"}
    assert outcome.unused == [] and outcome.expired == []


def test_rule_entry_narrowed_by_event_and_documents(tmp_path: Path) -> None:
    path = write(tmp_path, """\
reviews:
  - rule: crowd-size
    event: Pro-Lukashenko   rally
    documents: [minsk]
    reason: Organiser figure quoted as such
    who: A. N. Other
    when: 2024-05-03
  - rule: crowd-size
    documents: [gomel]
    reason: Another town
    who: A. N. Other
    when: 2024-05-03
""")
    outcome = apply_reviews(make_report(), load_reviews(path, RULES), TODAY)
    assert set(outcome.reviewed) == {"crowd-size:1"}
    [unused] = outcome.unused
    assert unused.where == f"{path}:8"
    assert outcome.messages(warn_unused=True) == [
        f"{path}:8: unused review entry: it matches no discrepancy"]
    assert outcome.messages(warn_unused=False) == []


def test_expired_entry_no_longer_applies(tmp_path: Path) -> None:
    path = write(tmp_path, """\
reviews:
  - rule: crowd-size
    reason: Checked with the desk
    who: J. Doe
    when: 2024-01-10
    expires: 2024-06-01
""")
    reviews = load_reviews(path, RULES)
    assert set(apply_reviews(make_report(), reviews, date(2024, 5, 31)).reviewed) == {
        "crowd-size:1"}
    outcome = apply_reviews(make_report(), reviews, TODAY)
    assert outcome.reviewed == {}
    assert outcome.messages(warn_unused=False) == [
        f"{path}:2: review by J. Doe expired on 2024-06-01; renew or remove it"]


@pytest.mark.parametrize(("entry", "line", "words"), [
    ("  - rule: crowd-sise\n    reason: r\n    who: w\n    when: 2024-01-01\n", 3,
     "no rule named 'crowd-sise'"),
    ("  - reason: r\n    who: w\n    when: 2024-01-01\n", 3, "needs a fingerprint, or a rule"),
    ("  - rule: crowd-size\n    who: w\n    when: 2024-01-01\n", 3, "reason: Field required"),
    ("  - rule: crowd-size\n    reason: r\n    who: w\n    when: 2024-01-01\n    by: x\n", 7,
     "by: Extra inputs"),
    ("  - fingerprint: abc\n    reason: r\n    who: w\n    when: 2024-01-01\n", 3,
     "fingerprint: String should match"),
])
def test_bad_entries_point_at_their_line(tmp_path: Path, entry: str, line: int,
                                         words: str) -> None:
    path = write(tmp_path, "# reviewed by the desk\nreviews:\n" + entry)
    with pytest.raises(RuleFileError) as caught:
        load_reviews(path, RULES)
    assert caught.value.line == line
    assert words in caught.value.message


def test_empty_file_holds_no_reviews(tmp_path: Path) -> None:
    assert load_reviews(write(tmp_path, "# nothing reviewed yet\n"), RULES) == []
