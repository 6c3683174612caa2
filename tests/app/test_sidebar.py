"""Pilot tests of the sidebar: the Actors and Quotes tabs, their lists and how they follow
the analysis, the theme and the reader's keys."""

from __future__ import annotations

from textual.widgets import TabbedContent

from tui.analysis.model import Analysis, ModelInfo, Quote, Span
from tui.widgets.actor_sidebar import ActorSidebar
from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import MentionPanel
from tui.widgets.quote_list import QuoteList, quote_prompt, speaker_content

from .helpers import SEED, opened, region_text, settle, wait_for


def _option_lines(app, quotes: QuoteList) -> list[list[str]]:
    """The screen lines of each visible quote, grouped under the speaker lines
    (a speaker line ends with its `¶N` or `title` label)."""
    rows: list[list[str]] = []
    for line in region_text(app, quotes):
        text = line.rstrip(" ▇▂▁▃▄▅▆█▔▏▕ ").rstrip()
        if text.endswith("title") or text.rsplit(" ", 1)[-1].startswith("¶"):
            rows.append([text])
        elif rows:
            rows[-1].append(text)
    return rows[:-1]  # the last may be cut by the list's bottom edge


INTERRUPTED_QUOTE_TEXT = ("Harbour plan wins a vote\n\n"
                          "The council of Port Ellis voted on Monday to rebuild the old harbour wall.\n\n"
                          "“We waited ten years for this,” Jane Doe said. “The boats can finally come home.”\n")


UNNAMED_SOURCE_TEXT = "Officials said that the bridge was unsafe."


def _analysis(quote: Quote) -> Analysis:
    return Analysis(source="x", title="T", text=UNNAMED_SOURCE_TEXT, model=ModelInfo("m", "1"), actors=(), quotes=(quote,))


async def test_the_hidden_quotes_tab_is_laid_out_when_first_shown(analyzer):
    """When the analysis comes in, the Quotes tab (hidden behind Actors) gets
    its rows when it is first shown, not at once: hundreds of quotes of a long
    article were laid out on the UI thread for nothing."""
    from tui.widgets.quote_list import QuoteList

    async with opened(SEED, analyzer) as (app, pilot, screen):
        quotes = screen.query_one(QuoteList)
        assert screen.analysis.quotes and quotes.option_count == 0
        await pilot.press("t")
        await wait_for(pilot, lambda: quotes.option_count == len(screen.analysis.quotes))
        quotes.focus()  # focus shows where Enter goes: the first quote
        await pilot.pause()
        assert quotes.highlighted == 0


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


async def test_the_quotes_are_laid_out_again_only_when_the_analysis_or_the_width_changes(analyzer):
    async with opened(SEED, analyzer, size=(120, 30)) as (app, pilot, screen):
        quotes = screen.query_one(QuoteList)
        layouts: list[int] = []
        real = quotes.set_options

        def set_options(options):
            layouts.append(1)
            return real(options)

        quotes.set_options = set_options  # type: ignore[method-assign]
        await pilot.press("t")
        await wait_for(pilot, lambda: quotes.option_count == len(screen.analysis.quotes))
        await wait_for(pilot, lambda: quotes.show_vertical_scrollbar)
        await pilot.pause()
        assert len(layouts) == 1  # the scrollbar's room was kept from the start
        # every quote on its two lines (speaker, snippet): none wrapped under the bar
        assert all(len(lines) == 2 for lines in _option_lines(app, quotes))
        shown = len(layouts)
        quotes.focus()  # shown and focused: nothing new to lay out
        await pilot.resize_terminal(120, 26)  # a shorter terminal: the snippets fit as they were
        await pilot.pause()
        assert len(layouts) == shown and quotes.highlighted == 0
        await pilot.resize_terminal(160, 26)  # wider: longer snippets
        await wait_for(pilot, lambda: len(layouts) == shown + 1)
        assert quotes.highlighted == 0


