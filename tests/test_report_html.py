"""HTML report: cards with marked sentences, filters, review state, and no injection."""

from __future__ import annotations

from html.parser import HTMLParser

from report_samples import corpus_report, seed_report

from reconcile.fingerprint import fingerprint
from reconcile.report.html import render


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside <mark>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        self._in_mark = self._in_mark and tag != "mark"

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks.append(data)


def _parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


def _cards(parsed: _Elements) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in parsed.tags if tag == "article"]


def test_seed_card_shows_both_figures_marked_in_their_sentences() -> None:
    page = render(seed_report())
    parsed = _parse(page)
    (card,) = _cards(parsed)
    assert card["data-severity"] == "error" and card["data-subject"] == "crowd-size"
    assert parsed.marks == ["5,000", "65,000"]
    assert "put the number at <mark>65,000</mark>." in page
    assert "Reuters" in page and "Belarusian Interior Ministry" in page and "13×" in page
    assert "1 discrepancy" in page  # the summary header


def test_filters_list_severities_subjects_and_sources() -> None:
    parsed = _parse(render(corpus_report()))
    options = [attrs["value"] for tag, attrs in parsed.tags if tag == "option"]
    assert {"crowd-size", "sales-volume", "Reuters", "Dealers", "Organisers <i>"} <= set(options)
    boxes = [attrs["value"] for tag, attrs in parsed.tags
             if tag == "input" and attrs.get("name") == "severity"]
    assert boxes == ["error", "warning", "info"]
    assert [card["data-severity"] for card in _cards(parsed)] == ["error", "warning", "info"]


def test_article_markup_is_shown_as_text_never_as_elements() -> None:
    page = render(corpus_report())
    parsed = _parse(page)
    tags = [tag for tag, _ in parsed.tags]
    assert tags.count("script") == 1  # the report's own filter script
    assert "img" not in tags and "b" not in tags and "i" not in tags
    handlers = [name for _, attrs in parsed.tags for name in attrs if name.startswith("on")]
    assert handlers == []
    links = [attrs["href"] for tag, attrs in parsed.tags if tag == "a"]
    assert not [href for href in links if href.startswith("javascript:")]
    assert "https://example.org/wire-7" in links
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "onerror=&quot;alert(1)&quot;" in page


def test_page_needs_no_network() -> None:
    page = render(corpus_report())
    assert "http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'" in page
    parsed = _parse(page)
    assert not [attrs for tag, attrs in parsed.tags if tag in ("link", "img", "iframe")]
    assert not [attrs for tag, attrs in parsed.tags if tag == "script" and "src" in attrs]


def test_reviewed_discrepancies_are_greyed_with_their_reason() -> None:
    report = seed_report()
    discrepancy = report.discrepancies[0]
    by_id = render(report, reviewed={discrepancy.id: "checked with the ministry <ok>"})
    (card,) = _cards(_parse(by_id))
    assert "reviewed" in card["class"].split() and card["data-reviewed"] == "true"
    assert "Reviewed: checked with the ministry &lt;ok&gt;" in by_id
    key = fingerprint(discrepancy, report.claims)
    (card,) = _cards(_parse(render(report, reviewed={key: "known"})))
    assert card["data-reviewed"] == "true"
    (card,) = _cards(_parse(render(report)))
    assert card["data-reviewed"] == "false"
