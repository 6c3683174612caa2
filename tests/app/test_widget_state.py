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
