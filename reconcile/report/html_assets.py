"""The stylesheet and script of the HTML report, inlined so the file works offline.

Kept apart from the markup code so each can be read (and reviewed) on its own. The script
uses only the DOM: it filters cards by severity, subject, source and review state, and
counts what is shown.
"""

from __future__ import annotations

STYLE = """
:root { --error: #b3261e; --warning: #a15c00; --info: #1f5fa8; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1b1d21; background: #f6f7f9; }
header, #filters, main, #problems { max-width: 72rem; margin: 0 auto; padding: 0.75rem 1rem; }
header h1 { margin: 0.5rem 0 0.25rem; font-size: 1.4rem; }
.summary { margin: 0.15rem 0; color: #444; }
#filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center;
  border-bottom: 1px solid var(--line); }
#filters fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 0.6rem; }
#shown { margin-left: auto; color: #555; }
.card { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--info);
  border-radius: 6px; margin: 0 0 1rem; padding: 0.75rem 1rem; }
.card.error { border-left-color: var(--error); }
.card.warning { border-left-color: var(--warning); }
.card h2 { font-size: 1.1rem; margin: 0 0 0.3rem; }
.badge { display: inline-block; font-size: 0.75rem; text-transform: uppercase; color: #fff;
  background: var(--info); border-radius: 3px; padding: 0.05rem 0.4rem; margin-right: 0.4rem; }
.error .badge { background: var(--error); }
.warning .badge { background: var(--warning); }
.facts { display: flex; flex-wrap: wrap; gap: 0.2rem 1.5rem; margin: 0.2rem 0; color: #333; }
.reason { font-weight: 600; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
  gap: 0.75rem; margin-top: 0.5rem; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; }
.figure h3 { font-size: 1rem; margin: 0; }
.kind { color: #555; font-weight: normal; }
.amount { font-size: 1.25rem; margin: 0.2rem 0; }
blockquote { margin: 0.3rem 0; padding-left: 0.6rem; border-left: 3px solid var(--line); }
mark { background: #ffe36e; padding: 0 0.1rem; }
.where { font-size: 0.85rem; color: #555; word-break: break-all; }
.review { display: none; font-style: italic; }
.card.reviewed { opacity: 0.55; filter: grayscale(1); }
.card.reviewed .review { display: block; }
.card[hidden] { display: none; }
#problems li { font-family: ui-monospace, monospace; }
"""

SCRIPT = """
(function () {
  const form = document.getElementById("filters");
  const cards = Array.from(document.querySelectorAll(".card"));
  const shown = document.getElementById("shown");
  function update() {
    const severities = new Set(
      Array.from(form.querySelectorAll("input[name=severity]:checked"), (box) => box.value));
    const subject = form.elements.subject.value;
    const source = form.elements.source.value;
    const withReviewed = form.elements.reviewed.checked;
    let count = 0;
    for (const card of cards) {
      const sources = JSON.parse(card.dataset.sources);
      const visible = severities.has(card.dataset.severity)
        && (!subject || card.dataset.subject === subject)
        && (!source || sources.includes(source))
        && (withReviewed || card.dataset.reviewed !== "true");
      card.hidden = !visible;
      if (visible) count += 1;
    }
    shown.textContent = "showing " + count + " of " + cards.length;
  }
  form.addEventListener("change", update);
  update();
})();
"""
