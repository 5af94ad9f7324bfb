"""Inline ``<!-- reconcile: ignore -->`` comments silence a rule for a document or a paragraph."""

import re
import time

from test_baseline import make_claim

from reconcile.model import Discrepancy, Document, Report
from reconcile.suppress import find_suppressions, suppressed

RALLY = ("Around 5,000 people attended the pro-Lukashenko protest, a Reuters reporter "
         "estimated.")
MINISTRY = "The Belarusian Interior Ministry put the number at 65,000."
VOTE = ("Lukashenko won just over 80 percent of the vote, official results showed, while "
        "the opposition said 60 percent.")


def report_for(text: str, path: str = "minsk.md") -> Report:
    """Two discrepancies (crowd size, vote share) found in ``text``."""
    document = Document(id="minsk", text=text, path=path)
    crowd = [make_claim(document, "5,000 people", 5000, "Reuters"),
             make_claim(document, "65,000", 65000, "Interior Ministry")]
    vote = [make_claim(document, "80 percent", 80, "official results"),
            make_claim(document, "60 percent", 60, "opposition")]
    vote = [claim.model_copy(update={"subject": "vote-share"}) for claim in vote]
    discrepancies = [
        Discrepancy(id=f"{rule}:1", subject=rule, event=None, severity="error", ratio=None,
                    claims=[claim.id for claim in claims], reason="they differ")
        for rule, claims in (("crowd-size", crowd), ("vote-share", vote))
    ]
    return Report(documents=[document], claims=crowd + vote, discrepancies=discrepancies)


def test_comment_at_the_top_covers_the_whole_document() -> None:
    text = f"<!-- reconcile: ignore crowd-size -->\n# Minsk\n\n{RALLY}\n\n{MINISTRY}\n\n{VOTE}\n"
    result = suppressed(report_for(text))
    assert result.suppressed == ["crowd-size:1"]
    assert [item.id for item in result.kept] == ["vote-share:1"]
    assert result.unused == [] and result.malformed == []


def test_front_matter_and_markup_still_count_as_the_top() -> None:
    front = re.sub(r"[^\n]", " ", "---\ntitle: Minsk\n---\n")  # the reader blanks it
    html = f'{front}<html><body class="story">\n<!-- reconcile: ignore -->\n<p>{RALLY}</p>\n'
    result = suppressed(report_for(f"{html}<p>{MINISTRY}</p>\n<p>{VOTE}</p></body></html>"))
    assert result.kept == []
    assert result.suppressed == ["crowd-size:1", "vote-share:1"]


def test_comment_before_a_paragraph_covers_only_that_paragraph() -> None:
    text = f"{RALLY}\n\n{MINISTRY}\n\n<!-- reconcile: ignore vote-share -->\n\n{VOTE}\n"
    result = suppressed(report_for(text))
    assert result.suppressed == ["vote-share:1"]
    later = f"{RALLY}\n\n<!-- reconcile: ignore vote-share -->\n{MINISTRY}\n\n{VOTE}\n"
    result = suppressed(report_for(later))
    assert result.suppressed == []
    assert result.unused == ["minsk.md:3: unused suppression: it silenced nothing"]


def test_one_figure_under_a_comment_silences_its_discrepancy() -> None:
    text = f"{RALLY}\n\n<!-- reconcile: ignore crowd-size, vote-share -->\n{MINISTRY}\n\n{VOTE}"
    assert suppressed(report_for(text)).suppressed == ["crowd-size:1"]


def test_html_paragraph_ends_at_its_closing_tag() -> None:
    text = (f"<p>{RALLY}</p><!-- reconcile: ignore --><p>{MINISTRY}</p>"
            f"<p>{VOTE}</p>")
    result = suppressed(report_for(text))
    assert result.suppressed == ["crowd-size:1"]
    [suppression] = find_suppressions(report_for(text).documents[0])[0]
    assert text[suppression.start:suppression.end] == f"<p>{MINISTRY}</p>"


def test_wrong_rule_and_bad_comment_are_reported() -> None:
    text = f"{RALLY}\n<!-- reconcile: ignroe crowd-size -->\n\n{MINISTRY}\n\n{VOTE}\n"
    result = suppressed(report_for(text, path="desk/minsk.md"))
    assert result.suppressed == []
    [bad] = result.malformed
    assert bad.startswith("desk/minsk.md:2: not understood: ")


def test_json_lines_article_names_its_record() -> None:
    document = Document(id="r-17", text=f"{RALLY} <!-- reconcile: ignore nothing-here -->",
                        path="corpus.jsonl", line=17)
    [suppression], _ = find_suppressions(document)
    assert suppression.where == "corpus.jsonl:17 (article r-17)"


def _cpu_seconds(spaces: int) -> float:
    """CPU time (best of three) to find the comment after a run of spaces: other work on a
    shared machine does not count."""
    document = Document(id="d", text=" " * spaces + "x <!-- reconcile: ignore -->", path="d.md")
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        [suppression], _ = find_suppressions(document)
        best = min(best, time.process_time() - began)
    assert suppression.start > 0
    return best


def test_long_whitespace_runs_stay_linear() -> None:
    """Four times the spaces take about four times as long (quadratic backtracking would
    take sixteen): a ratio, not a time limit."""
    ratio = _cpu_seconds(80000) / max(_cpu_seconds(20000), 1e-4)
    assert ratio < 8, f"4x the spaces took {ratio:.1f}x the time"
