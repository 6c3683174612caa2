"""Analysis speed: our full pipeline versus bare spaCy on the same texts, same run.

    python benchmarks/analysis.py [--repeat 5]

Prints words per second for bare `nlp(text)` and for the full analysis
(parse + actors + references + quotes + salience), the overhead of our stages as a
share of spaCy's own time (target <= 15 %), and the cached load time of the seed
article (target <= 50 ms) as the median of many lookups from a warm cache.
Medians throughout: these machines are noisy, compare ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    os.environ["NEWSREADER_CACHE_DIR"] = tempfile.mkdtemp(prefix="nr-bench-")
    from tui.analysis.loading import list_articles, load_article
    from tui.analysis.nlp import load_model, model_info, resolve_model_name
    from tui.analysis.pipeline import analyze, analyze_parsed, parse
    from tui.analysis.service import Analyzer
    from tui.resources import SAMPLES_DIR

    nlp = load_model(resolve_model_name())
    articles = [load_article(p) for p in list_articles(SAMPLES_DIR)]
    words = sum(a.word_count for a in articles)
    nlp("warm up")
    analyze(articles[0], nlp)

    info = model_info(nlp)
    parse_runs, stage_runs = [], []
    for _ in range(args.repeat):
        # Each text is parsed, then our stages run on that parse: both timed in the
        # same pass, so machine noise hits both alike and the ratio stays honest.
        parse_time = stage_time = 0.0
        for a in articles:
            t0 = time.perf_counter()
            doc = parse(nlp, a.text)
            t1 = time.perf_counter()
            analyze_parsed(a, doc, info)
            t2 = time.perf_counter()
            parse_time += t1 - t0
            stage_time += t2 - t1
        parse_runs.append(parse_time)
        stage_runs.append(stage_time)
    bare = statistics.median(parse_runs)
    overhead = statistics.median(s / p for s, p in zip(stage_runs, parse_runs))
    full = bare * (1 + overhead)
    print(f"texts: {len(articles)} articles, {words} words, {args.repeat} runs (medians)")
    print(f"bare spaCy nlp(text):  {words / bare:8.0f} words/s  ({bare * 1000:.0f} ms)")
    print(f"full analysis:         {words / full:8.0f} words/s  ({full * 1000:.0f} ms)")
    print(f"our overhead: {overhead:.1%} of spaCy's own time (target <= 15%)"
          f" -> {'OK' if overhead <= 0.15 else 'OVER'}")

    seed = next(a for a in articles if "seed" in Path(a.source).name)
    analyzer = Analyzer()
    analyzer.analyze(seed)  # fills the cache
    seed_path = Path(seed.source)
    lookups = []
    for _ in range(50):
        t0 = time.perf_counter()
        hit = analyzer.cached(load_article(seed_path))
        lookups.append(time.perf_counter() - t0)
        assert hit is not None, "cache miss after analysis"
    cached = statistics.median(lookups)
    parses = []
    for _ in range(5):
        t0 = time.perf_counter()
        parse(nlp, seed.text)
        parses.append(time.perf_counter() - t0)
    parse_seed = statistics.median(parses)
    print(f"cached load of the seed (read file + cache lookup): {cached * 1000:.1f} ms (target <= 50 ms)"
          f" -> {'OK' if cached <= 0.05 else 'OVER'}; {parse_seed / cached:.0f}x faster than parsing it")


if __name__ == "__main__":
    main()
