"""A stable fingerprint per discrepancy, for review state and code-scanning deduplication.

Tools that track findings across runs (GitHub code scanning, a newsroom's review list) need
an identity that survives unrelated edits: a paragraph added above the figures moves every
offset and renumbers claim ids, yet it is the same disagreement. So the fingerprint hashes
what the disagreement *is* — the rule, the event, who gives which amount, in which
documents — and never where it sits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from reconcile.model import Claim, Discrepancy

VERSION = "reconcile/v1"
"""The key under which formats publish the fingerprint; bump it if the recipe changes."""


def fingerprint(discrepancy: Discrepancy, claims: Iterable[Claim]) -> str:
    """The sha256 hex digest of the discrepancy's rule, event, figures and documents.

    ``claims`` are the discrepancy's claims (in any order): the recipe sorts everything, so
    the same disagreement found in another order hashes the same.
    """
    claims = list(claims)
    figures = sorted(
        json.dumps(
            [claim.source.name, claim.figure.value, claim.figure.low, claim.figure.high]
        )
        for claim in claims
    )
    documents = sorted({claim.document for claim in claims})
    payload = json.dumps(
        {
            "version": VERSION,
            "rule": discrepancy.subject,
            "event": discrepancy.event,
            "figures": figures,
            "documents": documents,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
