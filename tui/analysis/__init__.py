"""The analysis layer: loading, cleaning, spaCy, actors, quotes, salience, cache.

Never imports Textual (tests/unit/test_import_hygiene.py holds it to that), and
imports spaCy only when an analysis actually runs.
"""

from .model import Actor, Analysis, Article, Mention, ModelInfo, Quote

__all__ = ["Actor", "Analysis", "Article", "Mention", "ModelInfo", "Quote"]
