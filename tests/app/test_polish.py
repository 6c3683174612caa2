"""Pilot tests of the reader's polish: legible highlights, focus kept, the
previous selection cleared, one theme picker offering legible themes only."""

from __future__ import annotations

import pytest
from textual.color import Color

from tui.themes import AA, contrast
from tui.widgets.actor_sidebar import ActorSidebar
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import MentionPanel
from tui.widgets.quote_list import QuoteList

from .helpers import SEED, opened, wait_for


def _pair(widget, name: str) -> tuple[Color, Color]:
    style = widget.get_component_rich_style(name)
    return Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_every_highlight_in_the_running_app_reaches_aa(analyzer, theme):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        app.theme = theme
        await pilot.pause()
        view = screen.query_one(ArticleView)
        view._styles.clear()
        backgrounds = [Color.from_rich_color(view.rich_style.bgcolor), _pair(view, "article-view--quote")[1]]
        for group in ("person", "org", "place", "group", "other"):
            fg = Color.from_rich_color(view.get_component_rich_style(f"article-view--{group}").color)
            for bg in backgrounds:
                assert contrast(fg, bg) >= AA, (theme, group)
        pairs = {name: _pair(view, f"article-view--{name}") for name in ("current", "selected", "search")}
        for name, (fg, bg) in pairs.items():
            assert contrast(fg, bg) >= AA, (theme, name)
        # the current mention, the selected actor's mentions and search hits look different
        assert len({bg.hex for _, bg in pairs.values()}) == 3


async def test_t_keeps_the_focus_in_the_sidebar(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        screen.query_one(ActorSidebar).focus()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.focused, QuoteList)
        await pilot.press("j", "t")
        await pilot.pause()
        assert isinstance(app.focused, ActorSidebar)
        # from the article or the detail too, the focus goes to the list shown:
        # j and Enter then walk it (they scrolled the text before)
        screen.query_one(ArticleView).focus()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.focused, QuoteList)
        before = app.focused.highlighted
        await pilot.press("j")
        await pilot.pause()
        assert app.focused.highlighted != before
        screen.query_one(MentionPanel).query_one("DetailList").focus()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.focused, ActorSidebar)


async def test_selecting_another_actor_clears_the_previous_highlight(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        view = screen.query_one(ArticleView)
        first, second = screen.analysis.actors[:2]
        screen.select_actor(first)
        await pilot.press("n")
        await pilot.pause()
        assert view.current == (first.mentions[0].start, first.mentions[0].end)
        sidebar = screen.query_one(ActorSidebar)
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index(second.id)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.selected == second
        assert view.current is None
        marked = {(line, s, e) for line, spans in view._selected_spans.items() for s, e, _ in spans}
        assert len(marked) >= second.count


async def test_the_palette_offers_one_theme_picker_with_legible_themes_only(analyzer):
    async with opened(SEED, analyzer) as (app, pilot, screen):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await wait_for(pilot, lambda: app.screen.query("CommandList").first().option_count > 0)
        await pilot.pause(0.3)
        prompts = [str(o.prompt) for o in app.screen.query_one("CommandList").options]
        assert any("textual-light" in p for p in prompts)
        assert not any("ansi" in p for p in prompts)
        assert not any("Change the current theme" in p for p in prompts)


async def test_pagedown_on_a_600k_cjk_paragraph_renders_bounded_lines(monkeypatch):
    """The work per PageDown is bounded: every document line the view renders
    is at most MAX_DISPLAY_LINE cells, and offsets still map to the article."""
    from rich.cells import cell_len
    from textual.app import App

    from tui.analysis.model import Article
    from tui.widgets.article_view import MAX_DISPLAY_LINE

    paragraph = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(600_000))
    text = "标题\n\n" + paragraph + "\n"
    article = Article(text=text, title="标题", source="cjk.txt")
    rendered_cells: list[int] = []
    real_get_line = ArticleView.get_line

    def counting_get_line(self, line_index):
        line = real_get_line(self, line_index)
        rendered_cells.append(cell_len(line.plain))
        return line

    monkeypatch.setattr(ArticleView, "get_line", counting_get_line)

    class Bare(App):
        def compose(self):
            yield ArticleView(article, id="article")

    app = Bare()
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        view.focus()
        for _ in range(5):
            await pilot.press("pagedown")
        await pilot.pause()
        assert view.scroll_y > 0
        assert rendered_cells and max(rendered_cells) <= MAX_DISPLAY_LINE
        # the text on screen maps back to the article's own offsets
        first, end = view.visible_span()
        assert 0 < first < end <= len(text)
        view.jump_to(500_000, 500_001)
        await pilot.pause()
        assert view.current == (500_000, 500_001)
        doc = view.document.get_index_from_location(view.selection.end)
        assert view.to_article(doc) == 500_000
        assert view.text[doc] == text[500_000]


