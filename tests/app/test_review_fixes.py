"""Pilot tests for the reader bugs a review found: each fails without its fix."""

from __future__ import annotations

from textual.widgets import TabbedContent

from tui.widgets.article_view import ArticleView
from tui.widgets.mention_panel import DetailList, MentionPanel
from tui.widgets.quote_list import QuoteList

from .helpers import SEED, opened


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
