"""The HTML report in a real browser: loads cleanly, filters hide cards, and a screenshot.

Drives Debian's chromium (``/usr/bin/chromium``, installed by ``.ci/install-browser``) through
playwright's Python API, never playwright's own browser downloads. Skipped, with the reason,
where either is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from report_samples import corpus_report

from reconcile.pipeline import check
from reconcile.read import read_inputs
from reconcile.report.html import render
from reconcile.ruleset import load_ruleset

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _open(report_file: Path):
    """A headless chromium tab on ``report_file``, with the errors it logs."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: run .ci/install-browser")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright (test extra) is not installed")
    with sync_api.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page(viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto(report_file.as_uri())
        tab.wait_for_load_state("load")
        yield tab, errors
        browser.close()


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory):
    """The hand-built sample: three severities, hostile article text, known sources."""
    report_file = tmp_path_factory.mktemp("html") / "report.html"
    report_file.write_text(render(corpus_report()), encoding="utf-8")
    yield from _open(report_file)


def test_the_seed_run_renders_cleanly_and_its_screenshot_is_saved(tmp_path: Path) -> None:
    """The real pipeline on seeds/, as an editor would open it."""
    report = check(read_inputs([str(SEEDS)]), load_ruleset())
    report_file = tmp_path / "seed.html"
    report_file.write_text(render(report), encoding="utf-8")
    for tab, errors in _open(report_file):
        assert "Belarusian Interior Ministry" in tab.text_content("article.card")
        assert tab.locator("article.card mark").count() >= 2
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / "seed-report.png"), full_page=True)
        assert (ARTIFACTS / "seed-report.png").stat().st_size > 10_000
        assert errors == []


def _visible(tab) -> list[str]:
    return tab.eval_on_selector_all(
        "article.card", "cards => cards.filter(c => !c.hidden).map(c => c.dataset.severity)")


def test_sample_loads_without_console_errors(page) -> None:
    tab, errors = page
    assert _visible(tab) == ["error", "warning", "info"]
    assert tab.text_content("#shown") == "showing 3 of 3"
    assert tab.locator("mark").count() == 6
    assert errors == []


def test_article_script_stays_text(page) -> None:
    tab, _ = page
    assert tab.evaluate("document.scripts.length") == 1
    assert tab.locator("img").count() == 0
    assert 'alert("x")' in tab.text_content("article.warning blockquote")


def test_severity_and_source_filters_hide_cards(page) -> None:
    tab, errors = page
    tab.uncheck("input[name=severity][value=error]")
    assert _visible(tab) == ["warning", "info"]
    tab.select_option("select[name=source]", "Dealers")
    assert _visible(tab) == ["info"]
    assert tab.text_content("#shown") == "showing 1 of 3"
    tab.select_option("select[name=source]", "")
    tab.select_option("select[name=subject]", "crowd-size")
    assert _visible(tab) == ["warning"]
    tab.check("input[name=severity][value=error]")
    assert _visible(tab) == ["error", "warning"]
    assert errors == []
