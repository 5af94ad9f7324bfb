"""JUnit XML: a testcase per document, a failure per discrepancy, input problems as errors."""

from __future__ import annotations

from xml.etree import ElementTree

from report_samples import corpus_report, seed_report

from reconcile.report.junit import render, xml_text


def _suite(text: str) -> ElementTree.Element:
    root = ElementTree.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    return root.find("testsuite")


def test_seed_article_fails_once_with_the_reason() -> None:
    suite = _suite(render(seed_report()))
    (case,) = suite.findall("testcase")
    assert case.get("name") == "belarus"
    assert case.get("classname") == "reconcile.seeds/belarus.txt"
    (failure,) = case.findall("failure")
    assert failure.get("type") == "error"
    assert "13×" in failure.get("message")
    assert "The Belarusian Interior Ministry put the number at 65,000." in failure.text


def test_counts_and_errored_inputs() -> None:
    suite = _suite(render(corpus_report()))
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "3", "1")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert [len(cases[name].findall("failure")) for name in ("belarus", "wire-7", "hostile")] \
        == [1, 1, 1]
    (error,) = cases["corpus/news.jsonl:9: not JSON: <eof>"].findall("error")
    assert error.get("message") == "not JSON: <eof>"


def test_markup_in_articles_is_escaped_text() -> None:
    text = render(corpus_report())
    assert "<script>" not in text
    failure = _suite(text).find("testcase[@name='hostile']/failure")
    assert failure.get("message") == 'Police say 300 <script>alert("r")</script>, organisers 1,200'
    assert '<img src=x onerror="alert(1)">' in failure.text


def test_control_characters_from_old_feeds_still_parse() -> None:
    report = seed_report()
    garbled = report.discrepancies[0].model_copy(update={"reason": "13× apart\x1b[0m\x0c"})
    suite = _suite(render(report.model_copy(update={"discrepancies": [garbled]})))
    assert suite.find("testcase/failure").get("message") == "13× apart\ufffd[0m\ufffd"
    assert xml_text("tab\tok") == "tab\tok"