async def test_quotes_tab_lists_the_parts_of_an_interrupted_quote(analyzer, tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(INTERRUPTED_QUOTE_TEXT, encoding="utf-8")
    async with opened(path, analyzer) as (app, pilot, screen):
        [quote] = [q for q in screen.analysis.quotes if q.kind == "direct"]
        assert len(quote.parts) == 2
        await pilot.press("t")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "tab-quotes"
        shown = " ".join(region_text(app, screen.query_one(QuoteList)))
        assert "“We waited ten years for this, … The boats" in shown
        assert "Jane Doe said" not in shown
        view = screen.query_one(ArticleView)
        styled = [(s, e) for spans in view._markup_spans.values() for s, e, cls in spans
                  if cls == "article-view--quote"]
        said = view.to_document(INTERRUPTED_QUOTE_TEXT.index("Jane Doe said"))
        assert len(styled) == 2 and not any(s <= said < e for s, e in styled)


def test_unnamed_source_shown_dim_by_its_words() -> None:
    quote = Quote(20, 41, UNNAMED_SOURCE_TEXT[20:41], "indirect", None, "said", speaker_mention=Span(0, 9, "Officials"))
    label = speaker_content(_analysis(quote), quote, 40, "bold")
    assert label.plain == "Officials"
    assert "dim" in str(label.spans[0].style)
    first_line = quote_prompt(_analysis(quote), quote).plain.split("\n")[0]
    assert first_line.startswith("Officials") and first_line.endswith("title")  # the paragraph label after it


def test_no_source_at_all_still_says_so() -> None:
    quote = Quote(20, 41, UNNAMED_SOURCE_TEXT[20:41], "indirect", None, None)
    assert speaker_content(_analysis(quote), quote, 40).plain == "(no speaker)"


async def test_unnamed_sources_are_listed_last_dim_in_their_own_group(analyzer, tmp_path) -> None:
    from tui.widgets.actor_sidebar import UNNAMED_TITLE, ActorSidebar
    from tui.widgets.mention_panel import MentionPanel

    from .helpers import opened

    path = tmp_path / "bridge.txt"
    path.write_text("Bridge closed\n\nJane Doe, the mayor of Springfield, closed the bridge on Monday.\n\n"
                    "Officials said that the bridge was unsafe. Jane Doe said she agreed.\n", encoding="utf-8")
    async with opened(path, analyzer) as (app, pilot, screen):
        sidebar = screen.query_one(ActorSidebar)
        headings = [str(o.prompt) for o in sidebar.options if (o.id or "").startswith("group:")]
        assert headings[-1] == f"{UNNAMED_TITLE} (1)" and len(headings) >= 2
        unnamed = sidebar.shown[-1]
        assert unnamed.name == "officials" and not unnamed.named
        assert all(a.named for a in sidebar.shown[:-1])
        prompt = sidebar.options[-1].prompt
        name_span = next(s for s in prompt.spans if prompt.plain[s.start:s.end] == "officials")
        assert "dim" in str(name_span.style)
        # the detail panel says what it is
        sidebar.focus()
        sidebar.highlighted = len(sidebar.options) - 1
        await pilot.press("enter")
        await pilot.pause()
        header = screen.query_one(MentionPanel).header_text
        assert header.startswith("officials") and "unnamed source" in header
        # the Quotes tab shows its quote's speaker dim
        quote = next(q for q in screen.analysis.quotes if q.speaker == unnamed.id)
        label = speaker_content(screen.analysis, quote, 40, "bold")
        assert label.plain == "officials" and "dim" in str(label.spans[0].style)


async def test_arriving_at_a_quote_puts_the_quotes_list_on_it(analyzer):
    """Opened at a quote (a place chosen in the People view): the Quotes tab shows,
    its cursor on that quote, scrolled into view, not on the list's first quote."""
    from tui.widgets.quote_list import QuoteList

    async with opened(SEED, analyzer) as (app, pilot, screen):
        quote = screen.analysis.quotes[-1]
        app.open_article(screen.article, place=(quote.start, quote.end))
        await wait_for(pilot, lambda: app.screen is not screen and app.screen.analysis is not None)
        await settle(app, pilot)
        arrived = app.screen
        quotes = arrived.query_one(QuoteList)
        assert arrived.query_one(TabbedContent).active == "tab-quotes"
        assert quotes.highlighted == len(screen.analysis.quotes) - 1
        assert quotes.scroll_y > 0
