"""Reader responsiveness, headless (no terminal).

1. Start-up: time from process start until the article text is in the
   TextArea's line cache, for newsreader (via make_app) and for a minimal
   Textual app that shows the same text in a plain TextArea, measured in the
   same run (median of several runs, each a fresh process), for a cached and an
   uncached article. This stops before the frame reaches a terminal: the
   figure that counts, first paint in a real terminal, is benchmarks/terminal.py.
2. A mention jump (`n`) and a search keystroke on a ~20,000-word article built
   by concatenating the bundled samples: handler plus repaint of the visible
   lines, median over many steps (targets ≤ 50 ms each).

Run: python benchmarks/startup.py [--runs N]
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

SEED = REPO / "sample_articles" / "00_seed_putin_kim_pact.txt"

CHILD = r"""
import sys, time
mode, path = sys.argv[1], sys.argv[2]
from pathlib import Path

async def auto_pilot(pilot):
    app = pilot.app
    while True:
        views = app.screen.query("TextArea")
        if views and views.first()._line_cache:
            break
        await pilot.pause(0.002)
    print(f"PAINTED {time.time():.6f}", flush=True)
    app.exit()

if mode == "reader":
    from tui.app import make_app
    app = make_app(Path(path))
elif mode == "loaded":  # a file or stored address, loaded as the CLI loads it
    from tui.cli import _load
    from tui.app import make_app
    from tui.analysis.service import Analyzer
    app = make_app(_load(path), Analyzer())
else:
    from textual.app import App
    from textual.widgets import TextArea
    text = Path(path).read_text(encoding="utf-8")
    class Minimal(App):
        def compose(self):
            yield TextArea(text, read_only=True, soft_wrap=True)
    app = Minimal()
app.run(headless=True, size=(120, 40), auto_pilot=auto_pilot)
"""


def time_to_paint(mode: str, env: dict[str, str], path: str | Path = SEED) -> float:
    """Seconds from start until the first frame shows the article text: `mode`
    "reader" (the app on a path), "loaded" (the CLI's loader, so also addresses)
    or "minimal" (a bare TextArea app on the same text)."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(path)], env=env, cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("PAINTED "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{mode} did not paint: {out.stderr[-500:]}")


def startup(runs: int) -> None:
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, NEWSREADER_CACHE_DIR=cache)
        env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
        # warm the cache (and the OS file cache) once
        from tui.analysis.loading import load_article
        from tui.analysis.service import Analyzer

        os.environ["NEWSREADER_CACHE_DIR"] = cache
        Analyzer().analyze(load_article(SEED))
        time_to_paint("minimal", env)
        minimal, cached = [], []
        for _ in range(runs):  # interleaved so drift hits both alike
            minimal.append(time_to_paint("minimal", env))
            cached.append(time_to_paint("reader", env))
        with tempfile.TemporaryDirectory() as empty:
            cold_env = dict(env, NEWSREADER_CACHE_DIR=empty)
            uncached = [time_to_paint("reader", cold_env) for _ in range(max(3, runs // 2))]
    m, c, u = (statistics.median(x) for x in (minimal, cached, uncached))
    print(f"start-up to painted text (median of {runs} runs, 120x40 headless)")
    print(f"  minimal Textual app (TextArea, same text): {m * 1000:7.1f} ms")
    print(f"  newsreader, cached analysis:              {c * 1000:7.1f} ms  ratio {c / m:.2f}x")
    print(f"  newsreader, uncached (worker starts):     {u * 1000:7.1f} ms  ratio {u / m:.2f}x")


def big_article():
    from tui.analysis.loading import load_article
    from tui.analysis.model import Article

    texts = [load_article(p).text for p in sorted((REPO / "sample_articles").glob("*.txt"))]
    parts: list[str] = []
    while sum(len(t.split()) for t in parts) < 20_000:
        parts.extend(texts)
    body = "\n\n".join(parts)
    return Article(text="Twenty thousand words\n\n" + body, title="Twenty thousand words", source="bench")


async def analysed_screen(app, pilot):
    """(the article screen once its analysis is shown, a function that redraws
    the visible lines of its article view and sidebar), for timing a key's
    handler plus the repaint it causes without a terminal."""
    from tui.screens.article import ArticleScreen
    from tui.widgets.actor_sidebar import ActorSidebar
    from tui.widgets.article_view import ArticleView

    await app.workers.wait_for_complete()
    screen = app.screen
    assert isinstance(screen, ArticleScreen)
    while screen.analysis is None:
        await pilot.pause(0.05)
    await pilot.pause()
    view = screen.query_one(ArticleView)
    sidebar = screen.query_one(ActorSidebar)

    def repaint() -> None:
        for y in range(view.size.height):
            view.render_line(y)
        for y in range(sidebar.size.height):
            sidebar.render_line(y)

    return screen, repaint


async def typed_searches(screen, repaint, pilot, query: str) -> list[float]:
    """Seconds of handler plus repaint for each prefix of `query` typed into
    the article search, which is cleared afterwards."""
    times = []
    for i in range(1, len(query) + 1):
        start = time.perf_counter()
        screen._run_search(query[:i])
        repaint()
        times.append(time.perf_counter() - start)
        await pilot.pause()
    screen._run_search("")
    return times


async def interaction(steps: int) -> None:
    from tui.analysis.service import Analyzer
    from tui.app import make_app

    article = big_article()
    print(f"\ninteraction on a {article.word_count:,}-word article (120x40 headless)")
    t0 = time.perf_counter()
    analysis = Analyzer().analyze(article)
    print(f"  (analysis: {time.perf_counter() - t0:.1f} s, {len(analysis.actors)} actors, "
          f"{sum(a.count for a in analysis.actors)} mentions; cached for the run)")
    app = make_app(article)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, repaint = await analysed_screen(app, pilot)
        actor = max(screen.analysis.actors, key=lambda a: a.count)
        screen.select_actor(actor)
        await pilot.pause()

        jumps = []
        for _ in range(steps):
            start = time.perf_counter()
            screen.action_next_mention()
            repaint()
            jumps.append(time.perf_counter() - start)
            await pilot.pause()
        # keystroke to idle, through the real key path
        pressed = []
        for _ in range(min(steps, 30)):
            start = time.perf_counter()
            await pilot.press("n")
            pressed.append(time.perf_counter() - start)

        await pilot.press("slash")
        await pilot.pause()
        query = actor.name.split()[-1].lower()
        searches = []
        for _ in range(max(1, steps // len(query))):
            searches += await typed_searches(screen, repaint, pilot, query)
        typed = []
        screen.query_one("#search-input").value = ""
        for ch in query:
            start = time.perf_counter()
            await pilot.press(ch)
            typed.append(time.perf_counter() - start)

    ms = lambda xs: f"median {statistics.median(xs) * 1000:6.2f} ms, max {max(xs) * 1000:6.2f} ms"
    print(f"  mention jump (n), handler + repaint:      {ms(jumps)}  (target <= 50 ms)")
    print(f"  mention jump, key press to idle (pilot):  {ms(pressed)}")
    print(f"  search keystroke, handler + repaint:      {ms(searches)}  (target <= 50 ms)")
    print(f"  search keystroke, key press to idle:      {ms(typed)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--steps", type=int, default=100)
    args = parser.parse_args()
    startup(args.runs)
    with tempfile.TemporaryDirectory() as cache:
        os.environ["NEWSREADER_CACHE_DIR"] = cache
        asyncio.run(interaction(args.steps))


if __name__ == "__main__":
    main()
