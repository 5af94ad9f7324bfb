"""reconcile: find the figures news sources disagree about, with who says what."""

__version__ = "0.1.0"
