"""The one entry point the CLI and the reader use to get an `Analysis`.

`Analyzer.cached()` never imports spaCy; `Analyzer.analyze()` loads the model on
first use (call it from a worker thread in the UI).
"""

from __future__ import annotations

from .model import Analysis, Article
from .pipeline import Progress


class Analyzer:
    def __init__(self, model: str | None = None, use_cache: bool = True) -> None:
        self.model_name = model
        self.use_cache = use_cache

    def cached(self, article: Article) -> Analysis | None:
        """The stored analysis of this exact text, if any. Never imports spaCy."""
        return None  # TODO(io helper): SQLite cache lookup

    def analyze(self, article: Article, progress: Progress | None = None) -> Analysis:
        from .nlp import load_model, resolve_model_name
        from .pipeline import analyze

        nlp = load_model(resolve_model_name(self.model_name))
        return analyze(article, nlp, progress)
