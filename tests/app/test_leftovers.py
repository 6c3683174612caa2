"""Pilot tests for the reader's last rough edges: the detail panel's hanging
indent is a layout (no invisible characters to copy), ..."""

from __future__ import annotations

from tui.widgets.mention_panel import LABEL, DetailList

from .helpers import SEED, opened, region_text


async def test_the_detail_indent_is_a_layout_not_invisible_characters(analyzer):
    """Wrapped context lines hang under the text, not the ¶ label, with blank
    cells: no braille blanks (U+2800) or other stand-ins for spaces on screen
    or in an entry's text, which a terminal copy would carry along."""
    async with opened(SEED, analyzer, size=(120, 40)) as (app, pilot, screen):
        actor = max(screen.analysis.actors, key=lambda a: a.count)
        screen.select_actor(actor)
        await pilot.pause()
        detail = screen.query_one(DetailList)
        lines = region_text(app, detail)
        assert not any(ch in "".join(lines) for ch in "\u2800\u00a0\u3000")
        for option in detail.options:
            assert "\u2800" not in str(option.prompt)
        # a wrapped entry: its label line, then a line whose first LABEL cells are blank
        hanging = [(first, second) for first, second in zip(lines, lines[1:])
                   if "¶" in first[:LABEL + 1] and second.strip() and "¶" not in second
                   and not second[1:LABEL + 1].strip()]
        assert hanging, lines
        first, second = hanging[0]
        body = first.index("¶") + len(first[first.index("¶"):].split(" ", 1)[0]) + 1
        assert second[body] != " " and not second[:body].strip("│▏ ")
