"""Pilot tests of the article screen as a whole: its layouts at each width, focus order,
the start (first frame, then the rest), the analysis status and its notices."""

from __future__ import annotations

import time

from textual.widgets import TabbedContent

from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.widgets.actor_sidebar import ActorSidebar
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import DetailList, MentionPanel
from tui.widgets.quote_list import QuoteList

from .helpers import SEED, open_article, opened, settle, spy_notices, wait_for


async def test_garbage_collection_held_off_for_the_start_is_back_on_after_it(analyzer):
    """`newsreader` starts with the cyclic collector off (cli.run_reader); the
    reader turns it back on once its first screen is complete, never later."""
    import gc

    gc.disable()
    try:
        app = make_app(SEED, analyzer)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_article(app, pilot)
            assert screen._ready and gc.isenabled()
            assert gc.get_freeze_count() > 0  # what the start made is not walked again
    finally:
        gc.enable()
        gc.unfreeze()


async def test_quitting_while_the_sidebar_mounts_is_no_crash(analyzer, monkeypatch):
    from tui.app import make_app
    from tui.screens.article import ArticleScreen

    side = ArticleScreen._side_widgets

    def side_then_quit(self):
        widgets = side(self)
        self.app.exit()  # the reader quits while these mount (a test ending early did this under load)
        return widgets

    monkeypatch.setattr(ArticleScreen, "_side_widgets", side_then_quit)
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(20):
            await pilot.pause(0.01)
    assert app.return_code == 0


async def test_escape_on_standard_input_is_no_dead_key_in_the_footer(analyzer):
    from tui.analysis.loading import load_bytes
    from tui.app import make_app

    article = load_bytes(b"# Jane Doe wins\n\nJane Doe won the **race** on Monday.\n", "-")
    assert "**" not in article.text and article.title == "Jane Doe wins"
    app = make_app(article, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        from .helpers import open_article

        from .helpers import rendered

        screen = await open_article(app, pilot)
        footer = lambda: rendered(app)[0].rstrip().split("\n")[-1]  # noqa: E731
        # nowhere to go back to: Escape is not offered (neither shown nor dimmed)
        assert screen.check_action("back", ()) is False
        assert "Back" not in footer() and "esc" not in footer().lower()
        await pilot.press("slash")
        await pilot.pause()
        assert screen.check_action("clear_search", ()) is True  # Esc clears the search (its own binding)
        assert "esc" in footer().lower()
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.searching and app.screen is screen
        assert "esc" not in footer().lower()
        await pilot.press("escape")  # does nothing, says nothing
        await pilot.pause()
        assert app.screen is screen and app.is_running and not app._notifications
        await pilot.press("ctrl+p")  # a dialog over the article: still no way back under it
        await pilot.pause()
        assert app.screen is not screen
        assert screen.check_action("back", ()) is False
        assert "Back" not in footer()


async def test_the_rest_of_the_article_screen_follows_the_drawn_text_without_polling(analyzer, monkeypatch):
    """The sidebar, detail and footer are mounted when the view says its text
    was drawn, not found by a timer looking every 10 ms: until then the
    screen sets only its one-second fallback and the short pause after it."""
    from tui.screens import article as article_module
    from tui.widgets.article_view import ArticleView

    delays: list[float] = []
    real = ArticleScreen.set_timer

    def set_timer(self, delay, *args, **kwargs):
        if not self._ready:
            delays.append(delay)
        return real(self, delay, *args, **kwargs)

    monkeypatch.setattr(ArticleScreen, "set_timer", set_timer)
    drawn: list[object] = []
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen) and app.screen._ready)
        screen = app.screen
        assert screen.query_one(ArticleView).text_drawn
        assert sorted(delays) == [article_module.FIRST_FRAME_PAUSE, article_module.TEXT_DRAWN_LIMIT]
        screen.query_one(ArticleView).post_message(ArticleView.TextDrawn())  # a late one changes nothing
        await pilot.pause()
        drawn.append(len(screen.query("#sidebar")))
    assert drawn == [1]


async def test_the_footer_follows_a_resize_across_the_narrow_layout(analyzer):
    """Opened at 120 columns and made 80 wide, the footer drops "^p Commands"
    as it does when opened at 80 (it stayed, drawn over "? Help"); and back."""
    from .helpers import rendered

    def footer() -> str:
        return rendered(app)[0].rstrip("\n").split("\n")[-1]

    async with opened(SEED, analyzer, size=(120, 40)) as (app, pilot, screen):
        assert "^p" in footer() and "? Help" in footer()
        await pilot.resize_terminal(80, 24)
        # (a footer drawn blank mid-relayout, on a loaded machine, is not the answer yet)
        await wait_for(pilot, lambda: "^p" not in footer() and footer().strip(), timeout=5)
        assert "? Help" in footer() or "?Help" in footer().replace(" ", "")
        await pilot.resize_terminal(120, 40)
        await wait_for(pilot, lambda: "^p" in footer(), timeout=5)


