"""The vi-style keys every list in the reader shares (j/k to move, g/G for the
first and last entry), defined once. Each list gets its own binding ids (so a
user can remap one list's keys) and tooltips that name what it lists. And
`row_width`: the width the lists lay their one-line rows out for; `refit_table`:
a table's width again after its columns were sized anew."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.geometry import Size
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.widgets import DataTable


def list_bindings(
    scope: str,
    down: str,
    up: str,
    first: str,
    last: str,
    *,
    first_action: str = "first",
    last_action: str = "last",
) -> list[Binding]:
    """j/k/g/G for a list: binding ids `<scope>.down|up|first|last`, the four
    tooltips as given. `first_action`/`last_action` name the widget's own
    actions for the ends (a `DataTable` calls them scroll_top/scroll_bottom)."""
    return [
        Binding("j", "cursor_down", "Down", show=False, id=f"{scope}.down", tooltip=down),
        Binding("k", "cursor_up", "Up", show=False, id=f"{scope}.up", tooltip=up),
        Binding("g", first_action, "First", show=False, id=f"{scope}.first", tooltip=first),
        Binding("G", last_action, "Last", show=False, id=f"{scope}.last", tooltip=last),
    ]


def row_width(widget: Widget, lines: int | None = None) -> int | None:
    """The width a row of this list has to fit, None before it is laid out: its
    content region less the vertical scrollbar when the rows will need one,
    whether it is shown yet or not (a bar appearing after the rows were laid
    out would wrap them), and with the room of a bar still shown for the rows
    before when these need none (the feed items were sized two columns short
    after a long feed). `lines`: the lines all rows take (they need a bar when
    more than the region's height); None: count on a bar."""
    region = widget.scrollable_content_region
    if not region.width:
        return None
    overflows = lines is None or lines > region.height
    bar = widget.styles.scrollbar_size_vertical
    return region.width + (bar if widget.show_vertical_scrollbar else 0) - (bar if overflows else 0)


def refit_table(table: DataTable) -> None:
    """Take the width of `table`'s columns as sized now, and redraw. The table
    measures its width only when its rows change: after a resize (120 to 80
    columns) it kept the old one, and a horizontal scrollbar took a line."""
    table.virtual_size = Size(sum(c.get_render_width(table) for c in table.columns.values()),
                              table.virtual_size.height)
    table.refresh()
