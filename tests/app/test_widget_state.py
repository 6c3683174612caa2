"""Pilot tests of what the sidebar's lists and the detail panel keep: the
quotes list is laid out once per analysis and width, the detail header has one
source (what is shown), whatever path led to it."""

from __future__ import annotations

from tui.widgets.quote_list import QuoteList

from .helpers import SEED, opened, region_text, wait_for


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


async def test_the_detail_header_on_screen_is_the_header_it_reports_whatever_is_shown(analyzer):
    """Nothing, an actor (before and after `n`, after a resize), a quote without
    a speaker, then an actor again: the screen shows what `header_text` says."""
    from tui.widgets.mention_panel import MentionPanel

    def on_screen(panel) -> str:
        header = str(panel.query_one("#detail-header").render()).strip()
        position = str(panel.query_one("#detail-position").render()).strip()
        return f"{header}  {position}" if position else header

    async with opened(SEED, analyzer, size=(160, 40)) as (app, pilot, screen):
        panel = screen.query_one(MentionPanel)
        assert panel.header_text == on_screen(panel) == "Select an actor or a quote."
        actor = screen.analysis.actors[0]
        screen.select_actor(actor)
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.endswith(f"–/{actor.count}")
        await pilot.press("n")
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.endswith(f"1/{actor.count}")
        await pilot.resize_terminal(170, 40)
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.startswith(actor.name)
        quote = screen.analysis.quotes[0]
        panel.show_quote(quote)
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.endswith(
            ("title", f"¶{screen.analysis.paragraph_of(quote.start)}"))
        assert not panel.has_class("-positioned")
        panel.show_actor(actor)
        await pilot.pause()
        assert panel.header_text == on_screen(panel) and panel.header_text.endswith(f"–/{actor.count}")
