"""Pilot tests of every reader flow, with the real analysis."""

from __future__ import annotations

from textual.widgets import DataTable, Input, TabbedContent

from tui.analysis.loading import load_article
from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.widgets.actor_sidebar import ActorSidebar
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import DetailList, MentionPanel
from tui.widgets.quote_list import QuoteList
from tui.widgets.search_bar import SearchBar

from .helpers import SEED, settle, wait_for


async def open_seed(pilot, app) -> ArticleScreen:
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, ArticleScreen)
    await wait_for(pilot, lambda: screen.analysis is not None)
    await pilot.pause()
    return screen


async def test_library_opens_an_article_and_escape_returns(analyzer, small_library):
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        table = library.query_one(DataTable)
        assert table.row_count == 2
        # top three actors appear once the background analysis is done
        await wait_for(pilot, lambda: all(e.analysis is not None or e.error for e in library.entries))
        first = library.entries[0]
        assert first.analysis is not None and first.analysis.actors
        cell = str(table.get_cell("0", "actors"))
        assert first.analysis.actors[0].name in cell
        assert str(table.get_cell("0", "words")).replace(",", "") == str(first.article.word_count)

        await pilot.press("down", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.article.text == library.entries[1].article.text
        assert screen.query_one(ArticleView).text == screen.article.text
        # analysed in the library already: the actors are there at once
        assert screen.analysis is not None

        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is library


async def test_article_text_shows_before_the_analysis(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        view = screen.query_one(ArticleView)
        assert view.text == load_article(SEED).text
        if screen.analysis is None:  # uncached: the loading indicator is up
            assert screen.has_class("-analysing")
            assert screen.query_one("#analysis-status").display
        await wait_for(pilot, lambda: screen.analysis is not None)
        await pilot.pause()
        assert not screen.has_class("-analysing")
        assert not screen.query_one("#analysis-status").display


async def test_selecting_an_actor_fills_the_detail(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_seed(pilot, app)
        sidebar = screen.query_one(ActorSidebar)
        sidebar.focus()
        await pilot.pause()
        # the first listed actor is highlighted; Enter selects it
        await pilot.press("enter")
        await pilot.pause()
        actor = sidebar.shown[0]
        assert screen.selected == actor
        panel = screen.query_one(MentionPanel)
        header = panel.header_text
        assert actor.name in header and actor.type in header
        assert f"{actor.count} mention" in header
        mentions = [o for o in panel.query_one(DetailList).options if (o.id or "").startswith("m")]
        assert len(mentions) == actor.count

        # j/k move in the list; selecting a second actor with the mouse works too
        await pilot.press("j", "j")
        second = sidebar.highlighted_option
        assert second is not None and second.id != actor.id
        await pilot.press("enter")
        await pilot.pause()
        assert screen.selected is not None and screen.selected.id == second.id


async def test_next_and_previous_mention_move_highlight_and_scroll(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_seed(pilot, app)
        view = screen.query_one(ArticleView)
        # the actor whose mentions spread furthest through the text
        actor = max((a for a in screen.analysis.actors if a.count >= 3),
                    key=lambda a: a.mentions[-1].start - a.mentions[0].start)
        assert actor.count >= 3
        screen.select_actor(actor)
        await pilot.pause()
        panel = screen.query_one(MentionPanel)

        await pilot.press("n")
        await pilot.pause()
        first = actor.mentions[0]
        assert view.current == (first.start, first.end)
        assert f"1/{actor.count}" in panel.header_text

        # N from the first wraps to the last, far down the article: the view scrolls
        top = view.scroll_y
        await pilot.press("N")
        await pilot.pause()
        last = actor.mentions[-1]
        assert view.current == (last.start, last.end)
        assert f"{actor.count}/{actor.count}" in panel.header_text
        assert view.scroll_y > top
        row = view.wrapped_document.location_to_offset(view.document.get_location_from_index(last.start)).y
        assert view.scroll_y <= row < view.scroll_y + view.scrollable_content_region.height

        # n wraps forward again to the first mention and scrolls back up
        bottom = view.scroll_y
        await pilot.press("n")
        await pilot.pause()
        assert view.current == (first.start, first.end)
        assert view.scroll_y < bottom

        # n works from the sidebar and from the detail list as well
        for widget in (screen.query_one(ActorSidebar), panel.query_one(DetailList)):
            widget.focus()
            await pilot.press("n")
            await pilot.pause()
        second_next = actor.mentions[2]
        assert view.current == (second_next.start, second_next.end)


async def test_choosing_a_mention_in_the_detail_jumps(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_seed(pilot, app)
        actor = max(screen.analysis.actors, key=lambda a: a.count)
        screen.select_actor(actor)
        await pilot.pause()
        detail = screen.query_one(DetailList)
        detail.focus()
        detail.highlighted = detail.get_option_index(f"m{actor.count - 1}")
        await pilot.press("enter")
        await pilot.pause()
        last = actor.mentions[-1]
        assert screen.query_one(ArticleView).current == (last.start, last.end)
        assert f"{actor.count}/{actor.count}" in screen.query_one(MentionPanel).header_text


async def test_search_narrows_the_sidebar_and_enter_selects(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_seed(pilot, app)
        sidebar = screen.query_one(ActorSidebar)
        everyone = len(sidebar.shown)
        target = screen.analysis.actors[0]
        query = target.name.split()[-1][:5].lower()

        await pilot.press("slash")
        await pilot.pause()
        search_input = screen.query_one(SearchBar).input
        assert search_input.has_focus
        await pilot.press(*query)
        await pilot.pause()
        assert search_input.value == query
        shown = sidebar.shown
        assert 0 < len(shown) < everyone
        assert target in shown
        for actor in shown:  # every listed actor matches by name or alias
            names = " ".join((actor.name, *actor.aliases)).lower()
            assert query[:3] in names or len(query) >= 3
        view = screen.query_one(ArticleView)
        matches = sum(len(v) for v in view._search_spans.values())
        assert matches == screen.article.text.lower().count(query)
        status = str(screen.query_one("#search-status").content)
        assert f"{matches} in text" in status

        await pilot.press("enter")
        await pilot.pause()
        assert screen.selected == shown[0]
        assert view.current == (shown[0].mentions[0].start, shown[0].mentions[0].end)
        assert len(sidebar.shown) == everyone  # the search is closed

        # Escape clears a search
        await pilot.press("slash", "z", "z", "q")
        await pilot.pause()
        assert len(sidebar.shown) < everyone
        await pilot.press("escape")
        await pilot.pause()
        assert len(sidebar.shown) == everyone
        assert search_input.value == ""
        assert not view._search_spans
        assert not screen.has_class("-searching")


async def test_quote_jump(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_seed(pilot, app)
        quotes = screen.analysis.quotes
        assert quotes
        await pilot.press("t")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "tab-quotes"
        quote_list = screen.query_one(QuoteList)
        quote_list.focus()
        await pilot.press("G", "enter")
        await pilot.pause()
        last = quotes[-1]
        view = screen.query_one(ArticleView)
        assert view.current == (last.start, last.end)
        assert view.scroll_y > 0
        header = screen.query_one(MentionPanel).header_text
        if last.speaker:
            assert screen.selected is not None and screen.selected.id == last.speaker
            assert screen.selected.name in header
        # a click on the first quote jumps back up
        await pilot.press("g")
        await pilot.pause()
        await pilot.click(QuoteList, offset=(4, 0))
        await pilot.pause()
        assert view.current == (quotes[0].start, quotes[0].end)


async def test_help_screen_lists_the_bindings(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_seed(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.content) for w in app.screen.query("Static"))
        for needle in ("next mention", "previous mention", "Search", "highlight", "Quit", "Command palette"):
            assert needle.lower() in text.lower(), needle
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_highlight_toggle(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_seed(pilot, app)
        view = screen.query_one(ArticleView)
        mention = screen.analysis.actors[0].mentions[0]
        row, col = view.document.get_location_from_index(mention.start)
        coloured = view.get_line(row).get_style_at_offset(app.console, col)
        await pilot.press("h")
        await pilot.pause()
        assert view.show_highlights is False
        plain = view.get_line(row).get_style_at_offset(app.console, col)
        assert coloured != plain


async def test_narrow_terminal(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_seed(pilot, app)
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
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await open_seed(pilot, app)
        assert screen.has_class("-wide")
        sidebar, panel = screen.query_one("#sidebar"), screen.query_one(MentionPanel)
        assert sidebar.region.y == panel.region.y  # side by side
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert screen.has_class("-medium")
        assert panel.region.y > sidebar.region.y  # stacked


async def test_command_palette_goes_to_an_actor(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_seed(pilot, app)
        actor = screen.analysis.actors[1]
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*f"go to actor {actor.name}")
        await wait_for(pilot, lambda: app.screen.query("CommandList").first().option_count > 0)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.selected is not None)
        assert screen.selected == actor
        assert screen.query_one(ArticleView).current == (actor.mentions[0].start, actor.mentions[0].end)


async def test_theme_switch_from_the_palette(analyzer):
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_seed(pilot, app)
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme: light")
        await wait_for(pilot, lambda: app.screen.query("CommandList").first().option_count > 0)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.theme == "textual-light")


async def test_a_broken_analysis_is_a_notification(tmp_path, monkeypatch):
    from tui.analysis.service import Analyzer

    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(tmp_path / "cache"))
    broken = Analyzer(model="no_such_model_installed", use_cache=False)
    app = make_app(SEED, broken)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.has_class("-failed")
        assert any("Analysis failed" in str(n.message) for n in app._notifications)
        assert app.is_running
        assert screen.query_one(ArticleView).text  # the text is still there
