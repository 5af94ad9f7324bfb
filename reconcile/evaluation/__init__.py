"""Scoring the pipeline against hand-annotated cases (``reconcile eval``).

``cases`` reads and validates case files, ``corpus`` finds their articles, ``matching``
pairs annotated figures with claims, ``measures`` scores a case, ``report`` prints the
result; ``reconcile.evaluate`` ties them to the pipeline.
"""
