"""Pilot tests for the reader bugs a review found: each fails without its fix."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import TabbedContent

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import DetailList, MentionPanel
from tui.widgets.quote_list import QuoteList

from .helpers import SEED, opened, settle, wait_for


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

    def counting(article, progress=None):
        calls.append(article.text)
        started.set()
        release.wait(60)  # the first analysis is still running when the article opens
        return real(article, progress)

    analyzer.analyze = counting  # type: ignore[method-assign]
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        await wait_for(pilot, started.is_set)
        # the help screen over the library suspends and resumes it (re-queues the article)
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
        await settle(app, pilot)
        first = library.entries[0].article
        assert screen.article.text == first.text
        assert calls.count(first.text) == 1, len(calls)


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


def pausing_analyzer(analyzer):
    """Wrap `analyzer.analyze`: the first analysis pauses halfway until `resume`
    is set; `ended` gets the exception each analysis ended with (None: finished)."""
    real = analyzer.analyze
    midway, resume, done = threading.Event(), threading.Event(), threading.Event()
    ended: list[BaseException | None] = []

    def analyze(article, progress=None):
        first = not midway.is_set()

        def watched(fraction):
            if first and 0 < fraction < 1 and not midway.is_set():
                midway.set()
                resume.wait(60)
            if progress is not None:
                progress(fraction)

        try:
            result = real(article, watched)
        except BaseException as exc:
            if first:
                ended.append(exc)
                done.set()
            raise
        if first:
            ended.append(None)
            done.set()
        return result

    analyzer.analyze = analyze  # type: ignore[method-assign]
    return midway, resume, done, ended


async def test_going_back_during_an_analysis_stops_it_quietly(analyzer, long_folder):
    from tui.screens.article import AnalysisCancelled
    from tui.screens.library import LibraryScreen

    analyzer.use_cache = False
    midway, resume, done, ended = pausing_analyzer(analyzer)
    app = make_app(long_folder / "long.txt", analyzer)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, midway.is_set)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        (worker,) = [w for w in app.workers if w.group == "analysis"]
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        resume.set()
        await wait_for(pilot, done.is_set, timeout=20)
        assert isinstance(ended[0], AnalysisCancelled)
        await wait_for(pilot, lambda: worker.is_finished, timeout=20)
        assert worker.is_cancelled
        await pilot.pause()
        assert not [n for n in app._notifications if n.severity == "error"]


@pytest.mark.parametrize("where", ["article", "library"])
async def test_quitting_during_an_analysis_stops_it(analyzer, long_folder, where):
    """Quitting from the article, or from the library that is analysing the
    article first, stops the analysis between chunks."""
    from tui.screens.article import AnalysisCancelled

    analyzer.use_cache = False
    midway, resume, done, ended = pausing_analyzer(analyzer)
    app = make_app(long_folder / "long.txt" if where == "article" else long_folder, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, midway.is_set)
        await pilot.press("q")
        await pilot.pause()
    resume.set()
    assert done.wait(20)
    assert isinstance(ended[0], AnalysisCancelled)


async def test_the_library_looks_up_the_cache_off_the_ui_thread(analyzer, small_library):
    from tui.screens.library import LibraryScreen

    async with opened(small_library / "02_african_free_trade_area.txt", analyzer):
        pass  # one article analysed and cached
    real = analyzer.cached
    on_ui_thread: list[str] = []

    def cached(article):
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.append(article.title)
        return real(article)

    analyzer.cached = cached  # type: ignore[method-assign]
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