async def test_the_analysis_status_says_what_is_done_and_shows_no_100_percent_while_it_goes_on(analyzer):
    """The bar measures the parse only: once it is full the status says the
    actors and quotes are being found, with no percentage claiming the end."""
    from textual.widgets import ProgressBar

    from tui.app import make_app
    from tui.screens.article import FINDING, PARSING

    from .helpers import rendered, wait_for

    real = analyzer.analyze

    def held(article, progress, **kwargs):  # each phase lasts long enough to be seen on a fast machine
        def report(fraction: float) -> None:
            progress(fraction)
            if fraction >= 1.0:
                time.sleep(0.3)
        time.sleep(0.3)
        return real(article, report, **kwargs)

    analyzer.analyze = held
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.has_class("-analysing") or screen.analysis is not None)
        assert screen.analysis is None  # a throw-away cache: analysed now
        seen: set[str] = set()
        while screen.analysis is None:
            seen.add(str(screen.query_one("#analysis-message").render()))
            if str(screen.query_one("#analysis-message").render()) == FINDING:
                assert screen.query_one("#analysis-progress", ProgressBar).percentage == 1.0
                assert "100%" not in rendered(app)[0]
            await pilot.pause(0.02)
        assert FINDING in seen and seen <= {"Analysing…", PARSING, FINDING}


async def test_an_article_without_actors_or_quotes_says_so_for_every_key_that_needs_them(analyzer, tmp_path):
    """e writes no empty export file; x and s say what is missing rather than
    asking the reader to go to a mention or select a quote that do not exist."""
    from textual.screen import ModalScreen

    from tui.paths import data_dir

    path = tmp_path / "bridge.txt"
    path.write_text("Bridge closed\n\nThe bridge over the river closed on Monday for repairs.\n", encoding="utf-8")
    async with opened(path, analyzer) as (app, pilot, screen):
        assert not screen.analysis.actors and not screen.analysis.quotes
        notices = spy_notices(app)
        for key, expected in (("e", "No quotes in this article to export."),
                              ("s", "No quotes in this article."),
                              ("x", "No actors in this article.")):
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, ModalScreen), key
            assert notices[-1] == expected
        assert not (data_dir() / "exports").exists() or not any((data_dir() / "exports").iterdir())


async def test_narrow_terminal(analyzer):
    async with opened(SEED, analyzer, size=(80, 24)) as (app, pilot, screen):
        assert screen.has_class("-narrow")
        view = screen.query_one(ArticleView)
        sidebar = screen.query_one(ActorSidebar)
        panel = screen.query_one(MentionPanel)
        for widget in (view, sidebar, panel):
            region = widget.region
            assert region.width >= 20 and region.height >= 5, widget
            assert region.right <= 80 and region.bottom <= 24
        assert view.region.width >= 40  # the article stays readable
        sidebar.focus()
        await pilot.press("enter", "n")
        await pilot.pause()
        actor = screen.selected
        assert actor is not None
        assert view.current == (actor.mentions[0].start, actor.mentions[0].end)
        assert f"{actor.count} mention" in panel.header_text


async def test_resize_switches_layout(analyzer):
    async with opened(SEED, analyzer, size=(160, 50)) as (app, pilot, screen):
        assert screen.has_class("-wide")
        sidebar, panel = screen.query_one("#sidebar"), screen.query_one(MentionPanel)
        assert sidebar.region.y == panel.region.y  # side by side
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert screen.has_class("-medium")
        assert panel.region.y > sidebar.region.y  # stacked


async def test_a_broken_analysis_is_a_notification(tmp_path, monkeypatch):
    from tui.analysis.service import Analyzer

    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(tmp_path / "cache"))
    broken = Analyzer(model="no_such_model_installed", use_cache=False)
    app = make_app(SEED, broken)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        # (the analysis starts once the first frame is out)
        await wait_for(pilot, lambda: screen.has_class("-failed"))
        assert any("Analysis failed" in str(n.message) for n in app._notifications)
        assert app.is_running
        assert screen.query_one(ArticleView).text  # the text is still there


async def test_tab_cycles_article_list_detail_without_the_tab_bar(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        view, sidebar = screen.query_one(ArticleView), screen.query_one(ActorSidebar)
        detail = screen.query_one(DetailList)
        assert view.has_focus
        for expected in (sidebar, detail, view):
            await pilot.press("tab")
            await pilot.pause()
            assert app.focused is expected, app.focused
        for expected in (detail, sidebar, view):
            await pilot.press("shift+tab")
            await pilot.pause()
            assert app.focused is expected, app.focused
        # the quotes tab: Tab reaches the quote list instead of the actors
        await pilot.press("t")
        view.focus()
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is screen.query_one(QuoteList)
        # a click on a tab still switches it
        await pilot.click("#tabs Tab#--content-tab-tab-actors")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "tab-actors"


async def test_cache_warnings_are_notified_once(tmp_path, monkeypatch, small_library):
    from tui.analysis.service import Analyzer

    blocker = tmp_path / "blocker"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(blocker / "cache"))  # no cache can live there
    analyzer = Analyzer()
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        library = app.screen
        await wait_for(pilot, lambda: library.entries and all(e.analysis is not None or e.error
                                                              for e in library.entries))
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        warnings = analyzer.warnings
        assert len(warnings) == 1
        shown = [n for n in app._notifications if n.severity == "warning"]
        assert [n.message for n in shown] == warnings
        assert not shown[0].markup
        app.show_analyzer_warnings()
        assert len([n for n in app._notifications if n.severity == "warning"]) == 1
