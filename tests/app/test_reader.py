"""Pilot tests of every reader flow, with the real analysis."""

from __future__ import annotations

from textual.widgets import DataTable, TabbedContent

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
from tui.widgets.types import type_label

from .helpers import SEED, opened, region_text, settle, wait_for


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
        # uncached: the loading indicator is up once the sidebar is there and the
        # analysis process is at work (the text came first, before either)
        await wait_for(pilot, lambda: screen.has_class("-analysing") or screen.analysis is not None)
        if screen.analysis is None:
            assert screen.query_one("#analysis-status").display
        await wait_for(pilot, lambda: screen.analysis is not None)
        await pilot.pause()
        assert not screen.has_class("-analysing")
        assert not screen.query_one("#analysis-status").display


async def test_selecting_an_actor_fills_the_detail(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
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
        assert actor.name in header and type_label(actor.type) in header
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
    async with opened(SEED, analyzer) as (app, pilot, screen):
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
    async with opened(SEED, analyzer) as (app, pilot, screen):
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
    async with opened(SEED, analyzer) as (app, pilot, screen):
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
    async with opened(SEED, analyzer) as (app, pilot, screen):
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
    async with opened(SEED, analyzer) as (app, pilot, _screen):
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
    async with opened(SEED, analyzer) as (app, pilot, screen):
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


async def test_command_palette_goes_to_an_actor(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
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
    async with opened(SEED, analyzer) as (app, pilot, _screen):
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme: textual-light")
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


def _mention_cell(view: ArticleView, offset: int) -> tuple[int, int]:
    """Screen (x, y) of the character at `offset` in the article pane."""
    location = view.document.get_location_from_index(offset)
    x, y = view.wrapped_document.location_to_offset(location)
    region = view.content_region
    return region.x + x - int(view.scroll_x) + view.gutter_width, region.y + y - int(view.scroll_y)


async def test_clicking_a_mention_in_the_article_selects_its_actor_at_that_mention(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        view = screen.query_one(ArticleView)
        actor = screen.analysis.actors[1]
        # a mention of this actor that is on screen without scrolling
        height = view.scrollable_content_region.height
        index, mention = next((i, m) for i, m in enumerate(actor.mentions)
                              if 0 < _mention_cell(view, m.start)[1] - view.content_region.y < height)
        await pilot.press("t")  # from the quotes tab: the click brings back the actors
        x, y = _mention_cell(view, mention.start)
        top = view.scroll_y
        await pilot.click(offset=(x + 1, y))
        await pilot.pause()
        assert screen.selected == actor
        assert screen.query_one(TabbedContent).active == "tab-actors"
        sidebar = screen.query_one(ActorSidebar)
        assert sidebar.highlighted_option is not None and sidebar.highlighted_option.id == actor.id
        panel = screen.query_one(MentionPanel)
        assert panel.actor == actor
        assert f"{index + 1}/{actor.count}" in panel.header_text
        assert panel.query_one(DetailList).highlighted_option.id == f"m{index}"
        assert view.current == (mention.start, mention.end)
        assert view.scroll_y == top  # a click marks the mention, it does not scroll away
        # n continues from the clicked mention
        await pilot.press("n")
        await pilot.pause()
        following = actor.mentions[(index + 1) % actor.count]
        assert view.current == (following.start, following.end)

        # a click on plain text (no mention) leaves the selection alone
        plain = next(i for i, ch in enumerate(screen.analysis.text)
                     if ch.isalpha() and view.mention_at(i) is None
                     and 0 < _mention_cell(view, i)[1] - view.content_region.y < height)
        x, y = _mention_cell(view, plain)
        await pilot.click(offset=(x, y))
        await pilot.pause()
        assert screen.selected == actor and view.current == (following.start, following.end)


async def test_enter_on_a_mention_in_the_article_selects_its_actor(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        view = screen.query_one(ArticleView)
        actor = max(screen.analysis.actors, key=lambda a: a.count)
        last = actor.count - 1
        mention = actor.mentions[last]
        view.focus()
        view.jump_to(mention.start + 1, mention.start + 1)  # the cursor inside the mention
        await pilot.press("enter")
        await pilot.pause()
        assert screen.selected == actor
        assert view.current == (mention.start, mention.end)
        assert f"{actor.count}/{actor.count}" in screen.query_one(MentionPanel).header_text
        assert view.text == screen.article.text  # read-only: Enter inserted nothing


async def test_the_detail_header_keeps_its_spacing_at_every_width(analyzer):
    for size in ((80, 24), (120, 40), (160, 50)):
        async with opened(SEED, analyzer, size=size) as (app, pilot, screen):
            actor = max(screen.analysis.actors, key=lambda a: a.count)
            screen.select_actor(actor, jump=1)
            await pilot.pause()
            panel = screen.query_one(MentionPanel)
            lines = [line.strip("│▏ ") for line in region_text(app, panel.query_one("#detail-heading"))]
            shown = " ".join(line for line in lines if line)
            assert f"{actor.count} mentions" in shown, (size, lines)
            assert f"2/{actor.count}" in shown, (size, lines)
            assert f"mentions2/{actor.count}" not in shown, (size, lines)
            # the position is its own cell, apart from the count
            position = panel.query_one("#detail-position")
            header = panel.query_one("#detail-header")
            assert position.region.width and position.region.x >= header.region.right


async def test_actor_dots_follow_a_theme_switch(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        sidebar = screen.query_one(ActorSidebar)

        def dot_colour():
            option = next(o for o in sidebar.options if o.id and not o.id.startswith("group:"))
            return option.prompt.spans[0].style.foreground

        def expected():
            sidebar.notify_style_update()
            return sidebar.get_visual_style("actor-sidebar--person", partial=True).foreground

        dark = dot_colour()
        assert dark == expected()
        app.theme = "textual-light"
        await wait_for(pilot, lambda: dot_colour() != dark)
        assert dot_colour() == expected()


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


async def test_a_long_article_is_wrapped_once_per_width_and_its_text_never_joined_per_row(
        analyzer, tmp_path, monkeypatch):
    """A 17 MB article left the terminal blank for ~20 s: TextArea joined the
    whole document on every row drawn, built it twice, summed every line's
    wraps for every row, and wrapped it all again on each resize (a height
    change too) and when its scrollbar appeared. Now: one wrap per width."""
    from textual.document._document import Document
    from textual.widgets.text_area import WrappedDocument

    from tui.app import make_app
    from tui.screens.article import ArticleScreen
    from tui.widgets.article_view import ArticleView

    body = SEED.read_text(encoding="utf-8").partition("\n")[2].strip()
    path = tmp_path / "long.txt"
    path.write_text("A long article\n\n" + "\n\n".join([body] * 40) + "\n", encoding="utf-8")
    widths: list[int] = []
    joins = []
    real_wrap, real_text = WrappedDocument.wrap, Document.text

    def wrap(self, width, tab_width=None):
        if width:
            widths.append(width)
        return real_wrap(self, width, tab_width)

    def text(self):
        joins.append(1)
        return real_text.fget(self)

    monkeypatch.setattr(WrappedDocument, "wrap", wrap)
    monkeypatch.setattr(Document, "text", property(text))
    app = make_app(path, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleScreen) and app.screen._ready)
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert len(widths) == 1 and widths[0] == view.wrap_width
        assert view.wrapped_document.height == sum(len(o) + 1 for o in view.wrapped_document._wrap_offsets)
        assert view.text == "\n".join(view.document.lines)
        joins.clear()
        await pilot.press("pagedown", "pagedown", "G")
        await pilot.pause()
        assert not joins  # (rows drawn without joining the document)
        await pilot.resize_terminal(120, 30)  # a height change: no wrap
        await pilot.pause()
        assert len(widths) == 1
        await pilot.resize_terminal(100, 30)  # a new width: one wrap
        await pilot.pause()
        assert len(widths) == 2 and widths[1] == view.wrap_width