async def test_enter_then_n_walks_the_text_matches_of_a_search_without_actors(analyzer):
    from tui.widgets.search_bar import SearchBar

    async with opened(SEED, analyzer) as (app, pilot, screen):
        word = "summit"  # a plain word of the article, no actor's name
        expected = [i for i in range(len(screen.article.text)) if screen.article.text.lower().startswith(word, i)]
        assert len(expected) >= 2
        await pilot.press("slash", *word, "enter")
        await pilot.pause()
        view = screen.query_one(ArticleView)
        assert view.current == (expected[0], expected[0] + len(word))
        status = str(screen.query_one("#search-status").content)
        assert f"1/{len(expected)}" in status
        assert not app._notifications or "No actor" not in str(list(app._notifications)[-1].message)
        await pilot.press("n")
        await pilot.pause()
        assert view.current == (expected[1], expected[1] + len(word))
        await pilot.press("N", "N")
        await pilot.pause()
        assert view.current == (expected[-1], expected[-1] + len(word))
        assert f"{len(expected)}/{len(expected)}" in str(screen.query_one("#search-status").content)
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.searching and isinstance(screen.query_one(SearchBar), SearchBar)


async def test_enter_in_a_short_article_picks_the_mention_nearest_the_top(analyzer, tmp_path):
    from tui.widgets.mention_panel import MentionPanel

    short = tmp_path / "short.txt"
    short.write_text("Talks resume\n\nThe weather was mild when Jane Doe arrived in Paris on Monday.\n",
                     encoding="utf-8")
    async with opened(short, analyzer) as (app, pilot, screen):
        if not screen.analysis.actors:
            pytest.skip("the model found no actor in the short text")
        view = screen.query_one(ArticleView)
        view.focus()
        await pilot.press("enter")  # the cursor is on the headline, no mention under it
        await pilot.pause()
        first = min((m.start, a) for a in screen.analysis.actors for m in a.mentions)
        assert screen.selected is not None and screen.selected.id == first[1].id
        assert view.current is not None and view.current[0] == first[0]
        assert "1/" in screen.query_one(MentionPanel).header_text


