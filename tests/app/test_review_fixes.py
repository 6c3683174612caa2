"""Pilot tests for the reader bugs a review found: each fails without its fix."""

from __future__ import annotations

import os
import threading
import time

import pytest
from textual.widgets import TabbedContent

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import DetailList, MentionPanel
from tui.widgets.quote_list import QuoteList

from .helpers import SEED, lookups_on_ui_thread, opened, wait_for


async def test_n_and_N_after_choosing_a_quote_with_a_speaker(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        quotes = screen.analysis.quotes
        index = next(i for i, quote in enumerate(quotes) if quote.speaker)
        quote = quotes[index]
        await pilot.press("t")
        quote_list = screen.query_one(QuoteList)
        quote_list.focus()
        quote_list.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        speaker = screen.analysis.actor_by_id[quote.speaker]
        panel = screen.query_one(MentionPanel)
        assert screen.selected == speaker and panel.actor == speaker
        detail = panel.query_one(DetailList)
        # the chosen quote is highlighted among the speaker's quotes
        highlighted = detail.get_option_at_index(detail.highlighted)
        assert highlighted.id and highlighted.id.startswith("q")
        assert panel._quotes[int(highlighted.id[1:])] == quote

        view = screen.query_one(ArticleView)
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        first = speaker.mentions[0]
        assert view.current == (first.start, first.end)
        assert detail.get_option_at_index(detail.highlighted).id == "m0"
        await pilot.press("N")
        await pilot.pause()
        assert app.is_running
        last = speaker.mentions[-1]
        assert view.current == (last.start, last.end)
        assert detail.get_option_at_index(detail.highlighted).id == f"m{len(speaker.mentions) - 1}"
        assert screen.query_one(TabbedContent).active == "tab-quotes"


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


def process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


async def midway(app, pilot):
    """Wait until the app's analysis process is in the middle of an analysis; its pid."""
    from textual.widgets import ProgressBar

    process = app.analysis_process
    await wait_for(pilot, lambda: process.busy and process.pid is not None
                   and any(0 < (bar.progress or 0) < 1 for bar in app.screen.query(ProgressBar)))
    return process.pid


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


async def test_the_library_looks_up_the_cache_off_the_ui_thread(analyzer, small_library):
    from tui.screens.library import LibraryScreen

    async with opened(small_library / "02_african_free_trade_area.txt", analyzer):
        pass  # one article analysed and cached
    on_ui_thread = lookups_on_ui_thread(analyzer)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await wait_for(pilot, lambda: library.entries and all(e.analysis is not None for e in library.entries))
        assert on_ui_thread == []
        cached_entry = library.entries[0]
        assert cached_entry.analysis.actors[0].name in str(library.query_one("DataTable").get_cell("0", "actors"))


async def test_closing_or_submitting_the_search_does_not_search_again(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        real = screen._run_search
        queries: list[str] = []

        def run_search(query):
            queries.append(query)
            real(query)

        screen._run_search = run_search
        await pilot.press("slash", "k", "i")
        await pilot.pause()
        assert queries[-2:] == ["k", "ki"]
        searched = len(queries)
        await pilot.press("escape")  # closes the search (and empties the input)
        await pilot.pause()
        assert not screen.searching and len(queries) == searched

        await pilot.press("slash", "k", "i", "m")
        await pilot.pause()
        searched = len(queries)
        await pilot.press("enter")  # selects the best match, closes the search
        await pilot.pause()
        assert not screen.searching and screen.selected is not None and "Kim" in screen.selected.name
        assert len(queries) == searched


async def test_enter_after_scrolling_picks_the_first_visible_mention(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        view = screen.query_one(ArticleView)
        view.focus()
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        top, height = view.scroll_offset.y, view.scrollable_content_region.height
        assert top > 0

        def row(offset: int) -> int:
            return view.wrapped_document.location_to_offset(view.document.get_location_from_index(offset)).y

        assert not top <= row(view.document.get_index_from_location(view.selection.end)) < top + height
        await pilot.press("enter")
        await pilot.pause()
        assert screen.selected is not None and view.current is not None
        start = view.current[0]
        assert top <= row(start) < top + height  # on screen, nothing scrolled
        assert view.scroll_offset.y == top
        starts = [m.start for actor in screen.analysis.actors for m in actor.mentions]
        assert all(row(s) < top for s in starts if s < start)  # the first one shown
        # Enter again stays on it
        await pilot.press("enter")
        await pilot.pause()
        assert view.current[0] == start
