"""A discrepancy's fingerprint survives edits elsewhere and changes when the figures do."""

from __future__ import annotations

from report_samples import SEED_TEXT, discrepancy_of, seed_claims, seed_document

from reconcile.fingerprint import fingerprint


def _fingerprint_of(text: str, ministry_value: float = 65000) -> str:
    document = seed_document().model_copy(update={"text": text})
    claims = seed_claims(document)
    ministry = claims[1].figure.model_copy(update={"value": ministry_value})
    claims[1] = claims[1].model_copy(update={"figure": ministry})
    return fingerprint(discrepancy_of(claims, "error", 13.0, "13× apart"), claims)


def test_fingerprint_is_a_sha256_hex_digest() -> None:
    digest = _fingerprint_of(SEED_TEXT)
    assert len(digest) == 64
    assert int(digest, 16) >= 0


def test_text_added_above_the_figures_keeps_the_fingerprint() -> None:
    edited = "UPDATED with reaction from the opposition.\n\n" + SEED_TEXT
    assert _fingerprint_of(edited) == _fingerprint_of(SEED_TEXT)


def test_claim_order_does_not_matter() -> None:
    claims = seed_claims(seed_document())
    discrepancy = discrepancy_of(claims, "error", 13.0, "13× apart")
    assert fingerprint(discrepancy, claims) == fingerprint(discrepancy, claims[::-1])


def test_a_revised_figure_or_another_event_changes_it() -> None:
    base = _fingerprint_of(SEED_TEXT)
    assert _fingerprint_of(SEED_TEXT, ministry_value=60000) != base
    claims = seed_claims(seed_document())
    other_event = discrepancy_of(claims, "error", 13.0, "13× apart", event="opposition march")
    assert fingerprint(other_event, claims) != base
