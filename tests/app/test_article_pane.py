"""Pilot tests of the article pane: the text, its highlights, moving between mentions
(n/N, Enter, clicks) and scrolling long or unusual text."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.widgets import TabbedContent

from tui.analysis.loading import load_article
from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.themes import AA, contrast
from tui.widgets.actor_sidebar import ActorSidebar
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import DetailList, MentionPanel
from tui.widgets.quote_list import QuoteList

from .helpers import SEED, opened, rendered, wait_for


def _pair(widget, name: str) -> tuple[Color, Color]:
    style = widget.get_component_rich_style(name)
    return Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)


def _mention_cell(view: ArticleView, offset: int) -> tuple[int, int]:
    """Screen (x, y) of the character at `offset` in the article pane."""
    location = view.document.get_location_from_index(offset)
    x, y = view.wrapped_document.location_to_offset(location)
    region = view.content_region
    return region.x + x - int(view.scroll_x) + view.gutter_width, region.y + y - int(view.scroll_y)


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


def test_the_textarea_internals_the_view_overrides_are_still_textuals(monkeypatch):
    """ArticleView overrides private TextArea methods (textual is pinned in
    pyproject.toml): if an upgrade renames one, the override is silently dead
    and a long article is slow again. Each must still exist on TextArea, the
    view's document be built once, and its wrapped document be the one whose
    height is a list's length."""
    from textual.widgets import TextArea
    from textual.widgets.text_area import WrappedDocument

    from tui.widgets.article_view import _WrappedText

    for name in ("_set_document", "_watch_language", "_rewrap_and_refresh_virtual_size"):
        assert callable(vars(TextArea).get(name)), name
    assert isinstance(vars(TextArea).get("text"), property)
    assert isinstance(vars(WrappedDocument).get("height"), property)
    built = []
    real = TextArea._set_document

    def set_document(self, text, language):
        built.append(language)
        return real(self, text, language)

    monkeypatch.setattr(TextArea, "_set_document", set_document)
    view = ArticleView(load_article(SEED))
    assert built == [None]  # (not again by the language watcher)
    assert type(view.wrapped_document) is _WrappedText
    assert view.wrapped_document.height == sum(len(o) + 1 for o in view.wrapped_document._wrap_offsets)


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


async def test_at_80_columns_the_title_says_the_colours_are_off(analyzer):
    """The help says the article's title says when `h` has the colours off; at
    80 columns the article has no border, so its title said nothing."""
    async with opened(SEED, analyzer, size=(80, 24)) as (app, pilot, screen):
        await pilot.press("h")
        await pilot.pause()
        assert rendered(app)[0].split("\n")[0].startswith(" colours off (h) ")
        await pilot.resize_terminal(120, 40)  # the border says it there, the line above no more
        await pilot.pause()
        await pilot.pause()
        lines = rendered(app)[0].split("\n")
        assert "colours off (h)" not in lines[0] and "colours off (h)" in lines[1]
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert "colours off (h)" in rendered(app)[0].split("\n")[0]
        await pilot.press("h")
        await pilot.pause()
        assert "colours off" not in rendered(app)[0]
