"""Pilot tests for the analysis in its own process: keys are answered whatever
spaCy is doing, the article the user opens goes before the library's
background analyses, and closing or quitting ends the work."""

from __future__ import annotations

import os
import time

from textual.widgets import DataTable

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen

from .helpers import wait_for
import threading
from pathlib import Path

import pytest

from tui.widgets.article_view import ArticleView

from .helpers import settle, still_running


def process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def wait_gone(pid: int, timeout: float = 1.0) -> bool:
    deadline = time.monotonic() + timeout
    while not process_gone(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def long_text(words: int) -> str:
    """An article of about `words` words made of the bundled samples' bodies."""
    from tui.resources import SAMPLES_DIR

    bodies = [p.read_text(encoding="utf-8").partition("\n\n")[2].strip() for p in sorted(SAMPLES_DIR.glob("*.txt"))]
    parts, i = ["A long article"], 0
    while sum(len(part.split()) for part in parts) < words:
        parts.append(bodies[i % len(bodies)])
        i += 1
    return "\n\n".join(parts) + "\n"


async def test_keys_are_answered_while_a_hostile_article_is_analysed(analyzer, tmp_path):
    """20 KB of '(' kept spaCy's tokenizer busy for a minute; in a thread of
    the reader it held the GIL and '?' waited for the whole analysis. Such runs
    are now tokenised in bounded pieces (pipeline.MAX_RUN) and take no time, so
    a long article after them keeps the worker busy while the keys are tried."""
    path = tmp_path / "parens.txt"
    path.write_text("Parentheses\n\n" + "(" * 20_000 + "\n\n" + long_text(12_000), encoding="utf-8")
    app = make_app(path, analyzer)
    process = app.analysis_process
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: process.busy and process.pid is not None)
        pid = process.pid
        # background work: the kernel runs the reader first when a key arrives
        own = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, pid) >= min(own + 1, 19)
        # and nothing on the screen animates meanwhile (a spinner repainted the
        # screen 16 times a second while the reader scrolled)
        assert [w for w in app.screen.query("*") if w.auto_refresh] == []
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), timeout=5)
        assert process.busy  # answered during the analysis, not after it
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen), timeout=5)
        await pilot.press("q")
        await pilot.pause()
    assert wait_gone(pid)  # quitting ended the analysis within a second


async def test_the_opened_article_goes_before_the_librarys_analysis(analyzer, tmp_path):
    """Issue: a short article waited for the library to finish a long one."""
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "a_long.txt").write_text(long_text(12_000), encoding="utf-8")
    (folder / "b_short.txt").write_text("Bridge opens\n\nMayor Jane Doe said the bridge opens on Monday.\n",
                                        encoding="utf-8")
    app = make_app(folder, analyzer)
    process = app.analysis_process
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await wait_for(pilot, lambda: len(library.entries) == 2)
        # the library is analysing the long article in the background
        await wait_for(pilot, lambda: process.busy and process.pid is not None)
        library_pid = process.pid
        table = library.query_one(DataTable)
        table.move_cursor(row=1)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        screen = app.screen
        assert screen.article.title == "Bridge opens"
        await wait_for(pilot, lambda: screen.analysis is not None)
        assert library.entries[0].analysis is None  # the long one did not go first
        assert wait_gone(library_pid)  # it was stopped for the opened article
        # and it runs again (a fresh worker) while the article is read
        await wait_for(pilot, lambda: process.busy and process.pid not in (None, library_pid))
        assert library.entries[0].analysis is None
        assert any(actor.name == "Jane Doe" for actor in screen.analysis.actors)


async def test_the_article_screen_looks_up_the_cache_off_the_ui_thread(analyzer):
    """The first frame waits for nothing but the text: the cache lookup runs in
    the analysis worker thread, and the sidebar is mounted after the text."""
    from tui.resources import SAMPLES_DIR

    from .helpers import lookups_on_ui_thread, open_article

    path = SAMPLES_DIR / "00_seed_putin_kim_pact.txt"
    app = make_app(path, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)  # analysed and cached
    on_ui_thread = lookups_on_ui_thread(analyzer)
    app = make_app(path, analyzer)
    jobs = app.analysis_process.jobs
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        assert screen.analysis is not None and screen.query("#sidebar") and screen.query("#detail")
    assert on_ui_thread == []
    assert app.analysis_process.jobs == jobs  # a cache hit: nothing ran


