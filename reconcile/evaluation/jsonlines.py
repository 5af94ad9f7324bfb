"""The line of every key in a JSON text, so that a bad case file points at the right line.

``json`` parses quickly but forgets where things were. Case files are written by hand, and
"figures.3.start: out of range" is only useful with a line number, so after a successful
parse we walk the text once more with ``json``'s own scanners and record where each key
path (``("figures", 3, "start")``) begins. The map has the shape
``reconcile.yamlfile`` uses for rule files, so the same error translation serves both.
"""

from __future__ import annotations

import json
import re

from reconcile.locate import LineIndex
from reconcile.yamlfile import Location

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class _Walker:
    """One pass over an already-valid JSON text, recording the line of each path."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = LineIndex(text)
        self.lines: dict[Location, int] = {}

    def line(self, index: int) -> int:
        return self.index.position(index)[0]

    def skip(self, index: int) -> int:
        match = _SPACE.match(self.text, index)
        return match.end() if match else index

    def node(self, index: int, loc: Location) -> int:
        """Record ``loc`` at ``index`` and return the index just past its value."""
        self.lines.setdefault(loc, self.line(index))
        opener = self.text[index]
        if opener == "{":
            return self.members(index, loc)
        if opener == "[":
            return self.items(index, loc)
        return _DECODER.raw_decode(self.text, index)[1]

    def members(self, index: int, loc: Location) -> int:
        index = self.skip(index + 1)
        while self.text[index] != "}":
            key, after = json.decoder.scanstring(self.text, index + 1)
            self.lines[(*loc, key)] = self.line(index)
            index = self.skip(self.skip(after) + 1)
            index = self.skip(self.node(index, (*loc, key)))
            if self.text[index] == ",":
                index = self.skip(index + 1)
        return index + 1

    def items(self, index: int, loc: Location) -> int:
        index = self.skip(index + 1)
        position = 0
        while self.text[index] != "]":
            index = self.skip(self.node(index, (*loc, position)))
            position += 1
            if self.text[index] == ",":
                index = self.skip(index + 1)
        return index + 1


def key_lines(text: str) -> dict[Location, int]:
    """Map each key path of a valid JSON ``text`` to the 1-based line where it starts."""
    walker = _Walker(text)
    walker.node(walker.skip(0), ())
    return walker.lines
