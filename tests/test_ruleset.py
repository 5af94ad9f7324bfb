"""Rule files load into validated models; a bad one names its file and line."""

from pathlib import Path

import pytest

from reconcile.ruleset import load_ruleset
from reconcile.yamlfile import RuleFileError

SOURCES = "cues: [said]\n"
FIGURES = "name: test-convention\nvague:\n  thousands: {low: 2000}\n"
RULE = """\
id: crowd-size
name: Crowd size
kinds: [count]
units: [people]
signals: [rally, protest]
examples:
  - text: "About 5,000 people attended the rally, police said. Organisers said 50,000."
    expect: conflict
"""


def make_rules(folder: Path, rule: str = RULE, name: str = "crowd-size.yaml") -> Path:
    (folder / "subjects").mkdir(parents=True, exist_ok=True)
    (folder / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (folder / "figures.yaml").write_text(FIGURES, encoding="utf-8")
    (folder / "subjects" / name).write_text(rule, encoding="utf-8")
    return folder


def test_loads_a_rule_folder(tmp_path: Path) -> None:
    rules = load_ruleset([make_rules(tmp_path)], use_defaults=False)
    assert [rule.id for rule in rules.subjects] == ["crowd-size"]
    assert rules.subject("crowd-size").tolerance == pytest.approx(0.10)
    assert rules.conventions.vague["thousands"].low == 2000
    assert rules.rule_paths["crowd-size"].endswith("crowd-size.yaml")


def test_wrong_type_points_at_the_line_of_the_key(tmp_path: Path) -> None:
    bad = RULE.replace("signals: [rally, protest]", "signals: [rally]\ntolerance: lots")
    make_rules(tmp_path, bad)
    with pytest.raises(RuleFileError) as caught:
        load_ruleset([tmp_path], use_defaults=False)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'subjects' / 'crowd-size.yaml'}:6: tolerance:")
    assert "\n" not in message


def test_unknown_key_is_rejected_with_its_line(tmp_path: Path) -> None:
    make_rules(tmp_path, RULE + "colour: red\n")
    with pytest.raises(RuleFileError, match=r"crowd-size\.yaml:9: colour: Extra inputs"):
        load_ruleset([tmp_path], use_defaults=False)


def test_yaml_syntax_error_gives_file_and_line(tmp_path: Path) -> None:
    make_rules(tmp_path, RULE.replace("kinds: [count]", "kinds: [count"))
    with pytest.raises(RuleFileError, match=r"crowd-size\.yaml:\d+: YAML error"):
        load_ruleset([tmp_path], use_defaults=False)


def test_missing_examples_is_an_error(tmp_path: Path) -> None:
    make_rules(tmp_path, RULE.split("examples:")[0])
    with pytest.raises(RuleFileError, match=r"crowd-size\.yaml:1: examples: Field required"):
        load_ruleset([tmp_path], use_defaults=False)


def test_duplicate_rule_id_across_files_is_an_error(tmp_path: Path) -> None:
    make_rules(tmp_path)
    make_rules(tmp_path, name="again.yaml")
    with pytest.raises(RuleFileError, match="also defined in"):
        load_ruleset([tmp_path], use_defaults=False)


def test_select_and_ignore_choose_rules_and_reject_unknown_names(tmp_path: Path) -> None:
    make_rules(tmp_path)
    assert load_ruleset([tmp_path], ignore=["crowd-size"], use_defaults=False).subjects == []
    with pytest.raises(RuleFileError, match="no rule named 'crowd'"):
        load_ruleset([tmp_path], select=["crowd"], use_defaults=False)


def test_missing_folder_and_empty_file_are_errors(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="rule folder not found"):
        load_ruleset([tmp_path / "nowhere"], use_defaults=False)
    make_rules(tmp_path, "")
    with pytest.raises(RuleFileError, match="the file is empty"):
        load_ruleset([tmp_path], use_defaults=False)


def test_the_shipped_rules_load() -> None:
    rules = load_ruleset()
    ids = {rule.id for rule in rules.subjects}
    assert {"crowd-size", "casualties", "detentions", "vote-share", "turnout", "money"} <= ids
    for rule in rules.subjects:
        assert rule.examples, rule.id