async def test_a_worker_that_dies_is_a_notice_and_the_next_analysis_works(analyzer, tmp_path):
    """The analysis process killed from outside (out of memory, a crash in spaCy):
    an in-app notice, the reader keeps running, and a fresh worker serves the next."""
    import signal

    from .helpers import open_article

    path = tmp_path / "long.txt"
    path.write_text(long_text(6_000), encoding="utf-8")
    analyzer.use_cache = False
    app = make_app(path, analyzer)
    process = app.analysis_process
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: process.busy and process.pid is not None)
        os.kill(process.pid, signal.SIGKILL)
        screen = app.screen
        await wait_for(pilot, lambda: screen.has_class("-failed"))
        notices = [str(n.message) for n in app._notifications]
        assert any("stopped unexpectedly" in n for n in notices), notices
        assert app.is_running
    small = tmp_path / "small.txt"
    small.write_text("Bridge opens\n\nMayor Jane Doe said the bridge opens on Monday.\n", encoding="utf-8")
    app = make_app(small, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        assert any(actor.name == "Jane Doe" for actor in screen.analysis.actors)


async def test_quitting_cancels_the_running_analysis_and_closes_the_fetcher(analyzer):
    """The app's unmount does both: a running job is stopped and the HTTP client
    closed (two `on_unmount` methods on one class once hid the first)."""
    app = make_app(None, analyzer)
    calls: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        process = app.analysis_process
        real = process.cancel_running
        process.cancel_running = lambda: calls.append("cancel") or real()  # type: ignore[method-assign]
        fetcher = app.fetcher()
        fetcher_close = fetcher.close
        fetcher.close = lambda: calls.append("close") or fetcher_close()  # type: ignore[method-assign]
    assert calls == ["cancel", "close"]
    del process.cancel_running


@pytest.fixture
def long_folder(tmp_path):
    """A folder with a multi-chunk article (analysis reports progress between chunks) and a small one."""
    from tui.analysis.pipeline import CHUNK_CHARS
    from tui.resources import SAMPLES_DIR

    bodies = [p.read_text(encoding="utf-8").partition("\n\n")[2].strip() for p in sorted(SAMPLES_DIR.glob("*.txt"))]
    parts, i = ["A long article"], 0
    while sum(map(len, parts)) < 4 * CHUNK_CHARS:
        parts.append(bodies[i % len(bodies)])
        i += 1
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    (folder / "small.txt").write_text("Bridge opens\n\nMayor Jane Doe said the bridge opens.\n", encoding="utf-8")
    return folder


async def midway(app, pilot):
    """Wait until the app's analysis process is in the middle of an analysis; its pid."""
    from textual.widgets import ProgressBar

    process = app.analysis_process
    await wait_for(pilot, lambda: process.busy and process.pid is not None
                   and any(0 < (bar.progress or 0) < 1 for bar in app.screen.query(ProgressBar)))
    return process.pid


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    """~30,000 words: the bundled articles repeated (many analysis chunks)."""
    from tui.resources import SAMPLES_DIR

    bodies = [p.read_text(encoding="utf-8").partition("\n\n")[2].strip() for p in sorted(SAMPLES_DIR.glob("*.txt"))]
    parts, words, i = ["A long article"], 0, 0
    while words < 30_000:
        parts.append(bodies[i % len(bodies)])
        words += len(bodies[i % len(bodies)].split())
        i += 1
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("use_cache", [True, False], ids=["cache", "no-cache"])
async def test_an_article_opened_while_the_library_analyses_it_is_analysed_once(analyzer, small_library, use_cache):
    analyzer.use_cache = use_cache
    real = analyzer.analyze
    calls: list[str] = []
    started, release = threading.Event(), threading.Event()

    def held(article, progress=None, **options):
        calls.append(article.text)
        started.set()
        release.wait(60)  # the first analysis is still running when the article opens
        return real(article, progress, **options)

    analyzer.analyze = held  # type: ignore[method-assign]
    app = make_app(small_library, analyzer)
    jobs_before = app.analysis_process.jobs
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        await wait_for(pilot, started.is_set)
        # the help screen over the library suspends and resumes it
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is library
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen))
        screen = app.screen
        release.set()
        await wait_for(pilot, lambda: screen.analysis is not None)
        await wait_for(pilot, lambda: all(e.analysis is not None for e in library.entries))
        first = library.entries[0].article
        assert screen.article.text == first.text
        # the library and the article both asked; the worker analysed it once
        assert calls.count(first.text) == 2
        assert app.analysis_process.jobs - jobs_before == len(library.entries)