async def test_help_scrolls_with_vim_keys_and_names_its_close_keys(analyzer):
    from tui.screens.help import HelpScreen

    async with opened(SEED, analyzer, size=(80, 24)) as (app, pilot, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        body = help_screen.query_one("#help-body")
        assert "closes" in str(body.border_subtitle)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert body.scroll_y == 3
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > 3
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        from .helpers import rendered

        footer = rendered(app)[0].rstrip().split("\n")[-1]
        assert "Close" in footer and "Quit" not in footer
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen and app.is_running


async def test_the_detail_header_is_one_line_with_position_at_once(analyzer):
    from tui.widgets.mention_panel import MentionPanel

    async with opened(SEED, analyzer, size=(80, 24)) as (app, pilot, screen):
        actor = max(screen.analysis.actors, key=lambda a: len(a.name))
        screen.select_actor(actor)
        await pilot.pause()
        panel = screen.query_one(MentionPanel)
        assert f"–/{actor.count}" in panel.header_text  # before any n
        heading = panel.query_one("#detail-heading")
        assert heading.size.height == 1
        from .helpers import region_text

        line = region_text(app, heading)[0]
        assert f"/{actor.count}" in line
        assert ("1 mention" if actor.count == 1 else f"{actor.count} mentions") in line


async def test_theme_position_and_actor_are_restored_on_the_next_start(analyzer):
    from tui.app import make_app

    from .helpers import read_and_quit

    name, top = await read_and_quit(SEED, analyzer, theme="textual-light")
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        from .helpers import open_article

        screen = await open_article(app, pilot)
        await wait_for(pilot, lambda: screen.selected is not None)
        assert app.theme == "textual-light"
        assert screen.selected.name == name
        view = screen.query_one(ArticleView)
        assert view.visible_span()[0] == top


async def test_a_damaged_state_file_is_a_notice_not_a_crash(analyzer):
    from tui.app import make_app
    from tui.paths import state_dir
    from tui.state import STATE_FILE

    state_dir().mkdir(parents=True, exist_ok=True)
    (state_dir() / STATE_FILE).write_text("[[[ not toml", encoding="utf-8")
    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert any("damaged" in str(n.message) for n in app._notifications)
        assert app.is_running


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


async def test_notifications_never_carry_escapes(analyzer):
    from tui.app import make_app

    app = make_app(SEED, analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        app.notify("cache at /tmp/\x1b]0;owned\x07x\x1b[2J", title="\x1b[31mCache", markup=False)
        await pilot.pause()
        for note in app._notifications:
            assert "\x1b" not in str(note.message) and "\x1b" not in note.title and "\x07" not in str(note.message)


async def test_escape_from_a_file_lands_on_its_row_and_the_library_is_tidy(analyzer, small_library, deny_reading):
    from textual.widgets import DataTable

    from tui.app import make_app
    from tui.screens.library import LibraryScreen

    second = sorted(small_library.iterdir())[1]
    broken = small_library / ("z" * 120 + ".txt")
    broken.write_text("A headline\n\nSome words.\n", encoding="utf-8")
    deny_reading(broken)
    app = make_app(second, analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        from .helpers import open_article, rendered

        await open_article(app, pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.loaded)
        library = app.screen
        table = library.query_one(DataTable)
        await pilot.pause()
        assert library.entries[table.cursor_row].path == second
        text = rendered(app)[0]
        status = str(library.query_one("#library-status").content)
        assert status.startswith("2 articles · 1 unreadable")
        assert "permission denied" in text and str(small_library) not in text  # the reason, not the path
        assert "…" in text  # the long name is cut with an ellipsis
        # a new file appears after a rescan (R)
        extra = small_library / "00_new.txt"
        extra.write_text("New headline\n\nJane Doe arrived.\n", encoding="utf-8")
        await pilot.press("R")
        await wait_for(pilot, lambda: any(e.path == extra for e in library.entries))
        assert str(library.query_one("#library-status").content).startswith("3 articles")


async def test_the_library_says_loading_not_zero_articles_while_it_reads(analyzer, small_library, monkeypatch):
    import threading

    from tui.app import make_app
    from tui.screens import library as library_module

    gate = threading.Event()
    real = library_module.list_articles

    def slow_listing(folder):
        gate.wait(10)
        return real(folder)

    monkeypatch.setattr(library_module, "list_articles", slow_listing)
    app = make_app(small_library, analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        library = app.screen
        library.on_screen_resume()  # e.g. the help screen closed while the folder is read
        await pilot.pause()
        status = str(library.query_one("#library-status").content)
        assert "0 articles" not in status and "Loading" in status
        gate.set()
        await wait_for(pilot, lambda: library.loaded)


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
        assert screen.check_action("back", ()) is True  # Esc clears the search
        assert "esc" in footer().lower()
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.searching and app.screen is screen
        assert "esc" not in footer().lower()
        await pilot.press("escape")  # does nothing, says nothing
        await pilot.pause()
        assert app.screen is screen and app.is_running and not app._notifications
