"""The one entry point the CLI and the reader use to get an `Analysis`.

`Analyzer.cached()` never imports spaCy (the cache key uses the model's
package version from metadata); `Analyzer.analyze()` loads the model on first
use and stores the result. The reader passes an `AnalysisProcess`
(worker.py): the analysis then runs in that process, never in the reader's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .cache import AnalysisCache, cache_key, code_fingerprint, model_version
from .model import Analysis, Article
from .pipeline import ANALYZER_VERSION, Progress

#: analyses kept in memory with use_cache=False (the most recent ones)
MEMO_SIZE = 32

if TYPE_CHECKING:
    from .worker import AnalysisProcess


class Analyzer:
    def __init__(self, model: str | None = None, use_cache: bool = True) -> None:
        self.model_name = model
        self.use_cache = use_cache
        self._cache: AnalysisCache | None = None
        self._identity: tuple[str, str] | None = None
        #: without a cache: this session's last analyses by text, so an article
        #: analysed in the library is not analysed again when it is opened
        self._memo: dict[str, Analysis] = {}
        #: cache warnings the worker process met while storing
        self._worker_warnings: list[str] = []

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
        own = list(self._cache.warnings) if self._cache is not None else []
        return own + [w for w in self._worker_warnings if w not in own]

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

    def analyze(self, article: Article, progress: Progress | None = None, *,
                process: AnalysisProcess | None = None,
                cancelled: Callable[[], bool] | None = None, background: bool = False) -> Analysis:
        """Run the full analysis and store it in the cache: in `process` when
        given (spaCy is then never imported here; `cancelled` is polled and a
        cancelled job raises `worker.AnalysisCancelled`; a `background` one
        gives way to the others, see `AnalysisProcess.run`), else in this process."""
        name, _ = self.model_identity()
        cache = self.cache
        if process is not None:
            from .worker import Job, WorkerModelNotFound

            job = Job(article, name, str(cache.directory) if cache is not None and not cache.disabled else None,
                      self.key_for(article) if cache is not None else None)
            try:
                result = process.run(job, progress, cancelled, background=background,
                                     reuse=lambda: self.cached(article))
            except WorkerModelNotFound as exc:
                from .nlp import ModelNotFound

                raise ModelNotFound(str(exc)) from None
            self._worker_warnings.extend(w for w in result.warnings if w not in self._worker_warnings)
            analysis = result.analysis
        else:
            from .nlp import load_model
            from .pipeline import analyze

            analysis = analyze(article, load_model(name), progress)
            if cache is not None:
                cache.put(self.key_for(article), analysis)
        if cache is None:
            self._memo.pop(article.text, None)
            self._memo[article.text] = analysis
            while len(self._memo) > MEMO_SIZE:
                del self._memo[next(iter(self._memo))]
        return analysis
