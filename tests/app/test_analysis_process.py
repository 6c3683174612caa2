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