async def test_going_back_during_an_analysis_stops_it_quietly(analyzer, long_folder):
    from tui.screens.library import LibraryScreen

    analyzer.use_cache = False
    app = make_app(long_folder / "long.txt", analyzer)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        pid = await midway(app, pilot)
        (worker,) = [w for w in app.workers if w.group == "analysis"]
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await wait_for(pilot, lambda: worker.is_finished, timeout=1)
        assert worker.is_cancelled
        await wait_for(pilot, lambda: process_gone(pid), timeout=1)  # its work ended with it
        await pilot.pause()
        assert not [n for n in app._notifications if n.severity == "error"]


@pytest.mark.parametrize("where", ["article", "library"])
async def test_quitting_during_an_analysis_stops_it(analyzer, long_folder, where):
    """Quitting from the article, or from the library that is analysing the
    long article, ends the analysis process's work within a second."""
    analyzer.use_cache = False
    app = make_app(long_folder / "long.txt" if where == "article" else long_folder, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        if where == "article":
            pid = await midway(app, pilot)
        else:
            await wait_for(pilot, lambda: app.analysis_process.busy and app.analysis_process.pid)
            pid = app.analysis_process.pid
        await pilot.press("q")
        await pilot.pause()
    deadline = time.monotonic() + 1
    while not process_gone(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process_gone(pid)


async def test_long_article_shows_text_at_once_progress_and_stays_responsive(analyzer, long_article):
    import asyncio
    import statistics
    import time

    from textual import events
    from textual.widgets import ProgressBar

    analyzer.use_cache = False
    app = make_app(long_article, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        article = screen.query_one(ArticleView)
        assert article.text == long_article.read_text(encoding="utf-8")  # the text is there before the analysis
        # the rest (and the analysis) come once the text is drawn
        await wait_for(pilot, lambda: screen.has_class("-analysing") or screen.analysis is not None)
        assert screen.analysis is None and screen.has_class("-analysing")
        bar = screen.query_one("#analysis-progress", ProgressBar)
        progress: list[float] = []
        latencies: list[float] = []
        while screen.analysis is None:
            progress.append(bar.progress or 0.0)
            # A key while the analysis runs: how long until the article has scrolled?
            key = "G" if article.scroll_y == 0 else "g"
            before = article.scroll_y
            start = time.perf_counter()
            app.post_message(events.Key(key, key))
            while article.scroll_y == before and screen.analysis is None:
                await asyncio.sleep(0.002)
            if screen.analysis is None:
                latencies.append(time.perf_counter() - start)
            await asyncio.sleep(0.1)
            assert time.perf_counter() < start + 300
        assert progress == sorted(progress), "progress went backwards"
        assert len({round(p, 2) for p in progress if 0 < p < 1}) >= 3, progress
        assert len(latencies) >= 10
        assert statistics.median(latencies) < 0.25, sorted(latencies)
        await settle(app, pilot)
        assert screen.analysis.actors
        assert not screen.has_class("-analysing")
        still_running(app)
