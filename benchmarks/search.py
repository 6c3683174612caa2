"""A search keystroke costs what changed, not the article's size.

The reader is opened headless (120x40) on a long article (the bundled samples'
bodies repeated to 2 MB by default, as benchmarks/big_article.py makes them;
analysed once, then cached for the run) and, as the baseline in the same run,
on the seed article (9 kB). On each, with the search line open (`/`),
queries are searched letter by letter as typing sends them: names and common
words, from one letter on. Per keystroke: the screen's search handler for the
new query, then every visible
line of the article and of the sidebar drawn again (what the key changes on
screen). `pilot.press` is not timed: its own waits (~120 ms a key here) hide
the reader's part.

Prints the median and the 90th percentile over every key, and the long
article's ratio to the seed's (target: close to 1; the article is 230 times
longer).

The long article's analysis takes about two minutes the first time; pass
`--cache DIR` to keep it between runs.

Run: python benchmarks/search.py [--mb 2] [--rounds 3] [--cache DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_article import long_article  # noqa: E402
from startup import REPO, SEED, analysed_screen, typed_searches  # noqa: E402

sys.path.insert(0, str(REPO))

#: typed letter by letter: actors' names (one with a space), common words, a word found nowhere
QUERIES = ("putin", "kim jong", "the", "said", "treaty", "zzq")


async def keystrokes(path: Path, rounds: int) -> tuple[list[float], int]:
    """(handler + repaint seconds per keystroke, the article's size in bytes)."""
    from tui.analysis.loading import load_article
    from tui.app import make_app

    article = load_article(path)
    app = make_app(article)
    handled: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen, repaint = await analysed_screen(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        for _ in range(rounds):
            for query in QUERIES:
                handled += await typed_searches(screen, repaint, pilot, query)
                await pilot.pause()
        await pilot.press("escape")
    return handled, len(article.text.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache", type=Path, help="the analysis cache to use (kept between runs)")
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for kind in ("cache", "data", "config", "state"):
            os.environ[f"NEWSREADER_{kind.upper()}_DIR"] = str(folder / kind)
        if args.cache:
            os.environ["NEWSREADER_CACHE_DIR"] = str(args.cache)
        big = long_article(folder, args.mb)
        from tui.analysis.loading import load_article
        from tui.analysis.service import Analyzer

        analyzer = Analyzer()
        for path in (SEED, big):
            article = load_article(path)
            if analyzer.cached(article) is None:
                start = time.perf_counter()
                print(f"analysing {path.name} ({path.stat().st_size / 1e6:.1f} MB)…", flush=True)
                analyzer.analyze(article)
                print(f"  {time.perf_counter() - start:.0f} s", flush=True)
        results = {name: asyncio.run(keystrokes(path, args.rounds)) for name, path in (("seed", SEED), ("long", big))}

    def ms(values: list[float]) -> str:
        cut = sorted(values)[int(len(values) * 0.9)]
        return f"median {statistics.median(values) * 1000:6.2f} ms  p90 {cut * 1000:6.2f} ms"

    (seed, seed_size), (long, long_size) = results["seed"], results["long"]
    print(f"search keystroke, handler + repaint ({len(long)} keys each):")
    print(f"  seed ({seed_size / 1e3:,.0f} kB):    {ms(seed)}")
    print(f"  long ({long_size / 1e6:,.1f} MB):    {ms(long)}   "
          f"ratio {statistics.median(long) / statistics.median(seed):.2f}x")


if __name__ == "__main__":
    main()
