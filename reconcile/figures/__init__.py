"""The figures stage: every number of a text with its hedge, interval, scale and unit."""

from reconcile.figures.conventions import FigureConventions
from reconcile.figures.extract import extract_figures

__all__ = ["FigureConventions", "extract_figures"]
