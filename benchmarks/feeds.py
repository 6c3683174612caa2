"""Feeds and offline reading, against the local test server (tests/localweb.py,
127.0.0.1 only; no internet).

1. Refresh: 50 feeds of 20 items each, never fetched before (so every feed is
   downloaded, parsed and stored in full), the server in its own process, median of several
   runs, each into a fresh library. Target ≤ 3 s. Measured twice: the library
   code alone (`tui.library.refresh.refresh`) and in the reader (`r` in the
   Feeds view until its refresh is done).
2. Keys during that in-app refresh: from a `j`/`k` key event reaching the app
   to the feeds list moved and repainted, while the refresh runs, against the
   same keys with nothing running (same run, medians and max).
3. Opening a stored article offline vs opening a file: process start until
   the article text is painted, `newsreader URL` with the article in the
   library (no server running) against `newsreader FILE.txt` holding the same
   text (the fastest file kind) and the page saved as `.html`; fresh
   processes, analysis cached for all, medians. Target: ratio ≈ 1.

Run: python benchmarks/feeds.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.localweb import FIXTURES, LocalWeb  # noqa: E402
from benchmarks.startup import time_to_paint  # noqa: E402

FEEDS = 50
ITEMS = 20


class FeedServer:
    """The local server with 50 feeds of 20 items, in its own process (as a
    real server would be: its work does not compete with the measured process)."""

    def __init__(self, generation: int) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.localweb", str(FEEDS), str(ITEMS), str(generation)],
                                     cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        port = int(self.proc.stdout.readline())
        self.urls = [f"http://127.0.0.1:{port}/feed{n:02}.xml" for n in range(FEEDS)]

    def __enter__(self) -> FeedServer:
        return self

    def __exit__(self, *_exc) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def fresh_env(tmp: str) -> None:
    os.environ["NEWSREADER_DATA_DIR"] = str(Path(tmp) / "data")
    os.environ["NEWSREADER_CACHE_DIR"] = str(Path(tmp) / "cache")


def refresh_library(runs: int) -> list[float]:
    from tui.library.fetch import Fetcher
    from tui.library.refresh import refresh
    from tui.library.store import Store

    times = []
    for run in range(runs):
        with FeedServer(run) as server:
            with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "library.db") as store, Fetcher() as fetcher:
                for url in server.urls:
                    store.add_feed(url)
                start = time.perf_counter()
                results = refresh(store, fetcher)
                times.append(time.perf_counter() - start)
                assert all(r.ok for r in results), [r.error for r in results if r.error]
                assert sum(f.total for f in store.feeds()) == FEEDS * ITEMS
    return times


async def key_latency(app, feed_list, key: str) -> float:
    """A key as the terminal driver delivers it (an event posted to the app),
    until the list has moved and its lines are rendered again. (`pilot.press`
    is no measure here: it waits for the whole process to go idle, which a
    running refresh never lets it.)"""
    from textual import events

    before = feed_list.highlighted
    start = time.perf_counter()
    app.post_message(events.Key(key, None))
    while feed_list.highlighted == before:
        if time.perf_counter() - start > 10:
            raise RuntimeError(f"{key!r} did not move the feeds list (focus: {app.focused!r})")
        await asyncio.sleep(0.001)
    for y in range(feed_list.size.height):
        feed_list.render_line(y)
    return time.perf_counter() - start


def refresh_in_app(runs: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """(refresh times with keys pressed, without, key latencies while refreshing,
    key latencies idle)."""
    from textual import events

    from tui.analysis.service import Analyzer
    from tui.app import make_app
    from tui.library.store import Store
    from tui.screens.feeds import FeedList, FeedsScreen

    totals: list[float] = []
    quiet: list[float] = []
    busy: list[float] = []
    idle: list[float] = []
    for run in range(runs):
        with FeedServer(100 + run) as server, tempfile.TemporaryDirectory() as tmp:
            fresh_env(tmp)
            folder = Path(tmp) / "articles"
            folder.mkdir()
            (folder / "a.txt").write_text("A headline\n\nJane Doe said it would rain.\n", encoding="utf-8")
            with Store.open() as store:  # followed, never fetched: every feed is new
                for url in server.urls:
                    store.add_feed(url)
            app = make_app(folder, Analyzer())

            async def scenario() -> None:
                async with app.run_test(size=(120, 30)) as pilot:
                    # the library's own background analysis (spaCy) done first
                    while not (getattr(app.screen, "entries", None)
                               and all(e.analysis is not None or e.error for e in app.screen.entries)):
                        await pilot.pause(0.05)
                    await app.workers.wait_for_complete()
                    await pilot.press("f")
                    while not (isinstance(app.screen, FeedsScreen) and app.screen.feeds):
                        await pilot.pause(0.01)
                    screen = app.screen
                    feed_list = screen.query_one(FeedList)
                    await pilot.pause(0.2)
                    for i in range(20):
                        idle.append(await key_latency(app, feed_list, "k" if feed_list.highlighted else "j"))
                        await asyncio.sleep(0.02)
                    if run % 2:  # every other run: no keys pressed during the refresh
                        start = time.perf_counter()
                        app.post_message(events.Key("r", "r"))
                        while not screen.refreshing:
                            await asyncio.sleep(0.001)
                        while screen.refreshing:
                            await asyncio.sleep(0.005)
                        quiet.append(time.perf_counter() - start)
                        return
                    start = time.perf_counter()
                    app.post_message(events.Key("r", "r"))
                    while not screen.refreshing:
                        await asyncio.sleep(0.001)
                    while screen.refreshing:
                        busy.append(await key_latency(app, feed_list, "k" if feed_list.highlighted else "j"))
                        await asyncio.sleep(0.02)
                    totals.append(time.perf_counter() - start)
                    while sum(f.total for f in screen.feeds.values()) < FEEDS * ITEMS:
                        if time.perf_counter() - start > 60:
                            errors = [f.error for f in screen.feeds.values() if f.error]
                            raise RuntimeError(f"the refresh stored too few items: {errors[:3]}")
                        await pilot.pause(0.01)  # the list reloads after the refresh
                    await app.workers.wait_for_complete()

            asyncio.run(scenario())
    return totals, quiet, busy, idle


def offline_open(runs: int) -> dict[str, list[float]]:
    from tui.analysis.service import Analyzer
    from tui.library.articles import open_url
    from tui.library.fetch import Fetcher
    from tui.library.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        fresh_env(tmp)
        env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        with LocalWeb() as web, Store.open() as store, Fetcher() as fetcher:
            url = web.url("/article.html")
            article = open_url(url, store, fetcher)
        # the server is gone from here on: the URL opens from the library
        txt = Path(tmp) / "article.txt"
        txt.write_text(article.text, encoding="utf-8")
        html = Path(tmp) / "article.html"
        html.write_bytes((FIXTURES / "article.html").read_bytes())
        analyzer = Analyzer()
        analyzer.analyze(article)  # warm the cache: one text, one analysis for all three
        for target in (url, str(txt), str(html)):
            time_to_paint("loaded", env, target)  # warm the OS file cache
        times: dict[str, list[float]] = {"stored URL (offline)": [], "file .txt": [], "file .html": []}
        for _ in range(runs):
            for label, target in zip(times, (url, str(txt), str(html)), strict=True):
                times[label].append(time_to_paint("loaded", env, target))
    return times


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    lib = refresh_library(args.runs)
    print(f"refresh {FEEDS} feeds x {ITEMS} items, library code: median {statistics.median(lib):.2f} s "
          f"(max {max(lib):.2f} s; target <= 3 s)")
    totals, quiet, busy, idle = refresh_in_app(max(2, args.runs))
    print(f"refresh in the reader (r until done), keys pressed throughout: median {statistics.median(totals):.2f} s "
          f"(max {max(totals):.2f} s); no keys: median {statistics.median(quiet):.2f} s")
    print(f"keys in the feeds list during the refresh: median {ms(busy)}, max {max(busy) * 1000:.0f} ms "
          f"({len(busy)} keys) vs idle median {ms(idle)}, max {max(idle) * 1000:.0f} ms")
    times = offline_open(args.runs)
    base = statistics.median(times["file .txt"])
    for label, values in times.items():
        print(f"open to painted text, {label}: median {ms(values)} ({statistics.median(values) / base:.2f}x the .txt file)")


if __name__ == "__main__":
    main()
