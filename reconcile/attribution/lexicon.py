"""The source lexicon, kept in ``rules/sources.yaml``: cue words, source kinds and aliases.

Newsrooms attribute in house styles of their own; the words that mark a source, and which
kind of source a name is, are data so that a desk can extend them without touching code.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from reconcile.model import SourceKind


class SourceLexicon(BaseModel):
    """Cue phrases that attribute a figure, words that class a source, and name aliases."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cues: list[str] = []
    kinds: dict[SourceKind, list[str]] = {}
    aliases: dict[str, str] = {}
