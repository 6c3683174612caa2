"""The one entry point the CLI and the reader use to get an `Analysis`.

`Analyzer.cached()` never imports spaCy (the cache key uses the model's
package version from metadata); `Analyzer.analyze()` loads the model on first
use (call it from a worker thread in the UI) and stores the result.
"""

from __future__ import annotations

from .cache import AnalysisCache, cache_key, code_fingerprint, model_version
from .model import Analysis, Article
from .pipeline import ANALYZER_VERSION, Progress

#: analyses kept in memory with use_cache=False (the most recent ones)
MEMO_SIZE = 32


class Analyzer:
    def __init__(self, model: str | None = None, use_cache: bool = True) -> None:
        self.model_name = model
        self.use_cache = use_cache
        self._cache: AnalysisCache | None = None
        self._identity: tuple[str, str] | None = None
        #: without a cache: this session's last analyses by text, so an article
        #: analysed in the library is not analysed again when it is opened
        self._memo: dict[str, Analysis] = {}

    @property
    def cache(self) -> AnalysisCache | None:
        """The cache in use, or None with `use_cache=False`."""
        if not self.use_cache:
            return None
        if self._cache is None:
            self._cache = AnalysisCache()
        return self._cache

    @property
    def warnings(self) -> list[str]:
        """One-line warnings about the cache (also logged), for the UI to show."""
        return list(self._cache.warnings) if self._cache is not None else []

    def model_identity(self) -> tuple[str, str]:
        """(resolved model name, installed version). Raises `nlp.ModelNotFound`."""
        if self._identity is None:
            from .nlp import resolve_model_name

            name = resolve_model_name(self.model_name)
            self._identity = (name, model_version(name))
        return self._identity

    def key_for(self, article: Article) -> str:
        """The cache key of this article's text with this analyser and model."""
        name, version = self.model_identity()
        return cache_key(article.text, f"{ANALYZER_VERSION}+{code_fingerprint()}", name, version)

    def cached(self, article: Article) -> Analysis | None:
        """The stored analysis of this exact text, if any (without a cache: one
        made by this analyzer earlier). Never imports spaCy."""
        cache = self.cache
        if cache is None:
            found = self._memo.get(article.text)
            return found.for_article(article) if found else None
        from .nlp import ModelNotFound

        try:
            key = self.key_for(article)
        except ModelNotFound:
            return None  # analyze() reports it
        found = cache.get(key)
        if found is None or found.text != article.text:
            return None
        return found.for_article(article)

    def analyze(self, article: Article, progress: Progress | None = None) -> Analysis:
        """Run the full analysis (loads spaCy) and store it in the cache."""
        from .nlp import load_model
        from .pipeline import analyze

        name, _ = self.model_identity()
        nlp = load_model(name)
        analysis = analyze(article, nlp, progress)
        cache = self.cache
        if cache is not None:
            cache.put(self.key_for(article), analysis)
        else:
            self._memo.pop(article.text, None)
            self._memo[article.text] = analysis
            while len(self._memo) > MEMO_SIZE:
                del self._memo[next(iter(self._memo))]
        return analysis
