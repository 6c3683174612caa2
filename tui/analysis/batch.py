"""Analysing many articles: one JSON line per article, on every core.

`analyze_file(path)` is the one per-article function: read the article, take
its cached analysis or make one, return the `--format json` object as one line
of JSON. `analyze_many()` maps it over a folder's articles with a process pool
(each process loads the model once), yielding the lines in the folder's order
as they are ready. Beyond one machine, map the same function with Dask or Ray
(README, "Analysing a corpus").
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

from .model import Analysis

# Only strings hold non-ASCII: \u-escape what a terminal would act on (C1, bidi,
# line separators); json.loads gives back the very same strings.
JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(analysis: Analysis, indent: int | None = None, rules: bool = False) -> str:
    """The contract's object as JSON text (`indent` None: one line); `rules`
    as `analyze --rules`."""
    data = json.dumps(analysis.to_json(rules=rules), ensure_ascii=False, indent=indent,
                      separators=(",", ":") if indent is None else None)
    return JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", data)


@lru_cache(maxsize=4)
def _analyzer(model: str | None, use_cache: bool):
    from .service import Analyzer

    return Analyzer(model=model, use_cache=use_cache)


def analyze_file(path: str | os.PathLike[str], model: str | None = None, use_cache: bool = True,
                 rules: bool = False, corrections: bool = True) -> str:
    """One article file to its analysis as one line of JSON (no newline): the
    object `newsreader analyze FILE --format json` prints, with the same
    options (`corrections`: the reader's stored corrections applied). Raises
    `loading.ArticleError` for a file that cannot be read and
    `nlp.ModelNotFound`. Depends on nothing but its arguments, the shared
    cache and the stored corrections, so any executor (a process pool, Dask,
    Ray) can map it."""
    from .loading import load_article

    article = load_article(path)
    analyzer = _analyzer(model, use_cache)
    analysis = analyzer.cached(article) or analyzer.analyze(article)
    if corrections:
        from ..export_cli import apply_stored

        analysis = apply_stored(analysis)
    return json_text(analysis, rules=rules)


@dataclass(frozen=True)
class Outcome:
    """What became of one article: its JSON line, or a one-line error."""

    path: str
    line: str | None = None
    error: str | None = None


def _outcome(path: str, options: dict) -> Outcome:
    from .clean import one_line
    from .loading import ArticleError

    try:
        return Outcome(path, line=analyze_file(path, **options))
    except ArticleError as exc:
        return Outcome(path, error=str(exc))
    except Exception as exc:  # one bad article never stops the others
        return Outcome(path, error=one_line(f"{path}: {exc.__class__.__name__}: {exc}", 400))


def _init_process() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    from ..cli import _configure_logging  # warnings as one `newsreader: warning:` line

    _configure_logging()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def analyze_many(paths: Iterable[str | os.PathLike[str]], jobs: int | None = None, **options) -> Iterator[Outcome]:
    """`Outcome`s in the order of `paths`, computed by `jobs` processes
    (default: every core; 1: in this process); `options` are
    `analyze_file`'s."""
    names = [str(p) for p in paths]
    jobs = min(jobs or default_jobs(), max(1, len(names)))
    if jobs == 1:
        for name in names:
            yield _outcome(name, options)
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_process)
    finished = False
    try:
        yield from pool.map(_outcome, names, [options] * len(names))
        finished = True
    finally:
        if not finished:  # interrupted, or the reader of the output went away
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
        pool.shutdown(wait=finished, cancel_futures=True)
