"""A progress line on standard error, and a clean stop on Ctrl-C.

A corpus run takes minutes; a person at a terminal wants to see it move, while a CI log or a
pipe wants no ``\\r`` noise. So the line is drawn only when the stream is a terminal and
``quiet`` is off, redrawn at most ten times a second (drawing costs more than extracting a
short article), and cleared at the end so the report starts on a clean line; ``finish``
leaves the final counts as a line of their own.

Grouping sees every article only at the end, so discrepancies are counted once the run has
finished (``finish``); while articles are read the line shows articles, claims and the rate.

Ctrl-C during the run should not print a traceback: leaving the ``Progress`` block by
``KeyboardInterrupt`` clears the line, says ``interrupted after N of M articles`` (even
under ``quiet``: the person pressed the key) and exits with 130 via ``SystemExit``.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

from reconcile.exits import EXIT_INTERRUPTED
from reconcile.model import Claim, Document, Report

REDRAW_SECONDS = 0.1


class Progress:
    """Counts articles and claims as ``pipeline.check`` reports them (``on_document``).

    Use as ``with Progress(total, quiet=q) as progress: check(..., on_document=
    progress.advance)``. ``total`` is the number of articles when known, else ``None``.
    """

    def __init__(
        self,
        total: int | None = None,
        *,
        quiet: bool = False,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = not quiet and self.stream.isatty()
        self.clock = clock
        self.articles = 0
        self.claims = 0
        self.discrepancies: int | None = None
        self._began = clock()
        self._drawn_at: float | None = None
        self._width = 0

    def advance(self, document: Document, claims: list[Claim]) -> None:
        """Count one finished article; the ``on_document`` callback of ``pipeline.check``."""
        self.articles += 1
        self.claims += len(claims)
        self._draw()

    def finish(self, report: Report) -> None:
        """Take the final counts from the finished report and leave them as the last line."""
        self.articles = len(report.documents)
        self.claims = len(report.claims)
        self.discrepancies = len(report.discrepancies)
        self._draw(force=True)
        if self.enabled:
            self.stream.write("\n")
            self._width = 0

    def line(self) -> str:
        """The status text: articles (of total), claims, discrepancies when known, rate."""
        elapsed = max(self.clock() - self._began, 1e-9)
        done = f"{self.articles:,}" + (f"/{self.total:,}" if self.total is not None else "")
        parts = [f"{done} articles", f"{self.claims:,} claims"]
        if self.discrepancies is not None:
            parts.append(f"{self.discrepancies:,} discrepancies")
        parts.append(f"{self.articles / elapsed:,.1f} articles/s")
        return "reconcile: " + ", ".join(parts)

    def _draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if not force and self._drawn_at is not None and now - self._drawn_at < REDRAW_SECONDS:
            return
        self._drawn_at = now
        columns = shutil.get_terminal_size().columns - 1
        text = self.line()[:columns]
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def clear(self) -> None:
        """Erase the line, so what follows starts at the left margin."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def interrupted_message(self) -> str:
        """What was done when Ctrl-C arrived."""
        total = f" of {self.total:,}" if self.total is not None else ""
        return f"reconcile: interrupted after {self.articles:,}{total} articles"

    def __enter__(self) -> Progress:
        self._began = self.clock()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.clear()
        if kind is not None and issubclass(kind, KeyboardInterrupt):
            self.stream.write(self.interrupted_message() + "\n")
            self.stream.flush()
            raise SystemExit(EXIT_INTERRUPTED) from None
